/* test-metrics.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Hand-computed cases of DESIGN.md §3 plus a random workspace checked
 * against a brute-force reading of the definitions.
 */

#include "config.h"

#include "po-metrics-private.h"
#include "test-metrics-fixture.h"

static PoMetrics *
load (Workspace  *ws,
      const char *last)
{
  g_autoptr(GError) error = NULL;
  PoMetrics *m = po_metrics_load (ws->store, &ws->settings, month (last), PO_METRICS_LOAD_HEALTH, &error);

  g_assert_no_error (error);
  g_assert_nonnull (m);
  return m;
}

static void
test_fast_dates (void)
{
  /* The bulk readers' day parser agrees with GDate for every day of
   * 1899..2101 (leap years, century rules). */
  for (PoDay d = po_day_from_ymd (1899, 1, 1); d <= po_day_from_ymd (2101, 12, 31); d++)
    {
      char buf[PO_DATE_BUF_SIZE];

      po_day_format_buf (d, buf);
      g_assert_cmpuint (_po_metrics_parse_day ((const unsigned char *) buf), ==, d);
      g_assert_cmpint (_po_metrics_month_of_day (d), ==, po_month_of_day (d));
    }
  g_assert_cmpuint (_po_metrics_parse_day (NULL), ==, PO_DAY_NONE);
}

static void
test_rounding (void)
{
  g_assert_cmpint (po_metrics_div_round (3001, 2), ==, 1501);
  g_assert_cmpint (po_metrics_div_round (3001, 3), ==, 1000);
  g_assert_cmpint (po_metrics_div_round (5, 10), ==, 1);
  g_assert_cmpint (po_metrics_div_round (4, 10), ==, 0);
  g_assert_cmpint (po_metrics_round_half_up (2.5), ==, 3);
  g_assert_cmpint (po_metrics_round_half_up (1250 * 0.8 + 0.5), ==, 1001);
  g_assert_cmpint (po_metrics_round_half_up (2.4999), ==, 2);
  g_assert_cmpint (po_metrics_round_half_up (0.15 * 10), ==, 2);
}

/* A line ending (exclusive) on a month's last day does not count at that
 * month's end; one ending the day after does. */
static void
test_month_end (Workspace     *ws,
                gconstpointer  data)
{
  g_autoptr(PoMetrics) m = NULL;
  gint64 a = add_account (ws, "a", PO_SEGMENT_SMB, "2023-12-01");
  gint64 b = add_account (ws, "b", PO_SEGMENT_SMB, "2023-12-01");
  int ia, ib;

  add_line (ws, a, NULL, 1000, "2023-12-01", "2024-01-31");
  add_line (ws, b, NULL, 2000, "2023-12-31", "2024-02-01");
  m = load (ws, "2024-03");
  ia = po_metrics_find_account (m, a);
  ib = po_metrics_find_account (m, b);
  g_assert_cmpint (po_metrics_get_first_month (m), ==, month ("2023-12"));
  g_assert_cmpuint (po_metrics_get_n_months (m), ==, 4);
  g_assert_cmpint (po_metrics_account_mrr (m, ia, month ("2023-12")), ==, 1000);
  g_assert_cmpint (po_metrics_account_mrr (m, ia, month ("2024-01")), ==, 0);
  g_assert_cmpint (po_metrics_account_mrr (m, ib, month ("2023-12")), ==, 2000);
  g_assert_cmpint (po_metrics_account_mrr (m, ib, month ("2024-01")), ==, 2000);
  g_assert_cmpint (po_metrics_account_mrr (m, ib, month ("2024-02")), ==, 0);
  g_assert_cmpint (po_metrics_mrr (m, month ("2023-11")), ==, 0);
  g_assert_cmpint (po_metrics_mrr (m, month ("2024-01")), ==, 2000);
  g_assert_cmpuint (po_metrics_active_accounts (m, month ("2024-01")), ==, 1);
  g_assert_cmpint (po_metrics_account_movement (m, ia, month ("2024-01")), ==, PO_MOVEMENT_CHURN);
  g_assert_cmpint (po_metrics_account_movement (m, ib, month ("2024-02")), ==, PO_MOVEMENT_CHURN);
}

