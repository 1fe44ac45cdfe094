/* test-scenario-monte-carlo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "po-scenario-exact.h"
#include "po-scenario-monte-carlo.h"

#define START 24322       /* 2026-11 */
#define RUNS  10000

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

/* Everything at once: tier churn, a three-step path, accounts before,
 * inside and past its windows, one with its own plan, fractional new
 * accounts and a price change with prepay. */
static PoScenario *
make_busy_scenario (GPtrArray **accounts)
{
  PoScenario *scenario = po_scenario_new ("Busy", START, 24);
  PoScenarioPriceChange change = { 8.0, 10, 3, 0.4 };
  g_autoptr(PoScenarioPathStep) own = po_scenario_path_step_new (PO_ACTION_ADD, "entity", 0, 40, 0.9);
  PoScenarioAccount *planned;

  po_scenario_set_churn (scenario, NULL, 0.02);
  po_scenario_set_churn (scenario, "operator", 0.05);
  po_scenario_set_new_per_month (scenario, "operator", 1.5);
  add_step (scenario, PO_ACTION_UPGRADE, "manager", 3, 8, 0.6);
  add_step (scenario, PO_ACTION_ADD, "entity", 4, 12, 0.5);
  add_step (scenario, PO_ACTION_UPGRADE, "executive", 10, 20, 0.4);
  po_scenario_set_price_change (scenario, &change);

  *accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) po_scenario_account_unref);
  g_ptr_array_add (*accounts, po_scenario_account_new ("young", START - 1, 29900, "operator"));
  g_ptr_array_add (*accounts, po_scenario_account_new ("mid", START - 6, 29900, "operator"));
  g_ptr_array_add (*accounts, po_scenario_account_new ("grown", START - 9, 99900, "manager"));
  g_ptr_array_add (*accounts, po_scenario_account_new ("old", START - 30, 29900, "operator"));
  planned = po_scenario_account_new ("planned", START - 2, 249900, "executive");
  po_scenario_account_add_step (planned, own);
  g_ptr_array_add (*accounts, planned);

  return scenario;
}

/* The mean of 10,000 runs lies within 4 standard errors (estimated
 * from the runs themselves) of the exact expectation, every month.  Four
 * rather than three because 48 figures are checked at once; a wrong
 * rule (hazard, prepay, order of churn and step) misses by far more. */
