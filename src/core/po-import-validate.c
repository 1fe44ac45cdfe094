/* po-import-validate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Typed reads of JSON members. Every failure names the JSON path of the
 * value (the context's current path plus the member), so the driver can
 * find its line and column afterwards.
 */

#define G_LOG_DOMAIN "po-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "po-import-private.h"

static void
item_ref_free (gpointer data)
{
  PoItemRef *ref = data;

  g_free (ref->code);
  g_free (ref->path);
  g_free (ref);
}

void
_po_import_context_init (PoImportContext        *ctx,
                         PoStore                *store,
                         const PoImportOptions  *options,
                         PoImportResult         *result,
                         GCancellable           *cancellable)
{
  memset (ctx, 0, sizeof *ctx);
  ctx->store = store;
  ctx->options = options;
  ctx->result = result;
  ctx->cancellable = cancellable;
  ctx->path = g_string_new (NULL);
  ctx->phases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx->criteria = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx->account_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->scenario_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->map_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ctx->item_refs = g_ptr_array_new_with_free_func (item_ref_free);
}

void
_po_import_context_clear (PoImportContext *ctx)
{
  g_string_free (ctx->path, TRUE);
  g_clear_pointer (&ctx->error_path, g_free);
  g_clear_pointer (&ctx->error_message, g_free);
  g_clear_pointer (&ctx->phase_model, g_free);
  g_clear_pointer (&ctx->phases, g_hash_table_unref);
  g_clear_pointer (&ctx->criteria, g_hash_table_unref);
  g_clear_pointer (&ctx->account_ids, g_hash_table_unref);
  g_clear_pointer (&ctx->scenario_names, g_hash_table_unref);
  g_clear_pointer (&ctx->map_keys, g_hash_table_unref);
  g_clear_pointer (&ctx->item_refs, g_ptr_array_unref);
}

/* Paths */

gsize
_po_import_push_key (PoImportContext *ctx,
                     const char      *key)
{
  gsize len = ctx->path->len;

  if (len > 0)
    g_string_append_c (ctx->path, '.');
  g_string_append (ctx->path, key);
  return len;
}

gsize
_po_import_push_index (PoImportContext *ctx,
                       guint            index)
{
  gsize len = ctx->path->len;
  char digits[16];
  int n = 0;

  /* Once per array element, millions of times: no printf. */
  do
    digits[n++] = (char) ('0' + index % 10);
  while ((index /= 10) > 0);
  g_string_append_c (ctx->path, '[');
  while (n > 0)
    g_string_append_c (ctx->path, digits[--n]);
  g_string_append_c (ctx->path, ']');
  return len;
}

void
_po_import_pop (PoImportContext *ctx,
                gsize            len)
{
  g_string_truncate (ctx->path, len);
}

static char *
member_path (PoImportContext *ctx,
             const char      *member)
{
  if (member == NULL)
    return g_strdup (ctx->path->str);
  if (ctx->path->len == 0)
    return g_strdup (member);
  return g_strconcat (ctx->path->str, ".", member, NULL);
}

/* Problems */

gboolean
_po_import_fail (PoImportContext *ctx,
                 int              code,
                 const char      *member,
                 const char      *format,
                 ...)
{
  va_list args;

  if (ctx->failed)
    return FALSE;
  ctx->failed = TRUE;
  ctx->error_code = code;
  ctx->error_path = member_path (ctx, member);
  va_start (args, format);
  ctx->error_message = g_strdup_vprintf (format, args);
  va_end (args);
  return FALSE;
}

void
_po_import_warn (PoImportContext *ctx,
                 const char      *member,
                 const char      *format,
                 ...)
{
  PoImportProblem *problem;
  va_list args;

  if (ctx->result == NULL)
    return;
  ctx->result->n_warnings++;
  if (ctx->result->warnings->len >= PO_IMPORT_MAX_WARNINGS)
    return;
  problem = g_new0 (PoImportProblem, 1);
  problem->path = member_path (ctx, member);
  va_start (args, format);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (ctx->result->warnings, problem);
}

/* A failed insert: constraint violations are duplicates the checks before
 * did not catch (two samples of one component on one day, …). */
gboolean
_po_import_fail_sqlite (PoImportContext *ctx,
                        const char      *member,
                        const char      *what)
{
  sqlite3 *db = _po_store_get_db (ctx->store);

  if ((sqlite3_extended_errcode (db) & 0xff) == SQLITE_CONSTRAINT)
    return _po_import_fail (ctx, PO_IMPORT_ERROR_DUPLICATE, member,
                            /* Translators: %s is e.g. "health sample" */
                            _("duplicate %s: the same one appears earlier"), what);
  return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, member,
                          _("cannot be written: %s"), sqlite3_errmsg (db));
}

void
_po_import_check_keys (PoImportContext    *ctx,
                       JsonObject         *object,
                       const char * const *known)
{
  guint present = 0;
  g_autoptr(GList) members = NULL;

  /* Fast path: every member is a known one. */
  for (guint i = 0; known[i] != NULL; i++)
    if (json_object_has_member (object, known[i]))
      present++;
  if (present == json_object_get_size (object))
    return;

  members = json_object_get_members (object);
  for (const GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (known, l->data))
      _po_import_warn (ctx, l->data, _("unknown key ignored"));
}

JsonObject *
_po_import_object (PoImportContext *ctx,
                   JsonNode        *node,
                   const char      *member)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, member, _("must be an object"));
      return NULL;
    }
  return json_node_get_object (node);
}

/* The member's value, NULL when missing or null (an error if @required). */
static JsonNode *
lookup (PoImportContext *ctx,
        JsonObject      *object,
        const char      *member,
        gboolean         required,
        gboolean        *ok)
{
  JsonNode *node = json_object_get_member (object, member);

  *ok = TRUE;
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    return node;
  if (required)
    *ok = _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, member, _("is required"));
  return NULL;
}

