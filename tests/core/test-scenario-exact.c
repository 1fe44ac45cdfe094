/* test-scenario-exact.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "po-scenario-exact.h"

/* Every expected value below is worked out by hand from § 6 of
 * DESIGN.md (closed forms, not the dynamic programme), compared to a
 * relative 1e-9. */

#define START 24322       /* 2026-11 */

#define OPERATOR  29900.0
#define MANAGER   99900.0
#define EXECUTIVE 249900.0
#define BOARD     499900.0
#define ENTITY    19900.0

static PoScenarioCatalog *
make_catalog (void)
{
  PoScenarioCatalog *catalog = po_scenario_catalog_new ();

  po_scenario_catalog_add (catalog, "operator", PO_ITEM_TIER, 29900);
  po_scenario_catalog_add (catalog, "manager", PO_ITEM_TIER, 99900);
  po_scenario_catalog_add (catalog, "executive", PO_ITEM_TIER, 249900);
  po_scenario_catalog_add (catalog, "board", PO_ITEM_TIER, 499900);
  po_scenario_catalog_add (catalog, "group", PO_ITEM_TIER, 1249900);
  po_scenario_catalog_add (catalog, "entity", PO_ITEM_ADDON, 19900);

  return catalog;
}

static void
add_step (PoScenario   *scenario,
          PoPlanAction  action,
          const char   *item,
          int           from_month,
          int           to_month,
          double        probability)
{
  g_autoptr(PoScenarioPathStep) step =
    po_scenario_path_step_new (action, item, from_month, to_month, probability);

  po_scenario_add_step (scenario, step);
}

static GPtrArray *
one_account (const char *tier,
             gint64      mrr_cents,
             int         age_at_start)
{
  GPtrArray *accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) po_scenario_account_unref);

  g_ptr_array_add (accounts, po_scenario_account_new ("a", START - age_at_start, mrr_cents, tier));
  return accounts;
}

static PoScenarioProjection *
project (PoScenario *scenario,
         GPtrArray  *accounts)
{
  g_autoptr(PoScenarioCatalog) catalog = make_catalog ();
  g_autoptr(GError) error = NULL;
  PoScenarioProjection *projection;

  projection = po_scenario_project_exact (scenario, catalog, accounts, &error);
  g_assert_no_error (error);
  g_assert_nonnull (projection);
  g_assert_cmpuint (po_scenario_projection_get_n_months (projection), ==,
                    po_scenario_get_months (scenario));

  return projection;
}

