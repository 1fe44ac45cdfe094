/* po-health-explain.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-health-explain"

#include "config.h"

#include <glib/gi18n.h>

#include "po-health-explain.h"

struct _PoHealthExplain
{
  AdwBin               parent_instance;

  PoSettings           settings;
  int                  values[PO_N_COMPONENTS];
  int                  what_if[PO_N_COMPONENTS];
  gboolean             updating;

  AdwPreferencesGroup *group;
  GtkDrawingArea      *waterfall;
  AdwPreferencesGroup *sliders;
  GtkScale            *scales[PO_N_COMPONENTS];
  AdwActionRow        *rows[PO_N_COMPONENTS];
};

G_DEFINE_FINAL_TYPE (PoHealthExplain, po_health_explain, ADW_TYPE_BIN)

static void
band_rgba (PoHealthBand  band,
           GdkRGBA      *rgba)
{
  /* The GNOME palette: red 3, yellow 4, green 4. */
  const char *spec = band == PO_HEALTH_BAND_RED ? "#e01b24"
                   : band == PO_HEALTH_BAND_YELLOW ? "#e5a50a"
                   : band == PO_HEALTH_BAND_GREEN ? "#2ec27e" : "#9a9996";

  gdk_rgba_parse (rgba, spec);
}

static void
draw_text (cairo_t    *cr,
           GtkWidget  *widget,
           const char *text,
           double      x,
           double      y,
           gboolean    center)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, center ? x - w / 2.0 : x, y - h / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_waterfall (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  PoHealthExplain *self = user_data;
  double contributions[PO_N_COMPONENTS];
  int score = po_health_score (&self->settings, self->values);
  double top = 16, bottom = height - 24, left = 28, plot_w = width - left - 8;
  double slot = plot_w / (PO_N_COMPONENTS + 1), bar = slot * 0.6, cum = 0;
  GdkRGBA fg, accent, band;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  gdk_rgba_parse (&accent, "#3584e4");
  band_rgba (po_health_band (&self->settings, score), &band);
  po_health_contributions (&self->settings, self->values, contributions);

#define Y(v) (bottom - (v) / 100.0 * (bottom - top))
  /* Gridlines at 0, the band thresholds and 100. */
  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < 4; i++)
    {
      int v = (int[]) { 0, self->settings.red_below, self->settings.yellow_below, 100 }[i];
      g_autofree char *t = g_strdup_printf ("%d", v);

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.15);
      cairo_move_to (cr, left, Y (v) + 0.5);
      cairo_line_to (cr, width - 8, Y (v) + 0.5);
      cairo_stroke (cr);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.55);
      draw_text (cr, GTK_WIDGET (area), t, 0, Y (v), FALSE);
    }

  for (guint c = 0; c <= PO_N_COMPONENTS; c++)
    {
      double x = left + slot * c + (slot - bar) / 2;
      double from = c < PO_N_COMPONENTS ? cum : 0;
      double to = c < PO_N_COMPONENTS ? cum + contributions[c] : (score >= 0 ? score : 0);
      const char *name = c < PO_N_COMPONENTS ? po_enum_label (&po_component_enum, c) : _("Score");
      g_autofree char *value = NULL;

      if (c < PO_N_COMPONENTS)
        {
          gdk_cairo_set_source_rgba (cr, &accent);
          value = self->values[c] == PO_HEALTH_MISSING ? g_strdup ("—")
                                                       : g_strdup_printf ("+%.1f", contributions[c]);
          cum = to;
        }
      else
        {
          gdk_cairo_set_source_rgba (cr, &band);
          value = score >= 0 ? g_strdup_printf ("%d", score) : g_strdup ("—");
        }
      cairo_rectangle (cr, x, Y (to), bar, MAX (Y (from) - Y (to), 1));
      cairo_fill (cr);
      /* A connector to the next bar. */
      if (c + 1 < PO_N_COMPONENTS + 1)
        {
          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.3);
          cairo_move_to (cr, x + bar, Y (to) + 0.5);
          cairo_line_to (cr, x + slot, Y (to) + 0.5);
          cairo_stroke (cr);
        }
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.9);
      draw_text (cr, GTK_WIDGET (area), value, x + bar / 2, Y (to) - 9, TRUE);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.7);
      draw_text (cr, GTK_WIDGET (area), name, x + bar / 2, bottom + 12, TRUE);
    }
#undef Y
}

static void
update_what_if (PoHealthExplain *self)
{
  int now = po_health_score (&self->settings, self->values);
  int then = po_health_score (&self->settings, self->what_if);
  g_autofree char *text = NULL;

  if (then == PO_HEALTH_MISSING)
    text = g_strdup (_("No score: no component has a recent sample"));
  else if (memcmp (self->values, self->what_if, sizeof self->values) == 0)
    /* TRANSLATORS: "Score 72, Yellow — move a slider to try a change" */
    text = g_strdup_printf (_("Score %d, %s — move a slider to see what a change would do"),
                            now, po_health_band_label (po_health_band (&self->settings, now)));
  else
    /* TRANSLATORS: "What if: 78, Green (now 72, Yellow); nothing is saved" */
    text = g_strdup_printf (_("What if: %d, %s (now %d, %s); nothing is saved"),
                            then, po_health_band_label (po_health_band (&self->settings, then)),
                            now, po_health_band_label (po_health_band (&self->settings, now)));
  adw_preferences_group_set_description (self->sliders, text);
}

