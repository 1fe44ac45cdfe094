/* po-planner-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-history.h"
#include "po-store.h"

G_BEGIN_DECLS

#define PO_TYPE_PLANNER_VIEW (po_planner_view_get_type ())

G_DECLARE_FINAL_TYPE (PoPlannerView, po_planner_view, PO, PLANNER_VIEW, AdwBin)

GtkWidget *po_planner_view_new       (void);
PoStore   *po_planner_view_get_store (PoPlannerView *self);
void       po_planner_view_set_store   (PoPlannerView *self,
                                        PoStore       *store);
PoHistory *po_planner_view_get_history (PoPlannerView *self);
void       po_planner_view_set_history (PoPlannerView *self,
                                        PoHistory     *history);

G_END_DECLS
