/* po-account-activity-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The account actions of po-account-actions.h that record activity:
 * touchpoints, NPS, billing events, notes, renewal, tasks and settings.
 */

#define G_LOG_DOMAIN "po-account-actions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "po-account-actions-private.h"

/* Activity */

/* The account exists and @on_date is a day. */
static gboolean
check_account_day (PoStore  *store,
                   gint64    account_id,
                   PoDay     on_date,
                   GError  **error)
{
  g_autoptr(PoAccount) account = _po_action_get_account (store, account_id, error);

  return account != NULL && _po_action_check_day (on_date, error);
}

gint64
po_account_actions_add_touchpoint (PoHistory         *history,
                                   gint64             account_id,
                                   PoDay              on_date,
                                   PoTouchpointKind   kind,
                                   const char        *note,
                                   GError           **error)
{
  g_autoptr(PoTouchpoint) t = po_touchpoint_new ();
  PoStore *store;

  g_return_val_if_fail (PO_IS_HISTORY (history), 0);
  store = po_history_get_store (history);

  if (!check_account_day (store, account_id, on_date, error))
    return 0;
  if ((guint) kind > PO_TOUCHPOINT_IN_APP)
    return _po_action_fail (error, PO_ACTION_ERROR_VALUE, _("Choose a kind of touchpoint")), 0;
  if (!_po_action_begin (history, _("Add Touchpoint"), error))
    return 0;
  t->account_id = account_id;
  t->on_date = on_date;
  t->kind = kind;
  t->note = _po_action_stripped (note);
  return _po_action_finish_insert (history, po_store_insert_touchpoint (store, t, error), &t->id, error);
}

gint64
po_account_actions_add_nps (PoHistory   *history,
                            gint64       account_id,
                            PoDay        on_date,
                            gint64       contact_id,
                            int          score,
                            GError     **error)
{
  g_autoptr(PoNpsResponse) r = po_nps_response_new ();
  PoStore *store;

  g_return_val_if_fail (PO_IS_HISTORY (history), 0);
  store = po_history_get_store (history);

  if (!check_account_day (store, account_id, on_date, error))
    return 0;
  if (score < 0 || score > 10)
    return _po_action_fail (error, PO_ACTION_ERROR_VALUE, _("The score goes from 0 to 10")), 0;
  if (contact_id != 0)
    {
      g_autoptr(GError) local = NULL;
      g_autoptr(PoContact) c = po_store_get_contact (store, contact_id, &local);

      if (c == NULL || c->account_id != account_id)
        return _po_action_fail (error, PO_ACTION_ERROR_NOT_FOUND, _("The contact is not one of this account’s")), 0;
    }
  if (!_po_action_begin (history, _("Add NPS Response"), error))
    return 0;
  r->account_id = account_id;
  r->on_date = on_date;
  r->contact_id = contact_id;
  r->score = score;
  return _po_action_finish_insert (history, po_store_insert_nps_response (store, r, error), &r->id, error);
}

gint64
po_account_actions_add_billing_event (PoHistory      *history,
                                      gint64          account_id,
                                      PoDay           on_date,
                                      PoBillingKind   kind,
                                      gint64          amount_cents,
                                      GError        **error)
{
  g_autoptr(PoBillingEvent) e = po_billing_event_new ();
  PoStore *store;

  g_return_val_if_fail (PO_IS_HISTORY (history), 0);
  store = po_history_get_store (history);

  if (!check_account_day (store, account_id, on_date, error))
    return 0;
  if ((guint) kind > PO_BILLING_DUNNING_STEP)
    return _po_action_fail (error, PO_ACTION_ERROR_VALUE, _("Choose a kind of billing event")), 0;
  if (amount_cents < 0)
    return _po_action_fail (error, PO_ACTION_ERROR_VALUE, _("The amount cannot be negative")), 0;
  if (!_po_action_begin (history, _("Add Billing Event"), error))
    return 0;
  e->account_id = account_id;
  e->on_date = on_date;
  e->kind = kind;
  e->amount_cents = amount_cents;
  return _po_action_finish_insert (history, po_store_insert_billing_event (store, e, error), &e->id, error);
}

