/* po-demo-story.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The story of one demo account: whether and how it churns (and comes
 * back), its subscription lines along seed 000's tier ladder, contacts,
 * and the tracks that walk through the post-sale phases with the segment
 * timings of seed 001, pushed back by champions leaving, budget cuts,
 * product releases and reorganisations.
 */

#define G_LOG_DOMAIN "po-demo"

#include "config.h"

#include "po-demo-private.h"

typedef struct
{
  const char *code;
  gint64      mrr_cents;
} Item;

/* Seed 000's ladder (the built-in catalog's prices). */
static const Item tiers[] = {
  { "operator", 29900 }, { "manager", 99900 }, { "executive", 249900 },
  { "board", 499900 }, { "group", 1249900 },
};
static const Item addon_entity = { "entity", 19900 };
static const Item addon_forecast = { "forecast", 49000 };
static const Item addon_advisory = { "advisory", 99000 };

/* Chance of taking the next step of the ladder (to manager, executive,
 * board, group), per segment, and the window in months since signing. */
static const double ladder_chance[PO_N_SEGMENTS][4] = {
  { 0.90, 0.65, 0.35, 0.30 },
  { 0.65, 0.40, 0.10, 0.05 },
  { 0.40, 0.12, 0.03, 0.00 },
  { 0.30, 0.06, 0.00, 0.00 },
};
static const PoRange ladder_months[4] = { { 6, 12 }, { 12, 24 }, { 24, 48 }, { 36, 60 } };
/* Product-led accounts expand continuously (seed 001). */
static const PoRange ladder_months_plg[4] = { { 2, 8 }, { 8, 20 }, { 20, 40 }, { 36, 60 } };

/* Monthly churn hazard per segment (annual 6 %, 10 %, 16 %, 24 %). */
static const double churn_hazard[PO_N_SEGMENTS] = { 0.0051, 0.0087, 0.0144, 0.0226 };
static const double champion_leaves[PO_N_SEGMENTS] = { 0.25, 0.20, 0.10, 0.05 };

static const char * const phase_codes[] = {
  "onboarding", "adoption", "retention", "expansion", "renewal", "advocacy",
};

const char *
_po_demo_phase_code (PoDemoPhase phase)
{
  return phase_codes[phase];
}

PoDemoAccount *
_po_demo_account_new (void)
{
  PoDemoAccount *a = g_new0 (PoDemoAccount, 1);

  a->strings = g_string_chunk_new (1024);
  a->lines = g_array_new (FALSE, FALSE, sizeof (PoDemoLine));
  a->entities = g_array_new (FALSE, FALSE, sizeof (PoDemoEntity));
  a->contacts = g_array_new (FALSE, FALSE, sizeof (PoDemoContact));
  a->tracks = g_array_new (FALSE, FALSE, sizeof (PoDemoTrack));
  a->events = g_array_new (FALSE, FALSE, sizeof (PoDemoEvent));
  a->failures = g_array_new (FALSE, FALSE, sizeof (PoDemoFailure));
  a->spikes = g_array_new (FALSE, FALSE, sizeof (PoDay));
  a->weeks = g_array_new (FALSE, FALSE, sizeof (PoDemoWeek));
  a->touchpoints = g_array_new (FALSE, FALSE, sizeof (PoDemoTouchpoint));
  a->nps = g_array_new (FALSE, FALSE, sizeof (PoDemoNps));
  a->billing = g_array_new (FALSE, FALSE, sizeof (PoDemoBilling));
  a->tasks = g_array_new (FALSE, FALSE, sizeof (PoDemoTask));
  a->plan = g_array_new (FALSE, FALSE, sizeof (PoDemoPlanStep));
  return a;
}

static void
clear_tracks (PoDemoAccount *a)
{
  for (guint i = 0; i < a->tracks->len; i++)
    {
      PoDemoTrack *t = &g_array_index (a->tracks, PoDemoTrack, i);

      g_array_unref (t->transitions);
      g_array_unref (t->criteria);
    }
  g_array_set_size (a->tracks, 0);
}

