/* po-renewals-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-account-list.h"
#include "po-history.h"

G_BEGIN_DECLS

#define PO_TYPE_RENEWALS_VIEW (po_renewals_view_get_type ())

G_DECLARE_FINAL_TYPE (PoRenewalsView, po_renewals_view, PO, RENEWALS_VIEW, AdwBin)

/* Upcoming renewals: the segment's lead time, the 180/120/90/60/30 day
 * milestones and the forecast (editable); late ones highlighted. */
GtkWidget  *po_renewals_view_new         (void);
void        po_renewals_view_set_context (PoRenewalsView *self,
                                          PoAccountList  *accounts,
                                          PoHistory      *history);
GListModel *po_renewals_view_get_model   (PoRenewalsView *self);

G_END_DECLS
