/* po-account-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every account of a workspace as a GListModel of PoAccountRow, ordered by
 * name. One query computes each account's list columns (MRR on the list's
 * day, open and overdue tasks, the current phase of each track, tags,
 * churn) and one scan of the health samples its score, band and trend, so
 * 50,000 accounts load in a fraction of a second. The list follows the
 * store: after every committed change it reloads and reports only the
 * rows whose values changed, so views keep their scroll position and
 * selection.
 */

#pragma once

#include <gio/gio.h>

#include "po-account-row.h"
#include "po-store.h"

G_BEGIN_DECLS

#define PO_TYPE_ACCOUNT_LIST (po_account_list_get_type ())

G_DECLARE_FINAL_TYPE (PoAccountList, po_account_list, PO, ACCOUNT_LIST, GObject)

PoAccountList *po_account_list_new        (PoStore        *store);
PoAccountList *po_account_list_new_background (PoStore    *store);
gboolean       po_account_list_get_loading (PoAccountList *self);
PoStore       *po_account_list_get_store  (PoAccountList  *self);
/* The day MRR, health and overdue tasks are computed on; today by default. */
PoDay          po_account_list_get_day    (PoAccountList  *self);
void           po_account_list_set_day    (PoAccountList  *self,
                                           PoDay           day);
gboolean       po_account_list_reload     (PoAccountList  *self,
                                           GError        **error);
/* The row of @account_id (a new reference) and its position, or NULL. */
PoAccountRow  *po_account_list_find       (PoAccountList  *self,
                                           gint64          account_id,
                                           guint          *position);
/* Distinct non-empty owners and tags of the loaded rows, sorted. */
char         **po_account_list_dup_owners (PoAccountList  *self);
char         **po_account_list_dup_tags   (PoAccountList  *self);

G_END_DECLS