#define assert_close(a, b) \
  G_STMT_START { \
    double _a = (a), _b = (b); \
    if (!(fabs (_a - _b) <= 1e-9 * MAX (1.0, fabs (_b)))) \
      g_error ("%s:%d: %s = %.12f, expected %.12f", __FILE__, __LINE__, #a, _a, _b); \
  } G_STMT_END

static const PoScenarioMonth *
month (PoScenarioProjection *projection,
       guint                 t)
{
  const PoScenarioMonth *m = po_scenario_projection_get_month (projection, t);

  g_assert_cmpuint (m->month, ==, t);
  return m;
}

static void
test_no_steps (void)
{
  g_autoptr(PoScenario) scenario = po_scenario_new ("Churn only", START, 24);
  g_autoptr(GPtrArray) accounts = one_account ("operator", 29900, 3);
  g_autoptr(PoScenarioProjection) projection = NULL;

  po_scenario_set_churn (scenario, NULL, 0.02);
  projection = project (scenario, accounts);

  assert_close (po_scenario_projection_get_start_mrr_cents (projection), OPERATOR);
  assert_close (po_scenario_projection_get_start_accounts (projection), 1.0);

  for (guint t = 1; t <= 24; t++)
    {
      const PoScenarioMonth *m = month (projection, t);

      assert_close (m->accounts, pow (0.98, t));
      assert_close (m->mrr_cents, OPERATOR * pow (0.98, t));
      g_assert_true (m->has_arpa);
      assert_close (m->arpa_cents, OPERATOR);
      g_assert_cmpint (m->has_nre, ==, t >= 12);
      if (t >= 12)
        assert_close (m->nre, pow (0.98, 12));
    }
}

static void
test_full_churn (void)
{
  g_autoptr(PoScenario) scenario = po_scenario_new ("Everyone leaves", START, 12);
  g_autoptr(GPtrArray) accounts = one_account ("operator", 29900, 3);
  g_autoptr(PoScenarioProjection) projection = NULL;

  po_scenario_set_churn (scenario, "operator", 1.0);
  projection = project (scenario, accounts);

  g_assert_cmpfloat (month (projection, 1)->accounts, ==, 0.0);
  g_assert_false (month (projection, 1)->has_arpa);
  g_assert_true (month (projection, 12)->has_nre);
  g_assert_cmpfloat (month (projection, 12)->nre, ==, 0.0);
}

/* One step, window 3–6 (n = 4) with P = 0.6: monthly hazard
 * h = 1 − 0.4^(1/4) ≈ 0.20473; taken by month t with probability
 * 1 − (1 − h)^(t − 2) for t in 3..6, and 0.6 after. */
static void
test_one_step (void)
{
  g_autoptr(PoScenario) scenario = po_scenario_new ("One step", START, 10);
  g_autoptr(GPtrArray) accounts = one_account ("operator", 29900, 0);
  g_autoptr(PoScenarioProjection) projection = NULL;
  double h = 1.0 - pow (0.4, 0.25);
  double taken[] = { 0, 0, 0, h, 1 - pow (1 - h, 2), 1 - pow (1 - h, 3), 0.6, 0.6, 0.6, 0.6, 0.6 };

  g_assert_cmpfloat_with_epsilon (h, 0.20473, 1e-5);

  add_step (scenario, PO_ACTION_UPGRADE, "manager", 3, 6, 0.6);
  projection = project (scenario, accounts);

  for (guint t = 1; t <= 10; t++)
    {
      assert_close (month (projection, t)->mrr_cents, OPERATOR + (MANAGER - OPERATOR) * taken[t]);
      assert_close (month (projection, t)->accounts, 1.0);
    }

  /* By hand: month 4 = 29900 + 70000 · (1 − (1 − h)²). */
  assert_close (month (projection, 4)->mrr_cents, 29900.0 + 70000.0 * (1.0 - pow (0.4, 0.5)));
}

/* The same step for an account aged 4 at the start: only ages 5 and 6
 * are left of the window, at the same hazard. */
static void
test_window_before_start (void)
{
  g_autoptr(PoScenario) scenario = po_scenario_new ("Late", START, 6);
  g_autoptr(GPtrArray) accounts = one_account ("operator", 29900, 4);
  g_autoptr(PoScenarioProjection) projection = NULL;
  double h = 1.0 - pow (0.4, 0.25);

  add_step (scenario, PO_ACTION_UPGRADE, "manager", 3, 6, 0.6);
  projection = project (scenario, accounts);

  assert_close (month (projection, 1)->mrr_cents, OPERATOR + 70000.0 * h);
  for (guint t = 2; t <= 6; t++)
    assert_close (month (projection, t)->mrr_cents, OPERATOR + 70000.0 * (1.0 - sqrt (0.4)));
}

/* k0: an account on Manager enters after the Operator → Manager step
 * and can only take the Executive step (window 12–24, n = 13). */
static void
test_entry_state (void)
{
  g_autoptr(PoScenario) scenario = po_scenario_new ("Entry", START, 14);
  g_autoptr(GPtrArray) accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) po_scenario_account_unref);
  g_autoptr(PoScenarioProjection) projection = NULL;
  double h = 1.0 - pow (0.5, 1.0 / 13.0);

  add_step (scenario, PO_ACTION_UPGRADE, "manager", 6, 12, 0.6);
  add_step (scenario, PO_ACTION_ADD, "entity", 6, 12, 0.5);
  add_step (scenario, PO_ACTION_UPGRADE, "executive", 12, 24, 0.5);
  /* Manager, aged 12: k0 = 1, next step the entity, whose window
   * has passed (age 13 at t = 1): its path stops. */
  g_ptr_array_add (accounts, po_scenario_account_new ("stuck", START - 12, 99900, "manager"));
  projection = project (scenario, accounts);
  for (guint t = 1; t <= 14; t++)
    assert_close (month (projection, t)->mrr_cents, MANAGER);
  g_clear_pointer (&projection, po_scenario_projection_unref);

  /* Without the entity step: the Executive step is next, ages 13..24
   * lie in its window at t = 1..12. */
  g_clear_pointer (&scenario, po_scenario_unref);
  scenario = po_scenario_new ("Entry", START, 14);
  add_step (scenario, PO_ACTION_UPGRADE, "manager", 6, 12, 0.6);
  add_step (scenario, PO_ACTION_UPGRADE, "executive", 12, 24, 0.5);
  projection = project (scenario, accounts);
  for (guint t = 1; t <= 14; t++)
    {
      double p = 1.0 - pow (1.0 - h, MIN (t, 12));

      assert_close (month (projection, t)->mrr_cents, MANAGER + (EXECUTIVE - MANAGER) * p);
    }
  /* Age 12 was before the start: 12 of the 13 months remain. */
  assert_close (month (projection, 12)->mrr_cents,
                MANAGER + (EXECUTIVE - MANAGER) * (1.0 - pow (0.5, 12.0 / 13.0)));
  g_clear_pointer (&projection, po_scenario_projection_unref);

  /* Executive: k0 = 2, nothing left to take. */
  g_ptr_array_set_size (accounts, 0);
  g_ptr_array_add (accounts, po_scenario_account_new ("top", START - 12, 249900, "executive"));
  projection = project (scenario, accounts);
  for (guint t = 1; t <= 14; t++)
    assert_close (month (projection, t)->mrr_cents, EXECUTIVE);
}