/* An upgrade in mid-month: the old line ends and the new one starts on the
 * 15th; the month's end sees only the new one. */
static void
test_mid_month_upgrade (Workspace     *ws,
                        gconstpointer  data)
{
  g_autoptr(PoMetrics) m = NULL;
  PoMovements mv;
  gint64 a = add_account (ws, "a", PO_SEGMENT_SMB, "2024-01-10");

  add_line (ws, a, "operator", 29900, "2024-01-10", "2024-03-15");
  add_line (ws, a, "manager", 99900, "2024-03-15", NULL);
  m = load (ws, "2024-04");
  g_assert_cmpint (po_metrics_mrr (m, month ("2024-02")), ==, 29900);
  g_assert_cmpint (po_metrics_mrr (m, month ("2024-03")), ==, 99900);
  po_metrics_movements (m, month ("2024-01"), &mv);
  g_assert_cmpint (mv.new_cents, ==, 29900);
  po_metrics_movements (m, month ("2024-03"), &mv);
  g_assert_cmpint (mv.expansion_cents, ==, 70000);
  g_assert_cmpuint (mv.n[PO_MOVEMENT_EXPANSION], ==, 1);
  g_assert_cmpint (mv.new_cents + mv.churn_cents + mv.contraction_cents + mv.reactivation_cents, ==, 0);
}

/* Two lines of one account change in one month: one movement, the net. */
static void
test_two_lines_one_month (Workspace     *ws,
                          gconstpointer  data)
{
  g_autoptr(PoMetrics) m = NULL;
  PoMovements mv;
  gint64 a = add_account (ws, "a", PO_SEGMENT_SMB, "2024-01-01");

  add_line (ws, a, "operator", 1000, "2024-01-01", "2024-03-10");
  add_line (ws, a, "entity", 500, "2024-01-01", NULL);
  add_line (ws, a, "advisory", 400, "2024-03-05", NULL);
  m = load (ws, "2024-03");
  po_metrics_movements (m, month ("2024-03"), &mv);
  g_assert_cmpint (po_metrics_mrr (m, month ("2024-02")), ==, 1500);
  g_assert_cmpint (po_metrics_mrr (m, month ("2024-03")), ==, 900);
  g_assert_cmpint (mv.contraction_cents, ==, 600);
  g_assert_cmpuint (mv.n[PO_MOVEMENT_CONTRACTION], ==, 1);
  g_assert_cmpint (mv.expansion_cents, ==, 0);
}

static void
churn_and_return (Workspace *ws)
{
  gint64 a = add_account (ws, "a", PO_SEGMENT_SMB, "2024-01-01");

  add_line (ws, a, NULL, 1000, "2024-01-01", "2024-03-01");   /* active Jan, Feb */
  add_line (ws, a, NULL, 1500, "2024-05-10", NULL);           /* back May 10 */
}

static void
test_reactivation (Workspace     *ws,
                   gconstpointer  data)
{
  g_autoptr(PoMetrics) m = NULL;
  PoMovements mv;

  churn_and_return (ws);
  m = load (ws, "2024-06");
  po_metrics_movements (m, month ("2024-03"), &mv);
  g_assert_cmpint (mv.churn_cents, ==, 1000);
  g_assert_cmpuint (mv.n[PO_MOVEMENT_CHURN], ==, 1);
  po_metrics_movements (m, month ("2024-05"), &mv);
  g_assert_cmpint (mv.reactivation_cents, ==, 1500);
  g_assert_cmpint (mv.new_cents, ==, 0);
  g_assert_cmpuint (mv.n[PO_MOVEMENT_REACTIVATION], ==, 1);
}

