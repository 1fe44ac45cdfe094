/* po-error-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The response of the "Open Read-Only" button offered for a workspace
 * that is locked by another process. */
#define PO_ERROR_DIALOG_RESPONSE_READ_ONLY "read-only"

GtkWidget *po_error_dialog_new          (GtkWindow    *parent,
                                         const char   *heading,
                                         const char   *body);
GtkWidget *po_error_dialog_new_for_open (GtkWindow    *parent,
                                         const char   *path,
                                         const GError *error);

G_END_DECLS
