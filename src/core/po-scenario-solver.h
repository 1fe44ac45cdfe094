/* po-scenario-solver.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-scenario.h"
#include "po-scenario-exact.h"

G_BEGIN_DECLS

/* "What would it take": levers solved for an NRE target (seed 000:
 * NRE > 120 %), and where a projection crosses that line. */

#define PO_SCENARIO_NRE_TARGET 1.20

typedef struct _PoScenarioCrossing
{
  guint    month;     /* the first month t on the new side of the line */
  gboolean upward;    /* TRUE: from below the target to at or above it */
} PoScenarioCrossing;

gboolean  po_scenario_solve_uniform_churn        (const PoScenario           *scenario,
                                                  const PoScenarioCatalog    *catalog,
                                                  GPtrArray                  *accounts,
                                                  guint                       month,
                                                  double                      target_nre,
                                                  double                     *churn,
                                                  GError                    **error);
GArray   *po_scenario_projection_nre_crossings   (const PoScenarioProjection *projection,
                                                  double                      target_nre);
guint     po_scenario_projection_first_nre_month (const PoScenarioProjection *projection,
                                                  double                      target_nre);

G_END_DECLS