/* An account between two path tiers (Executive on a Manager → Board
 * path) enters at k0 = 1; the Board step adds Board − Executive. */
static void
test_entry_between_tiers (void)
{
  g_autoptr(PoScenario) scenario = po_scenario_new ("Between", START, 3);
  g_autoptr(GPtrArray) accounts = one_account ("executive", 250000, 10);
  g_autoptr(PoScenarioProjection) projection = NULL;

  add_step (scenario, PO_ACTION_UPGRADE, "manager", 1, 2, 1.0);
  add_step (scenario, PO_ACTION_UPGRADE, "board", 11, 11, 1.0);
  projection = project (scenario, accounts);

  assert_close (month (projection, 1)->mrr_cents, 250000.0 + BOARD - EXECUTIVE);
}

/* Entity in ages 1–2 (P = 0.5, h = 1 − √0.5), then Manager in 3–4
 * (P = 1).  Without the entity by age 2 the path stops, so only half
 * the accounts ever reach Manager. */
static void
test_path_stops (void)
{
  g_autoptr(PoScenario) scenario = po_scenario_new ("Stops", START, 8);
  g_autoptr(GPtrArray) accounts = one_account ("operator", 29900, 0);
  g_autoptr(PoScenarioProjection) projection = NULL;
  double h = 1.0 - sqrt (0.5);

  add_step (scenario, PO_ACTION_ADD, "entity", 1, 2, 0.5);
  add_step (scenario, PO_ACTION_UPGRADE, "manager", 3, 4, 1.0);
  projection = project (scenario, accounts);

  assert_close (month (projection, 1)->mrr_cents, OPERATOR + ENTITY * h);
  assert_close (month (projection, 2)->mrr_cents, OPERATOR + ENTITY * 0.5);
  for (guint t = 3; t <= 8; t++)
    assert_close (month (projection, t)->mrr_cents, 74850.0);
}

/* Two certain steps with overlapping windows: one per month. */
static void
test_one_step_per_month (void)
{
  g_autoptr(PoScenario) scenario = po_scenario_new ("One a month", START, 3);
  g_autoptr(GPtrArray) accounts = one_account ("operator", 29900, 0);
  g_autoptr(PoScenarioProjection) projection = NULL;

  add_step (scenario, PO_ACTION_ADD, "entity", 1, 2, 1.0);
  add_step (scenario, PO_ACTION_UPGRADE, "manager", 1, 4, 1.0);
  projection = project (scenario, accounts);

  assert_close (month (projection, 1)->mrr_cents, 49800.0);
  assert_close (month (projection, 2)->mrr_cents, 119800.0);
  assert_close (month (projection, 3)->mrr_cents, 119800.0);
}

/* Operator churns 5 %, Manager 1 %; the upgrade (window 1–1, P = 0.5)
 * comes after month 1's churn, at the Operator rate. */
