/* po-journey-canvas-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-journey-canvas.h"

G_BEGIN_DECLS

typedef enum
{
  DRAG_NONE,
  DRAG_PAN,
  DRAG_EMOTION,
} DragMode;

struct _PoJourneyCanvas
{
  GtkWidget               parent_instance;

  PoJourneyMap           *map;
  PoJourneyRenderOptions  options;
  PoJourneyLayout        *layout;
  double                  content_w;
  double                  content_h;

  gboolean                editable;
  gboolean                fill;
  gboolean                fit;        /* zoom follows the width */
  double                  zoom;
  double                  pan_x;      /* scrolled content, in widget pixels */
  double                  pan_y;
  double                  pointer_x;
  double                  pointer_y;

  DragMode                drag_mode;
  double                  drag_pan_x;
  double                  drag_pan_y;
  double                  drag_y;
  int                     drag_phase;
  double                  drag_top;   /* widget y of +2 and −2 */
  double                  drag_bottom;
  double                  drag_original;
  double                  drag_value;
  double                  pinch_zoom;

  GtkWidget              *editor;
  GtkTextView            *editor_view;
  GtkLabel               *editor_heading;
  PoJourneyHit            edit_hit;
  char                   *edit_original;

  GtkWidget              *menu;
  GMenuModel             *lane_menu;
  GMenuModel             *stage_menu;
};

void          _po_journey_canvas_invalidate    (PoJourneyCanvas         *self);
void          _po_journey_canvas_ensure_layout (PoJourneyCanvas         *self);
GdkRectangle  _po_journey_canvas_widget_rect   (PoJourneyCanvas         *self,
                                                const cairo_rectangle_t *r);
void          _po_journey_canvas_create_editor (PoJourneyCanvas         *self);
double        _po_journey_canvas_effective_zoom (PoJourneyCanvas      *self);
void          _po_journey_canvas_clamp_pan     (PoJourneyCanvas         *self);
void          _po_journey_canvas_zoom_at       (PoJourneyCanvas         *self,
                                                double                   zoom,
                                                double                   px,
                                                double                   py);
void          _po_journey_canvas_add_controllers (PoJourneyCanvas       *self);
void          _po_journey_canvas_emit_emotion  (PoJourneyCanvas         *self,
                                                int                      phase,
                                                double                   value);
void          _po_journey_canvas_emit_edited   (PoJourneyCanvas         *self,
                                                const PoJourneyHit      *hit,
                                                const char              *text);

G_END_DECLS
