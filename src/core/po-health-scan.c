/* po-health-scan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Component values of every account on a set of days from ONE scan of the
 * health samples (millions of rows): the rows arrive in primary-key order
 * (account, component, date), so each (account, component) group is a
 * sorted run and a merge with the sorted query days assigns every day its
 * latest sample in O(rows + groups × days).
 */

#define G_LOG_DOMAIN "po-health"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "po-health.h"
#include "po-metrics-private.h"
#include "po-store-private.h"

struct _PoHealthTable
{
  PoSettings  settings;
  gint64     *ids;
  char      **keys;
  guint       n_accounts;
  PoDay      *days;        /* sorted copy */
  guint      *day_slot;    /* caller's day index → sorted position */
  guint       n_days;
  gint8      *values;      /* n_accounts × n_days × PO_N_COMPONENTS, −1 missing */
};

typedef struct
{
  PoDay day;
  guint index;
} DaySlot;

static int
compare_slot (gconstpointer a,
              gconstpointer b)
{
  const DaySlot *x = a, *y = b;

  return x->day < y->day ? -1 : x->day > y->day;
}

static int
compare_id (gconstpointer a,
            gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

int
po_health_table_find_account (PoHealthTable *self,
                              gint64         account_id)
{
  gint64 *hit;

  if (self->n_accounts == 0)
    return -1;
  hit = bsearch (&account_id, self->ids, self->n_accounts, sizeof (gint64), compare_id);
  return hit != NULL ? (int) (hit - self->ids) : -1;
}

static gboolean
load_accounts (PoHealthTable  *self,
               PoStore        *store,
               GError        **error)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GPtrArray *keys = g_ptr_array_new ();
  sqlite3_stmt *stmt = _po_store_prepare (store, "SELECT id, key FROM accounts ORDER BY id", error);
  int rc = SQLITE_ERROR;

  if (stmt != NULL)
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (ids, id);
          g_ptr_array_add (keys, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
        }
      sqlite3_reset (stmt);
    }
  self->n_accounts = ids->len;
  self->ids = (gint64 *) (void *) g_array_free (ids, FALSE);
  self->keys = (char **) g_ptr_array_free (keys, FALSE);
  if (stmt == NULL)
    return FALSE;
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);
  return TRUE;
}

static int
component_of (const unsigned char *text)
{
  /* The CHECK constraint allows exactly these six; first letters differ. */
  switch (text != NULL ? text[0] : 0)
    {
    case 'u': return PO_COMPONENT_USAGE;
    case 's': return PO_COMPONENT_SUPPORT;
    case 'n': return PO_COMPONENT_NPS;
    case 'g': return PO_COMPONENT_GROWTH;
    case 'b': return PO_COMPONENT_BILLING;
    case 'e': return PO_COMPONENT_EXECUTIVE;
    default:  return -1;
    }
}

typedef struct
{
  PoHealthTable *self;
  int            account;     /* index, −1 = unknown account */
  int            component;
  guint          next_day;    /* sorted position of the first unassigned day */
  PoDay          on;          /* current sample, PO_DAY_NONE = none yet */
  int            value;
} Scan;

/* Assigns the current sample to the query days before @until. */
static void
flush (Scan  *s,
       PoDay  until)
{
  PoHealthTable *self = s->self;
  PoDay stale = (PoDay) MAX (self->settings.stale_after_days, 0);

  while (s->next_day < self->n_days && self->days[s->next_day] < until)
    {
      PoDay d = self->days[s->next_day];

      if (s->on != PO_DAY_NONE && s->account >= 0 && d >= s->on && d - s->on <= stale)
        self->values[((gsize) s->account * self->n_days + s->next_day) * PO_N_COMPONENTS +
                     s->component] = (gint8) s->value;
      s->next_day++;
    }
}

