/* po-csv-import-rows.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing the rows of a CSV file: accounts, subscription lines or health
 * samples, each row as libcsv finishes it, in one transaction rolled back
 * when any row is bad.
 */

#define G_LOG_DOMAIN "po-csv"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "po-csv-import-private.h"

#define MAX_ROW_ERRORS 100

typedef struct
{
  PoStore             *store;
  PoCsvTarget          target;
  const int           *mapping;
  const PoCsvOptions  *options;
  gboolean             skip_header;
  GPtrArray           *errors;
  guint                n_errors;
  guint                n_rows;
  GHashTable          *accounts;   /* key → account row id */
  GHashTable          *items;      /* code and lower-case name → code */
} Rows;

static const char *
cell (Rows       *r,
      GPtrArray  *fields,
      PoCsvField  field)
{
  int column = r->mapping[field];
  const char *text;

  if (column < 0 || (guint) column >= fields->len)
    return NULL;
  text = fields->pdata[column];
  while (*text == ' ')
    text++;
  return *text != '\0' ? text : NULL;
}

static gboolean
row_error (Rows       *r,
           guint       row,
           PoCsvField  field,
           const char *format,
           ...) G_GNUC_PRINTF (4, 5);

static gboolean
row_error (Rows       *r,
           guint       row,
           PoCsvField  field,
           const char *format,
           ...)
{
  PoCsvRowError *e;
  va_list args;

  r->n_errors++;
  if (r->errors->len >= MAX_ROW_ERRORS)
    return FALSE;
  e = g_new0 (PoCsvRowError, 1);
  e->row = row;
  e->column = field < PO_CSV_N_FIELDS && r->mapping[field] >= 0 ? (guint) r->mapping[field] + 1 : 0;
  va_start (args, format);
  e->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (r->errors, e);
  return FALSE;
}

static gboolean
required (Rows        *r,
          GPtrArray   *fields,
          guint        row,
          PoCsvField   field,
          const char **value)
{
  *value = cell (r, fields, field);
  if (*value == NULL)
    return row_error (r, row, field, _("%s is missing"), _po_csv_field_nicks[field]);
  return TRUE;
}

static gboolean
enum_cell (Rows             *r,
           GPtrArray        *fields,
           guint             row,
           PoCsvField        field,
           const PoEnumType *type,
           int              *value)
{
  const char *text = cell (r, fields, field);
  g_autofree char *nick = NULL;

  if (text == NULL)
    return TRUE;
  nick = g_utf8_strdown (text, -1);
  g_strdelimit (nick, " -", '_');
  if (po_enum_parse (type, nick, value))
    return TRUE;
  for (guint i = 0; i < type->n_values; i++)
    if (g_utf8_collate (text, po_enum_label (type, i)) == 0)
      {
        *value = (int) i;
        return TRUE;
      }
  {
    g_autofree char *allowed = po_enum_nicks (type);

    return row_error (r, row, field, _("“%s” is not a valid %s; allowed: %s"), text, type->name, allowed);
  }
}

static gboolean
day_cell (Rows       *r,
          GPtrArray  *fields,
          guint       row,
          PoCsvField  field,
          gboolean    needed,
          PoDay      *day)
{
  const char *text = cell (r, fields, field);

  if (text == NULL)
    return needed ? row_error (r, row, field, _("%s is missing"), _po_csv_field_nicks[field]) : TRUE;
  if (!po_csv_parse_day (text, day))
    return row_error (r, row, field, _("“%s” is not a date (YYYY-MM-DD or DD.MM.YYYY)"), text);
  return TRUE;
}

static gint64
account_id (Rows       *r,
            const char *key)
{
  gpointer id = g_hash_table_lookup (r->accounts, key);
  g_autoptr(PoAccount) account = NULL;

  if (id != NULL)
    return GPOINTER_TO_SIZE (id);
  account = po_store_find_account (r->store, key, NULL);
  if (account == NULL)
    return 0;
  g_hash_table_insert (r->accounts, g_strdup (key), GSIZE_TO_POINTER (account->id));
  return account->id;
}

