/* test-journey-health.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Journey health against figures computed by hand. Post-sale phases:
 * onboarding 0, adoption 1, retention 2, expansion 3, renewal 4, advocacy 5.
 * Maximum durations: onboarding smb 30, mid_market 60, enterprise 180,
 * product_led 7 days; adoption smb 6, mid_market 12, product_led 3 months.
 * The period is 2024-01-01 .. 2024-06-30 (all dates 2024 unless noted).
 *
 *   A smb, signed 2023-12-15 (2023-Q4)
 *     a1 01-01 onboarding, 01-21 adoption (20 d), 04-01 retention (71 d)
 *     a2 02-01 onboarding, 03-02 expansion (skip, 30 d),
 *        05-01 adoption (regression, 60 d), open
 *   B product_led, signed 01-05 (2024-Q1)
 *     b1 01-10 onboarding, open beyond 7 d
 *   C smb, signed 02-10 (2024-Q1), churned 03-15
 *     c1 01-05 onboarding, 02-04 adoption (30 d), ended by the churn
 *   D mid_market, signed 2023-11-01 (2023-Q4)
 *     d1 01-01 onboarding, 02-01 adoption (31 d), 03-01 onboarding
 *        (restart, 29 d), 03-11 adoption (10 d), 04-01 adoption (no
 *        change), 04-15 orientierung (not a post-sale phase)
 *     d2 2023-11-20 onboarding, 01-10 adoption (stay begun before the
 *        period), open
 *     d3 08-01 onboarding (after the period)
 *   E enterprise, signed 04-01 (2024-Q2)
 *     e1 04-02 onboarding, 06-01 adoption (60 d), 06-10 onboarding
 *        (restart, 9 d), open within 180 d
 *   F product_led, signed 01-01 (2024-Q1)
 *     f1 01-02 onboarding, 01-05 adoption (3 d), open beyond 3 months
 *        (04-05)
 *
 * NPS: A 02-01 10, A 03-01 6, B 03-01 9, C 02-01 7, E 06-30 8, and
 * D 2023-12-01 10 (before the period).
 */

#include "config.h"

#include "po-journey-health.h"
#include "test-tracks-fixture.h"

typedef struct
{
  Workspace        ws;
  PoMetrics       *metrics;
} Fixture;

enum { ONBOARDING, ADOPTION, RETENTION, EXPANSION };

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 a, b, c, d, e, ff;

  workspace_setup (&f->ws, data);
  g_assert_true (po_store_begin (f->ws.store, &error));
  a = add_account (&f->ws, "A", PO_SEGMENT_SMB, "2023-12-15");
  add_track (&f->ws, a, "a1", "2024-01-01", "onboarding", "2024-01-21", "adoption",
             "2024-04-01", "retention", NULL);
  add_track (&f->ws, a, "a2", "2024-02-01", "onboarding", "2024-03-02", "expansion",
             "2024-05-01", "adoption", NULL);
  b = add_account (&f->ws, "B", PO_SEGMENT_PRODUCT_LED, "2024-01-05");
  add_track (&f->ws, b, "b1", "2024-01-10", "onboarding", NULL);
  c = add_account (&f->ws, "C", PO_SEGMENT_SMB, "2024-02-10");
  add_track (&f->ws, c, "c1", "2024-01-05", "onboarding", "2024-02-04", "adoption", NULL);
  add_churn (&f->ws, c, "2024-03-15");
  d = add_account (&f->ws, "D", PO_SEGMENT_MID_MARKET, "2023-11-01");
  add_track (&f->ws, d, "d1", "2024-01-01", "onboarding", "2024-02-01", "adoption",
             "2024-03-01", "onboarding", "2024-03-11", "adoption", "2024-04-01", "adoption",
             "2024-04-15", "orientierung", NULL);
  add_track (&f->ws, d, "d2", "2023-11-20", "onboarding", "2024-01-10", "adoption", NULL);
  add_track (&f->ws, d, "d3", "2024-08-01", "onboarding", NULL);
  e = add_account (&f->ws, "E", PO_SEGMENT_ENTERPRISE, "2024-04-01");
  add_track (&f->ws, e, "e1", "2024-04-02", "onboarding", "2024-06-01", "adoption",
             "2024-06-10", "onboarding", NULL);
  ff = add_account (&f->ws, "F", PO_SEGMENT_PRODUCT_LED, "2024-01-01");
  add_track (&f->ws, ff, "f1", "2024-01-02", "onboarding", "2024-01-05", "adoption", NULL);

  add_nps (&f->ws, a, "2024-02-01", 10);
  add_nps (&f->ws, a, "2024-03-01", 6);
  add_nps (&f->ws, b, "2024-03-01", 9);
  add_nps (&f->ws, c, "2024-02-01", 7);
  add_nps (&f->ws, e, "2024-06-30", 8);
  add_nps (&f->ws, d, "2023-12-01", 10);
  g_assert_true (po_store_commit (f->ws.store, &error));
  g_assert_no_error (error);

  f->metrics = po_metrics_load (f->ws.store, &f->ws.settings, month ("2024-06"), 0, &error);
  g_assert_no_error (error);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_clear_pointer (&f->metrics, po_metrics_free);
  workspace_teardown (&f->ws, data);
}

