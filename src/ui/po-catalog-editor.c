/* po-catalog-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tiers and add-ons with their monthly prices (DESIGN.md § 6), edited in
 * place: prices are integer cents shown in the locale's currency format.
 * Every edit is one undoable action.
 */

#define G_LOG_DOMAIN "po-catalog-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "po-catalog-editor.h"
#include "po-format.h"
#include "po-view-helpers.h"

struct _PoCatalogEditor
{
  AdwBin               parent_instance;

  guint refresh_id;

  PoStore             *store;
  PoHistory           *history;
  GPtrArray           *rows;       /* (group, row) pairs */
  PoNumberStyle        numbers;
  guint                updating;

  AdwPreferencesGroup *tiers_group;
  AdwPreferencesGroup *addons_group;
  GtkLabel            *error_label;
};

G_DEFINE_FINAL_TYPE (PoCatalogEditor, po_catalog_editor, ADW_TYPE_BIN)

static void po_catalog_editor_refresh (PoCatalogEditor *self);

static void
show_error (PoCatalogEditor *self,
            const char      *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gboolean
begin (PoCatalogEditor  *self,
       const char       *label,
       GError          **error)
{
  if (self->history != NULL)
    return po_history_begin (self->history, label, error);
  return po_store_begin (self->store, error);
}

static gboolean
finish (PoCatalogEditor *self,
        gboolean         ok,
        GError         **error)
{
  if (!ok)
    {
      if (self->history != NULL)
        po_history_rollback (self->history);
      else
        po_store_rollback (self->store);
      return FALSE;
    }
  if (self->history != NULL)
    return po_history_commit (self->history, error);
  return po_store_commit (self->store, error);
}

static PoCatalogItem *
load_item (PoCatalogEditor *self,
           GObject         *widget)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (widget, "item-id"));

  return po_store_get_catalog_item (self->store, id, NULL);
}

/* Two tiers at one price would make the ladder ambiguous. */
static gboolean
price_taken (PoCatalogEditor     *self,
             const PoCatalogItem *item)
{
  g_autoptr(GPtrArray) items = po_store_list_catalog_item (self->store, 0, NULL);

  if (item->kind != PO_ITEM_TIER)
    return FALSE;
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      PoCatalogItem *other = g_ptr_array_index (items, i);

      if (other->id != item->id && other->kind == PO_ITEM_TIER && other->mrr_cents == item->mrr_cents)
        return TRUE;
    }
  return FALSE;
}

static void
save_item (PoCatalogEditor *self,
           PoCatalogItem   *item,
           const char      *label)
{
  g_autoptr(GError) error = NULL;

  if (price_taken (self, item))
    {
      g_autofree char *price = po_format_currency (&self->numbers, item->mrr_cents);
      g_autofree char *message =
        g_strdup_printf (_("Another tier costs %s already; tiers need distinct prices to form a ladder."), price);

      show_error (self, message);
      return;
    }
  if (!begin (self, label, &error) ||
      !finish (self, po_store_update_catalog_item (self->store, item, &error), &error))
    {
      show_error (self, error->message);
      po_catalog_editor_refresh (self);
      return;
    }
  show_error (self, NULL);
}