/* Empties @a for the next account, keeping its allocations. */
void
_po_demo_account_reset (PoDemoAccount *a)
{
  GStringChunk *strings = a->strings;
  GArray *arrays[] = { a->lines, a->entities, a->contacts, a->tracks, a->events, a->failures,
                       a->spikes, a->weeks, a->touchpoints, a->nps, a->billing, a->tasks,
                       a->plan };

  clear_tracks (a);
  for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
    g_array_set_size (arrays[i], 0);
  g_string_chunk_clear (strings);

  /* Everything but the arrays back to zero. */
  a->key = a->name = a->base_name = a->industry = a->owner = NULL;
  a->segment = PO_SEGMENT_SMB;
  a->touch = PO_TOUCH_TECH;
  a->signed_on = a->renewal_on = a->churn_on = a->decline_from = a->decline_until = PO_DAY_NONE;
  a->pending_failure = FALSE;
  a->forecast = PO_FORECAST_UNKNOWN;
  a->score = -1;
  a->n_lives = 0;
  a->fate = PO_DEMO_FATE_STEADY;
  a->churn_category = PO_CHURN_AVOIDABLE;
  a->churn_reason = a->churn_note = NULL;
  a->reactivate = a->stall_onboarding = a->silent = a->open_failure = FALSE;
  a->quality = 0;
}

void
_po_demo_account_free (PoDemoAccount *a)
{
  if (a == NULL)
    return;
  clear_tracks (a);
  g_array_unref (a->lines);
  g_array_unref (a->entities);
  g_array_unref (a->contacts);
  g_array_unref (a->tracks);
  g_array_unref (a->events);
  g_array_unref (a->failures);
  g_array_unref (a->spikes);
  g_array_unref (a->weeks);
  g_array_unref (a->touchpoints);
  g_array_unref (a->nps);
  g_array_unref (a->billing);
  g_array_unref (a->tasks);
  g_array_unref (a->plan);
  g_string_chunk_free (a->strings);
  g_free (a);
}

/* The last day with data of @life, plus one. */
PoDay
_po_demo_life_end (PoDemoSim        *sim,
                   const PoDemoLife *life)
{
  if (life->end == PO_DAY_NONE || life->end > sim->end_day)
    return sim->end_day + 1;
  return life->end;
}

gint64
_po_demo_mrr_on (PoDemoAccount *a,
                 PoDay          day)
{
  gint64 mrr = 0;

  for (guint i = 0; i < a->lines->len; i++)
    {
      const PoDemoLine *l = &g_array_index (a->lines, PoDemoLine, i);

      if (l->start_on <= day && (l->end_on == PO_DAY_NONE || l->end_on > day))
        mrr += l->mrr_cents;
    }
  return mrr;
}

gboolean
_po_demo_active_on (PoDemoAccount *a,
                    PoDay          day)
{
  for (guint i = 0; i < a->n_lives; i++)
    if (a->lives[i].start <= day && (a->lives[i].end == PO_DAY_NONE || a->lives[i].end > day))
      return TRUE;
  return FALSE;
}

static void
add_event (PoDemoAccount   *a,
           PoDay            on,
           PoDemoEventKind  kind)
{
  PoDemoEvent e = { on, kind };

  g_array_append_val (a->events, e);
}

static int
compare_events (gconstpointer pa,
                gconstpointer pb)
{
  const PoDemoEvent *a = pa, *b = pb;

  if (a->on != b->on)
    return a->on < b->on ? -1 : 1;
  return (int) a->kind - (int) b->kind;
}

static guint
open_line (PoDemoAccount *a,
           const Item    *item,
           PoDay          start,
           int            entity)
{
  PoDemoLine l = { item->code, item->mrr_cents, start, PO_DAY_NONE, entity };

  g_array_append_val (a->lines, l);
  return a->lines->len - 1;
}

