/* po-add-account-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-history.h"

G_BEGIN_DECLS

#define PO_TYPE_ADD_ACCOUNT_DIALOG (po_add_account_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PoAddAccountDialog, po_add_account_dialog, PO, ADD_ACCOUNT_DIALOG, AdwWindow)

/* One short dialog: name, segment, tier, start date, first phase. Enter
 * in any field adds the account (one undo step) and emits
 * ::account-added with its id; errors show on their field. */
GtkWidget *po_add_account_dialog_new    (GtkWindow           *parent,
                                         PoHistory           *history);
gboolean   po_add_account_dialog_save   (PoAddAccountDialog  *self);

G_END_DECLS
