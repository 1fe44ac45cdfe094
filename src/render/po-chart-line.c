/* po-chart-line.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-chart-line"

#include "config.h"

#include "po-chart-line.h"
#include "po-chart-private.h"
#include "po-decimate.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#define MAX_LEGEND 32

static guint
series_length (const PoChartLine   *data,
               const PoChartSeries *series)
{
  return series->x != NULL ? series->n_points : data->n_months;
}

static gboolean
has_data (const PoChartLine *data)
{
  if (data == NULL || data->n_months == 0 || data->series == NULL)
    return FALSE;
  for (guint s = 0; s < data->n_series; s++)
    {
      guint first = 0, last = 0;

      if (_po_chart_series_ends (&data->series[s], data->n_months, &first, &last))
        return TRUE;
    }
  return FALSE;
}

static guint
build_legend (const PoChartLine  *data,
              const PoChartStyle *style,
              PoChartLegendItem  *items)
{
  guint n = 0;

  for (guint s = 0; s < data->n_series && n < MAX_LEGEND - 1; s++)
    {
      const PoChartSeries *series = &data->series[s];

      if (series->label == NULL)
        continue;
      items[n].label = series->label;
      items[n].color = po_palette_resolve (&style->palette, series->color, s);
      items[n].swatch = series->dashed ? PO_LEGEND_SWATCH_DASH : PO_LEGEND_SWATCH_LINE;
      n++;
    }

  /* One line needs no legend, unless a target needs telling apart. */
  if (n < 2 && !(data->has_target && data->target_label != NULL))
    return 0;

  if (data->has_target && data->target_label != NULL)
    {
      items[n].label = data->target_label;
      items[n].color = po_palette_color (&style->palette, PO_COLOR_TARGET);
      items[n].swatch = PO_LEGEND_SWATCH_DASH;
      n++;
    }

  return n;
}

static void
layout (const PoChartLine  *data,
        const PoChartStyle *style,
        PoChartText        *text,
        double              width,
        double              height,
        PoChartLegend      *legend,
        PoChartFrame       *frame)
{
  double vmin = G_MAXDOUBLE, vmax = -G_MAXDOUBLE;

  if (data->fixed_range && data->range_max > data->range_min)
    {
      vmin = data->range_min;
      vmax = data->range_max;
    }
  else
    {
      for (guint s = 0; s < data->n_series; s++)
        _po_chart_series_range (&data->series[s], data->n_months, &vmin, &vmax);
      if (data->has_target && isfinite (data->target))
        {
          vmin = MIN (vmin, data->target);
          vmax = MAX (vmax, data->target);
        }
    }

  _po_chart_frame_layout (frame, text, width, height, data->first_month, data->n_months,
                          data->kind, vmin, vmax, data->zero_based || data->area, legend);
}

static double
point_month (const PoChartLine   *data,
             const PoChartSeries *series,
             guint                i)
{
  return series->x != NULL ? series->x[i] : (double) data->first_month + i;
}

/* The points to draw, decimated to the plot width when there are more
 * than two per pixel column. */
