/* po-chart-renewals.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-chart-renewals"

#include "config.h"

#include "po-chart-renewals.h"
#include "po-chart-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

/* Enterprise milestones: days before the renewal date (DESIGN.md §2). */
static const struct
{
  int         days;
  const char *stage;
} milestones[] = {
  { 30, N_("Signature") },
  { 60, N_("Negotiation") },
  { 90, N_("Proposal") },
  { 120, N_("Conversation") },
  { 180, N_("Preparation") },
};

static const PoForecast lane_order[PO_RENEWALS_N_LANES] = {
  PO_FORECAST_COMMIT, PO_FORECAST_LIKELY, PO_FORECAST_AT_RISK, PO_FORECAST_UNKNOWN,
};

typedef struct
{
  double x, y, w, h;   /* plot area */
  double lane_h;
  double label_x;
  double caption_y;
  double max_mrr;
  int    horizon;
} Layout;

int
po_chart_renewals_lane (PoForecast forecast)
{
  for (int i = 0; i < PO_RENEWALS_N_LANES; i++)
    if (lane_order[i] == forecast)
      return i;
  return PO_RENEWALS_N_LANES - 1;
}

PoForecast
po_chart_renewals_lane_forecast (int lane)
{
  g_return_val_if_fail (lane >= 0 && lane < PO_RENEWALS_N_LANES, PO_FORECAST_UNKNOWN);
  return lane_order[lane];
}

PoColorRole
po_chart_renewals_color (PoForecast forecast)
{
  switch (forecast)
    {
    case PO_FORECAST_COMMIT:
      return PO_COLOR_HEALTH_GREEN;
    case PO_FORECAST_LIKELY:
      return PO_COLOR_BLUE;
    case PO_FORECAST_AT_RISK:
      return PO_COLOR_HEALTH_RED;
    case PO_FORECAST_UNKNOWN:
    default:
      return PO_COLOR_GRAY;
    }
}

static int
horizon_of (const PoChartRenewals *data)
{
  return data->horizon_days > 0 ? data->horizon_days : PO_RENEWALS_DEFAULT_HORIZON;
}

static const char *
lane_label (int lane)
{
  return po_enum_label (&po_forecast_enum, lane_order[lane]);
}

static void
lane_totals (const PoChartRenewals *data,
             guint                  counts[PO_RENEWALS_N_LANES],
             double                 mrr[PO_RENEWALS_N_LANES])
{
  int horizon = horizon_of (data);

  memset (counts, 0, sizeof (guint) * PO_RENEWALS_N_LANES);
  memset (mrr, 0, sizeof (double) * PO_RENEWALS_N_LANES);
  for (guint i = 0; i < data->n_marks; i++)
    {
      const PoRenewalMark *m = &data->marks[i];
      int lane = po_chart_renewals_lane (m->forecast);

      if (m->days < 0 || m->days > horizon)
        continue;
      counts[lane]++;
      if (isfinite (m->mrr_cents))
        mrr[lane] += m->mrr_cents;
    }
}

static char *
lane_sublabel (const PoNumberStyle *numbers,
               guint                count,
               double               mrr)
{
  g_autofree char *money = po_format_currency_compact (numbers, mrr);

  /* Translators: a lane's summary, "12 · 34.5k €": renewals and their MRR */
  return g_strdup_printf (_("%u · %s"), count, money);
}