gboolean
po_account_actions_set_notes (PoHistory   *history,
                              gint64       account_id,
                              const char  *notes,
                              GError     **error)
{
  g_autoptr(PoAccount) account = NULL;
  PoStore *store;

  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);
  store = po_history_get_store (history);

  if ((account = _po_action_get_account (store, account_id, error)) == NULL)
    return FALSE;
  if (g_strcmp0 (account->notes, notes != NULL ? notes : "") == 0)
    return TRUE;
  if (!_po_action_begin (history, _("Edit Notes"), error))
    return FALSE;
  po_record_set_text (&account->notes, notes != NULL ? notes : "");
  return _po_action_finish (history, po_store_update_account (store, account, error), error);
}

gboolean
po_account_actions_set_renewal (PoHistory   *history,
                                gint64       account_id,
                                PoDay        renewal_on,
                                PoForecast   forecast,
                                GError     **error)
{
  g_autoptr(PoAccount) account = NULL;
  PoStore *store;

  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);
  store = po_history_get_store (history);

  if ((account = _po_action_get_account (store, account_id, error)) == NULL)
    return FALSE;
  if (renewal_on != PO_DAY_NONE && renewal_on < account->signed_on)
    return _po_action_fail (error, PO_ACTION_ERROR_DATE_ORDER, _("The renewal is before the account was signed"));
  if ((guint) forecast > PO_FORECAST_AT_RISK)
    return _po_action_fail (error, PO_ACTION_ERROR_VALUE, _("Choose a forecast"));
  if (account->renewal_on == renewal_on && account->renewal_forecast == forecast)
    return TRUE;
  if (!_po_action_begin (history, _("Change Renewal"), error))
    return FALSE;
  account->renewal_on = renewal_on;
  account->renewal_forecast = forecast;
  return _po_action_finish (history, po_store_update_account (store, account, error), error);
}

/* Tasks */

static PoTask *
get_task (PoStore  *store,
          gint64    task_id,
          GError  **error)
{
  g_autoptr(GError) local = NULL;
  PoTask *task = po_store_get_task (store, task_id, &local);

  if (task == NULL)
    _po_action_fail (error, PO_ACTION_ERROR_NOT_FOUND, _("The task no longer exists"));
  return task;
}

gint64
po_account_actions_add_task (PoHistory   *history,
                             gint64       account_id,
                             const char  *title,
                             PoDay        due_on,
                             const char  *owner,
                             GError     **error)
{
  g_autoptr(PoAccount) account = NULL;
  g_autoptr(PoTask) t = po_task_new ();
  PoStore *store;

  g_return_val_if_fail (PO_IS_HISTORY (history), 0);
  store = po_history_get_store (history);

  if (_po_action_is_blank (title))
    return _po_action_fail (error, PO_ACTION_ERROR_NAME, _("Enter what needs doing")), 0;
  if ((account = _po_action_get_account (store, account_id, error)) == NULL)
    return 0;
  if (!_po_action_begin (history, _("Add Task"), error))
    return 0;
  t->account_id = account_id;
  t->title = _po_action_stripped (title);
  t->due_on = due_on;
  t->status = PO_TASK_OPEN;
  t->origin = g_strdup ("manual");
  t->created_on = po_day_today ();
  t->owner = _po_action_is_blank (owner) ? g_strdup (account->owner) : _po_action_stripped (owner);
  return _po_action_finish_insert (history, po_store_insert_task (store, t, error), &t->id, error);
}

static gboolean
update_task (PoHistory   *history,
             PoTask      *task,
             const char  *label,
             GError     **error)
{
  if (!_po_action_begin (history, label, error))
    return FALSE;
  return _po_action_finish (history, po_store_update_task (po_history_get_store (history), task, error), error);
}

