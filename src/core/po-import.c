/* po-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Import of the §7 document (DESIGN.md §7, §9). The file is mapped, not
 * read; its bytes are checked (UTF-8, limits, strict JSON) before
 * json-glib sees them; the header (format, version, settings, catalog) is
 * parsed on its own first. Then one JsonParser runs over the whole file
 * with a handler on ::array-element that takes each finished element of
 * `accounts`, `scenarios` and `journey_maps` out of its array (the last
 * element, so nothing shifts; the signal's index keeps counting), checks
 * it and writes it. The document is never held as a tree, and everything
 * happens in one transaction that is rolled back on any error.
 */

#define G_LOG_DOMAIN "po-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "po-import-private.h"

G_DEFINE_QUARK (po-import-error-quark, po_import_error)

typedef gboolean (*ElementHandler) (PoImportContext *ctx,
                                    JsonNode        *node,
                                    guint            index);

typedef struct
{
  PoImportContext  ctx;
  const char      *data;
  gsize            len;
  const char      *name;
  PoScan           scan;
  guint            next_outer;
  guint            array_depth;
  ElementHandler   handler;
  gboolean         cancelled;
  double           reported;
} Import;

static const char * const known_members[] = {
  "format", "version", "exported_at", "settings", "catalog", "accounts", "scenarios",
  "journey_maps", NULL
};

void
po_import_options_init (PoImportOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->merge = PO_IMPORT_MERGE_REPLACE;
  options->max_file_size = PO_IMPORT_DEFAULT_MAX_FILE_SIZE;
  options->max_depth = PO_IMPORT_DEFAULT_MAX_DEPTH;
  options->max_string_length = PO_IMPORT_DEFAULT_MAX_STRING_LENGTH;
}

void
po_import_problem_free (PoImportProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

PoImportResult *
po_import_result_new (void)
{
  PoImportResult *result = g_new0 (PoImportResult, 1);

  result->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) po_import_problem_free);
  return result;
}

void
po_import_result_free (PoImportResult *result)
{
  if (result == NULL)
    return;
  g_ptr_array_unref (result->warnings);
  po_import_problem_free (result->error);
  g_free (result);
}

static void
report_progress (Import *im,
                 double  fraction)
{
  const PoImportOptions *options = im->ctx.options;

  if (options->progress == NULL || fraction < im->reported + 0.001)
    return;
  im->reported = fraction;
  options->progress (MIN (fraction, 1.0), options->progress_data);
}

/* Errors */

/* "FILE:LINE:COLUMN: PATH: MESSAGE", and the same, located, in @result. */
static gboolean
set_error (Import     *im,
           GError    **error,
           int         code,
           const char *path,
           guint       line,
           guint       column,
           const char *message)
{
  PoImportResult *result = im->ctx.result;
  g_autoptr(GString) text = g_string_new (im->name);

  if (line > 0)
    g_string_append_printf (text, ":%u:%u", line, column);
  g_string_append (text, ": ");
  if (path != NULL && *path != '\0')
    g_string_append_printf (text, "%s: ", path);
  g_string_append (text, message);
  g_set_error_literal (error, PO_IMPORT_ERROR, code, text->str);

  if (result != NULL && result->error == NULL)
    {
      result->error = g_new0 (PoImportProblem, 1);
      result->error->path = g_strdup (path ? path : "");
      result->error->line = line;
      result->error->column = column;
      result->error->message = g_strdup (message);
    }
  return FALSE;
}

