/* test-account-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "po-account-actions.h"
#include "po-store-private.h"

typedef struct
{
  char      *dir;
  PoStore   *store;
  PoHistory *history;
  gint64     account;
  gint64     track;
} Fixture;

static PoDay
ymd (int y, int m, int d)
{
  return po_day_from_ymd (y, m, d);
}

static gint64
count_sql (Fixture    *f,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = _po_store_prepare (f->store, sql, &error);
  gint64 n;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) tracks = NULL;
  PoNewAccount spec = { "Acme GmbH", PO_SEGMENT_SMB, "operator", 0, "onboarding", "Jana" };

  f->dir = g_dir_make_tmp ("po-account-actions-XXXXXX", NULL);
  path = g_build_filename (f->dir, "ws.peakone", NULL);
  f->store = po_store_create (path, &error);
  g_assert_no_error (error);
  f->history = po_history_new (f->store);

  spec.start_on = ymd (2025, 1, 15);
  f->account = po_account_actions_add_account (f->history, &spec, &error);
  g_assert_no_error (error);
  g_assert_cmpint (f->account, >, 0);
  tracks = po_store_list_track (f->store, f->account, &error);
  g_assert_cmpuint (tracks->len, ==, 1);
  f->track = ((PoTrack *) g_ptr_array_index (tracks, 0))->id;
  po_history_clear (f->history);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_clear_object (&f->history);
  g_clear_object (&f->store);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
undo (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (po_history_undo (f->history, &error));
  g_assert_no_error (error);
}

static void
test_add_account (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoAccount) a = po_store_get_account (f->store, f->account, &error);
  g_autoptr(GPtrArray) lines = po_store_list_subscription_line (f->store, f->account, &error);
  g_autoptr(PoAccount) b = NULL;
  PoNewAccount spec = { "  Acme GmbH ", PO_SEGMENT_ENTERPRISE, "executive", 0, "adoption", NULL };
  gint64 id;

  g_assert_cmpstr (a->key, ==, "acme-gmbh");
  g_assert_cmpstr (a->name, ==, "Acme GmbH");
  g_assert_cmpstr (a->owner, ==, "Jana");
  g_assert_cmpint (a->touch, ==, PO_TOUCH_TECH);
  g_assert_cmpuint (a->renewal_on, ==, ymd (2026, 1, 15));
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpint (((PoSubscriptionLine *) g_ptr_array_index (lines, 0))->mrr_cents, ==, 29900);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM phase_transitions_v WHERE kind = 'start' AND phase = 'onboarding'"), ==, 1);

  /* A second account of the same name gets its own key; one undo step. */
  spec.start_on = ymd (2025, 2, 1);
  id = po_account_actions_add_account (f->history, &spec, &error);
  g_assert_no_error (error);
  b = po_store_get_account (f->store, id, &error);
  g_assert_cmpstr (b->key, ==, "acme-gmbh-2");
  g_assert_cmpint (b->touch, ==, PO_TOUCH_HIGH);
  g_assert_cmpstr (po_history_get_undo_label (f->history), ==, "Add Account");
  undo (f);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM accounts"), ==, 1);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM subscription_lines"), ==, 1);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM tracks"), ==, 1);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM phase_transitions"), ==, 1);
}

static void
expect_new_account_error (Fixture            *f,
                          const PoNewAccount *spec,
                          PoActionError       code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (po_account_actions_validate_new_account (f->store, spec, &error));
  g_assert_error (error, PO_ACTION_ERROR, (int) code);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  g_assert_cmpint (po_account_actions_add_account (f->history, spec, &error), ==, 0);
  g_assert_error (error, PO_ACTION_ERROR, (int) code);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM accounts"), ==, 1);
  g_assert_false (po_history_can_undo (f->history));
}

