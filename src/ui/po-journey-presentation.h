/* po-journey-presentation.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-journey-canvas.h"

G_BEGIN_DECLS

#define PO_TYPE_JOURNEY_PRESENTATION (po_journey_presentation_get_type ())

G_DECLARE_FINAL_TYPE (PoJourneyPresentation, po_journey_presentation, PO, JOURNEY_PRESENTATION, AdwWindow)

/* A journey map full screen for a room: large type, one stage after the
 * other highlighted with its overlay figures. Right, Down, Page Down and
 * Space step forward, Left, Up, Page Up and BackSpace back, Home shows the
 * whole map, Escape leaves. */

GtkWidget       *po_journey_presentation_new        (GtkWindow             *parent,
                                                     PoJourneyMap          *map);
PoJourneyCanvas *po_journey_presentation_get_canvas (PoJourneyPresentation *self);
/* The highlighted stage, -1 for the whole map. */
int              po_journey_presentation_get_phase  (PoJourneyPresentation *self);
void             po_journey_presentation_set_phase  (PoJourneyPresentation *self,
                                                     int                    phase);
/* The window's key handler; returns TRUE when it used the key. */
gboolean         po_journey_presentation_handle_key (PoJourneyPresentation *self,
                                                     guint                  keyval,
                                                     GdkModifierType        state);

G_END_DECLS