static void
on_name_apply (AdwEntryRow     *row,
               PoCatalogEditor *self)
{
  g_autoptr(PoCatalogItem) item = load_item (self, G_OBJECT (row));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autofree char *label = NULL;

  if (item == NULL)
    return;
  if (name[0] == '\0')
    {
      show_error (self, _("A catalog item needs a name."));
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  label = g_strdup_printf (_("Rename “%s”"), item->name);
  po_record_set_text (&item->name, name);
  save_item (self, item, label);
}

static void
on_price_changed (GtkSpinButton   *spin,
                  PoCatalogEditor *self)
{
  g_autoptr(PoCatalogItem) item = NULL;
  g_autofree char *label = NULL;
  gint64 cents;

  if (self->updating)
    return;
  item = load_item (self, G_OBJECT (spin));
  if (item == NULL)
    return;
  cents = (gint64) llround (gtk_spin_button_get_value (spin) * 100.0);
  if (cents == item->mrr_cents)
    return;
  label = g_strdup_printf (_("Change Price of “%s”"), item->name);
  item->mrr_cents = cents;
  save_item (self, item, label);
}

/* The spin button shows "2.499,00 €" and reads what the user types in
 * the same format (or a plain number). */
static gboolean
on_price_output (GtkSpinButton   *spin,
                 PoCatalogEditor *self)
{
  gint64 cents = (gint64) llround (gtk_spin_button_get_value (spin) * 100.0);
  g_autofree char *text = po_format_currency (&self->numbers, cents);
  /* GTK 4.8 drops set_text on the spin button itself: set its text's. */
  GtkEditable *entry = gtk_editable_get_delegate (GTK_EDITABLE (spin));

  if (g_strcmp0 (gtk_editable_get_text (entry), text) != 0)
    gtk_editable_set_text (entry, text);
  return TRUE;
}

static int
on_price_input (GtkSpinButton   *spin,
                double          *value,
                PoCatalogEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  GString *plain = g_string_new (NULL);
  char *end = NULL;
  double parsed;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_ascii_isdigit (*p) || *p == '-')
        g_string_append_c (plain, *p);
      else if (g_str_has_prefix (p, self->numbers.decimal_point))
        g_string_append_c (plain, '.');
    }
  parsed = g_ascii_strtod (plain->str, &end);
  if (plain->len == 0 || end == NULL || *end != '\0' || !isfinite (parsed) || parsed < 0)
    {
      g_string_free (plain, TRUE);
      return GTK_INPUT_ERROR;
    }
  g_string_free (plain, TRUE);
  *value = parsed;
  return TRUE;
}

static void
on_remove (GtkButton       *button,
           PoCatalogEditor *self)
{
  g_autoptr(PoCatalogItem) item = load_item (self, G_OBJECT (button));
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  if (item == NULL)
    return;
  label = g_strdup_printf (_("Remove “%s”"), item->name);
  if (!begin (self, label, &error) ||
      !finish (self, po_store_delete_catalog_item (self->store, item->id, &error), &error))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” cannot be removed while subscriptions, plans or scenarios use it."),
                         item->name);

      show_error (self, error && error->domain == PO_STORE_ERROR &&
                        error->code == PO_STORE_ERROR_CONSTRAINT ? message : error->message);
      return;
    }
  show_error (self, NULL);
}

static void
add_item (PoCatalogEditor *self,
          PoItemKind       kind)
{
  g_autoptr(GPtrArray) items = po_store_list_catalog_item (self->store, 0, NULL);
  g_autoptr(PoCatalogItem) item = po_catalog_item_new ();
  g_autoptr(GError) error = NULL;
  const char *prefix = kind == PO_ITEM_TIER ? "tier" : "addon";
  gint64 top = 0;
  int position = 0;

  for (guint n = 1; item->code == NULL; n++)
    {
      g_autofree char *code = g_strdup_printf ("%s-%u", prefix, n);
      gboolean taken = FALSE;

      for (guint i = 0; items != NULL && i < items->len && !taken; i++)
        taken = g_str_equal (((PoCatalogItem *) g_ptr_array_index (items, i))->code, code);
      if (!taken)
        item->code = g_steal_pointer (&code);
    }
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      PoCatalogItem *other = g_ptr_array_index (items, i);

      position = MAX (position, other->position + 1);
      if (other->kind == kind)
        top = MAX (top, other->mrr_cents);
    }
  item->kind = kind;
  item->name = g_strdup (kind == PO_ITEM_TIER ? _("New tier") : _("New add-on"));
  item->mrr_cents = kind == PO_ITEM_TIER ? top + 100000 : 10000;
  item->position = position;

  if (!begin (self, kind == PO_ITEM_TIER ? _("Add Tier") : _("Add Add-on"), &error) ||
      !finish (self, po_store_insert_catalog_item (self->store, item, &error), &error))
    show_error (self, error->message);
}

static void
on_add_tier (PoCatalogEditor *self)
{
  if (self->store != NULL)
    add_item (self, PO_ITEM_TIER);
}

static void
on_add_addon (PoCatalogEditor *self)
{
  if (self->store != NULL)
    add_item (self, PO_ITEM_ADDON);
}

