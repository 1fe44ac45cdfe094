/* po-account-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-account-actions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "po-account-actions-private.h"
#include "po-phase-model.h"
#include "po-settings.h"
#include "po-signals.h"
#include "po-store-private.h"

G_DEFINE_QUARK (po-action-error-quark, po_action_error)

gboolean
_po_action_fail (GError        **error,
                 PoActionError   code,
                 const char     *format,
                 ...)
{
  va_list args;

  va_start (args, format);
  g_set_error_literal (error, PO_ACTION_ERROR, code, "");
  if (error != NULL && *error != NULL)
    {
      g_free ((*error)->message);
      (*error)->message = g_strdup_vprintf (format, args);
    }
  va_end (args);
  return FALSE;
}

gboolean
_po_action_check_day (PoDay    day,
                      GError **error)
{
  if (day == PO_DAY_NONE)
    return _po_action_fail (error, PO_ACTION_ERROR_DATE, _("Enter a date"));
  return TRUE;
}

gboolean
_po_action_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

char *
_po_action_stripped (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* One history step: @label names it for the Edit menu. */
gboolean
_po_action_begin (PoHistory   *history,
                  const char  *label,
                  GError     **error)
{
  return po_history_begin (history, label, error);
}

gboolean
_po_action_finish (PoHistory  *history,
                   gboolean    ok,
                   GError    **error)
{
  if (!ok)
    {
      po_history_rollback (history);
      return FALSE;
    }
  return po_history_commit (history, error);
}

gint64
_po_action_finish_insert (PoHistory     *history,
                          gboolean       ok,
                          const gint64  *id,
                          GError       **error)
{
  return _po_action_finish (history, ok, error) ? *id : 0;
}

PoAccount *
_po_action_get_account (PoStore  *store,
                        gint64    account_id,
                        GError  **error)
{
  g_autoptr(GError) local = NULL;
  PoAccount *account = po_store_get_account (store, account_id, &local);

  if (account == NULL)
    {
      if (g_error_matches (local, PO_STORE_ERROR, PO_STORE_ERROR_NOT_FOUND))
        _po_action_fail (error, PO_ACTION_ERROR_NOT_FOUND, _("The account no longer exists"));
      else
        g_propagate_error (error, g_steal_pointer (&local));
    }
  return account;
}

/* Phases */

static char *
current_model (PoStore *store)
{
  char *model = po_store_get_setting (store, "phase_model");

  return model != NULL ? model : g_strdup (PO_PHASE_MODEL_POST_SALE);
}

/* The position of @phase in the workspace's model, −1 when unknown. */
static int
phase_position (PoStore     *store,
                const char  *phase,
                int         *first,
                GError     **error)
{
  g_autofree char *model = current_model (store);
  sqlite3_stmt *stmt;
  int position = -1;

  stmt = _po_store_prepare (store,
                            "SELECT (SELECT position FROM phases WHERE model = ?1 AND code = ?2),"
                            "       (SELECT MIN (position) FROM phases WHERE model = ?1)", error);
  if (stmt == NULL)
    return -2;
  sqlite3_bind_text (stmt, 1, model, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, phase != NULL ? phase : "", -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        position = sqlite3_column_int (stmt, 0);
      if (first != NULL)
        *first = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  return position;
}

static gboolean
check_phase (PoStore     *store,
             const char  *phase,
             int         *position,
             int         *first,
             GError     **error)
{
  int pos;

  if (_po_action_is_blank (phase))
    return _po_action_fail (error, PO_ACTION_ERROR_PHASE, _("Choose a phase"));
  pos = phase_position (store, phase, first, error);
  if (pos == -2)
    return FALSE;
  if (pos < 0)
    return _po_action_fail (error, PO_ACTION_ERROR_PHASE, _("“%s” is not a phase of this workspace’s model"), phase);
  if (position != NULL)
    *position = pos;
  return TRUE;
}

/* Accounts */

static char *
unique_key (PoStore     *store,
            const char  *name,
            GError     **error)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  g_autoptr(GString) slug = g_string_new (NULL);
  sqlite3_stmt *stmt;

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "account");

  stmt = _po_store_prepare (store, "SELECT 1 FROM accounts WHERE key = ?", error);
  if (stmt == NULL)
    return NULL;
  for (guint n = 1; ; n++)
    {
      g_autofree char *key = n == 1 ? g_strdup (slug->str) : g_strdup_printf ("%s-%u", slug->str, n);
      int rc;

      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);
      if (rc == SQLITE_DONE)
        return g_steal_pointer (&key);
      if (rc != SQLITE_ROW)
        {
          _po_store_set_error (store, error);
          return NULL;
        }
    }
}