/* Feb 29 (last active month end) → May 10 is 71 days. */
static void
test_reactivation_window (Workspace     *ws,
                          gconstpointer  data)
{
  PoMovements mv;

  churn_and_return (ws);
  set_setting (ws, "reactivation_window_days", "71");
  {
    g_autoptr(PoMetrics) m = load (ws, "2024-06");

    po_metrics_movements (m, month ("2024-05"), &mv);
    g_assert_cmpint (mv.reactivation_cents, ==, 1500);
  }
  set_setting (ws, "reactivation_window_days", "70");
  {
    g_autoptr(PoMetrics) m = load (ws, "2024-06");

    po_metrics_movements (m, month ("2024-05"), &mv);
    g_assert_cmpint (mv.reactivation_cents, ==, 0);
    g_assert_cmpint (mv.new_cents, ==, 1500);
    g_assert_cmpuint (mv.n[PO_MOVEMENT_NEW], ==, 1);
    /* quick ratio = (new + expansion + reactivation) / (churn + contraction) */
    g_assert_false (po_metrics_quick_ratio (m, month ("2024-05")).has_value);
  }
}

/* Cohort of Jan 2024: a churns, b expands, c contracts; d joins later and
 * is no part of it. */
static void
test_nrr_grr (Workspace     *ws,
              gconstpointer  data)
{
  g_autoptr(PoMetrics) m = NULL;
  PoMetricValue v;
  gint64 a = add_account (ws, "a", PO_SEGMENT_SMB, "2024-01-01");
  gint64 b = add_account (ws, "b", PO_SEGMENT_SMB, "2024-01-01");
  gint64 c = add_account (ws, "c", PO_SEGMENT_SMB, "2024-01-01");
  gint64 d = add_account (ws, "d", PO_SEGMENT_SMB, "2024-06-01");

  add_line (ws, a, NULL, 1000, "2024-01-01", "2024-07-01");
  add_line (ws, b, NULL, 1000, "2024-01-01", "2024-09-01");
  add_line (ws, b, NULL, 3000, "2024-09-01", NULL);
  add_line (ws, c, NULL, 1000, "2024-01-01", "2024-10-01");
  add_line (ws, c, NULL, 500, "2024-10-01", NULL);
  add_line (ws, d, NULL, 7000, "2024-06-01", NULL);
  m = load (ws, "2025-01");

  v = po_metrics_nrr (m, month ("2024-01"), month ("2025-01"));
  g_assert_true (v.has_value);
  g_assert_cmpfloat_with_epsilon (v.value, 3500.0 / 3000.0, 1e-12);
  v = po_metrics_grr (m, month ("2024-01"), month ("2025-01"));
  g_assert_cmpfloat_with_epsilon (v.value, 0.5, 1e-12);
  v = po_metrics_nre (m, month ("2025-01"));
  g_assert_cmpfloat_with_epsilon (v.value, 3500.0 / 3000.0, 1e-12);
  g_assert_cmpfloat (v.value, >, 1.0);

  /* empty cohort */
  g_assert_false (po_metrics_nrr (m, month ("2023-06"), month ("2024-06")).has_value);
  g_assert_false (po_metrics_grr (m, month ("2023-06"), month ("2024-06")).has_value);
  g_assert_false (po_metrics_nre (m, month ("2024-06")).has_value);

  /* July: a churns (1 of 4 active in June; MRR June 10000) */
  v = po_metrics_logo_churn_rate (m, month ("2024-07"));
  g_assert_cmpfloat_with_epsilon (v.value, 0.25, 1e-12);
  v = po_metrics_gross_mrr_churn_rate (m, month ("2024-07"));
  g_assert_cmpfloat_with_epsilon (v.value, 1000.0 / 10000.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (po_metrics_quick_ratio (m, month ("2024-07")).value, 0.0, 1e-12);
  /* October: c contracts by 500, nothing gained */
  v = po_metrics_gross_mrr_churn_rate (m, month ("2024-10"));
  g_assert_cmpfloat_with_epsilon (v.value, 500.0 / 11000.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (po_metrics_logo_churn_rate (m, month ("2024-10")).value, 0.0, 1e-12);
  /* No active account in Dec 2023: no rate */
  g_assert_false (po_metrics_logo_churn_rate (m, month ("2024-01")).has_value);
  g_assert_false (po_metrics_gross_mrr_churn_rate (m, month ("2024-01")).has_value);
}

static void
test_arpa_clv (Workspace     *ws,
               gconstpointer  data)
{
  g_autoptr(PoMetrics) m = NULL;
  PoMetricCents arpa, clv;
  gint64 ids[4];

  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *key = g_strdup_printf ("acc%u", i);

      ids[i] = add_account (ws, key, PO_SEGMENT_SMB, "2024-01-01");
      add_line (ws, ids[i], NULL, 1000, "2024-01-01", i == 0 ? "2024-06-01" : NULL);
    }
  add_line (ws, ids[1], NULL, 1, "2024-01-01", NULL);
  m = load (ws, "2024-12");

  /* 4001 / 4 = 1000.25 → 1000; after the churn 3001 / 3 = 1000.33 → 1000 */
  arpa = po_metrics_arpa (m, month ("2024-01"));
  g_assert_true (arpa.has_value);
  g_assert_cmpint (arpa.value, ==, 1000);
  g_assert_false (po_metrics_arpa (m, month ("2023-12")).has_value);

  /* No churn in Jan..May: CLV undefined, not 0. */
  g_assert_false (po_metrics_clv (m, month ("2024-05")).has_value);
  g_assert_false (po_metrics_quick_ratio (m, month ("2024-05")).has_value);

  /* Dec 2024: churn rates of Jan..Dec are 0 (Jan: nobody active in Dec
   * 2023 counts 0) except June 1/4; mean = 0.25 / 12.
   * CLV = 1000 × 0.8 / (0.25 / 12) = 38400. */
  clv = po_metrics_clv (m, month ("2024-12"));
  g_assert_true (clv.has_value);
  g_assert_cmpint (clv.value, ==, 38400);
}

static void
test_arpa_half (Workspace     *ws,
                gconstpointer  data)
{
  g_autoptr(PoMetrics) m = NULL;
  gint64 a = add_account (ws, "a", PO_SEGMENT_SMB, "2024-01-01");
  gint64 b = add_account (ws, "b", PO_SEGMENT_SMB, "2024-01-01");

  add_line (ws, a, NULL, 1001, "2024-01-01", NULL);
  add_line (ws, b, NULL, 2000, "2024-01-01", NULL);
  m = load (ws, "2024-01");
  /* 3001 / 2 = 1500.5 → 1501 */
  g_assert_cmpint (po_metrics_arpa (m, month ("2024-01")).value, ==, 1501);
}

static void
test_nps (Workspace     *ws,
          gconstpointer  data)
{
  g_autoptr(PoMetrics) m = NULL;
  gint64 a = add_account (ws, "a", PO_SEGMENT_SMB, "2023-01-01");
  PoMetricValue v;
  static const int scores[] = { 10, 9, 8, 7, 6, 0 };

  add_line (ws, a, NULL, 1000, "2023-01-01", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (scores); i++)
    add_nps (ws, a, "2024-03-15", scores[i]);
  add_nps (ws, a, "2024-12-31", 9);          /* the 12 months' last day */
  add_nps (ws, a, "2023-12-31", 0);          /* one day too early */
  add_nps (ws, a, "2025-01-01", 0);          /* one day too late */
  m = load (ws, "2025-01");

  /* 9–10 promoters, 7–8 passive, 0–6 detractors: (3 − 2) / 7 × 100 */
  v = po_metrics_nps_12m (m, month ("2024-12"));
  g_assert_true (v.has_value);
  g_assert_cmpfloat_with_epsilon (v.value, 100.0 / 7.0, 1e-9);
  v = po_metrics_nps (m, day ("2024-03-15"), day ("2024-03-15"));
  g_assert_cmpfloat_with_epsilon (v.value, 0.0, 1e-12);
  g_assert_true (v.has_value);
  g_assert_false (po_metrics_nps (m, day ("2024-04-01"), day ("2024-12-30")).has_value);
  v = po_metrics_nps (m, day ("2023-12-31"), day ("2023-12-31"));
  g_assert_cmpfloat_with_epsilon (v.value, -100.0, 1e-12);
}

static void
test_summary_health (Workspace     *ws,
                     gconstpointer  data)
{
  g_autoptr(PoMetrics) m = NULL;
  PoMonthSummary s;
  gint64 a = add_account (ws, "a", PO_SEGMENT_SMB, "2024-01-01");
  gint64 b = add_account (ws, "b", PO_SEGMENT_SMB, "2024-01-01");
  gint64 c = add_account (ws, "c", PO_SEGMENT_SMB, "2024-01-01");
  gint64 d = add_account (ws, "d", PO_SEGMENT_SMB, "2024-01-01");

  add_line (ws, a, NULL, 1000, "2024-01-01", NULL);
  add_line (ws, b, NULL, 1000, "2024-01-01", NULL);
  add_line (ws, c, NULL, 1000, "2024-01-01", NULL);
  add_line (ws, d, NULL, 1000, "2024-01-01", "2024-02-01");
  add_sample (ws, a, PO_COMPONENT_USAGE, "2024-02-29", 90);   /* green on Feb 29 */
  add_sample (ws, b, PO_COMPONENT_USAGE, "2024-02-10", 10);   /* red */
  add_sample (ws, b, PO_COMPONENT_USAGE, "2024-03-01", 90);   /* after the day */
  add_sample (ws, d, PO_COMPONENT_USAGE, "2024-02-10", 10);   /* d is not active */
  m = load (ws, "2024-02");
  po_metrics_month_summary (m, month ("2024-02"), &s);
  g_assert_true (s.has_health);
  g_assert_cmpuint (s.health[PO_HEALTH_BAND_GREEN], ==, 1);
  g_assert_cmpuint (s.health[PO_HEALTH_BAND_RED], ==, 1);
  g_assert_cmpuint (s.health[PO_HEALTH_BAND_YELLOW], ==, 0);
  g_assert_cmpuint (s.health[PO_HEALTH_BAND_NONE], ==, 1);
  g_assert_cmpuint (s.active_accounts, ==, 3);
  g_assert_cmpint (s.mrr_cents, ==, 3000);
  g_assert_cmpint (s.movements.churn_cents, ==, 1000);
  g_assert_false (s.nrr_12m.has_value);
  g_assert_false (s.nps_12m.has_value);
  g_assert_true (s.arpa_cents.has_value);
  /* Feb churn 1/4, mean over 12 months 0.25 / 12: 1000 × 0.8 × 48 */
  g_assert_true (s.clv_cents.has_value);
  g_assert_cmpint (s.clv_cents.value, ==, 38400);
}

/* Brute force of §3 straight from the store rows. */
static gint64
naive_mrr (GPtrArray *lines,
           PoMonth    m)
{
  PoDay end = po_month_last_day (m);
  gint64 sum = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      PoSubscriptionLine *l = g_ptr_array_index (lines, i);

      if (l->start_on <= end && (l->end_on == PO_DAY_NONE || l->end_on > end))
        sum += l->mrr_cents;
    }
  return sum;
}