static void
test_churn_by_tier (void)
{
  g_autoptr(PoScenario) scenario = po_scenario_new ("Tiers", START, 12);
  g_autoptr(GPtrArray) accounts = one_account ("operator", 29900, 0);
  g_autoptr(PoScenarioProjection) projection = NULL;

  po_scenario_set_churn (scenario, "operator", 0.05);
  po_scenario_set_churn (scenario, "manager", 0.01);
  add_step (scenario, PO_ACTION_UPGRADE, "manager", 1, 1, 0.5);
  projection = project (scenario, accounts);

  assert_close (month (projection, 1)->accounts, 0.95);
  assert_close (month (projection, 2)->accounts, 0.9215);
  assert_close (month (projection, 2)->mrr_cents, 0.45125 * OPERATOR + 0.47025 * MANAGER);
  for (guint t = 1; t <= 12; t++)
    {
      double op = 0.475 * pow (0.95, t - 1);
      double mgr = 0.475 * pow (0.99, t - 1);

      assert_close (month (projection, t)->accounts, op + mgr);
      assert_close (month (projection, t)->mrr_cents, op * OPERATOR + mgr * MANAGER);
      assert_close (month (projection, t)->arpa_cents,
                    (op * OPERATOR + mgr * MANAGER) / (op + mgr));
    }
}

/* 2.5 new Operator accounts a month, 10 % churn, no one at the start:
 * accounts(t) = 2.5 · Σ 0.9^i = 25 · (1 − 0.9^t).  NRE at 12 has an
 * empty cohort; at 13 the cohort is month 1's joiners only. */
static void
test_new_fractional (void)
{
  g_autoptr(PoScenario) scenario = po_scenario_new ("New", START, 24);
  g_autoptr(PoScenarioProjection) projection = NULL;

  po_scenario_set_churn (scenario, NULL, 0.1);
  po_scenario_set_new_per_month (scenario, "operator", 2.5);
  projection = project (scenario, NULL);

  assert_close (month (projection, 1)->accounts, 2.5);
  assert_close (month (projection, 2)->accounts, 4.75);
  for (guint t = 1; t <= 24; t++)
    {
      assert_close (month (projection, t)->accounts, 25.0 * (1.0 - pow (0.9, t)));
      assert_close (month (projection, t)->mrr_cents, OPERATOR * 25.0 * (1.0 - pow (0.9, t)));
    }

  g_assert_false (month (projection, 11)->has_nre);
  g_assert_false (month (projection, 12)->has_nre);
  g_assert_true (month (projection, 13)->has_nre);
  for (guint t = 13; t <= 24; t++)
    assert_close (month (projection, t)->nre, pow (0.9, 12));
}

/* New accounts join at the end of month t at age 0: a window 1–1 step
 * with P = 1 happens the month after. */
static void
test_new_follow_template (void)
{
  g_autoptr(PoScenario) scenario = po_scenario_new ("New path", START, 6);
  g_autoptr(PoScenarioProjection) projection = NULL;

  po_scenario_set_new_per_month (scenario, "operator", 1.0);
  add_step (scenario, PO_ACTION_UPGRADE, "manager", 1, 1, 1.0);
  projection = project (scenario, NULL);

  for (guint t = 1; t <= 6; t++)
    {
      assert_close (month (projection, t)->accounts, t);
      assert_close (month (projection, t)->mrr_cents, OPERATOR + (t - 1) * MANAGER);
    }
}

/* +10 % effective in month 6 with 2 months' notice (announced in month
 * 4), 30 % prepay: accounts present at the end of month 4 pay
 * 0.7 · 1.1 + 0.3 = 1.07 in months 6..17 and 1.1 from 18; later
 * joiners 1.1 from 6. */
