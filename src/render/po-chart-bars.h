/* po-chart-bars.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-chart.h"

G_BEGIN_DECLS

/* Stacked bars over months: positive values stack up from zero, negative
 * ones down (MRR movements: new, expansion, reactivation up; contraction,
 * churn down), with an optional net line. */
typedef struct
{
  const char          *title;
  int                  first_month;
  guint                n_months;
  PoValueKind          kind;
  const PoChartSeries *series;
  guint                n_series;
  const double        *net;        /* optional, n_months values */
  const char          *net_label;
} PoChartBars;

void      po_chart_bars_draw     (cairo_t             *cr,
                                  double               width,
                                  double               height,
                                  const PoChartBars   *data,
                                  const PoChartStyle  *style);
gboolean  po_chart_bars_hit      (const PoChartBars   *data,
                                  const PoChartStyle  *style,
                                  double               width,
                                  double               height,
                                  double               x,
                                  double               y,
                                  PoChartHit          *hit);
char     *po_chart_bars_describe (const PoChartBars   *data,
                                  const PoNumberStyle *numbers);

G_END_DECLS