static PoJourneyHealth *
compute (Fixture             *f,
         const char          *to,
         PoSignedCohortGrain  grain)
{
  g_autoptr(GError) error = NULL;
  PoJourneyHealth *h = po_journey_health_compute (f->ws.store, f->metrics, day ("2024-01-01"),
                                                  day (to), grain, &error);

  g_assert_no_error (error);
  g_assert_nonnull (h);
  return h;
}

static void
assert_value (PoMetricValue v,
              double        expected)
{
  g_assert_true (v.has_value);
  g_assert_cmpfloat_with_epsilon (v.value, expected, 1e-12);
}

static void
assert_phase (PoJourneyHealth *h,
              guint            phase,
              int              segment,
              int              cohort,
              guint            entered,
              guint            resolved,
              guint            forward,
              guint            completed)
{
  PoPhaseHealth p;

  po_journey_health_get_phase (h, phase, segment, cohort, &p);
  g_assert_cmpuint (p.n_entered, ==, entered);
  g_assert_cmpuint (p.n_resolved, ==, resolved);
  g_assert_cmpuint (p.n_left_forward, ==, forward);
  g_assert_cmpuint (p.n_completed, ==, completed);
  if (resolved > 0)
    assert_value (p.completion_rate, (double) forward / resolved);
  else
    g_assert_false (p.completion_rate.has_value);
  g_assert_true (p.mean_days.has_value == (completed > 0));
  g_assert_true (p.median_days.has_value == (completed > 0));
}

#define ALL PO_JOURNEY_HEALTH_ALL

static void
test_phases (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(PoJourneyHealth) h = compute (f, "2024-06-30", PO_SIGNED_COHORT_QUARTER);
  PoPhaseHealth p;

  g_assert_cmpstr (po_journey_health_get_model (h), ==, "post-sale");
  g_assert_cmpuint (po_journey_health_get_n_phases (h), ==, 6);
  g_assert_cmpstr (po_journey_health_get_phase_code (h, ADOPTION), ==, "adoption");
  g_assert_cmpint (po_journey_health_find_phase (h, "retention"), ==, RETENTION);
  g_assert_cmpint (po_journey_health_find_phase (h, "orientierung"), ==, -1);

  /* Onboarding: a1, a2, b1 (open, resolved), c1, d1 twice, e1 twice (one
   * open, not resolved), f1; d2's began in 2023. Forward: all ended ones. */
  assert_phase (h, ONBOARDING, ALL, ALL, 9, 8, 7, 7);
  po_journey_health_get_phase (h, ONBOARDING, ALL, ALL, &p);
  assert_value (p.completion_rate, 7.0 / 8.0);
  assert_value (p.mean_days, (20 + 30 + 30 + 31 + 10 + 60 + 3) / 7.0);
  assert_value (p.median_days, 30);     /* 3 10 20 30 30 31 60 */

  /* Adoption: a1 forward 71 d; c1 churned; d1 restart 29 d; e1 restart
   * 9 d; f1 open beyond 3 months; a2, d1 (03-11), d2 open within limits. */
  assert_phase (h, ADOPTION, ALL, ALL, 8, 5, 1, 3);
  po_journey_health_get_phase (h, ADOPTION, ALL, ALL, &p);
  assert_value (p.completion_rate, 0.2);
  assert_value (p.mean_days, (71 + 29 + 9) / 3.0);
  assert_value (p.median_days, 29);

  /* Retention has no maximum: a1's open stay is not resolved. */
  assert_phase (h, RETENTION, ALL, ALL, 1, 0, 0, 0);
  /* Expansion: a2's stay ended by a regression after 60 d. */
  assert_phase (h, EXPANSION, ALL, ALL, 1, 1, 0, 1);
  po_journey_health_get_phase (h, EXPANSION, ALL, ALL, &p);
  assert_value (p.completion_rate, 0);
  assert_value (p.median_days, 60);
}

