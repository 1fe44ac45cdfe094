/* po-chart.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "po-format.h"
#include "po-palette.h"

G_BEGIN_DECLS

typedef enum
{
  PO_CHART_FLAGS_NONE  = 0,
  PO_CHART_NO_TEXT     = 1 << 0, /* no labels at all: reference images */
  PO_CHART_NO_LEGEND   = 1 << 1, /* the caller shows its own legend */
  PO_CHART_TRANSPARENT = 1 << 2, /* leave the background to the widget */
  PO_CHART_NO_GRID     = 1 << 3,
} PoChartFlags;

/* Everything a chart needs besides its data. Plain data, copy freely. */
typedef struct
{
  PoPalette     palette;
  PoNumberStyle numbers;
  double        font_scale;      /* 1.0: 11 px axis labels */
  char          font_family[64];
  PoChartFlags  flags;
} PoChartStyle;

/* One series over months. Values are in the unit of the chart's
 * PoValueKind (cents, fractions or plain numbers); NaN is a gap. */
typedef struct
{
  const char   *label;
  const double *values;    /* one per month, or n_points with x */
  const double *x;         /* optional: ascending fractional month
                              indices (e.g. weekly samples); line charts */
  guint         n_points;  /* number of values when x is set */
  PoColorRole   color;     /* PO_COLOR_AUTO: categorical order */
  gboolean      dashed;
} PoChartSeries;

/* What lies under the pointer, for tooltips and click-through. */
typedef struct
{
  int    series;  /* series index, -1 for the whole column or a cell */
  int    index;   /* point or column index (month offset, cohort age) */
  int    row;     /* heatmap row, else -1 */
  int    month;   /* month index of the point or column */
  double value;
  double x;       /* anchor of a tooltip, in chart coordinates */
  double y;
} PoChartHit;

typedef enum
{
  PO_LEGEND_SWATCH_BOX,
  PO_LEGEND_SWATCH_LINE,
  PO_LEGEND_SWATCH_DASH,
} PoLegendSwatch;

typedef struct
{
  const char     *label;
  PoColor         color;
  PoLegendSwatch  swatch;
} PoChartLegendItem;

typedef struct
{
  const PoChartLegendItem *items;
  guint                    n_items;
} PoChartLegend;

void    po_chart_style_init     (PoChartStyle        *style,
                                 gboolean             dark,
                                 const PoNumberStyle *numbers);
void    po_chart_hit_clear      (PoChartHit          *hit);

double  po_chart_legend_measure (cairo_t             *cr,
                                 double               width,
                                 const PoChartLegend *legend,
                                 const PoChartStyle  *style);
void    po_chart_legend_draw    (cairo_t             *cr,
                                 double               width,
                                 double               height,
                                 const PoChartLegend *legend,
                                 const PoChartStyle  *style);
void    po_chart_empty_draw     (cairo_t             *cr,
                                 double               width,
                                 double               height,
                                 const char          *message,
                                 const PoChartStyle  *style);

G_END_DECLS
