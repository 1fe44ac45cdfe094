/* test-chart-data.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart adapters on a tiny hand-made workspace:
 *
 *   A  smb          10000 from 2024-01, +5000 from 2024-06 (expansion)
 *   B  enterprise   20000 2024-02-15 .. 2024-09-01 (churn in September)
 *   C  smb          30000 2024-03 .. 2024-05-01, again from 2024-08 (reactivation)
 *   D  mid_market   40000 from 2025-01, 25000 from 2025-04 (contraction)
 */

#include "config.h"

#include <math.h>

#include "po-chart-data.h"
#include "../core/test-metrics-fixture.h"

typedef struct
{
  Workspace  ws;
  gint64     a, b, c, d;
} Fixture;

static void
set_renewal (Workspace  *ws,
             gint64      id,
             PoDay       on,
             PoForecast  forecast)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoAccount) account = po_store_get_account (ws->store, id, &error);

  g_assert_no_error (error);
  account->renewal_on = on;
  account->renewal_forecast = forecast;
  po_store_update_account (ws->store, account, &error);
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  Workspace *ws = &f->ws;

  workspace_setup (ws, data);
  f->a = add_account (ws, "a", PO_SEGMENT_SMB, "2024-01-01");
  f->b = add_account (ws, "b", PO_SEGMENT_ENTERPRISE, "2024-02-15");
  f->c = add_account (ws, "c", PO_SEGMENT_SMB, "2024-03-10");
  f->d = add_account (ws, "d", PO_SEGMENT_MID_MARKET, "2025-01-01");

  add_line (ws, f->a, "operator", 10000, "2024-01-01", NULL);
  add_line (ws, f->a, "entity", 5000, "2024-06-01", NULL);
  add_line (ws, f->b, "operator", 20000, "2024-02-15", "2024-09-01");
  add_line (ws, f->c, "operator", 30000, "2024-03-10", "2024-05-01");
  add_line (ws, f->c, "operator", 30000, "2024-08-01", NULL);
  add_line (ws, f->d, "manager", 40000, "2025-01-01", "2025-04-01");
  add_line (ws, f->d, "manager", 25000, "2025-04-01", NULL);

  /* A green from June to August (stale by the end of September), B red
   * at the end of August, C and D never scored */
  add_sample (ws, f->a, PO_COMPONENT_USAGE, "2024-06-10", 80);
  add_sample (ws, f->b, PO_COMPONENT_USAGE, "2024-08-20", 30);

  /* renewals counted from 2025-07-01 */
  set_renewal (ws, f->a, day ("2025-07-11"), PO_FORECAST_AT_RISK);
  set_renewal (ws, f->b, day ("2025-07-20"), PO_FORECAST_COMMIT);   /* churned */
  set_renewal (ws, f->c, day ("2025-12-27"), PO_FORECAST_LIKELY);   /* day 179 */
  set_renewal (ws, f->d, day ("2026-02-01"), PO_FORECAST_COMMIT);   /* past 180 */
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  workspace_teardown (&f->ws, data);
}

