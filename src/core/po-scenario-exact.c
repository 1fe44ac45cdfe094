/* po-scenario-exact.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-scenario-exact"

#include "config.h"

#include "po-scenario-exact.h"

#include <string.h>

#include "po-scenario-private.h"

/* The exact expectation of § 6 by dynamic programming.
 *
 * Accounts never interact, so expectations add up over accounts, and the
 * accounts of one starting tier joining in the same month behave alike:
 * each group (see po-scenario-plan.c) is walked alone.  For a group we
 * keep p[i], the expected number of its accounts alive in state k0 + i
 * at the end of the current month (mass, not probability: a group of new
 * accounts starts with its expected count).  One month, for every state:
 * the survivors are p[i] · (1 − churn of the state's tier); if the age
 * lies in the window of the next step, a share `hazard` of them moves on
 * to i + 1, the rest stays.  Reading only the previous month's p gives at
 * most one step per month; a state whose window has passed keeps its
 * mass for good, which is the path stopping there.  The group's expected
 * MRR is Σ p[i] · base MRR of state i, times the month's price factor
 * (itself an expectation over the annual prepay share).
 *
 * NRE at t ≥ 12 needs, for the cohort present at the end of t − 12, its
 * expected MRR at t.  An account present at t − 12 is exactly one that
 * joined at or before t − 12 (the start, t = 0, for existing accounts):
 * accounts join once and never return, and a churned one adds 0 at t.
 * So the cohort is a union of whole groups, known by their join month,
 * and its expected MRR at t is the sum of those groups' expected MRR at
 * t, collected while each group is walked: numerator[t] += its MRR at t
 * whenever join ≤ t − 12.  The denominator, the cohort's expected MRR at
 * t − 12, is all expected MRR at t − 12 (everyone present then belongs
 * to it).  NRE = numerator / denominator, undefined when that is 0. */

struct _PoScenarioProjection
{
  char            *name;
  guint            n_months;
  double           start_mrr_cents;
  double           start_accounts;
  PoScenarioMonth  months[];
};

G_DEFINE_BOXED_TYPE (PoScenarioProjection, po_scenario_projection,
                     po_scenario_projection_ref, po_scenario_projection_unref)

static void
walk_group (const PoScenarioPlan  *plan,
            const PoScenarioGroup *group,
            double                *mrr,
            double                *accounts,
            double                *cohort_mrr)
{
  const PoScenarioPath *path = group->path;
  g_autofree double *p = g_new0 (double, path->n_states);
  g_autofree double *q = g_new0 (double, path->n_states);

  p[0] = group->weight;
  accounts[group->join] += group->weight;
  mrr[group->join] += group->weight * path->states[0].base_mrr_cents *
                      _po_scenario_plan_factor (plan, group->prepay_eligible,
                                                plan->prepay_share, group->join);

  for (guint t = group->join + 1; t <= plan->months; t++)
    {
      int age = _po_scenario_group_age (plan, group, t);
      double alive = 0.0;
      double base = 0.0;
      double m;

      memset (q, 0, path->n_states * sizeof (double));

      for (guint i = 0; i < path->n_states; i++)
        {
          const PoScenarioState *state = &path->states[i];
          double survivors = p[i] * (1.0 - state->churn);

          if (i + 1 < path->n_states && _po_scenario_state_in_window (state, age))
            {
              q[i + 1] += survivors * state->hazard;
              q[i] += survivors * (1.0 - state->hazard);
            }
          else
            {
              q[i] += survivors;
            }
        }

      for (guint i = 0; i < path->n_states; i++)
        {
          p[i] = q[i];
          alive += p[i];
          base += p[i] * path->states[i].base_mrr_cents;
        }

      m = base * _po_scenario_plan_factor (plan, group->prepay_eligible,
                                           plan->prepay_share, t);
      accounts[t] += alive;
      mrr[t] += m;
      if (t >= group->join + 12)
        cohort_mrr[t] += m;
    }
}

/**
 * po_scenario_project_exact:
 * @accounts: (element-type PoScenarioAccount) (nullable): the accounts
 *   active at the end of the start month
 *
 * Returns: (transfer full): expected MRR, accounts, ARPA and NRE for
 *   months 1..months of @scenario, or %NULL with @error set when the
 *   scenario does not validate against @catalog.
 */
