/* test-journey-stats.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journey overlay against figures computed by hand. The fixture (post-sale
 * phases: onboarding 0, adoption 1, retention 2, expansion 3, renewal 4,
 * advocacy 5):
 *
 *   alpha (smb, Jana)   a1: 01-01 onboarding, 01-21 adoption (20 d),
 *                           04-01 retention (adoption 71 d)
 *                       a2: 02-01 onboarding, 03-02 expansion (skip, 30 d),
 *                           05-01 adoption (regression, expansion 60 d)
 *   beta (product_led, Max) b1: 01-10 onboarding, still there (over 7 d max)
 *   gamma (smb, Jana, churned 03-15) c1: 01-05 onboarding,
 *                           02-04 adoption (30 d); churn ends adoption
 *   delta (mid_market, Max) d1: 01-01 onboarding, 02-01 adoption (31 d),
 *                           03-01 onboarding (restart, adoption 29 d),
 *                           03-11 adoption (10 d), 04-01 adoption (no change),
 *                           04-15 orientierung (not a post-sale phase)
 *                       d2: 08-01 onboarding (after the reference day)
 *
 * All in 2024; the reference day is 2024-06-30 unless a test says otherwise.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "po-journey-stats.h"

typedef struct
{
  char    *dir;
  PoStore *store;
  gint64   alpha;
  gint64   beta;
} Fixture;

static PoDay
day (const char *iso)
{
  PoDay d = PO_DAY_NONE;

  g_assert_true (po_day_parse (iso, &d));
  return d;
}

static gint64
add_account (Fixture    *f,
             const char *key,
             PoSegment   segment,
             const char *owner)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoAccount) a = po_account_new ();

  a->key = g_strdup (key);
  a->name = g_strdup (key);
  a->segment = segment;
  a->touch = po_touch_default_for_segment (segment);
  a->owner = g_strdup (owner);
  a->signed_on = day ("2024-01-01");
  g_assert_true (po_store_insert_account (f->store, a, &error));
  g_assert_no_error (error);
  return a->id;
}

/* @steps: "YYYY-MM-DD phase" pairs, NULL-terminated. */
static void
add_track (Fixture    *f,
           gint64      account,
           const char *key,
           ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoTrack) t = po_track_new ();
  const char *on;
  va_list args;

  t->account_id = account;
  t->key = g_strdup (key);
  t->name = g_strdup (key);
  g_assert_true (po_store_insert_track (f->store, t, &error));
  g_assert_no_error (error);

  va_start (args, key);
  while ((on = va_arg (args, const char *)) != NULL)
    {
      g_autoptr(PoTransition) tr = po_transition_new ();

      tr->track_id = t->id;
      tr->on_date = day (on);
      tr->phase = g_strdup (va_arg (args, const char *));
      g_assert_true (po_store_insert_transition (f->store, tr, &error));
      g_assert_no_error (error);
    }
  va_end (args);
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(PoChurnRecord) churn = po_churn_record_new ();
  gint64 gamma, delta;

  f->dir = g_dir_make_tmp ("po-journey-stats-XXXXXX", NULL);
  path = g_build_filename (f->dir, "ws.peakone", NULL);
  f->store = po_store_create (path, &error);
  g_assert_no_error (error);

  g_assert_true (po_store_begin (f->store, &error));
  f->alpha = add_account (f, "alpha", PO_SEGMENT_SMB, "Jana");
  add_track (f, f->alpha, "a1",
             "2024-01-01", "onboarding", "2024-01-21", "adoption", "2024-04-01", "retention", NULL);
  add_track (f, f->alpha, "a2",
             "2024-02-01", "onboarding", "2024-03-02", "expansion", "2024-05-01", "adoption", NULL);

  f->beta = add_account (f, "beta", PO_SEGMENT_PRODUCT_LED, "Max");
  add_track (f, f->beta, "b1", "2024-01-10", "onboarding", NULL);

  gamma = add_account (f, "gamma", PO_SEGMENT_SMB, "Jana");
  add_track (f, gamma, "c1", "2024-01-05", "onboarding", "2024-02-04", "adoption", NULL);
  churn->account_id = gamma;
  churn->on_date = day ("2024-03-15");
  churn->category = PO_CHURN_AVOIDABLE;
  g_assert_true (po_store_insert_churn_record (f->store, churn, &error));

  delta = add_account (f, "delta", PO_SEGMENT_MID_MARKET, "Max");
  add_track (f, delta, "d1",
             "2024-01-01", "onboarding", "2024-02-01", "adoption", "2024-03-01", "onboarding",
             "2024-03-11", "adoption", "2024-04-01", "adoption", "2024-04-15", "orientierung", NULL);
  add_track (f, delta, "d2", "2024-08-01", "onboarding", NULL);
  g_assert_true (po_store_commit (f->store, &error));
  g_assert_no_error (error);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_clear_object (&f->store);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static PoJourneyStats *
