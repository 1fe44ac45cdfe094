/* po-chart-path.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An account's expansion path on a timeline: planned (expected) and
 * actual MRR as step curves over calendar months from the signed month,
 * and below them one lane per planned step: its window as a bar whose
 * strength is its probability, and a marker where it really happened.
 */

#define G_LOG_DOMAIN "po-chart-path"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "po-chart-path.h"
#include "po-chart-private.h"

#define LANE_HEIGHT 26.0
#define LANE_GAP    4.0

typedef struct
{
  PoChartFrame frame;
  double       lanes_y;
  double       lane_h;
  double       label_w;
} Layout;

static double
series_max (const double *values,
            guint         n)
{
  double max = 0;

  for (guint i = 0; values != NULL && i < n; i++)
    if (isfinite (values[i]))
      max = MAX (max, values[i]);
  return max;
}

static guint
build_legend (const PoChartStyle *style,
              PoChartLegendItem  *items)
{
  items[0].label = _("Planned (expected)");
  items[0].color = po_palette_color (&style->palette, PO_COLOR_ACCENT);
  items[0].swatch = PO_LEGEND_SWATCH_DASH;
  items[1].label = _("Actual");
  items[1].color = po_palette_color (&style->palette, PO_COLOR_GREEN);
  items[1].swatch = PO_LEGEND_SWATCH_LINE;
  return 2;
}

static void
layout (const PoChartPath   *data,
        PoChartText         *text,
        double               width,
        double               height,
        const PoChartLegend *legend,
        Layout              *out)
{
  double s = text->scale;
  double lanes_h, top_h, vmax;

  out->lane_h = LANE_HEIGHT * s;
  lanes_h = data->n_steps * (out->lane_h + LANE_GAP * s);
  top_h = MAX (height - lanes_h - 8 * s, 80 * s);
  vmax = MAX (series_max (data->planned, data->n_months),
              series_max (data->actual, data->n_months));
  _po_chart_frame_layout (&out->frame, text, width, top_h, data->signed_month,
                          data->n_months, PO_VALUE_CURRENCY, 0, MAX (vmax, 1), TRUE, legend);
  out->lanes_y = top_h + 4 * s;

  /* Room on the left for the lane labels, not only the value labels. */
  out->label_w = 0;
  for (guint i = 0; i < data->n_steps; i++)
    {
      double w = 0;

      _po_chart_text_measure (text, data->steps[i].label, PO_CHART_AXIS_FONT, FALSE, &w, NULL);
      out->label_w = MAX (out->label_w, MIN (w, width / 4));
    }
  if (out->frame.pad + out->label_w + 8 * s > out->frame.x)
    {
      double right = out->frame.x + out->frame.w;

      out->frame.x = out->frame.pad + out->label_w + 8 * s;
      out->frame.w = MAX (right - out->frame.x, 1);
      out->frame.slot = out->frame.w / out->frame.n_months;
    }
}

static void
draw_steps_curve (cairo_t            *cr,
                  const PoChartFrame *frame,
                  const double       *values,
                  guint               n,
                  int                 first_month)
{
  gboolean open = FALSE;

  for (guint i = 0; i < n; i++)
    {
      double x0, x1, y;

      if (!isfinite (values[i]))
        {
          open = FALSE;
          continue;
        }
      x0 = _po_chart_frame_x (frame, first_month + i) - frame->slot / 2;
      x1 = x0 + frame->slot;
      y = _po_chart_frame_y (frame, values[i]);
      if (!open)
        cairo_move_to (cr, x0, y);
      else
        cairo_line_to (cr, x0, y);
      cairo_line_to (cr, x1, y);
      open = TRUE;
    }
  cairo_stroke (cr);
}