static PoChartSource *
load (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  PoChartSource *source = po_chart_source_load (f->ws.store, month ("2025-06"), NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (source);
  return source;
}

static double
at (const double *values,
    PoMonth       first,
    const char   *iso)
{
  return values[month (iso) - first];
}

static void
test_mrr_line (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(PoChartSource) source = load (f);
  g_autoptr(PoChartData) chart = po_chart_data_build (source, PO_CHART_MRR, 0, G_MAXINT32,
                                                      PO_CHART_ALL_SEGMENTS);
  const PoChartLine *line = po_chart_data_get_line (chart);
  const double *v;

  g_assert_nonnull (line);
  g_assert_null (po_chart_data_get_bars (chart));
  g_assert_cmpint (line->first_month, ==, month ("2024-01"));
  g_assert_cmpuint (line->n_months, ==, 18);
  g_assert_cmpint (line->kind, ==, PO_VALUE_CURRENCY);
  g_assert_cmpuint (line->n_series, ==, 1);
  v = line->series[0].values;
  g_assert_cmpfloat (at (v, line->first_month, "2024-01"), ==, 10000);
  g_assert_cmpfloat (at (v, line->first_month, "2024-02"), ==, 30000);
  g_assert_cmpfloat (at (v, line->first_month, "2024-03"), ==, 60000);
  g_assert_cmpfloat (at (v, line->first_month, "2024-05"), ==, 30000);
  g_assert_cmpfloat (at (v, line->first_month, "2024-06"), ==, 35000);
  g_assert_cmpfloat (at (v, line->first_month, "2024-08"), ==, 65000);
  g_assert_cmpfloat (at (v, line->first_month, "2024-09"), ==, 45000);
  g_assert_cmpfloat (at (v, line->first_month, "2025-01"), ==, 85000);
  g_assert_cmpfloat (at (v, line->first_month, "2025-04"), ==, 70000);

  /* a range inside the history */
  {
    g_autoptr(PoChartData) part = po_chart_data_build (source, PO_CHART_MRR, month ("2024-06"),
                                                       month ("2024-09"), PO_CHART_ALL_SEGMENTS);
    const PoChartLine *pl = po_chart_data_get_line (part);

    g_assert_cmpint (pl->first_month, ==, month ("2024-06"));
    g_assert_cmpuint (pl->n_months, ==, 4);
    g_assert_cmpfloat (pl->series[0].values[3], ==, 45000);
  }

  /* the smb segment: A and C */
  {
    g_autoptr(PoChartData) smb = po_chart_data_build (source, PO_CHART_MRR, 0, G_MAXINT32, PO_SEGMENT_SMB);
    const PoChartLine *sl = po_chart_data_get_line (smb);

    g_assert_cmpfloat (at (sl->series[0].values, sl->first_month, "2024-08"), ==, 45000);
    g_assert_cmpfloat (at (sl->series[0].values, sl->first_month, "2025-04"), ==, 45000);
  }
}

static void
test_movements (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PoChartSource) source = load (f);
  g_autoptr(PoChartData) chart = po_chart_data_build (source, PO_CHART_MOVEMENTS, 0, G_MAXINT32,
                                                      PO_CHART_ALL_SEGMENTS);
  g_autoptr(PoChartData) mrr = po_chart_data_build (source, PO_CHART_MRR, 0, G_MAXINT32,
                                                    PO_CHART_ALL_SEGMENTS);
  const PoChartBars *bars = po_chart_data_get_bars (chart);
  const double *m = po_chart_data_get_line (mrr)->series[0].values;
  int first;

  g_assert_nonnull (bars);
  g_assert_cmpuint (bars->n_series, ==, 5);
  first = bars->first_month;
  /* new, expansion, reactivation up; contraction, churn down */
  g_assert_cmpfloat (at (bars->series[0].values, first, "2024-02"), ==, 20000);
  g_assert_cmpfloat (at (bars->series[1].values, first, "2024-06"), ==, 5000);
  g_assert_cmpfloat (at (bars->series[2].values, first, "2024-08"), ==, 30000);
  g_assert_cmpfloat (at (bars->series[3].values, first, "2025-04"), ==, -15000);
  g_assert_cmpfloat (at (bars->series[4].values, first, "2024-05"), ==, -30000);
  g_assert_cmpfloat (at (bars->series[4].values, first, "2024-09"), ==, -20000);
  g_assert_cmpfloat (at (bars->series[0].values, first, "2025-01"), ==, 40000);

  /* the stacks add up to the change of MRR */
  for (guint i = 0; i < bars->n_months; i++)
    {
      double sum = 0;

      for (guint s = 0; s < bars->n_series; s++)
        sum += bars->series[s].values[i];
      g_assert_cmpfloat (sum, ==, bars->net[i]);
      g_assert_cmpfloat (bars->net[i], ==, m[i] - (i > 0 ? m[i - 1] : 0));
    }

  /* drill-down: the churn bar of September 2024 is B */
  {
    PoChartHit hit;
    g_autoptr(GArray) ids = NULL;
    g_autofree char *text = NULL;
    PoNumberStyle en;

    po_chart_hit_clear (&hit);
    hit.series = 4;
    hit.index = month ("2024-09") - first;
    hit.month = month ("2024-09");
    ids = po_chart_data_hit_accounts (chart, &hit);
    g_assert_cmpuint (ids->len, ==, 1);
    g_assert_cmpint (g_array_index (ids, gint64, 0), ==, f->b);
    g_assert_cmpstr (po_chart_source_account_name (source, f->b), ==, "b");

    po_number_style_for_language (&en, "en");
    text = po_chart_data_hit_text (chart, &hit, &en);
    g_assert_nonnull (strstr (text, "Sep 2024"));
    g_assert_nonnull (strstr (text, "(1 account)"));
  }
}