/* Turns the context's failure into @error, with the path's place. */
static gboolean
context_error (Import  *im,
               GError **error)
{
  PoImportContext *ctx = &im->ctx;
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  PoImportProblem where = { NULL, 0, 0, NULL };

  if (im->cancelled)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The import was cancelled"));
      return FALSE;
    }
  g_hash_table_insert (wanted, ctx->error_path, &where);
  _po_import_locate (im->data, im->len, wanted);
  /* A missing member: point at the object that lacks it. */
  if (where.line == 0)
    {
      g_autofree char *parent = g_strdup (ctx->error_path);
      char *cut;

      while (where.line == 0 && (cut = strrchr (parent, '.')) != NULL)
        {
          *cut = '\0';
          g_hash_table_remove_all (wanted);
          g_hash_table_insert (wanted, parent, &where);
          _po_import_locate (im->data, im->len, wanted);
        }
    }
  return set_error (im, error, ctx->error_code, ctx->error_path, where.line, where.column,
                    ctx->error_message);
}

static void
locate_warnings (Import *im)
{
  PoImportResult *result = im->ctx.result;
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < result->warnings->len; i++)
    {
      PoImportProblem *p = result->warnings->pdata[i];

      if (!g_hash_table_contains (wanted, p->path))
        g_hash_table_insert (wanted, p->path, p);
    }
  _po_import_locate (im->data, im->len, wanted);
}

/* Bytes */

static gboolean
check_bytes (Import  *im,
             GError **error)
{
  const PoImportOptions *options = im->ctx.options;
  PoImportProblem problem = { NULL, 0, 0, NULL };
  const char *end = NULL;
  int code = 0;

  /* A byte order mark is tolerated, and skipped. */
  if (im->len >= 3 && memcmp (im->data, "\xEF\xBB\xBF", 3) == 0)
    {
      im->data += 3;
      im->len -= 3;
    }
  if (!g_utf8_validate_len (im->data, im->len, &end))
    {
      guint line, column;
      g_autofree char *message = NULL;
      g_autofree char *offset = g_strdup_printf ("%" G_GSIZE_FORMAT, (gsize) (end - im->data));

      _po_import_position (im->data, im->len, end - im->data, &line, &column);
      message = g_strdup_printf (_("not valid UTF-8 at byte offset %s"), offset);
      return set_error (im, error, PO_IMPORT_ERROR_ENCODING, NULL, line, column, message);
    }
  if (!_po_import_scan (im->data, im->len, options->max_depth, options->max_string_length,
                        &im->scan, &problem, &code))
    {
      g_autofree char *message = problem.message;

      return set_error (im, error, code, NULL, problem.line, problem.column, message);
    }
  if (!im->scan.root_is_object)
    return set_error (im, error, PO_IMPORT_ERROR_FORMAT, NULL, 1, 1,
                      _("not a Peak One document: the top level must be a JSON object"));
  return TRUE;
}

static PoScanMember *
find_member (Import     *im,
             const char *name)
{
  for (guint i = 0; i < im->scan.members->len; i++)
    {
      PoScanMember *m = im->scan.members->pdata[i];

      if (g_str_equal (m->name, name))
        return m;
    }
  return NULL;
}

/* Parses one member's value alone (the header, before the accounts). */
static JsonNode *
parse_member (Import        *im,
              PoScanMember  *m,
              GError       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local = NULL;

  if (!json_parser_load_from_data (parser, im->data + m->start, m->end - m->start, &local))
    {
      set_error (im, error, PO_IMPORT_ERROR_SYNTAX, m->name, m->line, m->column, local->message);
      return NULL;
    }
  return json_node_ref (json_parser_get_root (parser));
}

static gboolean
check_format (Import      *im,
              const char  *expected,
              GError     **error)
{
  PoScanMember *format = find_member (im, "format");
  PoScanMember *version = find_member (im, "version");
  g_autoptr(JsonNode) node = NULL;

  if (format == NULL)
    return set_error (im, error, PO_IMPORT_ERROR_FORMAT, "format", 1, 1,
                      _("is required: this is not a Peak One document"));
  if ((node = parse_member (im, format, error)) == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      !g_str_equal (json_node_get_string (node), expected))
    {
      g_autofree char *message = NULL;

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        message = g_strdup_printf (_("“%s” is not “%s”"), json_node_get_string (node), expected);
      else
        message = g_strdup_printf (_("must be “%s”"), expected);
      return set_error (im, error, PO_IMPORT_ERROR_FORMAT, "format", format->line, format->column,
                        message);
    }
  g_clear_pointer (&node, json_node_unref);

  if (version == NULL)
    return set_error (im, error, PO_IMPORT_ERROR_FORMAT, "version", 1, 1, _("is required"));
  if ((node = parse_member (im, version, error)) == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) != 1)
    return set_error (im, error, PO_IMPORT_ERROR_FORMAT, "version", version->line, version->column,
                      _("this version of Peak One reads version 1 only"));
  return TRUE;
}

