/* po-journey-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-store.h"

G_BEGIN_DECLS

#define PO_TYPE_JOURNEY_VIEW (po_journey_view_get_type ())

G_DECLARE_FINAL_TYPE (PoJourneyView, po_journey_view, PO, JOURNEY_VIEW, AdwBin)

GtkWidget *po_journey_view_new       (void);
PoStore   *po_journey_view_get_store (PoJourneyView *self);
void       po_journey_view_set_store (PoJourneyView *self,
                                      PoStore *store);

G_END_DECLS