static PoCatalogItem *
find_item (PoStore     *store,
           const char  *code,
           GError     **error)
{
  g_autoptr(GPtrArray) items = po_store_list_where (store, &po_catalog_item_class, "code",
                                                    code != NULL ? code : "", error);

  if (items == NULL)
    return NULL;
  if (items->len == 0)
    {
      _po_action_fail (error, PO_ACTION_ERROR_ITEM, _("“%s” is not in the catalog"), code != NULL ? code : "");
      return NULL;
    }
  return po_record_copy (&po_catalog_item_class, g_ptr_array_index (items, 0));
}

gboolean
po_account_actions_validate_new_account (PoStore             *store,
                                         const PoNewAccount  *spec,
                                         GError             **error)
{
  g_autoptr(PoCatalogItem) tier = NULL;

  g_return_val_if_fail (PO_IS_STORE (store), FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);

  if (_po_action_is_blank (spec->name))
    return _po_action_fail (error, PO_ACTION_ERROR_NAME, _("Enter the account’s name"));
  if ((guint) spec->segment >= PO_N_SEGMENTS)
    return _po_action_fail (error, PO_ACTION_ERROR_SEGMENT, _("Choose a segment"));
  if (_po_action_is_blank (spec->tier))
    return _po_action_fail (error, PO_ACTION_ERROR_ITEM, _("Choose a tier"));
  tier = find_item (store, spec->tier, error);
  if (tier == NULL)
    return FALSE;
  if (tier->kind != PO_ITEM_TIER)
    return _po_action_fail (error, PO_ACTION_ERROR_ITEM, _("“%s” is an add-on, not a tier"), tier->name);
  if (!_po_action_check_day (spec->start_on, error))
    return FALSE;
  return check_phase (store, spec->phase, NULL, NULL, error);
}

gint64
po_account_actions_add_account (PoHistory           *history,
                                const PoNewAccount  *spec,
                                GError             **error)
{
  PoStore *store;
  g_autoptr(PoCatalogItem) tier = NULL;
  g_autoptr(PoAccount) account = po_account_new ();
  g_autoptr(PoSubscriptionLine) line = po_subscription_line_new ();
  g_autoptr(PoTrack) track = po_track_new ();
  g_autoptr(PoTransition) start = po_transition_new ();
  gboolean ok;

  g_return_val_if_fail (PO_IS_HISTORY (history), 0);
  store = po_history_get_store (history);

  if (!po_account_actions_validate_new_account (store, spec, error))
    return 0;
  if ((tier = find_item (store, spec->tier, error)) == NULL)
    return 0;
  if (!_po_action_begin (history, _("Add Account"), error))
    return 0;

  account->name = _po_action_stripped (spec->name);
  account->key = unique_key (store, account->name, error);
  account->segment = spec->segment;
  account->touch = po_touch_default_for_segment (spec->segment);
  account->owner = _po_action_stripped (spec->owner);
  account->signed_on = spec->start_on;
  account->renewal_on = po_day_add_months (spec->start_on, 12);
  account->renewal_forecast = PO_FORECAST_UNKNOWN;
  ok = account->key != NULL && po_store_insert_account (store, account, error);

  if (ok)
    {
      line->account_id = account->id;
      line->item = g_strdup (tier->code);
      line->mrr_cents = tier->mrr_cents;
      line->quantity = 1;
      line->start_on = spec->start_on;
      ok = po_store_insert_subscription_line (store, line, error);
    }
  if (ok)
    {
      track->account_id = account->id;
      track->key = g_strdup ("main");
      track->name = g_strdup (_("Main journey"));
      ok = po_store_insert_track (store, track, error);
    }
  if (ok)
    {
      start->track_id = track->id;
      start->on_date = spec->start_on;
      start->phase = g_strdup (spec->phase);
      start->reason = g_strdup (_("Signed"));
      ok = po_store_insert_transition (store, start, error);
    }
  if (!_po_action_finish (history, ok, error))
    return 0;
  return account->id;
}