static void
test_add_account_invalid (Fixture       *f,
                          gconstpointer  data)
{
  PoDay day = ymd (2025, 3, 1);
  PoNewAccount blank = { " ", PO_SEGMENT_SMB, "operator", day, "onboarding", NULL };
  PoNewAccount segment = { "B", (PoSegment) 9, "operator", day, "onboarding", NULL };
  PoNewAccount tier = { "B", PO_SEGMENT_SMB, "platinum", day, "onboarding", NULL };
  PoNewAccount addon = { "B", PO_SEGMENT_SMB, "entity", day, "onboarding", NULL };
  PoNewAccount no_date = { "B", PO_SEGMENT_SMB, "operator", PO_DAY_NONE, "onboarding", NULL };
  PoNewAccount phase = { "B", PO_SEGMENT_SMB, "operator", day, "orbit", NULL };

  expect_new_account_error (f, &blank, PO_ACTION_ERROR_NAME);
  expect_new_account_error (f, &segment, PO_ACTION_ERROR_SEGMENT);
  expect_new_account_error (f, &tier, PO_ACTION_ERROR_ITEM);
  expect_new_account_error (f, &addon, PO_ACTION_ERROR_ITEM);
  expect_new_account_error (f, &no_date, PO_ACTION_ERROR_DATE);
  expect_new_account_error (f, &phase, PO_ACTION_ERROR_PHASE);
}

static const char *
last_kind (Fixture *f)
{
  static char kind[32];
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = _po_store_prepare (f->store,
                                          "SELECT kind FROM phase_transitions_v ORDER BY on_date DESC, id DESC LIMIT 1",
                                          &error);

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_strlcpy (kind, (const char *) sqlite3_column_text (stmt, 0), sizeof kind);
  sqlite3_reset (stmt);
  return kind;
}

static void
add_ok (Fixture          *f,
        PoDay             day,
        const char       *phase,
        PoTransitionKind  expected)
{
  g_autoptr(GError) error = NULL;
  PoTransitionKind kind = 99;

  g_assert_true (po_account_actions_validate_transition (f->store, f->track, day, phase, &kind, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kind, ==, expected);
  g_assert_cmpint (po_account_actions_add_transition (f->history, f->track, day, phase, "why", "", &error), >, 0);
  g_assert_no_error (error);
  /* The derived kind agrees with the schema's view. */
  g_assert_cmpstr (last_kind (f), ==, po_enum_nick (&po_transition_enum, expected));
}

static void
add_bad (Fixture       *f,
         gint64         track,
         PoDay          day,
         const char    *phase,
         PoActionError  code)
{
  g_autoptr(GError) error = NULL;
  gint64 before = count_sql (f, "SELECT COUNT (*) FROM phase_transitions");

  g_assert_false (po_account_actions_validate_transition (f->store, track, day, phase, NULL, &error));
  g_assert_error (error, PO_ACTION_ERROR, (int) code);
  g_clear_error (&error);
  g_assert_cmpint (po_account_actions_add_transition (f->history, track, day, phase, NULL, NULL, &error), ==, 0);
  g_assert_error (error, PO_ACTION_ERROR, (int) code);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM phase_transitions"), ==, before);
}

static void
test_transitions (Fixture       *f,
                  gconstpointer  data)
{
  add_ok (f, ymd (2025, 3, 1), "adoption", PO_TRANSITION_FORWARD);
  add_ok (f, ymd (2025, 3, 1), "expansion", PO_TRANSITION_SKIP);
  add_ok (f, ymd (2025, 6, 1), "adoption", PO_TRANSITION_REGRESSION);
  add_ok (f, ymd (2025, 7, 1), "onboarding", PO_TRANSITION_RESTART);
  g_assert_cmpstr (po_history_get_undo_label (f->history), ==, "Add Transition");

  add_bad (f, f->track, ymd (2025, 8, 1), "onboarding", PO_ACTION_ERROR_SAME_PHASE);
  add_bad (f, f->track, ymd (2025, 6, 30), "adoption", PO_ACTION_ERROR_DATE_ORDER);
  add_bad (f, f->track, PO_DAY_NONE, "adoption", PO_ACTION_ERROR_DATE);
  add_bad (f, f->track, ymd (2025, 8, 1), "nirvana", PO_ACTION_ERROR_PHASE);
  add_bad (f, f->track, ymd (2025, 8, 1), NULL, PO_ACTION_ERROR_PHASE);
  add_bad (f, 4242, ymd (2025, 8, 1), "adoption", PO_ACTION_ERROR_NOT_FOUND);

  undo (f);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM phase_transitions"), ==, 4);
  g_assert_cmpstr (last_kind (f), ==, "regression");
}

static PoDay
criterion_done (Fixture    *f,
                const char *code)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = _po_store_prepare (f->store,
                                          "SELECT done_on FROM track_criteria WHERE track_id = ? AND code = ?",
                                          &error);
  PoDay day = PO_DAY_NONE;

  sqlite3_bind_int64 (stmt, 1, f->track);
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    day = _po_store_column_day (stmt, 0);
  sqlite3_reset (stmt);
  return day;
}