compute (Fixture               *f,
         const char            *model,
         const PoJourneyFilter *filter)
{
  g_autoptr(GError) error = NULL;
  PoJourneyStats *stats = po_journey_stats_compute (f->store, model, filter, &error);

  g_assert_no_error (error);
  g_assert_nonnull (stats);
  return stats;
}

static const PoJourneyPhaseStats *
phase (PoJourneyStats *stats,
       const char     *code)
{
  const PoJourneyPhaseStats *p = po_journey_stats_find_phase (stats, code);

  g_assert_nonnull (p);
  return p;
}

static void
filter_to (PoJourneyFilter *filter,
           const char      *to)
{
  po_journey_filter_init (filter);
  filter->to = day (to);
}

static void
test_tracks_now (Fixture       *f,
                 gconstpointer  data)
{
  PoJourneyFilter filter;
  g_autoptr(PoJourneyStats) stats = NULL;
  g_autoptr(PoJourneyStats) earlier = NULL;

  filter_to (&filter, "2024-06-30");
  stats = compute (f, "post-sale", &filter);
  g_assert_cmpuint (stats->phases->len, ==, 6);
  g_assert_cmpstr (g_array_index (stats->phases, PoJourneyPhaseStats, 0).code, ==, "onboarding");
  g_assert_cmpuint (stats->n_tracks, ==, 5);
  g_assert_cmpuint (phase (stats, "onboarding")->tracks_now, ==, 1);  /* b1 */
  g_assert_cmpuint (phase (stats, "adoption")->tracks_now, ==, 2);    /* a2, d1; c1 churned */
  g_assert_cmpuint (phase (stats, "retention")->tracks_now, ==, 1);   /* a1 */
  g_assert_cmpuint (phase (stats, "expansion")->tracks_now, ==, 0);
  g_assert_cmpuint (phase (stats, "renewal")->tracks_now, ==, 0);
  g_assert_cmpuint (phase (stats, "advocacy")->tracks_now, ==, 0);

  /* As of 2024-03-05: gamma has not churned yet, d1 restarted. */
  filter_to (&filter, "2024-03-05");
  earlier = compute (f, "post-sale", &filter);
  g_assert_cmpuint (phase (earlier, "onboarding")->tracks_now, ==, 2);  /* b1, d1 */
  g_assert_cmpuint (phase (earlier, "adoption")->tracks_now, ==, 2);    /* a1, c1 */
  g_assert_cmpuint (phase (earlier, "expansion")->tracks_now, ==, 1);   /* a2 */
  g_assert_cmpuint (phase (earlier, "retention")->tracks_now, ==, 0);
}

static void
test_median_days (Fixture       *f,
                  gconstpointer  data)
{
  PoJourneyFilter filter;
  g_autoptr(PoJourneyStats) stats = NULL;

  filter_to (&filter, "2024-06-30");
  stats = compute (f, "post-sale", &filter);

  /* Onboarding stays 20, 30, 30, 31 and 10 days. */
  g_assert_cmpuint (phase (stats, "onboarding")->n_completed, ==, 5);
  g_assert_cmpfloat (phase (stats, "onboarding")->median_days, ==, 30.0);
  g_assert_cmpfloat_with_epsilon (phase (stats, "onboarding")->mean_days, 24.2, 1e-9);
  /* Adoption 71 and 29 days (gamma's ended by churn does not count). */
  g_assert_cmpuint (phase (stats, "adoption")->n_completed, ==, 2);
  g_assert_cmpfloat (phase (stats, "adoption")->median_days, ==, 50.0);
  g_assert_cmpfloat (phase (stats, "expansion")->median_days, ==, 60.0);
  g_assert_true (isnan (phase (stats, "retention")->median_days));
  g_assert_true (isnan (phase (stats, "retention")->mean_days));
}

