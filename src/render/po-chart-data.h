/* po-chart-data.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adapters from the workspace's metrics and health to the chart library's
 * structs. A PoChartSource holds everything read from the store once (the
 * metrics, every account's health band at every month end, the accounts'
 * names, segments and renewals); building a chart from it only reads
 * those arrays, and a built PoChartData owns its series, so redrawing it
 * never goes back to the rows.
 *
 * Sources and chart data are immutable once built: build them in a worker
 * thread, hand them to the UI thread, share them by reference.
 */

#pragma once

#include "po-chart-bars.h"
#include "po-chart-distribution.h"
#include "po-chart-heatmap.h"
#include "po-chart-line.h"
#include "po-chart-renewals.h"
#include "po-chart-sparkline.h"
#include "po-metrics.h"

G_BEGIN_DECLS

/* Every segment (the segment filter's "All"). */
#define PO_CHART_ALL_SEGMENTS (-1)

#define PO_CHART_NRE_TARGET 1.2

typedef enum
{
  PO_CHART_MRR,                  /* line: MRR (area) */
  PO_CHART_MOVEMENTS,            /* stacked bars: new, expansion, reactivation
                                    up; contraction, churn down; net line */
  PO_CHART_RETENTION,            /* lines: NRE (NRR over 12 months) and GRR
                                    over 12 months, with the 120 % target */
  PO_CHART_LOGO_CHURN,           /* line: logo churn rate */
  PO_CHART_QUICK_RATIO,          /* line: quick ratio, target 4 */
  PO_CHART_REVENUE_COHORTS,      /* heatmap: revenue retention by cohort */
  PO_CHART_LOGO_COHORTS,         /* heatmap: logo retention by cohort */
  PO_CHART_HEALTH_DISTRIBUTION,  /* 100 % bars: active accounts by band */
  PO_CHART_RENEWALS,             /* renewal timeline, next 180 days */
  PO_N_CHARTS
} PoChartId;

typedef enum
{
  PO_CHART_KIND_LINE,
  PO_CHART_KIND_BARS,
  PO_CHART_KIND_DISTRIBUTION,
  PO_CHART_KIND_HEATMAP,
  PO_CHART_KIND_SPARKLINE,
  PO_CHART_KIND_RENEWALS,
} PoChartKind;

/* The figures of the dashboard's tiles. */
typedef enum
{
  PO_TILE_KPI_MRR,
  PO_TILE_KPI_NRE,
  PO_TILE_KPI_GRR,
  PO_TILE_KPI_LOGO_CHURN,
  PO_TILE_KPI_QUICK_RATIO,
  PO_TILE_KPI_HEALTHY,                /* share of scored active accounts in green */
  PO_N_TILE_KPIS
} PoTileKpi;

typedef struct _PoChartSource PoChartSource;
typedef struct _PoChartData   PoChartData;

/* Source */

/* Reads the metrics up to @last_month, the health bands at every month's
 * end (one scan of the samples) and the accounts. Renewals are counted
 * from the day after @last_month. Runs in any thread on its own store
 * connection. */
PoChartSource    *po_chart_source_load          (PoStore          *store,
                                                 PoMonth           last_month,
                                                 GCancellable     *cancellable,
                                                 GError          **error);
PoChartSource    *po_chart_source_ref           (PoChartSource    *self);
void              po_chart_source_unref         (PoChartSource    *self);

PoMetrics        *po_chart_source_get_metrics   (PoChartSource    *self);
const PoSettings *po_chart_source_get_settings  (PoChartSource    *self);
PoMonth           po_chart_source_get_first_month (PoChartSource  *self);
PoMonth           po_chart_source_get_last_month  (PoChartSource  *self);
/* Day 0 of the renewal timeline. */
PoDay             po_chart_source_get_renewal_day (PoChartSource  *self);
/* NULL for an unknown account. */
const char       *po_chart_source_account_name  (PoChartSource    *self,
                                                 gint64            account_id);

/* The month's figures for one segment or PO_CHART_ALL_SEGMENTS. For all
 * segments this is po_metrics_month_summary() with the health counts;
 * for one segment the same definitions over its accounts (NPS is not
 * split by segment and is left undefined). */
void              po_chart_source_summary       (PoChartSource    *self,
                                                 PoMonth           month,
                                                 int               segment,
                                                 PoMonthSummary   *out);