static void
layout (const PoChartRenewals *data,
        PoChartText           *text,
        double                 width,
        double                 height,
        Layout                *l)
{
  double s = text->scale;
  double pad = (text->hidden ? 6 : 14) * s;
  double line_h = 0, label_w = 0;
  guint counts[PO_RENEWALS_N_LANES];
  double mrr[PO_RENEWALS_N_LANES];

  memset (l, 0, sizeof *l);
  l->horizon = horizon_of (data);
  _po_chart_text_measure (text, "0", PO_CHART_AXIS_FONT, FALSE, NULL, &line_h);
  lane_totals (data, counts, mrr);

  for (int lane = 0; lane < PO_RENEWALS_N_LANES; lane++)
    {
      g_autofree char *sub = lane_sublabel (&text->style->numbers, counts[lane], mrr[lane]);
      double w1 = 0, w2 = 0;

      _po_chart_text_measure (text, lane_label (lane), PO_CHART_LEGEND_FONT, TRUE, &w1, NULL);
      _po_chart_text_measure (text, sub, PO_CHART_AXIS_FONT, FALSE, &w2, NULL);
      label_w = MAX (label_w, MAX (w1, w2));
    }

  l->label_x = pad;
  l->x = pad + (text->hidden ? 0 : label_w + 16 * s);
  l->caption_y = pad;
  l->y = pad + (text->hidden ? 0 : 2 * line_h + 10 * s);
  l->w = MAX (width - l->x - pad - (text->hidden ? 0 : 8 * s), 1);
  l->h = MAX (height - l->y - pad - (text->hidden ? 0 : line_h + 8 * s), 1);
  l->lane_h = l->h / PO_RENEWALS_N_LANES;

  l->max_mrr = 0;
  for (guint i = 0; i < data->n_marks; i++)
    if (isfinite (data->marks[i].mrr_cents))
      l->max_mrr = MAX (l->max_mrr, data->marks[i].mrr_cents);
}

static double
day_x (const Layout *l,
       double        days)
{
  return l->x + days / l->horizon * l->w;
}

/* A stable spread inside the lane so that marks on one day do not hide
 * each other entirely. */
static double
mark_y (const Layout        *l,
        const PoRenewalMark *m)
{
  guint64 h = (guint64) m->account_id * G_GUINT64_CONSTANT (11400714819323198485);
  double jitter = (double) (h >> 40) / (double) (1 << 24) - 0.5;
  int lane = po_chart_renewals_lane (m->forecast);

  return l->y + (lane + 0.5) * l->lane_h + jitter * l->lane_h * 0.6;
}

static double
mark_radius (const Layout        *l,
             const PoRenewalMark *m,
             double               scale)
{
  double f = l->max_mrr > 0 && isfinite (m->mrr_cents) && m->mrr_cents > 0
             ? sqrt (m->mrr_cents / l->max_mrr) : 0;
  double r = (3.0 + 8.0 * f) * scale;

  return MIN (r, MAX (l->lane_h * 0.3, 2.0));
}

static gboolean
has_marks (const PoChartRenewals *data)
{
  int horizon;

  if (data == NULL || data->marks == NULL)
    return FALSE;
  horizon = horizon_of (data);
  for (guint i = 0; i < data->n_marks; i++)
    if (data->marks[i].days >= 0 && data->marks[i].days <= horizon)
      return TRUE;
  return FALSE;
}

static void
draw_lanes (const PoChartRenewals *data,
            const Layout          *l,
            PoChartText           *text)
{
  const PoChartStyle *style = text->style;
  cairo_t *cr = text->cr;
  double s = text->scale;
  PoColor fg = po_palette_color (&style->palette, PO_COLOR_FOREGROUND);
  PoColor dim = po_palette_color (&style->palette, PO_COLOR_DIM_FOREGROUND);
  PoColor grid = po_palette_color (&style->palette, PO_COLOR_GRID);
  guint counts[PO_RENEWALS_N_LANES];
  double mrr[PO_RENEWALS_N_LANES];

  lane_totals (data, counts, mrr);

  for (int lane = 0; lane < PO_RENEWALS_N_LANES; lane++)
    {
      PoColor color = po_palette_color (&style->palette, po_chart_renewals_color (lane_order[lane]));
      double y = l->y + lane * l->lane_h;
      g_autofree char *sub = NULL;

      /* a faint tint of the forecast colour marks the lane */
      cairo_save (cr);
      po_color_set_source (cr, po_color_with_alpha (color, lane % 2 ? 0.04 : 0.07));
      cairo_rectangle (cr, l->x, y, l->w, l->lane_h);
      cairo_fill (cr);
      po_color_set_source (cr, grid);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, l->x, floor (y + l->lane_h) + 0.5);
      cairo_line_to (cr, l->x + l->w, floor (y + l->lane_h) + 0.5);
      cairo_stroke (cr);
      /* swatch */
      po_color_set_source (cr, color);
      _po_chart_rounded_rect (cr, l->x - 8 * s, y + 4 * s, 3 * s, l->lane_h - 8 * s, 1.5 * s);
      cairo_fill (cr);
      cairo_restore (cr);

      if (text->hidden)
        continue;
      sub = lane_sublabel (&style->numbers, counts[lane], mrr[lane]);
      _po_chart_text_draw (text, lane_label (lane), PO_CHART_LEGEND_FONT, TRUE, fg,
                           l->label_x, y + l->lane_h / 2, 0.0, 1.0);
      _po_chart_text_draw (text, sub, PO_CHART_AXIS_FONT, FALSE, dim,
                           l->label_x, y + l->lane_h / 2 + 2 * s, 0.0, 0.0);
    }
}

