/* po-chart-data.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds the dashboard's charts from a PoChartSource and dispatches
 * drawing, hit-testing, descriptions, tooltips and drill-down by kind.
 */

#define G_LOG_DOMAIN "po-chart-data"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "po-chart-data-private.h"
#include "po-decimate.h"

#define QUICK_RATIO_TARGET 4.0

/* The movement bars: gains stack up, losses down. */
static const struct
{
  PoMovementKind kind;
  PoColorRole    color;
  double         sign;
} movement_series[] = {
  { PO_MOVEMENT_NEW, PO_COLOR_NEW, 1 },
  { PO_MOVEMENT_EXPANSION, PO_COLOR_EXPANSION, 1 },
  { PO_MOVEMENT_REACTIVATION, PO_COLOR_REACTIVATION, 1 },
  { PO_MOVEMENT_CONTRACTION, PO_COLOR_CONTRACTION, -1 },
  { PO_MOVEMENT_CHURN, PO_COLOR_CHURN, -1 },
};

/* The health distribution, bottom up. */
static const struct
{
  PoHealthBand band;
  PoColorRole  color;
} band_series[] = {
  { PO_HEALTH_BAND_RED, PO_COLOR_HEALTH_RED },
  { PO_HEALTH_BAND_YELLOW, PO_COLOR_HEALTH_YELLOW },
  { PO_HEALTH_BAND_GREEN, PO_COLOR_HEALTH_GREEN },
  { PO_HEALTH_BAND_NONE, PO_COLOR_HEALTH_NONE },
};

