/* po-journey-canvas-input.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pointer input on the journey canvas: pan by dragging or scrolling, zoom
 * with Ctrl+scroll or a pinch, drag emotion points, click to edit.
 */

#define G_LOG_DOMAIN "po-journey-canvas"

#include "config.h"

#include "po-journey-canvas-private.h"

#include <math.h>

#define ZOOM_STEP   1.2
#define WHEEL_STEP  48.0


static void
drag_begin (PoJourneyCanvas *self,
            double           x,
            double           y)
{
  PoJourneyHit hit;

  self->drag_mode = DRAG_PAN;
  self->drag_pan_x = self->pan_x;
  self->drag_pan_y = self->pan_y;
  self->drag_y = y;

  if (self->editable && po_journey_canvas_hit (self, x, y, &hit) &&
      hit.kind == PO_JOURNEY_HIT_EMOTION_POINT)
    {
      double original = po_journey_map_get_emotion (self->map, hit.phase);
      double px, top, bottom, unused;

      /* The curve's scale, measured: lay the point out at +2 and −2. */
      po_journey_map_set_emotion (self->map, hit.phase, PO_JOURNEY_EMOTION_MAX);
      _po_journey_canvas_invalidate (self);
      _po_journey_canvas_ensure_layout (self);
      po_journey_layout_get_emotion_point (self->layout, hit.phase, &px, &top);
      po_journey_map_set_emotion (self->map, hit.phase, PO_JOURNEY_EMOTION_MIN);
      _po_journey_canvas_invalidate (self);
      _po_journey_canvas_ensure_layout (self);
      po_journey_layout_get_emotion_point (self->layout, hit.phase, &px, &bottom);
      po_journey_map_set_emotion (self->map, hit.phase, original);
      _po_journey_canvas_invalidate (self);

      po_journey_canvas_map_to_widget (self, px, top, &unused, &self->drag_top);
      po_journey_canvas_map_to_widget (self, px, bottom, &unused, &self->drag_bottom);
      self->drag_mode = DRAG_EMOTION;
      self->drag_phase = hit.phase;
      self->drag_original = original;
      self->drag_value = original;
    }
}

static void
drag_update (PoJourneyCanvas *self,
             double           dx,
             double           dy)
{
  if (self->drag_mode == DRAG_EMOTION)
    {
      double span = self->drag_bottom - self->drag_top;
      double value;

      if (span <= 0)
        return;
      value = PO_JOURNEY_EMOTION_MAX - (PO_JOURNEY_EMOTION_MAX - PO_JOURNEY_EMOTION_MIN) *
              (self->drag_y + dy - self->drag_top) / span;
      value = CLAMP (round (value * 2) / 2, PO_JOURNEY_EMOTION_MIN, PO_JOURNEY_EMOTION_MAX);
      if (value != self->drag_value)
        {
          self->drag_value = value;
          po_journey_map_set_emotion (self->map, self->drag_phase, value);
          _po_journey_canvas_invalidate (self);
        }
    }
  else if (self->drag_mode == DRAG_PAN)
    {
      self->pan_x = self->drag_pan_x - dx;
      self->pan_y = self->drag_pan_y - dy;
      _po_journey_canvas_clamp_pan (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
drag_end (PoJourneyCanvas *self)
{
  DragMode mode = self->drag_mode;

  self->drag_mode = DRAG_NONE;
  if (mode == DRAG_EMOTION && self->drag_value != self->drag_original &&
      !(isnan (self->drag_value) && isnan (self->drag_original)))
    _po_journey_canvas_emit_emotion (self, self->drag_phase, self->drag_value);
}

void
po_journey_canvas_drag (PoJourneyCanvas *self,
                        double           x,
                        double           y,
                        double           dx,
                        double           dy)
{
  g_return_if_fail (PO_IS_JOURNEY_CANVAS (self));

  drag_begin (self, x, y);
  drag_update (self, dx / 2, dy / 2);
  drag_update (self, dx, dy);
  drag_end (self);
}

static void
on_drag_begin (GtkGestureDrag  *gesture,
               double           x,
               double           y,
               PoJourneyCanvas *self)
{
  drag_begin (self, x, y);
  if (self->drag_mode == DRAG_PAN)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
}

static void
on_drag_update (GtkGestureDrag  *gesture,
                double           dx,
                double           dy,
                PoJourneyCanvas *self)
{
  drag_update (self, dx, dy);
}

static void
on_drag_end (GtkGestureDrag  *gesture,
             double           dx,
             double           dy,
             PoJourneyCanvas *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  drag_end (self);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   PoJourneyCanvas *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press == 1)
    po_journey_canvas_activate_at (self, x, y);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           PoJourneyCanvas          *self)
{
  PoJourneyHit hit;
  const char *cursor = NULL;

  self->pointer_x = x;
  self->pointer_y = y;
  if (self->drag_mode != DRAG_NONE)
    return;

  if (self->editable && po_journey_canvas_hit (self, x, y, &hit))
    {
      if (hit.kind == PO_JOURNEY_HIT_EMOTION_POINT)
        cursor = "ns-resize";
      else if (hit.kind == PO_JOURNEY_HIT_CELL || hit.kind == PO_JOURNEY_HIT_LANE ||
               hit.kind == PO_JOURNEY_HIT_PHASE || hit.kind == PO_JOURNEY_HIT_TITLE)
        cursor = "pointer";
    }
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor);
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           PoJourneyCanvas          *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;

  if (self->fill)
    return FALSE;

  if (state & GDK_CONTROL_MASK)
    {
      _po_journey_canvas_zoom_at (self, _po_journey_canvas_effective_zoom (self) * pow (wheel ? ZOOM_STEP : 1.01, -dy),
               self->pointer_x, self->pointer_y);
      return TRUE;
    }

  if (state & GDK_SHIFT_MASK && dx == 0)
    {
      dx = dy;
      dy = 0;
    }
  self->pan_x += dx * (wheel ? WHEEL_STEP : 1);
  self->pan_y += dy * (wheel ? WHEEL_STEP : 1);
  _po_journey_canvas_clamp_pan (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static void
on_pinch_begin (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                PoJourneyCanvas  *self)
{
  self->pinch_zoom = _po_journey_canvas_effective_zoom (self);
}

static void
on_pinch_scale (GtkGestureZoom  *gesture,
                double           scale,
                PoJourneyCanvas *self)
{
  double x, y;

  if (self->fill)
    return;
  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }
  _po_journey_canvas_zoom_at (self, self->pinch_zoom * scale, x, y);
}

void
_po_journey_canvas_add_controllers (PoJourneyCanvas *self)
{
  GtkGesture *drag, *click, *pinch;
  GtkEventController *scroll, *motion;

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  pinch = gtk_gesture_zoom_new ();
  g_signal_connect (pinch, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (on_pinch_scale), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pinch));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
}
