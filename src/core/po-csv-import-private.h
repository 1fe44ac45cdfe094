/* po-csv-import-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-csv-import.h"
#include "po-store-private.h"

G_BEGIN_DECLS

typedef void (*PoCsvRowFunc) (GPtrArray *fields,
                              guint      row,
                              gpointer   user_data);

/* libcsv's callbacks collect a record's fields, then @func gets them with
 * the record's 1-based number. */
typedef struct
{
  GPtrArray    *fields;
  guint         row;
  PoCsvRowFunc  func;
  gpointer      user_data;
  gboolean      stop;
} PoCsvReader;

extern const char * const _po_csv_field_nicks[PO_CSV_N_FIELDS];

gboolean _po_csv_read (GBytes          *bytes,
                       char             delimiter,
                       PoCsvReader     *reader,
                       GCancellable    *cancellable,
                       PoProgressFunc   progress,
                       gpointer         progress_data,
                       GError         **error);

G_END_DECLS