/* Streaming */

static void
on_array_start (JsonParser *parser,
                gpointer    user_data)
{
  Import *im = user_data;

  if (im->array_depth++ > 0)
    return;

  /* The scan saw the same arrays in the same order. */
  im->handler = NULL;
  if (im->next_outer < im->scan.outer_arrays->len)
    {
      const char *path = im->scan.outer_arrays->pdata[im->next_outer++];

      if (g_str_equal (path, "accounts"))
        im->handler = _po_import_account;
      else if (g_str_equal (path, "scenarios"))
        im->handler = _po_import_scenario;
      else if (g_str_equal (path, "journey_maps"))
        im->handler = _po_import_journey_map;
    }
}

static void
on_array_end (JsonParser *parser,
              JsonArray  *array,
              gpointer    user_data)
{
  Import *im = user_data;

  if (--im->array_depth == 0)
    im->handler = NULL;
}

static void
on_array_element (JsonParser *parser,
                  JsonArray  *array,
                  int         index,
                  gpointer    user_data)
{
  Import *im = user_data;
  guint last;
  JsonNode *node;

  if (im->array_depth != 1 || im->handler == NULL)
    return;

  last = json_array_get_length (array) - 1;
  node = json_array_dup_element (array, last);
  json_array_remove_element (array, last);

  /* json-glib cannot be stopped from a handler; after a failure the rest
   * of the file is only parsed and dropped. */
  if (!im->ctx.failed)
    {
      if (g_cancellable_is_cancelled (im->ctx.cancellable))
        {
          im->cancelled = TRUE;
          im->ctx.failed = TRUE;
        }
      else
        {
          g_string_truncate (im->ctx.path, 0);
          im->handler (&im->ctx, node, (guint) index);
          if (im->scan.n_lines > 0)
            report_progress (im, 0.05 + 0.9 * json_parser_get_current_line (parser) / im->scan.n_lines);
        }
    }
  json_node_unref (node);
}

static gboolean
check_root (Import     *im,
            JsonObject *root)
{
  PoImportContext *ctx = &im->ctx;
  const char *stamp = NULL;
  JsonArray *array;

  g_string_truncate (ctx->path, 0);
  _po_import_check_keys (ctx, root, known_members);
  /* Arrays were consumed while parsing; other types are errors here. */
  return _po_import_get_string (ctx, root, "exported_at", FALSE, &stamp) &&
         _po_import_get_array (ctx, root, "accounts", &array) &&
         _po_import_get_array (ctx, root, "scenarios", &array) &&
         _po_import_get_array (ctx, root, "journey_maps", &array);
}

