/* po-import-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The importer is split by responsibility: po-import-scan.c checks the raw
 * bytes (limits, strict JSON lexemes) and finds places again by JSON path,
 * po-import.c drives the streaming parse and the transaction,
 * po-import-validate.c reads typed values with path-naming errors,
 * po-import-account.c and po-import-workspace.c validate and write rows.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "po-import.h"
#include "po-store-private.h"

G_BEGIN_DECLS

#define PO_IMPORT_MAX_WARNINGS 100
/* Ten billion a month: sums over years of thousands of accounts stay far
 * from the int64 limit. */
#define PO_IMPORT_MAX_CENTS G_GINT64_CONSTANT (1000000000000)

/* po-import-scan.c */

typedef struct
{
  char   *name;           /* decoded */
  gsize   start;          /* the value's bytes, [start, end) */
  gsize   end;
  guint   line;           /* of the key */
  guint   column;
  char    kind;           /* '{', '[', '"' or 'v' (number, literal) */
} PoScanMember;

typedef struct
{
  guint64    n_lines;
  gboolean   root_is_object;
  GPtrArray *members;       /* PoScanMember, the root object's, in order */
  GPtrArray *outer_arrays;  /* char *, paths of the arrays not inside an array, in order */
} PoScan;

gboolean _po_import_scan       (const char       *data,
                                gsize             len,
                                guint             max_depth,
                                gsize             max_string_length,
                                PoScan           *scan,
                                PoImportProblem  *problem,
                                int              *code);
void     _po_import_scan_clear (PoScan           *scan);
/* @wanted maps JSON paths to PoImportProblem whose line and column are
 * filled in where the path's value starts. */
void     _po_import_locate     (const char       *data,
                                gsize             len,
                                GHashTable       *wanted);
void     _po_import_position   (const char       *data,
                                gsize             len,
                                gsize             offset,
                                guint            *line,
                                guint            *column);

/* po-import.c, po-import-validate.c */

typedef struct
{
  char     *code;
  int       kind;            /* PoItemKind, or -1 for either */
  char     *path;
} PoItemRef;

typedef struct
{
  PoStore                *store;
  const PoImportOptions  *options;
  PoImportResult         *result;
  GCancellable           *cancellable;

  GString                *path;
  gboolean                failed;
  int                     error_code;
  char                   *error_path;
  char                   *error_message;

  gboolean                fresh;          /* the workspace had no accounts */
  gboolean                apply_header;   /* settings and catalog are taken */
  char                   *phase_model;
  GHashTable             *phases;         /* code set of phase_model */
  GHashTable             *criteria;       /* "phase\037code" set */
  GHashTable             *account_ids;    /* key → path of first use */
  GHashTable             *scenario_names;
  GHashTable             *map_keys;
  GPtrArray              *item_refs;      /* PoItemRef */
} PoImportContext;

void        _po_import_context_init    (PoImportContext        *ctx,
                                        PoStore                *store,
                                        const PoImportOptions  *options,
                                        PoImportResult         *result,
                                        GCancellable           *cancellable);
void        _po_import_context_clear   (PoImportContext        *ctx);

gsize       _po_import_push_key        (PoImportContext  *ctx,
                                        const char       *key);
gsize       _po_import_push_index      (PoImportContext  *ctx,
                                        guint             index);
void        _po_import_pop             (PoImportContext  *ctx,
                                        gsize             len);

gboolean    _po_import_fail            (PoImportContext  *ctx,
                                        int               code,
                                        const char       *member,
                                        const char       *format,
                                        ...) G_GNUC_PRINTF (4, 5);
void        _po_import_warn            (PoImportContext  *ctx,
                                        const char       *member,
                                        const char       *format,
                                        ...) G_GNUC_PRINTF (3, 4);
gboolean    _po_import_fail_sqlite     (PoImportContext  *ctx,
                                        const char       *member,
                                        const char       *what);

/* Warns about members not in @known (NULL-terminated). */
void        _po_import_check_keys      (PoImportContext    *ctx,
                                        JsonObject         *object,
                                        const char * const *known);
JsonObject *_po_import_object          (PoImportContext  *ctx,
                                        JsonNode         *node,
                                        const char       *member);

/* The getters leave *value untouched when the member is missing or null
 * and not @required; they return FALSE after _po_import_fail(). */
gboolean    _po_import_get_string      (PoImportContext  *ctx,
                                        JsonObject       *object,
                                        const char       *member,
                                        gboolean          required,
                                        const char      **value);
