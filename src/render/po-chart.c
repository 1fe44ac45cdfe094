/* po-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-chart"

#include "config.h"

#include "po-chart.h"
#include "po-chart-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#define DEFAULT_FONT_FAMILY "Cantarell, Adwaita Sans, Noto Sans, DejaVu Sans, Sans"

void
po_chart_style_init (PoChartStyle        *style,
                     gboolean             dark,
                     const PoNumberStyle *numbers)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  po_palette_init (&style->palette, dark);
  if (numbers != NULL)
    style->numbers = *numbers;
  else
    po_number_style_default (&style->numbers);
  style->font_scale = 1.0;
  g_strlcpy (style->font_family, DEFAULT_FONT_FAMILY, sizeof style->font_family);
  style->flags = PO_CHART_FLAGS_NONE;
}

const PoChartStyle *
_po_chart_style_or_default (const PoChartStyle *style)
{
  static PoChartStyle fallback;
  static gsize initialized;

  if (style != NULL)
    return style;

  if (g_once_init_enter (&initialized))
    {
      PoNumberStyle numbers;

      po_number_style_for_language (&numbers, "en");
      po_chart_style_init (&fallback, FALSE, &numbers);
      g_once_init_leave (&initialized, 1);
    }
  return &fallback;
}

void
po_chart_hit_clear (PoChartHit *hit)
{
  g_return_if_fail (hit != NULL);

  hit->series = -1;
  hit->index = -1;
  hit->row = -1;
  hit->month = 0;
  hit->value = NAN;
  hit->x = 0;
  hit->y = 0;
}

/* Text */

void
_po_chart_text_init (PoChartText        *text,
                     cairo_t            *cr,
                     const PoChartStyle *style)
{
  text->cr = cr;
  text->style = style;
  text->scale = style->font_scale > 0 ? style->font_scale : 1.0;
  text->hidden = (style->flags & PO_CHART_NO_TEXT) != 0;
  text->layout = text->hidden ? NULL : pango_cairo_create_layout (cr);
  text->owns_cr = FALSE;
}

/* Text on a context of its own, to lay a chart out without drawing it
 * (hit-testing); _po_chart_text_clear() frees the context. */
void
_po_chart_text_init_measure (PoChartText        *text,
                             const PoChartStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  _po_chart_text_init (text, cr, style);
  text->owns_cr = TRUE;
}

void
_po_chart_text_clear (PoChartText *text)
{
  g_clear_object (&text->layout);
  if (text->owns_cr)
    g_clear_pointer (&text->cr, cairo_destroy);
  text->owns_cr = FALSE;
}

