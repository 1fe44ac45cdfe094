/* po-account-list-load.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader of PoAccountList: the list columns from a handful of linear
 * scans of indexed tables merged by account id (correlated subqueries per
 * account cost several times more at 50,000 accounts), then health from
 * one scan of the samples.
 */

#define G_LOG_DOMAIN "po-account-list"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "po-account-list-private.h"
#include "po-settings.h"
#include "po-store-private.h"

void
_po_account_list_load_free (PoAccountListLoad *load)
{
  g_clear_pointer (&load->data, g_array_unref);
  g_clear_pointer (&load->index, g_hash_table_unref);
  g_clear_pointer (&load->previous, g_hash_table_unref);
  g_clear_pointer (&load->ranks, g_hash_table_unref);
  g_free (load);
}

PoAccountListLoad *
_po_account_list_load_new (PoDay day)
{
  PoAccountListLoad *load = g_new0 (PoAccountListLoad, 1);

  load->day = day;
  load->data = g_array_new (FALSE, TRUE, sizeof (PoAccountRowData));
  g_array_set_clear_func (load->data, (GDestroyNotify) _po_account_row_data_clear);
  load->index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  load->ranks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return load;
}

static PoAccountRowData *
load_lookup (PoAccountListLoad *load,
             gint64             id)
{
  guint pos = GPOINTER_TO_UINT (g_hash_table_lookup (load->index, &id));

  return pos > 0 ? &g_array_index (load->data, PoAccountRowData, pos - 1) : NULL;
}

static int
enum_value (const PoEnumType    *type,
            const unsigned char *nick)
{
  int value = 0;

  po_enum_parse (type, (const char *) nick, &value);
  return value;
}

static void
append_to (char       ***strv,
           const char   *text)
{
  guint n = *strv != NULL ? g_strv_length (*strv) : 0;

  *strv = g_renew (char *, *strv, n + 2);
  (*strv)[n] = g_strdup (text != NULL ? text : "");
  (*strv)[n + 1] = NULL;
}

typedef void (*RowFunc) (PoAccountListLoad  *load,
                         PoAccountRowData   *d,
                         sqlite3_stmt       *stmt);

/* Runs @sql, whose first column is the account id, calling @func for
 * every row of a known account. */
static gboolean
scan (PoStore            *store,
      PoAccountListLoad  *load,
      const char         *sql,
      RowFunc             func,
      GError            **error)
{
  sqlite3_stmt *stmt = _po_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    _po_store_bind_day (stmt, 1, load->day);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PoAccountRowData *d = load_lookup (load, sqlite3_column_int64 (stmt, 0));

      if (d != NULL)
        func (load, d, stmt);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);
  return TRUE;
}

static void
row_mrr (PoAccountListLoad *load, PoAccountRowData *d, sqlite3_stmt *stmt)
{
  d->mrr_cents = sqlite3_column_int64 (stmt, 1);
}

static void
row_tasks (PoAccountListLoad *load, PoAccountRowData *d, sqlite3_stmt *stmt)
{
  d->open_tasks = sqlite3_column_int (stmt, 1);
  d->overdue_tasks = sqlite3_column_int (stmt, 2);
}

static void
row_tag (PoAccountListLoad *load, PoAccountRowData *d, sqlite3_stmt *stmt)
{
  append_to (&d->tags, (const char *) sqlite3_column_text (stmt, 1));
}

static void
row_phase (PoAccountListLoad *load, PoAccountRowData *d, sqlite3_stmt *stmt)
{
  if (sqlite3_column_type (stmt, 1) == SQLITE_NULL)
    return;
  if (d->phases == NULL)
    d->phase_rank = GPOINTER_TO_INT (g_hash_table_lookup (load->ranks, sqlite3_column_text (stmt, 1))) - 1;
  append_to (&d->phases, (const char *) sqlite3_column_text (stmt, 1));
}

static void
row_churn (PoAccountListLoad *load, PoAccountRowData *d, sqlite3_stmt *stmt)
{
  d->churned_on = _po_store_column_day (stmt, 1);
}

typedef struct
{
  char   *key;
  gint64  id;
  guint   index;
} NameKey;

static int
compare_name_keys (gconstpointer a,
                   gconstpointer b)
{
  const NameKey *x = a, *y = b;
  int r = strcmp (x->key, y->key);

  return r != 0 ? r : (x->id < y->id ? -1 : x->id > y->id);
}

/* By name in the user's language ("Bäckerei" before "Busch"), which
 * SQLite's NOCASE cannot do; then the id → position index. */
static void
sort_by_name (PoAccountListLoad *load)
{
  guint n = load->data->len;
  g_autofree NameKey *keys = g_new (NameKey, MAX (n, 1));
  GArray *sorted = g_array_sized_new (FALSE, TRUE, sizeof (PoAccountRowData), n);

  for (guint i = 0; i < n; i++)
    {
      PoAccountRowData *d = &g_array_index (load->data, PoAccountRowData, i);

      keys[i] = (NameKey) { g_utf8_collate_key (d->name != NULL ? d->name : "", -1), d->id, i };
    }
  qsort (keys, n, sizeof *keys, compare_name_keys);
  g_array_set_clear_func (sorted, (GDestroyNotify) _po_account_row_data_clear);
  for (guint i = 0; i < n; i++)
    {
      gint64 *id = g_new (gint64, 1);

      g_array_append_val (sorted, g_array_index (load->data, PoAccountRowData, keys[i].index));
      *id = keys[i].id;
      g_hash_table_insert (load->index, id, GUINT_TO_POINTER (i + 1));
      g_free (keys[i].key);
    }
  /* The rows moved to @sorted: drop the old array without clearing them. */
  g_array_set_clear_func (load->data, NULL);
  g_array_unref (load->data);
  load->data = sorted;
}

