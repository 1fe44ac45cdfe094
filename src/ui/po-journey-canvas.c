/* po-journey-canvas.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-journey-canvas"

#include "config.h"

#include "po-journey-canvas.h"

#include <glib/gi18n.h>
#include <math.h>

#include "po-journey-figures.h"

#define MIN_ZOOM    0.25
#define MAX_ZOOM    4.0
#define MAX_FIT     1.35
#define ZOOM_STEP   1.2
#define WHEEL_STEP  48.0

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

G_DEFINE_FINAL_TYPE (PoJourneyCanvas, po_journey_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EDITABLE,
  PROP_FILL,
  PROP_ZOOM,
  N_PROPS
};

enum {
  EDITED,
  EMOTION_EDITED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Geometry */

static void
invalidate (PoJourneyCanvas *self)
{
  g_clear_pointer (&self->layout, po_journey_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ensure_layout (PoJourneyCanvas *self)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));
  double cw, ch;

  if (self->map == NULL || w <= 0 || h <= 0)
    return;

  if (self->fill)
    {
      cw = w;
      ch = h;
    }
  else
    po_journey_render_natural_size (self->map, &self->options, &cw, &ch);

  if (self->layout != NULL && cw == self->content_w && ch == self->content_h)
    return;

  g_clear_pointer (&self->layout, po_journey_layout_free);
  self->content_w = cw;
  self->content_h = ch;
  self->layout = po_journey_layout_new (self->map, &self->options, cw, ch);
}

static double
effective_zoom (PoJourneyCanvas *self)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));

  if (self->fill)
    return 1.0;
  if (self->fit && self->content_w > 0 && w > 0)
    return CLAMP (w / self->content_w, MIN_ZOOM, MAX_FIT);
  return self->zoom;
}

static void
clamp_pan (PoJourneyCanvas *self)
{
  double z = effective_zoom (self);
  double max_x = self->content_w * z - gtk_widget_get_width (GTK_WIDGET (self));
  double max_y = self->content_h * z - gtk_widget_get_height (GTK_WIDGET (self));

  self->pan_x = CLAMP (self->pan_x, 0, MAX (0, max_x));
  self->pan_y = CLAMP (self->pan_y, 0, MAX (0, max_y));
}

/* Where the map's origin lies in the widget: centred across when narrower,
 * at the top when shorter, else scrolled. */
static void
get_origin (PoJourneyCanvas *self,
            double          *ox,
            double          *oy)
{
  double z = effective_zoom (self);
  double sw = self->content_w * z;
  double w = gtk_widget_get_width (GTK_WIDGET (self));

  *ox = sw <= w ? (w - sw) / 2 : -self->pan_x;
  *oy = -self->pan_y;
}

void
po_journey_canvas_widget_to_map (PoJourneyCanvas *self,
                                 double           x,
                                 double           y,
                                 double          *map_x,
                                 double          *map_y)
{
  double ox, oy, z;

  g_return_if_fail (PO_IS_JOURNEY_CANVAS (self));

  ensure_layout (self);
  get_origin (self, &ox, &oy);
  z = effective_zoom (self);
  *map_x = (x - ox) / z;
  *map_y = (y - oy) / z;
}

void
po_journey_canvas_map_to_widget (PoJourneyCanvas *self,
                                 double           map_x,
                                 double           map_y,
                                 double          *x,
                                 double          *y)
{
  double ox, oy, z;

  g_return_if_fail (PO_IS_JOURNEY_CANVAS (self));

  ensure_layout (self);
  get_origin (self, &ox, &oy);
  z = effective_zoom (self);
  *x = ox + map_x * z;
  *y = oy + map_y * z;
}

static GdkRectangle
widget_rect (PoJourneyCanvas         *self,
             const cairo_rectangle_t *r)
{
  double x0, y0, x1, y1;
  GdkRectangle out;

  po_journey_canvas_map_to_widget (self, r->x, r->y, &x0, &y0);
  po_journey_canvas_map_to_widget (self, r->x + r->width, r->y + r->height, &x1, &y1);
  out.x = floor (x0);
  out.y = floor (y0);
  out.width = MAX (1, ceil (x1) - out.x);
  out.height = MAX (1, ceil (y1) - out.y);
  return out;
}

