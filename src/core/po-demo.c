/* po-demo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo workspace generator (DESIGN.md §2–§6, §9's reference
 * workspace). It draws the roster (segments, signing dates growing over
 * the years), simulates each account in memory in one pass
 * (po-demo-story.c, po-demo-tracks.c, po-demo-activity.c,
 * po-demo-followups.c) and writes it at once with cached prepared
 * statements (po-demo-write.c), all inside one transaction. The result depends only on the
 * options: one GRand seeded with the seed, a fixed insertion order, no
 * clock and no hash-table order.
 */

#define G_LOG_DOMAIN "po-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "po-demo-private.h"
#include "po-store-private.h"

typedef struct
{
  PoDay      signed_on;
  PoSegment  segment;
  guint      index;
} Seat;

void
po_demo_options_init (PoDemoOptions *options)
{
  g_return_if_fail (options != NULL);

  options->accounts = PO_DEMO_DEFAULT_ACCOUNTS;
  options->years = PO_DEMO_DEFAULT_YEARS;
  options->seed = PO_DEMO_DEFAULT_SEED;
  options->end_day = po_demo_default_end_day ();
}

PoDay
po_demo_default_end_day (void)
{
  return po_day_from_ymd (2026, 11, 23);
}

/* The roster */

static int
compare_seats (gconstpointer pa,
               gconstpointer pb)
{
  const Seat *a = pa, *b = pb;

  if (a->signed_on != b->signed_on)
    return a->signed_on < b->signed_on ? -1 : 1;
  return a->index < b->index ? -1 : a->index > b->index;
}

/* Segments 10 % enterprise, 25 % mid-market, 45 % SMB, 20 % product-led;
 * signing dates with a density rising linearly over the window (three
 * times as many sign in the last weeks as in the first). */
static Seat *
draw_roster (PoDemoSim *sim,
             guint      n)
{
  Seat *seats = g_new (Seat, n);
  PoDay span = sim->end_day - sim->start_day - 14;

  for (guint i = 0; i < n; i++)
    {
      double u = g_rand_double (sim->rand);
      double s = g_rand_double (sim->rand);
      /* Inverse of the CDF (f + f²) / 2 of the density (1 + 2f) / 2. */
      double f = (-1.0 + sqrt (1.0 + 8.0 * s)) / 2.0;

      seats[i].segment = u < 0.10 ? PO_SEGMENT_ENTERPRISE : u < 0.35 ? PO_SEGMENT_MID_MARKET
                         : u < 0.80 ? PO_SEGMENT_SMB : PO_SEGMENT_PRODUCT_LED;
      seats[i].signed_on = sim->start_day + (PoDay) (f * span);
      seats[i].index = i;
    }
  qsort (seats, n, sizeof (Seat), compare_seats);
  return seats;
}

/* Casts the stories every demo shows on accounts that signed in the first
 * 40 % of the window, so that they have time to play out. */
static int *
cast_roster (PoDemoSim *sim,
             Seat      *seats,
             guint      n)
{
  int *casts = g_new0 (int, n);
  PoDay early_until = sim->start_day + (sim->end_day - sim->start_day) * 2 / 5;
  guint early = 0;
  guint n_casts = PO_DEMO_N_CASTS - 1;

  while (early < n && seats[early].signed_on <= early_until)
    early++;
  if (early < n_casts)
    return casts;
  for (guint k = 0; k < n_casts; k++)
    {
      guint at = k * early / n_casts;

      casts[at] = (int) k + 1;
      /* Champions leave and steps get skipped fastest in small accounts. */
      if (casts[at] == PO_DEMO_CAST_CHAMPION || casts[at] == PO_DEMO_CAST_SKIP)
        seats[at].segment = PO_SEGMENT_SMB;
    }
  return casts;
}

static gboolean
load_playbooks (PoStore    *store,
                GHashTable *playbooks,
                GError    **error)
{
  sqlite3_stmt *stmt = _po_store_prepare (store, "SELECT rule_code, position, title FROM playbook_steps", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (playbooks,
                         g_strdup_printf ("%s:%d", sqlite3_column_text (stmt, 0),
                                          sqlite3_column_int (stmt, 1)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);
  return TRUE;
}

static gint64
cache_size (PoStore *store)
{
  sqlite3_stmt *stmt = _po_store_prepare (store, "PRAGMA cache_size", NULL);
  gint64 size = -2000;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    size = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return size;
}

static void
set_cache_size (PoStore *store,
                gint64   size)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, size);

  _po_store_exec (store, sql, NULL);
}

static gboolean
has_accounts (PoStore   *store,
              gboolean  *result,
              GError   **error)
{
  sqlite3_stmt *stmt = _po_store_prepare (store, "SELECT EXISTS (SELECT 1 FROM accounts)", error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return _po_store_set_error (store, error);
    }
  *result = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  return TRUE;
}

