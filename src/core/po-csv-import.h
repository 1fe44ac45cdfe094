/* po-csv-import.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "po-import.h"

G_BEGIN_DECLS

/* CSV import of accounts, subscription lines and health samples (DESIGN.md
 * §7), shaped for a column-mapping dialog: preview the file, map target
 * fields to columns, import all rows or none. Delimiter `,` or `;`; money
 * with a decimal comma or point ("1.234,56", "1234,56", "1234.56");
 * dates YYYY-MM-DD or DD.MM.YYYY. */

typedef enum
{
  PO_CSV_TARGET_ACCOUNTS,
  PO_CSV_TARGET_SUBSCRIPTIONS,
  PO_CSV_TARGET_HEALTH,
  PO_CSV_N_TARGETS
} PoCsvTarget;

typedef enum
{
  PO_CSV_FIELD_ACCOUNT,     /* the account id */
  PO_CSV_FIELD_NAME,
  PO_CSV_FIELD_SEGMENT,
  PO_CSV_FIELD_TOUCH,
  PO_CSV_FIELD_OWNER,
  PO_CSV_FIELD_SIGNED_ON,
  PO_CSV_FIELD_RENEWAL_ON,
  PO_CSV_FIELD_FORECAST,
  PO_CSV_FIELD_NOTES,
  PO_CSV_FIELD_ITEM,
  PO_CSV_FIELD_MRR,         /* money, to cents */
  PO_CSV_FIELD_QUANTITY,
  PO_CSV_FIELD_START,
  PO_CSV_FIELD_END,
  PO_CSV_FIELD_ON,
  PO_CSV_FIELD_COMPONENT,
  PO_CSV_FIELD_VALUE,
  PO_CSV_N_FIELDS
} PoCsvField;

typedef struct
{
  char        delimiter;
  gboolean    has_header;
  char      **header;       /* the first row when has_header, else NULL */
  GPtrArray  *rows;         /* char **, the first data rows */
  guint       n_columns;
} PoCsvPreview;

typedef struct
{
  guint  row;               /* 1-based record number in the file, header included */
  guint  column;            /* 1-based; 0 for the whole row */
  char  *message;
} PoCsvRowError;

typedef struct
{
  char            delimiter;   /* 0 = detect */
  int             has_header;  /* -1 = detect */
  PoImportMerge   merge;       /* accounts and samples that exist */
  PoProgressFunc  progress;
  gpointer        progress_data;
} PoCsvOptions;

const char   *po_csv_target_nick      (PoCsvTarget          target);
gboolean      po_csv_target_parse     (const char          *nick,
                                       PoCsvTarget         *target);
const char   *po_csv_field_nick       (PoCsvField           field);
gboolean      po_csv_field_parse      (const char          *nick,
                                       PoCsvField          *field);
/* The fields of @target; the first @n_required must be mapped. */
const PoCsvField *po_csv_target_fields (PoCsvTarget         target,
                                        guint              *n_fields,
                                        guint              *n_required);

PoCsvPreview *po_csv_preview          (GBytes              *bytes,
                                       guint                max_rows,
                                       GError             **error);
void          po_csv_preview_free     (PoCsvPreview        *preview);
PoCsvTarget   po_csv_guess_target     (const PoCsvPreview  *preview);
/* Fills @mapping (column index from 0, or -1) from the header's names. */
void          po_csv_guess_mapping    (const PoCsvPreview  *preview,
                                       PoCsvTarget          target,
                                       int                  mapping[PO_CSV_N_FIELDS]);

void          po_csv_options_init     (PoCsvOptions        *options);
void          po_csv_row_error_free   (PoCsvRowError       *error);
/* All rows or none: on bad rows @row_errors lists them (at most 100) and
 * @error says how many. */
gboolean      po_csv_import           (PoStore             *store,
                                       GBytes              *bytes,
                                       const char          *display_name,
                                       PoCsvTarget          target,
                                       const int            mapping[PO_CSV_N_FIELDS],
                                       const PoCsvOptions  *options,
                                       GPtrArray          **row_errors,
                                       guint               *n_rows,
                                       GCancellable        *cancellable,
                                       GError             **error);

/* Money text to cents: "1.234,56", "1234,56", "1,234.56", "299" → 123456, …;
 * FALSE for negative or malformed amounts. */
gboolean      po_csv_parse_cents      (const char          *text,
                                       gint64              *cents);
/* YYYY-MM-DD or DD.MM.YYYY. */
gboolean      po_csv_parse_day        (const char          *text,
                                       PoDay               *day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoCsvPreview, po_csv_preview_free)

G_END_DECLS