static void
test_price_change (void)
{
  g_autoptr(PoScenario) scenario = po_scenario_new ("Price", START, 24);
  g_autoptr(GPtrArray) accounts = one_account ("operator", 29900, 5);
  g_autoptr(PoScenarioProjection) projection = NULL;
  PoScenarioPriceChange change = { 10.0, 6, 2, 0.3 };

  po_scenario_set_new_per_month (scenario, "operator", 1.0);
  po_scenario_set_price_change (scenario, &change);
  projection = project (scenario, accounts);

  for (guint t = 1; t <= 24; t++)
    {
      double expected;

      if (t < 6)
        expected = (t + 1) * OPERATOR;
      else if (t <= 17)
        expected = OPERATOR * (5 * 1.07 + (t - 4) * 1.1);
      else
        expected = OPERATOR * (t + 1) * 1.1;

      assert_close (month (projection, t)->mrr_cents, expected);
    }

  assert_close (month (projection, 5)->mrr_cents, 179400.0);
  assert_close (month (projection, 6)->mrr_cents, 225745.0);
  assert_close (month (projection, 17)->mrr_cents, 587535.0);
  assert_close (month (projection, 18)->mrr_cents, 624910.0);
}

/* Announced before the start (effective 1, notice 3: month −2): only
 * accounts signed by then count as present at the announcement. */
static void
test_price_change_announced_before_start (void)
{
  g_autoptr(PoScenario) scenario = po_scenario_new ("Price", START, 14);
  g_autoptr(GPtrArray) accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) po_scenario_account_unref);
  g_autoptr(PoScenarioProjection) projection = NULL;
  PoScenarioPriceChange change = { 10.0, 1, 3, 0.3 };

  g_ptr_array_add (accounts, po_scenario_account_new ("old", START - 5, 29900, "operator"));
  g_ptr_array_add (accounts, po_scenario_account_new ("young", START - 1, 29900, "operator"));
  po_scenario_set_price_change (scenario, &change);
  projection = project (scenario, accounts);

  assert_close (po_scenario_projection_get_start_mrr_cents (projection), 2 * OPERATOR);
  for (guint t = 1; t <= 12; t++)
    assert_close (month (projection, t)->mrr_cents, OPERATOR * 1.07 + OPERATOR * 1.1);
  for (guint t = 13; t <= 14; t++)
    assert_close (month (projection, t)->mrr_cents, 2 * OPERATOR * 1.1);
}

/* NRE at 12 counts only the accounts present at the start: the account
 * aged 6 upgrades (ages 7–10, P = 0.5) under 2 % churn; the new
 * accounts joining meanwhile stay out of the cohort.
 * NRE(12) = 0.98^12 · (29900 + 0.5 · 70000) / 29900. */
static void
test_nre_tiny (void)
{
  g_autoptr(PoScenario) scenario = po_scenario_new ("NRE", START, 13);
  g_autoptr(GPtrArray) accounts = one_account ("operator", 29900, 6);
  g_autoptr(PoScenarioProjection) projection = NULL;
  double h = 1.0 - pow (0.5, 0.25);

  po_scenario_set_churn (scenario, NULL, 0.02);
  po_scenario_set_new_per_month (scenario, "operator", 1.0);
  add_step (scenario, PO_ACTION_UPGRADE, "manager", 7, 10, 0.5);
  projection = project (scenario, accounts);

  for (guint t = 1; t < 12; t++)
    g_assert_false (month (projection, t)->has_nre);

  g_assert_true (month (projection, 12)->has_nre);
  assert_close (month (projection, 12)->nre, pow (0.98, 12) * 64900.0 / 29900.0);

  /* At 13 the cohort of month 1: the account and month 1's joiner,
   * which has gone through its whole window (ages 7–10) by month 11. */
  assert_close (month (projection, 13)->nre,
                (pow (0.98, 13) * 64900.0 + pow (0.98, 12) * 64900.0) /
                (0.98 * (29900.0 + 70000.0 * h) + 29900.0));
}

/* Seed 003: lowering monthly churn from 8 % to 7 %.  Ten Operator
 * accounts and three new ones a month: accounts(t) =
 * 10 · (1 − c)^t + 3 · (1 − (1 − c)^t) / c. */