static gboolean
count_accounts (PoStore *store,
                gint64  *n)
{
  sqlite3_stmt *stmt = _po_store_prepare (store, "SELECT count(*) FROM accounts", NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  *n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
import_document (Import  *im,
                 GError **error)
{
  PoImportContext *ctx = &im->ctx;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local = NULL;
  PoScanMember *m;
  gint64 n_accounts = 0;

  if (!count_accounts (ctx->store, &n_accounts))
    return _po_store_set_error (ctx->store, error);
  ctx->fresh = n_accounts == 0;
  ctx->apply_header = ctx->fresh || ctx->options->merge == PO_IMPORT_MERGE_REPLACE;

  /* Catalog references are checked at the end, so rows may point to items
   * defined later in the file. */
  if (!_po_store_exec (ctx->store, "PRAGMA defer_foreign_keys = ON", error))
    return FALSE;

  if ((m = find_member (im, "settings")) != NULL)
    {
      g_autoptr(JsonNode) node = parse_member (im, m, error);

      if (node == NULL)
        return FALSE;
      if (!JSON_NODE_HOLDS_NULL (node) && !_po_import_settings (ctx, node))
        return context_error (im, error);
    }
  if (!_po_import_load_phase_model (ctx))
    return context_error (im, error);
  if ((m = find_member (im, "catalog")) != NULL)
    {
      g_autoptr(JsonNode) node = parse_member (im, m, error);

      if (node == NULL)
        return FALSE;
      if (!JSON_NODE_HOLDS_NULL (node) && !_po_import_catalog (ctx, node))
        return context_error (im, error);
    }

  parser = json_parser_new ();
  g_signal_connect (parser, "array-start", G_CALLBACK (on_array_start), im);
  g_signal_connect (parser, "array-end", G_CALLBACK (on_array_end), im);
  g_signal_connect (parser, "array-element", G_CALLBACK (on_array_element), im);
  if (!json_parser_load_from_data (parser, im->data, im->len, &local))
    {
      const char *message = local->message;

      if (ctx->failed)
        return context_error (im, error);
      if (g_str_has_prefix (message, "<data>:"))
        message += strlen ("<data>:");
      return set_error (im, error, PO_IMPORT_ERROR_SYNTAX, NULL, 0, 0, message);
    }
  if (ctx->failed)
    return context_error (im, error);
  if (!check_root (im, json_node_get_object (json_parser_get_root (parser))) ||
      !_po_import_check_refs (ctx))
    return context_error (im, error);
  return TRUE;
}

static gboolean
import_data (PoStore                *store,
             const char             *data,
             gsize                   len,
             const char             *name,
             const PoImportOptions  *options,
             PoImportResult         *result,
             GCancellable           *cancellable,
             GError                **error)
{
  PoImportOptions defaults;
  g_autoptr(PoImportResult) own_result = NULL;
  Import im = { 0 };
  gboolean ok = FALSE;

  po_import_options_init (&defaults);
  if (options != NULL)
    {
      defaults.merge = options->merge;
      defaults.max_file_size = options->max_file_size ? options->max_file_size : defaults.max_file_size;
      defaults.max_depth = options->max_depth ? options->max_depth : defaults.max_depth;
      defaults.max_string_length = options->max_string_length ? options->max_string_length
                                                              : defaults.max_string_length;
      defaults.progress = options->progress;
      defaults.progress_data = options->progress_data;
    }
  if (result == NULL)
    result = own_result = po_import_result_new ();

  _po_import_context_init (&im.ctx, store, &defaults, result, cancellable);
  im.data = data;
  im.len = len;
  im.name = name;
  im.reported = -1.0;
  report_progress (&im, 0.0);

  if (len > defaults.max_file_size)
    {
      g_autofree char *size = g_strdup_printf ("%" G_GSIZE_FORMAT, len);
      g_autofree char *limit = g_strdup_printf ("%" G_GUINT64_FORMAT, defaults.max_file_size);
      g_autofree char *message =
        g_strdup_printf (_("%s bytes is more than the limit of %s bytes"), size, limit);
      set_error (&im, error, PO_IMPORT_ERROR_LIMIT, NULL, 0, 0, message);
    }
  else if (check_bytes (&im, error) && check_format (&im, "peak-one-workspace", error))
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;
      report_progress (&im, 0.05);
      if (!po_store_begin (store, error))
        goto out;
      if (!import_document (&im, error))
        {
          po_store_rollback (store);
          goto out;
        }
      /* A failed commit has rolled back already. */
      if (!po_store_commit (store, error))
        goto out;
      ok = TRUE;
      report_progress (&im, 1.0);
    }

out:
  if (result->warnings->len > 0)
    locate_warnings (&im);
  _po_import_scan_clear (&im.scan);
  _po_import_context_clear (&im.ctx);
  return ok;
}

gboolean
po_import_bytes (PoStore                *store,
                 GBytes                 *bytes,
                 const char             *display_name,
                 const PoImportOptions  *options,
                 PoImportResult         *result,
                 GCancellable           *cancellable,
                 GError                **error)
{
  gsize len = 0;
  const char *data;

  g_return_val_if_fail (PO_IS_STORE (store), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = g_bytes_get_data (bytes, &len);
  return import_data (store, data ? data : "", len, display_name ? display_name : "<data>",
                      options, result, cancellable, error);
}

gboolean
po_import_file (PoStore                *store,
                const char             *path,
                const PoImportOptions  *options,
                PoImportResult         *result,
                GCancellable           *cancellable,
                GError                **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GError) local = NULL;
  guint64 limit = options && options->max_file_size ? options->max_file_size
                                                     : PO_IMPORT_DEFAULT_MAX_FILE_SIZE;
  GStatBuf st;
  const char *data;

  g_return_val_if_fail (PO_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Refuse a huge file before mapping it. */
  if (g_stat (path, &st) == 0 && (guint64) st.st_size > limit)
    {
      g_autofree char *size = g_strdup_printf ("%" G_GUINT64_FORMAT, (guint64) st.st_size);
      g_autofree char *max = g_strdup_printf ("%" G_GUINT64_FORMAT, limit);

      g_set_error (error, PO_IMPORT_ERROR, PO_IMPORT_ERROR_LIMIT,
                   _("%s: %s bytes is more than the limit of %s bytes"), path, size, max);
      return FALSE;
    }
  mapped = g_mapped_file_new (path, FALSE, &local);
  if (mapped == NULL)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_file_error (local->code),
                   "%s", local->message);
      return FALSE;
    }
  data = g_mapped_file_get_contents (mapped);
  return import_data (store, data ? data : "", g_mapped_file_get_length (mapped), path,
                      options, result, cancellable, error);
}