static void
sim_clear (PoDemoSim *sim)
{
  g_clear_pointer (&sim->rand, g_rand_free);
  g_clear_pointer (&sim->keys, g_hash_table_unref);
  g_clear_pointer (&sim->playbooks, g_hash_table_unref);
}

static gboolean
generate (PoStore              *store,
          PoDemoSim            *sim,
          guint                 n,
          GCancellable         *cancellable,
          PoDemoProgress        progress_cb,
          gpointer              user_data,
          GError              **error)
{
  g_autoptr(PoDemoAccount) a = _po_demo_account_new ();
  g_autofree Seat *seats = draw_roster (sim, n);
  g_autofree int *casts = cast_roster (sim, seats, n);
  PoDemoWriter w;
  guint every = MAX (1, n / 200);
  gboolean ok = TRUE;

  _po_demo_writer_init (&w, store, sim->start_day - 1, sim->end_day);
  for (guint i = 0; i < n && ok; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          ok = FALSE;
          break;
        }
      _po_demo_account_reset (a);
      a->segment = seats[i].segment;
      a->signed_on = seats[i].signed_on;
      _po_demo_plan_story (sim, a, casts[i]);
      _po_demo_simulate_activity (sim, a);
      ok = _po_demo_write_account (&w, a, error);
      if (progress_cb != NULL && (i + 1) % every == 0)
        progress_cb ((double) (i + 1) / n * 0.98, user_data);
    }

  ok = ok && _po_demo_write_scenarios (&w, sim, error) &&
       po_store_set_setting (store, "phase_model", PO_PHASE_MODEL_POST_SALE, error);
  _po_demo_writer_clear (&w);
  return ok;
}

gboolean
po_demo_generate (PoStore              *store,
                  const PoDemoOptions  *options,
                  GCancellable         *cancellable,
                  PoDemoProgress        progress_cb,
                  gpointer              user_data,
                  GError              **error)
{
  PoDemoSim sim = { 0 };
  gboolean exists = FALSE;
  gint64 old_cache_size;
  gboolean ok;

  g_return_val_if_fail (PO_IS_STORE (store), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options->accounts < 1 || options->accounts > PO_DEMO_MAX_ACCOUNTS)
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_INVALID,
                   _("A demo has between 1 and %d accounts, not %u"),
                   PO_DEMO_MAX_ACCOUNTS, options->accounts);
      return FALSE;
    }
  if (options->years < 1 || options->years > PO_DEMO_MAX_YEARS)
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_INVALID,
                   _("A demo covers between 1 and %d years, not %u"),
                   PO_DEMO_MAX_YEARS, options->years);
      return FALSE;
    }
  if (!_po_store_check_writable (store, error) || !has_accounts (store, &exists, error))
    return FALSE;
  if (exists)
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_EXISTS,
                   _("“%s” already has accounts; a demo needs an empty workspace"),
                   po_store_get_path (store));
      return FALSE;
    }

  sim.end_day = options->end_day != PO_DAY_NONE ? options->end_day : po_demo_default_end_day ();
  sim.start_day = po_day_add_months (sim.end_day, -12 * (int) options->years) + 1;
  sim.rand = g_rand_new_with_seed (options->seed);
  sim.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sim.playbooks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  /* A major release every year, somewhere in spring to autumn. */
  for (guint y = 0; y < options->years; y++)
    {
      PoDay day = po_day_add_months (sim.start_day, 12 * (int) y) + (PoDay) po_demo_range (sim.rand, 60, 300);

      if (day < sim.end_day)
        sim.releases[sim.n_releases++] = day;
    }

  if (!load_playbooks (store, sim.playbooks, error))
    {
      sim_clear (&sim);
      return FALSE;
    }

  if (progress_cb != NULL)
    progress_cb (0.0, user_data);
  /* The whole demo fits the page cache (about 30 kB per account), so
   * SQLite need not spill pages of the open transaction to the log. */
  old_cache_size = cache_size (store);
  set_cache_size (store, -(gint64) MIN (262144, 1024 + 32 * options->accounts));
  po_store_set_bulk_mode (store, TRUE);
  ok = po_store_begin (store, error);
  if (ok)
    {
      ok = generate (store, &sim, options->accounts, cancellable, progress_cb, user_data, error);
      if (ok)
        ok = po_store_commit (store, error);
      else
        po_store_rollback (store);
    }
  po_store_set_bulk_mode (store, FALSE);
  set_cache_size (store, old_cache_size);
  sim_clear (&sim);

  if (ok && progress_cb != NULL)
    progress_cb (1.0, user_data);
  return ok;
}