static void
test_random_invariant (Workspace     *ws,
                       gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240131);
  g_autoptr(PoMetrics) m = NULL;
  g_autoptr(GError) error = NULL;
  const guint n_accounts = 120;
  PoMonth first = month ("2020-01"), last = month ("2024-12");
  gint64 *ids = g_new (gint64, n_accounts);
  gint64 total_prev = 0;

  g_assert_true (po_store_begin (ws->store, &error));
  for (guint i = 0; i < n_accounts; i++)
    {
      g_autofree char *key = g_strdup_printf ("acc-%03u", i);
      PoDay start = po_month_first_day (first) + g_rand_int_range (rand, 0, 1700);
      guint n_lines = g_rand_int_range (rand, 1, 5);
      char sbuf[PO_DATE_BUF_SIZE], ebuf[PO_DATE_BUF_SIZE];

      po_day_format_buf (start, sbuf);
      ids[i] = add_account (ws, key, g_rand_int_range (rand, 0, PO_N_SEGMENTS), sbuf);
      for (guint l = 0; l < n_lines; l++)
        {
          PoDay s = start + g_rand_int_range (rand, 0, 400) * (l > 0);
          gboolean open = g_rand_boolean (rand);
          PoDay e = s + g_rand_int_range (rand, 0, 900);

          po_day_format_buf (s, sbuf);
          po_day_format_buf (e, ebuf);
          add_line (ws, ids[i], NULL, g_rand_int_range (rand, 0, 5) * 10000 + g_rand_int_range (rand, 0, 3),
                    sbuf, open ? NULL : ebuf);
        }
    }
  g_assert_true (po_store_commit (ws->store, &error));

  m = load (ws, "2024-12");
  for (PoMonth mo = first - 1; mo <= last; mo++)
    {
      PoMovements mv;
      gint64 total = 0;
      guint active = 0;
      guint counts[PO_N_MOVEMENTS] = { 0 };

      for (guint i = 0; i < n_accounts; i++)
        {
          g_autoptr(GPtrArray) lines = po_store_list_subscription_line (ws->store, ids[i], &error);
          int idx = po_metrics_find_account (m, ids[i]);
          gint64 c = naive_mrr (lines, mo), p = naive_mrr (lines, mo - 1);
          gboolean earlier = FALSE;
          PoMovementKind kind = PO_MOVEMENT_NONE;

          for (PoMonth k = first - 1; k < mo - 1; k++)
            earlier |= naive_mrr (lines, k) > 0;
          if (p == 0 && c > 0)
            kind = earlier ? PO_MOVEMENT_REACTIVATION : PO_MOVEMENT_NEW;
          else if (p > 0 && c == 0)
            kind = PO_MOVEMENT_CHURN;
          else if (p > 0 && c > p)
            kind = PO_MOVEMENT_EXPANSION;
          else if (p > 0 && c < p)
            kind = PO_MOVEMENT_CONTRACTION;
          g_assert_cmpint (po_metrics_account_mrr (m, idx, mo), ==, c);
          g_assert_cmpint (po_metrics_account_movement (m, idx, mo), ==, kind);
          counts[kind]++;
          total += c;
          active += c > 0;
        }
      g_assert_cmpint (po_metrics_mrr (m, mo), ==, total);
      g_assert_cmpuint (po_metrics_active_accounts (m, mo), ==, active);
      po_metrics_movements (m, mo, &mv);
      /* new + expansion + reactivation − contraction − churn = ΔMRR */
      g_assert_cmpint (mv.new_cents + mv.expansion_cents + mv.reactivation_cents -
                       mv.contraction_cents - mv.churn_cents, ==, total - total_prev);
      if (mo >= first)
        for (guint k = PO_MOVEMENT_NEW; k < PO_N_MOVEMENTS; k++)
          g_assert_cmpuint (mv.n[k], ==, counts[k]);
      total_prev = total;
    }
  g_free (ids);
}

