/* po-time-to-value.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One query groups the completions of the criterion by account; the rest
 * is sorting.
 */

#define G_LOG_DOMAIN "po-time-to-value"

#include "config.h"

#include "po-phase-model.h"
#include "po-store-private.h"
#include "po-time-to-value.h"

struct _PoTimeToValue
{
  /* [0] all segments, [1 + s] segment s; of PoTimeToValueEntry. */
  GArray *groups[PO_N_SEGMENTS + 1];
};

static GArray *
group (PoTimeToValue *self,
       int            segment)
{
  g_return_val_if_fail (segment >= PO_TIME_TO_VALUE_ALL && segment < PO_N_SEGMENTS, NULL);
  return self->groups[segment + 1];
}

static int
compare_entry (gconstpointer a,
               gconstpointer b)
{
  const PoTimeToValueEntry *x = a, *y = b;

  if (x->days != y->days)
    return x->days < y->days ? -1 : 1;
  return (x->account_id > y->account_id) - (x->account_id < y->account_id);
}

PoTimeToValue *
po_time_to_value_compute (PoStore  *store,
                          PoDay     as_of,
                          GError  **error)
{
  g_autoptr(PoTimeToValue) self = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (PoTimeToValue, 1);
  for (guint g = 0; g < G_N_ELEMENTS (self->groups); g++)
    self->groups[g] = g_array_new (FALSE, FALSE, sizeof (PoTimeToValueEntry));

  stmt = _po_store_prepare (store,
                            "SELECT a.id, a.segment, a.signed_on, MIN (c.done_on)"
                            " FROM track_criteria c"
                            " JOIN tracks t ON t.id = c.track_id"
                            " JOIN accounts a ON a.id = t.account_id"
                            " WHERE c.code = ?1 AND c.done_on IS NOT NULL"
                            "   AND (?2 IS NULL OR c.done_on <= ?2)"
                            " GROUP BY a.id ORDER BY a.id",
                            error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, PO_CRITERION_FIRST_VALUE, -1, SQLITE_STATIC);
  if (as_of != PO_DAY_NONE)
    _po_store_bind_day (stmt, 2, as_of);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PoTimeToValueEntry e;
      int segment = 0;

      e.account_id = sqlite3_column_int64 (stmt, 0);
      if (!po_enum_parse (&po_segment_enum, (const char *) sqlite3_column_text (stmt, 1), &segment))
        continue;
      e.segment = segment;
      e.signed_on = _po_store_column_day (stmt, 2);
      e.value_on = _po_store_column_day (stmt, 3);
      if (e.signed_on == PO_DAY_NONE || e.value_on == PO_DAY_NONE)
        continue;
      e.days = (int) ((gint64) e.value_on - (gint64) e.signed_on);
      g_array_append_val (self->groups[0], e);
      g_array_append_val (self->groups[1 + e.segment], e);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _po_store_set_error (store, error);
      return NULL;
    }

  for (guint g = 0; g < G_N_ELEMENTS (self->groups); g++)
    g_array_sort (self->groups[g], compare_entry);
  return g_steal_pointer (&self);
}

void
po_time_to_value_free (PoTimeToValue *self)
{
  if (self == NULL)
    return;
  for (guint g = 0; g < G_N_ELEMENTS (self->groups); g++)
    g_clear_pointer (&self->groups[g], g_array_unref);
  g_free (self);
}

guint
po_time_to_value_get_count (PoTimeToValue *self,
                            int            segment)
{
  GArray *g;

  g_return_val_if_fail (self != NULL, 0);
  g = group (self, segment);
  return g != NULL ? g->len : 0;
}

PoMetricValue
po_time_to_value_median_of (const int *sorted,
                            guint      n)
{
  PoMetricValue v = { FALSE, 0 };

  if (n == 0)
    return v;
  v.has_value = TRUE;
  if (n % 2 == 1)
    v.value = sorted[n / 2];
  else
    v.value = ((double) sorted[n / 2 - 1] + (double) sorted[n / 2]) / 2.0;
  return v;
}

PoMetricValue
po_time_to_value_median (PoTimeToValue *self,
                         int            segment)
{
  PoMetricValue v = { FALSE, 0 };
  g_autoptr(GArray) days = NULL;

  g_return_val_if_fail (self != NULL, v);
  days = po_time_to_value_get_days (self, segment);
  return po_time_to_value_median_of ((const int *) (gpointer) days->data, days->len);
}

PoMetricValue
po_time_to_value_mean (PoTimeToValue *self,
                       int            segment)
{
  PoMetricValue v = { FALSE, 0 };
  gint64 sum = 0;
  GArray *g;

  g_return_val_if_fail (self != NULL, v);
  g = group (self, segment);
  if (g == NULL || g->len == 0)
    return v;
  for (guint i = 0; i < g->len; i++)
    sum += g_array_index (g, PoTimeToValueEntry, i).days;
  v.has_value = TRUE;
  v.value = (double) sum / g->len;
  return v;
}

const PoTimeToValueEntry *
po_time_to_value_get_entries (PoTimeToValue *self,
                              int            segment,
                              guint         *n_entries)
{
  GArray *g;

  g_return_val_if_fail (self != NULL, NULL);
  g = group (self, segment);
  if (n_entries != NULL)
    *n_entries = g != NULL ? g->len : 0;
  return g != NULL ? (const PoTimeToValueEntry *) (gpointer) g->data : NULL;
}

GArray *
po_time_to_value_get_days (PoTimeToValue *self,
                           int            segment)
{
  GArray *days = g_array_new (FALSE, FALSE, sizeof (int));
  GArray *g;

  g_return_val_if_fail (self != NULL, days);
  g = group (self, segment);
  for (guint i = 0; g != NULL && i < g->len; i++)
    g_array_append_val (days, g_array_index (g, PoTimeToValueEntry, i).days);
  return days;
}

static int
compare_id (gconstpointer a,
            gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

GArray *
po_time_to_value_get_accounts (PoTimeToValue *self,
                               int            segment)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GArray *g;

  g_return_val_if_fail (self != NULL, ids);
  g = group (self, segment);
  for (guint i = 0; g != NULL && i < g->len; i++)
    g_array_append_val (ids, g_array_index (g, PoTimeToValueEntry, i).account_id);
  g_array_sort (ids, compare_id);
  return ids;
}
