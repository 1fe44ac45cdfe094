/* po-account-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading runs in two steps inside one read transaction (one snapshot):
 * the list columns from a handful of linear scans of indexed tables,
 * merged by account id (correlated subqueries per account cost several
 * times more at 50,000 accounts), then health from one scan of the
 * samples, the slow part. In the background mode both run on a worker
 * connection in a thread; the rows appear after the first step, carrying
 * the previous health values until the fresh ones arrive.
 */

#define G_LOG_DOMAIN "po-account-list"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "po-account-list.h"
#include "po-account-row-private.h"
#include "po-settings.h"
#include "po-store-private.h"

struct _PoAccountList
{
  GObject       parent_instance;

  PoStore      *store;
  PoStore      *worker;       /* background mode: the thread's connection */
  PoDay         day;
  GPtrArray    *rows;         /* of PoAccountRow, by name */
  GHashTable   *by_id;        /* id → position + 1 */
  GCancellable *cancellable;
  guint         background : 1;
  guint         loading : 1;
  guint         dirty : 1;    /* changed again while loading */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PoAccountList, po_account_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_DAY,
  PROP_N_ITEMS,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GListModel */

static GType
po_account_list_get_item_type (GListModel *model)
{
  return PO_TYPE_ACCOUNT_ROW;
}

static guint
po_account_list_get_n_items (GListModel *model)
{
  return PO_ACCOUNT_LIST (model)->rows->len;
}

static gpointer
po_account_list_get_item (GListModel *model,
                          guint       position)
{
  PoAccountList *self = PO_ACCOUNT_LIST (model);

  if (position >= self->rows->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = po_account_list_get_item_type;
  iface->get_n_items = po_account_list_get_n_items;
  iface->get_item = po_account_list_get_item;
}

/* Loading (any thread, one connection per thread) */

typedef struct
{
  PoDay       day;
  GArray     *data;      /* of PoAccountRowData, by name */
  GHashTable *index;     /* id → position + 1 */
  GHashTable *previous;  /* id → PoAccountRowData* with old health, or NULL */
  GHashTable *ranks;     /* phase code → position + 1 */
} Load;

static void
load_free (Load *load)
{
  g_clear_pointer (&load->data, g_array_unref);
  g_clear_pointer (&load->index, g_hash_table_unref);
  g_clear_pointer (&load->previous, g_hash_table_unref);
  g_clear_pointer (&load->ranks, g_hash_table_unref);
  g_free (load);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Load, load_free)

static Load *
load_new (PoDay day)
{
  Load *load = g_new0 (Load, 1);

  load->day = day;
  load->data = g_array_new (FALSE, TRUE, sizeof (PoAccountRowData));
  g_array_set_clear_func (load->data, (GDestroyNotify) _po_account_row_data_clear);
  load->index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  load->ranks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return load;
}

static PoAccountRowData *
load_lookup (Load   *load,
             gint64  id)
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

typedef void (*RowFunc) (Load              *load,
                         PoAccountRowData  *d,
                         sqlite3_stmt      *stmt);

/* Runs @sql, whose first column is the account id, calling @func for
 * every row of a known account. */
static gboolean
scan (PoStore     *store,
      Load        *load,
      const char  *sql,
      RowFunc      func,
      GError     **error)
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
row_mrr (Load *load, PoAccountRowData *d, sqlite3_stmt *stmt)
{
  d->mrr_cents = sqlite3_column_int64 (stmt, 1);
}

static void
row_tasks (Load *load, PoAccountRowData *d, sqlite3_stmt *stmt)
{
  d->open_tasks = sqlite3_column_int (stmt, 1);
  d->overdue_tasks = sqlite3_column_int (stmt, 2);
}

static void
row_tag (Load *load, PoAccountRowData *d, sqlite3_stmt *stmt)
{
  append_to (&d->tags, (const char *) sqlite3_column_text (stmt, 1));
}

static void
row_phase (Load *load, PoAccountRowData *d, sqlite3_stmt *stmt)
{
  if (sqlite3_column_type (stmt, 1) == SQLITE_NULL)
    return;
  if (d->phases == NULL)
    d->phase_rank = GPOINTER_TO_INT (g_hash_table_lookup (load->ranks, sqlite3_column_text (stmt, 1))) - 1;
  append_to (&d->phases, (const char *) sqlite3_column_text (stmt, 1));
}

static void
row_churn (Load *load, PoAccountRowData *d, sqlite3_stmt *stmt)
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
sort_by_name (Load *load)
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

static gboolean
load_columns (PoStore  *store,
              Load     *load,
              GError  **error)
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

static void
apply_previous_health (Load *load)
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

static gboolean
load_health (PoStore  *store,
             Load     *load,
             GError  **error)
{
  g_autoptr(PoHealthTable) health = NULL;
  PoSettings settings;
  PoDay days[2];

  po_settings_init_defaults (&settings);
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

static GPtrArray *
make_rows (Load     *load,
           gboolean  steal)
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
static gboolean
snapshot_begin (PoStore  *store,
                GError  **error)
{
  return po_store_in_transaction (store) || _po_store_exec (store, "SAVEPOINT po_account_list", error);
}

static void
snapshot_end (PoStore  *store,
              gboolean  began)
{
  if (began && !po_store_in_transaction (store))
    _po_store_exec (store, "RELEASE po_account_list", NULL);
}

/* Main thread */

static void
index_rows (PoAccountList *self)
{
  g_hash_table_remove_all (self->by_id);
  for (guint i = 0; i < self->rows->len; i++)
    {
      gint64 *id = g_new (gint64, 1);

      *id = po_account_row_get_id (g_ptr_array_index (self->rows, i));
      g_hash_table_insert (self->by_id, id, GUINT_TO_POINTER (i + 1));
    }
}

static gboolean
same_ids (GPtrArray *a,
          GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (po_account_row_get_id (g_ptr_array_index (a, i)) !=
        po_account_row_get_id (g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

/* Swaps in @rows, reporting only the ranges that changed. */
static void
replace_rows (PoAccountList *self,
              GPtrArray     *rows)
{
  guint old_len = self->rows->len;

  if (!same_ids (self->rows, rows))
    {
      g_ptr_array_unref (self->rows);
      self->rows = g_ptr_array_ref (rows);
      index_rows (self);
      g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, rows->len);
      if (old_len != rows->len)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
      return;
    }

  {
    g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (guint));

    for (guint i = 0; i < rows->len; )
      {
        guint start = i;

        while (i < rows->len && !po_account_row_equal (g_ptr_array_index (self->rows, i),
                                                       g_ptr_array_index (rows, i)))
          {
            /* Swap: @rows releases the old row when it goes. */
            gpointer old = self->rows->pdata[i];

            self->rows->pdata[i] = rows->pdata[i];
            rows->pdata[i] = old;
            i++;
          }
        if (i > start)
          {
            g_array_append_val (ranges, start);
            g_array_append_val (ranges, i);
          }
        else
          i++;
      }

    /* Every report costs the views above a pass over their items, so
     * scattered changes (a fresh health scan) are reported as one span. */
    if (ranges->len > 2 * 16)
      {
        guint first = g_array_index (ranges, guint, 0);
        guint last = g_array_index (ranges, guint, ranges->len - 1);

        g_list_model_items_changed (G_LIST_MODEL (self), first, last - first, last - first);
      }
    else
      for (guint r = 0; r < ranges->len; r += 2)
        {
          guint start = g_array_index (ranges, guint, r), end = g_array_index (ranges, guint, r + 1);

          g_list_model_items_changed (G_LIST_MODEL (self), start, end - start, end - start);
        }
  }
}

static void
set_loading (PoAccountList *self,
             gboolean       loading)
{
  if (self->loading == !!loading)
    return;
  self->loading = !!loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Background mode */

typedef struct
{
  PoAccountList *self;
  GPtrArray     *rows;
} Partial;

static gboolean
deliver_partial (gpointer data)
{
  Partial *p = data;

  replace_rows (p->self, p->rows);
  return G_SOURCE_REMOVE;
}

static void
partial_free (gpointer data)
{
  Partial *p = data;

  g_object_unref (p->self);
  g_ptr_array_unref (p->rows);
  g_free (p);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  PoAccountList *self = source_object;
  Load *load = task_data;
  GError *error = NULL;
  gboolean began;

  gint64 t0 = g_get_monotonic_time ();

  began = snapshot_begin (self->worker, &error);
  if (!began || !load_columns (self->worker, load, &error))
    goto out;
  g_debug ("Loaded the columns of %u accounts in %.1f ms", load->data->len,
           (g_get_monotonic_time () - t0) / 1000.0);
  apply_previous_health (load);
  if (!g_cancellable_is_cancelled (cancellable))
    {
      Partial *p = g_new0 (Partial, 1);

      p->self = g_object_ref (self);
      p->rows = make_rows (load, FALSE);
      g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT,
                                  deliver_partial, p, partial_free);
    }
  if (!g_cancellable_is_cancelled (cancellable))
    load_health (self->worker, load, &error);
  g_debug ("Loaded the health of %u accounts after %.1f ms", load->data->len,
           (g_get_monotonic_time () - t0) / 1000.0);

out:
  snapshot_end (self->worker, began);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, make_rows (load, TRUE), (GDestroyNotify) g_ptr_array_unref);
}

static void start_background_load (PoAccountList *self);

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  PoAccountList *self = PO_ACCOUNT_LIST (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);
  if (rows == NULL)
    g_warning ("Cannot load the accounts: %s", error->message);
  else if (!g_task_had_error (G_TASK (result)) && !g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    replace_rows (self, rows);
  if (self->dirty)
    {
      self->dirty = FALSE;
      start_background_load (self);
      return;
    }
  set_loading (self, FALSE);
}

static void
start_background_load (PoAccountList *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Load *load;

  if (self->cancellable != NULL)
    {
      /* One thread at a time uses the worker connection. */
      self->dirty = TRUE;
      return;
    }
  if (self->worker == NULL && (self->worker = po_store_open_worker (self->store, &error)) == NULL)
    {
      g_warning ("Cannot open a second connection, loading in the foreground: %s", error->message);
      self->background = FALSE;
      po_account_list_reload (self, NULL);
      return;
    }

  load = load_new (self->day);
  if (self->rows->len > 0)
    {
      load->previous = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                              (GDestroyNotify) _po_account_row_data_clear_free);
      for (guint i = 0; i < self->rows->len; i++)
        {
          PoAccountRow *row = g_ptr_array_index (self->rows, i);
          PoAccountRowData *d = g_new0 (PoAccountRowData, 1);

          d->id = po_account_row_get_id (row);
          d->health = po_account_row_get_health (row);
          d->band = po_account_row_get_band (row);
          d->has_trend = po_account_row_get_trend (row, &d->trend);
          g_hash_table_insert (load->previous, &d->id, d);
        }
    }

  self->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  task = g_task_new (self, self->cancellable, on_loaded, NULL);
  g_task_set_source_tag (task, start_background_load);
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  g_task_run_in_thread (task, load_thread);
}

static void
on_store_changed (PoAccountList *self)
{
  g_autoptr(GError) error = NULL;

  if (self->background)
    start_background_load (self);
  else if (!po_account_list_reload (self, &error))
    g_warning ("Cannot reload the accounts: %s", error->message);
}

static void
po_account_list_dispose (GObject *object)
{
  PoAccountList *self = (PoAccountList *) object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, on_store_changed, self);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (po_account_list_parent_class)->dispose (object);
}

static void
po_account_list_finalize (GObject *object)
{
  PoAccountList *self = (PoAccountList *) object;

  /* The task holds a reference, so no thread uses the worker now. */
  g_clear_object (&self->worker);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);