static void
test_completion (Fixture       *f,
                 gconstpointer  data)
{
  PoJourneyFilter filter;
  g_autoptr(PoJourneyStats) stats = NULL;

  filter_to (&filter, "2024-06-30");
  stats = compute (f, "post-sale", &filter);

  /* Five onboarding stays left forward (a2's by a skip); b1 outlasted the
   * 7 days of product-led onboarding. */
  g_assert_cmpuint (phase (stats, "onboarding")->n_resolved, ==, 6);
  g_assert_cmpuint (phase (stats, "onboarding")->n_left_forward, ==, 5);
  g_assert_cmpfloat_with_epsilon (phase (stats, "onboarding")->completion_rate, 5.0 / 6.0, 1e-9);
  /* Adoption: a1 forward, c1 churned, d1 restarted; a2 and d1 still
   * within the segment's maximum. */
  g_assert_cmpuint (phase (stats, "adoption")->n_resolved, ==, 3);
  g_assert_cmpfloat_with_epsilon (phase (stats, "adoption")->completion_rate, 1.0 / 3.0, 1e-9);
  /* Expansion: one stay, left by a regression. */
  g_assert_cmpfloat (phase (stats, "expansion")->completion_rate, ==, 0.0);
  /* Retention has no maximum and no stay ended. */
  g_assert_cmpuint (phase (stats, "retention")->n_resolved, ==, 0);
  g_assert_true (isnan (phase (stats, "retention")->completion_rate));
}

static void
test_transitions (Fixture       *f,
                  gconstpointer  data)
{
  PoJourneyFilter filter;
  g_autoptr(PoJourneyStats) stats = NULL;

  filter_to (&filter, "2024-06-30");
  stats = compute (f, "post-sale", &filter);

  g_assert_cmpuint (stats->n_transitions, ==, 13);
  g_assert_cmpuint (stats->n_by_kind[PO_TRANSITION_START], ==, 5);
  g_assert_cmpuint (stats->n_by_kind[PO_TRANSITION_FORWARD], ==, 5);
  g_assert_cmpuint (stats->n_by_kind[PO_TRANSITION_SKIP], ==, 1);
  g_assert_cmpuint (stats->n_by_kind[PO_TRANSITION_REGRESSION], ==, 1);
  g_assert_cmpuint (stats->n_by_kind[PO_TRANSITION_RESTART], ==, 1);
  g_assert_cmpfloat_with_epsilon (po_journey_stats_regression_rate (stats), 1.0 / 13.0, 1e-9);

  g_assert_cmpuint (stats->pairs->len, ==, 5);
  g_assert_cmpuint (po_journey_stats_count_pair (stats, "onboarding", "adoption"), ==, 4);
  g_assert_cmpuint (po_journey_stats_count_pair (stats, "adoption", "retention"), ==, 1);
  g_assert_cmpuint (po_journey_stats_count_pair (stats, "onboarding", "expansion"), ==, 1);
  g_assert_cmpuint (po_journey_stats_count_pair (stats, "expansion", "adoption"), ==, 1);
  g_assert_cmpuint (po_journey_stats_count_pair (stats, "adoption", "onboarding"), ==, 1);
  g_assert_cmpuint (po_journey_stats_count_pair (stats, "retention", "renewal"), ==, 0);

  /* Pairs are sorted and carry their kind. */
  for (guint i = 0; i < stats->pairs->len; i++)
    {
      const PoJourneyPairStats *p = &g_array_index (stats->pairs, PoJourneyPairStats, i);

      if (p->from == 0 && p->to == 3)
        g_assert_cmpint (p->kind, ==, PO_TRANSITION_SKIP);
      if (p->from == 3 && p->to == 1)
        g_assert_cmpint (p->kind, ==, PO_TRANSITION_REGRESSION);
      if (p->from == 1 && p->to == 0)
        g_assert_cmpint (p->kind, ==, PO_TRANSITION_RESTART);
      if (i > 0)
        {
          const PoJourneyPairStats *q = &g_array_index (stats->pairs, PoJourneyPairStats, i - 1);

          g_assert_true (q->from < p->from || (q->from == p->from && q->to < p->to));
        }
    }
}

