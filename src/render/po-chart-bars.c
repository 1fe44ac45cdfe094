/* po-chart-bars.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-chart-bars"

#include "config.h"

#include "po-chart-bars.h"
#include "po-chart-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#define MAX_LEGEND 32

static double
value_at (const PoChartSeries *series,
          guint                i)
{
  if (series->values == NULL)
    return NAN;
  return series->values[i];
}

static gboolean
has_data (const PoChartBars *data)
{
  if (data == NULL || data->n_months == 0)
    return FALSE;
  for (guint s = 0; s < data->n_series; s++)
    for (guint i = 0; i < data->n_months; i++)
      if (isfinite (value_at (&data->series[s], i)))
        return TRUE;
  if (data->net != NULL)
    for (guint i = 0; i < data->n_months; i++)
      if (isfinite (data->net[i]))
        return TRUE;
  return FALSE;
}

static guint
build_legend (const PoChartBars  *data,
              const PoChartStyle *style,
              PoChartLegendItem  *items)
{
  guint n = 0;

  for (guint s = 0; s < data->n_series && n < MAX_LEGEND - 1; s++)
    {
      if (data->series[s].label == NULL)
        continue;
      items[n].label = data->series[s].label;
      items[n].color = po_palette_resolve (&style->palette, data->series[s].color, s);
      items[n].swatch = PO_LEGEND_SWATCH_BOX;
      n++;
    }
  if (data->net != NULL && data->net_label != NULL)
    {
      items[n].label = data->net_label;
      items[n].color = po_palette_color (&style->palette, PO_COLOR_NET);
      items[n].swatch = PO_LEGEND_SWATCH_LINE;
      n++;
    }
  return n;
}

static void
layout (const PoChartBars *data,
        PoChartText       *text,
        double             width,
        double             height,
        PoChartLegend     *legend,
        PoChartFrame      *frame)
{
  double vmin = 0, vmax = 0;

  for (guint i = 0; i < data->n_months; i++)
    {
      double pos = 0, neg = 0;

      for (guint s = 0; s < data->n_series; s++)
        {
          double v = value_at (&data->series[s], i);

          if (!isfinite (v))
            continue;
          if (v >= 0)
            pos += v;
          else
            neg += v;
        }
      vmax = MAX (vmax, pos);
      vmin = MIN (vmin, neg);
      if (data->net != NULL && isfinite (data->net[i]))
        {
          vmax = MAX (vmax, data->net[i]);
          vmin = MIN (vmin, data->net[i]);
        }
    }

  _po_chart_frame_layout (frame, text, width, height, data->first_month, data->n_months,
                          data->kind, vmin, vmax, TRUE, legend);
}

/* Calls @func for every drawn segment of month @i, outermost last. */
typedef gboolean (*SegmentFunc) (guint    series,
                                 double   value,
                                 double   y_top,
                                 double   y_bottom,
                                 gboolean outer,
                                 gpointer user_data);

