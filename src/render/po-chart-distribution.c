/* po-chart-distribution.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-chart-distribution"

#include "config.h"

#include "po-chart-distribution.h"
#include "po-chart-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#define MAX_LEGEND 32

static double
count_at (const PoChartDistribution *data,
          guint                      s,
          guint                      i)
{
  double v = data->series[s].values != NULL ? data->series[s].values[i] : NAN;

  return isfinite (v) && v > 0 ? v : 0.0;
}

static double
month_total (const PoChartDistribution *data,
             guint                      i)
{
  double total = 0;

  for (guint s = 0; s < data->n_series; s++)
    total += count_at (data, s, i);
  return total;
}

static gboolean
has_data (const PoChartDistribution *data)
{
  if (data == NULL || data->n_months == 0 || data->series == NULL)
    return FALSE;
  for (guint i = 0; i < data->n_months; i++)
    if (month_total (data, i) > 0)
      return TRUE;
  return FALSE;
}

static guint
build_legend (const PoChartDistribution *data,
              const PoChartStyle        *style,
              PoChartLegendItem         *items)
{
  guint n = 0;

  /* top of the stack first, as the eye meets it */
  for (guint k = data->n_series; k > 0 && n < MAX_LEGEND; k--)
    {
      guint s = k - 1;

      if (data->series[s].label == NULL)
        continue;
      items[n].label = data->series[s].label;
      items[n].color = po_palette_resolve (&style->palette, data->series[s].color, s);
      items[n].swatch = PO_LEGEND_SWATCH_BOX;
      n++;
    }
  return n;
}

static void
layout (const PoChartDistribution *data,
        PoChartText               *text,
        double                     width,
        double                     height,
        PoChartLegend             *legend,
        PoChartFrame              *frame)
{
  _po_chart_frame_layout (frame, text, width, height, data->first_month, data->n_months,
                          PO_VALUE_PERCENT, 0.0, 1.0, TRUE, legend);
}

void
po_chart_distribution_draw (cairo_t                   *cr,
                            double                     width,
                            double                     height,
                            const PoChartDistribution *data,
                            const PoChartStyle        *style)
{
  PoChartLegendItem items[MAX_LEGEND];
  PoChartLegend legend = { items, 0 };
  PoChartFrame frame;
  PoChartText text;
  double bar_w, radius;

  g_return_if_fail (cr != NULL);

  style = _po_chart_draw_begin (&text, cr, width, height, style, has_data (data), NULL);
  if (style == NULL)
    return;
  legend.n_items = build_legend (data, style, items);
  layout (data, &text, width, height, &legend, &frame);
  _po_chart_frame_draw_grid (&frame, &text);
  _po_chart_frame_draw_time (&frame, &text);

  bar_w = _po_chart_bar_width (&frame, text.scale);
  radius = MIN (3 * text.scale, bar_w / 4);

  cairo_save (cr);
  for (guint i = 0; i < data->n_months; i++)
    {
      double total = month_total (data, i);
      double x = _po_chart_frame_x (&frame, data->first_month + (double) i) - bar_w / 2;
      double acc = 0;
      int first = -1, last = -1;

      if (total <= 0)
        continue;

      for (guint s = 0; s < data->n_series; s++)
        if (count_at (data, s, i) > 0)
          {
            if (first < 0)
              first = (int) s;
            last = (int) s;
          }

      for (guint s = 0; s < data->n_series; s++)
        {
          double c = count_at (data, s, i);
          double y_top, y_bottom;

          if (c <= 0)
            continue;
          y_bottom = _po_chart_frame_y (&frame, acc / total);
          acc += c;
          y_top = _po_chart_frame_y (&frame, acc / total);
          if ((int) s != last && bar_w > 4)
            y_top += 0.5;

          po_color_set_source (cr, po_palette_resolve (&style->palette, data->series[s].color, s));
          _po_chart_bar_path (cr, x, y_top, bar_w, MAX (y_bottom, y_top + 0.5),
                              (int) s == last ? radius : 0,
                              (int) s == first ? radius : 0);
          cairo_fill (cr);
        }
    }
  cairo_restore (cr);

  _po_chart_frame_draw_legend (&frame, &text, &legend);
  _po_chart_text_clear (&text);
}

gboolean
po_chart_distribution_hit (const PoChartDistribution *data,
                           const PoChartStyle        *style,
                           double                     width,
                           double                     height,
                           double                     x,
                           double                     y,
                           PoChartHit                *hit)
{
  PoChartLegendItem items[MAX_LEGEND];
  PoChartLegend legend = { items, 0 };
  PoChartFrame frame;
  PoChartText text;
  double total, acc = 0, share;
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
  if (i < 0 || y < frame.y || y > frame.y + frame.h)
    return FALSE;

  total = month_total (data, (guint) i);
  if (total <= 0)
    return FALSE;

  share = 1.0 - (y - frame.y) / frame.h;
  for (guint s = 0; s < data->n_series; s++)
    {
      double c = count_at (data, s, (guint) i);

      if (c <= 0)
        continue;
      if (share <= (acc + c) / total + 1e-9 || s + 1 == data->n_series)
        {
          hit->series = (int) s;
          hit->index = i;
          hit->month = data->first_month + i;
          hit->value = c / total;
          hit->x = _po_chart_frame_x (&frame, hit->month);
          hit->y = _po_chart_frame_y (&frame, (acc + c) / total);
          return TRUE;
        }
      acc += c;
    }

  return FALSE;
}

static void
append_shares (GString                   *out,
               const PoChartDistribution *data,
               const PoNumberStyle       *numbers,
               guint                      i)
{
  double total = month_total (data, i);
  g_autofree char *month = po_format_month (numbers, data->first_month + (int) i, PO_MONTH_FORMAT_SHORT_YEAR);
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint k = data->n_series; k > 0; k--)
    {
      g_autofree char *share = po_format_percent (numbers, count_at (data, k - 1, i) / total, 1);

      if (list->len > 0)
        g_string_append (list, ", ");
      g_string_append_printf (list, "%s %s", data->series[k - 1].label ? data->series[k - 1].label : "", share);
    }

  if (out->len > 0)
    g_string_append_c (out, ' ');
  /* Translators: "In Dec 2026: Green 60.0 %, Yellow 30.0 %, Red 10.0 %." */
  g_string_append_printf (out, _("In %s: %s."), month, list->str);
}

char *
po_chart_distribution_describe (const PoChartDistribution *data,
                                const PoNumberStyle       *numbers)
{
  g_autoptr(GString) out = g_string_new (NULL);
  PoNumberStyle fallback;
  int first = -1, last = -1;

  numbers = _po_chart_numbers_or_default (numbers, &fallback);

  if (!has_data (data))
    return _po_chart_describe_no_data (data != NULL ? data->title : NULL);

  for (guint i = 0; i < data->n_months; i++)
    if (month_total (data, i) > 0)
      {
        if (first < 0)
          first = (int) i;
        last = (int) i;
      }

  if (data->title != NULL)
    g_string_append_printf (out, "%s.", data->title);
  if (first != last)
    append_shares (out, data, numbers, (guint) first);
  append_shares (out, data, numbers, (guint) last);

  return g_string_free (g_steal_pointer (&out), FALSE);
}
