/* po-accounts-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-history.h"
#include "po-store.h"

G_BEGIN_DECLS

#define PO_TYPE_ACCOUNTS_VIEW (po_accounts_view_get_type ())

G_DECLARE_FINAL_TYPE (PoAccountsView, po_accounts_view, PO, ACCOUNTS_VIEW, AdwBin)

GtkWidget  *po_accounts_view_new          (void);
PoStore    *po_accounts_view_get_store    (PoAccountsView *self);
void        po_accounts_view_set_store    (PoAccountsView *self,
                                           PoStore        *store);
/* Every edit of the view is one step of @history; without one set, the
 * view keeps its own for its store. */
PoHistory  *po_accounts_view_get_history  (PoAccountsView *self);
void        po_accounts_view_set_history  (PoAccountsView *self,
                                           PoHistory      *history);
/* Shows the Accounts page with @account_id's detail (win.open-account). */
void        po_accounts_view_open_account (PoAccountsView *self,
                                           gint64          account_id);
/* The rows as shown: filtered and sorted (a GListModel of PoAccountRow). */
GListModel *po_accounts_view_get_model    (PoAccountsView *self);
/* Whether the rows are still loading (they load in a worker thread). */
gboolean    po_accounts_view_is_loading   (PoAccountsView *self);

G_END_DECLS
