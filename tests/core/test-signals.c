/* test-signals.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every rule fires on a constructed account and not on its near miss;
 * re-running creates no duplicate tasks.
 */

#include "config.h"

#include "po-defaults.h"
#include "po-signals.h"
#include "test-metrics-fixture.h"

#define ON "2024-06-30"

static gint64
plain (Workspace  *ws,
       const char *key,
       const char *signed_on)
{
  gint64 id = add_account (ws, key, PO_SEGMENT_SMB, signed_on);

  add_line (ws, id, "operator", 29900, signed_on, NULL);
  return id;
}

static void
set_account (Workspace  *ws,
             gint64      id,
             PoTouch     touch,
             const char *renewal,
             PoForecast  forecast)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoAccount) a = po_store_get_account (ws->store, id, &error);

  g_assert_no_error (error);
  a->touch = touch;
  a->renewal_on = day (renewal);
  a->renewal_forecast = forecast;
  g_assert_true (po_store_update_account (ws->store, a, &error));
  g_assert_no_error (error);
}

static void
billing (Workspace     *ws,
         gint64         id,
         PoBillingKind  kind,
         const char    *on)
{
  g_autoptr(PoBillingEvent) e = po_billing_event_new ();
  g_autoptr(GError) error = NULL;

  e->account_id = id;
  e->kind = kind;
  e->on_date = day (on);
  g_assert_true (po_store_insert_billing_event (ws->store, e, &error));
  g_assert_no_error (error);
}

static void
champion (Workspace  *ws,
          gint64      id,
          const char *left_on)
{
  g_autoptr(PoContact) c = po_contact_new ();
  g_autoptr(GError) error = NULL;

  c->account_id = id;
  c->key = g_strdup ("c1");
  c->name = g_strdup ("Eva");
  c->role = PO_ROLE_CHAMPION;
  c->left_on = day (left_on);
  g_assert_true (po_store_insert_contact (ws->store, c, &error));
  g_assert_no_error (error);
}

static void
track_in (Workspace  *ws,
          gint64      id,
          const char *phase,
          const char *since)
{
  g_autoptr(PoTrack) t = po_track_new ();
  g_autoptr(PoTransition) tr = po_transition_new ();
  g_autoptr(GError) error = NULL;

  t->account_id = id;
  t->key = g_strdup ("core");
  t->name = g_strdup ("Finance");
  g_assert_true (po_store_insert_track (ws->store, t, &error));
  g_assert_no_error (error);
  tr->track_id = t->id;
  tr->on_date = day (since);
  tr->phase = g_strdup (phase);
  tr->reason = g_strdup ("");
  tr->note = g_strdup ("");
  g_assert_true (po_store_insert_transition (ws->store, tr, &error));
  g_assert_no_error (error);
}

