/* po-chart-distribution.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-chart.h"

G_BEGIN_DECLS

/* Bars over months stacked to 100 %: the share of each series (e.g.
 * accounts per health band) in the month's total. Values are counts. */
typedef struct
{
  const char          *title;
  int                  first_month;
  guint                n_months;
  const PoChartSeries *series;    /* drawn bottom up */
  guint                n_series;
} PoChartDistribution;

void      po_chart_distribution_draw     (cairo_t                   *cr,
                                          double                     width,
                                          double                     height,
                                          const PoChartDistribution *data,
                                          const PoChartStyle        *style);
/* hit->value is the share (0..1); the count is the series' value. */
gboolean  po_chart_distribution_hit      (const PoChartDistribution *data,
                                          const PoChartStyle        *style,
                                          double                     width,
                                          double                     height,
                                          double                     x,
                                          double                     y,
                                          PoChartHit                *hit);
char     *po_chart_distribution_describe (const PoChartDistribution *data,
                                          const PoNumberStyle       *numbers);

G_END_DECLS
