/* po-add-account-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-add-account-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "po-account-actions.h"
#include "po-add-account-dialog.h"
#include "po-view-helpers.h"

struct _PoAddAccountDialog
{
  AdwWindow     parent_instance;

  PoHistory    *history;
  GPtrArray    *tiers;        /* codes */
  GPtrArray    *phases;       /* codes */

  AdwEntryRow  *name_row;
  AdwComboRow  *segment_row;
  AdwComboRow  *tier_row;
  AdwEntryRow  *date_row;
  AdwComboRow  *phase_row;
  AdwEntryRow  *owner_row;
  GtkLabel     *error_label;
};

G_DEFINE_FINAL_TYPE (PoAddAccountDialog, po_add_account_dialog, ADW_TYPE_WINDOW)

enum {
  ACCOUNT_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
fill_spec (PoAddAccountDialog *self,
           PoNewAccount       *spec)
{
  guint tier = adw_combo_row_get_selected (self->tier_row);
  guint phase = adw_combo_row_get_selected (self->phase_row);

  spec->name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  spec->segment = adw_combo_row_get_selected (self->segment_row);
  spec->tier = tier < self->tiers->len ? g_ptr_array_index (self->tiers, tier) : NULL;
  spec->start_on = PO_DAY_NONE;
  po_day_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &spec->start_on);
  spec->phase = phase < self->phases->len ? g_ptr_array_index (self->phases, phase) : NULL;
  spec->owner = gtk_editable_get_text (GTK_EDITABLE (self->owner_row));
}

static void
show_error (PoAddAccountDialog *self,
            const GError       *error)
{
  GtkWidget *rows[] = { GTK_WIDGET (self->name_row), GTK_WIDGET (self->segment_row),
                        GTK_WIDGET (self->tier_row), GTK_WIDGET (self->date_row),
                        GTK_WIDGET (self->phase_row) };
  GtkWidget *bad = NULL;

  if (error != NULL && error->domain == PO_ACTION_ERROR)
    bad = error->code == PO_ACTION_ERROR_NAME ? rows[0]
        : error->code == PO_ACTION_ERROR_SEGMENT ? rows[1]
        : error->code == PO_ACTION_ERROR_ITEM ? rows[2]
        : error->code == PO_ACTION_ERROR_DATE ? rows[3]
        : error->code == PO_ACTION_ERROR_PHASE ? rows[4] : NULL;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    (rows[i] == bad ? gtk_widget_add_css_class : gtk_widget_remove_css_class) (rows[i], "error");
  gtk_label_set_label (self->error_label, error != NULL ? error->message : "");
  if (bad != NULL)
    gtk_widget_grab_focus (bad);
}

static void
on_changed (PoAddAccountDialog *self)
{
  /* Clear a shown error as soon as the user edits. */
  if (*gtk_label_get_label (self->error_label) != '\0')
    show_error (self, NULL);
}

gboolean
po_add_account_dialog_save (PoAddAccountDialog *self)
{
  g_autoptr(GError) error = NULL;
  PoNewAccount spec;
  gint64 id;

  g_return_val_if_fail (PO_IS_ADD_ACCOUNT_DIALOG (self), FALSE);

  fill_spec (self, &spec);
  id = po_account_actions_add_account (self->history, &spec, &error);
  if (id == 0)
    {
      show_error (self, error);
      return FALSE;
    }
  g_signal_emit (self, signals[ACCOUNT_ADDED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_add (PoAddAccountDialog *self)
{
  po_add_account_dialog_save (self);
}

static void
po_add_account_dialog_dispose (GObject *object)
{
  PoAddAccountDialog *self = (PoAddAccountDialog *) object;

  g_clear_object (&self->history);
  g_clear_pointer (&self->tiers, g_ptr_array_unref);
  g_clear_pointer (&self->phases, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PO_TYPE_ADD_ACCOUNT_DIALOG);

  G_OBJECT_CLASS (po_add_account_dialog_parent_class)->dispose (object);
}

static void
po_add_account_dialog_class_init (PoAddAccountDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = po_add_account_dialog_dispose;

  /**
   * PoAddAccountDialog::account-added:
   * @account_id: the new account
   */
  signals[ACCOUNT_ADDED] = g_signal_new ("account-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-add-account-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PoAddAccountDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, PoAddAccountDialog, segment_row);
  gtk_widget_class_bind_template_child (widget_class, PoAddAccountDialog, tier_row);
  gtk_widget_class_bind_template_child (widget_class, PoAddAccountDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, PoAddAccountDialog, phase_row);
  gtk_widget_class_bind_template_child (widget_class, PoAddAccountDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, PoAddAccountDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
po_add_account_dialog_init (PoAddAccountDialog *self)
{
  g_autoptr(GtkStringList) segments = gtk_string_list_new (NULL);
  g_autofree char *today = po_day_format (po_day_today ());

  gtk_widget_init_template (GTK_WIDGET (self));
  self->tiers = g_ptr_array_new_with_free_func (g_free);
  self->phases = g_ptr_array_new_with_free_func (g_free);
  for (guint s = 0; s < PO_N_SEGMENTS; s++)
    gtk_string_list_append (segments, po_enum_label (&po_segment_enum, s));
  adw_combo_row_set_model (self->segment_row, G_LIST_MODEL (segments));
  adw_combo_row_set_selected (self->segment_row, PO_SEGMENT_SMB);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
}

GtkWidget *
po_add_account_dialog_new (GtkWindow *parent,
                           PoHistory *history)
{
  PoAddAccountDialog *self;
  PoStore *store;
  PoSettings settings;
  g_autoptr(GtkStringList) tiers = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) phases = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) phase_rows = NULL;

  g_return_val_if_fail (PO_IS_HISTORY (history), NULL);

  self = g_object_new (PO_TYPE_ADD_ACCOUNT_DIALOG, "transient-for", parent, NULL);
  self->history = g_object_ref (history);
  store = po_history_get_store (history);

  po_settings_load (&settings, store, NULL);
  items = po_store_list_catalog_item (store, 0, NULL);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      PoCatalogItem *item = g_ptr_array_index (items, i);
      g_autofree char *price = NULL;
      g_autofree char *label = NULL;

      if (item->kind != PO_ITEM_TIER)
        continue;
      price = po_view_format_money (settings.currency, item->mrr_cents);
      /* TRANSLATORS: a plan and its monthly price, "Operator · 299 €/month" */
      label = g_strdup_printf (_("%s · %s/month"), item->name, price);
      gtk_string_list_append (tiers, label);
      g_ptr_array_add (self->tiers, g_strdup (item->code));
    }
  phase_rows = po_store_list_where (store, &po_phase_class, "model", settings.phase_model, NULL);
  for (guint i = 0; phase_rows != NULL && i < phase_rows->len; i++)
    {
      PoPhase *phase = g_ptr_array_index (phase_rows, i);

      gtk_string_list_append (phases, phase->title);
      g_ptr_array_add (self->phases, g_strdup (phase->code));
    }
  po_settings_clear (&settings);
  adw_combo_row_set_model (self->tier_row, G_LIST_MODEL (tiers));
  adw_combo_row_set_model (self->phase_row, G_LIST_MODEL (phases));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return GTK_WIDGET (self);
}