static GType
value_type (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
}

gboolean
_po_import_get_string (PoImportContext  *ctx,
                       JsonObject       *object,
                       const char       *member,
                       gboolean          required,
                       const char      **value)
{
  gboolean ok;
  JsonNode *node = lookup (ctx, object, member, required, &ok);

  if (node == NULL)
    return ok;
  if (value_type (node) != G_TYPE_STRING)
    return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, member, _("must be a string"));
  *value = json_node_get_string (node);
  if (required && **value == '\0')
    return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, member, _("must not be empty"));
  return TRUE;
}

gboolean
_po_import_get_day (PoImportContext *ctx,
                    JsonObject      *object,
                    const char      *member,
                    gboolean         required,
                    PoDay           *value)
{
  const char *text = NULL;

  if (!_po_import_get_string (ctx, object, member, required, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;
  if (!po_day_parse (text, value))
    return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, member,
                            _("“%s” is not a date that exists (expected YYYY-MM-DD)"), text);
  return TRUE;
}

gboolean
_po_import_get_cents (PoImportContext *ctx,
                      JsonObject      *object,
                      const char      *member,
                      gboolean         required,
                      gint64          *value)
{
  gboolean ok;
  JsonNode *node = lookup (ctx, object, member, required, &ok);
  gint64 v;

  if (node == NULL)
    return ok;
  if (value_type (node) == G_TYPE_DOUBLE)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, member,
                              _("must be a whole number of cents, not %s"),
                              g_ascii_dtostr (buf, sizeof buf, json_node_get_double (node)));
    }
  if (value_type (node) != G_TYPE_INT64)
    return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, member,
                            _("must be a whole number of cents"));
  v = json_node_get_int (node);
  if (v < 0)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, v);

      return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, member,
                              _("must not be negative (%s)"), text);
    }
  if (v > PO_IMPORT_MAX_CENTS)
    return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, member, _("is too large"));
  *value = v;
  return TRUE;
}

gboolean
_po_import_get_int (PoImportContext *ctx,
                    JsonObject      *object,
                    const char      *member,
                    gboolean         required,
                    int              min,
                    int              max,
                    int             *value)
{
  gboolean ok;
  JsonNode *node = lookup (ctx, object, member, required, &ok);
  gint64 v;

  if (node == NULL)
    return ok;
  if (value_type (node) != G_TYPE_INT64)
    return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, member, _("must be a whole number"));
  v = json_node_get_int (node);
  if (v < min || v > max)
    {
      g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, v);

      return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, member,
                              _("%s is outside %d…%d"), text, min, max);
    }
  *value = (int) v;
  return TRUE;
}

gboolean
_po_import_node_number (PoImportContext *ctx,
                        JsonNode        *node,
                        const char      *member,
                        double           min,
                        double           max,
                        double          *value)
{
  GType type = value_type (node);
  double v;

  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, member, _("must be a number"));
  v = type == G_TYPE_INT64 ? (double) json_node_get_int (node) : json_node_get_double (node);
  if (!isfinite (v) || v < min || v > max)
    {
      char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE], c[G_ASCII_DTOSTR_BUF_SIZE];

      return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, member, _("%s is outside %s…%s"),
                              g_ascii_dtostr (a, sizeof a, v), g_ascii_dtostr (b, sizeof b, min),
                              g_ascii_dtostr (c, sizeof c, max));
    }
  *value = v;
  return TRUE;
}

gboolean
_po_import_get_number (PoImportContext *ctx,
                       JsonObject      *object,
                       const char      *member,
                       gboolean         required,
                       double           min,
                       double           max,
                       double          *value)
{
  gboolean ok;
  JsonNode *node = lookup (ctx, object, member, required, &ok);

  if (node == NULL)
    return ok;
  return _po_import_node_number (ctx, node, member, min, max, value);
}

gboolean
_po_import_get_bool (PoImportContext *ctx,
                     JsonObject      *object,
                     const char      *member,
                     gboolean        *value)
{
  gboolean ok;
  JsonNode *node = lookup (ctx, object, member, FALSE, &ok);

  if (node == NULL)
    return ok;
  if (value_type (node) != G_TYPE_BOOLEAN)
    return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, member, _("must be true or false"));
  *value = json_node_get_boolean (node);
  return TRUE;
}

gboolean
_po_import_get_enum (PoImportContext  *ctx,
                     JsonObject       *object,
                     const char       *member,
                     gboolean          required,
                     const PoEnumType *type,
                     int              *value)
{
  const char *text = NULL;

  if (!_po_import_get_string (ctx, object, member, required, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;
  if (!po_enum_parse (type, text, value))
    {
      g_autofree char *allowed = po_enum_nicks (type);

      return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, member,
                              /* Translators: “gold” is not a valid segment; allowed: a, b */
                              _("“%s” is not a valid %s; allowed: %s"), text, type->name, allowed);
    }
  return TRUE;
}

gboolean
_po_import_get_array (PoImportContext  *ctx,
                      JsonObject       *object,
                      const char       *member,
                      JsonArray       **value)
{
  gboolean ok;
  JsonNode *node = lookup (ctx, object, member, FALSE, &ok);

  *value = NULL;
  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, member, _("must be an array"));
  *value = json_node_get_array (node);
  return TRUE;
}

void
_po_import_ref_item (PoImportContext *ctx,
                     const char      *member,
                     const char      *code,
                     int              kind)
{
  PoItemRef *ref = g_new0 (PoItemRef, 1);

  ref->code = g_strdup (code);
  ref->kind = kind;
  ref->path = member_path (ctx, member);
  g_ptr_array_add (ctx->item_refs, ref);
}
