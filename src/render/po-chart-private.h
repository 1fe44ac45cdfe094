/* po-chart-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "po-axis.h"
#include "po-chart.h"

G_BEGIN_DECLS

#define PO_CHART_AXIS_FONT    11.0
#define PO_CHART_LEGEND_FONT  12.0
#define PO_CHART_EMPTY_FONT   15.0

/* One PangoLayout reused for every label of a draw call. */
typedef struct
{
  cairo_t            *cr;
  PangoLayout        *layout;
  const PoChartStyle *style;
  double              scale;
  gboolean            hidden;
  gboolean            owns_cr;
} PoChartText;

/* Plot area and axes shared by the charts over months. */
typedef struct
{
  double       x, y, w, h;        /* plot area */
  int          first_month;
  guint        n_months;
  double       slot;              /* width of one month */
  PoValueKind  kind;
  PoValueAxis  vaxis;
  PoTimeAxis   taxis;
  double       legend_x, legend_y, legend_w, legend_h;
  double       pad;
} PoChartFrame;

void     _po_chart_text_init         (PoChartText          *text,
                                      cairo_t              *cr,
                                      const PoChartStyle   *style);
void     _po_chart_text_init_measure (PoChartText          *text,
                                      const PoChartStyle   *style);
void     _po_chart_text_clear        (PoChartText          *text);
void     _po_chart_text_measure      (PoChartText          *text,
                                      const char           *str,
                                      double                size,
                                      gboolean              bold,
                                      double               *width,
                                      double               *height);
void     _po_chart_text_draw         (PoChartText          *text,
                                      const char           *str,
                                      double                size,
                                      gboolean              bold,
                                      PoColor               color,
                                      double                x,
                                      double                y,
                                      double                align_x,
                                      double                align_y);

const PoChartStyle *_po_chart_draw_begin (PoChartText     *text,
                                      cairo_t              *cr,
                                      double                width,
                                      double                height,
                                      const PoChartStyle   *style,
                                      gboolean              has_data,
                                      const char           *empty_message);
void     _po_chart_fill_background   (cairo_t              *cr,
                                      double                width,
                                      double                height,
                                      const PoChartStyle   *style);
const PoChartStyle *_po_chart_style_or_default (const PoChartStyle *style);

void     _po_chart_frame_layout      (PoChartFrame         *frame,
                                      PoChartText          *text,
                                      double                width,
                                      double                height,
                                      int                   first_month,
                                      guint                 n_months,
                                      PoValueKind           kind,
                                      double                value_min,
                                      double                value_max,
                                      gboolean              include_zero,
                                      const PoChartLegend  *legend);
void     _po_chart_frame_draw_grid   (const PoChartFrame   *frame,
                                      PoChartText          *text);
void     _po_chart_frame_draw_time   (const PoChartFrame   *frame,
                                      PoChartText          *text);
void     _po_chart_frame_draw_legend (const PoChartFrame   *frame,
                                      PoChartText          *text,
                                      const PoChartLegend  *legend);
double   _po_chart_frame_x           (const PoChartFrame   *frame,
                                      double                month);
double   _po_chart_frame_y           (const PoChartFrame   *frame,
                                      double                value);
int      _po_chart_frame_slot_at     (const PoChartFrame   *frame,
                                      double                x);

void     _po_chart_rounded_rect      (cairo_t              *cr,
                                      double                x,
                                      double                y,
                                      double                w,
                                      double                h,
                                      double                r);
void     _po_chart_dot               (cairo_t              *cr,
                                      double                x,
                                      double                y,
                                      double                radius);
void     _po_chart_ringed_dot        (cairo_t              *cr,
                                      double                x,
                                      double                y,
                                      double                ring,
                                      double                radius,
                                      PoColor               background,
                                      PoColor               color);
void     _po_chart_series_range      (const PoChartSeries  *series,
                                      guint                 n_values,
                                      double               *min,
                                      double               *max);
gboolean _po_chart_series_ends       (const PoChartSeries  *series,
                                      guint                 n_values,
                                      guint                *first,
                                      guint                *last);
const PoNumberStyle *_po_chart_numbers_or_default (const PoNumberStyle *numbers,
                                      PoNumberStyle        *fallback);
char    *_po_chart_describe_no_data  (const char           *title);
char    *_po_chart_describe_trend    (const PoNumberStyle  *numbers,
                                      const char           *subject,
                                      PoValueKind           kind,
                                      double                from_value,
                                      double                to_value,
                                      int                   from_month,
                                      int                   to_month);

G_END_DECLS

G_BEGIN_DECLS

void     _po_chart_bar_path          (cairo_t              *cr,
                                      double                x,
                                      double                y_top,
                                      double                width,
                                      double                y_bottom,
                                      double                radius_top,
                                      double                radius_bottom);
double   _po_chart_bar_width         (const PoChartFrame   *frame,
                                      double                scale);

G_END_DECLS
