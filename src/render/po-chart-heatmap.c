/* po-chart-heatmap.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-chart-heatmap"

#include "config.h"

#include "po-chart-heatmap.h"
#include "po-chart-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

typedef struct
{
  double x, y, w, h;    /* cell grid */
  double cell_w, cell_h;
  double gap;
  double line_h;
  double title_y;
  double header_y;
  double label_x;       /* right edge of the row labels */
  guint  row_every;     /* label every n-th row / column */
  guint  col_every;
} Layout;

static double
cell (const PoChartHeatmap *data,
      guint                 row,
      guint                 col)
{
  return data->values[(gsize) row * data->n_cols + col];
}

static gboolean
has_data (const PoChartHeatmap *data)
{
  if (data == NULL || data->n_rows == 0 || data->n_cols == 0 || data->values == NULL)
    return FALSE;
  for (gsize i = 0; i < (gsize) data->n_rows * data->n_cols; i++)
    if (isfinite (data->values[i]))
      return TRUE;
  return FALSE;
}

static char *
row_label (const PoChartHeatmap *data,
           const PoChartStyle   *style,
           guint                 row)
{
  if (data->row_months == NULL)
    return g_strdup_printf ("%u", row + 1);
  return po_format_month (&style->numbers, data->row_months[row], PO_MONTH_FORMAT_SHORT_YEAR);
}

static char *
size_label (const PoChartHeatmap *data,
            guint                 row)
{
  if (data->row_sizes == NULL)
    return NULL;
  return g_strdup_printf ("%u", data->row_sizes[row]);
}

static void
layout (const PoChartHeatmap *data,
        PoChartText          *text,
        double                width,
        double                height,
        Layout               *l)
{
  double s = text->scale;
  double pad = (text->hidden ? 6 : 14) * s;
  double label_w = 0, size_w = 0, age_w = 0, top;

  memset (l, 0, sizeof *l);
  _po_chart_text_measure (text, "0", PO_CHART_AXIS_FONT, FALSE, NULL, &l->line_h);

  for (guint r = 0; r < data->n_rows; r++)
    {
      g_autofree char *label = row_label (data, text->style, r);
      g_autofree char *size = size_label (data, r);
      double w;

      _po_chart_text_measure (text, label, PO_CHART_AXIS_FONT, FALSE, &w, NULL);
      label_w = MAX (label_w, w);
      _po_chart_text_measure (text, size, PO_CHART_AXIS_FONT, FALSE, &w, NULL);
      size_w = MAX (size_w, w);
    }

  top = pad;
  if (!text->hidden)
    {
      l->title_y = top;
      top += l->line_h + 4 * s;
      l->header_y = top;
      top += l->line_h + 6 * s;
    }

  l->label_x = pad + label_w + (size_w > 0 ? 8 * s + size_w : 0);
  l->x = text->hidden ? pad : l->label_x + 10 * s;
  l->y = top;
  l->w = MAX (width - l->x - pad, 1);
  l->h = MAX (height - l->y - pad, 1);
  l->cell_w = l->w / data->n_cols;
  l->cell_h = l->h / data->n_rows;
  /* square-ish cells read better than stretched ones */
  if (l->cell_h > l->cell_w * 0.8 && !text->hidden)
    {
      l->cell_h = MAX (l->cell_w * 0.8, MIN (l->cell_h, l->line_h + 12 * s));
      l->h = l->cell_h * data->n_rows;
    }
  l->gap = MIN (l->cell_w, l->cell_h) >= 8 ? 2 * s : 0;

  _po_chart_text_measure (text, "00", PO_CHART_AXIS_FONT, FALSE, &age_w, NULL);
  l->row_every = 1;
  while (!text->hidden && l->cell_h * l->row_every < l->line_h + 2 * s)
    l->row_every++;
  l->col_every = 1;
  while (!text->hidden && l->cell_w * l->col_every < age_w + 8 * s)
    l->col_every = l->col_every < 2 ? 2 : l->col_every < 3 ? 3 : l->col_every < 6 ? 6 : l->col_every + 6;
}