static void
account_row (Rows      *r,
             GPtrArray *fields,
             guint      row)
{
  PoAccount a = { 0 };
  const char *key, *name;
  int segment = 0, touch = -1, forecast = PO_FORECAST_UNKNOWN;
  gint64 existing;
  gboolean ok;

  ok = required (r, fields, row, PO_CSV_FIELD_ACCOUNT, &key);
  ok = required (r, fields, row, PO_CSV_FIELD_NAME, &name) && ok;
  ok = (cell (r, fields, PO_CSV_FIELD_SEGMENT) != NULL ||
        row_error (r, row, PO_CSV_FIELD_SEGMENT, _("%s is missing"), "segment")) && ok;
  ok = enum_cell (r, fields, row, PO_CSV_FIELD_SEGMENT, &po_segment_enum, &segment) && ok;
  ok = enum_cell (r, fields, row, PO_CSV_FIELD_TOUCH, &po_touch_enum, &touch) && ok;
  ok = enum_cell (r, fields, row, PO_CSV_FIELD_FORECAST, &po_forecast_enum, &forecast) && ok;
  ok = day_cell (r, fields, row, PO_CSV_FIELD_SIGNED_ON, TRUE, &a.signed_on) && ok;
  ok = day_cell (r, fields, row, PO_CSV_FIELD_RENEWAL_ON, FALSE, &a.renewal_on) && ok;
  if (!ok)
    return;

  existing = account_id (r, key);
  if (existing != 0 && r->options->merge == PO_IMPORT_MERGE_SKIP)
    return;
  a.id = existing;
  a.key = (char *) key;
  a.name = (char *) name;
  a.segment = segment;
  a.touch = touch >= 0 ? touch : (int) po_touch_default_for_segment (segment);
  a.owner = (char *) (cell (r, fields, PO_CSV_FIELD_OWNER) ? cell (r, fields, PO_CSV_FIELD_OWNER) : "");
  a.renewal_forecast = forecast;
  a.notes = (char *) (cell (r, fields, PO_CSV_FIELD_NOTES) ? cell (r, fields, PO_CSV_FIELD_NOTES) : "");
  if (existing != 0 ? !po_store_update_account (r->store, &a, NULL)
                    : !po_store_insert_account (r->store, &a, NULL))
    {
      row_error (r, row, PO_CSV_N_FIELDS, _("cannot be written: %s"),
                 sqlite3_errmsg (_po_store_get_db (r->store)));
      return;
    }
  g_hash_table_insert (r->accounts, g_strdup (key), GSIZE_TO_POINTER (a.id));
  r->n_rows++;
}

