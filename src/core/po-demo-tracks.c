/* po-demo-tracks.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tracks of a demo account (one per department or entity, overlapping,
 * seed 001) walking through the post-sale phases: the expected durations
 * per segment move them forward (small accounts may skip adoption), the
 * account's events move them to expansion or renewal, or back: "Champion
 * left", "Budget cut", "New product release", a reorganisation or a
 * reactivation restart them. Exit criteria get their completion dates on
 * the way, among them "first business value documented" for time to value.
 */

#define G_LOG_DOMAIN "po-demo"

#include "config.h"

#include "po-demo-private.h"

#define REASON_CHAMPION_LEFT "Champion left"
#define REASON_BUDGET_CUT    "Budget cut"
#define REASON_RELEASE       "New product release"
#define REASON_REORGANISED   "Reorganisation"
#define REASON_REACTIVATED   "Reactivated"

static const double skips_adoption[PO_N_SEGMENTS] = { 0.0, 0.05, 0.25, 0.45 };

typedef struct
{
  PoDemoSim     *sim;
  PoDemoAccount *account;
  PoDemoTrack   *track;
  gboolean       main_track;   /* follows the account's commercial events */
  int            cast;
  PoDemoPhase    phase;
  PoDay          entered;
  PoDay          planned_exit;  /* the next natural move, PO_DEMO_INF if none */
  PoDemoPhase    next_phase;
  PoDay          stop;          /* first day without data */
} Walk;

static const PoBuiltinModel *
post_sale (void)
{
  static const PoBuiltinModel *model;

  if (model == NULL)
    model = po_phase_model_builtin (PO_PHASE_MODEL_POST_SALE);
  return model;
}

static void
add_criterion (Walk        *w,
               guint        index,
               PoDay        done_on)
{
  const PoBuiltinCriterion *c = &post_sale ()->criteria[index];
  PoDemoCriterion criterion;

  if (w->track->done_mask & (1u << index) || done_on > w->sim->end_day || done_on >= w->stop)
    return;
  w->track->done_mask |= 1u << index;
  criterion.phase = PO_DEMO_ONBOARDING;
  for (guint p = 0; p <= PO_DEMO_ADVOCACY; p++)
    if (g_str_equal (_po_demo_phase_code (p), c->phase))
      criterion.phase = p;
  criterion.code = c->code;
  criterion.done_on = done_on;
  g_array_append_val (w->track->criteria, criterion);
}

/* Completion dates of @phase's criteria, spread over its planned stay
 * from @w->entered to @w->planned_exit, up to @until. */
static void
complete_phase (Walk  *w,
                PoDay  until)
{
  GRand *rand = w->sim->rand;
  const PoBuiltinModel *model = post_sale ();
  const char *code = _po_demo_phase_code (w->phase);
  PoDay exit = w->planned_exit == PO_DEMO_INF ? w->entered + 120 : w->planned_exit;
  double span = (double) (exit - w->entered);
  guint n = 0, k = 0;

  if (w->phase != PO_DEMO_ONBOARDING && w->phase != PO_DEMO_ADOPTION)
    return;
  for (guint i = 0; i < model->n_criteria; i++)
    n += g_str_equal (model->criteria[i].phase, code);
  for (guint i = 0; i < model->n_criteria; i++)
    {
      const PoBuiltinCriterion *c = &model->criteria[i];
      double f;
      PoDay on;

      if (!g_str_equal (c->phase, code))
        continue;
      k++;
      /* Value shows before the customer confirms the go-live, which is
       * the last step (the exit). */
      if (g_str_equal (c->code, PO_CRITERION_FIRST_VALUE))
        f = 0.7 + 0.25 * g_rand_double (rand);
      else if (k == n)
        f = 1.0;
      else
        f = (double) k / (double) (n + 1) + 0.1 * (g_rand_double (rand) - 0.5);
      on = w->entered + (PoDay) (span * f + 0.5);
      if (on <= until)
        add_criterion (w, i, on);
    }
}

static guint
criterion_index (const char *code)
{
  const PoBuiltinModel *model = post_sale ();

  for (guint i = 0; i < model->n_criteria; i++)
    if (g_str_equal (model->criteria[i].code, code))
      return i;
  g_assert_not_reached ();
  return 0;
}