static void
build (Workspace *ws)
{
  gint64 id;

  plain (ws, "quiet", "2024-05-01");                 /* nothing fires */

  id = plain (ws, "red", "2024-05-01");
  add_sample (ws, id, PO_COMPONENT_USAGE, "2024-06-20", 39);
  id = plain (ws, "red-miss", "2024-05-01");
  add_sample (ws, id, PO_COMPONENT_USAGE, "2024-06-20", 40);

  id = plain (ws, "drop", "2024-05-01");
  add_sample (ws, id, PO_COMPONENT_USAGE, "2024-05-31", 80);
  add_sample (ws, id, PO_COMPONENT_USAGE, ON, 65);
  id = plain (ws, "drop-miss", "2024-05-01");
  add_sample (ws, id, PO_COMPONENT_USAGE, "2024-05-31", 80);
  add_sample (ws, id, PO_COMPONENT_USAGE, ON, 66);

  /* smb lead time 60 days */
  id = plain (ws, "window", "2024-05-01");
  set_account (ws, id, PO_TOUCH_TECH, "2024-08-29", PO_FORECAST_LIKELY);
  id = plain (ws, "window-miss", "2024-05-01");
  set_account (ws, id, PO_TOUCH_TECH, "2024-08-30", PO_FORECAST_LIKELY);
  id = plain (ws, "window-commit", "2024-05-01");
  set_account (ws, id, PO_TOUCH_TECH, "2024-08-29", PO_FORECAST_COMMIT);

  id = plain (ws, "late", "2024-05-01");               /* also in the window */
  set_account (ws, id, PO_TOUCH_TECH, "2024-07-30", PO_FORECAST_AT_RISK);
  id = plain (ws, "late-miss", "2024-05-01");
  set_account (ws, id, PO_TOUCH_TECH, "2024-07-31", PO_FORECAST_AT_RISK);

  id = plain (ws, "silent", "2024-05-01");
  set_account (ws, id, PO_TOUCH_LOW, NULL, PO_FORECAST_UNKNOWN);
  {
    g_autoptr(PoTouchpoint) tp = po_touchpoint_new ();
    g_autoptr(GError) error = NULL;

    tp->account_id = id;
    tp->on_date = day ("2024-05-16");                  /* 45 days */
    tp->note = g_strdup ("");
    g_assert_true (po_store_insert_touchpoint (ws->store, tp, &error));
    tp->id = 0;
    tp->account_id = plain (ws, "silent-miss", "2024-05-01");
    set_account (ws, tp->account_id, PO_TOUCH_HIGH, NULL, PO_FORECAST_UNKNOWN);
    tp->on_date = day ("2024-05-17");                  /* 44 days */
    g_assert_true (po_store_insert_touchpoint (ws->store, tp, &error));
    g_assert_no_error (error);
  }

  id = plain (ws, "payment", "2024-05-01");
  billing (ws, id, PO_BILLING_PAYMENT_FAILED, "2024-06-10");
  id = plain (ws, "payment-miss", "2024-05-01");
  billing (ws, id, PO_BILLING_PAYMENT_FAILED, "2024-06-10");
  billing (ws, id, PO_BILLING_PAYMENT_RECOVERED, "2024-06-12");

  id = plain (ws, "champion", "2024-05-01");
  champion (ws, id, "2024-06-01");
  id = plain (ws, "champion-miss", "2024-05-01");
  champion (ws, id, "2024-03-31");                     /* 91 days ago */

  /* smb onboarding maximum 30 days */
  id = plain (ws, "onboarding", "2024-05-01");
  track_in (ws, id, "onboarding", "2024-05-30");
  id = plain (ws, "onboarding-miss", "2024-05-01");
  track_in (ws, id, "onboarding", "2024-05-31");

  id = add_account (ws, "expansion", PO_SEGMENT_SMB, "2023-12-30");
  {
    gint64 line = add_line (ws, id, "operator", 59800, "2023-12-30", NULL);
    g_autoptr(GError) error = NULL;
    g_autoptr(PoSubscriptionLine) l = po_store_get_subscription_line (ws->store, line, &error);

    l->quantity = 2;
    g_assert_true (po_store_update_subscription_line (ws->store, l, &error));
    g_assert_no_error (error);
  }
  add_sample (ws, id, PO_COMPONENT_USAGE, "2024-06-20", 80);
  id = add_account (ws, "expansion-miss", PO_SEGMENT_SMB, "2024-01-01");   /* 6 months tomorrow */
  add_line (ws, id, "operator", 29900, "2024-01-01", NULL);
  add_line (ws, id, "entity", 19900, "2024-01-01", NULL);
  add_sample (ws, id, PO_COMPONENT_USAGE, "2024-06-20", 80);

  id = plain (ws, "advocacy", "2023-01-15");
  set_account (ws, id, PO_TOUCH_TECH, "2025-01-15", PO_FORECAST_LIKELY);
  add_sample (ws, id, PO_COMPONENT_USAGE, "2024-06-20", 85);
  add_nps (ws, id, "2024-06-01", 10);
  id = plain (ws, "advocacy-miss", "2023-01-15");
  set_account (ws, id, PO_TOUCH_TECH, "2025-01-15", PO_FORECAST_LIKELY);
  add_sample (ws, id, PO_COMPONENT_USAGE, "2024-06-20", 85);
  add_nps (ws, id, "2024-01-01", 10);
  add_nps (ws, id, "2024-06-01", 8);

  /* red, but churned or no longer paying: not current */
  id = plain (ws, "zz-churned", "2024-05-01");
  add_sample (ws, id, PO_COMPONENT_USAGE, "2024-06-20", 10);
  {
    g_autoptr(PoChurnRecord) c = po_churn_record_new ();
    g_autoptr(GError) error = NULL;

    c->account_id = id;
    c->on_date = day ("2024-06-15");
    c->reason = g_strdup ("");
    c->note = g_strdup ("");
    g_assert_true (po_store_insert_churn_record (ws->store, c, &error));
    g_assert_no_error (error);
  }
  id = add_account (ws, "zz-ended", PO_SEGMENT_SMB, "2024-01-01");
  add_line (ws, id, "operator", 29900, "2024-01-01", "2024-06-30");
  add_sample (ws, id, PO_COMPONENT_USAGE, "2024-06-20", 10);
}

static char *
alert_list (GArray *alerts)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < alerts->len; i++)
    {
      const PoAlert *a = &g_array_index (alerts, PoAlert, i);

      g_assert_nonnull (a->detail);
      g_string_append_printf (s, "%s:%s ", a->account_key, a->rule);
    }
  return g_string_free (s, FALSE);
}

static guint
count_tasks (Workspace *ws)
{
  g_autoptr(GError) error = NULL;
  gint64 n = po_store_count (ws->store, &po_task_class, &error);

  g_assert_no_error (error);
  return (guint) n;
}

