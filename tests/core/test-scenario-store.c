/* test-scenario-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "po-scenario-store.h"

typedef struct
{
  char      *dir;
  PoStore   *store;
  PoHistory *history;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("po-scenario-store-XXXXXX", NULL);
  path = g_build_filename (f->dir, "ws.peakone", NULL);
  f->store = po_store_create (path, &error);
  g_assert_no_error (error);
  f->history = po_history_new (f->store);
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

static char *
scenario_json (const PoScenario *scenario)
{
  g_autoptr(JsonNode) node = po_scenario_to_json_node (scenario);

  return json_to_string (node, FALSE);
}

static PoScenario *
make_scenario (const char *name)
{
  PoScenario *scenario = po_scenario_new (name, 24322, 24);
  PoScenarioPriceChange change = { 5.0, 12, 3, 0.3 };

  po_scenario_set_churn (scenario, NULL, 0.08);
  po_scenario_set_churn (scenario, "operator", 0.03);
  po_scenario_set_new_per_month (scenario, "operator", 3.0);
  po_scenario_set_new_per_month (scenario, "manager", 0.5);
  po_scenario_add_template_path (scenario);
  po_scenario_set_price_change (scenario, &change);
  return scenario;
}

static guint
count_rows (PoStore    *store,
            const char *table)
{
  const PoRecordClass *klass = g_str_equal (table, "rates") ? &po_scenario_rate_class
                                                            : &po_scenario_step_class;
  g_autoptr(GPtrArray) rows = po_store_list (store, klass, 0, NULL);

  return rows->len;
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoScenario) scenario = make_scenario ("Base");
  g_autoptr(PoScenario) loaded = NULL;
  g_autoptr(PoScenario) edited = NULL;
  g_autoptr(PoScenario) reloaded = NULL;
  g_autoptr(GPtrArray) rates_before = NULL;
  g_autoptr(GPtrArray) rates_after = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *actual = NULL;
  gint64 id = 0, found = 0;

  g_assert_true (po_scenario_store_save (f->store, f->history, &id, scenario, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_true (po_history_can_undo (f->history));

  loaded = po_scenario_store_load_by_name (f->store, "Base", &found, &error);
  g_assert_no_error (error);
  g_assert_cmpint (found, ==, id);
  expected = scenario_json (scenario);
  actual = scenario_json (loaded);
  g_assert_cmpstr (actual, ==, expected);
  g_assert_cmpuint (count_rows (f->store, "rates"), ==, 4);
  g_assert_cmpuint (count_rows (f->store, "steps"), ==, 5);

  /* One assumption changed: one row updated, ids kept. */
  rates_before = po_store_list_scenario_rate (f->store, id, NULL);
  edited = po_scenario_copy (loaded);
  po_scenario_set_churn (edited, NULL, 0.07);
  po_scenario_edit_remove_step (edited, 4);
  g_assert_true (po_scenario_store_save (f->store, f->history, &id, edited, &error));
  g_assert_no_error (error);
  rates_after = po_store_list_scenario_rate (f->store, id, NULL);
  g_assert_cmpuint (rates_after->len, ==, rates_before->len);
  for (guint i = 0; i < rates_after->len; i++)
    g_assert_cmpint (((PoScenarioRate *) rates_after->pdata[i])->id, ==,
                     ((PoScenarioRate *) rates_before->pdata[i])->id);
  g_assert_cmpuint (count_rows (f->store, "steps"), ==, 4);
  reloaded = po_scenario_store_load (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (po_scenario_get_churn (reloaded, NULL), ==, 0.07);
  g_assert_cmpfloat (po_scenario_get_churn (reloaded, "operator"), ==, 0.03);
  g_assert_cmpuint (po_scenario_get_n_steps (reloaded), ==, 4);

  /* Undo gives the first version back, row for row. */
  g_assert_true (po_history_undo (f->history, &error));
  g_assert_no_error (error);
  g_clear_pointer (&reloaded, po_scenario_unref);
  reloaded = po_scenario_store_load (f->store, id, &error);
  g_assert_no_error (error);
  g_clear_pointer (&actual, g_free);
  actual = scenario_json (reloaded);
  g_assert_cmpstr (actual, ==, expected);

  /* Saving an unchanged scenario records no undo step. */
  g_assert_true (po_history_can_redo (f->history));
  g_assert_true (po_scenario_store_save (f->store, f->history, &id, reloaded, &error));
  g_assert_true (po_history_can_redo (f->history));
}

