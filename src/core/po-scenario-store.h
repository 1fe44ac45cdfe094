/* po-scenario-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-history.h"
#include "po-scenario.h"
#include "po-scenario-exact.h"
#include "po-store.h"

G_BEGIN_DECLS

/* The planner's bridge between the workspace and the scenario engine
 * (DESIGN.md § 6): scenarios read from and written to the `scenarios`,
 * `scenario_rates` and `scenario_steps` tables, the engine's catalog from
 * `catalog_items`, and the existing accounts of a start month from the
 * subscription lines and plan steps.
 *
 * Every function that writes takes a PoHistory (nullable): with one, the
 * write is one undoable user action; without, one plain transaction. */

/* One step of the seed's typical path (seed 000), with the trigger that
 * justifies it. */
typedef struct
{
  PoPlanAction  action;
  const char   *item;
  int           from_month;
  int           to_month;
  double        probability;
  const char   *trigger;        /* N_() marked */
} PoScenarioTemplateStep;

/* One upgrade-trigger definition: a step and the trigger that justifies
 * it, with the number of accounts whose plan uses it. */
typedef struct
{
  PoPlanAction  action;
  char         *item;
  char         *trigger;
  guint         n_accounts;
} PoScenarioTrigger;

void                          po_scenario_trigger_free        (PoScenarioTrigger        *trigger);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoScenarioTrigger, po_scenario_trigger_free)

const PoScenarioTemplateStep *po_scenario_template_path       (guint                    *n_steps);
void                          po_scenario_add_template_path   (PoScenario               *scenario);

/* Mutators the editor needs beyond po-scenario.h. */
PoScenario *po_scenario_edit_copy         (const PoScenario          *scenario,
                                           const char                *name,
                                           int                        start_month);
void        po_scenario_edit_unset_churn  (PoScenario                *scenario,
                                           const char                *tier);
void        po_scenario_edit_unset_new    (PoScenario                *scenario,
                                           const char                *tier);
void        po_scenario_edit_replace_step (PoScenario                *scenario,
                                           guint                      index,
                                           const PoScenarioPathStep  *step);
void        po_scenario_edit_remove_step  (PoScenario                *scenario,
                                           guint                      index);

/* Reading. */
PoScenario        *po_scenario_store_load              (PoStore            *store,
                                                        gint64              id,
                                                        GError            **error);
PoScenario        *po_scenario_store_load_by_name      (PoStore            *store,
                                                        const char         *name,
                                                        gint64             *id,
                                                        GError            **error);
PoScenarioCatalog *po_scenario_store_load_catalog      (PoStore            *store,
                                                        GError            **error);
GPtrArray         *po_scenario_store_load_accounts     (PoStore            *store,
                                                        int                 start_month,
                                                        GError            **error);
int                po_scenario_store_default_start_month (PoStore          *store);
PoScenario        *po_scenario_store_new_default       (PoStore            *store,
                                                        const char         *name);
char              *po_scenario_store_unique_name       (PoStore            *store,
                                                        const char         *base);
PoScenarioProjection *po_scenario_store_project        (PoStore            *store,
                                                        const PoScenario   *scenario,
                                                        GError            **error);

GPtrArray         *po_scenario_store_list_triggers     (PoStore            *store,
                                                        GError            **error);

/* Writing: each call is one user action. */
gboolean  po_scenario_store_save           (PoStore            *store,
                                            PoHistory          *history,
                                            gint64             *id,
                                            const PoScenario   *scenario,
                                            GError            **error);
gint64    po_scenario_store_duplicate      (PoStore            *store,
                                            PoHistory          *history,
                                            gint64              id,
                                            GError            **error);
gboolean  po_scenario_store_delete         (PoStore            *store,
                                            PoHistory          *history,
                                            gint64              id,
                                            GError            **error);
gboolean  po_scenario_store_save_plan      (PoStore            *store,
                                            PoHistory          *history,
                                            gint64              account_id,
                                            GPtrArray          *steps,
                                            GError            **error);
gboolean  po_scenario_store_rename_trigger (PoStore            *store,
                                            PoHistory          *history,
                                            const char         *item,
                                            const char         *old_trigger,
                                            const char         *new_trigger,
                                            GError            **error);
gboolean  po_scenario_store_apply_template (PoStore            *store,
                                            PoHistory          *history,
                                            gint64              account_id,
                                            GError            **error);

G_END_DECLS