gboolean
po_journey_map_import_one (PoStore        *store,
                           GBytes         *bytes,
                           const char     *display_name,
                           PoImportMerge   merge,
                           char          **key,
                           GError        **error)
{
  PoImportOptions options;
  g_autoptr(PoImportResult) result = po_import_result_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local = NULL;
  Import im = { 0 };
  gboolean ok = FALSE;
  gsize len = 0;

  g_return_val_if_fail (PO_IS_STORE (store), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  po_import_options_init (&options);
  options.merge = merge;
  _po_import_context_init (&im.ctx, store, &options, result, NULL);
  im.data = g_bytes_get_data (bytes, &len);
  im.data = im.data ? im.data : "";
  im.len = len;
  im.name = display_name ? display_name : "<data>";

  if (check_bytes (&im, error) && check_format (&im, "peak-one-journey-map", error))
    {
      if (!json_parser_load_from_data (parser, im.data, im.len, &local))
        set_error (&im, error, PO_IMPORT_ERROR_SYNTAX, NULL, 0, 0, local->message);
      else if (po_store_begin (store, error))
        {
          JsonNode *root = json_parser_get_root (parser);

          if (!_po_import_load_phase_model (&im.ctx) ||
              !_po_import_journey_map (&im.ctx, root, G_MAXUINT) ||
              !_po_import_check_refs (&im.ctx))
            {
              po_store_rollback (store);
              context_error (&im, error);
            }
          else if (po_store_commit (store, error))
            {
              ok = TRUE;
              if (key != NULL)
                *key = g_strdup (json_object_get_string_member (json_node_get_object (root), "id"));
            }
        }
    }
  _po_import_scan_clear (&im.scan);
  _po_import_context_clear (&im.ctx);
  return ok;
}
