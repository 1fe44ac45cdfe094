/* po-chart-sparkline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-chart-sparkline"

#include "config.h"

#include "po-chart-sparkline.h"
#include "po-chart-private.h"
#include "po-decimate.h"

#include <glib/gi18n-lib.h>
#include <math.h>

typedef struct
{
  double x, y, w, h;
  double min, max;
} Layout;

static gboolean
ends (const PoChartSparkline *data,
      guint                  *first,
      guint                  *last)
{
  gboolean found = FALSE;

  if (data == NULL || data->values == NULL)
    return FALSE;
  for (guint i = 0; i < data->n_values; i++)
    {
      if (!isfinite (data->values[i]))
        continue;
      if (!found)
        *first = i;
      *last = i;
      found = TRUE;
    }
  return found;
}

static void
layout (const PoChartSparkline *data,
        const PoChartStyle     *style,
        double                  width,
        double                  height,
        Layout                 *l)
{
  double s = style->font_scale > 0 ? style->font_scale : 1.0;
  double inset = MIN (4.0 * s, MIN (width, height) / 4);

  l->x = inset;
  l->y = inset;
  l->w = MAX (width - 2 * inset, 1);
  l->h = MAX (height - 2 * inset, 1);
  l->min = G_MAXDOUBLE;
  l->max = -G_MAXDOUBLE;
  for (guint i = 0; i < data->n_values; i++)
    {
      if (!isfinite (data->values[i]))
        continue;
      l->min = MIN (l->min, data->values[i]);
      l->max = MAX (l->max, data->values[i]);
    }
  if (data->area)
    l->min = MIN (l->min, 0.0);
  if (l->max <= l->min)
    {
      l->max += 1;
      l->min -= 1;
    }
}

static double
x_of (const Layout           *l,
      const PoChartSparkline *data,
      double                  i)
{
  return data->n_values > 1 ? l->x + l->w * i / (data->n_values - 1) : l->x + l->w / 2;
}

static double
y_of (const Layout *l,
      double        v)
{
  return l->y + l->h * (1.0 - (v - l->min) / (l->max - l->min));
}

void
po_chart_sparkline_draw (cairo_t                *cr,
                         double                  width,
                         double                  height,
                         const PoChartSparkline *data,
                         const PoChartStyle     *style)
{
  g_autofree PoPoint *points = NULL;
  Layout l;
  PoColor color;
  double s;
  guint first = 0, last = 0, n_points;
  gboolean drawing = FALSE;

  g_return_if_fail (cr != NULL);

  style = _po_chart_style_or_default (style);
  _po_chart_fill_background (cr, width, height, style);
  s = style->font_scale > 0 ? style->font_scale : 1.0;

  /* too small for words: an empty sparkline is a faint baseline */
  if (!ends (data, &first, &last))
    {
      cairo_save (cr);
      po_color_set_source (cr, po_palette_color (&style->palette, PO_COLOR_GRID));
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, 2, floor (height / 2) + 0.5);
      cairo_line_to (cr, width - 2, floor (height / 2) + 0.5);
      cairo_stroke (cr);
      cairo_restore (cr);
      return;
    }

  layout (data, style, width, height, &l);
  color = po_palette_resolve (&style->palette, data->color == PO_COLOR_AUTO ? PO_COLOR_BLUE : data->color, 0);

  points = po_decimate (NULL, data->values, data->n_values, (guint) MAX (l.w, 1), &n_points);

  cairo_save (cr);
  if (data->area && last > first)
    {
      cairo_pattern_t *gradient = cairo_pattern_create_linear (0, l.y, 0, l.y + l.h);

      cairo_pattern_add_color_stop_rgba (gradient, 0, color.red, color.green, color.blue, 0.25);
      cairo_pattern_add_color_stop_rgba (gradient, 1, color.red, color.green, color.blue, 0.02);
      cairo_move_to (cr, x_of (&l, data, first), y_of (&l, 0 > l.min ? 0 : l.min));
      for (guint i = 0; i < n_points; i++)
        if (!isnan (points[i].y))
          cairo_line_to (cr, x_of (&l, data, points[i].x), y_of (&l, points[i].y));
      cairo_line_to (cr, x_of (&l, data, last), y_of (&l, 0 > l.min ? 0 : l.min));
      cairo_close_path (cr);
      cairo_set_source (cr, gradient);
      cairo_fill (cr);
      cairo_pattern_destroy (gradient);
    }

  po_color_set_source (cr, color);
  cairo_set_line_width (cr, 1.5 * s);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  for (guint i = 0; i < n_points; i++)
    {
      if (isnan (points[i].y))
        {
          drawing = FALSE;
          continue;
        }
      if (drawing)
        cairo_line_to (cr, x_of (&l, data, points[i].x), y_of (&l, points[i].y));
      else
        cairo_move_to (cr, x_of (&l, data, points[i].x), y_of (&l, points[i].y));
      drawing = TRUE;
    }
  cairo_stroke (cr);

  _po_chart_dot (cr, x_of (&l, data, last), y_of (&l, data->values[last]), 2.5 * s);
  cairo_restore (cr);
}

gboolean
po_chart_sparkline_hit (const PoChartSparkline *data,
                        const PoChartStyle     *style,
                        double                  width,
                        double                  height,
                        double                  x,
                        double                  y,
                        PoChartHit             *hit)
{
  Layout l;
  guint first = 0, last = 0;
  double i;

  g_return_val_if_fail (hit != NULL, FALSE);

  po_chart_hit_clear (hit);
  style = _po_chart_style_or_default (style);
  if (!ends (data, &first, &last) || x < 0 || x > width || y < 0 || y > height)
    return FALSE;

  layout (data, style, width, height, &l);
  i = data->n_values > 1 ? round ((x - l.x) / l.w * (data->n_values - 1)) : 0;
  i = CLAMP (i, 0, (double) data->n_values - 1);
  if (!isfinite (data->values[(guint) i]))
    return FALSE;

  hit->series = 0;
  hit->index = (int) i;
  hit->month = data->monthly ? data->first_month + (int) i : 0;
  hit->value = data->values[(guint) i];
  hit->x = x_of (&l, data, i);
  hit->y = y_of (&l, hit->value);
  return TRUE;
}

char *
po_chart_sparkline_describe (const PoChartSparkline *data,
                             const PoNumberStyle    *numbers)
{
  PoNumberStyle fallback;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  const char *subject;
  guint first = 0, last = 0;

  numbers = _po_chart_numbers_or_default (numbers, &fallback);

  subject = data != NULL && data->title != NULL ? data->title : _("Value");
  if (!ends (data, &first, &last))
    return _po_chart_describe_no_data (subject);

  if (data->monthly)
    return _po_chart_describe_trend (numbers, subject, data->kind,
                                     data->values[first], data->values[last],
                                     data->first_month + (int) first,
                                     data->first_month + (int) last);

  from = po_format_value (numbers, data->kind, data->values[first]);
  to = po_format_value (numbers, data->kind, data->values[last]);
  if (first == last || g_strcmp0 (from, to) == 0)
    /* Translators: "Health score: 72." */
    return g_strdup_printf (_("%s: %s."), subject, to);
  if (data->values[last] > data->values[first])
    /* Translators: "Health score rose from 60 to 72." */
    return g_strdup_printf (_("%s rose from %s to %s."), subject, from, to);
  /* Translators: "Health score fell from 72 to 60." */
  return g_strdup_printf (_("%s fell from %s to %s."), subject, from, to);
}
