/* test-scenario-solver.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "po-scenario-solver.h"

#define START 24322       /* 2026-11 */

static PoScenarioCatalog *
make_catalog (void)
{
  PoScenarioCatalog *catalog = po_scenario_catalog_new ();

  po_scenario_catalog_add (catalog, "operator", PO_ITEM_TIER, 29900);
  po_scenario_catalog_add (catalog, "manager", PO_ITEM_TIER, 99900);
  po_scenario_catalog_add (catalog, "executive", PO_ITEM_TIER, 249900);
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

static double
nre_with_churn (const PoScenario        *scenario,
                const PoScenarioCatalog *catalog,
                GPtrArray               *accounts,
                guint                    t,
                double                   churn)
{
  g_autoptr(PoScenario) copy = po_scenario_copy (scenario);
  g_autoptr(PoScenarioProjection) projection = NULL;
  g_autoptr(GError) error = NULL;
  const PoScenarioMonth *month;

  po_scenario_set_uniform_churn (copy, churn);
  projection = po_scenario_project_exact (copy, catalog, accounts, &error);
  g_assert_no_error (error);
  month = po_scenario_projection_get_month (projection, t);
  g_assert_true (month->has_nre);

  return month->nre;
}

/* One Operator account aged 6 upgrading in ages 7–10 with P = 0.5:
 * NRE(12) = (1 − c)^12 · 64900 / 29900, so NRE = 1.2 at
 * c = 1 − (1.2 · 29900 / 64900)^(1/12) ≈ 4.82 %. */
static void
test_uniform_churn_by_hand (void)
{
  g_autoptr(PoScenarioCatalog) catalog = make_catalog ();
  g_autoptr(PoScenario) scenario = po_scenario_new ("Grow", START, 24);
  g_autoptr(GPtrArray) accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) po_scenario_account_unref);
  g_autoptr(GError) error = NULL;
  double expected = 1.0 - pow (1.2 * 29900.0 / 64900.0, 1.0 / 12.0);
  double churn = -1.0;

  g_ptr_array_add (accounts, po_scenario_account_new ("a", START - 6, 29900, "operator"));
  po_scenario_set_churn (scenario, "operator", 0.1);
  add_step (scenario, PO_ACTION_UPGRADE, "manager", 7, 10, 0.5);

  g_assert_true (po_scenario_solve_uniform_churn (scenario, catalog, accounts, 12,
                                                  PO_SCENARIO_NRE_TARGET, &churn, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (expected, 0.0482, 1e-4);
  g_assert_cmpfloat_with_epsilon (churn, expected, 1e-6);
  g_assert_cmpfloat_with_epsilon (nre_with_churn (scenario, catalog, accounts, 12, churn), 1.2, 1e-6);

  /* The scenario itself is left alone. */
  g_assert_cmpfloat (po_scenario_get_churn (scenario, "operator"), ==, 0.1);
  g_assert_cmpuint (po_scenario_get_months (scenario), ==, 24);
}

/* A busier portfolio at month 24 (no closed form): NRE at the found
 * churn is 1.2, just above it it falls below. */
static void
test_uniform_churn_portfolio (void)
{
  g_autoptr(PoScenarioCatalog) catalog = make_catalog ();
  g_autoptr(PoScenario) scenario = po_scenario_new ("Portfolio", START, 36);
  g_autoptr(GPtrArray) accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) po_scenario_account_unref);
  g_autoptr(GError) error = NULL;
  double churn = -1.0;

  g_ptr_array_add (accounts, po_scenario_account_new ("a", START - 2, 29900, "operator"));
  g_ptr_array_add (accounts, po_scenario_account_new ("b", START - 8, 99900, "manager"));
  g_ptr_array_add (accounts, po_scenario_account_new ("c", START - 1, 29900, "operator"));
  po_scenario_set_new_per_month (scenario, "operator", 2.0);
  add_step (scenario, PO_ACTION_UPGRADE, "manager", 3, 12, 0.7);
  add_step (scenario, PO_ACTION_ADD, "entity", 6, 18, 0.5);
  add_step (scenario, PO_ACTION_UPGRADE, "executive", 12, 30, 0.5);

  g_assert_true (po_scenario_solve_uniform_churn (scenario, catalog, accounts, 24,
                                                  PO_SCENARIO_NRE_TARGET, &churn, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (churn, >, 0.0);
  g_assert_cmpfloat (churn, <, 1.0);
  g_assert_cmpfloat_with_epsilon (nre_with_churn (scenario, catalog, accounts, 24, churn), 1.2, 1e-6);
  g_assert_cmpfloat (nre_with_churn (scenario, catalog, accounts, 24, churn), >=, 1.2);
  g_assert_cmpfloat (nre_with_churn (scenario, catalog, accounts, 24, churn + 1e-6), <, 1.2);
}

static void
test_no_solution (void)
{
  g_autoptr(PoScenarioCatalog) catalog = make_catalog ();
  g_autoptr(PoScenario) scenario = po_scenario_new ("Flat", START, 24);
  g_autoptr(GPtrArray) accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) po_scenario_account_unref);
  g_autoptr(GError) error = NULL;
  double churn = -1.0;

  g_ptr_array_add (accounts, po_scenario_account_new ("a", START - 6, 29900, "operator"));

  /* Without expansion NRE is at most 100 %. */
  g_assert_false (po_scenario_solve_uniform_churn (scenario, catalog, accounts, 12,
                                                   PO_SCENARIO_NRE_TARGET, &churn, &error));
  g_assert_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_NO_SOLUTION);
  g_clear_error (&error);

  /* NRE is undefined before month 12. */
  g_assert_false (po_scenario_solve_uniform_churn (scenario, catalog, accounts, 11,
                                                   PO_SCENARIO_NRE_TARGET, &churn, &error));
  g_assert_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID);
  g_clear_error (&error);

  /* Nothing to retain. */
  g_assert_false (po_scenario_solve_uniform_churn (scenario, catalog, NULL, 12,
                                                   PO_SCENARIO_NRE_TARGET, &churn, &error));
  g_assert_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_NO_SOLUTION);
  g_assert_cmpfloat (churn, ==, -1.0);
}