PoChartData *
_po_chart_data_new (PoChartId      id,
                    PoChartKind    kind,
                    PoChartSource *source,
                    const char    *title)
{
  PoChartData *self = g_new0 (PoChartData, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->id = id;
  self->kind = kind;
  self->source = source ? po_chart_source_ref (source) : NULL;
  self->segment = PO_CHART_ALL_SEGMENTS;
  self->title = g_strdup (title);
  self->owned = g_ptr_array_new_with_free_func (g_free);
  return self;
}

gpointer
_po_chart_data_own (PoChartData *self,
                    gpointer     block)
{
  g_ptr_array_add (self->owned, block);
  return block;
}

static double *
new_values (PoChartData *self,
            guint        n)
{
  double *values = _po_chart_data_own (self, g_new (double, MAX (n, 1)));

  for (guint i = 0; i < n; i++)
    values[i] = NAN;
  return values;
}

static void
clamp_range (PoChartSource *source,
             PoMonth       *first,
             PoMonth       *last)
{
  *first = MAX (*first, source->first);
  *last = MIN (*last, source->last);
  if (*last < *first)
    *first = *last;
}

static PoChartData *
new_monthly (PoChartSource *source,
             PoChartId      id,
             PoChartKind    kind,
             const char    *title,
             PoMonth        first,
             PoMonth        last,
             int            segment)
{
  PoChartData *self = _po_chart_data_new (id, kind, source, title);

  clamp_range (source, &first, &last);
  self->segment = segment;
  self->first = first;
  self->n_months = source->n_months > 0 ? (guint) (last - first + 1) : 0;
  return self;
}

static void
set_line (PoChartData *self,
          PoValueKind  kind,
          guint        n_series)
{
  self->u.line = (PoChartLine) {
    .title = self->title,
    .first_month = self->first,
    .n_months = self->n_months,
    .kind = kind,
    .series = self->series,
    .n_series = n_series,
  };
}

static double
metric (PoMetricValue v)
{
  return v.has_value ? v.value : NAN;
}

static PoChartData *
build_line (PoChartSource *source,
            PoChartId      id,
            PoMonth        first,
            PoMonth        last,
            int            segment)
{
  PoChartData *self;
  double *a, *b = NULL;

  switch (id)
    {
    case PO_CHART_MRR:
      self = new_monthly (source, id, PO_CHART_KIND_LINE, _("MRR"), first, last, segment);
      break;
    case PO_CHART_RETENTION:
      self = new_monthly (source, id, PO_CHART_KIND_LINE, _("Net revenue expansion"), first, last, segment);
      break;
    case PO_CHART_LOGO_CHURN:
      self = new_monthly (source, id, PO_CHART_KIND_LINE, _("Logo churn rate"), first, last, segment);
      break;
    case PO_CHART_QUICK_RATIO:
    default:
      self = new_monthly (source, id, PO_CHART_KIND_LINE, _("Quick ratio"), first, last, segment);
      break;
    }

  a = new_values (self, self->n_months);
  if (id == PO_CHART_RETENTION)
    b = new_values (self, self->n_months);

  for (guint i = 0; i < self->n_months; i++)
    {
      PoMonthSummary s;

      po_chart_source_summary (source, self->first + (PoMonth) i, segment, &s);
      switch (id)
        {
        case PO_CHART_MRR:
          a[i] = (double) s.mrr_cents;
          break;
        case PO_CHART_RETENTION:
          a[i] = metric (s.nre);
          b[i] = metric (s.grr_12m);
          break;
        case PO_CHART_LOGO_CHURN:
          a[i] = metric (s.logo_churn_rate);
          break;
        case PO_CHART_QUICK_RATIO:
        default:
          a[i] = metric (s.quick_ratio);
          break;
        }
    }

  switch (id)
    {
    case PO_CHART_MRR:
      self->series[0] = (PoChartSeries) { .label = _("MRR"), .values = a, .color = PO_COLOR_BLUE };
      set_line (self, PO_VALUE_CURRENCY, 1);
      self->u.line.area = TRUE;
      self->u.line.zero_based = TRUE;
      break;
    case PO_CHART_RETENTION:
      self->series[0] = (PoChartSeries) { .label = _("NRE (NRR over 12 months)"), .values = a, .color = PO_COLOR_BLUE };
      self->series[1] = (PoChartSeries) { .label = _("GRR over 12 months"), .values = b, .color = PO_COLOR_GREEN };
      set_line (self, PO_VALUE_PERCENT, 2);
      self->u.line.has_target = TRUE;
      self->u.line.target = PO_CHART_NRE_TARGET;
      self->u.line.target_label = _("Target");
      break;
    case PO_CHART_LOGO_CHURN:
      self->series[0] = (PoChartSeries) { .label = _("Logo churn rate"), .values = a, .color = PO_COLOR_RED };
      set_line (self, PO_VALUE_PERCENT, 1);
      self->u.line.zero_based = TRUE;
      break;
    case PO_CHART_QUICK_RATIO:
    default:
      self->series[0] = (PoChartSeries) { .label = _("Quick ratio"), .values = a, .color = PO_COLOR_PURPLE };
      set_line (self, PO_VALUE_NUMBER, 1);
      self->u.line.zero_based = TRUE;
      self->u.line.has_target = TRUE;
      self->u.line.target = QUICK_RATIO_TARGET;
      self->u.line.target_label = _("Target");
      break;
    }

  return self;
}

static PoChartData *
build_movements (PoChartSource *source,
                 PoMonth        first,
                 PoMonth        last,
                 int            segment)
{
  PoChartData *self = new_monthly (source, PO_CHART_MOVEMENTS, PO_CHART_KIND_BARS,
                                   _("MRR movements"), first, last, segment);
  double *values[G_N_ELEMENTS (movement_series)];
  double *net = new_values (self, self->n_months);

  for (guint s = 0; s < G_N_ELEMENTS (movement_series); s++)
    values[s] = new_values (self, self->n_months);

  for (guint i = 0; i < self->n_months; i++)
    {
      PoMonthSummary sum;
      const PoMovements *mv = &sum.movements;
      gint64 cents[PO_N_MOVEMENTS] = { 0 };

      po_chart_source_summary (source, self->first + (PoMonth) i, segment, &sum);
      cents[PO_MOVEMENT_NEW] = mv->new_cents;
      cents[PO_MOVEMENT_EXPANSION] = mv->expansion_cents;
      cents[PO_MOVEMENT_REACTIVATION] = mv->reactivation_cents;
      cents[PO_MOVEMENT_CONTRACTION] = mv->contraction_cents;
      cents[PO_MOVEMENT_CHURN] = mv->churn_cents;
      net[i] = 0;
      for (guint s = 0; s < G_N_ELEMENTS (movement_series); s++)
        {
          values[s][i] = movement_series[s].sign * (double) cents[movement_series[s].kind];
          net[i] += values[s][i];
        }
    }

  for (guint s = 0; s < G_N_ELEMENTS (movement_series); s++)
    {
      self->series[s] = (PoChartSeries) {
        .label = po_movement_kind_label (movement_series[s].kind),
        .values = values[s],
        .color = movement_series[s].color,
      };
      self->series_tag[s] = movement_series[s].kind;
    }

  self->u.bars = (PoChartBars) {
    .title = self->title,
    .first_month = self->first,
    .n_months = self->n_months,
    .kind = PO_VALUE_CURRENCY,
    .series = self->series,
    .n_series = G_N_ELEMENTS (movement_series),
    .net = net,
    .net_label = _("Net change"),
  };
  return self;
}

static PoChartData *
build_distribution (PoChartSource *source,
                    PoMonth        first,
                    PoMonth        last,
                    int            segment)
{
  PoChartData *self = new_monthly (source, PO_CHART_HEALTH_DISTRIBUTION, PO_CHART_KIND_DISTRIBUTION,
                                   _("Accounts by health"), first, last, segment);
  double *values[G_N_ELEMENTS (band_series)];
  gboolean any_unscored = FALSE;
  guint n = 0;

  for (guint s = 0; s < G_N_ELEMENTS (band_series); s++)
    values[s] = new_values (self, self->n_months);

  for (guint i = 0; i < self->n_months; i++)
    {
      PoMonthSummary sum;

      po_chart_source_summary (source, self->first + (PoMonth) i, segment, &sum);
      for (guint s = 0; s < G_N_ELEMENTS (band_series); s++)
        values[s][i] = sum.health[band_series[s].band];
      any_unscored |= sum.health[PO_HEALTH_BAND_NONE] > 0;
    }

  for (guint s = 0; s < G_N_ELEMENTS (band_series); s++)
    {
      if (band_series[s].band == PO_HEALTH_BAND_NONE && !any_unscored)
        continue;
      self->series[n] = (PoChartSeries) {
        .label = po_health_band_label (band_series[s].band),
        .values = values[s],
        .color = band_series[s].color,
      };
      self->series_tag[n] = band_series[s].band;
      n++;
    }

  self->u.distribution = (PoChartDistribution) {
    .title = self->title,
    .first_month = self->first,
    .n_months = self->n_months,
    .series = self->series,
    .n_series = n,
  };
  return self;
}

static PoChartData *
build_cohorts (PoChartSource *source,
               PoChartId      id,
               PoMonth        first,
               PoMonth        last,
               int            segment)
{
  gboolean revenue = id == PO_CHART_REVENUE_COHORTS;
  PoChartData *self = new_monthly (source, id, PO_CHART_KIND_HEATMAP,
                                   revenue ? _("Revenue retention by cohort") : _("Logo retention by cohort"),
                                   first, last, segment);
  guint n_rows = self->n_months, n_cols = self->n_months;
  int *row_months = _po_chart_data_own (self, g_new0 (int, MAX (n_rows, 1)));
  guint *row_sizes = _po_chart_data_own (self, g_new0 (guint, MAX (n_rows, 1)));
  double *base = g_new0 (double, MAX (n_rows, 1));
  double *cells = new_values (self, n_rows * n_cols);
  guint *sizes = g_new0 (guint, MAX (n_rows, 1));
  double *sums = g_new0 (double, (gsize) MAX (n_rows, 1) * MAX (n_cols, 1));
  guint r = 0;

  /* one pass over the accounts: sum each cohort's MRR or logos by age */
  for (guint a = 0; a < source->n_accounts; a++)
    {
      PoMonth c = source->first_active[a];
      guint row;

      if (!_po_chart_source_in_segment (source, a, segment) || c < self->first ||
          c >= self->first + (PoMonth) self->n_months)
        continue;
      row = (guint) (c - self->first);
      sizes[row]++;
      base[row] += (double) po_metrics_account_mrr (source->metrics, a, c);
      for (PoMonth m = c; m <= source->last && m - c < (PoMonth) n_cols; m++)
        {
          gint64 mrr = po_metrics_account_mrr (source->metrics, a, m);

          sums[(gsize) row * n_cols + (m - c)] += revenue ? (double) mrr : (mrr > 0 ? 1 : 0);
        }
    }

  /* empty cohorts leave no row */
  for (guint row = 0; row < n_rows; row++)
    {
      PoMonth c = self->first + (PoMonth) row;
      double den = revenue ? base[row] : sizes[row];

      if (sizes[row] == 0)
        continue;
      row_months[r] = c;
      row_sizes[r] = sizes[row];
      for (guint k = 0; k < n_cols; k++)
        cells[(gsize) r * n_cols + k] = c + (PoMonth) k <= source->last && den > 0
                                        ? sums[(gsize) row * n_cols + k] / den : NAN;
      r++;
    }

  g_free (base);
  g_free (sizes);
  g_free (sums);

  self->u.heatmap = (PoChartHeatmap) {
    .title = self->title,
    .n_rows = r,
    .n_cols = r > 0 ? (guint) (source->last - row_months[0] + 1) : 0,
    .row_months = row_months,
    .row_sizes = row_sizes,
    .values = cells,
    .kind = PO_VALUE_PERCENT,
  };
  /* the columns past the oldest cohort's age are never reached */
  if (r > 0 && self->u.heatmap.n_cols < n_cols)
    {
      guint cols = self->u.heatmap.n_cols;

      for (guint row = 0; row < r; row++)
        memmove (cells + (gsize) row * cols, cells + (gsize) row * n_cols, cols * sizeof (double));
    }
  return self;
}

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const PoRenewalMark *ma = a, *mb = b;

  if (ma->days != mb->days)
    return ma->days - mb->days;
  return (ma->account_id > mb->account_id) - (ma->account_id < mb->account_id);
}

