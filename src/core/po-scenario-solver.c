/* po-scenario-solver.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-scenario-solver"

#include "config.h"

#include "po-scenario-solver.h"

#include <glib/gi18n-lib.h>

/* Bisection stops when the bracket is this narrow (well below the
 * 1e-6 a user could read off a percentage with decimals). */
#define CHURN_TOLERANCE 1e-12

static gboolean
nre_at (const PoScenario        *scenario,
        const PoScenarioCatalog *catalog,
        GPtrArray               *accounts,
        guint                    month,
        double                  *nre,
        GError                 **error)
{
  g_autoptr(PoScenarioProjection) projection = NULL;
  const PoScenarioMonth *m;

  if (!(projection = po_scenario_project_exact (scenario, catalog, accounts, error)))
    return FALSE;

  m = po_scenario_projection_get_month (projection, month);
  if (!m->has_nre)
    {
      g_set_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_NO_SOLUTION,
                   _("NRE is undefined in month %u: nothing to retain"), month);
      return FALSE;
    }

  *nre = m->nre;
  return TRUE;
}

/**
 * po_scenario_solve_uniform_churn:
 * @month: the scenario month t (12..months) whose NRE must hold
 * @target_nre: e.g. %PO_SCENARIO_NRE_TARGET
 * @churn: (out): the highest uniform monthly churn keeping NRE ≥ target
 *
 * Replaces the churn rates of @scenario by one rate for every tier and
 * finds by bisection the highest at which NRE in @month stays at or
 * above @target_nre.
 *
 * With one rate c for every tier, survival no longer depends on the
 * path, so each group's expected MRR is (1 − c)^age times its MRR given
 * survival: NRE is (1 − c)^12 times a ratio that only moves through the
 * weights of the join months, and falls with c from its value at 0 to 0
 * at c = 1.  Bisection keeps the bracket [lo, hi] with NRE(lo) ≥ target
 * and NRE(hi) < target.
 *
 * Returns: %FALSE with %PO_SCENARIO_ERROR_NO_SOLUTION when even no churn
 *   misses the target or NRE is undefined in @month.
 */
gboolean
po_scenario_solve_uniform_churn (const PoScenario        *scenario,
                                 const PoScenarioCatalog *catalog,
                                 GPtrArray               *accounts,
                                 guint                    month,
                                 double                   target_nre,
                                 double                  *churn,
                                 GError                 **error)
{
  g_autoptr(PoScenario) trial = NULL;
  double lo = 0.0;
  double hi = 1.0;
  double nre;

  g_return_val_if_fail (scenario != NULL, FALSE);
  g_return_val_if_fail (catalog != NULL, FALSE);
  g_return_val_if_fail (churn != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (month < 12 || month > po_scenario_get_months (scenario))
    {
      g_set_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID,
                   _("NRE is defined from month 12 to the last month of the scenario, not in month %u"),
                   month);
      return FALSE;
    }

  /* Later months cannot change NRE at @month. */
  trial = po_scenario_copy (scenario);
  po_scenario_set_months (trial, month);

  po_scenario_set_uniform_churn (trial, lo);
  if (!nre_at (trial, catalog, accounts, month, &nre, error))
    return FALSE;
  if (nre < target_nre)
    {
      g_set_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_NO_SOLUTION,
                   _("Even without churn NRE stays at %.1f %% in month %u, below the target of %.1f %%"),
                   nre * 100.0, month, target_nre * 100.0);
      return FALSE;
    }

  po_scenario_set_uniform_churn (trial, hi);
  if (!nre_at (trial, catalog, accounts, month, &nre, error))
    return FALSE;
  if (nre >= target_nre)
    {
      *churn = hi;
      return TRUE;
    }

  while (hi - lo > CHURN_TOLERANCE)
    {
      double mid = lo + (hi - lo) / 2.0;

      po_scenario_set_uniform_churn (trial, mid);
      if (!nre_at (trial, catalog, accounts, month, &nre, error))
        return FALSE;

      if (nre >= target_nre)
        lo = mid;
      else
        hi = mid;
    }

  *churn = lo;
  return TRUE;
}

/**
 * po_scenario_projection_nre_crossings:
 *
 * Returns: (transfer full) (element-type PoScenarioCrossing): the months
 *   where NRE moves to the other side of @target_nre (at or above it
 *   counts as above), compared with the month before; both months must
 *   have an NRE, so the first possible crossing is month 13.
 */
GArray *
po_scenario_projection_nre_crossings (const PoScenarioProjection *projection,
                                      double                      target_nre)
{
  GArray *crossings = g_array_new (FALSE, TRUE, sizeof (PoScenarioCrossing));
  guint n_months;

  g_return_val_if_fail (projection != NULL, crossings);

  n_months = po_scenario_projection_get_n_months (projection);

  for (guint t = 13; t <= n_months; t++)
    {
      const PoScenarioMonth *before = po_scenario_projection_get_month (projection, t - 1);
      const PoScenarioMonth *now = po_scenario_projection_get_month (projection, t);
      gboolean was_above;
      gboolean is_above;

      if (!before->has_nre || !now->has_nre)
        continue;

      was_above = before->nre >= target_nre;
      is_above = now->nre >= target_nre;

      if (was_above != is_above)
        {
          PoScenarioCrossing crossing = { t, is_above };

          g_array_append_val (crossings, crossing);
        }
    }

  return crossings;
}

/* Returns: the first month whose NRE is at or above @target_nre, 0 if none. */
guint
po_scenario_projection_first_nre_month (const PoScenarioProjection *projection,
                                        double                      target_nre)
{
  g_return_val_if_fail (projection != NULL, 0);

  for (guint t = 12; t <= po_scenario_projection_get_n_months (projection); t++)
    {
      const PoScenarioMonth *month = po_scenario_projection_get_month (projection, t);

      if (month->has_nre && month->nre >= target_nre)
        return t;
    }

  return 0;
}