static void
test_seed_003 (void)
{
  g_autoptr(GPtrArray) accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) po_scenario_account_unref);
  g_autoptr(PoScenarioProjection) eight = NULL;
  g_autoptr(PoScenarioProjection) seven = NULL;
  double churns[] = { 0.08, 0.07 };
  PoScenarioProjection **projections[] = { &eight, &seven };

  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", i);

      g_ptr_array_add (accounts, po_scenario_account_new (id, START - 12, 29900, "operator"));
    }

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PoScenario) scenario = po_scenario_new (i == 0 ? "8 %" : "7 %", START, 36);
      double c = churns[i];

      po_scenario_set_churn (scenario, NULL, c);
      po_scenario_set_new_per_month (scenario, "operator", 3.0);
      *projections[i] = project (scenario, accounts);

      for (guint t = 1; t <= 36; t++)
        {
          double n = 10.0 * pow (1 - c, t) + 3.0 * (1.0 - pow (1 - c, t)) / c;

          assert_close (month (*projections[i], t)->accounts, n);
          assert_close (month (*projections[i], t)->mrr_cents, OPERATOR * n);
        }
      assert_close (month (*projections[i], 12)->nre, pow (1 - c, 12));
    }

  /* A point less churn: about 10 % more MRR after three years, heading
   * for 3/0.07 vs 3/0.08 accounts (+14.3 %). */
  g_assert_cmpfloat (month (seven, 36)->mrr_cents / month (eight, 36)->mrr_cents, >, 1.10);
  g_assert_cmpfloat (month (seven, 36)->mrr_cents / month (eight, 36)->mrr_cents, <, 8.0 / 7.0);
  for (guint t = 1; t <= 36; t++)
    g_assert_cmpfloat (month (seven, t)->mrr_cents, >, month (eight, t)->mrr_cents);
}

static void
test_invalid (void)
{
  g_autoptr(PoScenarioCatalog) catalog = make_catalog ();
  g_autoptr(PoScenario) scenario = po_scenario_new ("Bad", START, 12);
  g_autoptr(GError) error = NULL;
  g_autoptr(PoScenarioProjection) projection = NULL;

  add_step (scenario, PO_ACTION_UPGRADE, "platinum", 1, 2, 0.5);
  projection = po_scenario_project_exact (scenario, catalog, NULL, &error);
  g_assert_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_UNKNOWN_ITEM);
  g_assert_null (projection);
}

static void
test_json_output (void)
{
  g_autoptr(PoScenario) scenario = po_scenario_new ("Base", START, 12);
  g_autoptr(GPtrArray) accounts = one_account ("operator", 29900, 0);
  g_autoptr(PoScenarioProjection) projection = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *json = NULL;

  po_scenario_set_churn (scenario, NULL, 1.0 / 3.0);
  projection = project (scenario, accounts);
  node = po_scenario_projection_to_json_node (projection);
  json = json_to_string (node, FALSE);

  /* 29900 · 2/3 = 19933.33 cents; ARPA 29900; NRE null until 12. */
  g_assert_true (g_str_has_prefix (json, "{\"scenario\":\"Base\",\"months\":[{\"month\":1,\"mrr_cents\":19933,"));
  g_assert_nonnull (strstr (json, "\"arpa_cents\":29900,\"nre\":null}"));
  g_assert_nonnull (strstr (json, "{\"month\":12,\"mrr_cents\":230,"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/scenario/exact/no-steps", test_no_steps);
  g_test_add_func ("/core/scenario/exact/full-churn", test_full_churn);
  g_test_add_func ("/core/scenario/exact/one-step", test_one_step);
  g_test_add_func ("/core/scenario/exact/window-before-start", test_window_before_start);
  g_test_add_func ("/core/scenario/exact/entry-state", test_entry_state);
  g_test_add_func ("/core/scenario/exact/entry-between-tiers", test_entry_between_tiers);
  g_test_add_func ("/core/scenario/exact/path-stops", test_path_stops);
  g_test_add_func ("/core/scenario/exact/one-step-per-month", test_one_step_per_month);
  g_test_add_func ("/core/scenario/exact/churn-by-tier", test_churn_by_tier);
  g_test_add_func ("/core/scenario/exact/new-fractional", test_new_fractional);
  g_test_add_func ("/core/scenario/exact/new-follow-template", test_new_follow_template);
  g_test_add_func ("/core/scenario/exact/price-change", test_price_change);
  g_test_add_func ("/core/scenario/exact/price-change-before-start", test_price_change_announced_before_start);
  g_test_add_func ("/core/scenario/exact/nre", test_nre_tiny);
  g_test_add_func ("/core/scenario/exact/seed-003-churn-8-vs-7", test_seed_003);
  g_test_add_func ("/core/scenario/exact/invalid", test_invalid);
  g_test_add_func ("/core/scenario/exact/json", test_json_output);

  return g_test_run ();
}
