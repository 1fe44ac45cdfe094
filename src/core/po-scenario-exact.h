/* po-scenario-exact.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-scenario.h"

G_BEGIN_DECLS

/* Expected values of scenario month t.  Undefined figures (ARPA with no
 * expected account, NRE before month 12 or of an empty cohort) have
 * has_arpa / has_nre unset; they are JSON null. */
typedef struct _PoScenarioMonth
{
  guint    month;          /* t = 1..months */
  double   mrr_cents;
  double   accounts;
  double   arpa_cents;
  double   nre;            /* a fraction: 1.2 = 120 % */
  gboolean has_arpa;
  gboolean has_nre;
} PoScenarioMonth;

typedef struct _PoScenarioProjection PoScenarioProjection;

#define PO_TYPE_SCENARIO_PROJECTION (po_scenario_projection_get_type ())

GType                  po_scenario_projection_get_type            (void) G_GNUC_CONST;
PoScenarioProjection  *po_scenario_project_exact                  (const PoScenario           *scenario,
                                                                   const PoScenarioCatalog    *catalog,
                                                                   GPtrArray                  *accounts,
                                                                   GError                    **error);
PoScenarioProjection  *po_scenario_projection_ref                 (PoScenarioProjection       *self);
void                   po_scenario_projection_unref               (PoScenarioProjection       *self);
const char            *po_scenario_projection_get_name            (const PoScenarioProjection *self);
guint                  po_scenario_projection_get_n_months        (const PoScenarioProjection *self);
const PoScenarioMonth *po_scenario_projection_get_month           (const PoScenarioProjection *self,
                                                                   guint                       month);
double                 po_scenario_projection_get_start_mrr_cents (const PoScenarioProjection *self);
double                 po_scenario_projection_get_start_accounts  (const PoScenarioProjection *self);
JsonNode              *po_scenario_projection_to_json_node        (const PoScenarioProjection *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoScenarioProjection, po_scenario_projection_unref)

G_END_DECLS