static PoChartData *
build_renewals (PoChartSource *source,
                int            segment)
{
  PoChartData *self = _po_chart_data_new (PO_CHART_RENEWALS, PO_CHART_KIND_RENEWALS, source,
                                          _("Renewals"));
  PoRenewalMark *marks = _po_chart_data_own (self, g_new (PoRenewalMark, MAX (source->n_renewals, 1)));
  guint n = 0;

  self->segment = segment;
  for (guint i = 0; i < source->n_renewals; i++)
    if (segment < 0 || source->renewal_segment[i] == segment)
      marks[n++] = source->renewals[i];
  qsort (marks, n, sizeof *marks, compare_marks);

  self->u.renewals = (PoChartRenewals) {
    .title = self->title,
    .reference_day = source->renewal_day,
    .horizon_days = PO_RENEWALS_DEFAULT_HORIZON,
    .marks = marks,
    .n_marks = n,
  };
  return self;
}

PoChartData *
po_chart_data_build (PoChartSource *source,
                     PoChartId      id,
                     PoMonth        first,
                     PoMonth        last,
                     int            segment)
{
  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (id < PO_N_CHARTS, NULL);

  switch (id)
    {
    case PO_CHART_MRR:
    case PO_CHART_RETENTION:
    case PO_CHART_LOGO_CHURN:
    case PO_CHART_QUICK_RATIO:
      return build_line (source, id, first, last, segment);
    case PO_CHART_MOVEMENTS:
      return build_movements (source, first, last, segment);
    case PO_CHART_REVENUE_COHORTS:
    case PO_CHART_LOGO_COHORTS:
      return build_cohorts (source, id, first, last, segment);
    case PO_CHART_HEALTH_DISTRIBUTION:
      return build_distribution (source, first, last, segment);
    case PO_CHART_RENEWALS:
      return build_renewals (source, segment);
    case PO_N_CHARTS:
    default:
      g_return_val_if_reached (NULL);
    }
}

