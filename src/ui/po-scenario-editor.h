/* po-scenario-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-history.h"
#include "po-store.h"

G_BEGIN_DECLS

#define PO_TYPE_SCENARIO_EDITOR (po_scenario_editor_get_type ())

G_DECLARE_FINAL_TYPE (PoScenarioEditor, po_scenario_editor, PO, SCENARIO_EDITOR, AdwBin)

GtkWidget *po_scenario_editor_new             (void);
void       po_scenario_editor_set_store       (PoScenarioEditor *self,
                                               PoStore          *store);
void       po_scenario_editor_set_history     (PoScenarioEditor *self,
                                               PoHistory        *history);
void       po_scenario_editor_set_scenario_id (PoScenarioEditor *self,
                                               gint64            id);
gint64     po_scenario_editor_get_scenario_id (PoScenarioEditor *self);

G_END_DECLS