gboolean
po_journey_canvas_hit (PoJourneyCanvas *self,
                       double           x,
                       double           y,
                       PoJourneyHit    *hit)
{
  double mx, my;

  g_return_val_if_fail (PO_IS_JOURNEY_CANVAS (self), FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  po_journey_canvas_widget_to_map (self, x, y, &mx, &my);
  if (self->layout == NULL)
    {
      *hit = (PoJourneyHit) { PO_JOURNEY_HIT_NONE, -1, -1, -1 };
      return FALSE;
    }
  return po_journey_render_hit (self->layout, mx, my, hit);
}

static void
zoom_at (PoJourneyCanvas *self,
         double           zoom,
         double           px,
         double           py)
{
  double ox, oy, old = effective_zoom (self), cx, cy;

  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  get_origin (self, &ox, &oy);
  cx = (px - ox) / old;
  cy = (py - oy) / old;

  self->fit = FALSE;
  self->zoom = zoom;
  self->pan_x = cx * zoom - px;
  self->pan_y = cy * zoom - py;
  clamp_pan (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

/* Editing */

static const char *
hit_text (PoJourneyCanvas    *self,
          const PoJourneyHit *hit)
{
  switch (hit->kind)
    {
    case PO_JOURNEY_HIT_CELL:
      return po_journey_map_get_cell (self->map, hit->lane, hit->phase);
    case PO_JOURNEY_HIT_LANE:
      return po_journey_map_get_lane (self->map, hit->lane)->title;
    case PO_JOURNEY_HIT_PHASE:
    case PO_JOURNEY_HIT_BADGE:
      return po_journey_map_get_phase (self->map, hit->phase)->title;
    case PO_JOURNEY_HIT_TITLE:
      return po_journey_map_get_title (self->map);
    case PO_JOURNEY_HIT_NONE:
    case PO_JOURNEY_HIT_PERSONA:
    case PO_JOURNEY_HIT_EMOTION_POINT:
    default:
      return NULL;
    }
}

static gboolean
hit_rect (PoJourneyCanvas    *self,
          const PoJourneyHit *hit,
          cairo_rectangle_t  *rect)
{
  switch (hit->kind)
    {
    case PO_JOURNEY_HIT_CELL:
      return po_journey_layout_get_cell_rect (self->layout, hit->lane, hit->phase, rect);
    case PO_JOURNEY_HIT_LANE:
      return po_journey_layout_get_lane_rect (self->layout, hit->lane, rect);
    case PO_JOURNEY_HIT_PHASE:
    case PO_JOURNEY_HIT_BADGE:
      return po_journey_layout_get_phase_rect (self->layout, hit->phase, rect);
    case PO_JOURNEY_HIT_TITLE:
      {
        double w, h;

        po_journey_layout_get_size (self->layout, &w, &h);
        *rect = (cairo_rectangle_t) { 0, 0, w, 60 * po_journey_layout_get_unit (self->layout) };
        return TRUE;
      }
    case PO_JOURNEY_HIT_NONE:
    case PO_JOURNEY_HIT_PERSONA:
    case PO_JOURNEY_HIT_EMOTION_POINT:
    default:
      return FALSE;
    }
}

static char *
edit_heading (PoJourneyCanvas    *self,
              const PoJourneyHit *hit)
{
  switch (hit->kind)
    {
    case PO_JOURNEY_HIT_CELL:
      /* TRANSLATORS: the card editor's heading: "lane · stage" */
      return g_strdup_printf (_("%s · %s"), po_journey_map_get_lane (self->map, hit->lane)->title,
                              po_journey_map_get_phase (self->map, hit->phase)->title);
    case PO_JOURNEY_HIT_LANE:
      return g_strdup (_("Lane name"));
    case PO_JOURNEY_HIT_PHASE:
    case PO_JOURNEY_HIT_BADGE:
      return g_strdup (_("Stage name"));
    case PO_JOURNEY_HIT_TITLE:
      return g_strdup (_("Map title"));
    case PO_JOURNEY_HIT_NONE:
    case PO_JOURNEY_HIT_PERSONA:
    case PO_JOURNEY_HIT_EMOTION_POINT:
    default:
      return NULL;
    }
}

gboolean
po_journey_canvas_begin_edit (PoJourneyCanvas    *self,
                              const PoJourneyHit *hit)
{
  g_autofree char *heading = NULL;
  cairo_rectangle_t rect;
  GdkRectangle area;
  const char *text;

  g_return_val_if_fail (PO_IS_JOURNEY_CANVAS (self), FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  ensure_layout (self);
  if (!self->editable || self->map == NULL || self->layout == NULL)
    return FALSE;
  if (hit->kind == PO_JOURNEY_HIT_CELL &&
      po_journey_map_get_lane (self->map, hit->lane)->kind != PO_JOURNEY_LANE_TEXT)
    return FALSE;
  if ((heading = edit_heading (self, hit)) == NULL || !hit_rect (self, hit, &rect))
    return FALSE;

  text = hit_text (self, hit);
  self->edit_hit = *hit;
  g_free (self->edit_original);
  self->edit_original = g_strdup (text != NULL ? text : "");
  gtk_label_set_label (self->editor_heading, heading);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->editor_view), self->edit_original, -1);

  area = widget_rect (self, &rect);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->editor), &area);
  gtk_popover_popup (GTK_POPOVER (self->editor));
  gtk_widget_grab_focus (GTK_WIDGET (self->editor_view));
  return TRUE;
}