static void
set_text (PoChartText *text,
          const char  *str,
          double       size,
          gboolean     bold)
{
  PangoFontDescription *desc;
  const char *family = text->style->font_family[0] ? text->style->font_family : DEFAULT_FONT_FAMILY;

  desc = pango_font_description_from_string (family);
  pango_font_description_set_absolute_size (desc, size * text->scale * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (text->layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (text->layout, str, -1);
}

void
_po_chart_text_measure (PoChartText *text,
                        const char  *str,
                        double       size,
                        gboolean     bold,
                        double      *width,
                        double      *height)
{
  PangoRectangle logical;

  if (text->hidden || str == NULL)
    {
      if (width)
        *width = 0;
      if (height)
        *height = 0;
      return;
    }

  set_text (text, str, size, bold);
  pango_layout_get_pixel_extents (text->layout, NULL, &logical);
  if (width)
    *width = logical.width;
  if (height)
    *height = logical.height;
}

/* Draws @str so that the point (align_x, align_y) of its box, in
 * fractions of its size, lands on (x, y). */
void
_po_chart_text_draw (PoChartText *text,
                     const char  *str,
                     double       size,
                     gboolean     bold,
                     PoColor      color,
                     double       x,
                     double       y,
                     double       align_x,
                     double       align_y)
{
  PangoRectangle logical;

  if (text->hidden || str == NULL || str[0] == '\0')
    return;

  set_text (text, str, size, bold);
  pango_layout_get_pixel_extents (text->layout, NULL, &logical);

  cairo_save (text->cr);
  po_color_set_source (text->cr, color);
  cairo_move_to (text->cr,
                 round (x - logical.width * align_x - logical.x),
                 round (y - logical.height * align_y - logical.y));
  pango_cairo_show_layout (text->cr, text->layout);
  cairo_restore (text->cr);
}

void
_po_chart_fill_background (cairo_t            *cr,
                           double              width,
                           double              height,
                           const PoChartStyle *style)
{
  if (style->flags & PO_CHART_TRANSPARENT)
    return;

  cairo_save (cr);
  po_color_set_source (cr, po_palette_color (&style->palette, PO_COLOR_BACKGROUND));
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  cairo_restore (cr);
}

void
_po_chart_rounded_rect (cairo_t *cr,
                        double   x,
                        double   y,
                        double   w,
                        double   h,
                        double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  if (r <= 0.1)
    {
      cairo_rectangle (cr, x, y, w, h);
      return;
    }
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

void
_po_chart_dot (cairo_t *cr,
               double   x,
               double   y,
               double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  cairo_fill (cr);
}

/* A dot of @color on a disc of @background out to @ring, marking a
 * point on a line; leaves @color as the source. */
void
_po_chart_ringed_dot (cairo_t *cr,
                      double   x,
                      double   y,
                      double   ring,
                      double   radius,
                      PoColor  background,
                      PoColor  color)
{
  po_color_set_source (cr, background);
  _po_chart_dot (cr, x, y, ring);
  po_color_set_source (cr, color);
  _po_chart_dot (cr, x, y, radius);
}

/* Empty state */

void
po_chart_empty_draw (cairo_t            *cr,
                     double              width,
                     double              height,
                     const char         *message,
                     const PoChartStyle *style)
{
  PoChartText text;

  g_return_if_fail (cr != NULL);

  style = _po_chart_style_or_default (style);
  _po_chart_fill_background (cr, width, height, style);

  _po_chart_text_init (&text, cr, style);
  _po_chart_text_draw (&text, message ? message : _("No data"),
                       PO_CHART_EMPTY_FONT, FALSE,
                       po_palette_color (&style->palette, PO_COLOR_DIM_FOREGROUND),
                       width / 2, height / 2, 0.5, 0.5);
  _po_chart_text_clear (&text);
}

/* Starts drawing a chart: without data the empty state with
 * @empty_message, returning NULL; else the background, with @text ready
 * and the style to draw with returned. */
const PoChartStyle *
_po_chart_draw_begin (PoChartText        *text,
                      cairo_t            *cr,
                      double              width,
                      double              height,
                      const PoChartStyle *style,
                      gboolean            has_data,
                      const char         *empty_message)
{
  style = _po_chart_style_or_default (style);
  if (!has_data)
    {
      po_chart_empty_draw (cr, width, height, empty_message, style);
      return NULL;
    }

  _po_chart_fill_background (cr, width, height, style);
  _po_chart_text_init (text, cr, style);
  return style;
}

/* Legend */

typedef struct
{
  double swatch;
  double gap;
  double spacing;
  double row_gap;
} LegendMetrics;

static void
legend_metrics (PoChartText   *text,
                LegendMetrics *m)
{
  m->swatch = 12 * text->scale;
  m->gap = 6 * text->scale;
  m->spacing = 18 * text->scale;
  m->row_gap = 4 * text->scale;
}

/* Lays out (and with @draw, draws) the items flowing into rows of
 * @width; returns the height used. */
static double
legend_flow (PoChartText         *text,
             double               x0,
             double               y0,
             double               width,
             const PoChartLegend *legend,
             gboolean             draw)
{
  LegendMetrics m;
  double x = 0, y = 0, row_h = 0;
  PoColor fg = po_palette_color (&text->style->palette, PO_COLOR_FOREGROUND);

  if (legend == NULL || legend->n_items == 0 || text->hidden)
    return 0;

  legend_metrics (text, &m);

  for (guint i = 0; i < legend->n_items; i++)
    {
      const PoChartLegendItem *item = &legend->items[i];
      double tw, th, iw, ih;

      _po_chart_text_measure (text, item->label ? item->label : "", PO_CHART_LEGEND_FONT, FALSE, &tw, &th);
      iw = m.swatch + m.gap + tw;
      ih = MAX (th, m.swatch);

      if (x > 0 && x + iw > width)
        {
          x = 0;
          y += row_h + m.row_gap;
          row_h = 0;
        }

      if (draw)
        {
          cairo_t *cr = text->cr;
          double cy = y0 + y + ih / 2;

          cairo_save (cr);
          po_color_set_source (cr, item->color);
          switch (item->swatch)
            {
            case PO_LEGEND_SWATCH_LINE:
            case PO_LEGEND_SWATCH_DASH:
              cairo_set_line_width (cr, 2.5 * text->scale);
              cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
              if (item->swatch == PO_LEGEND_SWATCH_DASH)
                {
                  double dash[] = { 3 * text->scale, 3 * text->scale };

                  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
                  cairo_set_dash (cr, dash, 2, 0);
                }
              cairo_move_to (cr, x0 + x + 1, cy);
              cairo_line_to (cr, x0 + x + m.swatch - 1, cy);
              cairo_stroke (cr);
              break;

            case PO_LEGEND_SWATCH_BOX:
            default:
              _po_chart_rounded_rect (cr, x0 + x, cy - m.swatch / 2, m.swatch, m.swatch, 3 * text->scale);
              cairo_fill (cr);
              break;
            }
          cairo_restore (cr);

          _po_chart_text_draw (text, item->label, PO_CHART_LEGEND_FONT, FALSE, fg,
                               x0 + x + m.swatch + m.gap, cy, 0.0, 0.5);
        }

      x += iw + m.spacing;
      row_h = MAX (row_h, ih);
    }

  return y + row_h;
}

double
po_chart_legend_measure (cairo_t             *cr,
                         double               width,
                         const PoChartLegend *legend,
                         const PoChartStyle  *style)
{
  PoChartText text;
  double h;

  g_return_val_if_fail (cr != NULL, 0);

  style = _po_chart_style_or_default (style);
  _po_chart_text_init (&text, cr, style);
  h = legend_flow (&text, 0, 0, width, legend, FALSE);
  _po_chart_text_clear (&text);
  return h;
}

/* Draws only the legend, for a widget that shows it apart from the chart. */
void
po_chart_legend_draw (cairo_t             *cr,
                      double               width,
                      double               height,
                      const PoChartLegend *legend,
                      const PoChartStyle  *style)
{
  PoChartText text;
  double h;

  g_return_if_fail (cr != NULL);

  style = _po_chart_style_or_default (style);
  _po_chart_fill_background (cr, width, height, style);
  _po_chart_text_init (&text, cr, style);
  h = legend_flow (&text, 0, 0, width, legend, FALSE);
  legend_flow (&text, 0, MAX (0, (height - h) / 2), width, legend, TRUE);
  _po_chart_text_clear (&text);
}

/* Frame */

void
_po_chart_frame_layout (PoChartFrame        *frame,
                        PoChartText         *text,
                        double               width,
                        double               height,
                        int                  first_month,
                        guint                n_months,
                        PoValueKind          kind,
                        double               value_min,
                        double               value_max,
                        gboolean             include_zero,
                        const PoChartLegend *legend)
{
  const PoNumberStyle *numbers = &text->style->numbers;
  double s = text->scale;
  double line_h = 0, label_w = 0, month_w = 0, top, bottom, left, right;
  guint max_ticks;

  memset (frame, 0, sizeof *frame);
  frame->first_month = first_month;
  frame->n_months = MAX (n_months, 1);
  frame->kind = kind;
  frame->pad = (text->hidden ? 6 : 14) * s;

  _po_chart_text_measure (text, "0", PO_CHART_AXIS_FONT, FALSE, NULL, &line_h);

  top = frame->pad;
  if (legend != NULL && legend->n_items > 0 &&
      !(text->style->flags & PO_CHART_NO_LEGEND) && !text->hidden)
    {
      frame->legend_x = frame->pad;
      frame->legend_y = top;
      frame->legend_w = MAX (width - 2 * frame->pad, 1);
      frame->legend_h = legend_flow (text, 0, 0, frame->legend_w, legend, FALSE);
      top += frame->legend_h + 12 * s;
    }

  /* room for the top tick label, which is centred on the top line */
  frame->y = top + line_h / 2;
  bottom = text->hidden ? frame->pad : frame->pad / 2 + 6 * s + 2 * line_h + 2 * s;
  frame->h = MAX (height - frame->y - bottom, 1);

  max_ticks = text->hidden ? 5 : (guint) CLAMP (frame->h / (line_h * 2.8), 2, 9);
  po_value_axis_init (&frame->vaxis, kind, value_min, value_max, max_ticks, include_zero);

  for (guint i = 0; i < frame->vaxis.n_ticks; i++)
    {
      g_autofree char *label = po_value_axis_label (&frame->vaxis, numbers, kind, frame->vaxis.ticks[i]);
      double w;

      _po_chart_text_measure (text, label, PO_CHART_AXIS_FONT, FALSE, &w, NULL);
      label_w = MAX (label_w, w);
    }

  left = frame->pad + (text->hidden ? 0 : label_w + 10 * s);
  right = frame->pad;
  frame->x = left;
  frame->w = MAX (width - left - right, 1);
  frame->slot = frame->w / frame->n_months;

  for (guint m = 0; m < 12; m++)
    {
      double w;

      _po_chart_text_measure (text, numbers->month_abbr[m], PO_CHART_AXIS_FONT, FALSE, &w, NULL);
      month_w = MAX (month_w, w);
    }
  {
    double w;

    _po_chart_text_measure (text, "0000", PO_CHART_AXIS_FONT, FALSE, &w, NULL);
    month_w = MAX (month_w, w);
  }

  po_time_axis_init (&frame->taxis, first_month, first_month + (int) frame->n_months - 1,
                     frame->w, month_w + 10 * s);
}

double
_po_chart_frame_x (const PoChartFrame *frame,
                   double              month)
{
  return frame->x + (month - frame->first_month + 0.5) * frame->slot;
}

double
_po_chart_frame_y (const PoChartFrame *frame,
                   double              value)
{
  return frame->y + frame->h * (1.0 - po_value_axis_fraction (&frame->vaxis, value));
}

/* The month offset under @x, or -1 outside the plot. */
int
_po_chart_frame_slot_at (const PoChartFrame *frame,
                         double              x)
{
  double i;

  if (x < frame->x || x >= frame->x + frame->w || frame->slot <= 0)
    return -1;
  i = floor ((x - frame->x) / frame->slot);
  return (int) CLAMP (i, 0, (double) frame->n_months - 1);
}

static double
crisp (double v)
{
  return floor (v) + 0.5;
}

void
_po_chart_frame_draw_grid (const PoChartFrame *frame,
                           PoChartText        *text)
{
  const PoChartStyle *style = text->style;
  cairo_t *cr = text->cr;
  PoColor grid = po_palette_color (&style->palette, PO_COLOR_GRID);
  PoColor axis = po_palette_color (&style->palette, PO_COLOR_AXIS);
  PoColor dim = po_palette_color (&style->palette, PO_COLOR_DIM_FOREGROUND);
  double s = text->scale;

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);

  for (guint i = 0; i < frame->vaxis.n_ticks; i++)
    {
      double v = frame->vaxis.ticks[i];
      double y = crisp (_po_chart_frame_y (frame, v));
      g_autofree char *label = NULL;

      if (!(style->flags & PO_CHART_NO_GRID) || v == 0.0)
        {
          po_color_set_source (cr, v == 0.0 ? axis : grid);
          cairo_move_to (cr, frame->x, y);
          cairo_line_to (cr, frame->x + frame->w, y);
          cairo_stroke (cr);
        }

      if (!text->hidden)
        {
          label = po_value_axis_label (&frame->vaxis, &style->numbers, frame->kind, v);
          _po_chart_text_draw (text, label, PO_CHART_AXIS_FONT, FALSE, dim,
                               frame->x - 10 * s, y, 1.0, 0.5);
        }
    }

  /* faint year boundaries help reading long ranges */
  if (!(style->flags & PO_CHART_NO_GRID) && frame->taxis.unit != PO_TIME_UNIT_YEAR)
    {
      po_color_set_source (cr, grid);
      for (guint i = 1; i < frame->taxis.n_ticks; i++)
        {
          double x;

          if (!po_time_axis_is_major (&frame->taxis, i))
            continue;
          x = crisp (_po_chart_frame_x (frame, frame->taxis.ticks[i]) - frame->slot / 2);
          cairo_move_to (cr, x, frame->y);
          cairo_line_to (cr, x, frame->y + frame->h);
          cairo_stroke (cr);
        }
    }

  cairo_restore (cr);
}

void
_po_chart_frame_draw_time (const PoChartFrame *frame,
                           PoChartText        *text)
{
  const PoChartStyle *style = text->style;
  const PoTimeAxis *axis = &frame->taxis;
  cairo_t *cr = text->cr;
  PoColor dim = po_palette_color (&style->palette, PO_COLOR_DIM_FOREGROUND);
  PoColor axis_color = po_palette_color (&style->palette, PO_COLOR_AXIS);
  double s = text->scale;
  double y = frame->y + frame->h;
  double line_h = 0, last_right = -G_MAXDOUBLE;
  double right_edge = frame->x + frame->w + frame->pad;

  if (text->hidden)
    return;

  _po_chart_text_measure (text, "0", PO_CHART_AXIS_FONT, FALSE, NULL, &line_h);

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);

  for (guint i = 0; i < axis->n_ticks; i++)
    {
      g_autofree char *label = po_time_axis_label (axis, &style->numbers, i);
      g_autofree char *sublabel = po_time_axis_sublabel (axis, &style->numbers, i);
      double cx = _po_chart_frame_x (frame, axis->ticks[i]);
      double lw = 0, sw = 0, left, w, align;

      _po_chart_text_measure (text, label, PO_CHART_AXIS_FONT, FALSE, &lw, NULL);
      _po_chart_text_measure (text, sublabel, PO_CHART_AXIS_FONT, FALSE, &sw, NULL);
      w = MAX (lw, sw);

      if (axis->unit == PO_TIME_UNIT_MONTH)
        {
          /* months: centred under their slot */
          align = 0.5;
          left = cx - w / 2;
        }
      else
        {
          /* quarters and years: start at the boundary, after a tick mark */
          double bx = crisp (cx - frame->slot / 2);

          po_color_set_source (cr, axis_color);
          cairo_move_to (cr, bx, y);
          cairo_line_to (cr, bx, y + 5 * s);
          cairo_stroke (cr);
          cx = bx + 4 * s;
          align = 0.0;
          left = cx;
        }

      if (left < last_right + 6 * s || left + w > right_edge)
        continue;
      last_right = left + w;

      _po_chart_text_draw (text, label, PO_CHART_AXIS_FONT, FALSE, dim,
                           cx, y + 6 * s, align, 0.0);
      if (sublabel != NULL)
        _po_chart_text_draw (text, sublabel, PO_CHART_AXIS_FONT, TRUE, dim,
                             cx, y + 6 * s + line_h + 1 * s, align, 0.0);
    }

  cairo_restore (cr);
}

void
_po_chart_frame_draw_legend (const PoChartFrame  *frame,
                             PoChartText         *text,
                             const PoChartLegend *legend)
{
  if (frame->legend_h <= 0)
    return;
  legend_flow (text, frame->legend_x, frame->legend_y, frame->legend_w, legend, TRUE);
}

/* Series helpers */

void
_po_chart_series_range (const PoChartSeries *series,
                        guint                n_values,
                        double              *min,
                        double              *max)
{
  guint n = series->x != NULL ? series->n_points : n_values;

  if (series->values == NULL)
    return;
  for (guint i = 0; i < n; i++)
    {
      double v = series->values[i];

      if (!isfinite (v))
        continue;
      *min = MIN (*min, v);
      *max = MAX (*max, v);
    }
}

/* The first and last defined values of a series. */
gboolean
_po_chart_series_ends (const PoChartSeries *series,
                       guint                n_values,
                       guint               *first,
                       guint               *last)
{
  guint n = series->x != NULL ? series->n_points : n_values;
  gboolean found = FALSE;

  if (series->values == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      if (!isfinite (series->values[i]))
        continue;
      if (!found)
        *first = i;
      *last = i;
      found = TRUE;
    }
  return found;
}

/* The number style to describe in: @numbers, or the default one,
 * written to @fallback. */
const PoNumberStyle *
_po_chart_numbers_or_default (const PoNumberStyle *numbers,
                              PoNumberStyle       *fallback)
{
  if (numbers != NULL)
    return numbers;
  po_number_style_default (fallback);
  return fallback;
}

char *
_po_chart_describe_no_data (const char *title)
{
  if (title != NULL)
    /* Translators: "MRR: no data." */
    return g_strdup_printf (_("%s: no data."), title);
  return g_strdup (_("No data."));
}

char *
_po_chart_describe_trend (const PoNumberStyle *numbers,
                          const char          *subject,
                          PoValueKind          kind,
                          double               from_value,
                          double               to_value,
                          int                  from_month,
                          int                  to_month)
{
  g_autofree char *from = po_format_value (numbers, kind, from_value);
  g_autofree char *to = po_format_value (numbers, kind, to_value);
  g_autofree char *m0 = po_format_month (numbers, from_month, PO_MONTH_FORMAT_SHORT_YEAR);
  g_autofree char *m1 = po_format_month (numbers, to_month, PO_MONTH_FORMAT_SHORT_YEAR);

  if (from_month == to_month)
    /* Translators: "MRR was 12,345 € in Mar 2024." */
    return g_strdup_printf (_("%s was %s in %s."), subject, to, m1);
  if (g_strcmp0 (from, to) == 0)
    /* Translators: "MRR stayed at 12,345 € between Jan 2022 and Dec 2026." */
    return g_strdup_printf (_("%s stayed at %s between %s and %s."), subject, to, m0, m1);
  if (to_value > from_value)
    /* Translators: "MRR rose from 12,345 € to 23,456 € between Jan 2022 and Dec 2026." */
    return g_strdup_printf (_("%s rose from %s to %s between %s and %s."), subject, from, to, m0, m1);
  /* Translators: "MRR fell from 23,456 € to 12,345 € between Jan 2022 and Dec 2026." */
  return g_strdup_printf (_("%s fell from %s to %s between %s and %s."), subject, from, to, m0, m1);
}

/* Bars */

/* A bar between two heights with optionally rounded ends. */
void
_po_chart_bar_path (cairo_t *cr,
                    double   x,
                    double   y_top,
                    double   width,
                    double   y_bottom,
                    double   radius_top,
                    double   radius_bottom)
{
  double h = y_bottom - y_top;

  if (h <= 0 || width <= 0)
    return;

  radius_top = MIN (radius_top, MIN (width / 2, h / 2));
  radius_bottom = MIN (radius_bottom, MIN (width / 2, h / 2));

  cairo_new_sub_path (cr);
  if (radius_top > 0.2)
    {
      cairo_arc (cr, x + radius_top, y_top + radius_top, radius_top, G_PI, 3 * G_PI / 2);
      cairo_arc (cr, x + width - radius_top, y_top + radius_top, radius_top, 3 * G_PI / 2, 2 * G_PI);
    }
  else
    {
      cairo_move_to (cr, x, y_top);
      cairo_line_to (cr, x + width, y_top);
    }
  if (radius_bottom > 0.2)
    {
      cairo_arc (cr, x + width - radius_bottom, y_bottom - radius_bottom, radius_bottom, 0, G_PI / 2);
      cairo_arc (cr, x + radius_bottom, y_bottom - radius_bottom, radius_bottom, G_PI / 2, G_PI);
    }
  else
    {
      cairo_line_to (cr, x + width, y_bottom);
      cairo_line_to (cr, x, y_bottom);
    }
  cairo_close_path (cr);
}

/* Bars take most of their slot, leaving a gap that stays visible. */
double
_po_chart_bar_width (const PoChartFrame *frame,
                     double              scale)
{
  double w = frame->slot * 0.72;

  if (frame->slot - w < 1.0)
    w = frame->slot - 1.0;
  return CLAMP (w, MIN (1.0, frame->slot), 56 * scale);
}