static void
test_names (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoScenario) a = make_scenario ("Base");
  g_autoptr(PoScenario) b = make_scenario ("Base");
  g_autoptr(PoScenario) copy = NULL;
  g_autoptr(PoScenario) missing = NULL;
  g_autoptr(PoScenario) bad = make_scenario ("Bad");
  g_autoptr(PoScenarioPathStep) step = po_scenario_path_step_new (PO_ACTION_UPGRADE, "nope", 1, 2, 0.5);
  gint64 id = 0, id2 = 0, dup;

  g_assert_true (po_scenario_store_save (f->store, NULL, &id, a, &error));
  g_assert_false (po_scenario_store_save (f->store, NULL, &id2, b, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  dup = po_scenario_store_duplicate (f->store, f->history, id, &error);
  g_assert_no_error (error);
  copy = po_scenario_store_load (f->store, dup, &error);
  g_assert_cmpstr (po_scenario_get_name (copy), ==, "Base (copy)");

  missing = po_scenario_store_load_by_name (f->store, "Nope", NULL, &error);
  g_assert_null (missing);
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  po_scenario_add_step (bad, step);
  g_assert_false (po_scenario_store_save (f->store, f->history, &id2, bad, &error));
  g_assert_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_UNKNOWN_ITEM);
  g_clear_error (&error);
  g_assert_cmpint (id2, ==, 0);

  g_assert_true (po_scenario_store_delete (f->store, f->history, dup, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (f->store, "steps"), ==, 5);
  g_assert_true (po_history_undo (f->history, &error));
  g_assert_cmpuint (count_rows (f->store, "steps"), ==, 10);
}

static gint64
add_account (Fixture    *f,
             const char *key,
             const char *signed_on)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoAccount) a = po_account_new ();

  a->key = g_strdup (key);
  a->name = g_strdup (key);
  a->segment = PO_SEGMENT_SMB;
  a->touch = PO_TOUCH_TECH;
  g_assert_true (po_day_parse (signed_on, &a->signed_on));
  g_assert_true (po_store_insert_account (f->store, a, &error));
  g_assert_no_error (error);
  return a->id;
}

static void
add_line (Fixture    *f,
          gint64      account,
          const char *item,
          gint64      cents,
          const char *start,
          const char *end)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoSubscriptionLine) l = po_subscription_line_new ();

  l->account_id = account;
  l->item = g_strdup (item);
  l->mrr_cents = cents;
  l->quantity = 1;
  g_assert_true (po_day_parse (start, &l->start_on));
  if (end != NULL)
    g_assert_true (po_day_parse (end, &l->end_on));
  g_assert_true (po_store_insert_subscription_line (f->store, l, &error));
  g_assert_no_error (error);
}

#define JUNE_2024 (2024 * 12 + 5)