static void
test_segments (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(PoJourneyHealth) h = compute (f, "2024-06-30", PO_SIGNED_COHORT_QUARTER);
  PoPhaseHealth p;

  assert_phase (h, ONBOARDING, PO_SEGMENT_SMB, ALL, 3, 3, 3, 3);
  po_journey_health_get_phase (h, ONBOARDING, PO_SEGMENT_SMB, ALL, &p);
  assert_value (p.mean_days, 80 / 3.0);
  assert_value (p.median_days, 30);
  assert_phase (h, ONBOARDING, PO_SEGMENT_PRODUCT_LED, ALL, 2, 2, 1, 1);
  po_journey_health_get_phase (h, ONBOARDING, PO_SEGMENT_PRODUCT_LED, ALL, &p);
  assert_value (p.median_days, 3);
  assert_phase (h, ONBOARDING, PO_SEGMENT_MID_MARKET, ALL, 2, 2, 2, 2);
  po_journey_health_get_phase (h, ONBOARDING, PO_SEGMENT_MID_MARKET, ALL, &p);
  assert_value (p.median_days, 20.5);   /* even count: (10 + 31) / 2 */
  assert_phase (h, ONBOARDING, PO_SEGMENT_ENTERPRISE, ALL, 2, 1, 1, 1);

  assert_phase (h, ADOPTION, PO_SEGMENT_SMB, ALL, 3, 2, 1, 1);   /* a1, a2 (open), c1 (churned) */
  assert_phase (h, ADOPTION, PO_SEGMENT_PRODUCT_LED, ALL, 1, 1, 0, 0);
  assert_phase (h, ADOPTION, PO_SEGMENT_MID_MARKET, ALL, 3, 1, 0, 1);
}

static void
test_cohorts (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(PoJourneyHealth) h = compute (f, "2024-06-30", PO_SIGNED_COHORT_QUARTER);
  g_autoptr(PoJourneyHealth) y = compute (f, "2024-06-30", PO_SIGNED_COHORT_YEAR);
  g_autofree char *l0 = NULL, *l2 = NULL, *y1 = NULL;
  int q4, q1, q2;

  g_assert_cmpuint (po_journey_health_get_n_cohorts (h), ==, 3);
  l0 = po_journey_health_get_cohort_label (h, 0);
  l2 = po_journey_health_get_cohort_label (h, 2);
  g_assert_cmpstr (l0, ==, "2023-Q4");
  g_assert_cmpstr (l2, ==, "2024-Q2");
  q4 = po_journey_health_find_cohort (h, day ("2023-12-31"));
  q1 = po_journey_health_find_cohort (h, day ("2024-03-31"));
  q2 = po_journey_health_find_cohort (h, day ("2024-04-01"));
  g_assert_cmpint (q4, ==, 0);
  g_assert_cmpint (q1, ==, 1);
  g_assert_cmpint (q2, ==, 2);
  g_assert_cmpint (po_journey_health_find_cohort (h, day ("2024-07-01")), ==, -1);

  /* 2023-Q4 = A, D; 2024-Q1 = B, C, F; 2024-Q2 = E. */
  assert_phase (h, ONBOARDING, ALL, q4, 4, 4, 4, 4);
  assert_phase (h, ONBOARDING, ALL, q1, 3, 3, 2, 2);
  assert_phase (h, ONBOARDING, ALL, q2, 2, 1, 1, 1);
  assert_phase (h, ADOPTION, ALL, q1, 2, 2, 0, 0);
  /* Segment and cohort together: C alone. */
  assert_phase (h, ONBOARDING, PO_SEGMENT_SMB, q1, 1, 1, 1, 1);
  assert_phase (h, ADOPTION, PO_SEGMENT_SMB, q1, 1, 1, 0, 0);

  g_assert_cmpuint (po_journey_health_get_n_cohorts (y), ==, 2);
  y1 = po_journey_health_get_cohort_label (y, 1);
  g_assert_cmpstr (y1, ==, "2024");
  assert_phase (y, ONBOARDING, ALL, 1, 5, 4, 3, 3);
}