  G_OBJECT_CLASS (po_account_list_parent_class)->finalize (object);
}

static void
po_account_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PoAccountList *self = PO_ACCOUNT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_DAY:
      g_value_set_uint (value, self->day);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->rows->len);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_account_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PoAccountList *self = PO_ACCOUNT_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_DAY:
      po_account_list_set_day (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_account_list_constructed (GObject *object)
{
  PoAccountList *self = (PoAccountList *) object;

  G_OBJECT_CLASS (po_account_list_parent_class)->constructed (object);

  g_return_if_fail (PO_IS_STORE (self->store));
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed),
                           self, G_CONNECT_SWAPPED);
}

static void
po_account_list_class_init (PoAccountListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = po_account_list_constructed;
  object_class->dispose = po_account_list_dispose;
  object_class->finalize = po_account_list_finalize;
  object_class->get_property = po_account_list_get_property;
  object_class->set_property = po_account_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PO_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_DAY] =
    g_param_spec_uint ("day", NULL, NULL, 0, G_MAXUINT32, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
po_account_list_init (PoAccountList *self)
{
  self->day = po_day_today ();
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/**
 * po_account_list_new:
 *
 * A list that loads now and after every change, on the calling thread.
 */
PoAccountList *
po_account_list_new (PoStore *store)
{
  g_autoptr(PoAccountList) self = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);

  self = g_object_new (PO_TYPE_ACCOUNT_LIST, "store", store, NULL);
  if (!po_account_list_reload (self, &error))
    g_warning ("Cannot load the accounts: %s", error->message);
  return g_steal_pointer (&self);
}

/**
 * po_account_list_new_background:
 *
 * A list that starts empty and loads in a worker thread, now and after
 * every change; #PoAccountList:loading is set meanwhile.
 */
PoAccountList *
po_account_list_new_background (PoStore *store)
{
  PoAccountList *self;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);

  self = g_object_new (PO_TYPE_ACCOUNT_LIST, "store", store, NULL);
  self->background = TRUE;
  start_background_load (self);
  return self;
}

