/* po-journey-canvas.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "po-journey-render.h"

G_BEGIN_DECLS

#define PO_TYPE_JOURNEY_CANVAS (po_journey_canvas_get_type ())

G_DECLARE_FINAL_TYPE (PoJourneyCanvas, po_journey_canvas, PO, JOURNEY_CANVAS, GtkWidget)

/* Draws a PoJourneyMap with po_journey_render_draw() and keeps its layout
 * for hit testing. As a document (the default) the map keeps its natural
 * size, fits the width at zoom 1 and pans and zooms (drag, scroll,
 * Ctrl+scroll, pinch, Ctrl+plus/minus/0). Filling, it is laid out to the
 * widget's size, the type as large as the render scale allows
 * (presentation mode).
 *
 * When editable, a click on a card, a lane title, a stage header or the
 * title opens an in-place editor; Enter emits ::edited once. Emotion points
 * drag vertically in steps of 0.5 and emit ::emotion-edited on release.
 * Clicking a lane title or a stage header with a menu model set shows that
 * menu instead, its actions targeted at the lane or stage index. */

GtkWidget                    *po_journey_canvas_new              (void);

PoJourneyMap                 *po_journey_canvas_get_map          (PoJourneyCanvas              *self);
void                          po_journey_canvas_set_map          (PoJourneyCanvas              *self,
                                                                  PoJourneyMap                 *map);
const PoJourneyRenderOptions *po_journey_canvas_get_options      (PoJourneyCanvas              *self);
void                          po_journey_canvas_set_options      (PoJourneyCanvas              *self,
                                                                  const PoJourneyRenderOptions *options);
gboolean                      po_journey_canvas_get_editable     (PoJourneyCanvas              *self);
void                          po_journey_canvas_set_editable     (PoJourneyCanvas              *self,
                                                                  gboolean                      editable);
gboolean                      po_journey_canvas_get_fill         (PoJourneyCanvas              *self);
void                          po_journey_canvas_set_fill         (PoJourneyCanvas              *self,
                                                                  gboolean                      fill);
/* Menus for lane titles and stage headers; their items' actions take the
 * index ("u") as target, filled in on click. */
void                          po_journey_canvas_set_header_menus (PoJourneyCanvas              *self,
                                                                  GMenuModel                   *lane_menu,
                                                                  GMenuModel                   *stage_menu);

double                        po_journey_canvas_get_zoom         (PoJourneyCanvas              *self);
void                          po_journey_canvas_set_zoom         (PoJourneyCanvas              *self,
                                                                  double                        zoom);
void                          po_journey_canvas_zoom_in          (PoJourneyCanvas              *self);
void                          po_journey_canvas_zoom_out         (PoJourneyCanvas              *self);
/* Back to fitting the width. */
void                          po_journey_canvas_zoom_reset       (PoJourneyCanvas              *self);

/* The layout of the last frame, NULL before the first. */
PoJourneyLayout              *po_journey_canvas_get_layout       (PoJourneyCanvas              *self);
/* Widget coordinates to and from the map's layout coordinates. */
void                          po_journey_canvas_widget_to_map    (PoJourneyCanvas              *self,
                                                                  double                        x,
                                                                  double                        y,
                                                                  double                       *map_x,
                                                                  double                       *map_y);
void                          po_journey_canvas_map_to_widget    (PoJourneyCanvas              *self,
                                                                  double                        map_x,
                                                                  double                        map_y,
                                                                  double                       *x,
                                                                  double                       *y);
gboolean                      po_journey_canvas_hit              (PoJourneyCanvas              *self,
                                                                  double                        x,
                                                                  double                        y,
                                                                  PoJourneyHit                 *hit);

/* What a click at (@x, @y) does: opens the editor or a menu. */
gboolean                      po_journey_canvas_activate_at      (PoJourneyCanvas              *self,
                                                                  double                        x,
                                                                  double                        y);
/* Opens the in-place editor for @hit (a cell, lane, phase or the title). */
gboolean                      po_journey_canvas_begin_edit       (PoJourneyCanvas              *self,
                                                                  const PoJourneyHit           *hit);
GtkTextBuffer                *po_journey_canvas_get_edit_buffer  (PoJourneyCanvas              *self);
/* What Enter does in the editor; what Escape does. */
void                          po_journey_canvas_commit_edit      (PoJourneyCanvas              *self);
void                          po_journey_canvas_cancel_edit      (PoJourneyCanvas              *self);

/* The pointer gestures, for tests and keyboard-free automation: a drag
 * from (@x, @y) by (@dx, @dy) in widget coordinates, as GtkGestureDrag
 * reports it. */
void                          po_journey_canvas_drag             (PoJourneyCanvas              *self,
                                                                  double                        x,
                                                                  double                        y,
                                                                  double                        dx,
                                                                  double                        dy);

G_END_DECLS