PoScenarioProjection *
po_scenario_project_exact (const PoScenario        *scenario,
                           const PoScenarioCatalog *catalog,
                           GPtrArray               *accounts,
                           GError                 **error)
{
  g_autoptr(PoScenarioPlan) plan = NULL;
  g_autofree double *mrr = NULL;
  g_autofree double *alive = NULL;
  g_autofree double *cohort_mrr = NULL;
  PoScenarioProjection *self;

  g_return_val_if_fail (scenario != NULL, NULL);
  g_return_val_if_fail (catalog != NULL, NULL);

  if (!(plan = _po_scenario_plan_new (scenario, catalog, accounts, error)))
    return NULL;

  mrr = g_new0 (double, plan->months + 1);
  alive = g_new0 (double, plan->months + 1);
  cohort_mrr = g_new0 (double, plan->months + 1);

  for (guint g = 0; g < plan->groups->len; g++)
    walk_group (plan, &g_array_index (plan->groups, PoScenarioGroup, g),
                mrr, alive, cohort_mrr);

  self = g_atomic_rc_box_alloc0 (sizeof (PoScenarioProjection) +
                                 plan->months * sizeof (PoScenarioMonth));
  self->name = g_strdup (po_scenario_get_name (scenario));
  self->n_months = plan->months;
  self->start_mrr_cents = mrr[0];
  self->start_accounts = alive[0];

  for (guint t = 1; t <= plan->months; t++)
    {
      PoScenarioMonth *month = &self->months[t - 1];

      month->month = t;
      month->mrr_cents = mrr[t];
      month->accounts = alive[t];
      month->has_arpa = alive[t] > 0.0;
      month->arpa_cents = month->has_arpa ? mrr[t] / alive[t] : 0.0;
      month->has_nre = t >= 12 && mrr[t - 12] > 0.0;
      month->nre = month->has_nre ? cohort_mrr[t] / mrr[t - 12] : 0.0;
    }

  return self;
}

PoScenarioProjection *
po_scenario_projection_ref (PoScenarioProjection *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
projection_clear (gpointer data)
{
  PoScenarioProjection *self = data;

  g_clear_pointer (&self->name, g_free);
}

void
po_scenario_projection_unref (PoScenarioProjection *self)
{
  g_atomic_rc_box_release_full (self, projection_clear);
}

const char *
po_scenario_projection_get_name (const PoScenarioProjection *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

guint
po_scenario_projection_get_n_months (const PoScenarioProjection *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_months;
}

/* @month: t, 1..n_months */
const PoScenarioMonth *
po_scenario_projection_get_month (const PoScenarioProjection *self,
                                  guint                       month)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (month >= 1 && month <= self->n_months, NULL);

  return &self->months[month - 1];
}

/* The MRR at the end of the start month (t = 0). */
double
po_scenario_projection_get_start_mrr_cents (const PoScenarioProjection *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->start_mrr_cents;
}

double
po_scenario_projection_get_start_accounts (const PoScenarioProjection *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->start_accounts;
}

/* `{"scenario","months":[{"month","mrr_cents","accounts","arpa_cents","nre"}]}`
 * of `peak-one-cli plan --format json` (§ 8): cents rounded half up,
 * expected accounts and NRE as numbers, null where undefined. */
JsonNode *
po_scenario_projection_to_json_node (const PoScenarioProjection *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "scenario");
  json_builder_add_string_value (builder, self->name);
  json_builder_set_member_name (builder, "months");
  json_builder_begin_array (builder);

  for (guint i = 0; i < self->n_months; i++)
    {
      const PoScenarioMonth *month = &self->months[i];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "month");
      json_builder_add_int_value (builder, month->month);
      json_builder_set_member_name (builder, "mrr_cents");
      json_builder_add_int_value (builder, po_scenario_round_cents (month->mrr_cents));
      json_builder_set_member_name (builder, "accounts");
      json_builder_add_double_value (builder, month->accounts);
      json_builder_set_member_name (builder, "arpa_cents");
      if (month->has_arpa)
        json_builder_add_int_value (builder, po_scenario_round_cents (month->arpa_cents));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "nre");
      if (month->has_nre)
        json_builder_add_double_value (builder, month->nre);
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
