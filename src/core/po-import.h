/* po-import.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "po-export.h"
#include "po-store.h"

G_BEGIN_DECLS

#define PO_IMPORT_ERROR (po_import_error_quark ())

typedef enum
{
  PO_IMPORT_ERROR_LIMIT,       /* file too large, nesting too deep, string too long */
  PO_IMPORT_ERROR_ENCODING,    /* not UTF-8 */
  PO_IMPORT_ERROR_SYNTAX,      /* not JSON */
  PO_IMPORT_ERROR_FORMAT,      /* JSON, but not a Peak One document of a known version */
  PO_IMPORT_ERROR_INVALID,     /* a value breaks a rule of DESIGN.md §7 */
  PO_IMPORT_ERROR_DUPLICATE,   /* an id used twice */
  PO_IMPORT_ERROR_REFERENCE,   /* a reference to something that does not exist */
} PoImportError;

/* What happens to an account (scenario, journey map) whose id already
 * exists in the workspace. */
typedef enum
{
  PO_IMPORT_MERGE_REPLACE,     /* the document wins */
  PO_IMPORT_MERGE_SKIP,        /* the workspace wins */
} PoImportMerge;

#define PO_IMPORT_DEFAULT_MAX_FILE_SIZE     (G_GUINT64_CONSTANT (512) * 1024 * 1024)
#define PO_IMPORT_DEFAULT_MAX_DEPTH         64
#define PO_IMPORT_DEFAULT_MAX_STRING_LENGTH (1024 * 1024)

typedef struct
{
  PoImportMerge   merge;
  guint64         max_file_size;      /* bytes; 0 = the default */
  guint           max_depth;          /* nesting of arrays and objects; 0 = the default */
  gsize           max_string_length;  /* bytes; 0 = the default */
  PoProgressFunc  progress;
  gpointer        progress_data;
} PoImportOptions;

/* A warning or the error of an import, located in the file. */
typedef struct
{
  char  *path;                 /* "accounts[3].subscriptions[0].start", "" for the file */
  guint  line;                 /* 1-based; 0 = unknown */
  guint  column;               /* 1-based, in characters; 0 = unknown */
  char  *message;
} PoImportProblem;

typedef struct
{
  guint             n_accounts;       /* written (new or replacing) */
  guint             n_replaced;
  guint             n_skipped;
  guint64           n_rows;           /* rows written, all tables */
  GPtrArray        *warnings;         /* PoImportProblem, at most 100 */
  guint             n_warnings;       /* all warnings, also those not kept */
  PoImportProblem  *error;            /* where the import failed, or NULL */
} PoImportResult;

GQuark           po_import_error_quark     (void);
void             po_import_options_init    (PoImportOptions  *options);

PoImportResult  *po_import_result_new      (void);
void             po_import_result_free     (PoImportResult   *result);
void             po_import_problem_free    (PoImportProblem  *problem);

/* Imports a §7 document into @store in one transaction: on any error
 * nothing is written and @error names the file, line, column and JSON
 * path. If @store has no accounts yet, the document's settings and catalog
 * replace the workspace's; otherwise ids that exist follow options->merge.
 * Unknown keys become warnings in @result. */
gboolean         po_import_file            (PoStore                *store,
                                            const char             *path,
                                            const PoImportOptions  *options,
                                            PoImportResult         *result,
                                            GCancellable           *cancellable,
                                            GError                **error);
gboolean         po_import_bytes           (PoStore                *store,
                                            GBytes                 *bytes,
                                            const char             *display_name,
                                            const PoImportOptions  *options,
                                            PoImportResult         *result,
                                            GCancellable           *cancellable,
                                            GError                **error);

/* A {"format": "peak-one-journey-map"} document (po_journey_map_export_one).
 * @key receives the imported map's id. */
gboolean         po_journey_map_import_one (PoStore                *store,
                                            GBytes                 *bytes,
                                            const char             *display_name,
                                            PoImportMerge           merge,
                                            char                  **key,
                                            GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoImportResult, po_import_result_free)

G_END_DECLS