static void
line_row (Rows      *r,
          GPtrArray *fields,
          guint      row)
{
  PoSubscriptionLine l = { 0 };
  const char *key, *item, *mrr, *quantity = cell (r, fields, PO_CSV_FIELD_QUANTITY);
  g_autofree char *lower = NULL;
  gboolean ok;

  ok = required (r, fields, row, PO_CSV_FIELD_ACCOUNT, &key);
  ok = required (r, fields, row, PO_CSV_FIELD_ITEM, &item) && ok;
  ok = required (r, fields, row, PO_CSV_FIELD_MRR, &mrr) && ok;
  ok = day_cell (r, fields, row, PO_CSV_FIELD_START, TRUE, &l.start_on) && ok;
  ok = day_cell (r, fields, row, PO_CSV_FIELD_END, FALSE, &l.end_on) && ok;
  if (mrr != NULL && !po_csv_parse_cents (mrr, &l.mrr_cents))
    ok = row_error (r, row, PO_CSV_FIELD_MRR, _("“%s” is not an amount of money"), mrr);
  l.quantity = 1;
  if (quantity != NULL)
    {
      guint64 q;

      if (!g_ascii_string_to_unsigned (quantity, 10, 1, 1000000, &q, NULL))
        ok = row_error (r, row, PO_CSV_FIELD_QUANTITY, _("“%s” is not a quantity"), quantity);
      l.quantity = (int) q;
    }
  if (ok && l.end_on != PO_DAY_NONE && l.end_on < l.start_on)
    ok = row_error (r, row, PO_CSV_FIELD_END, _("ends before its start"));
  if (key != NULL && (l.account_id = account_id (r, key)) == 0)
    ok = row_error (r, row, PO_CSV_FIELD_ACCOUNT, _("no account “%s” in the workspace"), key);
  if (item != NULL)
    {
      lower = g_utf8_strdown (item, -1);
      l.item = g_hash_table_lookup (r->items, item);
      if (l.item == NULL)
        l.item = g_hash_table_lookup (r->items, lower);
      if (l.item == NULL)
        ok = row_error (r, row, PO_CSV_FIELD_ITEM, _("“%s” is not in the catalog"), item);
    }
  if (!ok)
    return;
  if (!po_store_insert_subscription_line (r->store, &l, NULL))
    {
      row_error (r, row, PO_CSV_N_FIELDS, _("cannot be written: %s"),
                 sqlite3_errmsg (_po_store_get_db (r->store)));
      return;
    }
  r->n_rows++;
}

static void
health_row (Rows      *r,
            GPtrArray *fields,
            guint      row)
{
  PoHealthSample s = { 0 };
  const char *key, *value;
  int component = 0;
  gint64 v = -1;
  sqlite3_stmt *stmt;
  gboolean ok;

  ok = required (r, fields, row, PO_CSV_FIELD_ACCOUNT, &key);
  ok = day_cell (r, fields, row, PO_CSV_FIELD_ON, TRUE, &s.on_date) && ok;
  ok = (cell (r, fields, PO_CSV_FIELD_COMPONENT) != NULL ||
        row_error (r, row, PO_CSV_FIELD_COMPONENT, _("%s is missing"), "component")) && ok;
  ok = enum_cell (r, fields, row, PO_CSV_FIELD_COMPONENT, &po_component_enum, &component) && ok;
  ok = required (r, fields, row, PO_CSV_FIELD_VALUE, &value) && ok;
  if (value != NULL && (!g_ascii_string_to_signed (value, 10, 0, 100, &v, NULL)))
    ok = row_error (r, row, PO_CSV_FIELD_VALUE, _("“%s” is not a whole number 0…100"), value);
  if (key != NULL && (s.account_id = account_id (r, key)) == 0)
    ok = row_error (r, row, PO_CSV_FIELD_ACCOUNT, _("no account “%s” in the workspace"), key);
  if (!ok)
    return;

  stmt = _po_store_prepare (r->store,
                            r->options->merge == PO_IMPORT_MERGE_SKIP
                            ? "INSERT OR IGNORE INTO health_samples (account_id, component, on_date, value) VALUES (?, ?, ?, ?)"
                            : "INSERT OR REPLACE INTO health_samples (account_id, component, on_date, value) VALUES (?, ?, ?, ?)",
                            NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, s.account_id);
  sqlite3_bind_text (stmt, 2, po_enum_nick (&po_component_enum, component), -1, SQLITE_STATIC);
  _po_store_bind_day (stmt, 3, s.on_date);
  sqlite3_bind_int (stmt, 4, (int) v);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    row_error (r, row, PO_CSV_N_FIELDS, _("cannot be written: %s"),
               sqlite3_errmsg (_po_store_get_db (r->store)));
  else
    r->n_rows++;
  sqlite3_reset (stmt);
}

