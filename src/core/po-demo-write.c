/* po-demo-write.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a simulated demo account with cached prepared statements, in the
 * order the tables' keys grow, inside the generator's transaction; and the
 * demo's scenarios.
 */

#define G_LOG_DOMAIN "po-demo"

#include "config.h"

#include <string.h>

#include "po-demo-private.h"
#include "po-store-private.h"

/* Health samples go in statements of this many rows, sharing the
 * account and component parameters: a third of the per-row cost. */
#define HEALTH_BATCH 32

static const char * const tier_codes[] = { "operator", "manager", "executive", "board", "group" };

void
_po_demo_writer_init (PoDemoWriter *w,
                      PoStore      *store,
                      PoDay         first_day,
                      PoDay         end_day)
{
  memset (w, 0, sizeof *w);
  w->store = store;
  w->end_day = end_day;
  w->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  w->entity_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  /* Every date the demo writes, formatted once. */
  w->date_base = first_day;
  w->n_dates = end_day + 400 - first_day;
  w->dates = g_new (PoDemoDateText, w->n_dates);
  for (guint i = 0; i < w->n_dates; i++)
    po_day_format_buf (w->date_base + i, w->dates[i]);
}

void
_po_demo_writer_clear (PoDemoWriter *w)
{
  g_clear_pointer (&w->ids, g_array_unref);
  g_clear_pointer (&w->entity_ids, g_array_unref);
  g_clear_pointer (&w->dates, g_free);
  g_clear_pointer (&w->health_batch_sql, g_free);
}

static void
bind_day (PoDemoWriter *w,
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
run (PoDemoWriter  *w,
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
last_id (PoDemoWriter *w)
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
write_tracks (PoDemoWriter   *w,
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
write_health (PoDemoWriter   *w,
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
write_activity (PoDemoWriter   *w,
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

gboolean
_po_demo_write_account (PoDemoWriter   *w,
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

  /* The scenarios' rate of new accounts, by starting tier. */
  if (a->signed_on + 365 > w->end_day)
    for (guint t = 0; t < G_N_ELEMENTS (tier_codes); t++)
      if (g_str_equal (g_array_index (a->lines, PoDemoLine, 0).item, tier_codes[t]))
        w->new_by_tier[t]++;
  return TRUE;
}

/* Scenarios: "Basis" and seed 003's comparison of 8 % against 7 %
 * monthly churn, all on seed 000's path from the demo's current month,
 * with new accounts at the rate of the last twelve months. */
gboolean
_po_demo_write_scenarios (PoDemoWriter  *w,
                          PoDemoSim     *sim,
                          GError       **error)
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