static void
test_retention (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PoChartSource) source = load (f);
  g_autoptr(PoChartData) chart = po_chart_data_build (source, PO_CHART_RETENTION, 0, G_MAXINT32,
                                                      PO_CHART_ALL_SEGMENTS);
  const PoChartLine *line = po_chart_data_get_line (chart);
  const double *nre, *grr;

  g_assert_cmpuint (line->n_series, ==, 2);
  g_assert_true (line->has_target);
  g_assert_cmpfloat (line->target, ==, 1.2);
  nre = line->series[0].values;
  grr = line->series[1].values;

  /* null before 12 months of history */
  for (PoMonth m = month ("2024-01"); m <= month ("2024-12"); m++)
    {
      g_assert_true (isnan (nre[m - line->first_month]));
      g_assert_true (isnan (grr[m - line->first_month]));
    }
  /* 2025-01 over the cohort of 2024-01, A: 10000 → 15000 */
  g_assert_cmpfloat_with_epsilon (at (nre, line->first_month, "2025-01"), 1.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (at (grr, line->first_month, "2025-01"), 1.0, 1e-12);
  /* 2025-03 over 2024-03: A 10000, B 20000, C 30000 → 15000 + 0 + 30000 */
  g_assert_cmpfloat_with_epsilon (at (nre, line->first_month, "2025-03"), 45000.0 / 60000, 1e-12);
  g_assert_cmpfloat_with_epsilon (at (grr, line->first_month, "2025-03"), 40000.0 / 60000, 1e-12);
}

/* Every chart's value equals the metrics engine's summary, month by month. */
static void
test_matches_summary (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PoChartSource) source = load (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(PoMetrics) metrics = po_metrics_load (f->ws.store, &f->ws.settings, month ("2025-06"),
                                                  PO_METRICS_LOAD_HEALTH, &error);
  g_autoptr(PoChartData) churn = po_chart_data_build (source, PO_CHART_LOGO_CHURN, 0, G_MAXINT32, -1);
  g_autoptr(PoChartData) quick = po_chart_data_build (source, PO_CHART_QUICK_RATIO, 0, G_MAXINT32, -1);
  g_autoptr(PoChartData) dist = po_chart_data_build (source, PO_CHART_HEALTH_DISTRIBUTION, 0, G_MAXINT32, -1);
  const PoChartLine *cl = po_chart_data_get_line (churn);
  const PoChartLine *ql = po_chart_data_get_line (quick);
  const PoChartDistribution *dd = po_chart_data_get_distribution (dist);

  g_assert_no_error (error);
  /* red, yellow, green and (C, D unscored) none */
  g_assert_cmpuint (dd->n_series, ==, 4);

  for (guint i = 0; i < cl->n_months; i++)
    {
      PoMonth m = cl->first_month + (PoMonth) i;
      PoMonthSummary expected, actual, sums = { 0 };

      po_metrics_month_summary (metrics, m, &expected);
      po_chart_source_summary (source, m, PO_CHART_ALL_SEGMENTS, &actual);
      g_assert_cmpint (actual.mrr_cents, ==, expected.mrr_cents);
      g_assert_cmpuint (actual.active_accounts, ==, expected.active_accounts);
      g_assert_cmpmem (actual.health, sizeof actual.health, expected.health, sizeof expected.health);
      g_assert_cmpint (isnan (cl->series[0].values[i]), ==, !expected.logo_churn_rate.has_value);
      if (expected.logo_churn_rate.has_value)
        g_assert_cmpfloat (cl->series[0].values[i], ==, expected.logo_churn_rate.value);
      g_assert_cmpint (isnan (ql->series[0].values[i]), ==, !expected.quick_ratio.has_value);
      if (expected.quick_ratio.has_value)
        g_assert_cmpfloat (ql->series[0].values[i], ==, expected.quick_ratio.value);
      g_assert_cmpfloat (dd->series[0].values[i], ==, expected.health[PO_HEALTH_BAND_RED]);
      g_assert_cmpfloat (dd->series[2].values[i], ==, expected.health[PO_HEALTH_BAND_GREEN]);
      g_assert_cmpfloat (dd->series[3].values[i], ==, expected.health[PO_HEALTH_BAND_NONE]);
      g_assert_cmpfloat (po_chart_source_kpi (source, PO_TILE_KPI_MRR, m, -1), ==, expected.mrr_cents);

      /* the segments add up to the whole */
      for (int seg = 0; seg < PO_N_SEGMENTS; seg++)
        {
          PoMonthSummary part;

          po_chart_source_summary (source, m, seg, &part);
          sums.mrr_cents += part.mrr_cents;
          sums.active_accounts += part.active_accounts;
          sums.movements.new_cents += part.movements.new_cents;
          sums.movements.churn_cents += part.movements.churn_cents;
          sums.movements.expansion_cents += part.movements.expansion_cents;
          sums.movements.contraction_cents += part.movements.contraction_cents;
          sums.movements.reactivation_cents += part.movements.reactivation_cents;
          for (guint b = 0; b < PO_N_HEALTH_BANDS; b++)
            sums.health[b] += part.health[b];
        }
      g_assert_cmpint (sums.mrr_cents, ==, expected.mrr_cents);
      g_assert_cmpuint (sums.active_accounts, ==, expected.active_accounts);
      g_assert_cmpint (sums.movements.new_cents, ==, expected.movements.new_cents);
      g_assert_cmpint (sums.movements.churn_cents, ==, expected.movements.churn_cents);
      g_assert_cmpint (sums.movements.expansion_cents, ==, expected.movements.expansion_cents);
      g_assert_cmpint (sums.movements.contraction_cents, ==, expected.movements.contraction_cents);
      g_assert_cmpint (sums.movements.reactivation_cents, ==, expected.movements.reactivation_cents);
      g_assert_cmpmem (sums.health, sizeof sums.health, expected.health, sizeof expected.health);
    }

  /* August 2024: A green, B red, C unscored */
  {
    int i = month ("2024-08") - dd->first_month;
    PoChartHit hit;
    g_autoptr(GArray) ids = NULL;

    g_assert_cmpfloat (dd->series[0].values[i], ==, 1);
    g_assert_cmpfloat (dd->series[1].values[i], ==, 0);
    g_assert_cmpfloat (dd->series[2].values[i], ==, 1);
    g_assert_cmpfloat (dd->series[3].values[i], ==, 1);

    po_chart_hit_clear (&hit);
    hit.series = 0;
    hit.index = i;
    hit.month = month ("2024-08");
    ids = po_chart_data_hit_accounts (dist, &hit);
    g_assert_cmpuint (ids->len, ==, 1);
    g_assert_cmpint (g_array_index (ids, gint64, 0), ==, f->b);
  }
}

