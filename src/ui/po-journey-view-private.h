/* po-journey-view-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Before po-journey-view.h: see po-journey-store.h. */
#include "po-journey-store.h"

#include "po-journey-canvas.h"
#include "po-journey-view.h"

G_BEGIN_DECLS

typedef enum
{
  PERIOD_ALL,
  PERIOD_30_DAYS,
  PERIOD_90_DAYS,
  PERIOD_12_MONTHS,
  PERIOD_THIS_YEAR,
  PERIOD_LAST_YEAR,
  N_PERIODS
} PoJourneyPeriod;

struct _PoJourneyView
{
  AdwBin            parent_instance;

  PoStore          *store;
  PoHistory        *history;
  gboolean          own_history;

  GPtrArray        *maps;          /* of PoJourneyMapRecord */
  gint64            map_id;
  PoJourneyMap     *map;
  char             *model;         /* the shown map's phase model */
  GArray           *account_ids;   /* gint64, parallel to the account list */
  GStrv             owners;
  gboolean          updating;
  gboolean          reload_pending;

  AdwToastOverlay  *toast_overlay;
  GtkDropDown      *map_dropdown;
  GtkLabel         *summary_label;
  GtkLabel         *zoom_label;
  GtkDropDown      *segment_dropdown;
  GtkDropDown      *owner_dropdown;
  GtkDropDown      *account_dropdown;
  GtkDropDown      *period_dropdown;
  PoJourneyCanvas  *canvas;
  GMenuModel       *lane_menu;
  GMenuModel       *stage_menu;
};

void  _po_journey_view_reload          (PoJourneyView *self);
void  _po_journey_view_toast           (PoJourneyView *self,
                                        const char    *message,
                                        gboolean       with_undo);
void  _po_journey_view_toast_error     (PoJourneyView *self,
                                        GError        *error);
void  _po_journey_view_update_actions  (PoJourneyView *self);
void  _po_journey_view_class_init_actions (GtkWidgetClass *widget_class);
void  _po_journey_view_connect_canvas  (PoJourneyView *self);

G_END_DECLS