static void
close_line (PoDemoAccount *a,
            guint          index,
            PoDay          day)
{
  PoDemoLine *l = &g_array_index (a->lines, PoDemoLine, index);

  if (l->end_on == PO_DAY_NONE && day >= l->start_on)
    l->end_on = day;
}

/* An add-on line for a new legal entity, from @day. */
static void
add_entity_line (PoDemoSim     *sim,
                 PoDemoAccount *a,
                 PoDay          day)
{
  guint before = a->entities->len;

  _po_demo_add_entity (sim, a);
  if (a->entities->len > before)
    open_line (a, &addon_entity, day, (int) before);
}

static PoDay
months_after (GRand *rand,
              PoDay  day,
              int    months)
{
  return po_day_add_months (day, months) + (PoDay) po_demo_range (rand, 0, 27);
}

/* Whether, when and how the account leaves, and whether it comes back. */
static void
plan_lives (PoDemoSim     *sim,
            PoDemoAccount *a,
            int            cast)
{
  GRand *rand = sim->rand;
  double hazard = churn_hazard[a->segment] * (1.6 - a->quality / 100.0);
  double u;

  a->lives[0].start = a->signed_on;
  a->lives[0].end = PO_DAY_NONE;
  a->n_lives = 1;

  if (cast == PO_DEMO_CAST_NONE)
    {
      for (int m = 3; po_day_add_months (a->signed_on, m) < sim->end_day + 120; m++)
        if (po_demo_chance (rand, hazard))
          {
            a->churn_on = months_after (rand, a->signed_on, m);
            break;
          }
    }
  else if (cast != PO_DEMO_CAST_CHAMPION && cast != PO_DEMO_CAST_SKIP)
    {
      /* Somewhere in the first half of what remains of the window. */
      PoDay earliest = a->signed_on + 150;
      PoDay latest = earliest + (sim->end_day - earliest) / 2;

      a->churn_on = (PoDay) po_demo_range (rand, (int) earliest, (int) latest);
    }
  u = g_rand_double (rand);
  a->churn_category = u < 0.25 ? PO_CHURN_UNINTENTIONAL
                      : u < 0.75 ? PO_CHURN_AVOIDABLE : PO_CHURN_STRUCTURAL;

  /* Leaving after the end day: still a customer, but on the way out
   * (falling health or a payment that keeps failing). */
  if (a->churn_on != PO_DAY_NONE && a->churn_on > sim->end_day)
    {
      PoDay warning = (PoDay) po_demo_range (rand, 56, 140);

      if (a->churn_category == PO_CHURN_AVOIDABLE && a->churn_on - warning <= sim->end_day)
        {
          a->decline_from = MAX (a->signed_on + 30, a->churn_on - warning);
          a->decline_until = a->churn_on;
        }
      a->pending_failure = a->churn_category == PO_CHURN_UNINTENTIONAL && a->churn_on < sim->end_day + 45;
      a->churn_on = PO_DAY_NONE;
    }
  if (a->churn_on == PO_DAY_NONE)
    {
      a->fate = a->quality > 70 && a->decline_from == PO_DAY_NONE && po_demo_chance (rand, 0.55)
                ? PO_DEMO_FATE_GROWER : PO_DEMO_FATE_STEADY;
      return;
    }

  a->fate = PO_DEMO_FATE_CHURN;
  a->lives[0].end = a->churn_on;
  switch (cast)
    {
    case PO_DEMO_CAST_AVOIDABLE: a->churn_category = PO_CHURN_AVOIDABLE; break;
    case PO_DEMO_CAST_UNINTENTIONAL: a->churn_category = PO_CHURN_UNINTENTIONAL; break;
    case PO_DEMO_CAST_STRUCTURAL: a->churn_category = PO_CHURN_STRUCTURAL; break;
    case PO_DEMO_CAST_REACTIVATION: a->churn_category = PO_CHURN_UNINTENTIONAL; break;
    default: break;
    }

  if (a->churn_category == PO_CHURN_AVOIDABLE)
    {
      PoDay warning = (PoDay) po_demo_range (rand, 56, 140);

      a->decline_from = MAX (a->signed_on + 30, a->churn_on - warning);
      a->decline_until = a->churn_on;
    }

  /* Some come back: mostly those who left for billing or structural
   * reasons, rarely the disappointed. */
  a->reactivate = cast == PO_DEMO_CAST_REACTIVATION ||
                  (cast == PO_DEMO_CAST_NONE &&
                   po_demo_chance (rand, a->churn_category == PO_CHURN_AVOIDABLE ? 0.05 : 0.25));
  if (a->reactivate && a->churn_on + 60 + 45 < sim->end_day)
    {
      int gap_max = MIN (270, (int) (sim->end_day - 45 - a->churn_on));

      a->lives[1].start = a->churn_on + (PoDay) po_demo_range (rand, 60, gap_max);
      a->lives[1].end = PO_DAY_NONE;
      a->n_lives = 2;
    }
  else
    a->reactivate = FALSE;
}

