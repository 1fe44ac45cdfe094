/* po-export-action.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-import-task.h"
#include "po-store.h"

G_BEGIN_DECLS

/* The window's Export JSON action: a save dialog proposing
 * "<workspace>.json", then po_export_run(). */
void          po_export_choose (GtkWindow *parent,
                                PoStore   *store);
/* Writes the §7 document of @store to @file in a worker thread. A
 * progress dialog with Cancel shows when it takes a while; at the end a
 * toast "Exported to …" on a PoWindow @parent, or an error dialog.
 * Returns: (transfer none): the task, running until the export ends */
PoImportTask *po_export_run    (GtkWindow *parent,
                                PoStore   *store,
                                GFile     *file);

G_END_DECLS
