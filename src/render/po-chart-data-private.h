/* po-chart-data-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-chart-data.h"

G_BEGIN_DECLS

#define PO_CHART_DATA_MAX_SERIES 8

struct _PoChartSource
{
  gatomicrefcount  ref_count;
  PoSettings       settings;
  PoMetrics       *metrics;
  PoMonth          first;
  PoMonth          last;
  guint            n_months;
  guint            n_accounts;       /* the metrics' accounts */

  /* health band (PoHealthBand) per metrics account and month, or NULL
   * when the workspace has no health samples */
  guint8          *band;
  /* month of each metrics account's first activity, or G_MININT32 */
  PoMonth         *first_active;

  /* every account of the store, for names and renewals */
  GHashTable      *names;            /* gint64* id → name */
  PoRenewalMark   *renewals;         /* labels point into names */
  guint            n_renewals;
  int             *renewal_segment;  /* PoSegment of each renewal */
  PoDay            renewal_day;
};

struct _PoChartData
{
  gatomicrefcount  ref_count;
  PoChartId        id;
  PoChartKind      kind;
  PoTileKpi            kpi;              /* sparklines */
  PoChartSource   *source;           /* NULL for an account's health */
  int              segment;
  PoMonth          first;
  guint            n_months;
  char            *title;

  union
  {
    PoChartLine          line;
    PoChartBars          bars;
    PoChartDistribution  distribution;
    PoChartHeatmap       heatmap;
    PoChartSparkline     sparkline;
    PoChartRenewals      renewals;
  } u;

  PoChartSeries    series[PO_CHART_DATA_MAX_SERIES];
  int              series_tag[PO_CHART_DATA_MAX_SERIES]; /* movement kind, band */
  PoChartBand      bands[3];
  GPtrArray       *owned;            /* g_free()d with the data */
};

gboolean  _po_chart_source_in_segment   (PoChartSource *self,
                                         guint          index,
                                         int            segment);
PoHealthBand _po_chart_source_band      (PoChartSource *self,
                                         guint          index,
                                         PoMonth        month);
gpointer  _po_chart_data_own            (PoChartData   *self,
                                         gpointer       block);
PoChartData *_po_chart_data_new         (PoChartId      id,
                                         PoChartKind    kind,
                                         PoChartSource *source,
                                         const char    *title);

G_END_DECLS