GtkTextBuffer *
po_journey_canvas_get_edit_buffer (PoJourneyCanvas *self)
{
  g_return_val_if_fail (PO_IS_JOURNEY_CANVAS (self), NULL);

  return gtk_text_view_get_buffer (self->editor_view);
}

void
po_journey_canvas_commit_edit (PoJourneyCanvas *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  PoJourneyHit hit;

  g_return_if_fail (PO_IS_JOURNEY_CANVAS (self));

  if (self->edit_original == NULL)
    return;

  buffer = gtk_text_view_get_buffer (self->editor_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  hit = self->edit_hit;

  /* A name cannot be empty; a card can. */
  if (hit.kind != PO_JOURNEY_HIT_CELL && text[0] == '\0')
    {
      po_journey_canvas_cancel_edit (self);
      return;
    }

  if (!g_str_equal (text, self->edit_original))
    {
      g_clear_pointer (&self->edit_original, g_free);
      gtk_popover_popdown (GTK_POPOVER (self->editor));
      g_signal_emit (self, signals[EDITED], 0, hit.kind, hit.lane, hit.phase, text);
      return;
    }
  po_journey_canvas_cancel_edit (self);
}

void
po_journey_canvas_cancel_edit (PoJourneyCanvas *self)
{
  g_return_if_fail (PO_IS_JOURNEY_CANVAS (self));

  g_clear_pointer (&self->edit_original, g_free);
  gtk_popover_popdown (GTK_POPOVER (self->editor));
}

static gboolean
on_editor_key (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               PoJourneyCanvas       *self)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) &&
      !(state & GDK_SHIFT_MASK))
    {
      po_journey_canvas_commit_edit (self);
      return TRUE;
    }
  if (keyval == GDK_KEY_Escape)
    {
      po_journey_canvas_cancel_edit (self);
      return TRUE;
    }
  return FALSE;
}