static gboolean
foreach_segment (const PoChartBars  *data,
                 const PoChartFrame *frame,
                 guint               i,
                 SegmentFunc         func,
                 gpointer            user_data)
{
  double pos = 0, neg = 0;
  int last_pos = -1, last_neg = -1;

  for (guint s = 0; s < data->n_series; s++)
    {
      double v = value_at (&data->series[s], i);

      if (!isfinite (v) || v == 0)
        continue;
      if (v > 0)
        last_pos = (int) s;
      else
        last_neg = (int) s;
    }

  for (guint s = 0; s < data->n_series; s++)
    {
      double v = value_at (&data->series[s], i);
      double a, b;

      if (!isfinite (v) || v == 0)
        continue;
      if (v > 0)
        {
          a = pos + v;
          b = pos;
          pos = a;
        }
      else
        {
          a = neg;
          b = neg + v;
          neg = b;
        }
      if (func (s, v, _po_chart_frame_y (frame, a), _po_chart_frame_y (frame, b),
                (int) s == (v > 0 ? last_pos : last_neg), user_data))
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  cairo_t            *cr;
  const PoChartStyle *style;
  const PoChartBars  *data;
  double              x;
  double              w;
  double              scale;
} DrawSegment;

static gboolean
draw_segment (guint    series,
              double   value,
              double   y_top,
              double   y_bottom,
              gboolean outer,
              gpointer user_data)
{
  DrawSegment *d = user_data;
  double radius = MIN (3 * d->scale, d->w / 4);
  double gap = d->w > 4 ? 0.5 : 0;

  /* a hairline of background between stacked segments */
  if (value > 0)
    y_top += outer ? 0 : gap;
  else
    y_bottom -= outer ? 0 : gap;
  if (y_bottom - y_top < 0.5)
    y_bottom = y_top + 0.5;

  po_color_set_source (d->cr, po_palette_resolve (&d->style->palette, d->data->series[series].color, series));
  _po_chart_bar_path (d->cr, d->x, y_top, d->w, y_bottom,
                      outer && value > 0 ? radius : 0,
                      outer && value < 0 ? radius : 0);
  cairo_fill (d->cr);
  return FALSE;
}

static void
draw_net (const PoChartBars  *data,
          const PoChartFrame *frame,
          PoChartText        *text)
{
  cairo_t *cr = text->cr;
  double s = text->scale;
  PoColor color = po_palette_color (&text->style->palette, PO_COLOR_NET);
  PoColor bg = po_palette_color (&text->style->palette, PO_COLOR_BACKGROUND);
  gboolean drawing = FALSE;

  if (data->net == NULL)
    return;

  cairo_save (cr);
  po_color_set_source (cr, color);
  cairo_set_line_width (cr, 1.75 * s);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < data->n_months; i++)
    {
      double x = _po_chart_frame_x (frame, data->first_month + (double) i);

      if (!isfinite (data->net[i]))
        {
          drawing = FALSE;
          continue;
        }
      if (drawing)
        cairo_line_to (cr, x, _po_chart_frame_y (frame, data->net[i]));
      else
        cairo_move_to (cr, x, _po_chart_frame_y (frame, data->net[i]));
      drawing = TRUE;
    }
  cairo_stroke (cr);

  if (frame->slot >= 9 * s)
    {
      for (guint i = 0; i < data->n_months; i++)
        {
          double x = _po_chart_frame_x (frame, data->first_month + (double) i);
          double y;

          if (!isfinite (data->net[i]))
            continue;
          y = _po_chart_frame_y (frame, data->net[i]);
          _po_chart_ringed_dot (cr, x, y, 3.5 * s, 2.5 * s, bg, color);
        }
    }
  cairo_restore (cr);
}

void
po_chart_bars_draw (cairo_t            *cr,
                    double              width,
                    double              height,
                    const PoChartBars  *data,
                    const PoChartStyle *style)
{
  PoChartLegendItem items[MAX_LEGEND];
  PoChartLegend legend = { items, 0 };
  PoChartFrame frame;
  PoChartText text;
  DrawSegment d;

  g_return_if_fail (cr != NULL);

  style = _po_chart_draw_begin (&text, cr, width, height, style, has_data (data), NULL);
  if (style == NULL)
    return;
  legend.n_items = build_legend (data, style, items);
  layout (data, &text, width, height, &legend, &frame);

  _po_chart_frame_draw_grid (&frame, &text);
  _po_chart_frame_draw_time (&frame, &text);

  d.cr = cr;
  d.style = style;
  d.data = data;
  d.w = _po_chart_bar_width (&frame, text.scale);
  d.scale = text.scale;
  cairo_save (cr);
  for (guint i = 0; i < data->n_months; i++)
    {
      d.x = _po_chart_frame_x (&frame, data->first_month + (double) i) - d.w / 2;
      foreach_segment (data, &frame, i, draw_segment, &d);
    }
  cairo_restore (cr);

  /* the zero line goes over the bars so up and down read apart */
  cairo_save (cr);
  po_color_set_source (cr, po_palette_color (&style->palette, PO_COLOR_AXIS));
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, frame.x, floor (_po_chart_frame_y (&frame, 0)) + 0.5);
  cairo_line_to (cr, frame.x + frame.w, floor (_po_chart_frame_y (&frame, 0)) + 0.5);
  cairo_stroke (cr);
  cairo_restore (cr);

  draw_net (data, &frame, &text);
  _po_chart_frame_draw_legend (&frame, &text, &legend);
  _po_chart_text_clear (&text);
}

typedef struct
{
  double      y;
  PoChartHit *hit;
} HitSegment;

static gboolean
hit_segment (guint    series,
             double   value,
             double   y_top,
             double   y_bottom,
             gboolean outer,
             gpointer user_data)
{
  HitSegment *h = user_data;

  if (h->y < y_top - 1 || h->y > y_bottom + 1)
    return FALSE;
  h->hit->series = (int) series;
  h->hit->value = value;
  h->hit->y = value > 0 ? y_top : y_bottom;
  return TRUE;
}

