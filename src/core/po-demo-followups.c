/* po-demo-followups.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo account's follow-ups: the churn record's reason, the renewal
 * forecast (consistent with health), open and done tasks from the
 * built-in playbooks and manual ones, and an expansion plan along the
 * rest of the tier ladder.
 */

#define G_LOG_DOMAIN "po-demo"

#include "config.h"

#include "po-defaults.h"
#include "po-demo-private.h"

typedef struct
{
  const char *reason;
  const char *note;
} Why;

static const Why unintentional[] = {
  { "Payment failed", "Karte abgelaufen, keine Reaktion auf die Mahnungen" },
  { "Dunning exhausted", "Lastschrift zurückgegeben, Mahnstufe 3 ohne Zahlung" },
  { "Billing contact left", "Rechnungsempfänger nicht mehr im Unternehmen" },
};
static const Why avoidable[] = {
  { "Low usage", "Nutzung seit Monaten rückläufig, kein Mehrwert erkannt" },
  { "No value realised", "Ziele aus dem Kickoff nicht erreicht" },
  { "Switched to competitor", "Wechsel zu einem günstigeren Anbieter" },
  { "Champion left", "Nach dem Weggang des Champions keine Nutzung mehr" },  /* last: see below */
};
static const Why structural[] = {
  { "Acquired", "Übernahme durch einen Konzern mit eigenem System" },
  { "Insolvency", "Insolvenzverfahren eröffnet" },
  { "Business model changed", "Geschäftsbereich eingestellt" },
  { "Site closed", "Standort geschlossen" },
};

static void
choose_churn_reason (PoDemoSim     *sim,
                     PoDemoAccount *a)
{
  const Why *why;

  if (a->churn_on == PO_DAY_NONE)
    return;
  switch (a->churn_category)
    {
    case PO_CHURN_UNINTENTIONAL:
      why = &unintentional[g_rand_int_range (sim->rand, 0, G_N_ELEMENTS (unintentional))];
      break;
    case PO_CHURN_STRUCTURAL:
      why = &structural[g_rand_int_range (sim->rand, 0, G_N_ELEMENTS (structural))];
      break;
    case PO_CHURN_AVOIDABLE:
    default:
      {
        /* Blame the champion's leaving only where one left. */
        PoDay left = g_array_index (a->contacts, PoDemoContact, 0).left_on;
        gboolean champion = left != PO_DAY_NONE && left < a->churn_on;

        if (champion && po_demo_chance (sim->rand, 0.6))
          why = &avoidable[G_N_ELEMENTS (avoidable) - 1];
        else
          why = &avoidable[g_rand_int_range (sim->rand, 0, G_N_ELEMENTS (avoidable) - 1)];
      }
      break;
    }
  a->churn_reason = why->reason;
  a->churn_note = why->note;
}

/* Commit or likely for healthy accounts close to renewal, at risk for
 * unhealthy ones, often unknown while the renewal is far away. */
static void
choose_forecast (PoDemoSim     *sim,
                 PoDemoAccount *a)
{
  GRand *rand = sim->rand;
  PoRange lead = po_segment_renewal_lead_days (a->segment);
  int score = a->score < 0 ? 60 : a->score;

  if (a->renewal_on == PO_DAY_NONE)
    {
      a->forecast = PO_FORECAST_UNKNOWN;
      return;
    }
  if (a->renewal_on - sim->end_day > (PoDay) lead.max)
    a->forecast = score >= 70 && po_demo_chance (rand, 0.5) ? PO_FORECAST_LIKELY
                  : score < 45 ? PO_FORECAST_AT_RISK : PO_FORECAST_UNKNOWN;
  else if (score >= 75)
    a->forecast = po_demo_chance (rand, 0.7) ? PO_FORECAST_COMMIT : PO_FORECAST_LIKELY;
  else if (score >= 50)
    a->forecast = po_demo_chance (rand, 0.8) ? PO_FORECAST_LIKELY : PO_FORECAST_AT_RISK;
  else
    a->forecast = PO_FORECAST_AT_RISK;
}

static void
add_task (PoDemoAccount *a,
          const char    *title,
          const char    *origin,
          int            step,
          PoDay          created_on,
          PoDay          due_on,
          PoDay          done_on,
          PoTaskStatus   status)
{
  PoDemoTask t = { title, due_on, created_on, done_on, status, origin, step };

  g_array_append_val (a->tasks, t);
}