static void
create_editor (PoJourneyCanvas *self)
{
  GtkWidget *box, *scroller, *hint;
  GtkEventController *keys;

  self->editor = gtk_popover_new ();
  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
  gtk_widget_add_css_class (self->editor, "po-journey-editor");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  self->editor_heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->editor_heading, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->editor_heading), "heading");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->editor_heading));

  self->editor_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->editor_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (self->editor_view, 6);
  gtk_text_view_set_bottom_margin (self->editor_view, 6);
  gtk_text_view_set_left_margin (self->editor_view, 6);
  gtk_text_view_set_right_margin (self->editor_view, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Card text"), -1);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_editor_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->editor_view), keys);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scroller), 300);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 110);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->editor_view));
  gtk_widget_add_css_class (scroller, "card");
  gtk_box_append (GTK_BOX (box), scroller);

  hint = gtk_label_new (_("Enter saves · Shift+Enter starts a new line · Esc cancels"));
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_widget_add_css_class (hint, "caption");
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (box), hint);

  gtk_popover_set_child (GTK_POPOVER (self->editor), box);
}

/* A copy of @model whose items target @index. */
static GMenuModel *
retarget_menu (GMenuModel *model,
               guint       index)
{
  GMenu *menu = g_menu_new ();
  int n = g_menu_model_get_n_items (model);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new_from_model (model, i);
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      g_autofree char *action = NULL;

      if (section != NULL)
        {
          g_autoptr(GMenuModel) copy = retarget_menu (section, index);

          g_menu_item_set_section (item, copy);
        }
      else if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_menu_item_set_action_and_target_value (item, action, g_variant_new_uint32 (index));
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

static gboolean
show_menu (PoJourneyCanvas    *self,
           const PoJourneyHit *hit)
{
  GMenuModel *model = hit->kind == PO_JOURNEY_HIT_LANE ? self->lane_menu : self->stage_menu;
  g_autoptr(GMenuModel) targeted = NULL;
  cairo_rectangle_t rect;
  GdkRectangle area;

  if (model == NULL || !hit_rect (self, hit, &rect))
    return FALSE;

  targeted = retarget_menu (model, hit->kind == PO_JOURNEY_HIT_LANE ? hit->lane : hit->phase);
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), targeted);
  area = widget_rect (self, &rect);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &area);
  gtk_popover_set_position (GTK_POPOVER (self->menu),
                            hit->kind == PO_JOURNEY_HIT_LANE ? GTK_POS_RIGHT : GTK_POS_BOTTOM);
  gtk_popover_popup (GTK_POPOVER (self->menu));
  return TRUE;
}

gboolean
po_journey_canvas_activate_at (PoJourneyCanvas *self,
                               double           x,
                               double           y)
{
  PoJourneyHit hit;

  g_return_val_if_fail (PO_IS_JOURNEY_CANVAS (self), FALSE);

  if (!self->editable || !po_journey_canvas_hit (self, x, y, &hit))
    return FALSE;

  switch (hit.kind)
    {
    case PO_JOURNEY_HIT_LANE:
    case PO_JOURNEY_HIT_PHASE:
    case PO_JOURNEY_HIT_BADGE:
      if (hit.kind == PO_JOURNEY_HIT_BADGE)
        hit.kind = PO_JOURNEY_HIT_PHASE;
      return show_menu (self, &hit) || po_journey_canvas_begin_edit (self, &hit);
    case PO_JOURNEY_HIT_CELL:
    case PO_JOURNEY_HIT_TITLE:
      return po_journey_canvas_begin_edit (self, &hit);
    case PO_JOURNEY_HIT_NONE:
    case PO_JOURNEY_HIT_PERSONA:
    case PO_JOURNEY_HIT_EMOTION_POINT:
    default:
      return FALSE;
    }
}