PoHealthTable *
po_health_table_scan (PoStore           *store,
                      const PoSettings  *settings,
                      const PoDay       *days,
                      guint              n_days,
                      GError           **error)
{
  g_autoptr(PoHealthTable) self = NULL;
  g_autofree DaySlot *slots = NULL;
  sqlite3_stmt *stmt;
  Scan s = { 0 };
  gint64 current_id = G_MININT64;
  PoDay lo, hi;
  int rc;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (settings != NULL, NULL);
  g_return_val_if_fail (n_days == 0 || days != NULL, NULL);

  self = g_new0 (PoHealthTable, 1);
  self->settings = *settings;
  self->settings.currency = NULL;
  self->settings.phase_model = NULL;
  if (!load_accounts (self, store, error))
    return NULL;

  self->n_days = n_days;
  self->days = g_new (PoDay, MAX (n_days, 1));
  self->day_slot = g_new (guint, MAX (n_days, 1));
  slots = g_new (DaySlot, MAX (n_days, 1));
  for (guint i = 0; i < n_days; i++)
    slots[i] = (DaySlot) { days[i], i };
  qsort (slots, n_days, sizeof *slots, compare_slot);
  for (guint i = 0; i < n_days; i++)
    {
      self->days[i] = slots[i].day;
      self->day_slot[slots[i].index] = i;
    }
  self->values = g_malloc ((gsize) MAX (self->n_accounts, 1) * MAX (n_days, 1) * PO_N_COMPONENTS);
  memset (self->values, PO_HEALTH_MISSING,
          (gsize) MAX (self->n_accounts, 1) * MAX (n_days, 1) * PO_N_COMPONENTS);
  if (n_days == 0 || self->n_accounts == 0)
    return g_steal_pointer (&self);

  /* Only samples that can be some day's value. */
  lo = self->days[0] > (PoDay) settings->stale_after_days ? self->days[0] - settings->stale_after_days : 1;
  hi = self->days[n_days - 1];
  stmt = _po_store_prepare (store,
                            "SELECT account_id, component, on_date, value FROM health_samples "
                            "WHERE on_date BETWEEN ? AND ? "
                            "ORDER BY account_id, component, on_date", error);
  if (stmt == NULL)
    return NULL;
  _po_store_bind_day (stmt, 1, lo);
  _po_store_bind_day (stmt, 2, hi);

  s.self = self;
  s.account = -1;
  s.component = -1;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      int component = component_of (sqlite3_column_text (stmt, 1));

      if (id != current_id || component != s.component)
        {
          flush (&s, G_MAXUINT32);
          if (id != current_id)
            {
              current_id = id;
              s.account = po_health_table_find_account (self, id);
            }
          s.component = component;
          s.next_day = 0;
          s.on = PO_DAY_NONE;
          if (component < 0)
            s.account = -1;
        }
      {
        PoDay on = _po_metrics_parse_day (sqlite3_column_text (stmt, 2));

        flush (&s, on);
        s.on = on;
        s.value = sqlite3_column_int (stmt, 3);
      }
    }
  flush (&s, G_MAXUINT32);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _po_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&self);
}

void
po_health_table_free (PoHealthTable *self)
{
  if (self == NULL)
    return;
  g_free (self->ids);
  for (guint i = 0; i < self->n_accounts; i++)
    g_free (self->keys[i]);
  g_free (self->keys);
  g_free (self->days);
  g_free (self->day_slot);
  g_free (self->values);
  g_free (self);
}

guint
po_health_table_get_n_accounts (PoHealthTable *self)
{
  return self->n_accounts;
}

gint64
po_health_table_get_account_id (PoHealthTable *self,
                                guint          index)
{
  g_return_val_if_fail (index < self->n_accounts, 0);
  return self->ids[index];
}

const char *
po_health_table_get_account_key (PoHealthTable *self,
                                 guint          index)
{
  g_return_val_if_fail (index < self->n_accounts, NULL);
  return self->keys[index];
}

void
po_health_table_values (PoHealthTable *self,
                        guint          account_index,
                        guint          day_index,
                        int            values[PO_N_COMPONENTS])
{
  const gint8 *cell;

  g_return_if_fail (account_index < self->n_accounts && day_index < self->n_days);

  cell = self->values + ((gsize) account_index * self->n_days + self->day_slot[day_index]) * PO_N_COMPONENTS;
  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    values[c] = cell[c];
}

int
po_health_table_score (PoHealthTable *self,
                       guint          account_index,
                       guint          day_index)
{
  int values[PO_N_COMPONENTS];

  po_health_table_values (self, account_index, day_index, values);
  return po_health_score (&self->settings, values);
}
