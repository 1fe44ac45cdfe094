/* po-dashboard-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-store.h"

G_BEGIN_DECLS

#define PO_TYPE_DASHBOARD_VIEW (po_dashboard_view_get_type ())

G_DECLARE_FINAL_TYPE (PoDashboardView, po_dashboard_view, PO, DASHBOARD_VIEW, AdwBin)

GtkWidget *po_dashboard_view_new       (void);
PoStore   *po_dashboard_view_get_store (PoDashboardView *self);
void       po_dashboard_view_set_store (PoDashboardView *self,
                                        PoStore         *store);
/* TRUE while the metrics are computed in the background. */
gboolean   po_dashboard_view_is_busy   (PoDashboardView *self);
/* The month shown. */
PoMonth    po_dashboard_view_get_month (PoDashboardView *self);

G_END_DECLS