static void
test_segment_summary (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PoChartSource) source = load (f);
  PoMonthSummary s;

  /* smb in 2025-03 over 2024-03: A 10000 → 15000, C 30000 → 30000 */
  po_chart_source_summary (source, month ("2025-03"), PO_SEGMENT_SMB, &s);
  g_assert_cmpint (s.mrr_cents, ==, 45000);
  g_assert_cmpuint (s.active_accounts, ==, 2);
  g_assert_true (s.nre.has_value);
  g_assert_cmpfloat_with_epsilon (s.nre.value, 45000.0 / 40000, 1e-12);
  g_assert_cmpfloat_with_epsilon (s.grr_12m.value, 1.0, 1e-12);
  g_assert_cmpint (s.arpa_cents.value, ==, 22500);
  g_assert_false (s.nps_12m.has_value);

  /* mid_market in April 2025: D contracts by 15000 */
  po_chart_source_summary (source, month ("2025-04"), PO_SEGMENT_MID_MARKET, &s);
  g_assert_cmpint (s.movements.contraction_cents, ==, 15000);
  g_assert_cmpuint (s.movements.n[PO_MOVEMENT_CONTRACTION], ==, 1);
  g_assert_true (s.quick_ratio.has_value);
  g_assert_cmpfloat (s.quick_ratio.value, ==, 0);

  /* enterprise in September 2024: B churns, the only one */
  po_chart_source_summary (source, month ("2024-09"), PO_SEGMENT_ENTERPRISE, &s);
  g_assert_cmpfloat (s.logo_churn_rate.value, ==, 1.0);
  g_assert_cmpuint (s.active_accounts, ==, 0);
  g_assert_false (s.arpa_cents.has_value);
}