static void
test_empty (Workspace     *ws,
            gconstpointer  data)
{
  g_autoptr(PoMetrics) m = NULL;
  PoMonthSummary s;

  add_account (ws, "a", PO_SEGMENT_SMB, "2024-01-01");
  m = load (ws, "2024-05");
  g_assert_cmpuint (po_metrics_get_n_months (m), ==, 0);
  po_metrics_month_summary (m, month ("2024-05"), &s);
  g_assert_cmpint (s.mrr_cents, ==, 0);
  g_assert_false (s.arpa_cents.has_value);
  g_assert_false (s.quick_ratio.has_value);
  g_assert_cmpuint (s.health[PO_HEALTH_BAND_NONE], ==, 0);
}

#define WS_TEST(path, func) \
  g_test_add (path, Workspace, NULL, workspace_setup, func, workspace_teardown)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/metrics/fast-dates", test_fast_dates);
  g_test_add_func ("/core/metrics/rounding", test_rounding);
  WS_TEST ("/core/metrics/mrr/month-end", test_month_end);
  WS_TEST ("/core/metrics/mrr/mid-month-upgrade", test_mid_month_upgrade);
  WS_TEST ("/core/metrics/movements/two-lines-one-month", test_two_lines_one_month);
  WS_TEST ("/core/metrics/movements/reactivation", test_reactivation);
  WS_TEST ("/core/metrics/movements/reactivation-window", test_reactivation_window);
  WS_TEST ("/core/metrics/movements/random-invariant", test_random_invariant);
  WS_TEST ("/core/metrics/nrr/cohort", test_nrr_grr);
  WS_TEST ("/core/metrics/arpa-clv", test_arpa_clv);
  WS_TEST ("/core/metrics/arpa-half", test_arpa_half);
  WS_TEST ("/core/metrics/nps", test_nps);
  WS_TEST ("/core/metrics/summary-health", test_summary_health);
  WS_TEST ("/core/metrics/empty", test_empty);

  return g_test_run ();
}