/* An account upgrading for sure at age 13 (month 13): NRE is 1 at 12,
 * 99900/29900 from 13 to 24, and back to 1 from 25 on. */
static void
test_crossings (void)
{
  g_autoptr(PoScenarioCatalog) catalog = make_catalog ();
  g_autoptr(PoScenario) scenario = po_scenario_new ("Jump", START, 36);
  g_autoptr(GPtrArray) accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) po_scenario_account_unref);
  g_autoptr(PoScenarioProjection) projection = NULL;
  g_autoptr(GArray) crossings = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (accounts, po_scenario_account_new ("a", START, 29900, "operator"));
  add_step (scenario, PO_ACTION_UPGRADE, "manager", 13, 16, 1.0);
  projection = po_scenario_project_exact (scenario, catalog, accounts, &error);
  g_assert_no_error (error);

  g_assert_cmpfloat (po_scenario_projection_get_month (projection, 12)->nre, ==, 1.0);
  g_assert_cmpfloat_with_epsilon (po_scenario_projection_get_month (projection, 13)->nre,
                                  99900.0 / 29900.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (po_scenario_projection_get_month (projection, 25)->nre, 1.0, 1e-12);

  crossings = po_scenario_projection_nre_crossings (projection, PO_SCENARIO_NRE_TARGET);
  g_assert_cmpuint (crossings->len, ==, 2);
  g_assert_cmpuint (g_array_index (crossings, PoScenarioCrossing, 0).month, ==, 13);
  g_assert_true (g_array_index (crossings, PoScenarioCrossing, 0).upward);
  g_assert_cmpuint (g_array_index (crossings, PoScenarioCrossing, 1).month, ==, 25);
  g_assert_false (g_array_index (crossings, PoScenarioCrossing, 1).upward);

  g_assert_cmpuint (po_scenario_projection_first_nre_month (projection, PO_SCENARIO_NRE_TARGET), ==, 13);
  g_assert_cmpuint (po_scenario_projection_first_nre_month (projection, 1.0), ==, 12);
  g_assert_cmpuint (po_scenario_projection_first_nre_month (projection, 4.0), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/scenario/solver/uniform-churn", test_uniform_churn_by_hand);
  g_test_add_func ("/core/scenario/solver/uniform-churn-portfolio", test_uniform_churn_portfolio);
  g_test_add_func ("/core/scenario/solver/no-solution", test_no_solution);
  g_test_add_func ("/core/scenario/solver/nre-crossings", test_crossings);

  return g_test_run ();
}
