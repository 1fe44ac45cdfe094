/* po-account-detail-sections.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The account detail's contacts (with the one-click "Champion left"),
 * subscription lines, churn record and notes.
 */

#define G_LOG_DOMAIN "po-account-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "po-account-actions.h"
#include "po-account-detail-private.h"
#include "po-view-helpers.h"

static void
on_champion_left (GtkButton       *button,
                  PoAccountDetail *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "po-id");
  guint n_tasks = 0;

  if (!po_account_actions_contact_left (self->history, id, po_day_today (), &n_tasks, &error))
    _po_account_detail_toast (self, error->message, FALSE);
  else if (n_tasks > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "Champion left: %u follow-up task created",
                                                            "Champion left: %u follow-up tasks created",
                                                            n_tasks), n_tasks);
      _po_account_detail_toast (self, text, TRUE);
    }
  else
    _po_account_detail_toast (self, _("Contact marked as left"), TRUE);
}

void
_po_account_detail_on_add_contact (PoAccountDetail *self)
{
  g_autoptr(GError) error = NULL;

  if (po_account_actions_add_contact (self->history, self->account_id,
                                      gtk_editable_get_text (GTK_EDITABLE (self->contact_entry)),
                                      PO_ROLE_CHAMPION, &error) == 0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->contact_entry), "error");
      _po_account_detail_toast (self, error->message, FALSE);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->contact_entry), "error");
  gtk_editable_set_text (GTK_EDITABLE (self->contact_entry), "");
}

void
_po_account_detail_load_contacts (PoAccountDetail *self)
{
  g_autoptr(GPtrArray) contacts = po_store_list_contact (self->store, self->account_id, NULL);

  for (guint i = 0; contacts != NULL && i < contacts->len; i++)
    {
      PoContact *c = g_ptr_array_index (contacts, i);
      g_autofree char *left = c->left_on != PO_DAY_NONE ? po_day_format (c->left_on) : NULL;
      g_autofree char *subtitle = left != NULL
        /* TRANSLATORS: "Champion · left on 2026-05-02" */
        ? g_strdup_printf (_("%s · left on %s"), po_enum_label (&po_role_enum, c->role), left)
        : g_strdup (po_enum_label (&po_role_enum, c->role));
      GtkWidget *row = _po_account_detail_new_row (c->name, subtitle);

      if (c->left_on == PO_DAY_NONE && c->role == PO_ROLE_CHAMPION)
        {
          GtkWidget *button = gtk_button_new_with_label (_("Champion Left"));

          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (button, _("Record today as the day this champion left; a regression trigger"));
          gtk_widget_add_css_class (button, "destructive-action");
          g_object_set_data_full (G_OBJECT (button), "po-id", g_memdup2 (&c->id, sizeof c->id), g_free);
          g_signal_connect (button, "clicked", G_CALLBACK (on_champion_left), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
        }
      else if (c->left_on != PO_DAY_NONE)
        gtk_widget_add_css_class (row, "dim-label");
      _po_account_detail_group_row (self, self->contacts_group, row);
    }
}

gint64
_po_account_detail_load_lines (PoAccountDetail *self)
{
  g_autoptr(GPtrArray) lines = po_store_list_subscription_line (self->store, self->account_id, NULL);
  g_autoptr(GPtrArray) items = po_store_list_catalog_item (self->store, 0, NULL);
  PoDay today = po_day_today ();
  gint64 mrr = 0;

  for (guint i = 0; lines != NULL && i < lines->len; i++)
    {
      PoSubscriptionLine *l = g_ptr_array_index (lines, i);
      g_autofree char *start = po_day_format (l->start_on);
      g_autofree char *end = l->end_on != PO_DAY_NONE ? po_day_format (l->end_on) : NULL;
      g_autofree char *amount = po_view_format_money (self->settings.currency, l->mrr_cents);
      const char *name = l->item;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = end != NULL ? g_strdup_printf ("%s – %s", start, end)
                                              /* TRANSLATORS: an open subscription line, "since 2025-01-15" */
                                              : g_strdup_printf (_("since %s"), start);
      gboolean current = l->start_on <= today && (l->end_on == PO_DAY_NONE || l->end_on > today);
      GtkWidget *row;

      /* The catalog's name of the tier or add-on. */
      for (guint c = 0; items != NULL && c < items->len; c++)
        if (g_strcmp0 (((PoCatalogItem *) g_ptr_array_index (items, c))->code, l->item) == 0)
          name = ((PoCatalogItem *) g_ptr_array_index (items, c))->name;
      title = l->quantity > 1 ? g_strdup_printf ("%s × %d", name, l->quantity) : g_strdup (name);
      row = _po_account_detail_new_row (title, subtitle);

      _po_account_detail_add_suffix (row, amount, current ? "numeric" : "dim-label");
      if (current)
        mrr += l->mrr_cents;
      _po_account_detail_group_row (self, self->lines_group, row);
    }
  return mrr;
}

void
_po_account_detail_on_record_churn (PoAccountDetail *self)
{
  g_autoptr(GError) error = NULL;
  PoDay day = PO_DAY_NONE;

  po_day_parse (gtk_editable_get_text (GTK_EDITABLE (self->churn_date_row)), &day);
  if (!po_account_actions_record_churn (self->history, self->account_id, day,
                                        adw_combo_row_get_selected (self->churn_category_row),
                                        gtk_editable_get_text (GTK_EDITABLE (self->churn_reason_row)),
                                        NULL, &error))
    {
      if (error->code == PO_ACTION_ERROR_DATE || error->code == PO_ACTION_ERROR_DATE_ORDER)
        gtk_widget_add_css_class (GTK_WIDGET (self->churn_date_row), "error");
      _po_account_detail_toast (self, error->message, FALSE);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->churn_date_row), "error");
  gtk_editable_set_text (GTK_EDITABLE (self->churn_reason_row), "");
  _po_account_detail_toast (self, _("Churn recorded; open subscription lines end on its date"), TRUE);
}

void
_po_account_detail_load_churn (PoAccountDetail *self)
{
  g_autoptr(GPtrArray) records = po_store_list_churn_record (self->store, self->account_id, NULL);
  gboolean churned = records != NULL && records->len > 0;

  gtk_widget_set_visible (GTK_WIDGET (self->churn_date_row), !churned);
  gtk_widget_set_visible (GTK_WIDGET (self->churn_category_row), !churned);
  gtk_widget_set_visible (GTK_WIDGET (self->churn_reason_row), !churned);
  if (churned)
    {
      PoChurnRecord *r = g_ptr_array_index (records, 0);
      g_autofree char *day = po_day_format (r->on_date);
      g_autofree char *title = g_strdup_printf ("%s · %s", day, po_enum_label (&po_churn_enum, r->category));
      GtkWidget *row = _po_account_detail_new_row (title, *r->reason ? r->reason : NULL);

      gtk_widget_add_css_class (row, "error");
      _po_account_detail_group_row (self, self->churn_group, row);
    }
}

void
_po_account_detail_on_save_notes (PoAccountDetail *self)
{
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (!po_account_actions_set_notes (self->history, self->account_id, text, &error))
    _po_account_detail_toast (self, error->message, FALSE);
  else
    _po_account_detail_toast (self, _("Notes saved"), TRUE);
}