static void
test_criteria (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (po_account_actions_set_criterion (f->history, f->track, "onboarding",
                                                   "go_live_confirmed", ymd (2025, 2, 20), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (criterion_done (f, "go_live_confirmed"), ==, ymd (2025, 2, 20));
  g_assert_cmpstr (po_history_get_undo_label (f->history), ==, "Tick Exit Criterion");

  g_assert_true (po_account_actions_set_criterion (f->history, f->track, "onboarding",
                                                   "go_live_confirmed", PO_DAY_NONE, &error));
  g_assert_cmpuint (criterion_done (f, "go_live_confirmed"), ==, PO_DAY_NONE);
  undo (f);
  g_assert_cmpuint (criterion_done (f, "go_live_confirmed"), ==, ymd (2025, 2, 20));
  undo (f);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM track_criteria"), ==, 0);

  g_assert_false (po_account_actions_set_criterion (f->history, f->track, "onboarding",
                                                    "seats_active_70", ymd (2025, 2, 20), &error));
  g_assert_error (error, PO_ACTION_ERROR, PO_ACTION_ERROR_CRITERION);
  g_clear_error (&error);
  g_assert_false (po_account_actions_set_criterion (f->history, 999, "onboarding",
                                                    "go_live_confirmed", ymd (2025, 2, 20), &error));
  g_assert_error (error, PO_ACTION_ERROR, PO_ACTION_ERROR_NOT_FOUND);
}

static void
test_contacts (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoContact) c = NULL;
  guint n_tasks = 99;
  gint64 id;

  g_assert_cmpint (po_account_actions_add_contact (f->history, f->account, "", PO_ROLE_CHAMPION, &error), ==, 0);
  g_assert_error (error, PO_ACTION_ERROR, PO_ACTION_ERROR_NAME);
  g_clear_error (&error);
  id = po_account_actions_add_contact (f->history, f->account, "Eva", PO_ROLE_CHAMPION, &error);
  g_assert_no_error (error);

  /* Long ago: recorded, but no longer a signal. */
  g_assert_true (po_account_actions_contact_left (f->history, id, ymd (2025, 5, 2), &n_tasks, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_tasks, ==, 0);
  g_assert_cmpstr (po_history_get_undo_label (f->history), ==, "Champion Left");
  c = po_store_get_contact (f->store, id, &error);
  g_assert_cmpuint (c->left_on, ==, ymd (2025, 5, 2));

  g_assert_false (po_account_actions_contact_left (f->history, id, ymd (2025, 6, 2), NULL, &error));
  g_assert_error (error, PO_ACTION_ERROR, PO_ACTION_ERROR_STATE);
  g_clear_error (&error);

  undo (f);
  g_clear_pointer (&c, po_contact_free);
  c = po_store_get_contact (f->store, id, &error);
  g_assert_cmpuint (c->left_on, ==, PO_DAY_NONE);

  /* Today: the champion_left playbook lands on this account, in the same
   * undo step. */
  g_assert_true (po_account_actions_contact_left (f->history, id, po_day_today (), &n_tasks, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_tasks, >, 0);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM tasks WHERE origin = 'champion_left' AND status = 'open'"), ==, n_tasks);
  undo (f);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM tasks"), ==, 0);
}

static void
add_line (Fixture *f, PoDay start, PoDay end)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoSubscriptionLine) l = po_subscription_line_new ();

  l->account_id = f->account;
  l->item = g_strdup ("entity");
  l->mrr_cents = 19900;
  l->quantity = 1;
  l->start_on = start;
  l->end_on = end;
  g_assert_true (po_store_insert_subscription_line (f->store, l, &error));
  g_assert_no_error (error);
}

static void
test_churn (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  add_line (f, ymd (2025, 2, 1), ymd (2025, 4, 1));      /* ended before */
  add_line (f, ymd (2025, 9, 1), PO_DAY_NONE);           /* starts after */

  g_assert_false (po_account_actions_record_churn (f->history, f->account, ymd (2024, 12, 1),
                                                   PO_CHURN_AVOIDABLE, "", "", &error));
  g_assert_error (error, PO_ACTION_ERROR, PO_ACTION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  g_assert_false (po_account_actions_record_churn (f->history, f->account, PO_DAY_NONE,
                                                   PO_CHURN_AVOIDABLE, "", "", &error));
  g_assert_error (error, PO_ACTION_ERROR, PO_ACTION_ERROR_DATE);
  g_clear_error (&error);

  g_assert_true (po_account_actions_record_churn (f->history, f->account, ymd (2025, 6, 30),
                                                  PO_CHURN_STRUCTURAL, "Company sold", "", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM churn_records WHERE category = 'structural' AND reason = 'Company sold'"), ==, 1);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM subscription_lines WHERE end_on IS NULL"), ==, 0);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM subscription_lines WHERE end_on = '2025-06-30'"), ==, 1);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM subscription_lines WHERE end_on = '2025-04-01'"), ==, 1);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM subscription_lines WHERE end_on = start_on"), ==, 1);

  g_assert_false (po_account_actions_record_churn (f->history, f->account, ymd (2025, 7, 30),
                                                   PO_CHURN_AVOIDABLE, "", "", &error));
  g_assert_error (error, PO_ACTION_ERROR, PO_ACTION_ERROR_STATE);

  undo (f);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM churn_records"), ==, 0);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM subscription_lines WHERE end_on IS NULL"), ==, 2);
}

