/* po-signals-context.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Gathers what the signal rules read, with one grouped query per kind of
 * row (never one per account) and one scan of the health samples.
 */

#define G_LOG_DOMAIN "po-signals"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "po-metrics-private.h"
#include "po-signals-private.h"
#include "po-store-private.h"

const char * const _po_signal_rule_codes[N_RULES] = {
  "health_red", "health_drop", "renewal_window", "renewal_late", "silent_account",
  "payment_failed", "champion_left", "onboarding_stalled", "expansion_ready",
  "advocacy_candidate",
};

static int
compare_id (gconstpointer a,
            gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = ((const PoSignalAccount *) b)->id;

  return x < y ? -1 : x > y;
}

static PoSignalAccount *
find (PoSignalContext *ctx,
      gint64           id)
{
  if (ctx->n_accounts == 0)
    return NULL;
  return bsearch (&id, ctx->accounts, ctx->n_accounts, sizeof (PoSignalAccount), compare_id);
}

typedef void (*RowFunc) (PoSignalContext *ctx,
                         PoSignalAccount *acc,
                         sqlite3_stmt    *stmt);

/* Runs @sql with every parameter bound to the day and calls @func for each
 * row whose first column is a known account id. */
static gboolean
each_row (PoSignalContext  *ctx,
          PoStore          *store,
          const char       *sql,
          RowFunc           func,
          GError          **error)
{
  sqlite3_stmt *stmt = _po_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  for (int i = 1; i <= sqlite3_bind_parameter_count (stmt); i++)
    _po_store_bind_day (stmt, i, ctx->on);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PoSignalAccount *acc = find (ctx, sqlite3_column_int64 (stmt, 0));

      if (acc != NULL)
        func (ctx, acc, stmt);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);
  return TRUE;
}

static PoDay
col_day (sqlite3_stmt *stmt,
         int           i)
{
  return _po_metrics_parse_day (sqlite3_column_text (stmt, i));
}

static void
row_churn (PoSignalContext *ctx, PoSignalAccount *acc, sqlite3_stmt *stmt)
{
  acc->churned = TRUE;
}

static void
row_lines (PoSignalContext *ctx, PoSignalAccount *acc, sqlite3_stmt *stmt)
{
  PoDay start = col_day (stmt, 1), end = col_day (stmt, 2);
  const char *kind = (const char *) sqlite3_column_text (stmt, 4);
  const char *item = (const char *) sqlite3_column_text (stmt, 5);
  int quantity = sqlite3_column_int (stmt, 3);

  acc->n_lines++;
  if (start > ctx->on || (end != PO_DAY_NONE && end <= ctx->on))
    return;
  acc->n_current_lines++;
  if (g_strcmp0 (kind, "tier") == 0)
    acc->tier_quantity = MAX (acc->tier_quantity, quantity);
  else if (g_strcmp0 (item, "entity") == 0)
    acc->entity_addons += quantity;
}

static void
row_entities (PoSignalContext *ctx, PoSignalAccount *acc, sqlite3_stmt *stmt)
{
  acc->n_entities = sqlite3_column_int (stmt, 1);
}

static void
row_touch (PoSignalContext *ctx, PoSignalAccount *acc, sqlite3_stmt *stmt)
{
  acc->last_touch = col_day (stmt, 1);
}

static void
row_billing (PoSignalContext *ctx, PoSignalAccount *acc, sqlite3_stmt *stmt)
{
  const char *kind = (const char *) sqlite3_column_text (stmt, 1);
  PoDay d = col_day (stmt, 2);

  if (g_strcmp0 (kind, "payment_failed") == 0)
    acc->last_failure = d;
  else
    acc->last_recovery = MAX (acc->last_recovery, d);
}

static void
row_champion (PoSignalContext *ctx, PoSignalAccount *acc, sqlite3_stmt *stmt)
{
  /* ordered by left_on: the last row is the latest departure */
  acc->champion_left = col_day (stmt, 1);
  g_free (acc->champion_name);
  acc->champion_name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
}