/* The playbook of @rule as tasks created on @created_on. Once the
 * situation is resolved (@resolved_on, PO_DEMO_INF if not yet) all its
 * tasks are done; until then those due a while ago are. */
static void
add_playbook (PoDemoSim     *sim,
              PoDemoAccount *a,
              const char    *rule,
              PoDay          created_on,
              PoDay          resolved_on)
{
  const PoBuiltinSignalRule *r = po_builtin_signal_rule (rule);

  for (guint i = 0; r != NULL && i < r->n_playbook; i++)
    {
      g_autofree char *key = g_strdup_printf ("%s:%u", rule, i);
      const char *title = g_hash_table_lookup (sim->playbooks, key);
      PoDay due = created_on + (PoDay) r->playbook[i].due_offset_days;
      PoDay done = due - 1 + (PoDay) po_demo_range (sim->rand, 0, 5);

      if (title == NULL)
        title = r->playbook[i].title;
      done = MAX (done, created_on);
      if (resolved_on <= sim->end_day)
        add_task (a, title, rule, (int) i, created_on, due, MIN (done, resolved_on), PO_TASK_DONE);
      else if (done + 2 <= sim->end_day)
        add_task (a, title, rule, (int) i, created_on, due, done, PO_TASK_DONE);
      else
        add_task (a, title, rule, (int) i, created_on, due, PO_DAY_NONE, PO_TASK_OPEN);
    }
}

static PoDemoPhase
main_track_phase (PoDemoAccount *a)
{
  const PoDemoTrack *t;

  if (a->tracks->len == 0)
    return PO_DEMO_ONBOARDING;
  t = &g_array_index (a->tracks, PoDemoTrack, 0);
  return g_array_index (t->transitions, PoDemoTransition, t->transitions->len - 1).phase;
}

static void
plan_tasks (PoDemoSim     *sim,
            PoDemoAccount *a)
{
  GRand *rand = sim->rand;
  gboolean active = a->lives[a->n_lives - 1].end == PO_DAY_NONE;
  PoDay never = PO_DEMO_INF;
  PoDay champion_left = g_array_index (a->contacts, PoDemoContact, 0).left_on;

  for (guint i = 0; i < a->failures->len; i++)
    {
      const PoDemoFailure *f = &g_array_index (a->failures, PoDemoFailure, i);
      PoDay resolved = f->recovered_on != PO_DAY_NONE ? f->recovered_on
                       : a->churn_on != PO_DAY_NONE && f->on < a->churn_on ? a->churn_on : never;

      add_playbook (sim, a, "payment_failed", f->on, resolved);
    }
  if (champion_left != PO_DAY_NONE)
    add_playbook (sim, a, "champion_left", champion_left + 1,
                  a->churn_on != PO_DAY_NONE && champion_left < a->churn_on
                  ? MIN (a->churn_on, champion_left + 30) : champion_left + 30);

  /* QBRs are prepared two weeks ahead. */
  for (guint i = 0; i < a->touchpoints->len; i++)
    {
      const PoDemoTouchpoint *t = &g_array_index (a->touchpoints, PoDemoTouchpoint, i);

      if (t->kind == PO_TOUCHPOINT_QBR)
        add_task (a, "QBR vorbereiten", "manual", 0, t->on - 14, t->on - 2,
                  t->on - (PoDay) po_demo_range (rand, 2, 6), PO_TASK_DONE);
    }

  if (!active)
    return;
  if (a->score >= 0 && a->score < 40)
    add_playbook (sim, a, "health_red", sim->end_day - (PoDay) po_demo_range (rand, 0, 10), never);
  if (a->stall_onboarding && main_track_phase (a) == PO_DEMO_ONBOARDING)
    add_playbook (sim, a, "onboarding_stalled", sim->end_day - (PoDay) po_demo_range (rand, 0, 7), never);
  for (guint i = 0; i < a->events->len; i++)
    {
      const PoDemoEvent *e = &g_array_index (a->events, PoDemoEvent, i);

      if (e->kind == PO_DEMO_EVENT_RENEWAL && a->forecast != PO_FORECAST_COMMIT)
        add_playbook (sim, a, "renewal_window", e->on, never);
    }
  if (a->touch == PO_TOUCH_HIGH)
    {
      PoDay due = sim->end_day + (PoDay) po_demo_range (rand, 7, 60);

      add_task (a, "QBR vorbereiten", "manual", 0, due - 14, due, PO_DAY_NONE, PO_TASK_OPEN);
    }
  else if (a->touch == PO_TOUCH_LOW && po_demo_chance (rand, 0.3))
    add_task (a, "Nutzungsreview planen", "manual", 0, sim->end_day - (PoDay) po_demo_range (rand, 0, 20),
              sim->end_day + (PoDay) po_demo_range (rand, 5, 30), PO_DAY_NONE, PO_TASK_OPEN);
  if (main_track_phase (a) == PO_DEMO_ADVOCACY && po_demo_chance (rand, 0.4))
    add_task (a, "Case Study anfragen", "manual", 0, sim->end_day - (PoDay) po_demo_range (rand, 10, 60),
              sim->end_day + (PoDay) po_demo_range (rand, 14, 45), PO_DAY_NONE, PO_TASK_SNOOZED);
}

