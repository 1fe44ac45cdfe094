/* po-account-activity.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-account-activity"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "po-account-actions.h"
#include "po-account-activity.h"
#include "po-view-helpers.h"

#define MAX_ROWS 12

struct _PoAccountActivity
{
  AdwBin               parent_instance;

  PoHistory           *history;
  gint64               account_id;
  char                *currency;

  AdwPreferencesGroup *groups[4];
  GPtrArray           *rows[4];        /* list rows, removed on reload */
  AdwEntryRow         *task_entry;
  AdwEntryRow         *touch_entry;
  AdwComboRow         *touch_kind;
  AdwEntryRow         *nps_entry;
  AdwEntryRow         *billing_entry;
  AdwComboRow         *billing_kind;
};

G_DEFINE_FINAL_TYPE (PoAccountActivity, po_account_activity, ADW_TYPE_BIN)

enum { TASKS, TOUCHPOINTS, NPS, BILLING };

static void
toast (GtkWidget  *widget,
       const char *text,
       gboolean    offer_undo)
{
  gtk_widget_activate_action (widget, "accounts.toast", "(sb)", text, offer_undo);
}

static gboolean
report (PoAccountActivity *self,
        GtkWidget         *row,
        gboolean           ok,
        GError            *error,
        const char        *done)
{
  if (!ok)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, error != NULL ? error->message : NULL);
      toast (GTK_WIDGET (self), error != NULL ? error->message : "", FALSE);
      return FALSE;
    }
  gtk_widget_remove_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, NULL);
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  toast (GTK_WIDGET (self), done, TRUE);
  return TRUE;
}

static void
on_add_task (PoAccountActivity *self)
{
  g_autoptr(GError) error = NULL;
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->task_entry));
  gint64 id = po_account_actions_add_task (self->history, self->account_id, title,
                                           po_day_today () + 7, NULL, &error);

  report (self, GTK_WIDGET (self->task_entry), id > 0, error, _("Task added"));
}

static void
on_add_touchpoint (PoAccountActivity *self)
{
  g_autoptr(GError) error = NULL;
  const char *note = gtk_editable_get_text (GTK_EDITABLE (self->touch_entry));
  gint64 id = po_account_actions_add_touchpoint (self->history, self->account_id, po_day_today (),
                                                 adw_combo_row_get_selected (self->touch_kind), note, &error);

  report (self, GTK_WIDGET (self->touch_entry), id > 0, error, _("Touchpoint logged"));
}

static gboolean
parse_int (const char *text,
           int         min,
           int         max,
           int        *out)
{
  char *end = NULL;
  long v;

  if (text == NULL || *text == '\0')
    return FALSE;
  v = strtol (text, &end, 10);
  if (end == NULL || *g_strstrip (end) != '\0' || v < min || v > max)
    return FALSE;
  *out = (int) v;
  return TRUE;
}

static void
on_add_nps (PoAccountActivity *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->nps_entry)));
  int score = -1;
  gint64 id;

  if (!parse_int (g_strstrip (text), 0, 10, &score))
    score = -1;
  id = po_account_actions_add_nps (self->history, self->account_id, po_day_today (), 0, score, &error);
  report (self, GTK_WIDGET (self->nps_entry), id > 0, error, _("NPS response added"));
}

/* "299", "299,50" or "299.50" in the workspace currency. */
static gboolean
parse_amount (const char *text,
              gint64     *cents)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  char *sep, *end = NULL;
  gint64 units, frac = 0;

  g_strdelimit (copy, ",", '.');
  if (*copy == '\0')
    return FALSE;
  units = g_ascii_strtoll (copy, &end, 10);
  if (end == copy || units < 0)
    return FALSE;
  sep = end;
  if (*sep == '.')
    {
      char *fend = NULL;

      frac = g_ascii_strtoll (sep + 1, &fend, 10);
      if (fend - (sep + 1) == 1)
        frac *= 10;
      else if (fend - (sep + 1) != 2)
        return FALSE;
      end = fend;
    }
  if (*end != '\0')
    return FALSE;
  *cents = units * 100 + frac;
  return TRUE;
}

static void
on_add_billing (PoAccountActivity *self)
{
  g_autoptr(GError) error = NULL;
  gint64 cents = -1;
  gint64 id;

  if (!parse_amount (gtk_editable_get_text (GTK_EDITABLE (self->billing_entry)), &cents))
    cents = -1;
  id = po_account_actions_add_billing_event (self->history, self->account_id, po_day_today (),
                                             adw_combo_row_get_selected (self->billing_kind), cents, &error);
  report (self, GTK_WIDGET (self->billing_entry), id > 0, error, _("Billing event added"));
}