PoChartData *
po_chart_data_build_sparkline (PoChartSource *source,
                               PoTileKpi          kpi,
                               PoMonth        first,
                               PoMonth        last,
                               int            segment)
{
  PoChartData *self;
  double *values;

  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (kpi < PO_N_TILE_KPIS, NULL);

  self = new_monthly (source, PO_N_CHARTS, PO_CHART_KIND_SPARKLINE, po_tile_kpi_title (kpi),
                      first, last, segment);
  self->kpi = kpi;
  values = new_values (self, self->n_months);
  for (guint i = 0; i < self->n_months; i++)
    values[i] = po_chart_source_kpi (source, kpi, self->first + (PoMonth) i, segment);

  self->u.sparkline = (PoChartSparkline) {
    .title = self->title,
    .values = values,
    .n_values = self->n_months,
    .kind = po_tile_kpi_value_kind (kpi),
    .color = kpi == PO_TILE_KPI_LOGO_CHURN ? PO_COLOR_RED : PO_COLOR_AUTO,
    .area = kpi == PO_TILE_KPI_MRR,
    .monthly = TRUE,
    .first_month = self->first,
  };
  return self;
}

PoChartData *
po_chart_data_ref (PoChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
po_chart_data_unref (PoChartData *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->source, po_chart_source_unref);
  g_clear_pointer (&self->owned, g_ptr_array_unref);
  g_free (self->title);
  g_free (self);
}