static void
import_row (GPtrArray *fields,
            guint      row,
            gpointer   user_data)
{
  Rows *r = user_data;

  if (row == 1 && r->skip_header)
    return;
  if (fields->len == 1 && *(const char *) fields->pdata[0] == '\0')
    return;   /* an empty line */
  switch (r->target)
    {
    case PO_CSV_TARGET_SUBSCRIPTIONS:
      line_row (r, fields, row);
      break;
    case PO_CSV_TARGET_HEALTH:
      health_row (r, fields, row);
      break;
    case PO_CSV_TARGET_ACCOUNTS:
    case PO_CSV_N_TARGETS:
    default:
      account_row (r, fields, row);
      break;
    }
}

gboolean
po_csv_import (PoStore             *store,
               GBytes              *bytes,
               const char          *display_name,
               PoCsvTarget          target,
               const int            mapping[PO_CSV_N_FIELDS],
               const PoCsvOptions  *options,
               GPtrArray          **row_errors,
               guint               *n_rows,
               GCancellable        *cancellable,
               GError             **error)
{
  PoCsvOptions defaults;
  g_autoptr(PoCsvPreview) preview = NULL;
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) po_csv_row_error_free);
  g_autoptr(GPtrArray) items = NULL;
  Rows r = { 0 };
  PoCsvReader reader = { 0 };
  guint n_fields, n_required;
  const PoCsvField *fields = po_csv_target_fields (target, &n_fields, &n_required);
  const char *name = display_name ? display_name : "<data>";
  gboolean ok = FALSE;

  g_return_val_if_fail (PO_IS_STORE (store), FALSE);
  g_return_val_if_fail (bytes != NULL && mapping != NULL, FALSE);

  if (options == NULL)
    {
      po_csv_options_init (&defaults);
      options = &defaults;
    }
  for (guint i = 0; i < n_required; i++)
    if (mapping[fields[i]] < 0)
      {
        g_set_error (error, PO_IMPORT_ERROR, PO_IMPORT_ERROR_FORMAT,
                     _("%s: no column for the required field “%s”"), name, _po_csv_field_nicks[fields[i]]);
        return FALSE;
      }
  if ((preview = po_csv_preview (bytes, 1, error)) == NULL)
    {
      g_prefix_error (error, "%s: ", name);
      return FALSE;
    }

  r.store = store;
  r.target = target;
  r.mapping = mapping;
  r.options = options;
  r.skip_header = options->has_header < 0 ? preview->has_header : options->has_header != 0;
  r.errors = errors;
  r.accounts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  items = po_store_list_catalog_item (store, 0, NULL);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      PoCatalogItem *item = items->pdata[i];

      g_hash_table_insert (r.items, g_utf8_strdown (item->name, -1), g_strdup (item->code));
      g_hash_table_insert (r.items, g_strdup (item->code), g_strdup (item->code));
    }
  reader.func = import_row;
  reader.user_data = &r;

  if (!po_store_begin (store, error))
    goto out;
  ok = _po_csv_read (bytes, options->delimiter ? options->delimiter : preview->delimiter, &reader,
                 cancellable, options->progress, options->progress_data, error);
  if (ok && r.n_errors > 0)
    {
      PoCsvRowError *first = errors->pdata[0];

      g_set_error (error, PO_IMPORT_ERROR, PO_IMPORT_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "%s: %u bad row, nothing imported; row %u, column %u: %s",
                                "%s: %u bad rows, nothing imported; first: row %u, column %u: %s", r.n_errors),
                   name, r.n_errors, first->row, first->column, first->message);
      ok = FALSE;
    }
  else if (!ok)
    g_prefix_error (error, "%s: ", name);
  if (!ok)
    po_store_rollback (store);
  else if (!po_store_commit (store, error))
    ok = FALSE;
  if (ok && n_rows != NULL)
    *n_rows = r.n_rows;
  if (row_errors != NULL)
    *row_errors = g_steal_pointer (&errors);

out:
  g_hash_table_unref (r.accounts);
  g_hash_table_unref (r.items);
  return ok;
}