gboolean
_po_account_list_load_columns (PoStore            *store,
                               PoAccountListLoad  *load,
                               GError            **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _po_store_prepare (store,
                            "SELECT code, position FROM phases WHERE model = "
                            "COALESCE ((SELECT value FROM settings WHERE key = 'phase_model'), 'post-sale')",
                            error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (load->ranks, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         GINT_TO_POINTER (sqlite3_column_int (stmt, 1) + 1));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);

  stmt = _po_store_prepare (store,
                            "SELECT id, key, name, segment, touch, owner, signed_on, renewal_on,"
                            "       renewal_forecast"
                            "  FROM accounts", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PoAccountRowData d = { 0 };

      d.id = sqlite3_column_int64 (stmt, 0);
      d.key = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      d.name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      d.segment = enum_value (&po_segment_enum, sqlite3_column_text (stmt, 3));
      d.touch = enum_value (&po_touch_enum, sqlite3_column_text (stmt, 4));
      d.owner = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      d.signed_on = _po_store_column_day (stmt, 6);
      d.renewal_on = _po_store_column_day (stmt, 7);
      d.forecast = enum_value (&po_forecast_enum, sqlite3_column_text (stmt, 8));
      d.phase_rank = -1;
      d.health = PO_HEALTH_MISSING;
      d.band = PO_HEALTH_BAND_NONE;
      g_array_append_val (load->data, d);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);
  sort_by_name (load);

  return scan (store, load,
               "SELECT account_id, SUM (mrr_cents) FROM subscription_lines"
               " WHERE start_on <= ?1 AND (end_on IS NULL OR end_on > ?1)"
               " GROUP BY account_id", row_mrr, error) &&
         scan (store, load,
               "SELECT account_id, COUNT (*), SUM (due_on < ?1) FROM tasks"
               " WHERE status IN ('open', 'snoozed') GROUP BY account_id", row_tasks, error) &&
         scan (store, load,
               "SELECT account_id, tag FROM account_tags ORDER BY account_id, tag", row_tag, error) &&
         /* Each track's latest transition, through the (track, date) index. */
         scan (store, load,
               "SELECT t.account_id,"
               "       (SELECT p.phase FROM phase_transitions p WHERE p.track_id = t.id"
               "         ORDER BY p.on_date DESC, p.id DESC LIMIT 1)"
               "  FROM tracks t"
               " ORDER BY t.account_id, t.id", row_phase, error) &&
         scan (store, load, "SELECT account_id, on_date FROM churn_records", row_churn, error);
}

void
_po_account_list_load_apply_previous (PoAccountListLoad *load)
{
  if (load->previous == NULL)
    return;
  for (guint i = 0; i < load->data->len; i++)
    {
      PoAccountRowData *d = &g_array_index (load->data, PoAccountRowData, i);
      PoAccountRowData *old = g_hash_table_lookup (load->previous, &d->id);

      if (old != NULL)
        {
          d->health = old->health;
          d->band = old->band;
          d->has_trend = old->has_trend;
          d->trend = old->trend;
        }
    }
}

gboolean
_po_account_list_load_health (PoStore            *store,
                              PoAccountListLoad  *load,
                              GError            **error)
{
  g_autoptr(PoHealthTable) health = NULL;
  PoSettings settings;
  PoDay days[2];

  if (!po_settings_load (&settings, store, error))
    {
      po_settings_clear (&settings);
      return FALSE;
    }
  days[0] = load->day > PO_HEALTH_TREND_DAYS ? load->day - PO_HEALTH_TREND_DAYS : 1;
  days[1] = load->day;
  health = po_health_table_scan (store, &settings, days, 2, error);
  if (health != NULL)
    {
      for (guint i = 0; i < load->data->len; i++)
        {
          PoAccountRowData *d = &g_array_index (load->data, PoAccountRowData, i);
          int index = po_health_table_find_account (health, d->id);
          int then = index >= 0 ? po_health_table_score (health, index, 0) : PO_HEALTH_MISSING;

          d->health = index >= 0 ? po_health_table_score (health, index, 1) : PO_HEALTH_MISSING;
          d->band = po_health_band (&settings, d->health);
          d->has_trend = d->health != PO_HEALTH_MISSING && then != PO_HEALTH_MISSING;
          d->trend = d->has_trend ? d->health - then : 0;
        }
    }
  po_settings_clear (&settings);
  return health != NULL;
}

GPtrArray *
_po_account_list_load_make_rows (PoAccountListLoad *load,
                                 gboolean           steal)
{
  GPtrArray *rows = g_ptr_array_new_full (load->data->len, g_object_unref);

  for (guint i = 0; i < load->data->len; i++)
    {
      PoAccountRowData *d = &g_array_index (load->data, PoAccountRowData, i);
      PoAccountRowData copy;

      if (steal)
        copy = *d, memset (d, 0, sizeof *d);
      else
        _po_account_row_data_copy (d, &copy);
      g_ptr_array_add (rows, _po_account_row_new (&copy));
    }
  return rows;
}

/* One snapshot: a savepoint outside a transaction is a read transaction. */
gboolean
_po_account_list_snapshot_begin (PoStore  *store,
                                 GError  **error)
{
  return po_store_in_transaction (store) || _po_store_exec (store, "SAVEPOINT po_account_list", error);
}

void
_po_account_list_snapshot_end (PoStore  *store,
                               gboolean  began)
{
  if (began && !po_store_in_transaction (store))
    _po_store_exec (store, "RELEASE po_account_list", NULL);
}

