/* po-demo-activity.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a demo account's story leaves behind week by week: monthly
 * invoices with failed payments, dunning and recoveries; weekly health
 * samples of all six components whose trends follow the story (usage
 * falls for weeks before an avoidable churn, billing drops with failed
 * payments, support dips around ticket spikes, growth rises after
 * upgrades); NPS responses about quarterly with scores matching health;
 * touchpoints by touch model.
 */

#define G_LOG_DOMAIN "po-demo"

#include "config.h"

#include "po-demo-private.h"

/* DESIGN.md §4's default weights, in PoHealthComponent order. */
static const int default_weights[PO_N_COMPONENTS] = { 30, 15, 15, 15, 15, 10 };

static void
add_billing (PoDemoAccount *a,
             PoDay          on,
             PoBillingKind  kind,
             gint64         amount)
{
  PoDemoBilling b = { on, kind, amount, a->billing->len };

  g_array_append_val (a->billing, b);
}

static int
compare_billing (gconstpointer pa,
                 gconstpointer pb)
{
  const PoDemoBilling *a = pa, *b = pb;

  if (a->on != b->on)
    return a->on < b->on ? -1 : 1;
  return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* A failed payment on @on: dunning steps every week until it is
 * recovered (or the account leaves). */
static void
add_failure (PoDemoSim     *sim,
             PoDemoAccount *a,
             PoDay          on,
             PoDay          recovered_on,
             PoDay          stop,
             gint64         amount)
{
  PoDemoFailure f = { on, recovered_on, 0 };
  PoDay until = recovered_on != PO_DAY_NONE ? recovered_on : stop;

  add_billing (a, on, PO_BILLING_PAYMENT_FAILED, amount);
  for (PoDay d = on + 7; d < until && d <= sim->end_day && f.steps < 3; d += 7)
    {
      f.steps++;
      add_billing (a, d, PO_BILLING_DUNNING_STEP, amount);
    }
  if (recovered_on != PO_DAY_NONE && recovered_on <= sim->end_day)
    add_billing (a, recovered_on, PO_BILLING_PAYMENT_RECOVERED, amount);
  g_array_append_val (a->failures, f);
}

static void
simulate_billing (PoDemoSim     *sim,
                  PoDemoAccount *a)
{
  GRand *rand = sim->rand;

  for (guint li = 0; li < a->n_lives; li++)
    {
      const PoDemoLife *life = &a->lives[li];
      PoDay stop = _po_demo_life_end (sim, life);
      gboolean final_failure = li == 0 && a->churn_on != PO_DAY_NONE &&
                               a->churn_category == PO_CHURN_UNINTENTIONAL;
      double fail_rate = final_failure ? 0.06 : 0.02;

      for (int k = 0;; k++)
        {
          PoDay on = po_day_add_months (life->start, k);
          PoDay next = po_day_add_months (life->start, k + 1);
          gint64 mrr;

          if (on >= stop)
            break;
          mrr = _po_demo_mrr_on (a, on);
          if (mrr == 0)
            continue;
          /* Unintentional churn: the last invoice fails for good. */
          if (final_failure && next + 20 >= a->churn_on)
            {
              add_failure (sim, a, on, PO_DAY_NONE, stop, mrr);
              break;
            }
          /* An open failure right now, for the payment_failed signal. */
          if (li == a->n_lives - 1 && life->end == PO_DAY_NONE && next > sim->end_day &&
              on + 3 <= sim->end_day && (a->pending_failure || po_demo_chance (rand, 0.03)))
            {
              a->open_failure = TRUE;
              add_failure (sim, a, on, PO_DAY_NONE, stop, mrr);
              break;
            }
          if (po_demo_chance (rand, fail_rate))
            add_failure (sim, a, on, on + (PoDay) po_demo_range (rand, 2, 20), stop, mrr);
          else
            add_billing (a, on, PO_BILLING_INVOICE_PAID, mrr);
        }
    }
  g_array_sort (a->billing, compare_billing);
}

/* Monday on or after @day (Julian day 1, 0001-01-01, was a Monday). */
static PoDay
monday_from (PoDay day)
{
  return day + (7 - (day - 1) % 7) % 7;
}

static int
tier_rank (PoDemoAccount *a,
           PoDay          day)
{
  static const char * const ladder[] = { "operator", "manager", "executive", "board", "group" };

  for (guint i = 0; i < a->lines->len; i++)
    {
      const PoDemoLine *l = &g_array_index (a->lines, PoDemoLine, i);

      if (l->start_on > day || (l->end_on != PO_DAY_NONE && l->end_on <= day))
        continue;
      for (guint r = 0; r < G_N_ELEMENTS (ladder); r++)
        if (g_str_equal (l->item, ladder[r]))
          return (int) r;
    }
  return 0;
}

/* A weight fading from 1 at @from to 0 @days later, 0 outside. */
static double
fade (PoDay day,
      PoDay from,
      int   days)
{
  if (from == PO_DAY_NONE || day < from || day >= from + (PoDay) days)
    return 0.0;
  return 1.0 - (double) (day - from) / days;
}

static int
pick_respondent (PoDemoSim     *sim,
                 PoDemoAccount *a,
                 PoDay          on)
{
  int candidates[16];
  guint n = 0;

  for (guint i = 0; i < a->contacts->len && n < G_N_ELEMENTS (candidates); i++)
    {
      const PoDemoContact *c = &g_array_index (a->contacts, PoDemoContact, i);

      if (c->role != PO_ROLE_BILLING && c->joined_on <= on &&
          (c->left_on == PO_DAY_NONE || c->left_on > on))
        candidates[n++] = (int) i;
    }
  if (n == 0)
    return -1;
  return candidates[g_rand_int_range (sim->rand, 0, (gint32) n)];
}

static guint8
clamp_value (double v)
{
  return (guint8) CLAMP ((int) (v + 0.5), 0, 100);
}

/* The billing component: low while a payment is overdue, recovering
 * over a month afterwards. */
static double
billing_level (PoDemoAccount *a,
               PoDay          day)
{
  double level = 97.0;

  for (guint i = 0; i < a->failures->len; i++)
    {
      const PoDemoFailure *f = &g_array_index (a->failures, PoDemoFailure, i);

      /* A failure that ended the first life does not haunt the second. */
      if (day < f->on || (a->churn_on != PO_DAY_NONE && f->on < a->churn_on && day >= a->churn_on))
        continue;
      if (f->recovered_on == PO_DAY_NONE || day < f->recovered_on)
        level = MIN (level, 45.0 - 6.0 * ((day - f->on) / 7));
      else
        level = MIN (level, 97.0 - 35.0 * fade (day, f->recovered_on, 35));
    }
  return level;
}

static void
simulate_health (PoDemoSim     *sim,
                 PoDemoAccount *a)
{
  GRand *rand = sim->rand;
  PoRange onboarding = po_segment_onboarding_days (a->segment);
  PoDay champion_left = a->contacts->len > 0
                        ? g_array_index (a->contacts, PoDemoContact, 0).left_on : PO_DAY_NONE;
  double noise[PO_N_COMPONENTS] = { 0 };
  int last_score = -1;

  for (guint li = 0; li < a->n_lives; li++)
    {
      const PoDemoLife *life = &a->lives[li];
      PoDay stop = _po_demo_life_end (sim, life);
      PoDay next_nps = life->start + (PoDay) po_demo_range (rand, 60, 100);
      double ramp_days = onboarding.max + 60.0;

      /* Ticket spikes: a few a year, more for the less happy. */
      for (PoDay d = life->start + (PoDay) po_demo_range (rand, 30, 200); d < stop;
           d += (PoDay) po_demo_range (rand, 90, a->quality > 75 ? 420 : 240))
        g_array_append_val (a->spikes, d);

      for (PoDay d = monday_from (life->start); d < stop; d += 7)
        {
          double ramp = MIN (1.0, (d - life->start) / ramp_days);
          double decline = 0.0, q = a->quality;
          double v[PO_N_COMPONENTS];
          double boost = 0.0, cut = 0.0, spike = 0.0, champion;
          PoDemoWeek week;

          if (a->decline_from != PO_DAY_NONE && li == 0 && d >= a->decline_from)
            decline = (double) (d - a->decline_from) / (double) (a->decline_until - a->decline_from);
          for (guint i = 0; i < a->events->len; i++)
            {
              const PoDemoEvent *e = &g_array_index (a->events, PoDemoEvent, i);

              if (e->kind == PO_DEMO_EVENT_UPGRADE)
                boost += 20.0 * fade (d, e->on, 182);
              else if (e->kind == PO_DEMO_EVENT_BUDGET_CUT)
                cut += 25.0 * fade (d, e->on, 182);
            }
          for (guint i = 0; i < a->spikes->len; i++)
            spike = MAX (spike, 30.0 * fade (d, g_array_index (a->spikes, PoDay, i), 35));
          champion = fade (d, champion_left, 84);

          v[PO_COMPONENT_USAGE] = 40.0 + (q + 5.0 - 40.0) * ramp - 55.0 * decline - 15.0 * champion;
          v[PO_COMPONENT_SUPPORT] = q + 5.0 - 15.0 * decline - spike;
          v[PO_COMPONENT_GROWTH] = 45.0 + 8.0 * tier_rank (a, d) + boost - cut - 30.0 * decline;
          v[PO_COMPONENT_BILLING] = billing_level (a, d);
          v[PO_COMPONENT_EXECUTIVE] = (a->touch == PO_TOUCH_HIGH ? q + 5.0 : q - 5.0) -
                                      45.0 * decline - 25.0 * champion;
          /* Structural churn comes with little warning: the sponsor goes
           * quiet in the last weeks. */
          if (li == 0 && a->churn_on != PO_DAY_NONE && a->churn_category == PO_CHURN_STRUCTURAL)
            v[PO_COMPONENT_EXECUTIVE] -= 25.0 * (d + 28 >= a->churn_on);

          /* NPS responses about quarterly, from what the customer feels. */
          while (next_nps <= d && next_nps < stop)
            {
              double feel = 0.4 * v[PO_COMPONENT_USAGE] + 0.2 * v[PO_COMPONENT_SUPPORT] +
                            0.2 * v[PO_COMPONENT_EXECUTIVE] + 0.2 * v[PO_COMPONENT_GROWTH];
              PoDemoNps r;

              r.on = next_nps;
              r.contact = pick_respondent (sim, a, next_nps);
              feel = feel / 10.0 + 1.5 + 1.3 * po_demo_normal (rand);
              r.score = feel < 0.0 ? 0 : MIN (10, (int) (feel + 0.5));
              g_array_append_val (a->nps, r);
              next_nps += (PoDay) po_demo_range (rand, 75, 110);
            }
          if (a->nps->len > 0)
            v[PO_COMPONENT_NPS] = 10.0 * g_array_index (a->nps, PoDemoNps, a->nps->len - 1).score;
          else
            v[PO_COMPONENT_NPS] = q;

          week.on = d;
          last_score = 0;
          for (guint c = 0; c < PO_N_COMPONENTS; c++)
            {
              noise[c] = 0.6 * noise[c] + 4.0 * po_demo_normal (rand);
              week.value[c] = clamp_value (v[c] + (c == PO_COMPONENT_NPS ? noise[c] / 3.0 : noise[c]));
              last_score += default_weights[c] * week.value[c];
            }
          g_array_append_val (a->weeks, week);
          /* Round half up of the weighted mean (weights sum to 100). */
          last_score = (last_score + 50) / 100;
        }
    }
  if (a->lives[a->n_lives - 1].end == PO_DAY_NONE)
    a->score = last_score;
}

static void
add_touchpoint (PoDemoSim        *sim,
                PoDemoAccount    *a,
                PoDay             on,
                PoTouchpointKind  kind,
                const char       *note)
{
  PoDemoTouchpoint t = { on, kind, note, a->touchpoints->len };

  if (t.note == NULL)
    t.note = _po_demo_touchpoint_note (sim, a, kind, on);
  g_array_append_val (a->touchpoints, t);
}

/* A touchpoint every @lo–@hi days from @from until @stop. */
static void
add_series (PoDemoSim        *sim,
            PoDemoAccount    *a,
            PoTouchpointKind  kind,
            PoDay             from,
            PoDay             stop,
            int               lo,
            int               hi)
{
  for (PoDay d = from + (PoDay) po_demo_range (sim->rand, 0, lo); d < stop;
       d += (PoDay) po_demo_range (sim->rand, lo, hi))
    {
      /* Before an avoidable churn the conversation thins out. */
      if (a->decline_from != PO_DAY_NONE && d >= a->decline_from && d < a->decline_until &&
          po_demo_chance (sim->rand, 0.6))
        continue;
      add_touchpoint (sim, a, d, kind, NULL);
    }
}

static int
compare_touchpoints (gconstpointer pa,
                     gconstpointer pb)
{
  const PoDemoTouchpoint *a = pa, *b = pb;

  if (a->on != b->on)
    return a->on < b->on ? -1 : 1;
  return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static void
simulate_touchpoints (PoDemoSim     *sim,
                      PoDemoAccount *a)
{
  static const char * const milestones[] = {
    "Verlängerung: Gespräch gestartet", "Verlängerungsangebot gesendet",
    "Verhandlung zur Verlängerung", "Verlängerung unterschrieben",
  };
  static const int milestone_days[] = { 120, 90, 60, 30 };
  GRand *rand = sim->rand;
  PoRange onboarding = po_segment_onboarding_days (a->segment);

  for (guint li = 0; li < a->n_lives; li++)
    {
      const PoDemoLife *life = &a->lives[li];
      PoDay s = life->start;
      PoDay stop = _po_demo_life_end (sim, life);
      PoDay onboarded = MIN (stop, s + (PoDay) onboarding.max);

      switch (a->touch)
        {
        case PO_TOUCH_HIGH:
          add_touchpoint (sim, a, s, PO_TOUCHPOINT_MEETING, "Kickoff");
          add_series (sim, a, PO_TOUCHPOINT_TRAINING, s + 7, onboarded, 14, 30);
          add_series (sim, a, PO_TOUCHPOINT_CALL, s + 10, stop, 14, 28);
          add_series (sim, a, PO_TOUCHPOINT_MEETING, s + 30, stop, 45, 90);
          add_series (sim, a, PO_TOUCHPOINT_EMAIL, s + 5, stop, 20, 40);
          for (PoDay d = s + 90; d < stop; d += (PoDay) po_demo_range (rand, 84, 98))
            add_touchpoint (sim, a, d, PO_TOUCHPOINT_QBR, NULL);
          break;
        case PO_TOUCH_LOW:
          add_touchpoint (sim, a, s, PO_TOUCHPOINT_CALL, "Kickoff");
          add_series (sim, a, PO_TOUCHPOINT_TRAINING, s + 7, onboarded, 20, 40);
          add_series (sim, a, PO_TOUCHPOINT_CALL, s + 20, stop, 30, 60);
          add_series (sim, a, PO_TOUCHPOINT_EMAIL, s + 5, stop, 20, 40);
          add_series (sim, a, PO_TOUCHPOINT_IN_APP, s + 2, stop, 25, 50);
          add_series (sim, a, PO_TOUCHPOINT_MEETING, s + 120, stop, 120, 200);
          break;
        case PO_TOUCH_TECH:
        default:
          add_series (sim, a, PO_TOUCHPOINT_IN_APP, s, stop, 7, 21);
          add_series (sim, a, PO_TOUCHPOINT_EMAIL, s + 1, stop, 14, 35);
          if (po_demo_chance (rand, 0.5) && s + 10 < stop)
            add_touchpoint (sim, a, s + 10, PO_TOUCHPOINT_TRAINING, "Webinar: Erste Schritte");
          break;
        }

      /* Tickets: a few at any time, bunches in the spikes. */
      add_series (sim, a, PO_TOUCHPOINT_TICKET, s + 14, stop, 45, 120);
      for (guint i = 0; i < a->spikes->len; i++)
        {
          PoDay spike = g_array_index (a->spikes, PoDay, i);
          int n = po_demo_range (rand, 2, 4);

          if (spike < s || spike >= stop)
            continue;
          for (int k = 0; k < n; k++)
            {
              PoDay d = spike + (PoDay) po_demo_range (rand, 0, 14);

              if (d < stop)
                add_touchpoint (sim, a, d, PO_TOUCHPOINT_TICKET, NULL);
            }
        }

      /* Enterprise renewal milestones before every anniversary. */
      if (a->segment == PO_SEGMENT_ENTERPRISE)
        for (int y = 1;; y++)
          {
            PoDay anniversary = po_day_add_months (s, 12 * y);

            if (anniversary - 120 >= stop)
              break;
            for (guint m = 0; m < G_N_ELEMENTS (milestones); m++)
              {
                PoDay d = anniversary - (PoDay) milestone_days[m];

                if (d < stop)
                  add_touchpoint (sim, a, d, m % 2 ? PO_TOUCHPOINT_MEETING : PO_TOUCHPOINT_CALL,
                                  milestones[m]);
              }
          }
    }

  /* Silent accounts: nobody has talked to them for weeks. */
  if (a->touch != PO_TOUCH_TECH && a->lives[a->n_lives - 1].end == PO_DAY_NONE &&
      po_demo_chance (rand, 0.08))
    {
      PoDay quiet_from = sim->end_day - (PoDay) po_demo_range (rand, 50, 80);
      guint kept = 0;

      a->silent = TRUE;
      for (guint i = 0; i < a->touchpoints->len; i++)
        {
          const PoDemoTouchpoint *t = &g_array_index (a->touchpoints, PoDemoTouchpoint, i);

          if (t->on < quiet_from)
            g_array_index (a->touchpoints, PoDemoTouchpoint, kept++) = *t;
        }
      g_array_set_size (a->touchpoints, kept);
    }
  g_array_sort (a->touchpoints, compare_touchpoints);
}

void
_po_demo_simulate_activity (PoDemoSim     *sim,
                            PoDemoAccount *a)
{
  simulate_billing (sim, a);
  simulate_health (sim, a);
  simulate_touchpoints (sim, a);
  _po_demo_plan_followups (sim, a);
}