static void
draw_milestones (const Layout *l,
                 PoChartText  *text)
{
  const PoChartStyle *style = text->style;
  cairo_t *cr = text->cr;
  double s = text->scale;
  PoColor target = po_palette_color (&style->palette, PO_COLOR_TARGET);
  PoColor dim = po_palette_color (&style->palette, PO_COLOR_DIM_FOREGROUND);
  PoColor fg = po_palette_color (&style->palette, PO_COLOR_FOREGROUND);
  double dash[] = { 4 * s, 4 * s };
  int previous = 0;

  for (guint i = 0; i < G_N_ELEMENTS (milestones); i++)
    {
      int days = milestones[i].days;
      double x = floor (day_x (l, MIN (days, l->horizon))) + 0.5;
      double x0 = day_x (l, previous);
      g_autofree char *num = NULL;

      if (previous >= l->horizon)
        break;

      if (days < l->horizon)
        {
          cairo_save (cr);
          po_color_set_source (cr, po_color_with_alpha (target, 0.55));
          cairo_set_line_width (cr, 1.0);
          cairo_set_dash (cr, dash, 2, 0);
          cairo_move_to (cr, x, l->y - 4 * s);
          cairo_line_to (cr, x, l->y + l->h);
          cairo_stroke (cr);
          cairo_restore (cr);
        }

      if (!text->hidden)
        {
          double tw = 0;

          /* Translators: a number of days before the renewal date */
          num = g_strdup_printf (_("≤ %d d"), days);
          _po_chart_text_measure (text, _(milestones[i].stage), PO_CHART_AXIS_FONT, TRUE, &tw, NULL);
          if (tw + 6 * s < x - x0)
            {
              _po_chart_text_draw (text, _(milestones[i].stage), PO_CHART_AXIS_FONT, TRUE, fg,
                                   (x0 + x) / 2, l->caption_y, 0.5, 0.0);
              _po_chart_text_draw (text, num, PO_CHART_AXIS_FONT - 1, FALSE, dim,
                                   (x0 + x) / 2, l->y - 6 * s, 0.5, 1.0);
            }
        }
      previous = days;
    }
}