static void
row_nps (PoSignalContext *ctx, PoSignalAccount *acc, sqlite3_stmt *stmt)
{
  acc->latest_nps = sqlite3_column_int (stmt, 1);  /* ordered by date */
}

static void
row_tasks (PoSignalContext *ctx, PoSignalAccount *acc, sqlite3_stmt *stmt)
{
  const char *origin = (const char *) sqlite3_column_text (stmt, 1);

  for (guint r = 0; r < N_RULES; r++)
    if (g_strcmp0 (origin, _po_signal_rule_codes[r]) == 0)
      {
        acc->tasks[r].last_created = col_day (stmt, 2);
        acc->tasks[r].n_open = sqlite3_column_int (stmt, 3);
      }
}

static gboolean
load_accounts (PoSignalContext  *ctx,
               PoStore          *store,
               GError          **error)
{
  sqlite3_stmt *stmt = _po_store_prepare (store,
                                          "SELECT id, key, owner, segment, touch, signed_on, renewal_on, "
                                          "renewal_forecast FROM accounts ORDER BY id", error);
  GArray *accounts = g_array_new (FALSE, TRUE, sizeof (PoSignalAccount));
  int rc = SQLITE_ERROR;

  if (stmt != NULL)
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          PoSignalAccount a = { 0 };
          int v = 0;

          a.id = sqlite3_column_int64 (stmt, 0);
          a.key = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
          a.owner = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
          po_enum_parse (&po_segment_enum, (const char *) sqlite3_column_text (stmt, 3), &v);
          a.segment = v;
          v = 0;
          po_enum_parse (&po_touch_enum, (const char *) sqlite3_column_text (stmt, 4), &v);
          a.touch = v;
          a.signed_on = col_day (stmt, 5);
          a.renewal_on = col_day (stmt, 6);
          v = 0;
          po_enum_parse (&po_forecast_enum, (const char *) sqlite3_column_text (stmt, 7), &v);
          a.forecast = v;
          a.score = PO_HEALTH_MISSING;
          a.latest_nps = -1;
          g_array_append_val (accounts, a);
        }
      sqlite3_reset (stmt);
    }
  ctx->n_accounts = accounts->len;
  ctx->accounts = (PoSignalAccount *) (void *) g_array_free (accounts, FALSE);
  if (stmt == NULL)
    return FALSE;
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);
  return TRUE;
}

/* Walks every track's transitions up to the day in order: the current
 * phase, since when, and whether it ever left the renewal phase. */
static gboolean
load_tracks (PoSignalContext  *ctx,
             PoStore          *store,
             const PoSettings *settings,
             GError          **error)
{
  g_autofree char *onboarding = NULL;
  sqlite3_stmt *stmt;
  gint64 track = -1;
  PoSignalAccount *acc = NULL;
  char *phase = NULL, *name = NULL;
  PoDay since = PO_DAY_NONE;
  int rc;

  /* The onboarding phase of the workspace's model ("onboarding", else
   * its first phase). */
  stmt = _po_store_prepare (store,
                            "SELECT code FROM phases WHERE model = ? "
                            "ORDER BY code = 'onboarding' DESC, position LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, settings->phase_model, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    onboarding = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (onboarding == NULL)
    onboarding = g_strdup ("onboarding");

  stmt = _po_store_prepare (store,
                            "SELECT t.account_id, p.track_id, p.phase, p.on_date, t.name "
                            "FROM phase_transitions p JOIN tracks t ON t.id = p.track_id "
                            "WHERE p.on_date <= ? ORDER BY p.track_id, p.on_date, p.id", error);
  if (stmt == NULL)
    return FALSE;
  _po_store_bind_day (stmt, 1, ctx->on);
  for (;;)
    {
      gboolean row = (rc = sqlite3_step (stmt)) == SQLITE_ROW;
      gint64 t = row ? sqlite3_column_int64 (stmt, 1) : -2;

      if (t != track && acc != NULL && g_strcmp0 (phase, onboarding) == 0 &&
          (acc->onboarding_since == PO_DAY_NONE || since < acc->onboarding_since))
        {
          acc->onboarding_since = since;
          g_free (acc->onboarding_track);
          acc->onboarding_track = g_strdup (name);
        }
      if (!row)
        break;
      if (t != track)
        {
          track = t;
          acc = find (ctx, sqlite3_column_int64 (stmt, 0));
          g_clear_pointer (&phase, g_free);
          g_free (name);
          name = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
        }
      if (acc != NULL && g_strcmp0 (phase, "renewal") == 0)
        acc->left_renewal = TRUE;
      g_free (phase);
      phase = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      since = col_day (stmt, 3);
    }
  g_free (phase);
  g_free (name);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);
  return TRUE;
}