PoStore *
po_account_list_get_store (PoAccountList *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_LIST (self), NULL);
  return self->store;
}

gboolean
po_account_list_get_loading (PoAccountList *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_LIST (self), FALSE);
  return self->loading;
}

PoDay
po_account_list_get_day (PoAccountList *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_LIST (self), PO_DAY_NONE);
  return self->day;
}

void
po_account_list_set_day (PoAccountList *self,
                         PoDay          day)
{
  g_return_if_fail (PO_IS_ACCOUNT_LIST (self));

  if (day == PO_DAY_NONE)
    day = po_day_today ();
  if (self->day == day)
    return;
  self->day = day;
  if (self->store != NULL)
    on_store_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

gboolean
po_account_list_reload (PoAccountList  *self,
                        GError        **error)
{
  g_autoptr(Load) load = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gint64 start = g_get_monotonic_time (), columns;
  gboolean began, ok;

  g_return_val_if_fail (PO_IS_ACCOUNT_LIST (self), FALSE);

  load = load_new (self->day);
  began = snapshot_begin (self->store, error);
  ok = began && load_columns (self->store, load, error);
  columns = g_get_monotonic_time ();
  ok = ok && load_health (self->store, load, error);
  snapshot_end (self->store, began);
  if (!ok)
    return FALSE;
  rows = make_rows (load, TRUE);
  replace_rows (self, rows);
  g_debug ("Loaded %u accounts in %.1f ms (columns %.1f ms)", rows->len,
           (g_get_monotonic_time () - start) / 1000.0, (columns - start) / 1000.0);
  return TRUE;
}

PoAccountRow *
po_account_list_find (PoAccountList *self,
                      gint64         account_id,
                      guint         *position)
{
  guint pos;

  g_return_val_if_fail (PO_IS_ACCOUNT_LIST (self), NULL);

  pos = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_id, &account_id));
  if (pos == 0)
    return NULL;
  if (position != NULL)
    *position = pos - 1;
  return g_object_ref (g_ptr_array_index (self->rows, pos - 1));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(char * const *) a, *(char * const *) b);
}

static char **
sorted_keys (GHashTable *set)
{
  g_autofree const char **keys = (const char **) g_hash_table_get_keys_as_array (set, NULL);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; keys[i] != NULL; i++)
    g_ptr_array_add (out, g_strdup (keys[i]));
  g_ptr_array_sort (out, compare_strings);
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

char **
po_account_list_dup_owners (PoAccountList *self)
{
  g_autoptr(GHashTable) set = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (PO_IS_ACCOUNT_LIST (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      const char *owner = po_account_row_get_owner (g_ptr_array_index (self->rows, i));

      if (owner != NULL && *owner != '\0')
        g_hash_table_add (set, (gpointer) owner);
    }
  return sorted_keys (set);
}

char **
po_account_list_dup_tags (PoAccountList *self)
{
  g_autoptr(GHashTable) set = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (PO_IS_ACCOUNT_LIST (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      const char * const *tags = po_account_row_get_tags (g_ptr_array_index (self->rows, i));

      for (guint t = 0; tags[t] != NULL; t++)
        g_hash_table_add (set, (gpointer) tags[t]);
    }
  return sorted_keys (set);
}