static int
start_tier (GRand     *rand,
            PoSegment  segment)
{
  double u = g_rand_double (rand);

  switch (segment)
    {
    case PO_SEGMENT_ENTERPRISE:
      return u < 0.45 ? 1 : u < 0.9 ? 2 : 3;
    case PO_SEGMENT_MID_MARKET:
      return u < 0.4 ? 0 : 1;
    case PO_SEGMENT_SMB:
    case PO_SEGMENT_PRODUCT_LED:
    case PO_N_SEGMENTS:
    default:
      return 0;
    }
}

/* Subscription lines: the ladder of seed 000 (Operator → Manager plus an
 * entity after 6–12 months → Executive plus forecast & board logic after
 * 12–24 → Board/Group later), contractions, churn and the return. An
 * upgrade ends the old tier's line on the day the new one starts (ends
 * are exclusive), so two tiers never overlap. */
static void
plan_lines (PoDemoSim     *sim,
            PoDemoAccount *a)
{
  GRand *rand = sim->rand;
  const PoRange *windows = a->segment == PO_SEGMENT_PRODUCT_LED ? ladder_months_plg : ladder_months;
  double boost = a->fate == PO_DEMO_FATE_GROWER ? 1.5 : a->fate == PO_DEMO_FATE_STEADY ? 0.7 : 0.5;
  PoDay limit = _po_demo_life_end (sim, &a->lives[0]);
  PoDay grow_until = limit;
  PoDay last;
  int tier = start_tier (rand, a->segment);
  guint line;

  if (a->decline_from != PO_DAY_NONE)
    grow_until = MIN (grow_until, a->decline_from);

  _po_demo_add_entity (sim, a);
  line = open_line (a, &tiers[tier], a->signed_on, -1);
  last = a->signed_on;

  for (int target = tier + 1; target < (int) G_N_ELEMENTS (tiers); target++)
    {
      const PoRange *w = &windows[target - 1];
      PoDay day = months_after (rand, a->signed_on, po_demo_range (rand, w->min, w->max));

      if (day < last + 90)
        day = last + (PoDay) po_demo_range (rand, 90, 180);
      if (day >= grow_until || !po_demo_chance (rand, MIN (0.95, ladder_chance[a->segment][target - 1] * boost)))
        break;
      close_line (a, line, day);
      line = open_line (a, &tiers[target], day, -1);
      tier = target;
      last = day;
      add_event (a, day, PO_DEMO_EVENT_UPGRADE);

      if (target == 1 && po_demo_chance (rand, 0.6))
        {
          PoDay e = day + (PoDay) po_demo_range (rand, 0, 45);

          if (e < grow_until)
            add_entity_line (sim, a, e);
        }
      if (target == 2 && po_demo_chance (rand, 0.7))
        open_line (a, &addon_forecast, day, -1);
    }

  /* More entities for the larger ones, the advisory layer for growers. */
  if ((a->segment == PO_SEGMENT_ENTERPRISE && po_demo_chance (rand, 0.35)) ||
      (a->segment == PO_SEGMENT_MID_MARKET && po_demo_chance (rand, 0.15)))
    {
      PoDay day = months_after (rand, a->signed_on, po_demo_range (rand, 12, 30));

      if (day < grow_until)
        {
          add_entity_line (sim, a, day);
          add_event (a, day, PO_DEMO_EVENT_UPGRADE);
        }
    }
  if (a->segment <= PO_SEGMENT_MID_MARKET && a->fate == PO_DEMO_FATE_GROWER &&
      po_demo_chance (rand, 0.3))
    {
      PoDay day = months_after (rand, a->signed_on, po_demo_range (rand, 18, 36));

      if (day < grow_until)
        open_line (a, &addon_advisory, day, -1);
    }

  /* Contractions: a downgrade after a budget cut, or an entity given up. */
  if (tier >= 2 && po_demo_chance (rand, 0.12))
    {
      PoDay day = last + (PoDay) po_demo_range (rand, 180, 540);

      if (day < limit)
        {
          close_line (a, line, day);
          line = open_line (a, &tiers[tier - 1], day, -1);
          add_event (a, day, PO_DEMO_EVENT_BUDGET_CUT);
        }
    }
  else if (po_demo_chance (rand, 0.15))
    for (guint i = 0; i < a->lines->len; i++)
      {
        PoDemoLine *l = &g_array_index (a->lines, PoDemoLine, i);
        PoDay day = l->start_on + (PoDay) po_demo_range (rand, 180, 720);

        if (l->entity < 0 || l->end_on != PO_DAY_NONE || day >= limit)
          continue;
        l->end_on = day;
        if (po_demo_chance (rand, 0.5))
          add_event (a, day, PO_DEMO_EVENT_BUDGET_CUT);
        break;
      }

  /* Nothing starts after grow_until or limit, so all ends before churn. */
  if (a->churn_on != PO_DAY_NONE)
    for (guint i = 0; i < a->lines->len; i++)
      close_line (a, i, a->churn_on);

  /* Back on the starting tier, or one above it for a former upgrader. */
  if (a->n_lives == 2)
    open_line (a, &tiers[tier >= 1 && po_demo_chance (rand, 0.5) ? 1 : 0], a->lives[1].start, -1);
}

