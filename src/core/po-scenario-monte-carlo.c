/* po-scenario-monte-carlo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-scenario-monte-carlo"

#include "config.h"

#include "po-scenario-monte-carlo.h"

#include <math.h>
#include <stdlib.h>

#include "po-scenario-private.h"

/* A seeded Monte Carlo run of the chain of po-scenario-exact.c: every
 * account is simulated one by one, month by month, with the same order of
 * events (churn, then at most one step, then the new accounts join).
 * Where the exact projection takes an expectation, a run draws:
 *  - a group of new accounts with a fractional expected count c joins
 *    with ⌊c⌋ accounts plus one more with probability c − ⌊c⌋ (so an
 *    integer count is exact and the mean is c);
 *  - an account present at the end of the announcement month prepaid
 *    annually with probability annual_prepay_share, drawn once.
 * The draws come from one GRand seeded with @seed in a fixed order, so
 * the same seed gives identical bands. */

struct _PoScenarioBands
{
  guint           n_months;
  guint           runs;
  guint32         seed;
  PoScenarioBand  months[];
};

G_DEFINE_BOXED_TYPE (PoScenarioBands, po_scenario_bands,
                     po_scenario_bands_ref, po_scenario_bands_unref)

/* @values: the run totals of month t, at values[(t - 1) * runs + r] */
static void
simulate_account (const PoScenarioPlan  *plan,
                  const PoScenarioGroup *group,
                  GRand                 *rand,
                  guint                  runs,
                  guint                  run,
                  double                *mrr,
                  double                *accounts)
{
  const PoScenarioPath *path = group->path;
  double prepaid = 0.0;
  guint i = 0;

  if (group->prepay_eligible &&
      g_rand_double (rand) < plan->prepay_share)
    prepaid = 1.0;

  if (group->join > 0)
    {
      gsize at = (gsize) (group->join - 1) * runs + run;

      mrr[at] += path->states[0].base_mrr_cents *
                 _po_scenario_plan_factor (plan, group->prepay_eligible, prepaid, group->join);
      accounts[at] += 1.0;
    }

  for (guint t = group->join + 1; t <= plan->months; t++)
    {
      const PoScenarioState *state = &path->states[i];
      int age = _po_scenario_group_age (plan, group, t);
      gsize at = (gsize) (t - 1) * runs + run;

      if (state->churn > 0.0 && g_rand_double (rand) < state->churn)
        break;

      if (i + 1 < path->n_states &&
          state->hazard > 0.0 &&
          _po_scenario_state_in_window (state, age) &&
          g_rand_double (rand) < state->hazard)
        i++;

      mrr[at] += path->states[i].base_mrr_cents *
                 _po_scenario_plan_factor (plan, group->prepay_eligible, prepaid, t);
      accounts[at] += 1.0;
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Quantile of sorted values, linear between order statistics
 * (position (n − 1) · q). */
static double
quantile (const double *sorted,
          guint         n,
          double        q)
{
  double pos = (n - 1) * q;
  guint lo = (guint) floor (pos);
  double frac = pos - lo;

  if (lo + 1 >= n)
    return sorted[n - 1];

  return sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
}

static void
summarize (double *values,
           guint   runs,
           double *mean,
           double *stddev,
           double *p10,
           double *p50,
           double *p90)
{
  double sum = 0.0;
  double squares = 0.0;

  for (guint r = 0; r < runs; r++)
    sum += values[r];
  *mean = sum / runs;

  for (guint r = 0; r < runs; r++)
    squares += (values[r] - *mean) * (values[r] - *mean);
  *stddev = runs > 1 ? sqrt (squares / (runs - 1)) : 0.0;

  qsort (values, runs, sizeof (double), compare_doubles);
  *p10 = quantile (values, runs, 0.1);
  *p50 = quantile (values, runs, 0.5);
  *p90 = quantile (values, runs, 0.9);
}

/**
 * po_scenario_run_monte_carlo:
 * @accounts: (element-type PoScenarioAccount) (nullable): the accounts
 *   active at the end of the start month
 * @runs: number of simulated runs, at least 1
 * @seed: seed of the random generator
 *
 * Returns: (transfer full): per month the mean, standard deviation and
 *   10/50/90 % bands of MRR and accounts over @runs runs, or %NULL with
 *   @error set (invalid scenario, cancelled).
 */
PoScenarioBands *
po_scenario_run_monte_carlo (const PoScenario        *scenario,
                             const PoScenarioCatalog *catalog,
                             GPtrArray               *accounts,
                             guint                    runs,
                             guint32                  seed,
                             GCancellable            *cancellable,
                             GError                 **error)
{
  g_autoptr(PoScenarioPlan) plan = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autofree double *mrr = NULL;
  g_autofree double *alive = NULL;
  PoScenarioBands *self;

  g_return_val_if_fail (scenario != NULL, NULL);
  g_return_val_if_fail (catalog != NULL, NULL);
  g_return_val_if_fail (runs >= 1, NULL);

  if (!(plan = _po_scenario_plan_new (scenario, catalog, accounts, error)))
    return NULL;

  rand = g_rand_new_with_seed (seed);
  mrr = g_new0 (double, (gsize) plan->months * runs);
  alive = g_new0 (double, (gsize) plan->months * runs);

  for (guint r = 0; r < runs; r++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      for (guint g = 0; g < plan->groups->len; g++)
        {
          const PoScenarioGroup *group = &g_array_index (plan->groups, PoScenarioGroup, g);
          guint count = (guint) floor (group->weight);

          if (group->weight - count > 0.0 &&
              g_rand_double (rand) < group->weight - count)
            count++;

          for (guint a = 0; a < count; a++)
            simulate_account (plan, group, rand, runs, r, mrr, alive);
        }
    }

  self = g_atomic_rc_box_alloc0 (sizeof (PoScenarioBands) +
                                 plan->months * sizeof (PoScenarioBand));
  self->n_months = plan->months;
  self->runs = runs;
  self->seed = seed;

  for (guint t = 1; t <= plan->months; t++)
    {
      PoScenarioBand *band = &self->months[t - 1];
      gsize at = (gsize) (t - 1) * runs;

      band->month = t;
      summarize (&mrr[at], runs, &band->mrr_mean, &band->mrr_stddev,
                 &band->mrr_p10, &band->mrr_p50, &band->mrr_p90);
      summarize (&alive[at], runs, &band->accounts_mean, &band->accounts_stddev,
                 &band->accounts_p10, &band->accounts_p50, &band->accounts_p90);
    }

  return self;
}

PoScenarioBands *
po_scenario_bands_ref (PoScenarioBands *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
po_scenario_bands_unref (PoScenarioBands *self)
{
  g_atomic_rc_box_release (self);
}

guint
po_scenario_bands_get_n_months (const PoScenarioBands *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_months;
}

guint
po_scenario_bands_get_runs (const PoScenarioBands *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->runs;
}

guint32
po_scenario_bands_get_seed (const PoScenarioBands *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->seed;
}

/* @month: t, 1..n_months */
const PoScenarioBand *
po_scenario_bands_get_month (const PoScenarioBands *self,
                             guint                  month)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (month >= 1 && month <= self->n_months, NULL);

  return &self->months[month - 1];
}