gboolean
po_account_actions_complete_task (PoHistory   *history,
                                  gint64       task_id,
                                  PoDay        done_on,
                                  GError     **error)
{
  g_autoptr(PoTask) task = NULL;

  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);

  if ((task = get_task (po_history_get_store (history), task_id, error)) == NULL)
    return FALSE;
  if (task->status == PO_TASK_DONE)
    return _po_action_fail (error, PO_ACTION_ERROR_STATE, _("The task is already done"));
  if (!_po_action_check_day (done_on, error))
    return FALSE;
  task->status = PO_TASK_DONE;
  task->done_on = done_on;
  return update_task (history, task, _("Complete Task"), error);
}

gboolean
po_account_actions_reopen_task (PoHistory   *history,
                                gint64       task_id,
                                GError     **error)
{
  g_autoptr(PoTask) task = NULL;

  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);

  if ((task = get_task (po_history_get_store (history), task_id, error)) == NULL)
    return FALSE;
  if (task->status != PO_TASK_DONE)
    return _po_action_fail (error, PO_ACTION_ERROR_STATE, _("The task is still open"));
  task->status = PO_TASK_OPEN;
  task->done_on = PO_DAY_NONE;
  return update_task (history, task, _("Reopen Task"), error);
}

gboolean
po_account_actions_snooze_task (PoHistory   *history,
                                gint64       task_id,
                                PoDay        until,
                                GError     **error)
{
  g_autoptr(PoTask) task = NULL;

  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);

  if ((task = get_task (po_history_get_store (history), task_id, error)) == NULL)
    return FALSE;
  if (task->status == PO_TASK_DONE)
    return _po_action_fail (error, PO_ACTION_ERROR_STATE, _("The task is already done"));
  if (!_po_action_check_day (until, error))
    return FALSE;
  if (task->due_on != PO_DAY_NONE && until <= task->due_on)
    return _po_action_fail (error, PO_ACTION_ERROR_DATE_ORDER, _("Snooze to a day after the due date"));
  task->status = PO_TASK_SNOOZED;
  task->due_on = until;
  return update_task (history, task, _("Snooze Task"), error);
}

gboolean
po_account_actions_reassign_task (PoHistory   *history,
                                  gint64       task_id,
                                  const char  *owner,
                                  GError     **error)
{
  g_autoptr(PoTask) task = NULL;
  g_autofree char *who = _po_action_stripped (owner);

  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);

  if ((task = get_task (po_history_get_store (history), task_id, error)) == NULL)
    return FALSE;
  if (g_strcmp0 (task->owner, who) == 0)
    return TRUE;
  po_record_set_text (&task->owner, who);
  return update_task (history, task, _("Reassign Task"), error);
}

/* Settings */

gboolean
po_account_actions_save_settings (PoHistory         *history,
                                  const PoSettings  *settings,
                                  GPtrArray         *rules,
                                  GError           **error)
{
  PoStore *store;
  gboolean ok;

  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (settings != NULL, FALSE);
  store = po_history_get_store (history);

  if (!po_settings_validate (settings, error))
    return FALSE;
  for (guint i = 0; rules != NULL && i < rules->len; i++)
    {
      PoSignalRule *rule = g_ptr_array_index (rules, i);

      if (!isfinite (rule->threshold))
        return _po_action_fail (error, PO_ACTION_ERROR_VALUE, _("Signal %s: the threshold must be a number"),
                     rule->code);
    }
  if (!_po_action_begin (history, _("Change Preferences"), error))
    return FALSE;
  ok = po_settings_save (settings, store, error);
  for (guint i = 0; ok && rules != NULL && i < rules->len; i++)
    ok = po_store_update_signal_rule (store, g_ptr_array_index (rules, i), error);
  return _po_action_finish (history, ok, error);
}
