/* po-journey-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-history.h"
#include "po-store.h"

G_BEGIN_DECLS

#define PO_TYPE_JOURNEY_VIEW (po_journey_view_get_type ())

G_DECLARE_FINAL_TYPE (PoJourneyView, po_journey_view, PO, JOURNEY_VIEW, AdwBin)

/* The journey map page: a map chooser, the editable map with its live
 * overlay, filters, undo and redo, export and presentation mode. Edits go
 * through the history (the window's, or the view's own when none is set). */

GtkWidget *po_journey_view_new         (void);
PoStore   *po_journey_view_get_store   (PoJourneyView *self);
void       po_journey_view_set_store   (PoJourneyView *self,
                                        PoStore       *store);
PoHistory *po_journey_view_get_history (PoJourneyView *self);
void       po_journey_view_set_history (PoJourneyView *self,
                                        PoHistory     *history);

/* The map shown, by journey_maps id (0: none stored). */
gint64     po_journey_view_get_map_id  (PoJourneyView *self);
void       po_journey_view_select_map  (PoJourneyView *self,
                                        gint64         map_id);
/* The canvas (a PoJourneyCanvas). */
GtkWidget *po_journey_view_get_canvas  (PoJourneyView *self);
/* Opens presentation mode; returns its window. */
GtkWidget *po_journey_view_present     (PoJourneyView *self);
/* Writes the map shown, overlay included; @paper is "a4", "a3" or NULL. */
gboolean   po_journey_view_export      (PoJourneyView *self,
                                        const char    *path,
                                        const char    *paper,
                                        GError       **error);

G_END_DECLS
