/* po-alert-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "po-chart-data.h"
#include "po-signals.h"

G_BEGIN_DECLS

#define PO_TYPE_ALERT_LIST (po_alert_list_get_type ())

G_DECLARE_FINAL_TYPE (PoAlertList, po_alert_list, PO, ALERT_LIST, GtkWidget)

/* The alerts of the signal rules, one row each; activating a row (one
 * click, or Enter) activates win.open-account with the account's id. */
GtkWidget *po_alert_list_new         (void);
/* @alerts: an array of PoAlert (copied); @source names the accounts
 * (nullable: their keys). */
void       po_alert_list_set_alerts  (PoAlertList    *self,
                                      GArray         *alerts,
                                      PoChartSource  *source);
guint      po_alert_list_get_n_alerts (PoAlertList   *self);
/* The row of alert @index, for tests and keyboard focus. */
GtkWidget *po_alert_list_get_row     (PoAlertList    *self,
                                      guint           index);

G_END_DECLS