/* Gestures */

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
      invalidate (self);
      ensure_layout (self);
      po_journey_layout_get_emotion_point (self->layout, hit.phase, &px, &top);
      po_journey_map_set_emotion (self->map, hit.phase, PO_JOURNEY_EMOTION_MIN);
      invalidate (self);
      ensure_layout (self);
      po_journey_layout_get_emotion_point (self->layout, hit.phase, &px, &bottom);
      po_journey_map_set_emotion (self->map, hit.phase, original);
      invalidate (self);

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
          invalidate (self);
        }
    }
  else if (self->drag_mode == DRAG_PAN)
    {
      self->pan_x = self->drag_pan_x - dx;
      self->pan_y = self->drag_pan_y - dy;
      clamp_pan (self);
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
    g_signal_emit (self, signals[EMOTION_EDITED], 0, self->drag_phase, self->drag_value);
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
      zoom_at (self, effective_zoom (self) * pow (wheel ? ZOOM_STEP : 1.01, -dy),
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
  clamp_pan (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static void
on_pinch_begin (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                PoJourneyCanvas  *self)
{
  self->pinch_zoom = effective_zoom (self);
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
  zoom_at (self, self->pinch_zoom * scale, x, y);
}

/* GtkWidget */

static void
po_journey_canvas_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  PoJourneyCanvas *self = PO_JOURNEY_CANVAS (widget);
  int w = gtk_widget_get_width (widget);
  int h = gtk_widget_get_height (widget);
  cairo_t *cr;
  double ox, oy, z;

  if (w <= 0 || h <= 0)
    return;

  ensure_layout (self);
  clamp_pan (self);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (self->layout != NULL)
    {
      get_origin (self, &ox, &oy);
      z = effective_zoom (self);
      cairo_translate (cr, round (ox), round (oy));
      cairo_scale (cr, z, z);
      po_journey_render_draw (self->layout, cr);
    }
  cairo_destroy (cr);
}

static void
po_journey_canvas_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  PoJourneyCanvas *self = PO_JOURNEY_CANVAS (widget);

  if (self->fill)
    g_clear_pointer (&self->layout, po_journey_layout_free);
  ensure_layout (self);
  clamp_pan (self);
  /* Fitting the width, the zoom follows the size. */
  if (self->fit && !self->fill)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  gtk_popover_present (GTK_POPOVER (self->editor));
  gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
po_journey_canvas_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 960 : 640;
}

static gboolean
po_journey_canvas_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard,
                                 GtkTooltip *tooltip)
{
  PoJourneyCanvas *self = PO_JOURNEY_CANVAS (widget);
  g_autofree char *text = NULL;
  PoJourneyHit hit;

  if (keyboard || self->map == NULL || !po_journey_canvas_hit (self, x, y, &hit))
    return FALSE;

  switch (hit.kind)
    {
    case PO_JOURNEY_HIT_PHASE:
    case PO_JOURNEY_HIT_BADGE:
      text = po_journey_figures_phase (self->map, hit.phase, TRUE);
      break;
    case PO_JOURNEY_HIT_EMOTION_POINT:
      {
        double v = po_journey_map_get_emotion (self->map, hit.phase);

        /* TRANSLATORS: tooltip of an emotion point, −2…+2 */
        text = g_strdup_printf (_("Emotion %+.1f — drag up or down to change it"), v);
      }
      break;
    case PO_JOURNEY_HIT_CELL:
      if (po_journey_map_get_cell (self->map, hit.lane, hit.phase) != NULL)
        text = g_strdup (po_journey_map_get_cell (self->map, hit.lane, hit.phase));
      break;
    case PO_JOURNEY_HIT_LANE:
      if (self->editable)
        text = g_strdup (_("Rename, move, add or remove lanes"));
      break;
    case PO_JOURNEY_HIT_NONE:
    case PO_JOURNEY_HIT_TITLE:
    case PO_JOURNEY_HIT_PERSONA:
    default:
      break;
    }

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PoJourneyCanvas *self = PO_JOURNEY_CANVAS (widget);

  if (g_str_equal (action_name, "canvas.zoom-in"))
    po_journey_canvas_zoom_in (self);
  else if (g_str_equal (action_name, "canvas.zoom-out"))
    po_journey_canvas_zoom_out (self);
  else
    po_journey_canvas_zoom_reset (self);
}