static void
test_cohorts (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(PoChartSource) source = load (f);
  g_autoptr(PoChartData) rev = po_chart_data_build (source, PO_CHART_REVENUE_COHORTS, 0, G_MAXINT32, -1);
  g_autoptr(PoChartData) logo = po_chart_data_build (source, PO_CHART_LOGO_COHORTS, 0, G_MAXINT32, -1);
  const PoChartHeatmap *rh = po_chart_data_get_heatmap (rev);
  const PoChartHeatmap *lh = po_chart_data_get_heatmap (logo);
  PoChartHit hit;
  g_autoptr(GArray) ids = NULL;

  /* cohorts 2024-01 (A), 2024-02 (B), 2024-03 (C), 2025-01 (D) */
  g_assert_cmpuint (rh->n_rows, ==, 4);
  g_assert_cmpuint (rh->n_cols, ==, 18);
  g_assert_cmpint (rh->row_months[0], ==, month ("2024-01"));
  g_assert_cmpint (rh->row_months[2], ==, month ("2024-03"));
  g_assert_cmpint (rh->row_months[3], ==, month ("2025-01"));
  g_assert_cmpuint (rh->row_sizes[3], ==, 1);

  /* A expanded by half in June: age 5 */
  g_assert_cmpfloat (rh->values[0 * 18 + 0], ==, 1.0);
  g_assert_cmpfloat (rh->values[0 * 18 + 5], ==, 1.5);
  /* C gone in May (age 2), back in August (age 5) */
  g_assert_cmpfloat (lh->values[2 * 18 + 2], ==, 0.0);
  g_assert_cmpfloat (lh->values[2 * 18 + 5], ==, 1.0);
  /* D contracted to 62.5 % at age 3; not reached beyond age 5 */
  g_assert_cmpfloat (rh->values[3 * 18 + 3], ==, 0.625);
  g_assert_true (isnan (rh->values[3 * 18 + 6]));
  g_assert_true (isnan (lh->values[1 * 18 + 17]));

  po_chart_hit_clear (&hit);
  hit.row = 2;
  hit.index = 5;
  ids = po_chart_data_hit_accounts (logo, &hit);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, f->c);
}

static void
test_renewals (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(PoChartSource) source = load (f);
  g_autoptr(PoChartData) chart = po_chart_data_build (source, PO_CHART_RENEWALS, 0, 0, -1);
  g_autoptr(PoChartData) ent = po_chart_data_build (source, PO_CHART_RENEWALS, 0, 0, PO_SEGMENT_ENTERPRISE);
  const PoChartRenewals *r = po_chart_data_get_renewals (chart);
  g_autofree char *text = NULL;
  g_autofree char *describe = NULL;
  PoNumberStyle en;
  PoChartHit hit;

  g_assert_cmpuint (po_chart_source_get_renewal_day (source), ==, day ("2025-07-01"));
  g_assert_cmpuint (r->reference_day, ==, day ("2025-07-01"));
  /* B has churned, D renews after 180 days */
  g_assert_cmpuint (r->n_marks, ==, 2);
  g_assert_cmpint (r->marks[0].account_id, ==, f->a);
  g_assert_cmpint (r->marks[0].days, ==, 10);
  g_assert_cmpint (r->marks[0].forecast, ==, PO_FORECAST_AT_RISK);
  g_assert_cmpfloat (r->marks[0].mrr_cents, ==, 15000);
  g_assert_cmpint (r->marks[1].account_id, ==, f->c);
  g_assert_cmpint (r->marks[1].days, ==, 179);
  g_assert_cmpuint (po_chart_data_get_renewals (ent)->n_marks, ==, 0);

  po_number_style_for_language (&en, "en");
  po_chart_hit_clear (&hit);
  hit.index = 0;
  text = po_chart_data_hit_text (chart, &hit, &en);
  g_assert_nonnull (strstr (text, "2025-07-11"));
  g_assert_nonnull (strstr (text, "in 10 days"));
  describe = po_chart_data_describe (chart, &en);
  g_assert_nonnull (strstr (describe, "2 accounts"));
  g_assert_nonnull (strstr (describe, "The next is a in 10 days."));
}

static void
test_sparkline_and_kpis (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PoChartSource) source = load (f);
  g_autoptr(PoChartData) spark = po_chart_data_build_sparkline (source, PO_TILE_KPI_NRE, month ("2024-07"),
                                                                month ("2025-06"), -1);
  const PoChartSparkline *s = po_chart_data_get_sparkline (spark);

  g_assert_cmpuint (s->n_values, ==, 12);
  g_assert_true (s->monthly);
  g_assert_cmpint (s->first_month, ==, month ("2024-07"));
  g_assert_true (isnan (s->values[0]));
  g_assert_cmpfloat_with_epsilon (s->values[6], 1.5, 1e-12);
  g_assert_cmpint (po_tile_kpi_value_kind (PO_TILE_KPI_MRR), ==, PO_VALUE_CURRENCY);
  g_assert_false (po_tile_kpi_higher_is_better (PO_TILE_KPI_LOGO_CHURN));
  /* August 2024: A green, B red → half of the scored accounts */
  g_assert_cmpfloat (po_chart_source_kpi (source, PO_TILE_KPI_HEALTHY, month ("2024-08"), -1), ==, 0.5);
  g_assert_true (isnan (po_chart_source_kpi (source, PO_TILE_KPI_HEALTHY, month ("2025-06"), -1)));
}