static void
draw_lanes (const PoChartPath  *data,
            const Layout       *l,
            PoChartText        *text)
{
  cairo_t *cr = text->cr;
  const PoPalette *palette = &text->style->palette;
  double s = text->scale;
  const PoChartFrame *f = &l->frame;

  for (guint i = 0; i < data->n_steps; i++)
    {
      const PoChartPathStep *step = &data->steps[i];
      double y = l->lanes_y + i * (l->lane_h + LANE_GAP * s);
      double x0 = _po_chart_frame_x (f, data->signed_month + step->from_month) - f->slot / 2;
      double x1 = _po_chart_frame_x (f, data->signed_month + step->to_month) + f->slot / 2;
      PoColorRole role = step->action == PO_ACTION_UPGRADE ? PO_COLOR_BLUE : PO_COLOR_PURPLE;
      PoColor color = po_palette_color (palette, role);
      PoColor fg = po_palette_color (palette, PO_COLOR_FOREGROUND);
      g_autofree char *prob = po_format_percent (&text->style->numbers, step->probability, 0);

      /* lane background */
      po_color_set_source (cr, po_color_with_alpha (po_palette_color (palette, PO_COLOR_GRID), 0.35));
      cairo_rectangle (cr, f->x, y, f->w, l->lane_h);
      cairo_fill (cr);

      x0 = CLAMP (x0, f->x, f->x + f->w);
      x1 = CLAMP (x1, f->x, f->x + f->w);
      if (x1 > x0)
        {
          _po_chart_rounded_rect (cr, x0, y + 3 * s, x1 - x0, l->lane_h - 6 * s, 4 * s);
          po_color_set_source (cr, po_color_with_alpha (color, 0.25 + 0.6 * CLAMP (step->probability, 0, 1)));
          cairo_fill_preserve (cr);
          po_color_set_source (cr, color);
          cairo_set_line_width (cr, 1 * s);
          cairo_stroke (cr);
          if (x1 - x0 > 40 * s)
            _po_chart_text_draw (text, prob, PO_CHART_AXIS_FONT, TRUE,
                                 po_color_luminance (color) > 0.5 ? po_palette_color (palette, PO_COLOR_BACKGROUND)
                                                                  : (PoColor) { 1, 1, 1, 1 },
                                 (x0 + x1) / 2, y + l->lane_h / 2, 0.5, 0.5);
        }

      _po_chart_text_draw (text, step->label, PO_CHART_AXIS_FONT, FALSE, fg,
                           f->x - 8 * s, y + l->lane_h / 2, 1.0, 0.5);

      if (step->actual_age >= 0 && step->actual_age < (int) data->n_months)
        {
          double ax = _po_chart_frame_x (f, data->signed_month + step->actual_age);
          double ay = y + l->lane_h / 2;
          double r = 6 * s;

          cairo_move_to (cr, ax, ay - r);
          cairo_line_to (cr, ax + r, ay);
          cairo_line_to (cr, ax, ay + r);
          cairo_line_to (cr, ax - r, ay);
          cairo_close_path (cr);
          po_color_set_source (cr, po_palette_color (palette, PO_COLOR_GREEN));
          cairo_fill_preserve (cr);
          po_color_set_source (cr, po_palette_color (palette, PO_COLOR_BACKGROUND));
          cairo_set_line_width (cr, 1.5 * s);
          cairo_stroke (cr);
        }
    }
}