static void
po_journey_canvas_dispose (GObject *object)
{
  PoJourneyCanvas *self = (PoJourneyCanvas *) object;

  g_clear_pointer (&self->editor, gtk_widget_unparent);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_object (&self->lane_menu);
  g_clear_object (&self->stage_menu);
  g_clear_pointer (&self->layout, po_journey_layout_free);
  g_clear_pointer (&self->map, po_journey_map_unref);

  G_OBJECT_CLASS (po_journey_canvas_parent_class)->dispose (object);
}

static void
po_journey_canvas_finalize (GObject *object)
{
  PoJourneyCanvas *self = (PoJourneyCanvas *) object;

  g_free (self->edit_original);

  G_OBJECT_CLASS (po_journey_canvas_parent_class)->finalize (object);
}

static void
po_journey_canvas_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PoJourneyCanvas *self = PO_JOURNEY_CANVAS (object);

  switch (prop_id)
    {
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    case PROP_FILL:
      g_value_set_boolean (value, self->fill);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, po_journey_canvas_get_zoom (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_journey_canvas_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PoJourneyCanvas *self = PO_JOURNEY_CANVAS (object);

  switch (prop_id)
    {
    case PROP_EDITABLE:
      po_journey_canvas_set_editable (self, g_value_get_boolean (value));
      break;
    case PROP_FILL:
      po_journey_canvas_set_fill (self, g_value_get_boolean (value));
      break;
    case PROP_ZOOM:
      po_journey_canvas_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_journey_canvas_class_init (PoJourneyCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = po_journey_canvas_dispose;
  object_class->finalize = po_journey_canvas_finalize;
  object_class->get_property = po_journey_canvas_get_property;
  object_class->set_property = po_journey_canvas_set_property;

  widget_class->snapshot = po_journey_canvas_snapshot;
  widget_class->size_allocate = po_journey_canvas_size_allocate;
  widget_class->measure = po_journey_canvas_measure;
  widget_class->query_tooltip = po_journey_canvas_query_tooltip;

  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FILL] =
    g_param_spec_boolean ("fill", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, MIN_ZOOM, MAX_ZOOM, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PoJourneyCanvas::edited:
   * @kind: a #PoJourneyHitKind: CELL, LANE, PHASE or TITLE
   * @lane: the lane index, or -1
   * @phase: the phase index, or -1
   * @text: the new text
   */
  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 4,
                                  G_TYPE_INT, G_TYPE_INT, G_TYPE_INT, G_TYPE_STRING);
  /**
   * PoJourneyCanvas::emotion-edited:
   * @phase: the phase index
   * @value: the new value, −2…+2 in steps of 0.5
   */
  signals[EMOTION_EDITED] = g_signal_new ("emotion-edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_DOUBLE);

  gtk_widget_class_install_action (widget_class, "canvas.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "canvas.zoom-reset", NULL, zoom_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "canvas.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "canvas.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "canvas.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "canvas.zoom-reset", NULL);

  gtk_widget_class_set_css_name (widget_class, "journeycanvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
po_journey_canvas_init (PoJourneyCanvas *self)
{
  GtkGesture *drag, *click, *pinch;
  GtkEventController *scroll, *motion;

  po_journey_render_options_init (&self->options);
  self->fit = TRUE;
  self->zoom = 1.0;
  self->drag_phase = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

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

  create_editor (self);
  self->menu = gtk_popover_menu_new_from_model (NULL);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
}

GtkWidget *
po_journey_canvas_new (void)
{
  return g_object_new (PO_TYPE_JOURNEY_CANVAS, NULL);
}

PoJourneyMap *
po_journey_canvas_get_map (PoJourneyCanvas *self)
{
  g_return_val_if_fail (PO_IS_JOURNEY_CANVAS (self), NULL);

  return self->map;
}

void
po_journey_canvas_set_map (PoJourneyCanvas *self,
                           PoJourneyMap    *map)
{
  g_autofree char *description = NULL;

  g_return_if_fail (PO_IS_JOURNEY_CANVAS (self));

  if (map != NULL)
    po_journey_map_ref (map);
  g_clear_pointer (&self->map, po_journey_map_unref);
  self->map = map;
  if (self->edit_original != NULL)
    po_journey_canvas_cancel_edit (self);
  invalidate (self);

  if (self->fit)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  description = map != NULL ? po_journey_figures_describe (map) : NULL;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  map != NULL && po_journey_map_get_title (map) != NULL
                                    ? po_journey_map_get_title (map) : _("Journey map"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "",
                                  -1);
}

const PoJourneyRenderOptions *
po_journey_canvas_get_options (PoJourneyCanvas *self)
{
  g_return_val_if_fail (PO_IS_JOURNEY_CANVAS (self), NULL);

  return &self->options;
}

void
po_journey_canvas_set_options (PoJourneyCanvas              *self,
                               const PoJourneyRenderOptions *options)
{
  g_return_if_fail (PO_IS_JOURNEY_CANVAS (self));
  g_return_if_fail (options != NULL);

  self->options = *options;
  invalidate (self);
}

gboolean
po_journey_canvas_get_editable (PoJourneyCanvas *self)
{
  g_return_val_if_fail (PO_IS_JOURNEY_CANVAS (self), FALSE);

  return self->editable;
}

void
po_journey_canvas_set_editable (PoJourneyCanvas *self,
                                gboolean         editable)
{
  g_return_if_fail (PO_IS_JOURNEY_CANVAS (self));

  editable = !!editable;
  if (self->editable == editable)
    return;
  self->editable = editable;
  if (!editable && self->edit_original != NULL)
    po_journey_canvas_cancel_edit (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

gboolean
po_journey_canvas_get_fill (PoJourneyCanvas *self)
{
  g_return_val_if_fail (PO_IS_JOURNEY_CANVAS (self), FALSE);

  return self->fill;
}

void
po_journey_canvas_set_fill (PoJourneyCanvas *self,
                            gboolean         fill)
{
  g_return_if_fail (PO_IS_JOURNEY_CANVAS (self));

  fill = !!fill;
  if (self->fill == fill)
    return;
  self->fill = fill;
  self->pan_x = self->pan_y = 0;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILL]);
}

void
po_journey_canvas_set_header_menus (PoJourneyCanvas *self,
                                    GMenuModel      *lane_menu,
                                    GMenuModel      *stage_menu)
{
  g_return_if_fail (PO_IS_JOURNEY_CANVAS (self));

  g_set_object (&self->lane_menu, lane_menu);
  g_set_object (&self->stage_menu, stage_menu);
}

double
po_journey_canvas_get_zoom (PoJourneyCanvas *self)
{
  g_return_val_if_fail (PO_IS_JOURNEY_CANVAS (self), 1.0);

  ensure_layout (self);
  return effective_zoom (self);
}

void
po_journey_canvas_set_zoom (PoJourneyCanvas *self,
                            double           zoom)
{
  g_return_if_fail (PO_IS_JOURNEY_CANVAS (self));

  ensure_layout (self);
  zoom_at (self, zoom, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
           gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

void
po_journey_canvas_zoom_in (PoJourneyCanvas *self)
{
  po_journey_canvas_set_zoom (self, po_journey_canvas_get_zoom (self) * ZOOM_STEP);
}

void
po_journey_canvas_zoom_out (PoJourneyCanvas *self)
{
  po_journey_canvas_set_zoom (self, po_journey_canvas_get_zoom (self) / ZOOM_STEP);
}

void
po_journey_canvas_zoom_reset (PoJourneyCanvas *self)
{
  g_return_if_fail (PO_IS_JOURNEY_CANVAS (self));

  self->fit = TRUE;
  self->pan_x = self->pan_y = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

PoJourneyLayout *
po_journey_canvas_get_layout (PoJourneyCanvas *self)
{
  g_return_val_if_fail (PO_IS_JOURNEY_CANVAS (self), NULL);

  ensure_layout (self);
  return self->layout;
}