static void
add_contact (PoDemoSim     *sim,
             PoDemoAccount *a,
             PoContactRole  role,
             PoDay          joined_on)
{
  char key[16];
  PoDemoContact c;

  g_snprintf (key, sizeof key, "c%u", a->contacts->len + 1);
  c.key = g_string_chunk_insert (a->strings, key);
  c.name = _po_demo_person_name (sim, a);
  c.role = role;
  c.joined_on = joined_on;
  c.left_on = PO_DAY_NONE;
  g_array_append_val (a->contacts, c);
}

/* Champion, executive sponsor, users and billing; some champions leave
 * and a successor takes over, which pushes the journey back. */
static void
plan_contacts (PoDemoSim     *sim,
               PoDemoAccount *a,
               int            cast)
{
  GRand *rand = sim->rand;
  PoDay limit = _po_demo_life_end (sim, &a->lives[0]);
  int users = a->segment == PO_SEGMENT_ENTERPRISE ? po_demo_range (rand, 2, 3)
              : a->segment == PO_SEGMENT_PRODUCT_LED ? 1 : po_demo_range (rand, 1, 2);

  add_contact (sim, a, PO_ROLE_CHAMPION, a->signed_on);
  if (a->segment != PO_SEGMENT_PRODUCT_LED || po_demo_chance (rand, 0.3))
    add_contact (sim, a, PO_ROLE_EXECUTIVE, a->signed_on);
  for (int i = 0; i < users; i++)
    add_contact (sim, a, PO_ROLE_USER, a->signed_on + (PoDay) po_demo_range (rand, 0, 60));
  add_contact (sim, a, PO_ROLE_BILLING, a->signed_on);

  if (cast == PO_DEMO_CAST_CHAMPION || po_demo_chance (rand, champion_leaves[a->segment]))
    {
      int earliest = (int) a->signed_on + (cast == PO_DEMO_CAST_CHAMPION ? 365 : 180);
      int latest = (int) MIN (limit - 30, sim->end_day - 5);
      PoDay left;

      if (latest <= earliest)
        return;
      left = (PoDay) po_demo_range (rand, earliest, latest);
      g_array_index (a->contacts, PoDemoContact, 0).left_on = left;
      add_event (a, left + (PoDay) po_demo_range (rand, 0, 14), PO_DEMO_EVENT_CHAMPION_LEFT);
      if (left + 45 <= sim->end_day)
        add_contact (sim, a, PO_ROLE_CHAMPION, left + (PoDay) po_demo_range (rand, 7, 45));
    }
}

