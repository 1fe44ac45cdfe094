/* po-journey-presentation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-journey-presentation"

#include "config.h"

#include "po-journey-presentation.h"

#include <glib/gi18n.h>

#include "po-journey-figures.h"

/* Type and spacing factor of the presentation; the layout shrinks it as
 * far as the screen needs. */
#define PRESENTATION_SCALE 1.8

struct _PoJourneyPresentation
{
  AdwWindow        parent_instance;

  PoJourneyCanvas *canvas;
  GtkLabel        *step_label;
  GtkLabel        *caption_label;

  int              phase;
};

G_DEFINE_FINAL_TYPE (PoJourneyPresentation, po_journey_presentation, ADW_TYPE_WINDOW)

static void
update (PoJourneyPresentation *self)
{
  PoJourneyMap *map = po_journey_canvas_get_map (self->canvas);
  PoJourneyRenderOptions options = *po_journey_canvas_get_options (self->canvas);
  guint n = map != NULL ? po_journey_map_get_n_phases (map) : 0;
  g_autofree char *step = NULL;
  g_autofree char *caption = NULL;

  options.highlight_phase = self->phase;
  po_journey_canvas_set_options (self->canvas, &options);

  if (self->phase < 0 || map == NULL)
    {
      step = g_strdup_printf ("– / %u", n);
      caption = g_strdup (map != NULL ? po_journey_map_get_title (map) : "");
    }
  else
    {
      step = g_strdup_printf ("%d / %u", self->phase + 1, n);
      caption = po_journey_figures_phase (map, self->phase, FALSE);
    }
  gtk_label_set_label (self->step_label, step);
  gtk_label_set_label (self->caption_label, caption);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->caption_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, caption, -1);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PoJourneyPresentation *self)
{
  return po_journey_presentation_handle_key (self, keyval, state);
}

static void
po_journey_presentation_class_init (PoJourneyPresentationClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (PO_TYPE_JOURNEY_CANVAS);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-journey-presentation.ui");
  gtk_widget_class_bind_template_child (widget_class, PoJourneyPresentation, canvas);
  gtk_widget_class_bind_template_child (widget_class, PoJourneyPresentation, step_label);
  gtk_widget_class_bind_template_child (widget_class, PoJourneyPresentation, caption_label);
}

static void
po_journey_presentation_init (PoJourneyPresentation *self)
{
  GtkEventController *keys;
  PoJourneyRenderOptions options;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->phase = -1;
  po_journey_render_options_init (&options);
  options.scale = PRESENTATION_SCALE;
  /* The caption explains the highlighted stage; the room needs no legend. */
  options.show_legend = FALSE;
  po_journey_canvas_set_options (self->canvas, &options);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
po_journey_presentation_new (GtkWindow    *parent,
                             PoJourneyMap *map)
{
  PoJourneyPresentation *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (map != NULL, NULL);

  self = g_object_new (PO_TYPE_JOURNEY_PRESENTATION,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  if (parent != NULL)
    {
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (parent));
      GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (parent));
      GdkMonitor *monitor = surface != NULL ? gdk_display_get_monitor_at_surface (display, surface) : NULL;

      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
      /* The size of the screen, should no window manager make it full screen. */
      if (monitor != NULL)
        {
          GdkRectangle area;

          gdk_monitor_get_geometry (monitor, &area);
          gtk_window_set_default_size (GTK_WINDOW (self), area.width, area.height);
        }
    }
  po_journey_canvas_set_map (self->canvas, map);
  update (self);
  return GTK_WIDGET (self);
}

PoJourneyCanvas *
po_journey_presentation_get_canvas (PoJourneyPresentation *self)
{
  g_return_val_if_fail (PO_IS_JOURNEY_PRESENTATION (self), NULL);

  return self->canvas;
}

int
po_journey_presentation_get_phase (PoJourneyPresentation *self)
{
  g_return_val_if_fail (PO_IS_JOURNEY_PRESENTATION (self), -1);

  return self->phase;
}

void
po_journey_presentation_set_phase (PoJourneyPresentation *self,
                                   int                    phase)
{
  PoJourneyMap *map;
  int n;

  g_return_if_fail (PO_IS_JOURNEY_PRESENTATION (self));

  map = po_journey_canvas_get_map (self->canvas);
  n = map != NULL ? (int) po_journey_map_get_n_phases (map) : 0;
  phase = CLAMP (phase, -1, n - 1);
  if (phase == self->phase)
    return;
  self->phase = phase;
  update (self);
}

gboolean
po_journey_presentation_handle_key (PoJourneyPresentation *self,
                                    guint                  keyval,
                                    GdkModifierType        state)
{
  g_return_val_if_fail (PO_IS_JOURNEY_PRESENTATION (self), FALSE);

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_Page_Down:
    case GDK_KEY_space:
    case GDK_KEY_KP_Right:
      po_journey_presentation_set_phase (self, self->phase + 1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_Page_Up:
    case GDK_KEY_BackSpace:
    case GDK_KEY_KP_Left:
      po_journey_presentation_set_phase (self, self->phase - 1);
      return TRUE;
    case GDK_KEY_Home:
      po_journey_presentation_set_phase (self, -1);
      return TRUE;
    case GDK_KEY_End:
      po_journey_presentation_set_phase (self, G_MAXINT);
      return TRUE;
    case GDK_KEY_Escape:
      gtk_window_close (GTK_WINDOW (self));
      return TRUE;
    default:
      return FALSE;
    }
}