static void
test_regressions (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(PoJourneyHealth) h = compute (f, "2024-06-30", PO_SIGNED_COHORT_QUARTER);
  guint reg, all;

  /* a1 3, a2 3, b1 1, c1 2, d1 4, d2 1, e1 3, f1 2; one regression (a2). */
  assert_value (po_journey_health_regression_rate (h, ALL, ALL, &reg, &all), 1.0 / 19.0);
  g_assert_cmpuint (reg, ==, 1);
  g_assert_cmpuint (all, ==, 19);
  assert_value (po_journey_health_regression_rate (h, PO_SEGMENT_SMB, ALL, &reg, &all), 0.125);
  g_assert_cmpuint (all, ==, 8);     /* a1, a2, c1 */
  /* Restarts are not regressions. */
  assert_value (po_journey_health_regression_rate (h, PO_SEGMENT_MID_MARKET, ALL, NULL, &all), 0);
  g_assert_cmpuint (all, ==, 5);
  assert_value (po_journey_health_regression_rate (h, ALL, 0, NULL, &all), 1.0 / 11.0);
}

static void
test_nps (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(PoJourneyHealth) h = compute (f, "2024-06-30", PO_SIGNED_COHORT_QUARTER);
  guint n;

  /* 10 6 9 7 8: two promoters, one detractor. */
  assert_value (po_journey_health_nps (h, ALL, ALL, &n), 20);
  g_assert_cmpuint (n, ==, 5);
  assert_value (po_journey_health_nps (h, PO_SEGMENT_SMB, ALL, &n), 0);
  g_assert_cmpuint (n, ==, 3);
  assert_value (po_journey_health_nps (h, PO_SEGMENT_PRODUCT_LED, ALL, NULL), 100);
  assert_value (po_journey_health_nps (h, PO_SEGMENT_ENTERPRISE, ALL, NULL), 0);
  g_assert_false (po_journey_health_nps (h, PO_SEGMENT_MID_MARKET, ALL, &n).has_value);
  g_assert_cmpuint (n, ==, 0);
  assert_value (po_journey_health_nps (h, ALL, 0, NULL), 0);     /* 10, 6 */
  assert_value (po_journey_health_nps (h, ALL, 1, NULL), 50);    /* 9, 7 */
}

/* The adoption maximum is in calendar months: f1 entered adoption on
 * 01-05 and outlasts 3 months after 04-05. */
static void
test_calendar_months (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PoJourneyHealth) on = compute (f, "2024-04-05", PO_SIGNED_COHORT_QUARTER);
  g_autoptr(PoJourneyHealth) after = compute (f, "2024-04-06", PO_SIGNED_COHORT_QUARTER);

  assert_phase (on, ADOPTION, PO_SEGMENT_PRODUCT_LED, ALL, 1, 0, 0, 0);
  assert_phase (after, ADOPTION, PO_SEGMENT_PRODUCT_LED, ALL, 1, 1, 0, 0);
  /* On 04-05, a1 has just left adoption forward; a2 is still in expansion. */
  assert_phase (on, ADOPTION, PO_SEGMENT_SMB, ALL, 2, 2, 1, 1);
  assert_phase (on, EXPANSION, ALL, ALL, 1, 0, 0, 0);
}

static void
test_empty (Workspace     *ws,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoMetrics) m = po_metrics_load (ws->store, &ws->settings, month ("2024-06"), 0, &error);
  g_autoptr(PoJourneyHealth) h = NULL;
  PoPhaseHealth p;

  g_assert_no_error (error);
  h = po_journey_health_compute (ws->store, m, PO_DAY_NONE, day ("2024-06-30"),
                                 PO_SIGNED_COHORT_QUARTER, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (po_journey_health_get_n_cohorts (h), ==, 0);
  po_journey_health_get_phase (h, ONBOARDING, ALL, ALL, &p);
  g_assert_cmpuint (p.n_entered, ==, 0);
  g_assert_false (p.completion_rate.has_value);
  g_assert_false (p.median_days.has_value);
  g_assert_false (po_journey_health_regression_rate (h, ALL, ALL, NULL, NULL).has_value);
  g_assert_false (po_journey_health_nps (h, ALL, ALL, NULL).has_value);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/journey-health/phases", Fixture, NULL, setup, test_phases, teardown);
  g_test_add ("/core/journey-health/segments", Fixture, NULL, setup, test_segments, teardown);
  g_test_add ("/core/journey-health/cohorts", Fixture, NULL, setup, test_cohorts, teardown);
  g_test_add ("/core/journey-health/regressions", Fixture, NULL, setup, test_regressions, teardown);
  g_test_add ("/core/journey-health/nps", Fixture, NULL, setup, test_nps, teardown);
  g_test_add ("/core/journey-health/calendar-months", Fixture, NULL, setup, test_calendar_months, teardown);
  g_test_add ("/core/journey-health/empty", Workspace, NULL, workspace_setup, test_empty, workspace_teardown);

  return g_test_run ();
}