/* Transitions */

gboolean
po_account_actions_validate_transition (PoStore           *store,
                                        gint64             track_id,
                                        PoDay              on_date,
                                        const char        *phase,
                                        PoTransitionKind  *kind,
                                        GError           **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(PoTrack) track = NULL;
  g_autofree char *last_phase = NULL;
  PoDay last_on = PO_DAY_NONE;
  sqlite3_stmt *stmt;
  int pos = 0, first = 0, last_pos;

  g_return_val_if_fail (PO_IS_STORE (store), FALSE);

  track = po_store_get_track (store, track_id, &local);
  if (track == NULL)
    return _po_action_fail (error, PO_ACTION_ERROR_NOT_FOUND, _("The track no longer exists"));
  if (!_po_action_check_day (on_date, error) || !check_phase (store, phase, &pos, &first, error))
    return FALSE;

  stmt = _po_store_prepare (store,
                            "SELECT on_date, phase FROM phase_transitions WHERE track_id = ? "
                            "ORDER BY on_date DESC, id DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, track_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      last_on = _po_store_column_day (stmt, 0);
      last_phase = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);

  if (last_phase == NULL)
    {
      if (kind != NULL)
        *kind = PO_TRANSITION_START;
      return TRUE;
    }
  if (on_date < last_on)
    {
      g_autofree char *text = po_day_format (last_on);

      return _po_action_fail (error, PO_ACTION_ERROR_DATE_ORDER,
                   _("The date is before the track’s last transition on %s"), text);
    }
  if (g_strcmp0 (last_phase, phase) == 0)
    return _po_action_fail (error, PO_ACTION_ERROR_SAME_PHASE, _("The track is already in this phase"));

  last_pos = phase_position (store, last_phase, NULL, error);
  if (kind != NULL)
    {
      if (last_pos < 0)
        *kind = PO_TRANSITION_START;
      else if (pos == last_pos + 1)
        *kind = PO_TRANSITION_FORWARD;
      else if (pos > last_pos + 1)
        *kind = PO_TRANSITION_SKIP;
      else if (pos == first)
        *kind = PO_TRANSITION_RESTART;
      else
        *kind = PO_TRANSITION_REGRESSION;
    }
  return TRUE;
}

gint64
po_account_actions_add_transition (PoHistory   *history,
                                   gint64       track_id,
                                   PoDay        on_date,
                                   const char  *phase,
                                   const char  *reason,
                                   const char  *note,
                                   GError     **error)
{
  PoStore *store;
  g_autoptr(PoTransition) t = po_transition_new ();

  g_return_val_if_fail (PO_IS_HISTORY (history), 0);
  store = po_history_get_store (history);

  if (!po_account_actions_validate_transition (store, track_id, on_date, phase, NULL, error))
    return 0;
  if (!_po_action_begin (history, _("Add Transition"), error))
    return 0;
  t->track_id = track_id;
  t->on_date = on_date;
  t->phase = g_strdup (phase);
  t->reason = _po_action_stripped (reason);
  t->note = _po_action_stripped (note);
  return _po_action_finish_insert (history, po_store_insert_transition (store, t, error), &t->id, error);
}

/* Exit criteria */