/* Schedules the natural move out of the phase just entered. */
static void
plan_exit (Walk *w)
{
  PoDemoSim *sim = w->sim;
  PoDemoAccount *a = w->account;
  GRand *rand = sim->rand;
  gboolean promoter = a->fate != PO_DEMO_FATE_CHURN && a->quality >= 70;
  PoRange r;

  w->planned_exit = PO_DEMO_INF;
  switch (w->phase)
    {
    case PO_DEMO_ONBOARDING:
      r = po_segment_onboarding_days (a->segment);
      w->planned_exit = w->entered + (PoDay) po_demo_range (rand, r.min, r.max);
      /* Stalled onboardings run well past the segment's maximum. */
      if (a->stall_onboarding && w->main_track)
        w->planned_exit += (PoDay) (r.max * (0.4 + 0.8 * g_rand_double (rand)));
      w->next_phase = PO_DEMO_ADOPTION;
      /* Fast small accounts skip adoption. */
      if ((w->cast == PO_DEMO_CAST_SKIP && w->main_track) ||
          po_demo_chance (rand, skips_adoption[a->segment]))
        w->next_phase = PO_DEMO_RETENTION;
      break;
    case PO_DEMO_ADOPTION:
      r = po_segment_adoption_months (a->segment);
      w->planned_exit = po_day_add_months (w->entered, po_demo_range (rand, r.min, r.max)) +
                        (PoDay) po_demo_range (rand, 0, 20);
      w->next_phase = PO_DEMO_RETENTION;
      break;
    case PO_DEMO_RETENTION:
    case PO_DEMO_EXPANSION:
      if (promoter && po_demo_chance (rand, 0.35))
        {
          PoDay opens = po_day_add_months (a->signed_on, po_segment_advocacy_opens_months (a->segment));
          PoDay settled = w->entered + (PoDay) po_demo_range (rand, 90, 300);

          w->planned_exit = MAX (settled, opens);
          w->next_phase = PO_DEMO_ADVOCACY;
        }
      break;
    case PO_DEMO_RENEWAL:
    case PO_DEMO_ADVOCACY:
    default:
      break;
    }
}

static void
enter (Walk        *w,
       PoDay        on,
       PoDemoPhase  phase,
       const char  *reason)
{
  PoDemoTransition t = { on, phase, reason };

  g_array_append_val (w->track->transitions, t);
  w->phase = phase;
  w->entered = on;
  plan_exit (w);
}

/* The phase an event moves the track to, or -1 to ignore it. */
static int
event_target (Walk              *w,
              const PoDemoEvent *e,
              const char       **reason)
{
  GRand *rand = w->sim->rand;

  *reason = "";
  switch (e->kind)
    {
    case PO_DEMO_EVENT_UPGRADE:
      if (!w->main_track || (w->phase != PO_DEMO_ADOPTION && w->phase != PO_DEMO_RETENTION))
        return -1;
      return PO_DEMO_EXPANSION;
    case PO_DEMO_EVENT_RENEWAL:
      if (!w->main_track || w->phase < PO_DEMO_ADOPTION || w->phase >= PO_DEMO_RENEWAL)
        return -1;
      return PO_DEMO_RENEWAL;
    case PO_DEMO_EVENT_CHAMPION_LEFT:
      if (!w->main_track || w->phase == PO_DEMO_ONBOARDING)
        return -1;
      *reason = REASON_CHAMPION_LEFT;
      if (w->phase == PO_DEMO_ADOPTION)
        return PO_DEMO_ONBOARDING;
      return w->cast != PO_DEMO_CAST_CHAMPION && po_demo_chance (rand, 0.35)
             ? PO_DEMO_ONBOARDING : PO_DEMO_ADOPTION;
    case PO_DEMO_EVENT_BUDGET_CUT:
      if (!w->main_track || (w->phase != PO_DEMO_EXPANSION && w->phase != PO_DEMO_ADVOCACY))
        return -1;
      *reason = REASON_BUDGET_CUT;
      return PO_DEMO_RETENTION;
    case PO_DEMO_EVENT_RELEASE:
      if (w->phase < PO_DEMO_RETENTION || w->phase == PO_DEMO_RENEWAL)
        return -1;
      *reason = REASON_RELEASE;
      return PO_DEMO_ADOPTION;
    case PO_DEMO_EVENT_REORGANISATION:
      if (w->phase == PO_DEMO_ONBOARDING)
        return -1;
      *reason = REASON_REORGANISED;
      return PO_DEMO_ONBOARDING;
    default:
      return -1;
    }
}

/* Walks the track from @start (entering onboarding with @reason) until
 * @w->stop, through natural moves and the account's events. */
