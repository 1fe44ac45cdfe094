/* po-journey-canvas.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-journey-canvas"

#include "config.h"

#include "po-journey-canvas-private.h"

#include <glib/gi18n.h>
#include <math.h>

#include "po-journey-figures.h"

#define MIN_ZOOM    0.25
#define MAX_ZOOM    4.0
#define MAX_FIT     1.35
#define ZOOM_STEP   1.2

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

void
_po_journey_canvas_invalidate (PoJourneyCanvas *self)
{
  g_clear_pointer (&self->layout, po_journey_layout_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_po_journey_canvas_ensure_layout (PoJourneyCanvas *self)
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

double
_po_journey_canvas_effective_zoom (PoJourneyCanvas *self)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));

  if (self->fill)
    return 1.0;
  if (self->fit && self->content_w > 0 && w > 0)
    return CLAMP (w / self->content_w, MIN_ZOOM, MAX_FIT);
  return self->zoom;
}

void
_po_journey_canvas_clamp_pan (PoJourneyCanvas *self)
{
  double z = _po_journey_canvas_effective_zoom (self);
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
  double z = _po_journey_canvas_effective_zoom (self);
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

  _po_journey_canvas_ensure_layout (self);
  get_origin (self, &ox, &oy);
  z = _po_journey_canvas_effective_zoom (self);
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

  _po_journey_canvas_ensure_layout (self);
  get_origin (self, &ox, &oy);
  z = _po_journey_canvas_effective_zoom (self);
  *x = ox + map_x * z;
  *y = oy + map_y * z;
}

GdkRectangle
_po_journey_canvas_widget_rect (PoJourneyCanvas         *self,
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

void
_po_journey_canvas_zoom_at (PoJourneyCanvas *self,
                            double           zoom,
                            double           px,
                            double           py)
{
  double ox, oy, old = _po_journey_canvas_effective_zoom (self), cx, cy;

  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  get_origin (self, &ox, &oy);
  cx = (px - ox) / old;
  cy = (py - oy) / old;

  self->fit = FALSE;
  self->zoom = zoom;
  self->pan_x = cx * zoom - px;
  self->pan_y = cy * zoom - py;
  _po_journey_canvas_clamp_pan (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

void
_po_journey_canvas_emit_edited (PoJourneyCanvas    *self,
                                const PoJourneyHit *hit,
                                const char         *text)
{
  g_signal_emit (self, signals[EDITED], 0, hit->kind, hit->lane, hit->phase, text);
}

void
_po_journey_canvas_emit_emotion (PoJourneyCanvas *self,
                                 int              phase,
                                 double           value)
{
  g_signal_emit (self, signals[EMOTION_EDITED], 0, phase, value);
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

  _po_journey_canvas_ensure_layout (self);
  _po_journey_canvas_clamp_pan (self);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (self->layout != NULL)
    {
      get_origin (self, &ox, &oy);
      z = _po_journey_canvas_effective_zoom (self);
      cairo_translate (cr, round (ox), round (oy));
      cairo_scale (cr, z, z);
      po_journey_render_draw (self->layout, cr);
    }
  cairo_destroy (cr);
}

/* Runs on the next frame, before its layout: a handler of notify::zoom may
 * change other widgets' sizes, which must not happen during an allocation.
 */
static gboolean
notify_fit_zoom (GtkWidget     *widget,
                 GdkFrameClock *frame_clock,
                 gpointer       user_data)
{
  g_object_notify_by_pspec (G_OBJECT (widget), properties[PROP_ZOOM]);
  return G_SOURCE_REMOVE;
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
  _po_journey_canvas_ensure_layout (self);
  _po_journey_canvas_clamp_pan (self);
  /* Fitting the width, the zoom follows the size. Notifying right here would
   * let a handler queue a resize of a sibling the parent has just allocated
   * (the journey view's zoom label): GTK then skips drawing that sibling's
   * whole box ("Trying to snapshot GtkBox … without a current allocation").
   */
  if (self->fit && !self->fill)
    gtk_widget_add_tick_callback (widget, notify_fit_zoom, NULL, NULL);
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
  po_journey_render_options_init (&self->options);
  self->fit = TRUE;
  self->zoom = 1.0;
  self->drag_phase = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  _po_journey_canvas_add_controllers (self);
  _po_journey_canvas_create_editor (self);
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
  _po_journey_canvas_invalidate (self);

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
  _po_journey_canvas_invalidate (self);
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
  _po_journey_canvas_invalidate (self);
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

  _po_journey_canvas_ensure_layout (self);
  return _po_journey_canvas_effective_zoom (self);
}

void
po_journey_canvas_set_zoom (PoJourneyCanvas *self,
                            double           zoom)
{
  g_return_if_fail (PO_IS_JOURNEY_CANVAS (self));

  _po_journey_canvas_ensure_layout (self);
  _po_journey_canvas_zoom_at (self, zoom, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
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

  _po_journey_canvas_ensure_layout (self);
  return self->layout;
}