static void
test_filter_segment (Fixture       *f,
                     gconstpointer  data)
{
  PoJourneyFilter filter;
  g_autoptr(PoJourneyStats) stats = NULL;

  filter_to (&filter, "2024-06-30");
  filter.segment = PO_SEGMENT_SMB;
  stats = compute (f, "post-sale", &filter);

  g_assert_cmpuint (stats->n_tracks, ==, 3);
  g_assert_cmpuint (stats->n_transitions, ==, 8);
  g_assert_cmpuint (phase (stats, "onboarding")->tracks_now, ==, 0);
  g_assert_cmpuint (phase (stats, "adoption")->tracks_now, ==, 1);
  g_assert_cmpfloat (phase (stats, "onboarding")->median_days, ==, 30.0);
  g_assert_cmpfloat_with_epsilon (phase (stats, "onboarding")->mean_days, 80.0 / 3.0, 1e-9);
  g_assert_cmpfloat (phase (stats, "onboarding")->completion_rate, ==, 1.0);
  g_assert_cmpfloat (phase (stats, "adoption")->completion_rate, ==, 0.5);
}

static void
test_filter_owner_account (Fixture       *f,
                           gconstpointer  data)
{
  PoJourneyFilter filter;
  g_autoptr(PoJourneyStats) by_owner = NULL;
  g_autoptr(PoJourneyStats) by_account = NULL;

  filter_to (&filter, "2024-06-30");
  filter.owner = "Max";
  by_owner = compute (f, "post-sale", &filter);
  g_assert_cmpuint (by_owner->n_tracks, ==, 2);
  g_assert_cmpuint (phase (by_owner, "onboarding")->tracks_now, ==, 1);
  g_assert_cmpuint (phase (by_owner, "adoption")->tracks_now, ==, 1);
  g_assert_cmpfloat (phase (by_owner, "onboarding")->median_days, ==, 20.5);
  g_assert_cmpfloat_with_epsilon (phase (by_owner, "onboarding")->completion_rate, 2.0 / 3.0, 1e-9);

  filter_to (&filter, "2024-06-30");
  filter.account_id = f->alpha;
  by_account = compute (f, "post-sale", &filter);
  g_assert_cmpuint (by_account->n_tracks, ==, 2);
  g_assert_cmpuint (phase (by_account, "retention")->tracks_now, ==, 1);
  g_assert_cmpuint (phase (by_account, "adoption")->tracks_now, ==, 1);
  g_assert_cmpuint (phase (by_account, "onboarding")->tracks_now, ==, 0);
}

static void
test_filter_period (Fixture       *f,
                    gconstpointer  data)
{
  PoJourneyFilter filter;
  g_autoptr(PoJourneyStats) stats = NULL;

  filter_to (&filter, "2024-06-30");
  filter.from = day ("2024-02-15");
  stats = compute (f, "post-sale", &filter);

  /* Stays that began in the period: a2 expansion (60 d, regression),
   * d1 onboarding (10 d, forward); the open ones are within their maximum. */
  g_assert_cmpfloat (phase (stats, "onboarding")->median_days, ==, 10.0);
  g_assert_cmpfloat (phase (stats, "onboarding")->completion_rate, ==, 1.0);
  g_assert_true (isnan (phase (stats, "adoption")->median_days));
  g_assert_true (isnan (phase (stats, "adoption")->completion_rate));
  g_assert_cmpfloat (phase (stats, "expansion")->median_days, ==, 60.0);
  g_assert_cmpfloat (phase (stats, "expansion")->completion_rate, ==, 0.0);
  /* "Now" is the end of the period, whatever its start. */
  g_assert_cmpuint (phase (stats, "onboarding")->tracks_now, ==, 1);
  g_assert_cmpuint (phase (stats, "adoption")->tracks_now, ==, 2);
  g_assert_cmpuint (phase (stats, "retention")->tracks_now, ==, 1);
  /* Transitions dated in the period. */
  g_assert_cmpuint (stats->n_transitions, ==, 5);
  g_assert_cmpuint (stats->n_by_kind[PO_TRANSITION_START], ==, 0);
  g_assert_cmpuint (stats->n_by_kind[PO_TRANSITION_FORWARD], ==, 2);
  g_assert_cmpuint (stats->n_by_kind[PO_TRANSITION_SKIP], ==, 1);
  g_assert_cmpuint (stats->n_by_kind[PO_TRANSITION_REGRESSION], ==, 1);
  g_assert_cmpuint (stats->n_by_kind[PO_TRANSITION_RESTART], ==, 1);
}

