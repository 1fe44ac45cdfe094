/* po-chart-heatmap.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-chart.h"

G_BEGIN_DECLS

/* Cohort heatmap: a row per cohort (its first month), a column per age in
 * months, cells coloured by retention (a fraction) and labelled with it
 * when they are large enough. */
typedef struct
{
  const char   *title;
  guint         n_rows;
  guint         n_cols;
  const int    *row_months;  /* month index of each cohort */
  const guint  *row_sizes;   /* optional: accounts per cohort */
  const double *values;      /* n_rows × n_cols, row-major; NaN = not reached */
  PoValueKind   kind;        /* PO_VALUE_PERCENT for retention */
  const char   *col_title;   /* NULL: "Months since start" */
} PoChartHeatmap;

void      po_chart_heatmap_draw     (cairo_t              *cr,
                                     double                width,
                                     double                height,
                                     const PoChartHeatmap *data,
                                     const PoChartStyle   *style);
gboolean  po_chart_heatmap_hit      (const PoChartHeatmap *data,
                                     const PoChartStyle   *style,
                                     double                width,
                                     double                height,
                                     double                x,
                                     double                y,
                                     PoChartHit           *hit);
char     *po_chart_heatmap_describe (const PoChartHeatmap *data,
                                     const PoNumberStyle  *numbers);
PoColor   po_chart_heatmap_color    (const PoChartStyle   *style,
                                     double                fraction);

G_END_DECLS