gboolean
po_account_actions_set_criterion (PoHistory   *history,
                                  gint64       track_id,
                                  const char  *phase,
                                  const char  *code,
                                  PoDay        done_on,
                                  GError     **error)
{
  g_autofree char *model = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(PoTrack) track = NULL;
  PoStore *store;
  sqlite3_stmt *stmt;
  gint64 row_id = 0;
  gboolean known, ok;

  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);
  store = po_history_get_store (history);

  track = po_store_get_track (store, track_id, &local);
  if (track == NULL)
    return _po_action_fail (error, PO_ACTION_ERROR_NOT_FOUND, _("The track no longer exists"));
  model = current_model (store);
  stmt = _po_store_prepare (store,
                            "SELECT (SELECT 1 FROM exit_criteria WHERE model = ? AND phase = ? AND code = ?),"
                            "       (SELECT id FROM track_criteria WHERE track_id = ? AND phase = ?2 AND code = ?3)",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, model, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, phase != NULL ? phase : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, code != NULL ? code : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, track_id);
  sqlite3_step (stmt);
  known = sqlite3_column_type (stmt, 0) != SQLITE_NULL;
  row_id = sqlite3_column_int64 (stmt, 1);
  sqlite3_reset (stmt);
  if (!known)
    return _po_action_fail (error, PO_ACTION_ERROR_CRITERION, _("Not an exit criterion of this phase"));

  if (!_po_action_begin (history, done_on != PO_DAY_NONE ? _("Tick Exit Criterion") : _("Untick Exit Criterion"),
              error))
    return FALSE;
  if (row_id != 0)
    {
      g_autoptr(PoTrackCriterion) c = po_store_get_track_criterion (store, row_id, error);

      ok = c != NULL;
      if (ok)
        {
          c->done_on = done_on;
          ok = po_store_update_track_criterion (store, c, error);
        }
    }
  else if (done_on != PO_DAY_NONE)
    {
      g_autoptr(PoTrackCriterion) c = po_track_criterion_new ();

      c->track_id = track_id;
      c->phase = g_strdup (phase);
      c->code = g_strdup (code);
      c->done_on = done_on;
      ok = po_store_insert_track_criterion (store, c, error);
    }
  else
    ok = TRUE;
  return _po_action_finish (history, ok, error);
}

/* Contacts */

gint64
po_account_actions_add_contact (PoHistory      *history,
                                gint64          account_id,
                                const char     *name,
                                PoContactRole   role,
                                GError        **error)
{
  g_autoptr(PoAccount) account = NULL;
  g_autoptr(PoContact) c = po_contact_new ();
  PoStore *store;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PO_IS_HISTORY (history), 0);
  store = po_history_get_store (history);

  if (_po_action_is_blank (name))
    return _po_action_fail (error, PO_ACTION_ERROR_NAME, _("Enter the contact’s name")), 0;
  if ((guint) role > PO_ROLE_BILLING)
    return _po_action_fail (error, PO_ACTION_ERROR_VALUE, _("Choose a role")), 0;
  if ((account = _po_action_get_account (store, account_id, error)) == NULL)
    return 0;

  stmt = _po_store_prepare (store, "SELECT COALESCE (MAX (id), 0) + 1 FROM contacts", error);
  if (stmt == NULL)
    return 0;
  sqlite3_step (stmt);
  c->key = g_strdup_printf ("c%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0));
  sqlite3_reset (stmt);

  if (!_po_action_begin (history, _("Add Contact"), error))
    return 0;
  c->account_id = account_id;
  c->name = _po_action_stripped (name);
  c->role = role;
  return _po_action_finish_insert (history, po_store_insert_contact (store, c, error), &c->id, error);
}

/* The champion_left rule, evaluated on @on by the signal engine: when it
 * fires for the account and none of its tasks are open, the rule's
 * playbook becomes tasks of this account only (other accounts' signals
 * are the daily evaluation's business, not this click's). */
