/* po-kpi-tile.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "po-chart-data.h"

G_BEGIN_DECLS

#define PO_TYPE_KPI_TILE (po_kpi_tile_get_type ())

G_DECLARE_FINAL_TYPE (PoKpiTile, po_kpi_tile, PO, KPI_TILE, GtkWidget)

typedef enum
{
  PO_KPI_CHANGE_NONE,    /* no previous value */
  PO_KPI_CHANGE_FLAT,
  PO_KPI_CHANGE_UP,
  PO_KPI_CHANGE_DOWN,
} PoKpiChange;

/* A dashboard tile: a title, the figure, its change against the previous
 * period with an arrow coloured by whether the change is good news, and
 * a sparkline of its history. */
GtkWidget   *po_kpi_tile_new            (void);
void         po_kpi_tile_set_title      (PoKpiTile    *self,
                                         const char   *title);
const char  *po_kpi_tile_get_title      (PoKpiTile    *self);
void         po_kpi_tile_set_value      (PoKpiTile    *self,
                                         const char   *value);
const char  *po_kpi_tile_get_value      (PoKpiTile    *self);
/* @good: whether the change is good news (green) or bad (red). */
void         po_kpi_tile_set_change     (PoKpiTile    *self,
                                         PoKpiChange   change,
                                         const char   *text,
                                         gboolean      good);
const char  *po_kpi_tile_get_change     (PoKpiTile    *self);
void         po_kpi_tile_set_caption    (PoKpiTile    *self,
                                         const char   *caption);
void         po_kpi_tile_set_sparkline  (PoKpiTile    *self,
                                         PoChartData  *sparkline);

G_END_DECLS
