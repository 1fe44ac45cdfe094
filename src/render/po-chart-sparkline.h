/* po-chart-sparkline.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-chart.h"

G_BEGIN_DECLS

/* A word-sized line: no axes, no text, a dot on the last value. */
typedef struct
{
  const char   *title;
  const double *values;       /* NaN = gap */
  guint         n_values;
  PoValueKind   kind;
  PoColorRole   color;        /* PO_COLOR_AUTO: blue */
  gboolean      area;
  gboolean      monthly;      /* values are months from first_month */
  int           first_month;
} PoChartSparkline;

void      po_chart_sparkline_draw     (cairo_t                *cr,
                                       double                  width,
                                       double                  height,
                                       const PoChartSparkline *data,
                                       const PoChartStyle     *style);
gboolean  po_chart_sparkline_hit      (const PoChartSparkline *data,
                                       const PoChartStyle     *style,
                                       double                  width,
                                       double                  height,
                                       double                  x,
                                       double                  y,
                                       PoChartHit             *hit);
char     *po_chart_sparkline_describe (const PoChartSparkline *data,
                                       const PoNumberStyle    *numbers);

G_END_DECLS