/* The cell colour of @fraction: from a pale to a deep blue. */
PoColor
po_chart_heatmap_color (const PoChartStyle *style,
                        double              fraction)
{
  PoColor low, high;

  style = _po_chart_style_or_default (style);
  if (style->palette.dark)
    {
      po_color_parse (&low, "#26324a");
      po_color_parse (&high, "#62a0ea");
    }
  else
    {
      po_color_parse (&low, "#e7f0fc");
      po_color_parse (&high, "#1a5fb4");
    }
  if (!isfinite (fraction))
    fraction = 0;
  return po_color_mix (low, high, CLAMP (fraction, 0.0, 1.0));
}

void
po_chart_heatmap_draw (cairo_t              *cr,
                       double                width,
                       double                height,
                       const PoChartHeatmap *data,
                       const PoChartStyle   *style)
{
  PoChartText text;
  Layout l;
  PoColor dim, fg, white;
  double value_w = 0, s;

  g_return_if_fail (cr != NULL);

  style = _po_chart_draw_begin (&text, cr, width, height, style, has_data (data), NULL);
  if (style == NULL)
    return;
  layout (data, &text, width, height, &l);
  s = text.scale;
  dim = po_palette_color (&style->palette, PO_COLOR_DIM_FOREGROUND);
  fg = po_palette_color (&style->palette, PO_COLOR_FOREGROUND);
  po_color_parse (&white, "#ffffff");

  _po_chart_text_draw (&text, data->col_title ? data->col_title : _("Months since start"),
                       PO_CHART_AXIS_FONT, TRUE, dim, l.x, l.title_y, 0.0, 0.0);

  for (guint c = 0; c < data->n_cols; c += l.col_every)
    {
      g_autofree char *age = g_strdup_printf ("%u", c);

      _po_chart_text_draw (&text, age, PO_CHART_AXIS_FONT, FALSE, dim,
                           l.x + (c + 0.5) * l.cell_w, l.header_y, 0.5, 0.0);
    }

  for (guint r = 0; r < data->n_rows; r += l.row_every)
    {
      g_autofree char *label = row_label (data, style, r);
      g_autofree char *size = size_label (data, r);
      double cy = l.y + (r + 0.5) * l.cell_h;
      double sw = 0;

      _po_chart_text_measure (&text, size, PO_CHART_AXIS_FONT, FALSE, &sw, NULL);
      _po_chart_text_draw (&text, size, PO_CHART_AXIS_FONT, FALSE, dim, l.label_x, cy, 1.0, 0.5);
      _po_chart_text_draw (&text, label, PO_CHART_AXIS_FONT, FALSE, fg,
                           l.label_x - (sw > 0 ? sw + 8 * s : 0), cy, 1.0, 0.5);
    }

  _po_chart_text_measure (&text, "100 %", PO_CHART_AXIS_FONT - 1, FALSE, &value_w, NULL);

  for (guint r = 0; r < data->n_rows; r++)
    for (guint c = 0; c < data->n_cols; c++)
      {
        double v = cell (data, r, c);
        double x = l.x + c * l.cell_w, y = l.y + r * l.cell_h;
        double frac = data->kind == PO_VALUE_PERCENT ? v : v / 100.0;
        PoColor color;

        if (!isfinite (v))
          continue;

        color = po_chart_heatmap_color (style, frac);
        po_color_set_source (cr, color);
        _po_chart_rounded_rect (cr, x + l.gap / 2, y + l.gap / 2,
                                MAX (l.cell_w - l.gap, 0.5), MAX (l.cell_h - l.gap, 0.5),
                                l.gap > 0 ? 3 * s : 0);
        cairo_fill (cr);

        if (l.cell_w - l.gap >= value_w + 4 * s && l.cell_h - l.gap >= l.line_h)
          {
            g_autofree char *label = po_format_value_compact (&style->numbers, data->kind,
                                                              data->kind == PO_VALUE_PERCENT ? round (v * 100) / 100 : v);
            gboolean light_text = po_color_luminance (color) < 0.3;

            _po_chart_text_draw (&text, label, PO_CHART_AXIS_FONT - 1, FALSE,
                                 light_text ? white : po_palette_color (po_palette_get (FALSE), PO_COLOR_FOREGROUND),
                                 x + l.cell_w / 2, y + l.cell_h / 2, 0.5, 0.5);
          }
      }

  _po_chart_text_clear (&text);
}