static void
draw_time (const PoChartRenewals *data,
           const Layout          *l,
           PoChartText           *text)
{
  const PoChartStyle *style = text->style;
  cairo_t *cr = text->cr;
  double s = text->scale;
  PoColor axis = po_palette_color (&style->palette, PO_COLOR_AXIS);
  PoColor dim = po_palette_color (&style->palette, PO_COLOR_DIM_FOREGROUND);
  PoColor accent = po_palette_color (&style->palette, PO_COLOR_ACCENT);
  double bottom = l->y + l->h;
  double last_right = -G_MAXDOUBLE;

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  po_color_set_source (cr, axis);
  cairo_move_to (cr, l->x, floor (bottom) + 0.5);
  cairo_line_to (cr, l->x + l->w, floor (bottom) + 0.5);
  cairo_stroke (cr);

  /* today */
  po_color_set_source (cr, accent);
  cairo_set_line_width (cr, 2.0 * s);
  cairo_move_to (cr, l->x, l->y - 4 * s);
  cairo_line_to (cr, l->x, bottom);
  cairo_stroke (cr);
  cairo_restore (cr);

  if (data->reference_day == PO_DAY_NONE)
    return;

  for (int d = 0; d <= l->horizon; d++)
    {
      int year, month, mday;
      double x, tw = 0;
      g_autofree char *label = NULL;

      po_day_to_ymd (data->reference_day + d, &year, &month, &mday);
      if (mday != 1 && d != 0)
        continue;
      x = floor (day_x (l, d)) + 0.5;
      if (mday == 1)
        {
          cairo_save (cr);
          po_color_set_source (cr, axis);
          cairo_set_line_width (cr, 1.0);
          cairo_move_to (cr, x, bottom);
          cairo_line_to (cr, x, bottom + 4 * s);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      if (text->hidden)
        continue;
      if (mday == 1)
        label = po_format_month (&style->numbers, po_month_index (year, month),
                                 month == 1 ? PO_MONTH_FORMAT_SHORT_YEAR : PO_MONTH_FORMAT_SHORT);
      else
        /* Translators: day 0 of the renewal timeline, "Nov 24" */
        label = g_strdup_printf (C_("renewal timeline", "%s %d"), style->numbers.month_abbr[month - 1], mday);
      _po_chart_text_measure (text, label, PO_CHART_AXIS_FONT, FALSE, &tw, NULL);
      if (x - (d == 0 ? 0 : tw / 2) < last_right + 8 * s || x + tw / 2 > l->x + l->w + 14 * s)
        continue;
      _po_chart_text_draw (text, label, PO_CHART_AXIS_FONT, d == 0, d == 0 ? accent : dim,
                           x, bottom + 6 * s, d == 0 ? 0.0 : 0.5, 0.0);
      last_right = x + (d == 0 ? tw : tw / 2);
    }
}

static int
compare_by_size (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const PoRenewalMark *marks = user_data;
  double ma = marks[*(const guint *) a].mrr_cents;
  double mb = marks[*(const guint *) b].mrr_cents;

  return (mb > ma) - (mb < ma);
}

static void
draw_marks (const PoChartRenewals *data,
            const Layout          *l,
            PoChartText           *text)
{
  const PoChartStyle *style = text->style;
  cairo_t *cr = text->cr;
  double s = text->scale;
  PoColor bg = po_palette_color (&style->palette, PO_COLOR_BACKGROUND);
  g_autofree guint *order = g_new (guint, MAX (data->n_marks, 1));

  /* large marks first, so small ones stay visible on top */
  for (guint i = 0; i < data->n_marks; i++)
    order[i] = i;
  g_qsort_with_data (order, data->n_marks, sizeof (guint), compare_by_size, (gpointer) data->marks);

  cairo_save (cr);
  cairo_rectangle (cr, l->x - 12 * s, l->y, l->w + 24 * s, l->h);
  cairo_clip (cr);
  cairo_set_line_width (cr, 1.25 * s);
  for (guint k = 0; k < data->n_marks; k++)
    {
      const PoRenewalMark *m = &data->marks[order[k]];
      PoColor color = po_palette_color (&style->palette, po_chart_renewals_color (m->forecast));
      double x, y, r;

      if (m->days < 0 || m->days > l->horizon)
        continue;
      x = day_x (l, m->days);
      y = mark_y (l, m);
      r = mark_radius (l, m, s);

      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      po_color_set_source (cr, po_color_mix (bg, color, 0.55));
      cairo_fill_preserve (cr);
      po_color_set_source (cr, color);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

void
po_chart_renewals_draw (cairo_t               *cr,
                        double                 width,
                        double                 height,
                        const PoChartRenewals *data,
                        const PoChartStyle    *style)
{
  PoChartText text;
  Layout l;
  gboolean empty;
  g_autofree char *message = NULL;

  g_return_if_fail (cr != NULL);

  empty = !has_marks (data);
  if (empty)
    message = g_strdup_printf (_("No renewals in the next %d days"),
                               data ? horizon_of (data) : PO_RENEWALS_DEFAULT_HORIZON);
  style = _po_chart_draw_begin (&text, cr, width, height, style, !empty, message);
  if (style == NULL)
    return;
  layout (data, &text, width, height, &l);
  draw_lanes (data, &l, &text);
  draw_milestones (&l, &text);
  draw_time (data, &l, &text);
  draw_marks (data, &l, &text);
  _po_chart_text_clear (&text);
}

gboolean
po_chart_renewals_hit (const PoChartRenewals *data,
                       const PoChartStyle    *style,
                       double                 width,
                       double                 height,
                       double                 x,
                       double                 y,
                       PoChartHit            *hit)
{
  PoChartText text;
  Layout l;
  double best = G_MAXDOUBLE;
  gboolean found = FALSE;

  g_return_val_if_fail (hit != NULL, FALSE);

  po_chart_hit_clear (hit);
  style = _po_chart_style_or_default (style);
  if (!has_marks (data))
    return FALSE;

  _po_chart_text_init_measure (&text, style);
  layout (data, &text, width, height, &l);
  _po_chart_text_clear (&text);

  for (guint i = 0; i < data->n_marks; i++)
    {
      const PoRenewalMark *m = &data->marks[i];
      double mx, my, r, d;

      if (m->days < 0 || m->days > l.horizon)
        continue;
      mx = day_x (&l, m->days);
      my = mark_y (&l, m);
      r = mark_radius (&l, m, text.scale);
      d = hypot (mx - x, my - y);
      if (d <= r + 3 * text.scale && d < best)
        {
          int year, month, mday;

          best = d;
          found = TRUE;
          hit->series = po_chart_renewals_lane (m->forecast);
          hit->index = (int) i;
          hit->value = m->mrr_cents;
          hit->x = mx;
          hit->y = my - r;
          if (data->reference_day != PO_DAY_NONE)
            {
              po_day_to_ymd (data->reference_day + m->days, &year, &month, &mday);
              hit->month = po_month_index (year, month);
            }
        }
    }

  return found;
}

char *
po_chart_renewals_describe (const PoChartRenewals *data,
                            const PoNumberStyle   *numbers)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint counts[PO_RENEWALS_N_LANES];
  double mrr[PO_RENEWALS_N_LANES];
  guint total = 0;
  double total_mrr = 0;
  g_autofree char *money = NULL;
  const PoRenewalMark *next = NULL;
  PoNumberStyle fallback;
  int horizon;

  numbers = _po_chart_numbers_or_default (numbers, &fallback);

  horizon = data ? horizon_of (data) : PO_RENEWALS_DEFAULT_HORIZON;
  if (!has_marks (data))
    return g_strdup_printf (_("No renewals in the next %d days."), horizon);

  lane_totals (data, counts, mrr);
  for (int lane = 0; lane < PO_RENEWALS_N_LANES; lane++)
    {
      total += counts[lane];
      total_mrr += mrr[lane];
    }
  money = po_format_currency (numbers, (gint64) llround (total_mrr));
  g_string_append_printf (out,
                          /* Translators: "Renewals in the next 180 days: 12 accounts with 3.456,00 € MRR." */
                          g_dngettext (GETTEXT_PACKAGE,
                                       "Renewals in the next %d days: %u account with %s MRR.",
                                       "Renewals in the next %d days: %u accounts with %s MRR.",
                                       total),
                          horizon, total, money);

  for (int lane = 0; lane < PO_RENEWALS_N_LANES; lane++)
    {
      g_autofree char *lane_money = po_format_currency (numbers, (gint64) llround (mrr[lane]));

      g_string_append_c (out, ' ');
      /* Translators: "At risk: 3 (1.200,00 €)." */
      g_string_append_printf (out, _("%s: %u (%s)."), lane_label (lane), counts[lane], lane_money);
    }

  for (guint i = 0; i < data->n_marks; i++)
    {
      const PoRenewalMark *m = &data->marks[i];

      if (m->days < 0 || m->days > horizon)
        continue;
      if (next == NULL || m->days < next->days)
        next = m;
    }
  if (next != NULL && next->label != NULL)
    {
      g_string_append_c (out, ' ');
      g_string_append_printf (out,
                              /* Translators: "The next is ACME GmbH in 4 days." */
                              g_dngettext (GETTEXT_PACKAGE,
                                           "The next is %s in %d day.",
                                           "The next is %s in %d days.",
                                           next->days),
                              next->label, next->days);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