static void
test_account_health (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoChartData) chart = NULL;
  const PoChartLine *line;
  Workspace *ws = &f->ws;

  add_sample (ws, f->a, PO_COMPONENT_SUPPORT, "2024-06-10", 50);
  add_sample (ws, f->a, PO_COMPONENT_USAGE, "2024-07-08", 40);
  chart = po_chart_data_new_account_health (ws->store, &ws->settings, f->a, day ("2024-06-03"),
                                            day ("2024-07-15"), &error);
  g_assert_no_error (error);
  line = po_chart_data_get_line (chart);
  g_assert_nonnull (line);
  g_assert_cmpuint (line->n_series, ==, 1 + PO_N_COMPONENTS);
  g_assert_cmpuint (line->n_bands, ==, 3);
  g_assert_cmpfloat (line->bands[0].to, ==, 40);
  /* weekly from 2024-06-03 to 2024-07-15: 7 days */
  g_assert_cmpuint (line->series[0].n_points, ==, 7);
  g_assert_true (isnan (line->series[0].values[0]));
  /* 2024-06-10: (30·80 + 15·50) / 45 = 70 */
  g_assert_cmpfloat (line->series[0].values[1], ==, 70);
  g_assert_cmpfloat (line->series[1 + PO_COMPONENT_USAGE].values[1], ==, 80);
  /* 2024-07-08: (30·40 + 15·50) / 45 = 43.3 → 43 */
  g_assert_cmpfloat (line->series[0].values[5], ==, 43);
  /* its trend over 30 days: 43 − 70 */
  g_assert_cmpstr (po_chart_data_get_title (chart), ==, "Health score (trend -27 in 30 days)");
  g_assert_cmpfloat (line->series[0].x[0], >=, month ("2024-06"));
  g_assert_cmpfloat (line->series[0].x[0], <, month ("2024-06") + 0.2);
}

static void
test_draw_every_chart (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(PoChartSource) source = load (f);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 400);
  PoChartStyle style;
  PoNumberStyle de;

  po_number_style_for_language (&de, "de");
  po_chart_style_init (&style, TRUE, &de);
  for (PoChartId id = 0; id < PO_N_CHARTS; id++)
    {
      g_autoptr(PoChartData) chart = po_chart_data_build (source, id, 0, G_MAXINT32, -1);
      g_autofree char *text = po_chart_data_describe (chart, &de);
      cairo_t *cr = cairo_create (surface);
      PoChartHit hit;

      po_chart_data_decimate (chart, 800);
      po_chart_data_draw (chart, cr, 800, 400, &style);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      g_assert_nonnull (text);
      g_assert_cmpstr (text, !=, "");
      /* every point of the plot answers without crashing */
      for (double x = 0; x < 800; x += 37)
        for (double y = 0; y < 400; y += 41)
          if (po_chart_data_hit (chart, &style, 800, 400, x, y, &hit))
            {
              g_autofree char *tip = po_chart_data_hit_text (chart, &hit, &de);
              g_autoptr(GArray) ids = po_chart_data_hit_accounts (chart, &hit);

              g_assert_nonnull (tip);
              g_assert_nonnull (ids);
            }
    }
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/chart-data/mrr", test_mrr_line);
  ADD ("/chart-data/movements", test_movements);
  ADD ("/chart-data/retention", test_retention);
  ADD ("/chart-data/matches-summary", test_matches_summary);
  ADD ("/chart-data/segment-summary", test_segment_summary);
  ADD ("/chart-data/cohorts", test_cohorts);
  ADD ("/chart-data/renewals", test_renewals);
  ADD ("/chart-data/sparkline-kpis", test_sparkline_and_kpis);
  ADD ("/chart-data/account-health", test_account_health);
  ADD ("/chart-data/draw", test_draw_every_chart);

#undef ADD

  return g_test_run ();
}
