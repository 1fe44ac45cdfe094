/* po-csv-mapping-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-csv-import.h"
#include "po-import-task.h"

G_BEGIN_DECLS

#define PO_TYPE_CSV_MAPPING_DIALOG (po_csv_mapping_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PoCsvMappingDialog, po_csv_mapping_dialog, PO, CSV_MAPPING_DIALOG, AdwWindow)

/* The column-mapping step of a CSV import (DESIGN.md §7): what the rows
 * are (guessed), the delimiter found, a preview of the first rows, and
 * for every field of the target the column that feeds it (guessed from
 * the header). Import reads the file again, so a file fixed meanwhile is
 * taken as it is now, and imports all rows or none: bad rows are listed
 * with their row and column. Pages "mapping", "done" and "error"; the
 * actions "csv.import" and "csv.cancel" drive it. */
GtkWidget    *po_csv_mapping_dialog_new           (GtkWindow           *parent,
                                                   PoStore             *store,
                                                   GFile               *file);
PoCsvTarget   po_csv_mapping_dialog_get_target    (PoCsvMappingDialog  *self);
void          po_csv_mapping_dialog_set_target    (PoCsvMappingDialog  *self,
                                                   PoCsvTarget          target);
/* The column (from 0) mapped to @field, or -1. */
int           po_csv_mapping_dialog_get_column    (PoCsvMappingDialog  *self,
                                                   PoCsvField           field);
void          po_csv_mapping_dialog_set_column    (PoCsvMappingDialog  *self,
                                                   PoCsvField           field,
                                                   int                  column);
char          po_csv_mapping_dialog_get_delimiter (PoCsvMappingDialog  *self);
void          po_csv_mapping_dialog_import        (PoCsvMappingDialog  *self);
const char   *po_csv_mapping_dialog_get_page      (PoCsvMappingDialog  *self);
PoImportTask *po_csv_mapping_dialog_get_task      (PoCsvMappingDialog  *self);

G_END_DECLS
