/* po-demo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo workspace generator (DESIGN.md §2–§6, §9's reference
 * workspace). It draws the roster (segments, signing dates growing over
 * the years), simulates each account in memory in one pass
 * (po-demo-story.c, po-demo-tracks.c, po-demo-activity.c,
 * po-demo-followups.c) and writes it at once with cached prepared
 * statements, all inside one transaction. The result depends only on the
 * options: one GRand seeded with the seed, a fixed insertion order, no
 * clock and no hash-table order.
 */

#define G_LOG_DOMAIN "po-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "po-demo-private.h"
#include "po-store-private.h"

typedef char DateText[PO_DATE_BUF_SIZE];

typedef struct
{
  PoDay      signed_on;
  PoSegment  segment;
  guint      index;
} Seat;

typedef struct
{
  PoStore       *store;
  PoDay          date_base;
  guint          n_dates;
  DateText      *dates;
  GArray        *ids;          /* scratch: contact ids */
  GArray        *entity_ids;
  guint          new_by_tier[5];
  char          *health_batch_sql;
} Writer;

/* Health samples go in statements of this many rows, sharing the
 * account and component parameters: a third of the per-row cost. */
#define HEALTH_BATCH 32

static const char * const tier_codes[] = { "operator", "manager", "executive", "board", "group" };

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

/* Writing */

static void
bind_day (Writer       *w,
          sqlite3_stmt *stmt,
          int           index,
          PoDay         day)
{
  if (day >= w->date_base && day - w->date_base < w->n_dates)
    sqlite3_bind_text (stmt, index, w->dates[day - w->date_base], 10, SQLITE_STATIC);
  else
    _po_store_bind_day (stmt, index, day);
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_STATIC);
}