static void
test_other_model (Fixture       *f,
                  gconstpointer  data)
{
  PoJourneyFilter filter;
  g_autoptr(PoJourneyStats) stats = NULL;
  g_autoptr(GError) error = NULL;
  PoJourneyStats *none;

  /* Only the transitions into peak-one phases count: a2's expansion and
   * d1's orientierung. */
  filter_to (&filter, "2024-06-30");
  stats = compute (f, "peak-one", &filter);
  g_assert_cmpuint (stats->phases->len, ==, 4);
  g_assert_cmpuint (stats->n_tracks, ==, 2);
  g_assert_cmpuint (phase (stats, "orientierung")->tracks_now, ==, 1);
  g_assert_cmpuint (phase (stats, "expansion")->tracks_now, ==, 1);
  g_assert_cmpuint (stats->pairs->len, ==, 0);

  none = po_journey_stats_compute (f->store, "no-such-model", &filter, &error);
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_FOUND);
  g_assert_null (none);
}

static void
test_owners (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) owners = po_journey_stats_list_owners (f->store, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (owners), ==, 2);
  g_assert_cmpstr (owners[0], ==, "Jana");
  g_assert_cmpstr (owners[1], ==, "Max");
}

/* 2,000 accounts with two tracks of four transitions each. */
static void
test_many_accounts (Fixture       *f,
                    gconstpointer  data)
{
  static const char * const phases[] = { "onboarding", "adoption", "retention", "expansion" };
  g_autoptr(GError) error = NULL;
  g_autoptr(PoJourneyStats) stats = NULL;
  PoJourneyFilter filter;
  guint total = 0;

  g_assert_true (po_store_begin (f->store, &error));
  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *key = g_strdup_printf ("bulk-%u", i);
      gint64 id = add_account (f, key, i % PO_N_SEGMENTS, "Bulk");

      for (guint k = 0; k < 2; k++)
        {
          g_autoptr(PoTrack) t = po_track_new ();

          t->account_id = id;
          t->key = g_strdup_printf ("t%u", k);
          t->name = g_strdup (t->key);
          g_assert_true (po_store_insert_track (f->store, t, &error));
          for (guint s = 0; s < 4; s++)
            {
              g_autoptr(PoTransition) tr = po_transition_new ();

              tr->track_id = t->id;
              tr->on_date = day ("2023-01-01") + 30 * s + i % 7;
              tr->phase = g_strdup (phases[s]);
              g_assert_true (po_store_insert_transition (f->store, tr, &error));
            }
        }
    }
  g_assert_true (po_store_commit (f->store, &error));
  g_assert_no_error (error);

  filter_to (&filter, "2024-06-30");
  filter.owner = "Bulk";
  stats = compute (f, "post-sale", &filter);
  for (guint i = 0; i < stats->phases->len; i++)
    total += g_array_index (stats->phases, PoJourneyPhaseStats, i).tracks_now;
  g_assert_cmpuint (total, ==, 4000);
  g_assert_cmpuint (phase (stats, "expansion")->tracks_now, ==, 4000);
  g_assert_cmpfloat (phase (stats, "adoption")->median_days, ==, 30.0);
  g_assert_cmpuint (po_journey_stats_count_pair (stats, "onboarding", "adoption"), ==, 4000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/core/journey-stats/tracks-now", test_tracks_now);
  ADD ("/core/journey-stats/median-days", test_median_days);
  ADD ("/core/journey-stats/completion", test_completion);
  ADD ("/core/journey-stats/transitions", test_transitions);
  ADD ("/core/journey-stats/filter/segment", test_filter_segment);
  ADD ("/core/journey-stats/filter/owner-account", test_filter_owner_account);
  ADD ("/core/journey-stats/filter/period", test_filter_period);
  ADD ("/core/journey-stats/other-model", test_other_model);
  ADD ("/core/journey-stats/owners", test_owners);
  ADD ("/core/journey-stats/many-accounts", test_many_accounts);
#undef ADD

  return g_test_run ();
}