static PoPoint *
series_points (const PoChartLine   *data,
               const PoChartSeries *series,
               const PoChartFrame  *frame,
               guint               *n_out)
{
  guint n = series_length (data, series);
  guint columns = (guint) MAX (frame->w, 1);
  PoPoint *points;

  if (n > 2 * columns)
    {
      double x0 = data->first_month - 0.5, x1 = data->first_month + data->n_months - 0.5;
      g_autofree double *xs = NULL;
      const double *x = series->x;

      if (x == NULL)
        {
          xs = g_new (double, n);
          for (guint i = 0; i < n; i++)
            xs[i] = data->first_month + i;
          x = xs;
        }
      points = g_new (PoPoint, po_decimate_max_points (columns));
      *n_out = po_decimate_minmax (x, series->values, n, x0, x1, columns, points);
    }
  else
    {
      points = g_new (PoPoint, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        {
          points[i].x = point_month (data, series, i);
          points[i].y = series->values[i];
        }
      *n_out = n;
    }

  for (guint i = 0; i < *n_out; i++)
    {
      points[i].x = _po_chart_frame_x (frame, points[i].x);
      if (!isnan (points[i].y))
        points[i].y = _po_chart_frame_y (frame, points[i].y);
    }

  return points;
}

static void
draw_bands (const PoChartLine  *data,
            const PoChartFrame *frame,
            PoChartText        *text)
{
  const PoChartStyle *style = text->style;
  cairo_t *cr = text->cr;
  double s = text->scale;

  for (guint b = 0; b < data->n_bands; b++)
    {
      const PoChartBand *band = &data->bands[b];
      PoColor color = po_palette_resolve (&style->palette, band->color, b);
      double lo = MAX (MIN (band->from, band->to), frame->vaxis.min);
      double hi = MIN (MAX (band->from, band->to), frame->vaxis.max);
      double y0, y1;

      if (!(hi > lo))
        continue;
      y0 = _po_chart_frame_y (frame, hi);
      y1 = _po_chart_frame_y (frame, lo);

      cairo_save (cr);
      po_color_set_source (cr, po_color_with_alpha (color, 0.09));
      cairo_rectangle (cr, frame->x, y0, frame->w, y1 - y0);
      cairo_fill (cr);
      cairo_restore (cr);

      if (band->label != NULL && y1 - y0 > 16 * s)
        _po_chart_text_draw (text, band->label, PO_CHART_AXIS_FONT - 1, FALSE,
                             po_color_mix (color, po_palette_color (&style->palette, PO_COLOR_FOREGROUND), 0.35),
                             frame->x + 6 * s, y0 + 3 * s, 0.0, 0.0);
    }
}

static void
draw_target (const PoChartLine  *data,
             const PoChartFrame *frame,
             PoChartText        *text)
{
  const PoChartStyle *style = text->style;
  cairo_t *cr = text->cr;
  double s = text->scale;
  PoColor color = po_palette_color (&style->palette, PO_COLOR_TARGET);
  double dash[] = { 6 * s, 4 * s };
  g_autofree char *value = NULL;
  g_autofree char *label = NULL;
  double y, tw, th, lx, ly;

  if (!data->has_target || !isfinite (data->target) ||
      data->target < frame->vaxis.min || data->target > frame->vaxis.max)
    return;

  y = round (_po_chart_frame_y (frame, data->target)) + 0.5;
  cairo_save (cr);
  po_color_set_source (cr, color);
  cairo_set_line_width (cr, 1.5 * s);
  cairo_set_dash (cr, dash, 2, 0);
  cairo_move_to (cr, frame->x, y);
  cairo_line_to (cr, frame->x + frame->w, y);
  cairo_stroke (cr);
  cairo_restore (cr);

  value = po_format_value_compact (&style->numbers, data->kind, data->target);
  label = data->target_label ? g_strdup_printf ("%s %s", data->target_label, value) : g_strdup (value);
  _po_chart_text_measure (text, label, PO_CHART_AXIS_FONT, TRUE, &tw, &th);
  if (tw <= 0)
    return;

  /* a pill in the background colour keeps the label readable over lines */
  lx = frame->x + frame->w - frame->slot - 12 * s - tw;
  ly = y - 4 * s - th;
  cairo_save (cr);
  po_color_set_source (cr, po_color_with_alpha (po_palette_color (&style->palette, PO_COLOR_BACKGROUND), 0.85));
  _po_chart_rounded_rect (cr, lx - 4 * s, ly - 1 * s, tw + 8 * s, th + 2 * s, 4 * s);
  cairo_fill (cr);
  cairo_restore (cr);
  _po_chart_text_draw (text, label, PO_CHART_AXIS_FONT, TRUE, color, lx, ly, 0.0, 0.0);
}

static void
trace_run (cairo_t       *cr,
           const PoPoint *points,
           guint          start,
           guint          end)
{
  cairo_move_to (cr, points[start].x, points[start].y);
  for (guint i = start + 1; i < end; i++)
    cairo_line_to (cr, points[i].x, points[i].y);
}

static void
draw_series (const PoChartLine   *data,
             guint                index,
             const PoChartFrame  *frame,
             PoChartText         *text)
{
  const PoChartSeries *series = &data->series[index];
  const PoChartStyle *style = text->style;
  cairo_t *cr = text->cr;
  double s = text->scale;
  PoColor color = po_palette_resolve (&style->palette, series->color, index);
  double baseline = _po_chart_frame_y (frame, CLAMP (0.0, frame->vaxis.min, frame->vaxis.max));
  g_autofree PoPoint *points = NULL;
  guint n = 0, start = 0;
  gboolean have_last = FALSE;
  PoPoint last = { 0, 0 };

  if (series->values == NULL)
    return;

  points = series_points (data, series, frame, &n);

  cairo_save (cr);
  cairo_set_line_width (cr, 2.25 * s);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (series->dashed)
    {
      double dash[] = { 5 * s, 4 * s };

      cairo_set_dash (cr, dash, 2, 0);
    }

  while (start < n)
    {
      guint end;

      while (start < n && isnan (points[start].y))
        start++;
      if (start >= n)
        break;
      end = start;
      while (end < n && !isnan (points[end].y))
        end++;

      if (data->area && !series->dashed && end - start > 1)
        {
          cairo_pattern_t *gradient = cairo_pattern_create_linear (0, frame->y, 0, frame->y + frame->h);

          cairo_pattern_add_color_stop_rgba (gradient, 0, color.red, color.green, color.blue, 0.28);
          cairo_pattern_add_color_stop_rgba (gradient, 1, color.red, color.green, color.blue, 0.04);
          trace_run (cr, points, start, end);
          cairo_line_to (cr, points[end - 1].x, baseline);
          cairo_line_to (cr, points[start].x, baseline);
          cairo_close_path (cr);
          cairo_set_source (cr, gradient);
          cairo_fill (cr);
          cairo_pattern_destroy (gradient);
        }

      po_color_set_source (cr, color);
      if (end - start == 1)
        {
          /* a lone value between gaps is still a value */
          _po_chart_dot (cr, points[start].x, points[start].y, 2.5 * s);
        }
      else
        {
          trace_run (cr, points, start, end);
          cairo_stroke (cr);
        }

      last = points[end - 1];
      have_last = TRUE;
      start = end;
    }

  if (have_last && !series->dashed)
    {
      cairo_set_dash (cr, NULL, 0, 0);
      _po_chart_ringed_dot (cr, last.x, last.y, 5 * s, 3.5 * s,
                            po_palette_color (&style->palette, PO_COLOR_BACKGROUND), color);
    }

  cairo_restore (cr);
}

void
po_chart_line_draw (cairo_t            *cr,
                    double              width,
                    double              height,
                    const PoChartLine  *data,
                    const PoChartStyle *style)
{
  PoChartLegendItem items[MAX_LEGEND];
  PoChartLegend legend = { items, 0 };
  PoChartFrame frame;
  PoChartText text;

  g_return_if_fail (cr != NULL);

  style = _po_chart_draw_begin (&text, cr, width, height, style, has_data (data), NULL);
  if (style == NULL)
    return;
  legend.n_items = build_legend (data, style, items);
  layout (data, style, &text, width, height, &legend, &frame);

  draw_bands (data, &frame, &text);
  _po_chart_frame_draw_grid (&frame, &text);
  _po_chart_frame_draw_time (&frame, &text);
  draw_target (data, &frame, &text);

  cairo_save (cr);
  cairo_rectangle (cr, frame.x - frame.slot, frame.y - 8 * text.scale,
                   frame.w + 2 * frame.slot, frame.h + 16 * text.scale);
  cairo_clip (cr);
  for (guint s = 0; s < data->n_series; s++)
    draw_series (data, s, &frame, &text);
  cairo_restore (cr);

  _po_chart_frame_draw_legend (&frame, &text, &legend);
  _po_chart_text_clear (&text);
}

/* The index of the point of @series nearest to month position @m. */
static gboolean
nearest_point (const PoChartLine   *data,
               const PoChartSeries *series,
               double               m,
               guint               *index)
{
  guint n = series_length (data, series);

  if (series->values == NULL || n == 0)
    return FALSE;

  if (series->x == NULL)
    {
      double i = round (m - data->first_month);

      if (i < 0 || i >= n)
        return FALSE;
      *index = (guint) i;
    }
  else
    {
      guint lo = 0, hi = n - 1;

      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (series->x[mid] < m)
            lo = mid + 1;
          else
            hi = mid;
        }
      if (lo > 0 && fabs (series->x[lo - 1] - m) <= fabs (series->x[lo] - m))
        lo--;
      *index = lo;
    }

  return isfinite (series->values[*index]);
}

