/* po-chart-widget.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "po-chart-data.h"

G_BEGIN_DECLS

#define PO_TYPE_CHART_WIDGET (po_chart_widget_get_type ())

G_DECLARE_FINAL_TYPE (PoChartWidget, po_chart_widget, PO, CHART_WIDGET, GtkWidget)

/* Draws any PoChartData with Cairo, in the light or dark palette of
 * AdwStyleManager. Hovering shows the exact values under the pointer;
 * a click (or Enter on the keyboard cursor, moved with the arrow keys)
 * emits ::hit-activated and, when the chart has a drill-down, lists the
 * accounts behind the hit in a popover whose rows activate
 * win.open-account. The accessible description is the chart's
 * description. The action chart.export saves it as PNG, SVG or PDF. */
GtkWidget     *po_chart_widget_new             (void);
void           po_chart_widget_set_data        (PoChartWidget       *self,
                                                PoChartData         *data);
PoChartData   *po_chart_widget_get_data        (PoChartWidget       *self);
void           po_chart_widget_set_numbers     (PoChartWidget       *self,
                                                const PoNumberStyle *numbers);
/* A sparkline-sized chart that does not take the focus or clicks. */
void           po_chart_widget_set_interactive (PoChartWidget       *self,
                                                gboolean             interactive);
/* The style it draws with (dark follows AdwStyleManager). */
void           po_chart_widget_get_style       (PoChartWidget       *self,
                                                PoChartStyle        *style);
/* Acts as if the point (@x, @y) was clicked; TRUE when it hit something. */
gboolean       po_chart_widget_activate_at     (PoChartWidget       *self,
                                                double               x,
                                                double               y);
/* The popover listing the accounts of the last activation, or NULL. */
GtkPopover    *po_chart_widget_get_popover     (PoChartWidget       *self);
void           po_chart_widget_export          (PoChartWidget       *self);

G_END_DECLS