static void
test_mean_matches_exact (void)
{
  g_autoptr(PoScenarioCatalog) catalog = make_catalog ();
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(PoScenario) scenario = make_busy_scenario (&accounts);
  g_autoptr(PoScenarioProjection) exact = NULL;
  g_autoptr(PoScenarioBands) bands = NULL;
  g_autoptr(GError) error = NULL;

  exact = po_scenario_project_exact (scenario, catalog, accounts, &error);
  g_assert_no_error (error);
  bands = po_scenario_run_monte_carlo (scenario, catalog, accounts, RUNS, 3, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (po_scenario_bands_get_n_months (bands), ==, 24);
  g_assert_cmpuint (po_scenario_bands_get_runs (bands), ==, RUNS);
  g_assert_cmpuint (po_scenario_bands_get_seed (bands), ==, 3);

  for (guint t = 1; t <= 24; t++)
    {
      const PoScenarioMonth *m = po_scenario_projection_get_month (exact, t);
      const PoScenarioBand *b = po_scenario_bands_get_month (bands, t);
      double se_mrr = b->mrr_stddev / sqrt (RUNS);
      double se_accounts = b->accounts_stddev / sqrt (RUNS);

      g_assert_cmpuint (b->month, ==, t);
      g_assert_cmpfloat (se_mrr, >, 0.0);
      g_assert_cmpfloat (fabs (b->mrr_mean - m->mrr_cents), <=, 4.0 * se_mrr);
      g_assert_cmpfloat (fabs (b->accounts_mean - m->accounts), <=, 4.0 * se_accounts);

      g_assert_cmpfloat (b->mrr_p10, <=, b->mrr_p50);
      g_assert_cmpfloat (b->mrr_p50, <=, b->mrr_p90);
      g_assert_cmpfloat (b->accounts_p10, <=, b->accounts_p50);
      g_assert_cmpfloat (b->accounts_p50, <=, b->accounts_p90);
      g_assert_cmpfloat (b->mrr_p10, <, b->mrr_p90);
    }

  /* The standard error must be small enough to make that check sharp:
   * well under 1 % of MRR. */
  {
    const PoScenarioBand *b = po_scenario_bands_get_month (bands, 24);

    g_assert_cmpfloat (b->mrr_stddev / sqrt (RUNS), <, 0.01 * b->mrr_mean);
  }
}

/* With no churn, no path and a whole number of new accounts nothing is
 * random: every band is the exact value. */
static void
test_deterministic (void)
{
  g_autoptr(PoScenarioCatalog) catalog = make_catalog ();
  g_autoptr(PoScenario) scenario = po_scenario_new ("Flat", START, 12);
  g_autoptr(PoScenarioBands) bands = NULL;
  g_autoptr(GError) error = NULL;

  po_scenario_set_new_per_month (scenario, "manager", 2.0);
  bands = po_scenario_run_monte_carlo (scenario, catalog, NULL, 50, 1, NULL, &error);
  g_assert_no_error (error);

  for (guint t = 1; t <= 12; t++)
    {
      const PoScenarioBand *b = po_scenario_bands_get_month (bands, t);

      g_assert_cmpfloat (b->accounts_mean, ==, 2.0 * t);
      g_assert_cmpfloat (b->accounts_p10, ==, 2.0 * t);
      g_assert_cmpfloat (b->accounts_p90, ==, 2.0 * t);
      g_assert_cmpfloat (b->accounts_stddev, ==, 0.0);
      g_assert_cmpfloat (b->mrr_p50, ==, 99900.0 * 2.0 * t);
    }
}

/* One account, 50 % churn in month 1: half the runs keep it, so the
 * 10 % band is 0 and the 90 % band is its MRR. */
static void
test_quantiles (void)
{
  g_autoptr(PoScenarioCatalog) catalog = make_catalog ();
  g_autoptr(PoScenario) scenario = po_scenario_new ("Coin", START, 1);
  g_autoptr(GPtrArray) accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) po_scenario_account_unref);
  g_autoptr(PoScenarioBands) bands = NULL;
  g_autoptr(GError) error = NULL;
  const PoScenarioBand *b;

  po_scenario_set_churn (scenario, NULL, 0.5);
  g_ptr_array_add (accounts, po_scenario_account_new ("a", START - 3, 29900, "operator"));
  bands = po_scenario_run_monte_carlo (scenario, catalog, accounts, 1000, 7, NULL, &error);
  g_assert_no_error (error);

  b = po_scenario_bands_get_month (bands, 1);
  g_assert_cmpfloat (b->accounts_p10, ==, 0.0);
  g_assert_cmpfloat (b->accounts_p90, ==, 1.0);
  g_assert_cmpfloat (b->mrr_p90, ==, 29900.0);
  g_assert_cmpfloat (fabs (b->accounts_mean - 0.5), <=, 4.0 * b->accounts_stddev / sqrt (1000));
}

static gboolean
bands_equal (const PoScenarioBands *a,
             const PoScenarioBands *b)
{
  if (po_scenario_bands_get_n_months (a) != po_scenario_bands_get_n_months (b))
    return FALSE;

  for (guint t = 1; t <= po_scenario_bands_get_n_months (a); t++)
    if (memcmp (po_scenario_bands_get_month (a, t), po_scenario_bands_get_month (b, t),
                sizeof (PoScenarioBand)) != 0)
      return FALSE;

  return TRUE;
}

static void
test_same_seed (void)
{
  g_autoptr(PoScenarioCatalog) catalog = make_catalog ();
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(PoScenario) scenario = make_busy_scenario (&accounts);
  g_autoptr(PoScenarioBands) first = NULL;
  g_autoptr(PoScenarioBands) second = NULL;
  g_autoptr(PoScenarioBands) other = NULL;
  g_autoptr(GError) error = NULL;

  first = po_scenario_run_monte_carlo (scenario, catalog, accounts, 500, 42, NULL, &error);
  g_assert_no_error (error);
  second = po_scenario_run_monte_carlo (scenario, catalog, accounts, 500, 42, NULL, &error);
  g_assert_no_error (error);
  other = po_scenario_run_monte_carlo (scenario, catalog, accounts, 500, 43, NULL, &error);
  g_assert_no_error (error);

  g_assert_true (bands_equal (first, second));
  g_assert_false (bands_equal (first, other));
}

static void
test_cancelled (void)
{
  g_autoptr(PoScenarioCatalog) catalog = make_catalog ();
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(PoScenario) scenario = make_busy_scenario (&accounts);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(PoScenarioBands) bands = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  bands = po_scenario_run_monte_carlo (scenario, catalog, accounts, 100, 1, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (bands);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/scenario/monte-carlo/mean-matches-exact", test_mean_matches_exact);
  g_test_add_func ("/core/scenario/monte-carlo/deterministic", test_deterministic);
  g_test_add_func ("/core/scenario/monte-carlo/quantiles", test_quantiles);
  g_test_add_func ("/core/scenario/monte-carlo/same-seed", test_same_seed);
  g_test_add_func ("/core/scenario/monte-carlo/cancelled", test_cancelled);

  return g_test_run ();
}