gboolean
po_chart_heatmap_hit (const PoChartHeatmap *data,
                      const PoChartStyle   *style,
                      double                width,
                      double                height,
                      double                x,
                      double                y,
                      PoChartHit           *hit)
{
  PoChartText text;
  Layout l;
  guint r, c;

  g_return_val_if_fail (hit != NULL, FALSE);

  po_chart_hit_clear (hit);
  style = _po_chart_style_or_default (style);
  if (!has_data (data))
    return FALSE;

  _po_chart_text_init_measure (&text, style);
  layout (data, &text, width, height, &l);
  _po_chart_text_clear (&text);

  if (x < l.x || y < l.y || x >= l.x + l.w || y >= l.y + l.h)
    return FALSE;

  c = (guint) MIN ((x - l.x) / l.cell_w, data->n_cols - 1);
  r = (guint) MIN ((y - l.y) / l.cell_h, data->n_rows - 1);
  if (!isfinite (cell (data, r, c)))
    return FALSE;

  hit->row = (int) r;
  hit->index = (int) c;
  hit->month = (data->row_months ? data->row_months[r] : 0) + (int) c;
  hit->value = cell (data, r, c);
  hit->x = l.x + (c + 0.5) * l.cell_w;
  hit->y = l.y + (r + 0.5) * l.cell_h;
  return TRUE;
}

char *
po_chart_heatmap_describe (const PoChartHeatmap *data,
                           const PoNumberStyle  *numbers)
{
  g_autoptr(GString) out = g_string_new (NULL);
  PoNumberStyle fallback;
  const char *title;
  int age = -1;

  numbers = _po_chart_numbers_or_default (numbers, &fallback);

  if (!has_data (data))
    return _po_chart_describe_no_data (data != NULL ? data->title : NULL);

  title = data->title ? data->title : _("Cohorts");
  if (data->row_months != NULL)
    {
      g_autofree char *m0 = po_format_month (numbers, data->row_months[0], PO_MONTH_FORMAT_SHORT_YEAR);
      g_autofree char *m1 = po_format_month (numbers, data->row_months[data->n_rows - 1], PO_MONTH_FORMAT_SHORT_YEAR);

      g_string_append_printf (out,
                              /* Translators: "Logo retention: 24 cohorts from Jan 2023 to Dec 2024." */
                              g_dngettext (GETTEXT_PACKAGE, "%s: %u cohort from %s to %s.",
                                           "%s: %u cohorts from %s to %s.", data->n_rows),
                              title, data->n_rows, m0, m1);
    }
  else
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s: %u cohort.", "%s: %u cohorts.", data->n_rows),
                            title, data->n_rows);

  /* a year on if the data reaches it, else the oldest age shown */
  for (guint c = 0; c < data->n_cols; c++)
    for (guint r = 0; r < data->n_rows; r++)
      if (isfinite (cell (data, r, c)) && (c <= 12 || age < 0))
        {
          age = (int) c;
          break;
        }

  if (age > 0)
    {
      double min = G_MAXDOUBLE, max = -G_MAXDOUBLE, sum = 0;
      guint n = 0;
      g_autofree char *lo = NULL;
      g_autofree char *hi = NULL;
      g_autofree char *mean = NULL;

      for (guint r = 0; r < data->n_rows; r++)
        {
          double v = cell (data, r, (guint) age);

          if (!isfinite (v))
            continue;
          min = MIN (min, v);
          max = MAX (max, v);
          sum += v;
          n++;
        }
      lo = po_format_value (numbers, data->kind, min);
      hi = po_format_value (numbers, data->kind, max);
      mean = po_format_value (numbers, data->kind, sum / n);
      g_string_append_c (out, ' ');
      g_string_append_printf (out,
                              /* Translators: "After 12 months: between 60.0 % and 95.0 %, 80.0 % on average." */
                              g_dngettext (GETTEXT_PACKAGE,
                                           "After %d month: between %s and %s, %s on average.",
                                           "After %d months: between %s and %s, %s on average.",
                                           (gulong) age),
                              age, lo, hi, mean);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