gboolean
po_chart_line_hit (const PoChartLine  *data,
                   const PoChartStyle *style,
                   double              width,
                   double              height,
                   double              x,
                   double              y,
                   PoChartHit         *hit)
{
  PoChartLegendItem items[MAX_LEGEND];
  PoChartLegend legend = { items, 0 };
  PoChartFrame frame;
  PoChartText text;
  double m, best = G_MAXDOUBLE;
  gboolean found = FALSE;

  g_return_val_if_fail (hit != NULL, FALSE);

  po_chart_hit_clear (hit);
  style = _po_chart_style_or_default (style);
  if (!has_data (data))
    return FALSE;

  _po_chart_text_init_measure (&text, style);
  legend.n_items = build_legend (data, style, items);
  layout (data, style, &text, width, height, &legend, &frame);
  _po_chart_text_clear (&text);

  if (x < frame.x || x > frame.x + frame.w || y < frame.y - 8 || y > frame.y + frame.h + 8)
    return FALSE;

  m = data->first_month + (x - frame.x) / frame.slot - 0.5;

  for (guint s = 0; s < data->n_series; s++)
    {
      const PoChartSeries *series = &data->series[s];
      guint i;
      double py, d;

      if (!nearest_point (data, series, m, &i))
        continue;
      py = _po_chart_frame_y (&frame, series->values[i]);
      d = fabs (py - y);
      if (d < best)
        {
          double pm = point_month (data, series, i);

          best = d;
          found = TRUE;
          hit->series = (int) s;
          hit->index = (int) i;
          hit->month = (int) floor (pm);
          hit->value = series->values[i];
          hit->x = _po_chart_frame_x (&frame, pm);
          hit->y = py;
        }
    }

  return found;
}

