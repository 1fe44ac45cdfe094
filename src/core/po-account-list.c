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

#include "po-idle.h"
#include "po-account-list.h"
#include "po-account-list-private.h"
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
  gint64 start = g_get_monotonic_time ();

  replace_rows (p->self, p->rows);
  g_debug ("Showed %u rows in %.1f ms", p->rows->len, (g_get_monotonic_time () - start) / 1000.0);
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
  PoAccountListLoad *load = task_data;
  GError *error = NULL;
  gboolean began;

  gint64 t0 = g_get_monotonic_time ();

  began = _po_account_list_snapshot_begin (self->worker, &error);
  if (!began || !_po_account_list_load_columns (self->worker, load, &error))
    goto out;
  g_debug ("Loaded the columns of %u accounts in %.1f ms", load->data->len,
           (g_get_monotonic_time () - t0) / 1000.0);
  _po_account_list_load_apply_previous (load);
  if (!g_cancellable_is_cancelled (cancellable))
    {
      Partial *p = g_new0 (Partial, 1);

      p->self = g_object_ref (self);
      p->rows = _po_account_list_load_make_rows (load, FALSE);
      po_idle_add_to_context (g_task_get_context (task), deliver_partial, p, partial_free);
    }
  if (!g_cancellable_is_cancelled (cancellable))
    _po_account_list_load_health (self->worker, load, &error);
  g_debug ("Loaded the health of %u accounts after %.1f ms", load->data->len,
           (g_get_monotonic_time () - t0) / 1000.0);

out:
  _po_account_list_snapshot_end (self->worker, began);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, _po_account_list_load_make_rows (load, TRUE), (GDestroyNotify) g_ptr_array_unref);
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
  PoAccountListLoad *load;

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

  load = _po_account_list_load_new (self->day);
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
  g_task_set_task_data (task, load, (GDestroyNotify) _po_account_list_load_free);
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
  g_autoptr(PoAccountListLoad) load = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gint64 start = g_get_monotonic_time (), columns;
  gboolean began, ok;

  g_return_val_if_fail (PO_IS_ACCOUNT_LIST (self), FALSE);

  load = _po_account_list_load_new (self->day);
  began = _po_account_list_snapshot_begin (self->store, error);
  ok = began && _po_account_list_load_columns (self->store, load, error);
  columns = g_get_monotonic_time ();
  ok = ok && _po_account_list_load_health (self->store, load, error);
  _po_account_list_snapshot_end (self->store, began);
  if (!ok)
    return FALSE;
  rows = _po_account_list_load_make_rows (load, TRUE);
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