static GtkWidget *
item_row (PoCatalogEditor     *self,
          const PoCatalogItem *item)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 1000000, 1);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *name = g_strdup_printf ("price-%s", item->code);
  g_autofree char *row_name = g_strdup_printf ("item-%s", item->code);
  gpointer id = GSIZE_TO_POINTER ((gsize) item->id);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->code);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), item->name);
  gtk_widget_set_name (row, row_name);
  g_object_set_data (G_OBJECT (row), "item-id", id);
  g_signal_connect (row, "apply", G_CALLBACK (on_name_apply), self);

  gtk_widget_set_name (spin, name);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 2);
  gtk_spin_button_set_increments (GTK_SPIN_BUTTON (spin), 1, 100);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 11);
  gtk_widget_set_tooltip_text (spin, _("Monthly price"));
  g_object_set_data (G_OBJECT (spin), "item-id", id);
  g_signal_connect (spin, "output", G_CALLBACK (on_price_output), self);
  g_signal_connect (spin, "input", G_CALLBACK (on_price_input), self);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), item->mrr_cents / 100.0);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_price_changed), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), spin);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  g_object_set_data (G_OBJECT (remove), "item-id", id);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
  return row;
}

static void
po_catalog_editor_refresh (PoCatalogEditor *self)
{
  g_autoptr(GPtrArray) items = NULL;

  for (guint i = 0; i + 1 < self->rows->len; i += 2)
    adw_preferences_group_remove (g_ptr_array_index (self->rows, i),
                                  g_ptr_array_index (self->rows, i + 1));
  g_ptr_array_set_size (self->rows, 0);
  if (self->store == NULL)
    return;

  items = po_store_list_catalog_item (self->store, 0, NULL);
  self->updating++;
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      PoCatalogItem *item = g_ptr_array_index (items, i);
      AdwPreferencesGroup *group = item->kind == PO_ITEM_TIER ? self->tiers_group : self->addons_group;
      GtkWidget *row = item_row (self, item);

      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->rows, g_object_ref (group));
      g_ptr_array_add (self->rows, g_object_ref (row));
    }
  self->updating--;
}

static void
queue_refresh (PoCatalogEditor *self)
{
  po_view_queue_refresh (self, &self->refresh_id, (PoViewRefreshFunc) po_catalog_editor_refresh);
}

static void
po_catalog_editor_dispose (GObject *object)
{
  PoCatalogEditor *self = PO_CATALOG_EDITOR (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, queue_refresh, self);
  g_clear_object (&self->store);
  g_clear_object (&self->history);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PO_TYPE_CATALOG_EDITOR);

  G_OBJECT_CLASS (po_catalog_editor_parent_class)->dispose (object);
}

static void
po_catalog_editor_class_init (PoCatalogEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = po_catalog_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-catalog-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PoCatalogEditor, tiers_group);
  gtk_widget_class_bind_template_child (widget_class, PoCatalogEditor, addons_group);
  gtk_widget_class_bind_template_child (widget_class, PoCatalogEditor, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add_tier);
  gtk_widget_class_bind_template_callback (widget_class, on_add_addon);
}

static void
po_catalog_editor_init (PoCatalogEditor *self)
{
  const char * const *languages = g_get_language_names ();

  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  po_number_style_for_language (&self->numbers, languages[0]);
  po_number_style_set_currency (&self->numbers, "EUR");
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
po_catalog_editor_new (void)
{
  return g_object_new (PO_TYPE_CATALOG_EDITOR, NULL);
}

void
po_catalog_editor_set_store (PoCatalogEditor *self,
                             PoStore         *store)
{
  g_return_if_fail (PO_IS_CATALOG_EDITOR (self));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, queue_refresh, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      g_autofree char *currency = po_store_get_setting (store, "currency");

      if (currency != NULL && currency[0] != '\0')
        po_number_style_set_currency (&self->numbers, currency);
      g_signal_connect_object (store, "changed", G_CALLBACK (queue_refresh),
                               self, G_CONNECT_SWAPPED);
    }
  po_catalog_editor_refresh (self);
}

void
po_catalog_editor_set_history (PoCatalogEditor *self,
                               PoHistory       *history)
{
  g_return_if_fail (PO_IS_CATALOG_EDITOR (self));

  g_set_object (&self->history, history);
}