static void
on_task_toggled (GtkCheckButton    *check,
                 PoAccountActivity *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (check), "po-id");
  gboolean ok;

  if (gtk_check_button_get_active (check))
    ok = po_account_actions_complete_task (self->history, id, po_day_today (), &error);
  else
    ok = po_account_actions_reopen_task (self->history, id, &error);
  if (!ok)
    toast (GTK_WIDGET (self), error->message, FALSE);
}

static GtkWidget *
add_row (PoAccountActivity *self,
         guint              group,
         const char        *title,
         const char        *subtitle,
         const char        *suffix,
         const char        *suffix_class)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (suffix != NULL)
    {
      GtkWidget *label = gtk_label_new (suffix);

      if (suffix_class != NULL)
        gtk_widget_add_css_class (label, suffix_class);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  adw_preferences_group_add (self->groups[group], row);
  g_ptr_array_add (self->rows[group], row);
  return row;
}

static void
clear_rows (PoAccountActivity *self)
{
  for (guint g = 0; g < 4; g++)
    {
      for (guint i = 0; i < self->rows[g]->len; i++)
        adw_preferences_group_remove (self->groups[g], g_ptr_array_index (self->rows[g], i));
      g_ptr_array_set_size (self->rows[g], 0);
    }
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  /* All four record types start with id, account_id, on_date. */
  const PoTouchpoint *x = *(PoTouchpoint * const *) a, *y = *(PoTouchpoint * const *) b;

  return x->on_date != y->on_date ? (x->on_date < y->on_date ? 1 : -1) : (x->id < y->id ? 1 : -1);
}

static void
load_tasks (PoAccountActivity *self,
            PoStore           *store)
{
  g_autoptr(GPtrArray) tasks = po_store_list_task (store, self->account_id, NULL);
  PoDay today = po_day_today ();
  guint shown = 0;

  for (guint i = 0; tasks != NULL && i < tasks->len && shown < MAX_ROWS; i++)
    {
      PoTask *t = g_ptr_array_index (tasks, i);
      g_autofree char *due = t->due_on != PO_DAY_NONE ? po_day_format (t->due_on) : g_strdup ("—");
      g_autofree char *subtitle = NULL;
      GtkWidget *row, *check;
      gboolean overdue = t->status != PO_TASK_DONE && t->due_on != PO_DAY_NONE && t->due_on < today;

      if (t->status == PO_TASK_DONE && t->done_on + 30 < today)
        continue;
      /* TRANSLATORS: task subtitle: "due 2026-12-01 · Jana" */
      subtitle = g_strdup_printf (_("due %s · %s"), due, *t->owner ? t->owner : _("nobody"));
      row = add_row (self, TASKS, t->title, subtitle,
                     overdue ? _("Overdue") : t->status == PO_TASK_SNOOZED ? _("Snoozed") : NULL,
                     overdue ? "error" : "dim-label");
      check = gtk_check_button_new ();
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), t->status == PO_TASK_DONE);
      g_object_set_data_full (G_OBJECT (check), "po-id", g_memdup2 (&t->id, sizeof t->id), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (on_task_toggled), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      shown++;
    }
}