static void
fill_workspace (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoPlanStep) step = po_plan_step_new ();
  g_autoptr(GPtrArray) steps = g_ptr_array_new ();
  gint64 a, b, c, d;

  a = add_account (f, "a", "2024-01-15");
  add_line (f, a, "operator", 29900, "2024-01-15", "2024-06-30");
  add_line (f, a, "manager", 99900, "2024-06-30", NULL);
  add_line (f, a, "entity", 19900, "2024-03-01", NULL);

  b = add_account (f, "b", "2024-02-01");
  add_line (f, b, "operator", 29900, "2024-02-01", "2024-07-01");

  c = add_account (f, "c", "2024-07-01");
  add_line (f, c, "operator", 29900, "2024-07-01", NULL);

  d = add_account (f, "d", "2023-01-01");
  add_line (f, d, "executive", 249900, "2023-01-01", "2024-06-30");

  step->action = PO_ACTION_UPGRADE;
  step->item = g_strdup ("manager");
  step->from_month = 3;
  step->to_month = 9;
  step->probability = 0.5;
  step->trigger = g_strdup ("second team");
  g_ptr_array_add (steps, step);
  g_assert_true (po_scenario_store_save_plan (f->store, f->history, b, steps, &error));
  g_assert_no_error (error);
  (void) c;
  (void) d;
}

static void
test_accounts (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) accounts = NULL;
  const PoScenarioAccount *a, *b;
  const PoScenarioPathStep *step;

  fill_workspace (f);
  accounts = po_scenario_store_load_accounts (f->store, JUNE_2024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (accounts->len, ==, 2);

  a = accounts->pdata[0];
  g_assert_cmpstr (po_scenario_account_get_id (a), ==, "a");
  g_assert_cmpint (po_scenario_account_get_mrr_cents (a), ==, 99900 + 19900);
  g_assert_cmpstr (po_scenario_account_get_tier (a), ==, "manager");
  g_assert_cmpint (po_scenario_account_get_signed_month (a), ==, 2024 * 12 + 0);
  g_assert_cmpuint (po_scenario_account_get_n_steps (a), ==, 0);

  b = accounts->pdata[1];
  g_assert_cmpstr (po_scenario_account_get_id (b), ==, "b");
  g_assert_cmpint (po_scenario_account_get_mrr_cents (b), ==, 29900);
  g_assert_cmpstr (po_scenario_account_get_tier (b), ==, "operator");
  g_assert_cmpint (po_scenario_account_get_signed_month (b), ==, 2024 * 12 + 1);
  g_assert_cmpuint (po_scenario_account_get_n_steps (b), ==, 1);
  step = po_scenario_account_get_step (b, 0);
  g_assert_cmpint (step->action, ==, PO_ACTION_UPGRADE);
  g_assert_cmpstr (step->item, ==, "manager");
  g_assert_cmpint (step->from_month, ==, 3);
  g_assert_cmpint (step->to_month, ==, 9);

  /* One month earlier: a still on Operator, d still active. */
  g_clear_pointer (&accounts, g_ptr_array_unref);
  accounts = po_scenario_store_load_accounts (f->store, JUNE_2024 - 1, &error);
  g_assert_cmpuint (accounts->len, ==, 3);
  g_assert_cmpint (po_scenario_account_get_mrr_cents (accounts->pdata[0]), ==, 29900 + 19900);
  g_assert_cmpstr (po_scenario_account_get_tier (accounts->pdata[0]), ==, "operator");
  g_assert_cmpstr (po_scenario_account_get_tier (accounts->pdata[2]), ==, "executive");
}