gboolean
po_chart_bars_hit (const PoChartBars  *data,
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
  HitSegment h = { y, hit };
  int i;

  g_return_val_if_fail (hit != NULL, FALSE);

  po_chart_hit_clear (hit);
  style = _po_chart_style_or_default (style);
  if (!has_data (data))
    return FALSE;

  _po_chart_text_init_measure (&text, style);
  legend.n_items = build_legend (data, style, items);
  layout (data, &text, width, height, &legend, &frame);
  _po_chart_text_clear (&text);

  i = _po_chart_frame_slot_at (&frame, x);
  if (i < 0 || y < frame.y - 8 || y > frame.y + frame.h + 8)
    return FALSE;

  hit->index = i;
  hit->month = data->first_month + i;
  hit->x = _po_chart_frame_x (&frame, hit->month);

  if (foreach_segment (data, &frame, (guint) i, hit_segment, &h))
    return TRUE;

  /* Between the bars: the whole month, with its net value. */
  hit->series = -1;
  if (data->net != NULL)
    hit->value = data->net[i];
  else
    {
      hit->value = 0;
      for (guint s = 0; s < data->n_series; s++)
        if (isfinite (value_at (&data->series[s], (guint) i)))
          hit->value += value_at (&data->series[s], (guint) i);
    }
  hit->y = isfinite (hit->value) ? _po_chart_frame_y (&frame, hit->value) : y;
  return TRUE;
}

static double
month_net (const PoChartBars *data,
           guint              i)
{
  double sum = 0;

  if (data->net != NULL)
    return data->net[i];
  for (guint s = 0; s < data->n_series; s++)
    if (isfinite (value_at (&data->series[s], i)))
      sum += value_at (&data->series[s], i);
  return sum;
}

char *
po_chart_bars_describe (const PoChartBars   *data,
                        const PoNumberStyle *numbers)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) totals = g_string_new (NULL);
  g_autofree char *m0 = NULL;
  g_autofree char *m1 = NULL;
  g_autofree char *net = NULL;
  PoNumberStyle fallback;
  double net_sum = 0, best = -G_MAXDOUBLE, worst = G_MAXDOUBLE;
  int best_i = -1, worst_i = -1;

  numbers = _po_chart_numbers_or_default (numbers, &fallback);

  if (!has_data (data))
    return _po_chart_describe_no_data (data != NULL ? data->title : NULL);

  m0 = po_format_month (numbers, data->first_month, PO_MONTH_FORMAT_SHORT_YEAR);
  m1 = po_format_month (numbers, data->first_month + (int) data->n_months - 1, PO_MONTH_FORMAT_SHORT_YEAR);
  /* Translators: "MRR movements from Jan 2022 to Dec 2026." */
  g_string_append_printf (out, _("%s from %s to %s."),
                          data->title ? data->title : _("Values"), m0, m1);

  for (guint s = 0; s < data->n_series; s++)
    {
      g_autofree char *value = NULL;
      double sum = 0;

      for (guint i = 0; i < data->n_months; i++)
        if (isfinite (value_at (&data->series[s], i)))
          sum += value_at (&data->series[s], i);
      value = po_format_value (numbers, data->kind, sum);
      if (totals->len > 0)
        g_string_append (totals, ", ");
      g_string_append_printf (totals, "%s %s", data->series[s].label ? data->series[s].label : "", value);
    }
  if (totals->len > 0)
    {
      g_string_append_c (out, ' ');
      /* Translators: the list of totals per series: "New 1,234 €, Churn -567 €" */
      g_string_append_printf (out, _("Totals: %s."), totals->str);
    }

  for (guint i = 0; i < data->n_months; i++)
    {
      double v = month_net (data, i);

      if (!isfinite (v))
        continue;
      net_sum += v;
      if (v > best)
        {
          best = v;
          best_i = (int) i;
        }
      if (v < worst)
        {
          worst = v;
          worst_i = (int) i;
        }
    }

  net = po_format_value (numbers, data->kind, net_sum);
  g_string_append_c (out, ' ');
  g_string_append_printf (out, _("Net change: %s."), net);

  if (best_i >= 0 && best > 0)
    {
      g_autofree char *v = po_format_value (numbers, data->kind, best);
      g_autofree char *m = po_format_month (numbers, data->first_month + best_i, PO_MONTH_FORMAT_SHORT_YEAR);

      g_string_append_c (out, ' ');
      /* Translators: "Largest gain: 1,234 € in Mar 2024." */
      g_string_append_printf (out, _("Largest gain: %s in %s."), v, m);
    }
  if (worst_i >= 0 && worst < 0)
    {
      g_autofree char *v = po_format_value (numbers, data->kind, worst);
      g_autofree char *m = po_format_month (numbers, data->first_month + worst_i, PO_MONTH_FORMAT_SHORT_YEAR);

      g_string_append_c (out, ' ');
      /* Translators: "Largest loss: -1,234 € in Mar 2024." */
      g_string_append_printf (out, _("Largest loss: %s in %s."), v, m);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
