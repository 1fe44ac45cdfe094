/* po-account-detail.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-history.h"

G_BEGIN_DECLS

#define PO_TYPE_ACCOUNT_DETAIL (po_account_detail_get_type ())

G_DECLARE_FINAL_TYPE (PoAccountDetail, po_account_detail, PO, ACCOUNT_DETAIL, GtkWidget)

GtkWidget *po_account_detail_new            (void);
void       po_account_detail_set_context    (PoAccountDetail *self,
                                             PoStore         *store,
                                             PoHistory       *history);
gint64     po_account_detail_get_account_id (PoAccountDetail *self);
void       po_account_detail_set_account_id (PoAccountDetail *self,
                                             gint64           account_id);

G_END_DECLS
