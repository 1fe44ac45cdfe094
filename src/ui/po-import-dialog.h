/* po-import-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-import-task.h"
#include "po-store.h"

G_BEGIN_DECLS

#define PO_TYPE_IMPORT_DIALOG (po_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PoImportDialog, po_import_dialog, PO, IMPORT_DIALOG, AdwWindow)

/* A modal window that imports one §7 JSON document into @store: first the
 * merge choice when the workspace has accounts (else it starts at once),
 * then a progress bar with Cancel, then the summary with the warnings, or
 * the error with its line, column and JSON path. Its pages are named
 * "choose", "progress", "summary" and "error"; the actions "import.start"
 * and "import.cancel" drive it. */
GtkWidget    *po_import_dialog_new       (GtkWindow       *parent,
                                          PoStore         *store,
                                          GFile           *file);
void          po_import_dialog_start     (PoImportDialog  *self);
void          po_import_dialog_set_merge (PoImportDialog  *self,
                                          PoImportMerge    merge);
const char   *po_import_dialog_get_page  (PoImportDialog  *self);
PoImportTask *po_import_dialog_get_task  (PoImportDialog  *self);

/* The entry points of the window's Import action: po_import_run() opens
 * the dialog that fits @file (the column mapping for CSV, else this one);
 * po_import_choose() first asks for the file. */
void          po_import_run              (GtkWindow       *parent,
                                          PoStore         *store,
                                          GFile           *file);
void          po_import_choose           (GtkWindow       *parent,
                                          PoStore         *store);

G_END_DECLS