static void
plan_disruptions (PoDemoSim     *sim,
                  PoDemoAccount *a)
{
  GRand *rand = sim->rand;
  PoDay limit = _po_demo_life_end (sim, &a->lives[0]);

  for (guint i = 0; i < sim->n_releases; i++)
    if (sim->releases[i] > a->signed_on + 180 && sim->releases[i] < limit &&
        po_demo_chance (rand, 0.12))
      add_event (a, sim->releases[i] + (PoDay) po_demo_range (rand, 7, 40), PO_DEMO_EVENT_RELEASE);

  if (po_demo_chance (rand, 0.03) && limit > a->signed_on + 240)
    add_event (a, (PoDay) po_demo_range (rand, (int) a->signed_on + 120, (int) limit - 1),
               PO_DEMO_EVENT_REORGANISATION);
}

/* Renewal: annually from the start of the current life. The renewal
 * phase opens the segment's lead time before it. */
static void
plan_renewal (PoDemoSim     *sim,
              PoDemoAccount *a)
{
  const PoDemoLife *life = &a->lives[a->n_lives - 1];
  PoRange lead = po_segment_renewal_lead_days (a->segment);
  PoDay opens;
  int years = 1;

  if (life->end != PO_DAY_NONE)
    return;
  while ((a->renewal_on = po_day_add_months (life->start, 12 * years)) <= sim->end_day)
    years++;
  opens = a->renewal_on - (PoDay) po_demo_range (sim->rand, lead.min, lead.max);
  if (opens <= sim->end_day && opens > life->start + 30)
    add_event (a, opens, PO_DEMO_EVENT_RENEWAL);
}

void
_po_demo_plan_story (PoDemoSim     *sim,
                     PoDemoAccount *a,
                     int            cast)
{
  GRand *rand = sim->rand;

  a->touch = po_touch_default_for_segment (a->segment);
  /* A few mid-market accounts are strategic enough for high touch. */
  if (a->segment == PO_SEGMENT_MID_MARKET && po_demo_chance (rand, 0.1))
    a->touch = PO_TOUCH_HIGH;
  a->owner = _po_demo_owner (sim, a->segment);
  _po_demo_company_name (sim, a);
  a->quality = 72.0 + 9.0 * po_demo_normal (rand);
  a->quality = CLAMP (a->quality, 45.0, 93.0);
  a->stall_onboarding = po_demo_chance (rand, 0.08);

  plan_lives (sim, a, cast);
  plan_lines (sim, a);
  plan_contacts (sim, a, cast);
  plan_disruptions (sim, a);
  plan_renewal (sim, a);
  g_array_sort (a->events, compare_events);

  _po_demo_plan_tracks (sim, a, cast);
}