static gboolean
fire_champion_left (PoStore     *store,
                    gint64       account_id,
                    PoDay        on,
                    guint       *n_new_tasks,
                    GError     **error)
{
  g_autoptr(GArray) alerts = NULL;
  g_autoptr(PoAccount) account = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  PoSettings settings;
  gboolean fired = FALSE;
  sqlite3_stmt *stmt;
  gint64 open = 0;

  if (!po_settings_load (&settings, store, error))
    {
      po_settings_clear (&settings);
      return FALSE;
    }
  alerts = po_signals_evaluate (store, &settings, on, PO_SIGNALS_DEFAULT, error);
  po_settings_clear (&settings);
  if (alerts == NULL)
    return FALSE;
  for (guint i = 0; i < alerts->len; i++)
    {
      PoAlert *alert = &g_array_index (alerts, PoAlert, i);

      fired |= alert->account_id == account_id && g_strcmp0 (alert->rule, "champion_left") == 0;
    }
  if (!fired)
    return TRUE;

  stmt = _po_store_prepare (store,
                            "SELECT COUNT (*) FROM tasks WHERE account_id = ? AND origin = 'champion_left'"
                            "   AND status IN ('open', 'snoozed')", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, account_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    open = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (open > 0)
    return TRUE;

  if ((account = _po_action_get_account (store, account_id, error)) == NULL)
    return FALSE;
  steps = po_store_list_where (store, &po_playbook_step_class, "rule_code", "champion_left", error);
  if (steps == NULL)
    return FALSE;
  for (guint i = 0; i < steps->len; i++)
    {
      PoPlaybookStep *step = g_ptr_array_index (steps, i);
      PoTask task = { 0 };

      task.account_id = account_id;
      task.title = step->title;
      task.due_on = on + step->due_offset_days;
      task.status = PO_TASK_OPEN;
      task.origin = (char *) "champion_left";
      task.playbook_step = step->position;
      task.created_on = on;
      task.owner = account->owner;
      if (!po_store_insert_task (store, &task, error))
        return FALSE;
      (*n_new_tasks)++;
    }
  return TRUE;
}

gboolean
po_account_actions_contact_left (PoHistory   *history,
                                 gint64       contact_id,
                                 PoDay        on_date,
                                 guint       *n_new_tasks,
                                 GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(PoContact) c = NULL;
  PoStore *store;
  guint n_tasks = 0;
  gboolean ok;

  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);
  store = po_history_get_store (history);

  if (n_new_tasks != NULL)
    *n_new_tasks = 0;
  c = po_store_get_contact (store, contact_id, &local);
  if (c == NULL)
    return _po_action_fail (error, PO_ACTION_ERROR_NOT_FOUND, _("The contact no longer exists"));
  if (c->left_on != PO_DAY_NONE)
    return _po_action_fail (error, PO_ACTION_ERROR_STATE, _("%s has already left"), c->name);
  if (!_po_action_check_day (on_date, error))
    return FALSE;

  if (!_po_action_begin (history, c->role == PO_ROLE_CHAMPION ? _("Champion Left") : _("Contact Left"), error))
    return FALSE;
  c->left_on = on_date;
  ok = po_store_update_contact (store, c, error);
  if (ok && c->role == PO_ROLE_CHAMPION)
    ok = fire_champion_left (store, c->account_id, MAX (on_date, po_day_today ()), &n_tasks, error);
  if (!_po_action_finish (history, ok, error))
    return FALSE;
  if (n_new_tasks != NULL)
    *n_new_tasks = n_tasks;
  return TRUE;
}

/* Churn */

gboolean
po_account_actions_record_churn (PoHistory        *history,
                                 gint64            account_id,
                                 PoDay             on_date,
                                 PoChurnCategory   category,
                                 const char       *reason,
                                 const char       *note,
                                 GError          **error)
{
  g_autoptr(PoAccount) account = NULL;
  g_autoptr(PoChurnRecord) record = po_churn_record_new ();
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) existing = NULL;
  PoStore *store;
  gboolean ok;

  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);
  store = po_history_get_store (history);

  if ((account = _po_action_get_account (store, account_id, error)) == NULL)
    return FALSE;
  if (!_po_action_check_day (on_date, error))
    return FALSE;
  if (on_date < account->signed_on)
    return _po_action_fail (error, PO_ACTION_ERROR_DATE_ORDER, _("The churn date is before the account was signed"));
  if ((guint) category > PO_CHURN_STRUCTURAL)
    return _po_action_fail (error, PO_ACTION_ERROR_VALUE, _("Choose a churn category"));
  if ((existing = po_store_list_churn_record (store, account_id, error)) == NULL)
    return FALSE;
  if (existing->len > 0)
    return _po_action_fail (error, PO_ACTION_ERROR_STATE, _("The account has already churned"));
  if ((lines = po_store_list_subscription_line (store, account_id, error)) == NULL)
    return FALSE;

  if (!_po_action_begin (history, _("Record Churn"), error))
    return FALSE;
  record->account_id = account_id;
  record->on_date = on_date;
  record->category = category;
  record->reason = _po_action_stripped (reason);
  record->note = _po_action_stripped (note);
  ok = po_store_insert_churn_record (store, record, error);
  for (guint i = 0; ok && i < lines->len; i++)
    {
      PoSubscriptionLine *line = g_ptr_array_index (lines, i);
      PoDay end = line->start_on >= on_date ? line->start_on : on_date;

      if (line->end_on != PO_DAY_NONE && line->end_on <= end)
        continue;
      line->end_on = end;
      ok = po_store_update_subscription_line (store, line, error);
    }
  return _po_action_finish (history, ok, error);
}