/* A tile's value (NaN when undefined); MRR in cents, rates as fractions. */
double            po_chart_source_kpi           (PoChartSource    *self,
                                                 PoTileKpi             kpi,
                                                 PoMonth           month,
                                                 int               segment);
PoValueKind       po_tile_kpi_value_kind             (PoTileKpi             kpi);
const char       *po_tile_kpi_title                  (PoTileKpi             kpi);
/* TRUE when a rise of the KPI is good news (everything but churn). */
gboolean          po_tile_kpi_higher_is_better       (PoTileKpi             kpi);

/* Chart data */

/* The chart over the months @first..@last (clamped to the source's range;
 * cohort charts show the cohorts that started in it, renewal timelines
 * ignore the range). */
PoChartData      *po_chart_data_build           (PoChartSource    *source,
                                                 PoChartId         id,
                                                 PoMonth           first,
                                                 PoMonth           last,
                                                 int               segment);
PoChartData      *po_chart_data_build_sparkline (PoChartSource    *source,
                                                 PoTileKpi             kpi,
                                                 PoMonth           first,
                                                 PoMonth           last,
                                                 int               segment);
/* One account's health over @first..@last: its score weekly, its six
 * components (thin), the bands behind them; reads that account's samples
 * once. */
PoChartData      *po_chart_data_new_account_health (PoStore       *store,
                                                 const PoSettings *settings,
                                                 gint64            account_id,
                                                 PoDay             first,
                                                 PoDay             last,
                                                 GError          **error);

PoChartData      *po_chart_data_ref             (PoChartData      *self);
void              po_chart_data_unref           (PoChartData      *self);

PoChartId         po_chart_data_get_id          (PoChartData      *self);
PoChartKind       po_chart_data_get_kind        (PoChartData      *self);
const char       *po_chart_data_get_title       (PoChartData      *self);
/* The chart struct of its kind, or NULL for another kind. */
const PoChartLine         *po_chart_data_get_line         (PoChartData *self);
const PoChartBars         *po_chart_data_get_bars         (PoChartData *self);
const PoChartDistribution *po_chart_data_get_distribution (PoChartData *self);
const PoChartHeatmap      *po_chart_data_get_heatmap      (PoChartData *self);
const PoChartSparkline    *po_chart_data_get_sparkline    (PoChartData *self);
const PoChartRenewals     *po_chart_data_get_renewals     (PoChartData *self);

/* Replaces line series with more than two points per pixel column of a
 * plot @width wide by their min/max decimation, once, so that redraws at
 * that width walk only the visible points. */
void              po_chart_data_decimate        (PoChartData      *self,
                                                 double            width);

void              po_chart_data_draw            (PoChartData      *self,
                                                 cairo_t          *cr,
                                                 double            width,
                                                 double            height,
                                                 const PoChartStyle *style);
gboolean          po_chart_data_hit             (PoChartData      *self,
                                                 const PoChartStyle *style,
                                                 double            width,
                                                 double            height,
                                                 double            x,
                                                 double            y,
                                                 PoChartHit       *hit);
char             *po_chart_data_describe        (PoChartData      *self,
                                                 const PoNumberStyle *numbers);
/* A tooltip: what lies under the pointer with its exact value(s). */
char             *po_chart_data_hit_text        (PoChartData      *self,
                                                 const PoChartHit *hit,
                                                 const PoNumberStyle *numbers);
/* The accounts behind a hit (a bar's movement, a cohort cell, a band's
 * accounts in a month, a renewal), as gint64 ids in descending order of
 * their MRR in the hit's month; empty when the chart has no drill-down. */
GArray           *po_chart_data_hit_accounts    (PoChartData      *self,
                                                 const PoChartHit *hit);
/* The source the chart was built from (NULL for an account's health). */
PoChartSource    *po_chart_data_get_source      (PoChartData      *self);

/* Draws @data (a PoChartData) through po_render_to_file(); @style from
 * the process's default (light, language of the locale) when the
 * caller passes a PoChartRenderJob. */
typedef struct
{
  PoChartData  *data;
  PoChartStyle  style;
} PoChartRenderJob;

void              po_chart_data_render_func     (cairo_t          *cr,
                                                 double            width,
                                                 double            height,
                                                 gpointer          job);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoChartSource, po_chart_source_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoChartData, po_chart_data_unref)

G_END_DECLS