static gboolean
run (Writer        *w,
     sqlite3_stmt  *stmt,
     GError       **error)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      _po_store_set_error (w->store, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static gint64
last_id (Writer *w)
{
  return sqlite3_last_insert_rowid (_po_store_get_db (w->store));
}

#define PREPARE(var, sql)                                       \
  if ((var = _po_store_prepare (w->store, sql, error)) == NULL) \
    return FALSE

static const char *
transition_note (const char *reason)
{
  static const char * const notes[][2] = {
    { "Champion left", "Champion hat das Unternehmen verlassen, Nachfolger wird eingearbeitet" },
    { "Budget cut", "Budget für das laufende Jahr gekürzt" },
    { "New product release", "Neue Version mit überarbeitetem Forecast-Modul" },
    { "Reorganisation", "Neue Abteilungsstruktur, Neustart des Projekts" },
    { "Reactivated", "Kunde kehrt nach einer Pause zurück" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    if (g_str_equal (reason, notes[i][0]))
      return notes[i][1];
  return "";
}

static gboolean
write_tracks (Writer         *w,
              PoDemoAccount  *a,
              gint64          account_id,
              GError        **error)
{
  sqlite3_stmt *track, *transition, *criterion;

  PREPARE (track, "INSERT INTO tracks (account_id, key, name, entity_id) VALUES (?, ?, ?, ?)");
  PREPARE (transition, "INSERT INTO phase_transitions (track_id, on_date, phase, reason, note) "
                       "VALUES (?, ?, ?, ?, ?)");
  PREPARE (criterion, "INSERT INTO track_criteria (track_id, phase, code, done_on) VALUES (?, ?, ?, ?)");

  for (guint i = 0; i < a->tracks->len; i++)
    {
      const PoDemoTrack *t = &g_array_index (a->tracks, PoDemoTrack, i);
      gint64 track_id;

      sqlite3_bind_int64 (track, 1, account_id);
      bind_text (track, 2, t->key);
      bind_text (track, 3, t->name);
      sqlite3_bind_int64 (track, 4, g_array_index (w->entity_ids, gint64, t->entity));
      if (!run (w, track, error))
        return FALSE;
      track_id = last_id (w);

      sqlite3_bind_int64 (transition, 1, track_id);
      for (guint k = 0; k < t->transitions->len; k++)
        {
          const PoDemoTransition *tr = &g_array_index (t->transitions, PoDemoTransition, k);

          bind_day (w, transition, 2, tr->on);
          bind_text (transition, 3, _po_demo_phase_code (tr->phase));
          bind_text (transition, 4, tr->reason);
          bind_text (transition, 5, transition_note (tr->reason));
          if (!run (w, transition, error))
            return FALSE;
        }
      sqlite3_bind_int64 (criterion, 1, track_id);
      for (guint k = 0; k < t->criteria->len; k++)
        {
          const PoDemoCriterion *c = &g_array_index (t->criteria, PoDemoCriterion, k);

          bind_text (criterion, 2, _po_demo_phase_code (c->phase));
          bind_text (criterion, 3, c->code);
          bind_day (w, criterion, 4, c->done_on);
          if (!run (w, criterion, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Health samples in the table's key order (component nick, then date),
 * so that the WITHOUT ROWID tree only ever appends. */
static gboolean
write_health (Writer         *w,
              PoDemoAccount  *a,
              gint64          account_id,
              GError        **error)
{
  static const PoHealthComponent by_nick[PO_N_COMPONENTS] = {
    PO_COMPONENT_BILLING, PO_COMPONENT_EXECUTIVE, PO_COMPONENT_GROWTH,
    PO_COMPONENT_NPS, PO_COMPONENT_SUPPORT, PO_COMPONENT_USAGE,
  };
  sqlite3_stmt *stmt, *batch;

  if (w->health_batch_sql == NULL)
    {
      GString *sql = g_string_new ("INSERT INTO health_samples (account_id, component, on_date, value) VALUES ");

      for (guint i = 0; i < HEALTH_BATCH; i++)
        g_string_append_printf (sql, "%s(?1, ?2, ?%u, ?%u)", i ? ", " : "", 3 + 2 * i, 4 + 2 * i);
      w->health_batch_sql = g_string_free (sql, FALSE);
    }
  PREPARE (stmt, "INSERT INTO health_samples (account_id, component, on_date, value) "
                 "VALUES (?, ?, ?, ?)");
  PREPARE (batch, w->health_batch_sql);
  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_int64 (batch, 1, account_id);
  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    {
      PoHealthComponent component = by_nick[c];
      const char *nick = po_enum_nick (&po_component_enum, component);
      guint i = 0;

      sqlite3_bind_text (batch, 2, nick, -1, SQLITE_STATIC);
      for (; i + HEALTH_BATCH <= a->weeks->len; i += HEALTH_BATCH)
        {
          for (guint k = 0; k < HEALTH_BATCH; k++)
            {
              const PoDemoWeek *week = &g_array_index (a->weeks, PoDemoWeek, i + k);

              bind_day (w, batch, 3 + 2 * k, week->on);
              sqlite3_bind_int (batch, 4 + 2 * k, week->value[component]);
            }
          if (!run (w, batch, error))
            return FALSE;
        }
      sqlite3_bind_text (stmt, 2, nick, -1, SQLITE_STATIC);
      for (; i < a->weeks->len; i++)
        {
          const PoDemoWeek *week = &g_array_index (a->weeks, PoDemoWeek, i);

          bind_day (w, stmt, 3, week->on);
          sqlite3_bind_int (stmt, 4, week->value[component]);
          if (!run (w, stmt, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_activity (Writer         *w,
                PoDemoAccount  *a,
                gint64          account_id,
                GError        **error)
{
  sqlite3_stmt *touchpoint, *nps, *billing, *task, *plan;

  PREPARE (touchpoint, "INSERT INTO touchpoints (account_id, on_date, kind, note) VALUES (?, ?, ?, ?)");
  sqlite3_bind_int64 (touchpoint, 1, account_id);
  for (guint i = 0; i < a->touchpoints->len; i++)
    {
      const PoDemoTouchpoint *t = &g_array_index (a->touchpoints, PoDemoTouchpoint, i);

      bind_day (w, touchpoint, 2, t->on);
      bind_text (touchpoint, 3, po_enum_nick (&po_touchpoint_enum, t->kind));
      bind_text (touchpoint, 4, t->note);
      if (!run (w, touchpoint, error))
        return FALSE;
    }

  PREPARE (nps, "INSERT INTO nps_responses (account_id, on_date, contact_id, score) VALUES (?, ?, ?, ?)");
  sqlite3_bind_int64 (nps, 1, account_id);
  for (guint i = 0; i < a->nps->len; i++)
    {
      const PoDemoNps *r = &g_array_index (a->nps, PoDemoNps, i);

      bind_day (w, nps, 2, r->on);
      if (r->contact >= 0)
        sqlite3_bind_int64 (nps, 3, g_array_index (w->ids, gint64, r->contact));
      else
        sqlite3_bind_null (nps, 3);
      sqlite3_bind_int (nps, 4, r->score);
      if (!run (w, nps, error))
        return FALSE;
    }

  PREPARE (billing, "INSERT INTO billing_events (account_id, on_date, kind, amount_cents) "
                    "VALUES (?, ?, ?, ?)");
  sqlite3_bind_int64 (billing, 1, account_id);
  for (guint i = 0; i < a->billing->len; i++)
    {
      const PoDemoBilling *b = &g_array_index (a->billing, PoDemoBilling, i);

      bind_day (w, billing, 2, b->on);
      bind_text (billing, 3, po_enum_nick (&po_billing_enum, b->kind));
      sqlite3_bind_int64 (billing, 4, b->amount_cents);
      if (!run (w, billing, error))
        return FALSE;
    }

  PREPARE (task, "INSERT INTO tasks (account_id, title, due_on, status, origin, playbook_step, "
                 "created_on, done_on, owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  sqlite3_bind_int64 (task, 1, account_id);
  for (guint i = 0; i < a->tasks->len; i++)
    {
      const PoDemoTask *t = &g_array_index (a->tasks, PoDemoTask, i);

      bind_text (task, 2, t->title);
      bind_day (w, task, 3, t->due_on);
      bind_text (task, 4, po_enum_nick (&po_task_status_enum, t->status));
      bind_text (task, 5, t->origin);
      sqlite3_bind_int (task, 6, t->playbook_step);
      bind_day (w, task, 7, t->created_on);
      bind_day (w, task, 8, t->done_on);
      bind_text (task, 9, a->owner);
      if (!run (w, task, error))
        return FALSE;
    }

  PREPARE (plan, "INSERT INTO plan_steps (account_id, position, action, item, from_month, "
                 "to_month, probability, trigger) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  sqlite3_bind_int64 (plan, 1, account_id);
  for (guint i = 0; i < a->plan->len; i++)
    {
      const PoDemoPlanStep *s = &g_array_index (a->plan, PoDemoPlanStep, i);

      sqlite3_bind_int (plan, 2, (int) i);
      bind_text (plan, 3, po_enum_nick (&po_plan_action_enum, s->action));
      bind_text (plan, 4, s->item);
      sqlite3_bind_int (plan, 5, s->from_month);
      sqlite3_bind_int (plan, 6, s->to_month);
      sqlite3_bind_double (plan, 7, s->probability);
      bind_text (plan, 8, s->trigger);
      if (!run (w, plan, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_account (Writer         *w,
               PoDemoAccount  *a,
               GError        **error)
{
  sqlite3_stmt *stmt;
  gint64 account_id;
  gboolean international = FALSE;

  PREPARE (stmt, "INSERT INTO accounts (key, name, segment, touch, owner, signed_on, renewal_on, "
                 "renewal_forecast, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  bind_text (stmt, 1, a->key);
  bind_text (stmt, 2, a->name);
  bind_text (stmt, 3, po_enum_nick (&po_segment_enum, a->segment));
  bind_text (stmt, 4, po_enum_nick (&po_touch_enum, a->touch));
  bind_text (stmt, 5, a->owner);
  bind_day (w, stmt, 6, a->signed_on);
  bind_day (w, stmt, 7, a->renewal_on);
  bind_text (stmt, 8, po_enum_nick (&po_forecast_enum, a->forecast));
  bind_text (stmt, 9, "");
  if (!run (w, stmt, error))
    return FALSE;
  account_id = last_id (w);

  PREPARE (stmt, "INSERT INTO entities (account_id, key, name) VALUES (?, ?, ?)");
  sqlite3_bind_int64 (stmt, 1, account_id);
  g_array_set_size (w->entity_ids, 0);
  for (guint i = 0; i < a->entities->len; i++)
    {
      const PoDemoEntity *e = &g_array_index (a->entities, PoDemoEntity, i);
      gint64 id;

      bind_text (stmt, 2, e->key);
      bind_text (stmt, 3, e->name);
      if (!run (w, stmt, error))
        return FALSE;
      id = last_id (w);
      g_array_append_val (w->entity_ids, id);
      international |= i > 0 && strlen (e->key) == 2;
    }

  PREPARE (stmt, "INSERT INTO account_tags (account_id, tag) VALUES (?, ?)");
  sqlite3_bind_int64 (stmt, 1, account_id);
  bind_text (stmt, 2, a->industry);
  if (!run (w, stmt, error))
    return FALSE;
  bind_text (stmt, 2, international ? "international" : "dach");
  if (!run (w, stmt, error))
    return FALSE;

  PREPARE (stmt, "INSERT INTO contacts (account_id, key, name, role, left_on) VALUES (?, ?, ?, ?, ?)");
  sqlite3_bind_int64 (stmt, 1, account_id);
  g_array_set_size (w->ids, 0);
  for (guint i = 0; i < a->contacts->len; i++)
    {
      const PoDemoContact *c = &g_array_index (a->contacts, PoDemoContact, i);
      gint64 id;

      bind_text (stmt, 2, c->key);
      bind_text (stmt, 3, c->name);
      bind_text (stmt, 4, po_enum_nick (&po_role_enum, c->role));
      bind_day (w, stmt, 5, c->left_on);
      if (!run (w, stmt, error))
        return FALSE;
      id = last_id (w);
      g_array_append_val (w->ids, id);
    }

  PREPARE (stmt, "INSERT INTO subscription_lines (account_id, item, mrr_cents, quantity, start_on, "
                 "end_on) VALUES (?, ?, ?, 1, ?, ?)");
  sqlite3_bind_int64 (stmt, 1, account_id);
  for (guint i = 0; i < a->lines->len; i++)
    {
      const PoDemoLine *l = &g_array_index (a->lines, PoDemoLine, i);

      bind_text (stmt, 2, l->item);
      sqlite3_bind_int64 (stmt, 3, l->mrr_cents);
      bind_day (w, stmt, 4, l->start_on);
      bind_day (w, stmt, 5, l->end_on);
      if (!run (w, stmt, error))
        return FALSE;
    }

  if (!write_tracks (w, a, account_id, error) ||
      !write_health (w, a, account_id, error) ||
      !write_activity (w, a, account_id, error))
    return FALSE;

  if (a->churn_on != PO_DAY_NONE)
    {
      PREPARE (stmt, "INSERT INTO churn_records (account_id, on_date, category, reason, note) "
                     "VALUES (?, ?, ?, ?, ?)");
      sqlite3_bind_int64 (stmt, 1, account_id);
      bind_day (w, stmt, 2, a->churn_on);
      bind_text (stmt, 3, po_enum_nick (&po_churn_enum, a->churn_category));
      bind_text (stmt, 4, a->churn_reason);
      bind_text (stmt, 5, a->churn_note);
      if (!run (w, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Scenarios: "Basis" and seed 003's comparison of 8 % against 7 %
 * monthly churn, all on seed 000's path from the demo's current month,
 * with new accounts at the rate of the last twelve months. */
static gboolean
write_scenarios (Writer         *w,
                 PoDemoSim      *sim,
                 GError        **error)
{
  static const struct { const char *name; double churn; } scenarios[] = {
    { "Basis", 0.02 }, { "Churn 8 %", 0.08 }, { "Churn 7 %", 0.07 },
  };
  static const struct { PoPlanAction action; const char *item; int from, to; double p; } path[] = {
    { PO_ACTION_UPGRADE, "manager", 6, 12, 0.6 },
    { PO_ACTION_ADD, "entity", 6, 12, 0.5 },
    { PO_ACTION_UPGRADE, "executive", 12, 24, 0.4 },
    { PO_ACTION_ADD, "forecast", 12, 24, 0.4 },
    { PO_ACTION_UPGRADE, "board", 24, 48, 0.15 },
  };
  g_autofree char *start_month = po_month_format (po_month_of_day (sim->end_day));

  for (guint s = 0; s < G_N_ELEMENTS (scenarios); s++)
    {
      PoScenarioRecord record = { 0 };
      PoScenarioRate rate = { 0 };

      record.name = (char *) scenarios[s].name;
      record.start_month = start_month;
      record.months = 36;
      record.price_notice_months = 1;
      if (!po_store_insert_scenario_record (w->store, &record, error))
        return FALSE;

      rate.scenario_id = record.id;
      rate.kind = PO_RATE_CHURN;
      rate.item = (char *) "default";
      rate.value = scenarios[s].churn;
      if (!po_store_insert_scenario_rate (w->store, &rate, error))
        return FALSE;
      for (guint t = 0; t < G_N_ELEMENTS (tier_codes); t++)
        {
          if (w->new_by_tier[t] == 0)
            continue;
          rate.id = 0;
          rate.kind = PO_RATE_NEW;
          rate.item = (char *) tier_codes[t];
          rate.value = w->new_by_tier[t] / 12.0;
          if (!po_store_insert_scenario_rate (w->store, &rate, error))
            return FALSE;
        }
      for (guint i = 0; i < G_N_ELEMENTS (path); i++)
        {
          PoScenarioStep step = { 0, record.id, (int) i, path[i].action, (char *) path[i].item,
                                  path[i].from, path[i].to, path[i].p };

          if (!po_store_insert_scenario_step (w->store, &step, error))
            return FALSE;
        }
    }
  return TRUE;
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
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) entity_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  Writer w = { store, sim->start_day - 1, 0, NULL, ids, entity_ids, { 0 }, NULL };
  guint every = MAX (1, n / 200);
  gboolean ok = TRUE;

  /* Every date the demo writes, formatted once. */
  w.n_dates = sim->end_day + 400 - w.date_base;
  w.dates = g_new (DateText, w.n_dates);
  for (guint i = 0; i < w.n_dates; i++)
    po_day_format_buf (w.date_base + i, w.dates[i]);

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
      ok = write_account (&w, a, error);

      if (a->signed_on + 365 > sim->end_day)
        for (guint t = 0; t < G_N_ELEMENTS (tier_codes); t++)
          if (g_str_equal (g_array_index (a->lines, PoDemoLine, 0).item, tier_codes[t]))
            w.new_by_tier[t]++;
      if (progress_cb != NULL && (i + 1) % every == 0)
        progress_cb ((double) (i + 1) / n * 0.98, user_data);
    }

  ok = ok && write_scenarios (&w, sim, error) &&
       po_store_set_setting (store, "phase_model", PO_PHASE_MODEL_POST_SALE, error);
  g_free (w.dates);
  g_free (w.health_batch_sql);
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
