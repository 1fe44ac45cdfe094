/* po-import-task.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "po-csv-import.h"
#include "po-import.h"

G_BEGIN_DECLS

#define PO_TYPE_IMPORT_TASK (po_import_task_get_type ())

G_DECLARE_FINAL_TYPE (PoImportTask, po_import_task, PO, IMPORT_TASK, GObject)

/* Runs one import or export at a time in a worker thread, on its own
 * connection to @store's workspace (po_store_open_worker()). :fraction
 * follows the work on the main thread; po_import_task_cancel() stops it
 * and nothing is written. After an import committed, @store emits
 * ::changed so that the views on the main connection reload. */
PoImportTask *po_import_task_new                (PoStore              *store);
PoStore      *po_import_task_get_store          (PoImportTask         *self);
double        po_import_task_get_fraction       (PoImportTask         *self);
gboolean      po_import_task_get_running        (PoImportTask         *self);
void          po_import_task_cancel             (PoImportTask         *self);

void          po_import_task_import_json_async  (PoImportTask         *self,
                                                 GFile                *file,
                                                 PoImportMerge         merge,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
/* @import_result receives the counts and warnings, or on failure where it
 * failed (->error), whether or not the import succeeded. */
gboolean      po_import_task_import_json_finish (PoImportTask         *self,
                                                 GAsyncResult         *result,
                                                 PoImportResult      **import_result,
                                                 GError              **error);

void          po_import_task_import_csv_async   (PoImportTask         *self,
                                                 GBytes               *bytes,
                                                 const char           *display_name,
                                                 PoCsvTarget           target,
                                                 const int             mapping[PO_CSV_N_FIELDS],
                                                 PoImportMerge         merge,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
/* @row_errors receives the bad rows (PoCsvRowError) when rows failed. */
gboolean      po_import_task_import_csv_finish  (PoImportTask         *self,
                                                 GAsyncResult         *result,
                                                 guint                *n_rows,
                                                 GPtrArray           **row_errors,
                                                 GError              **error);

void          po_import_task_export_async       (PoImportTask         *self,
                                                 GFile                *file,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean      po_import_task_export_finish      (PoImportTask         *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);

G_END_DECLS
