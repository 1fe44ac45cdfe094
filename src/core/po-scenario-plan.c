/* po-scenario-plan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-scenario-plan"

#include "config.h"

#include "po-scenario-private.h"

#include <math.h>

/* Compiles a scenario into groups of identical accounts, each with its
 * path from its entry state on.  Both the exact projection and the Monte
 * Carlo run walk these groups, so they share one reading of § 6. */

static gint64
tier_price (const PoScenarioCatalog *catalog,
            const char              *tier)
{
  gint64 price = 0;

  if (tier != NULL)
    po_scenario_catalog_lookup (catalog, tier, NULL, &price);

  return price;
}

/* k0 = the 1-based position of the last upgrade step whose target tier
 * is not above the current tier (0 if none); steps before it count as
 * taken.  The account keeps its actual MRR; each later step adds its
 * delta.  The delta of an upgrade is measured from the tier the account
 * holds when it takes the step: the target of the latest upgrade it
 * took, else its current tier.  That is the tier before it on the path
 * whenever the account sits on a tier of the path (the case of § 6), and
 * stays right for an account between two path tiers.  An account without
 * a tier (%NULL) is below every tier and pays 0 for one. */
static PoScenarioPath *
compile_path (const PoScenario        *scenario,
              const PoScenarioCatalog *catalog,
              const GPtrArray         *steps,
              const char              *tier,
              double                   mrr_cents)
{
  PoScenarioPath *path;
  guint k0 = 0;

  for (guint j = 0; j < steps->len; j++)
    {
      const PoScenarioPathStep *step = g_ptr_array_index (steps, j);

      if (tier != NULL &&
          step->action == PO_ACTION_UPGRADE &&
          tier_price (catalog, step->item) <= tier_price (catalog, tier))
        k0 = j + 1;
    }

  path = g_malloc0 (sizeof (PoScenarioPath) +
                    (steps->len - k0 + 1) * sizeof (PoScenarioState));
  path->k0 = k0;
  path->n_states = steps->len - k0 + 1;

  for (guint i = 0; i < path->n_states; i++)
    {
      PoScenarioState *state = &path->states[i];
      guint k = k0 + i;

      state->base_mrr_cents = mrr_cents;
      state->churn = po_scenario_get_churn (scenario, tier);

      if (k < steps->len)
        {
          const PoScenarioPathStep *step = g_ptr_array_index (steps, k);
          double n = step->to_month - step->from_month + 1;

          state->from_month = step->from_month;
          state->to_month = step->to_month;
          state->hazard = 1.0 - pow (1.0 - step->probability, 1.0 / n);

          if (step->action == PO_ACTION_UPGRADE)
            {
              mrr_cents += (double) (tier_price (catalog, step->item) -
                                     tier_price (catalog, tier));
              tier = step->item;
            }
          else
            {
              gint64 price = 0;

              po_scenario_catalog_lookup (catalog, step->item, NULL, &price);
              mrr_cents += (double) price;
            }
        }
      else
        {
          state->from_month = 1;
          state->to_month = 0;
          state->hazard = 0.0;
        }
    }

  return path;
}

PoScenarioPlan *
_po_scenario_plan_new (const PoScenario        *scenario,
                       const PoScenarioCatalog *catalog,
                       GPtrArray               *accounts,
                       GError                 **error)
{
  g_autoptr(PoScenarioPlan) plan = NULL;
  gboolean has_announcement = FALSE;
  int announced = 0;

  if (!po_scenario_validate (scenario, catalog, accounts, error))
    return NULL;

  plan = g_new0 (PoScenarioPlan, 1);
  plan->start_month = scenario->start_month;
  plan->months = scenario->months;
  plan->paths = g_ptr_array_new_with_free_func (g_free);
  plan->groups = g_array_new (FALSE, TRUE, sizeof (PoScenarioGroup));

  if (scenario->has_price_change)
    {
      const PoScenarioPriceChange *pc = &scenario->price_change;

      plan->has_price_change = TRUE;
      plan->full_factor = 1.0 + pc->percent / 100.0;
      plan->effective_month = pc->effective_month;
      plan->prepay_share = pc->annual_prepay_share;
      has_announcement = TRUE;
      announced = pc->effective_month - (int) pc->notice_months;
    }

  for (guint i = 0; accounts != NULL && i < accounts->len; i++)
    {
      PoScenarioAccount *account = g_ptr_array_index (accounts, i);
      guint n_own = po_scenario_account_get_n_steps (account);
      g_autoptr(GPtrArray) own = g_ptr_array_new ();
      PoScenarioGroup group = { 0 };
      PoScenarioPath *path;

      for (guint j = 0; j < n_own; j++)
        g_ptr_array_add (own, (gpointer) po_scenario_account_get_step (account, j));

      path = compile_path (scenario, catalog, n_own > 0 ? own : scenario->path,
                           po_scenario_account_get_tier (account),
                           (double) po_scenario_account_get_mrr_cents (account));
      g_ptr_array_add (plan->paths, path);

      group.path = path;
      group.weight = 1.0;
      group.join = 0;
      group.signed_month = po_scenario_account_get_signed_month (account);
      /* Present at the end of the announcement month: it is present at
       * the start, so at any later announcement; for an announcement
       * before the start it must have signed by then. */
      group.prepay_eligible = has_announcement &&
                              (announced >= 0 ||
                               group.signed_month <= plan->start_month + announced);
      g_array_append_val (plan->groups, group);
    }

  for (guint i = 0; i < scenario->new_per_month->len; i++)
    {
      const PoScenarioRateEntry *rate = &g_array_index (scenario->new_per_month, PoScenarioRateEntry, i);
      PoScenarioPath *path;

      if (rate->value <= 0.0)
        continue;

      path = compile_path (scenario, catalog, scenario->path, rate->code,
                           (double) tier_price (catalog, rate->code));
      g_ptr_array_add (plan->paths, path);

      for (guint t = 1; t <= plan->months; t++)
        {
          PoScenarioGroup group = { 0 };

          group.path = path;
          group.weight = rate->value;
          group.join = t;
          group.signed_month = plan->start_month + (int) t;
          group.prepay_eligible = has_announcement && (int) t <= announced;
          g_array_append_val (plan->groups, group);
        }
    }

  return g_steal_pointer (&plan);
}

void
_po_scenario_plan_free (PoScenarioPlan *plan)
{
  if (plan == NULL)
    return;

  g_clear_pointer (&plan->paths, g_ptr_array_unref);
  g_clear_pointer (&plan->groups, g_array_unref);
  g_free (plan);
}

/* The price factor of month t.  From effective_month on, MRR is
 * multiplied by 1 + percent/100; an account present at the end of the
 * announcement month that prepaid annually keeps the old prices for the
 * 12 months effective_month .. effective_month + 11.  @prepay_share is
 * the probability that it prepaid: the scenario's share for expected
 * values, 0 or 1 for one simulated account. */
double
_po_scenario_plan_factor (const PoScenarioPlan *plan,
                          gboolean              prepay_eligible,
                          double                prepay_share,
                          guint                 t)
{
  if (!plan->has_price_change || (int) t < plan->effective_month)
    return 1.0;

  if (prepay_eligible && (int) t <= plan->effective_month + 11)
    return (1.0 - prepay_share) * plan->full_factor + prepay_share;

  return plan->full_factor;
}