static void
test_projection (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoScenario) scenario = po_scenario_new ("Tiny", JUNE_2024, 3);
  g_autoptr(PoScenario) loaded = NULL;
  g_autoptr(PoScenarioProjection) projection = NULL;
  g_autoptr(PoScenarioProjection) direct = NULL;
  g_autoptr(PoScenarioCatalog) catalog = NULL;
  g_autoptr(GPtrArray) accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) po_scenario_account_unref);
  g_autoptr(PoScenarioPathStep) step = po_scenario_path_step_new (PO_ACTION_UPGRADE, "manager", 3, 9, 0.5);
  PoScenarioAccount *b;
  double h = 1.0 - pow (0.5, 1.0 / 7.0);
  gint64 id = 0;

  fill_workspace (f);
  po_scenario_set_churn (scenario, NULL, 0.1);
  g_assert_true (po_scenario_store_save (f->store, NULL, &id, scenario, &error));
  g_assert_no_error (error);
  loaded = po_scenario_store_load_by_name (f->store, "Tiny", NULL, &error);
  projection = po_scenario_store_project (f->store, loaded, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (po_scenario_projection_get_n_months (projection), ==, 3);

  /* By hand: a keeps 119,800 and only churns; b (age 5 in July) churns
   * and upgrades to Manager (+70,000) with hazard 1 − 0.5^(1/7). */
  for (guint t = 1; t <= 3; t++)
    {
      const PoScenarioMonth *m = po_scenario_projection_get_month (projection, t);
      double alive = pow (0.9, t);
      double mrr = alive * 119800.0 + alive * (29900.0 + 70000.0 * (1.0 - pow (1.0 - h, t)));

      g_assert_cmpfloat_with_epsilon (m->mrr_cents, mrr, 1e-6);
      g_assert_cmpfloat_with_epsilon (m->accounts, 2.0 * alive, 1e-12);
      g_assert_false (m->has_nre);
    }

  /* The same through the engine with hand-made accounts. */
  catalog = po_scenario_store_load_catalog (f->store, &error);
  g_ptr_array_add (accounts, po_scenario_account_new ("a", 2024 * 12, 119800, "manager"));
  b = po_scenario_account_new ("b", 2024 * 12 + 1, 29900, "operator");
  po_scenario_account_add_step (b, step);
  g_ptr_array_add (accounts, b);
  direct = po_scenario_project_exact (scenario, catalog, accounts, &error);
  g_assert_no_error (error);
  for (guint t = 1; t <= 3; t++)
    g_assert_cmpfloat (po_scenario_projection_get_month (direct, t)->mrr_cents, ==,
                       po_scenario_projection_get_month (projection, t)->mrr_cents);
}

static void
test_template (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(PoScenario) fresh = NULL;
  const PoScenarioTemplateStep *template;
  guint n = 0;
  gint64 a, id = 0;

  template = po_scenario_template_path (&n);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpstr (template[0].item, ==, "manager");
  g_assert_cmpint (template[0].from_month, ==, 6);
  g_assert_cmpint (template[0].to_month, ==, 12);
  g_assert_cmpstr (template[1].item, ==, "entity");
  g_assert_cmpstr (template[2].item, ==, "executive");
  g_assert_cmpint (template[2].to_month, ==, 24);
  g_assert_cmpstr (template[3].item, ==, "forecast");
  g_assert_cmpstr (template[4].item, ==, "board");

  a = add_account (f, "a", "2024-01-15");
  g_assert_true (po_scenario_store_apply_template (f->store, f->history, a, &error));
  g_assert_no_error (error);
  steps = po_store_list_plan_step (f->store, a, &error);
  g_assert_cmpuint (steps->len, ==, 5);
  g_assert_cmpstr (((PoPlanStep *) steps->pdata[4])->item, ==, "board");
  g_assert_cmpstr (((PoPlanStep *) steps->pdata[0])->trigger, !=, "");
  g_assert_true (po_history_undo (f->history, &error));
  g_clear_pointer (&steps, g_ptr_array_unref);
  steps = po_store_list_plan_step (f->store, a, &error);
  g_assert_cmpuint (steps->len, ==, 0);

  fresh = po_scenario_store_new_default (f->store, "Fresh");
  g_assert_true (po_scenario_store_save (f->store, NULL, &id, fresh, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, setup, fn, teardown)
  ADD ("/scenario-store/round-trip", test_round_trip);
  ADD ("/scenario-store/names", test_names);
  ADD ("/scenario-store/accounts", test_accounts);
  ADD ("/scenario-store/projection", test_projection);
  ADD ("/scenario-store/template", test_template);
#undef ADD

  return g_test_run ();
}