gboolean    _po_import_get_day         (PoImportContext  *ctx,
                                        JsonObject       *object,
                                        const char       *member,
                                        gboolean          required,
                                        PoDay            *value);
gboolean    _po_import_get_cents       (PoImportContext  *ctx,
                                        JsonObject       *object,
                                        const char       *member,
                                        gboolean          required,
                                        gint64           *value);
gboolean    _po_import_get_int         (PoImportContext  *ctx,
                                        JsonObject       *object,
                                        const char       *member,
                                        gboolean          required,
                                        int               min,
                                        int               max,
                                        int              *value);
gboolean    _po_import_get_number      (PoImportContext  *ctx,
                                        JsonObject       *object,
                                        const char       *member,
                                        gboolean          required,
                                        double            min,
                                        double            max,
                                        double           *value);
gboolean    _po_import_get_bool        (PoImportContext  *ctx,
                                        JsonObject       *object,
                                        const char       *member,
                                        gboolean         *value);
gboolean    _po_import_get_enum        (PoImportContext  *ctx,
                                        JsonObject       *object,
                                        const char       *member,
                                        gboolean          required,
                                        const PoEnumType *type,
                                        int              *value);
gboolean    _po_import_get_array       (PoImportContext  *ctx,
                                        JsonObject       *object,
                                        const char       *member,
                                        JsonArray       **value);
/* Checks @node (a member's value) as a number in [min, max]. */
gboolean    _po_import_node_number     (PoImportContext  *ctx,
                                        JsonNode         *node,
                                        const char       *member,
                                        double            min,
                                        double            max,
                                        double           *value);
/* Remembers a catalog reference, checked once the whole file is read. */
void        _po_import_ref_item        (PoImportContext  *ctx,
                                        const char       *member,
                                        const char       *code,
                                        int               kind);

/* po-import-account.c */
gboolean    _po_import_account         (PoImportContext  *ctx,
                                        JsonNode         *node,
                                        guint             index);

/* po-import-workspace.c */
gboolean    _po_import_load_phase_model (PoImportContext *ctx);
gboolean    _po_import_settings        (PoImportContext  *ctx,
                                        JsonNode         *node);
gboolean    _po_import_catalog         (PoImportContext  *ctx,
                                        JsonNode         *node);
gboolean    _po_import_scenario        (PoImportContext  *ctx,
                                        JsonNode         *node,
                                        guint             index);
gboolean    _po_import_check_refs      (PoImportContext  *ctx);
gboolean    _po_import_phase_model_exists (PoImportContext *ctx,
                                           const char      *code);
gboolean    _po_import_existing_row    (PoImportContext  *ctx,
                                        const char       *sql,
                                        const char       *key,
                                        gint64           *id);
typedef gboolean (*PoImportDeleteRow) (PoStore *store,
                                       gint64   id,
                                       GError **error);
gboolean    _po_import_replace_row     (PoImportContext  *ctx,
                                        const char       *sql,
                                        const char       *key,
                                        PoImportDeleteRow delete_row,
                                        const char       *what,
                                        char            **temp_key);
gboolean    _po_import_model_phases    (PoImportContext  *ctx,
                                        const char       *model,
                                        GHashTable       *phases);

/* po-import-map.c */
const char *_po_import_default_lane_title (const char *code);
gboolean    _po_import_journey_map     (PoImportContext  *ctx,
                                        JsonNode         *node,
                                        guint             index);

/* po-export*.c */
JsonNode   *_po_export_settings_node   (PoStore          *store,
                                        GError          **error);
JsonNode   *_po_export_catalog_node    (PoStore          *store,
                                        GError          **error);
JsonNode   *_po_export_scenarios_node  (PoStore          *store,
                                        GError          **error);
JsonNode   *_po_export_journey_map     (PoStore          *store,
                                        const PoJourneyMapRecord *map,
                                        GError          **error);
/* Members of the object @b is building; a NULL string is written "". */
void        _po_export_add_string      (JsonBuilder      *b,
                                        const char       *name,
                                        const char       *value);
void        _po_export_add_int         (JsonBuilder      *b,
                                        const char       *name,
                                        gint64            value);
void        _po_export_add_number      (JsonBuilder      *b,
                                        const char       *name,
                                        double            value);
void        _po_export_add_enum        (JsonBuilder      *b,
                                        const char       *name,
                                        const PoEnumType *type,
                                        int               value);
gboolean    _po_export_write_node      (GOutputStream    *out,
                                        JsonNode         *node,
                                        guint             indent,
                                        GCancellable     *cancellable,
                                        GError          **error);

G_END_DECLS