char *
po_chart_line_describe (const PoChartLine   *data,
                        const PoNumberStyle *numbers)
{
  g_autoptr(GString) out = g_string_new (NULL);
  PoNumberStyle fallback;

  numbers = _po_chart_numbers_or_default (numbers, &fallback);

  if (!has_data (data))
    return _po_chart_describe_no_data (data != NULL ? data->title : NULL);

  if (data->n_series > 1 && data->title != NULL &&
      g_strcmp0 (data->title, data->series[0].label) != 0)
    g_string_append_printf (out, "%s.", data->title);

  for (guint s = 0; s < data->n_series; s++)
    {
      const PoChartSeries *series = &data->series[s];
      const char *subject = series->label;
      g_autofree char *sentence = NULL;
      guint first = 0, last = 0;

      if (data->n_series == 1 && data->title != NULL)
        subject = data->title;
      if (subject == NULL)
        subject = _("Value");
      if (!_po_chart_series_ends (series, data->n_months, &first, &last))
        continue;

      sentence = _po_chart_describe_trend (numbers, subject, data->kind,
                                           series->values[first], series->values[last],
                                           (int) floor (point_month (data, series, first)),
                                           (int) floor (point_month (data, series, last)));
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, sentence);
    }

  if (data->has_target && isfinite (data->target) && data->n_series > 0 && data->series[0].x == NULL)
    {
      const PoChartSeries *series = &data->series[0];
      g_autofree char *target = po_format_value (numbers, data->kind, data->target);
      guint above = 0, defined = 0;

      for (guint i = 0; i < data->n_months; i++)
        {
          if (!isfinite (series->values[i]))
            continue;
          defined++;
          if (series->values[i] >= data->target)
            above++;
        }
      g_string_append_c (out, ' ');
      g_string_append_printf (out,
                              /* Translators: "It reached the target of 120.0 % in 14 of 48 months." */
                              g_dngettext (GETTEXT_PACKAGE,
                                           "It reached the target of %s in %u of %u month.",
                                           "It reached the target of %s in %u of %u months.",
                                           defined),
                              target, above, defined);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