static void
on_scale_changed (GtkRange        *range,
                  PoHealthExplain *self)
{
  int c = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (range), "po-component"));

  if (self->updating)
    return;
  self->what_if[c] = (int) gtk_range_get_value (range);
  update_what_if (self);
}

static void
on_reset (PoHealthExplain *self)
{
  po_health_explain_set_values (self, &self->settings, self->values);
}

static void
po_health_explain_finalize (GObject *object)
{
  PoHealthExplain *self = (PoHealthExplain *) object;

  po_settings_clear (&self->settings);
  G_OBJECT_CLASS (po_health_explain_parent_class)->finalize (object);
}

static void
po_health_explain_class_init (PoHealthExplainClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = po_health_explain_finalize;
}

static void
po_health_explain_init (PoHealthExplain *self)
{
  GtkWidget *reset = gtk_button_new_with_mnemonic (_("_Reset"));
  AdwPreferencesGroup *sliders;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  po_settings_init_defaults (&self->settings);
  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    self->values[c] = self->what_if[c] = PO_HEALTH_MISSING;

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Health Explained"));
  adw_preferences_group_set_description (self->group,
                                         _("Each component adds its weighted share; together they make the score."));
  self->waterfall = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_drawing_area_set_content_height (self->waterfall, 200);
  gtk_drawing_area_set_draw_func (self->waterfall, draw_waterfall, self, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->waterfall), "card");
  adw_preferences_group_add (self->group, GTK_WIDGET (self->waterfall));

  sliders = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (sliders, _("What If"));
  gtk_widget_set_valign (reset, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (reset, "clicked", G_CALLBACK (on_reset), self);
  adw_preferences_group_set_header_suffix (sliders, reset);
  self->sliders = sliders;
  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    {
      GtkWidget *scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 100, 1);

      gtk_scale_set_draw_value (GTK_SCALE (scale), TRUE);
      gtk_scale_set_value_pos (GTK_SCALE (scale), GTK_POS_RIGHT);
      gtk_widget_set_size_request (scale, 260, -1);
      gtk_widget_set_valign (scale, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (scale), "po-component", GINT_TO_POINTER (c));
      g_signal_connect (scale, "value-changed", G_CALLBACK (on_scale_changed), self);
      self->scales[c] = GTK_SCALE (scale);
      self->rows[c] = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rows[c]), po_enum_label (&po_component_enum, c));
      adw_action_row_add_suffix (self->rows[c], scale);
      adw_preferences_group_add (sliders, GTK_WIDGET (self->rows[c]));
    }

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->group));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (sliders));
  adw_bin_set_child (ADW_BIN (self), box);
}

GtkWidget *
po_health_explain_new (void)
{
  return g_object_new (PO_TYPE_HEALTH_EXPLAIN, NULL);
}

void
po_health_explain_set_values (PoHealthExplain  *self,
                              const PoSettings *settings,
                              const int         values[PO_N_COMPONENTS])
{
  g_return_if_fail (PO_IS_HEALTH_EXPLAIN (self));

  if (settings != &self->settings)
    {
      po_settings_clear (&self->settings);
      self->settings = *settings;
      self->settings.currency = g_strdup (settings->currency);
      self->settings.phase_model = g_strdup (settings->phase_model);
    }
  memcpy (self->values, values, sizeof self->values);
  memcpy (self->what_if, values, sizeof self->what_if);
  self->updating = TRUE;
  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    {
      g_autofree char *subtitle = NULL;

      gtk_range_set_value (GTK_RANGE (self->scales[c]), values[c] >= 0 ? values[c] : 0);
      if (values[c] == PO_HEALTH_MISSING)
        subtitle = g_strdup_printf (_("Weight %d · no recent sample, left out"), self->settings.health_weights[c]);
      else
        subtitle = g_strdup_printf (_("Weight %d · now %d"), self->settings.health_weights[c], values[c]);
      adw_action_row_set_subtitle (self->rows[c], subtitle);
    }
  self->updating = FALSE;
  update_what_if (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->waterfall));
}

int
po_health_explain_what_if (PoHealthExplain   *self,
                           PoHealthComponent  component,
                           int                value)
{
  g_return_val_if_fail (PO_IS_HEALTH_EXPLAIN (self), PO_HEALTH_MISSING);
  g_return_val_if_fail (component < PO_N_COMPONENTS, PO_HEALTH_MISSING);

  gtk_range_set_value (GTK_RANGE (self->scales[component]), value);
  return po_health_score (&self->settings, self->what_if);
}