static void
walk (Walk       *w,
      PoDay       start,
      const char *reason)
{
  GArray *events = w->account->events;
  guint next_event = 0;

  while (next_event < events->len && g_array_index (events, PoDemoEvent, next_event).on <= start)
    next_event++;
  enter (w, start, PO_DEMO_ONBOARDING, reason);

  for (;;)
    {
      const PoDemoEvent *e = next_event < events->len
                             ? &g_array_index (events, PoDemoEvent, next_event) : NULL;
      PoDay event_on = e != NULL ? e->on : PO_DEMO_INF;
      const char *why = "";
      int target;

      if (w->planned_exit <= event_on && w->planned_exit < w->stop)
        {
          PoDay on = w->planned_exit;

          complete_phase (w, on);
          enter (w, on, w->next_phase, "");
          continue;
        }
      if (event_on >= w->stop)
        break;
      next_event++;
      target = event_target (w, e, &why);
      if (target < 0 || (PoDemoPhase) target == w->phase || event_on <= w->entered)
        continue;

      complete_phase (w, event_on);
      if (target == PO_DEMO_EXPANSION)
        {
          PoDay qualified = event_on - (PoDay) po_demo_range (w->sim->rand, 14, 45);

          add_criterion (w, criterion_index ("opportunity_qualified"), MAX (w->entered, qualified));
          add_criterion (w, criterion_index ("expansion_closed"), event_on);
        }
      enter (w, event_on, target, why);
      if (target == PO_DEMO_RENEWAL && w->account->renewal_on - 90 > event_on)
        add_criterion (w, criterion_index ("proposal_sent"), w->account->renewal_on - 90);
    }

  /* The phase the track is still in: what is done of it by now. */
  complete_phase (w, MIN (w->stop - 1, w->sim->end_day));
  if (w->phase == PO_DEMO_ADVOCACY)
    add_criterion (w, criterion_index ("reference_given"),
                   w->entered + (PoDay) po_demo_range (w->sim->rand, 20, 120));
}

static PoDemoTrack *
add_track (PoDemoAccount *a,
           const char    *key,
           const char    *name,
           int            entity)
{
  PoDemoTrack t = { key, name, entity,
                    g_array_new (FALSE, FALSE, sizeof (PoDemoTransition)),
                    g_array_new (FALSE, FALSE, sizeof (PoDemoCriterion)), 0 };

  g_array_append_val (a->tracks, t);
  return &g_array_index (a->tracks, PoDemoTrack, a->tracks->len - 1);
}

void
_po_demo_plan_tracks (PoDemoSim     *sim,
                      PoDemoAccount *a,
                      int            cast)
{
  GRand *rand = sim->rand;
  PoDay limit = _po_demo_life_end (sim, &a->lives[0]);
  Walk w = { sim, a, NULL, TRUE, cast, PO_DEMO_ONBOARDING, 0, 0, 0, limit };
  int n_departments;
  const char *key;
  const char *name;

  switch (a->segment)
    {
    case PO_SEGMENT_ENTERPRISE: n_departments = po_demo_range (rand, 2, 3); break;
    case PO_SEGMENT_MID_MARKET: n_departments = po_demo_range (rand, 1, 3); break;
    case PO_SEGMENT_SMB: n_departments = po_demo_range (rand, 1, 2); break;
    case PO_SEGMENT_PRODUCT_LED:
    case PO_N_SEGMENTS:
    default: n_departments = po_demo_chance (rand, 0.15) ? 2 : 1; break;
    }

  /* The main track starts at signing and, after a churn, restarts with
   * the account's return. */
  name = _po_demo_department (sim, a, 0, &key);
  w.track = add_track (a, key, name, 0);
  walk (&w, a->signed_on, "");
  if (a->n_lives == 2)
    {
      w.stop = _po_demo_life_end (sim, &a->lives[1]);
      walk (&w, a->lives[1].start, REASON_REACTIVATED);
    }

  /* Further departments join later; they follow releases and
   * reorganisations, not the contract. */
  for (int i = 1; i < n_departments; i++)
    {
      PoDay start = a->signed_on + (PoDay) po_demo_range (rand, 60, 540);
      Walk d = { sim, a, NULL, FALSE, PO_DEMO_CAST_NONE, PO_DEMO_ONBOARDING, 0, 0, 0, limit };

      if (start + 14 >= limit)
        continue;
      name = _po_demo_department (sim, a, (guint) i, &key);
      d.track = add_track (a, key, name, 0);
      walk (&d, start, "");
    }

  /* Every additional entity rolls out as its own track. */
  for (guint i = 0; i < a->lines->len; i++)
    {
      const PoDemoLine *l = &g_array_index (a->lines, PoDemoLine, i);
      const PoDemoEntity *e;
      Walk d = { sim, a, NULL, FALSE, PO_DEMO_CAST_NONE, PO_DEMO_ONBOARDING, 0, 0, 0, limit };
      g_autofree char *track_key = NULL;
      g_autofree char *track_name = NULL;

      if (l->entity <= 0 || l->start_on >= limit)
        continue;
      e = &g_array_index (a->entities, PoDemoEntity, l->entity);
      track_key = g_strconcat ("rollout-", e->key, NULL);
      track_name = g_strdup_printf ("Rollout %s", e->label);
      d.track = add_track (a, g_string_chunk_insert (a->strings, track_key),
                           g_string_chunk_insert (a->strings, track_name), l->entity);
      walk (&d, l->start_on, "");
    }
}