static void
test_activity (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PoDay day = ymd (2025, 3, 3);

  g_assert_cmpint (po_account_actions_add_touchpoint (f->history, f->account, day, PO_TOUCHPOINT_QBR, "QBR", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (po_account_actions_add_touchpoint (f->history, f->account, PO_DAY_NONE, PO_TOUCHPOINT_QBR, "", &error), ==, 0);
  g_assert_error (error, PO_ACTION_ERROR, PO_ACTION_ERROR_DATE);
  g_clear_error (&error);
  g_assert_cmpint (po_account_actions_add_touchpoint (f->history, 777, day, PO_TOUCHPOINT_QBR, "", &error), ==, 0);
  g_assert_error (error, PO_ACTION_ERROR, PO_ACTION_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (po_account_actions_add_nps (f->history, f->account, day, 0, 9, &error), >, 0);
  g_assert_cmpint (po_account_actions_add_nps (f->history, f->account, day, 0, 11, &error), ==, 0);
  g_assert_error (error, PO_ACTION_ERROR, PO_ACTION_ERROR_VALUE);
  g_clear_error (&error);
  g_assert_cmpint (po_account_actions_add_nps (f->history, f->account, day, 4711, 5, &error), ==, 0);
  g_assert_error (error, PO_ACTION_ERROR, PO_ACTION_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (po_account_actions_add_billing_event (f->history, f->account, day, PO_BILLING_PAYMENT_FAILED, 29900, &error), >, 0);
  g_assert_cmpint (po_account_actions_add_billing_event (f->history, f->account, day, PO_BILLING_DUNNING_STEP, -1, &error), ==, 0);
  g_assert_error (error, PO_ACTION_ERROR, PO_ACTION_ERROR_VALUE);
  g_clear_error (&error);

  g_assert_true (po_account_actions_set_notes (f->history, f->account, "Likes dashboards", &error));
  g_assert_true (po_account_actions_set_renewal (f->history, f->account, ymd (2026, 2, 1), PO_FORECAST_COMMIT, &error));
  g_assert_false (po_account_actions_set_renewal (f->history, f->account, ymd (2024, 2, 1), PO_FORECAST_COMMIT, &error));
  g_assert_error (error, PO_ACTION_ERROR, PO_ACTION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM accounts WHERE renewal_forecast = 'commit' AND notes = 'Likes dashboards'"), ==, 1);

  /* One undo step each. */
  undo (f);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM accounts WHERE renewal_forecast = 'commit'"), ==, 0);
  undo (f);
  undo (f);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM billing_events"), ==, 0);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM nps_responses"), ==, 1);
}

static void
test_tasks (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoTask) task = NULL;
  gint64 id;

  g_assert_cmpint (po_account_actions_add_task (f->history, f->account, "  ", ymd (2025, 4, 1), NULL, &error), ==, 0);
  g_assert_error (error, PO_ACTION_ERROR, PO_ACTION_ERROR_NAME);
  g_clear_error (&error);
  id = po_account_actions_add_task (f->history, f->account, "Kickoff", ymd (2025, 4, 1), NULL, &error);
  g_assert_no_error (error);
  task = po_store_get_task (f->store, id, &error);
  g_assert_cmpstr (task->owner, ==, "Jana");
  g_assert_cmpstr (task->origin, ==, "manual");
  g_clear_pointer (&task, po_task_free);

  g_assert_false (po_account_actions_snooze_task (f->history, id, ymd (2025, 3, 1), &error));
  g_assert_error (error, PO_ACTION_ERROR, PO_ACTION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  g_assert_true (po_account_actions_snooze_task (f->history, id, ymd (2025, 4, 8), &error));
  g_assert_true (po_account_actions_reassign_task (f->history, id, "Max", &error));
  g_assert_true (po_account_actions_complete_task (f->history, id, ymd (2025, 4, 7), &error));
  g_assert_no_error (error);
  task = po_store_get_task (f->store, id, &error);
  g_assert_cmpint (task->status, ==, PO_TASK_DONE);
  g_assert_cmpuint (task->due_on, ==, ymd (2025, 4, 8));
  g_assert_cmpuint (task->done_on, ==, ymd (2025, 4, 7));
  g_assert_cmpstr (task->owner, ==, "Max");
  g_clear_pointer (&task, po_task_free);

  g_assert_false (po_account_actions_complete_task (f->history, id, ymd (2025, 4, 7), &error));
  g_assert_error (error, PO_ACTION_ERROR, PO_ACTION_ERROR_STATE);
  g_clear_error (&error);
  g_assert_false (po_account_actions_snooze_task (f->history, id, ymd (2025, 5, 7), &error));
  g_assert_error (error, PO_ACTION_ERROR, PO_ACTION_ERROR_STATE);
  g_clear_error (&error);

  g_assert_true (po_account_actions_reopen_task (f->history, id, &error));
  undo (f);
  undo (f);
  task = po_store_get_task (f->store, id, &error);
  g_assert_cmpint (task->status, ==, PO_TASK_SNOOZED);
  g_assert_cmpstr (task->owner, ==, "Max");
}

static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  PoSettings settings;

  g_assert_true (po_settings_load (&settings, f->store, &error));
  rules = po_store_list_signal_rule (f->store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rules->len, >, 0);

  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    settings.health_weights[c] = 0;
  g_assert_false (po_account_actions_save_settings (f->history, &settings, rules, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (po_history_can_undo (f->history));

  settings.health_weights[PO_COMPONENT_USAGE] = 50;
  settings.red_below = 30;
  ((PoSignalRule *) g_ptr_array_index (rules, 0))->enabled = FALSE;
  g_assert_true (po_account_actions_save_settings (f->history, &settings, rules, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_sql (f, "SELECT value FROM settings WHERE key = 'health.red_below'"), ==, 30);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM signal_rules WHERE enabled = 0"), ==, 1);
  undo (f);
  g_assert_cmpint (count_sql (f, "SELECT value FROM settings WHERE key = 'health.red_below'"), ==, 40);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM signal_rules WHERE enabled = 0"), ==, 0);
  po_settings_clear (&settings);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/core/account-actions/add-account", test_add_account);
  ADD ("/core/account-actions/add-account/invalid", test_add_account_invalid);
  ADD ("/core/account-actions/transitions", test_transitions);
  ADD ("/core/account-actions/criteria", test_criteria);
  ADD ("/core/account-actions/contacts", test_contacts);
  ADD ("/core/account-actions/churn", test_churn);
  ADD ("/core/account-actions/activity", test_activity);
  ADD ("/core/account-actions/tasks", test_tasks);
  ADD ("/core/account-actions/settings", test_settings);
#undef ADD

  return g_test_run ();
}