void
po_chart_path_draw (cairo_t            *cr,
                    double              width,
                    double              height,
                    const PoChartPath  *data,
                    const PoChartStyle *style)
{
  PoChartLegendItem items[2];
  PoChartLegend legend = { items, 0 };
  PoChartText text;
  Layout l;
  double s;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);

  style = _po_chart_style_or_default (style);
  if (data->n_months == 0)
    {
      po_chart_empty_draw (cr, width, height, NULL, style);
      return;
    }

  _po_chart_fill_background (cr, width, height, style);
  _po_chart_text_init (&text, cr, style);
  s = text.scale;
  legend.n_items = build_legend (style, items);
  layout (data, &text, width, height, &legend, &l);

  _po_chart_frame_draw_grid (&l.frame, &text);
  _po_chart_frame_draw_time (&l.frame, &text);

  cairo_save (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (data->actual != NULL)
    {
      po_color_set_source (cr, po_palette_color (&style->palette, PO_COLOR_GREEN));
      cairo_set_line_width (cr, 2.5 * s);
      draw_steps_curve (cr, &l.frame, data->actual, data->n_months, data->signed_month);
    }
  if (data->planned != NULL)
    {
      double dash[] = { 6 * s, 4 * s };

      po_color_set_source (cr, po_palette_color (&style->palette, PO_COLOR_ACCENT));
      cairo_set_line_width (cr, 2 * s);
      cairo_set_dash (cr, dash, 2, 0);
      draw_steps_curve (cr, &l.frame, data->planned, data->n_months, data->signed_month);
    }
  cairo_restore (cr);

  draw_lanes (data, &l, &text);

  if (data->today_age >= 0 && data->today_age < (int) data->n_months)
    {
      double x = round (_po_chart_frame_x (&l.frame, data->signed_month + data->today_age)) + 0.5;
      double bottom = l.lanes_y + data->n_steps * (l.lane_h + LANE_GAP * s);

      cairo_save (cr);
      po_color_set_source (cr, po_palette_color (&style->palette, PO_COLOR_DIM_FOREGROUND));
      cairo_set_line_width (cr, 1 * s);
      cairo_move_to (cr, x, l.frame.y);
      cairo_line_to (cr, x, MAX (bottom, l.frame.y + l.frame.h));
      cairo_stroke (cr);
      cairo_restore (cr);
      _po_chart_text_draw (&text, _("today"), PO_CHART_AXIS_FONT, FALSE,
                           po_palette_color (&style->palette, PO_COLOR_DIM_FOREGROUND),
                           x + 4 * s, l.frame.y + 2 * s, 0.0, 0.0);
    }

  _po_chart_frame_draw_legend (&l.frame, &text, &legend);
  _po_chart_text_clear (&text);
}

/* The index of the step whose lane is under (@x, @y), or -1. */
int
po_chart_path_hit_step (const PoChartPath  *data,
                        const PoChartStyle *style,
                        double              width,
                        double              height,
                        double              x,
                        double              y)
{
  PoChartLegendItem items[2];
  PoChartLegend legend = { items, 0 };
  PoChartText text;
  Layout l;
  int hit = -1;

  g_return_val_if_fail (data != NULL, -1);

  if (data->n_months == 0 || data->n_steps == 0)
    return -1;

  style = _po_chart_style_or_default (style);
  _po_chart_text_init_measure (&text, style);
  legend.n_items = build_legend (style, items);
  layout (data, &text, width, height, &legend, &l);

  for (guint i = 0; i < data->n_steps && hit < 0; i++)
    {
      double top = l.lanes_y + i * (l.lane_h + LANE_GAP * text.scale);

      if (y >= top && y < top + l.lane_h && x >= 0 && x <= width)
        hit = (int) i;
    }
  _po_chart_text_clear (&text);
  return hit;
}

char *
po_chart_path_describe (const PoChartPath   *data,
                        const PoNumberStyle *numbers)
{
  GString *out = g_string_new (NULL);
  guint taken = 0;

  g_return_val_if_fail (data != NULL, NULL);

  g_string_append_printf (out, _("Expansion path of %s with %u planned steps."),
                          data->title ? data->title : "", data->n_steps);
  for (guint i = 0; i < data->n_steps; i++)
    {
      const PoChartPathStep *step = &data->steps[i];
      g_autofree char *prob = po_format_percent (numbers, step->probability, 0);

      g_string_append_c (out, ' ');
      if (step->actual_age >= 0)
        {
          taken++;
          g_string_append_printf (out, _("%s: planned in months %d–%d (%s), happened in month %d."),
                                  step->label, step->from_month, step->to_month, prob, step->actual_age);
        }
      else
        g_string_append_printf (out, _("%s: planned in months %d–%d (%s), not yet."),
                                step->label, step->from_month, step->to_month, prob);
    }
  if (data->n_steps > 0)
    {
      g_string_append_c (out, ' ');
      g_string_append_printf (out, _("%u of %u steps happened."), taken, data->n_steps);
    }
  return g_string_free (out, FALSE);
}
