/* po-chart-line.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-chart.h"

G_BEGIN_DECLS

/* A horizontal band behind the lines, e.g. the health bands. */
typedef struct
{
  double       from;
  double       to;
  PoColorRole  color;
  const char  *label;
} PoChartBand;

/* Line or area chart over months: MRR, NRE with its 120 % target, health
 * score with its bands, scenarios side by side. */
typedef struct
{
  const char          *title;       /* subject of the description, e.g. "MRR" */
  int                  first_month; /* month index of values[0] */
  guint                n_months;
  PoValueKind          kind;
  const PoChartSeries *series;
  guint                n_series;
  gboolean             area;        /* fill under the lines */
  gboolean             zero_based;  /* the value axis includes 0 */
  gboolean             fixed_range; /* use range_min..range_max */
  double               range_min;
  double               range_max;
  gboolean             has_target;
  double               target;
  const char          *target_label;
  const PoChartBand   *bands;
  guint                n_bands;
} PoChartLine;

void      po_chart_line_draw     (cairo_t             *cr,
                                  double               width,
                                  double               height,
                                  const PoChartLine   *data,
                                  const PoChartStyle  *style);
gboolean  po_chart_line_hit      (const PoChartLine   *data,
                                  const PoChartStyle  *style,
                                  double               width,
                                  double               height,
                                  double               x,
                                  double               y,
                                  PoChartHit          *hit);
char     *po_chart_line_describe (const PoChartLine   *data,
                                  const PoNumberStyle *numbers);

G_END_DECLS