PoChartId
po_chart_data_get_id (PoChartData *self)
{
  g_return_val_if_fail (self != NULL, PO_N_CHARTS);
  return self->id;
}

PoChartKind
po_chart_data_get_kind (PoChartData *self)
{
  g_return_val_if_fail (self != NULL, PO_CHART_KIND_LINE);
  return self->kind;
}

const char *
po_chart_data_get_title (PoChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

PoChartSource *
po_chart_data_get_source (PoChartData *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->source;
}

#define KIND_GETTER(func, Type, KIND, member)                 \
  const Type *                                                \
  func (PoChartData *self)                                    \
  {                                                           \
    g_return_val_if_fail (self != NULL, NULL);                \
    return self->kind == KIND ? &self->u.member : NULL;       \
  }

KIND_GETTER (po_chart_data_get_line, PoChartLine, PO_CHART_KIND_LINE, line)
KIND_GETTER (po_chart_data_get_bars, PoChartBars, PO_CHART_KIND_BARS, bars)
KIND_GETTER (po_chart_data_get_distribution, PoChartDistribution, PO_CHART_KIND_DISTRIBUTION, distribution)
KIND_GETTER (po_chart_data_get_heatmap, PoChartHeatmap, PO_CHART_KIND_HEATMAP, heatmap)
KIND_GETTER (po_chart_data_get_sparkline, PoChartSparkline, PO_CHART_KIND_SPARKLINE, sparkline)
KIND_GETTER (po_chart_data_get_renewals, PoChartRenewals, PO_CHART_KIND_RENEWALS, renewals)

void
po_chart_data_decimate (PoChartData *self,
                        double       width)
{
  PoChartLine *line;
  guint columns = (guint) MAX (width, 1);

  g_return_if_fail (self != NULL);

  if (self->kind != PO_CHART_KIND_LINE)
    return;
  line = &self->u.line;
  for (guint s = 0; s < line->n_series; s++)
    {
      PoChartSeries *series = &self->series[s];
      guint n = series->x ? series->n_points : line->n_months;
      g_autofree double *xs = NULL;
      PoPoint *points;
      double *x, *y;
      guint n_out;

      if (n <= 2 * columns)
        continue;
      if (series->x == NULL)
        {
          xs = g_new (double, n);
          for (guint i = 0; i < n; i++)
            xs[i] = line->first_month + i;
        }
      points = g_new (PoPoint, po_decimate_max_points (columns));
      n_out = po_decimate_minmax (series->x ? series->x : xs, series->values, n,
                                  line->first_month - 0.5, line->first_month + line->n_months - 0.5,
                                  columns, points);
      x = _po_chart_data_own (self, g_new (double, MAX (n_out, 1)));
      y = _po_chart_data_own (self, g_new (double, MAX (n_out, 1)));
      for (guint i = 0; i < n_out; i++)
        {
          x[i] = points[i].x;
          y[i] = points[i].y;
        }
      g_free (points);
      series->x = x;
      series->values = y;
      series->n_points = n_out;
    }
}

void
po_chart_data_draw (PoChartData        *self,
                    cairo_t            *cr,
                    double              width,
                    double              height,
                    const PoChartStyle *style)
{
  g_return_if_fail (self != NULL);

  switch (self->kind)
    {
    case PO_CHART_KIND_LINE:
      po_chart_line_draw (cr, width, height, &self->u.line, style);
      break;
    case PO_CHART_KIND_BARS:
      po_chart_bars_draw (cr, width, height, &self->u.bars, style);
      break;
    case PO_CHART_KIND_DISTRIBUTION:
      po_chart_distribution_draw (cr, width, height, &self->u.distribution, style);
      break;
    case PO_CHART_KIND_HEATMAP:
      po_chart_heatmap_draw (cr, width, height, &self->u.heatmap, style);
      break;
    case PO_CHART_KIND_SPARKLINE:
      po_chart_sparkline_draw (cr, width, height, &self->u.sparkline, style);
      break;
    case PO_CHART_KIND_RENEWALS:
    default:
      po_chart_renewals_draw (cr, width, height, &self->u.renewals, style);
      break;
    }
}

gboolean
po_chart_data_hit (PoChartData        *self,
                   const PoChartStyle *style,
                   double              width,
                   double              height,
                   double              x,
                   double              y,
                   PoChartHit         *hit)
{
  g_return_val_if_fail (self != NULL, FALSE);

  switch (self->kind)
    {
    case PO_CHART_KIND_LINE:
      return po_chart_line_hit (&self->u.line, style, width, height, x, y, hit);
    case PO_CHART_KIND_BARS:
      return po_chart_bars_hit (&self->u.bars, style, width, height, x, y, hit);
    case PO_CHART_KIND_DISTRIBUTION:
      return po_chart_distribution_hit (&self->u.distribution, style, width, height, x, y, hit);
    case PO_CHART_KIND_HEATMAP:
      return po_chart_heatmap_hit (&self->u.heatmap, style, width, height, x, y, hit);
    case PO_CHART_KIND_SPARKLINE:
      return po_chart_sparkline_hit (&self->u.sparkline, style, width, height, x, y, hit);
    case PO_CHART_KIND_RENEWALS:
    default:
      return po_chart_renewals_hit (&self->u.renewals, style, width, height, x, y, hit);
    }
}

char *
po_chart_data_describe (PoChartData         *self,
                        const PoNumberStyle *numbers)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->kind)
    {
    case PO_CHART_KIND_LINE:
      return po_chart_line_describe (&self->u.line, numbers);
    case PO_CHART_KIND_BARS:
      return po_chart_bars_describe (&self->u.bars, numbers);
    case PO_CHART_KIND_DISTRIBUTION:
      return po_chart_distribution_describe (&self->u.distribution, numbers);
    case PO_CHART_KIND_HEATMAP:
      return po_chart_heatmap_describe (&self->u.heatmap, numbers);
    case PO_CHART_KIND_SPARKLINE:
      return po_chart_sparkline_describe (&self->u.sparkline, numbers);
    case PO_CHART_KIND_RENEWALS:
    default:
      return po_chart_renewals_describe (&self->u.renewals, numbers);
    }
}

void
po_chart_data_render_func (cairo_t  *cr,
                           double    width,
                           double    height,
                           gpointer  job)
{
  PoChartRenderJob *j = job;

  po_chart_data_draw (j->data, cr, width, height, &j->style);
}
