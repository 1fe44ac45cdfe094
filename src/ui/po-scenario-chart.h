/* po-scenario-chart.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "po-scenario-exact.h"
#include "po-scenario-monte-carlo.h"

G_BEGIN_DECLS

#define PO_TYPE_SCENARIO_CHART (po_scenario_chart_get_type ())

G_DECLARE_FINAL_TYPE (PoScenarioChart, po_scenario_chart, PO, SCENARIO_CHART, GtkWidget)

GtkWidget                  *po_scenario_chart_new             (void);
void                        po_scenario_chart_set_currency    (PoScenarioChart            *self,
                                                               const char                 *currency);
void                        po_scenario_chart_clear           (PoScenarioChart            *self);
void                        po_scenario_chart_add             (PoScenarioChart            *self,
                                                               PoScenarioProjection       *projection,
                                                               int                         start_month);
void                        po_scenario_chart_set_bands       (PoScenarioChart            *self,
                                                               PoScenarioBands            *bands,
                                                               guint                       index);
guint                       po_scenario_chart_get_n_scenarios (PoScenarioChart            *self);
PoScenarioProjection       *po_scenario_chart_get_projection  (PoScenarioChart            *self,
                                                               guint                       index);
char                       *po_scenario_chart_describe        (PoScenarioChart            *self);

G_END_DECLS