static void
add_plan_step (PoDemoAccount *a,
               PoPlanAction   action,
               const char    *item,
               int            from_month,
               int            to_month,
               double         probability,
               const char    *trigger)
{
  PoDemoPlanStep s = { action, item, from_month, MAX (from_month, to_month),
                       CLAMP (probability, 0.05, 0.95), trigger };

  g_array_append_val (a->plan, s);
}

/* The rest of the ladder for a third of the active accounts. */
static void
plan_expansion (PoDemoSim     *sim,
                PoDemoAccount *a)
{
  static const char * const next_tier[] = { "manager", "executive", "board", "group" };
  static const char * const triggers[] = {
    "Zweite Gesellschaft geplant", "Controlling wächst, neue Rollen",
    "Aufsichtsrat verlangt Board-Reporting", "Holding-Struktur mit mehreren Entities",
  };
  GRand *rand = sim->rand;
  int age, tier = 0;
  double p;
  gboolean has_forecast = FALSE;

  if (a->lives[a->n_lives - 1].end != PO_DAY_NONE || !po_demo_chance (rand, 0.35))
    return;
  age = po_month_of_day (sim->end_day) - po_month_of_day (a->signed_on);
  for (guint i = 0; i < a->lines->len; i++)
    {
      const PoDemoLine *l = &g_array_index (a->lines, PoDemoLine, i);
      static const char * const ladder[] = { "operator", "manager", "executive", "board", "group" };

      if (l->start_on > sim->end_day || (l->end_on != PO_DAY_NONE && l->end_on <= sim->end_day))
        continue;
      has_forecast |= g_str_equal (l->item, "forecast");
      for (int r = 0; r < (int) G_N_ELEMENTS (ladder); r++)
        if (g_str_equal (l->item, ladder[r]))
          tier = r;
    }
  p = (a->score < 0 ? 60 : a->score) / 100.0 * 0.8;
  if (tier < 4)
    add_plan_step (a, PO_ACTION_UPGRADE, next_tier[tier], age + 1, age + po_demo_range (rand, 6, 12),
                   p, triggers[tier]);
  if (tier >= 1 && po_demo_chance (rand, 0.6))
    add_plan_step (a, PO_ACTION_ADD, "entity", age, age + po_demo_range (rand, 3, 9), 0.4,
                   "Neue Tochtergesellschaft");
  if (tier >= 2 && !has_forecast)
    add_plan_step (a, PO_ACTION_ADD, "forecast", age, age + 6, 0.5,
                   "Budgetplanung für das nächste Jahr");
  if (tier >= 2 && a->fate == PO_DEMO_FATE_GROWER && po_demo_chance (rand, 0.3))
    add_plan_step (a, PO_ACTION_ADD, "advisory", age + 3, age + 18, 0.25,
                   "Wunsch nach Begleitung der Geschäftsführung");
}

void
_po_demo_plan_followups (PoDemoSim     *sim,
                         PoDemoAccount *a)
{
  choose_churn_reason (sim, a);
  choose_forecast (sim, a);
  plan_tasks (sim, a);
  plan_expansion (sim, a);
}