static gboolean
load_health (PoSignalContext   *ctx,
             PoStore           *store,
             const PoSettings  *settings,
             GError           **error)
{
  g_autoptr(PoHealthTable) table = NULL;
  PoDay days[2] = { ctx->on - PO_HEALTH_TREND_DAYS, ctx->on };

  table = po_health_table_scan (store, settings, days, 2, error);
  if (table == NULL)
    return FALSE;
  for (guint i = 0; i < ctx->n_accounts; i++)
    {
      PoSignalAccount *acc = &ctx->accounts[i];
      int t = po_health_table_find_account (table, acc->id);
      int before;

      if (t < 0)
        continue;
      acc->score = po_health_table_score (table, t, 1);
      before = po_health_table_score (table, t, 0);
      acc->has_trend = acc->score != PO_HEALTH_MISSING && before != PO_HEALTH_MISSING;
      acc->trend = acc->has_trend ? acc->score - before : 0;
    }
  return TRUE;
}

gboolean
_po_signals_load_context (PoSignalContext   *ctx,
                          PoStore           *store,
                          const PoSettings  *settings,
                          PoDay              on,
                          GError           **error)
{
  memset (ctx, 0, sizeof *ctx);
  ctx->on = on;

  return load_accounts (ctx, store, error) &&
         each_row (ctx, store, "SELECT account_id FROM churn_records WHERE on_date <= ?",
                   row_churn, error) &&
         each_row (ctx, store,
                   "SELECT l.account_id, l.start_on, l.end_on, l.quantity, c.kind, l.item "
                   "FROM subscription_lines l LEFT JOIN catalog_items c ON c.code = l.item",
                   row_lines, error) &&
         each_row (ctx, store, "SELECT account_id, COUNT (*) FROM entities GROUP BY account_id",
                   row_entities, error) &&
         each_row (ctx, store,
                   "SELECT account_id, MAX (on_date) FROM touchpoints WHERE on_date <= ? "
                   "GROUP BY account_id", row_touch, error) &&
         each_row (ctx, store,
                   "SELECT account_id, CASE kind WHEN 'payment_failed' THEN kind ELSE 'recovery' END AS k, "
                   "MAX (on_date) FROM billing_events WHERE on_date <= ? "
                   "AND kind IN ('payment_failed', 'payment_recovered', 'invoice_paid') "
                   "GROUP BY account_id, k", row_billing, error) &&
         each_row (ctx, store,
                   "SELECT account_id, left_on, name FROM contacts WHERE role = 'champion' "
                   "AND left_on IS NOT NULL AND left_on <= ? ORDER BY account_id, left_on, id",
                   row_champion, error) &&
         each_row (ctx, store,
                   "SELECT account_id, score FROM nps_responses WHERE on_date <= ? "
                   "ORDER BY account_id, on_date, id", row_nps, error) &&
         each_row (ctx, store,
                   "SELECT account_id, origin, MAX (created_on), SUM (status != 'done') FROM tasks "
                   "GROUP BY account_id, origin", row_tasks, error) &&
         load_tracks (ctx, store, settings, error) &&
         load_health (ctx, store, settings, error);
}

void
_po_signals_clear_context (PoSignalContext *ctx)
{
  for (guint i = 0; i < ctx->n_accounts; i++)
    {
      g_free (ctx->accounts[i].key);
      g_free (ctx->accounts[i].owner);
      g_free (ctx->accounts[i].champion_name);
      g_free (ctx->accounts[i].onboarding_track);
    }
  g_clear_pointer (&ctx->accounts, g_free);
  ctx->n_accounts = 0;
}