void
po_account_activity_load (PoAccountActivity *self,
                          PoHistory         *history,
                          gint64             account_id,
                          const char        *currency)
{
  PoStore *store;
  g_autoptr(GPtrArray) touch = NULL;
  g_autoptr(GPtrArray) nps = NULL;
  g_autoptr(GPtrArray) billing = NULL;

  g_return_if_fail (PO_IS_ACCOUNT_ACTIVITY (self));

  g_set_object (&self->history, history);
  self->account_id = account_id;
  g_free (self->currency);
  self->currency = g_strdup (currency);
  clear_rows (self);
  if (history == NULL || account_id == 0)
    return;
  store = po_history_get_store (history);

  load_tasks (self, store);
  touch = po_store_list_touchpoint (store, account_id, NULL);
  nps = po_store_list_nps_response (store, account_id, NULL);
  billing = po_store_list_billing_event (store, account_id, NULL);
  if (touch != NULL)
    {
      g_ptr_array_sort (touch, newest_first);
      for (guint i = 0; i < MIN (touch->len, MAX_ROWS); i++)
        {
          PoTouchpoint *t = g_ptr_array_index (touch, i);
          g_autofree char *day = po_day_format (t->on_date);

          add_row (self, TOUCHPOINTS, *t->note ? t->note : po_enum_label (&po_touchpoint_enum, t->kind),
                   day, po_enum_label (&po_touchpoint_enum, t->kind), "dim-label");
        }
    }
  if (nps != NULL)
    {
      g_ptr_array_sort (nps, newest_first);
      for (guint i = 0; i < MIN (nps->len, MAX_ROWS); i++)
        {
          PoNpsResponse *r = g_ptr_array_index (nps, i);
          g_autofree char *day = po_day_format (r->on_date);
          g_autofree char *score = g_strdup_printf ("%d", r->score);
          const char *kind = r->score >= 9 ? _("Promoter") : r->score >= 7 ? _("Passive") : _("Detractor");

          add_row (self, NPS, score, day, kind,
                   r->score >= 9 ? "success" : r->score >= 7 ? "dim-label" : "error");
        }
    }
  if (billing != NULL)
    {
      g_ptr_array_sort (billing, newest_first);
      for (guint i = 0; i < MIN (billing->len, MAX_ROWS); i++)
        {
          PoBillingEvent *e = g_ptr_array_index (billing, i);
          g_autofree char *day = po_day_format (e->on_date);
          g_autofree char *amount = po_view_format_money (currency, e->amount_cents);

          add_row (self, BILLING, po_enum_label (&po_billing_enum, e->kind), day, amount,
                   e->kind == PO_BILLING_PAYMENT_FAILED ? "error"
                   : e->kind == PO_BILLING_DUNNING_STEP ? "warning"
                   : e->kind == PO_BILLING_PAYMENT_RECOVERED ? "success" : NULL);
        }
    }
}

static AdwComboRow *
enum_combo (const PoEnumType *type,
            const char       *title)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  for (guint i = 0; i < type->n_values; i++)
    gtk_string_list_append (list, po_enum_label (type, i));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  return row;
}

static AdwEntryRow *
entry_row (AdwPreferencesGroup *group,
           const char          *title,
           GCallback            callback,
           gpointer             self)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect_swapped (row, "entry-activated", callback, self);
  g_signal_connect_swapped (row, "apply", callback, self);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

static void
po_account_activity_dispose (GObject *object)
{
  PoAccountActivity *self = (PoAccountActivity *) object;

  g_clear_object (&self->history);
  for (guint g = 0; g < 4; g++)
    g_clear_pointer (&self->rows[g], g_ptr_array_unref);
  g_clear_pointer (&self->currency, g_free);
  G_OBJECT_CLASS (po_account_activity_parent_class)->dispose (object);
}

static void
po_account_activity_class_init (PoAccountActivityClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = po_account_activity_dispose;
}

static void
po_account_activity_init (PoAccountActivity *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  const char *titles[4] = { _("Tasks"), _("Touchpoints"), _("NPS"), _("Billing") };
  const char *descriptions[4] = {
    _("Open tasks first; tick one when it is done"),
    _("Calls, meetings, QBRs and other contacts, newest first"),
    _("Responses from 0 to 10"),
    _("Invoices, failed payments, recoveries and dunning steps"),
  };

  for (guint g = 0; g < 4; g++)
    {
      self->groups[g] = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_title (self->groups[g], titles[g]);
      adw_preferences_group_set_description (self->groups[g], descriptions[g]);
      self->rows[g] = g_ptr_array_new ();
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->groups[g]));
    }
  self->task_entry = entry_row (self->groups[TASKS], _("New task, due in a week"), G_CALLBACK (on_add_task), self);
  self->touch_kind = enum_combo (&po_touchpoint_enum, _("Kind"));
  adw_preferences_group_add (self->groups[TOUCHPOINTS], GTK_WIDGET (self->touch_kind));
  self->touch_entry = entry_row (self->groups[TOUCHPOINTS], _("Log a touchpoint of today"),
                                 G_CALLBACK (on_add_touchpoint), self);
  self->nps_entry = entry_row (self->groups[NPS], _("Score 0–10 received today"), G_CALLBACK (on_add_nps), self);
  self->billing_kind = enum_combo (&po_billing_enum, _("Kind"));
  adw_preferences_group_add (self->groups[BILLING], GTK_WIDGET (self->billing_kind));
  self->billing_entry = entry_row (self->groups[BILLING], _("Amount of today’s event"),
                                   G_CALLBACK (on_add_billing), self);
  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
po_account_activity_new (void)
{
  return g_object_new (PO_TYPE_ACCOUNT_ACTIVITY, NULL);
}
