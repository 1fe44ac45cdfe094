/* po-accounts-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-store.h"

G_BEGIN_DECLS

#define PO_TYPE_ACCOUNTS_VIEW (po_accounts_view_get_type ())

G_DECLARE_FINAL_TYPE (PoAccountsView, po_accounts_view, PO, ACCOUNTS_VIEW, AdwBin)

GtkWidget *po_accounts_view_new       (void);
PoStore   *po_accounts_view_get_store (PoAccountsView *self);
void       po_accounts_view_set_store (PoAccountsView *self,
                                       PoStore        *store);

G_END_DECLS