static void
test_rules (Workspace     *ws,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) alerts = NULL;
  g_autoptr(GArray) again = NULL;
  g_autofree char *list = NULL;
  guint expected_tasks = 0;

  build (ws);
  alerts = po_signals_evaluate (ws->store, &ws->settings, day (ON), PO_SIGNALS_CREATE_TASKS, &error);
  g_assert_no_error (error);
  list = alert_list (alerts);
  g_assert_cmpstr (list, ==,
                   "advocacy:advocacy_candidate "
                   "champion:champion_left "
                   "drop:health_drop "
                   "expansion:expansion_ready "
                   "late:renewal_window late:renewal_late "
                   "late-miss:renewal_window "
                   "onboarding:onboarding_stalled "
                   "payment:payment_failed "
                   "red:health_red "
                   "silent:silent_account "
                   "window:renewal_window ");

  for (guint i = 0; i < alerts->len; i++)
    {
      const PoAlert *a = &g_array_index (alerts, PoAlert, i);
      const PoBuiltinSignalRule *rule = po_builtin_signal_rule (a->rule);
      g_autoptr(GPtrArray) tasks = po_store_list_task (ws->store, a->account_id, &error);
      guint n = 0;

      g_assert_cmpuint (a->n_new_tasks, ==, rule->n_playbook);
      expected_tasks += rule->n_playbook;
      for (guint t = 0; t < tasks->len; t++)
        {
          PoTask *task = g_ptr_array_index (tasks, t);

          if (g_strcmp0 (task->origin, a->rule) != 0)
            continue;
          n++;
          g_assert_cmpuint (task->created_on, ==, day (ON));
          g_assert_cmpint (task->status, ==, PO_TASK_OPEN);
          g_assert_cmpuint (task->due_on, ==, day (ON) + rule->playbook[task->playbook_step].due_offset_days);
        }
      g_assert_cmpuint (n, ==, rule->n_playbook);
    }
  g_assert_cmpuint (count_tasks (ws), ==, expected_tasks);

  /* Idempotent: the same alerts, no new task. */
  again = po_signals_evaluate (ws->store, &ws->settings, day (ON), PO_SIGNALS_CREATE_TASKS, &error);
  g_assert_no_error (error);
  {
    g_autofree char *list2 = alert_list (again);

    g_assert_cmpstr (list2, ==, list);
  }
  for (guint i = 0; i < again->len; i++)
    g_assert_cmpuint (g_array_index (again, PoAlert, i).n_new_tasks, ==, 0);
  g_assert_cmpuint (count_tasks (ws), ==, expected_tasks);
}

/* Once the tasks are done, a lasting condition opens new ones; a handled
 * event does not come back. */
static void
test_after_done (Workspace     *ws,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) alerts = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  g_autofree char *list = NULL;

  build (ws);
  g_clear_pointer (&alerts, g_array_unref);
  alerts = po_signals_evaluate (ws->store, &ws->settings, day (ON), PO_SIGNALS_CREATE_TASKS, &error);
  g_assert_no_error (error);
  tasks = po_store_list (ws->store, &po_task_class, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < tasks->len; i++)
    {
      PoTask *t = g_ptr_array_index (tasks, i);

      t->status = PO_TASK_DONE;
      t->done_on = day (ON);
      g_assert_true (po_store_update_task (ws->store, t, &error));
    }
  g_clear_pointer (&alerts, g_array_unref);
  alerts = po_signals_evaluate (ws->store, &ws->settings, day (ON), PO_SIGNALS_CREATE_TASKS, &error);
  g_assert_no_error (error);
  list = alert_list (alerts);
  g_assert_null (strstr (list, "payment_failed"));
  g_assert_null (strstr (list, "champion_left"));
  g_assert_nonnull (strstr (list, "red:health_red"));
  for (guint i = 0; i < alerts->len; i++)
    g_assert_cmpuint (g_array_index (alerts, PoAlert, i).n_new_tasks, >, 0);
}

static void
test_disabled_and_read_only (Workspace     *ws,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) alerts = NULL;
  g_autoptr(PoSignalRule) rule = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  g_autofree char *list = NULL;

  build (ws);
  rules = po_store_list (ws->store, &po_signal_rule_class, 0, &error);
  for (guint i = 0; i < rules->len; i++)
    {
      PoSignalRule *r = g_ptr_array_index (rules, i);

      if (g_str_equal (r->code, "health_red"))
        r->threshold = 41;               /* red-miss (40) now fires */
      if (g_str_equal (r->code, "renewal_window"))
        r->enabled = FALSE;
      g_assert_true (po_store_update_signal_rule (ws->store, r, &error));
    }
  alerts = po_signals_evaluate (ws->store, &ws->settings, day (ON), PO_SIGNALS_DEFAULT, &error);
  g_assert_no_error (error);
  list = alert_list (alerts);
  g_assert_nonnull (strstr (list, "red-miss:health_red"));
  g_assert_null (strstr (list, "renewal_window"));
  g_assert_cmpuint (count_tasks (ws), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/signals/rules", Workspace, NULL, workspace_setup, test_rules, workspace_teardown);
  g_test_add ("/core/signals/after-done", Workspace, NULL, workspace_setup, test_after_done,
              workspace_teardown);
  g_test_add ("/core/signals/thresholds", Workspace, NULL, workspace_setup, test_disabled_and_read_only,
              workspace_teardown);

  return g_test_run ();
}
