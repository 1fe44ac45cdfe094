/* test-metrics-explain.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every KPI's explanation reproduces the KPI from its terms, and the
 * accounts behind the terms are the right ones. The fixture, month
 * 2025-01 (MRR in euros at month ends):
 *
 *            2024-01  …  2024-03..05  2024-12  2025-01
 *   a          100          100         100      150   expansion
 *   b          200          200         200        0   churn
 *   c          300          300         300      120   contraction
 *   d            0            0           0       70   new (from 01-10)
 *   e            0           40           0       30   reactivation (back
 *                                                      01-05, gone 06-01)
 *
 * NPS: a 10 (2024-05-02), b 3 (2024-08-01), c 8 (2024-09-01), a 9
 * (2025-01-20), d 0 (2024-01-15, before the 12 months).
 */

#include "config.h"

#include <string.h>

#include "po-metrics-explain.h"
#include "test-metrics-fixture.h"

typedef struct
{
  Workspace  ws;
  gint64     a, b, c, d, e;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  workspace_setup (&f->ws, data);
  f->a = add_account (&f->ws, "a", PO_SEGMENT_SMB, "2024-01-01");
  f->b = add_account (&f->ws, "b", PO_SEGMENT_SMB, "2024-01-01");
  f->c = add_account (&f->ws, "c", PO_SEGMENT_SMB, "2024-01-01");
  f->d = add_account (&f->ws, "d", PO_SEGMENT_SMB, "2025-01-10");
  f->e = add_account (&f->ws, "e", PO_SEGMENT_SMB, "2024-03-01");
  add_line (&f->ws, f->a, NULL, 10000, "2024-01-01", NULL);
  add_line (&f->ws, f->a, NULL, 5000, "2025-01-01", NULL);
  add_line (&f->ws, f->b, NULL, 20000, "2024-01-01", "2025-01-01");
  add_line (&f->ws, f->c, NULL, 30000, "2024-01-01", "2025-01-01");
  add_line (&f->ws, f->c, NULL, 12000, "2025-01-01", NULL);
  add_line (&f->ws, f->d, NULL, 7000, "2025-01-10", NULL);
  add_line (&f->ws, f->e, NULL, 4000, "2024-03-01", "2024-06-01");
  add_line (&f->ws, f->e, NULL, 3000, "2025-01-05", NULL);
  add_nps (&f->ws, f->a, "2024-05-02", 10);
  add_nps (&f->ws, f->b, "2024-08-01", 3);
  add_nps (&f->ws, f->c, "2024-09-01", 8);
  add_nps (&f->ws, f->a, "2025-01-20", 9);
  add_nps (&f->ws, f->d, "2024-01-15", 0);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  workspace_teardown (&f->ws, data);
}

static PoMetrics *
load (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  PoMetrics *m = po_metrics_load (f->ws.store, &f->ws.settings, month ("2025-01"), 0, &error);

  g_assert_no_error (error);
  return m;
}

static PoExplanation *
explain (PoMetrics *m,
         Fixture   *f,
         PoKpi      kpi)
{
  g_autoptr(GError) error = NULL;
  PoExplanation *e = po_metrics_explain (m, f->ws.store, kpi, month ("2025-01"), &error);

  g_assert_no_error (error);
  g_assert_nonnull (e);
  g_assert_cmpint (e->kpi, ==, kpi);
  g_assert_nonnull (e->formula);
  g_assert_nonnull (e->value_text);
  g_assert_nonnull (e->policies);
  return e;
}

static const PoExplanationTerm *
term (PoExplanation *e,
      const char    *key)
{
  const PoExplanationTerm *t = po_explanation_find_term (e, key);

  if (t == NULL)
    g_error ("no term %s in %s", key, po_kpi_nick (e->kpi));
  return t;
}

static void
assert_ids (const PoExplanationTerm *t,
            guint                    n,
            ...)
{
  va_list args;

  g_assert_cmpuint (t->account_ids->len, ==, n);
  va_start (args, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (g_array_index (t->account_ids, gint64, i), ==, va_arg (args, gint64));
  va_end (args);
}

/* value = numerator / denominator, bit for bit. */
static void
assert_quotient (PoExplanation *e,
                 double         expected)
{
  const PoExplanationTerm *num = term (e, "numerator");
  const PoExplanationTerm *den = term (e, "denominator");

  g_assert_true (e->value.has_value);
  g_assert_cmpfloat (e->value.value, ==, (double) num->amount / (double) den->amount);
  g_assert_cmpfloat_with_epsilon (e->value.value, expected, 1e-12);
}

static void
test_format (void)
{
  g_autofree char *a = po_explain_format_cents (123456700, "EUR");
  g_autofree char *b = po_explain_format_cents (-5, "USD");
  g_autofree char *c = po_explain_format_cents (0, "SEK");
  g_autofree char *d = po_explain_format_percent (1.2189, 1);
  g_autofree char *e = po_explain_format_number (-1234.5, 2);
  g_autofree char *f = po_explain_format_number (999.996, 2);
  g_autofree char *g = po_explain_format_number (-0.001, 1);

  g_assert_cmpstr (a, ==, "1,234,567.00 €");
  g_assert_cmpstr (b, ==, "−0.05 $");
  g_assert_cmpstr (c, ==, "0.00 SEK");
  g_assert_cmpstr (d, ==, "121.9 %");
  g_assert_cmpstr (e, ==, "−1,234.50");
  g_assert_cmpstr (f, ==, "1,000.00");
  g_assert_cmpstr (g, ==, "0.0");
}

static void
test_nicks (void)
{
  PoKpi kpi;

  for (guint k = 0; k < PO_N_KPIS; k++)
    {
      g_assert_true (po_kpi_from_nick (po_kpi_nick (k), &kpi));
      g_assert_cmpint (kpi, ==, k);
      g_assert_nonnull (po_kpi_title (k));
    }
  g_assert_false (po_kpi_from_nick ("ebitda", &kpi));
}

static void
test_mrr (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(PoMetrics) m = load (f);
  g_autoptr(PoExplanation) e = explain (m, f, PO_KPI_MRR);

  g_assert_cmpfloat (e->value.value, ==, 37000);
  g_assert_cmpint (term (e, "mrr")->amount, ==, po_metrics_mrr (m, month ("2025-01")));
  g_assert_cmpint (term (e, "active")->amount, ==, 4);
  assert_ids (term (e, "mrr"), 4, f->a, f->c, f->d, f->e);
  g_assert_cmpstr (e->formula, ==, "MRR₂₀₂₅₋₀₁ = Σ MRR of the 4 active accounts = 370.00 €");
}

static void
test_movements (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PoMetrics) m = load (f);
  g_autoptr(PoExplanation) e = explain (m, f, PO_KPI_MOVEMENTS);
  gint64 sum = term (e, "new")->amount + term (e, "expansion")->amount +
               term (e, "reactivation")->amount - term (e, "contraction")->amount -
               term (e, "churn")->amount;

  g_assert_cmpfloat (e->value.value, ==, -23000);
  g_assert_cmpint (sum, ==, -23000);
  g_assert_cmpint (term (e, "mrr")->amount - term (e, "mrr_previous")->amount, ==, sum);
  g_assert_cmpint (term (e, "new")->amount, ==, 7000);
  g_assert_cmpint (term (e, "reactivation")->amount, ==, 3000);
  assert_ids (term (e, "new"), 1, f->d);
  assert_ids (term (e, "expansion"), 1, f->a);
  assert_ids (term (e, "reactivation"), 1, f->e);
  assert_ids (term (e, "contraction"), 1, f->c);
  assert_ids (term (e, "churn"), 1, f->b);
  assert_ids (term (e, "mrr_previous"), 3, f->a, f->b, f->c);
  g_assert_cmpstr (e->value_text, ==, "−230.00 €");
  g_assert_cmpstr (e->formula, ==,
                   "New + expansion + reactivation − contraction − churn = 70.00 € + 50.00 € + 30.00 € "
                   "− 180.00 € − 200.00 € = −230.00 € = MRR₂₀₂₅₋₀₁ − MRR₂₀₂₄₋₁₂ = 370.00 € − 600.00 €");
}

static void
test_windows (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(PoMetrics) m = load (f);
  g_autoptr(PoExplanation) nrr = explain (m, f, PO_KPI_NRR_12M);
  g_autoptr(PoExplanation) grr = explain (m, f, PO_KPI_GRR_12M);
  g_autoptr(PoExplanation) nre = explain (m, f, PO_KPI_NRE);

  assert_quotient (nrr, 0.45);
  g_assert_cmpfloat (nrr->value.value, ==, po_metrics_nrr (m, month ("2024-01"), month ("2025-01")).value);
  assert_ids (term (nrr, "cohort"), 3, f->a, f->b, f->c);
  assert_ids (term (nrr, "denominator"), 3, f->a, f->b, f->c);
  assert_ids (term (nrr, "numerator"), 2, f->a, f->c);
  g_assert_cmpint (term (nrr, "numerator")->amount, ==, 27000);
  g_assert_cmpint (term (nrr, "denominator")->amount, ==, 60000);

  assert_quotient (grr, 22000.0 / 60000.0);
  g_assert_cmpfloat (grr->value.value, ==, po_metrics_grr (m, month ("2024-01"), month ("2025-01")).value);

  assert_quotient (nre, 0.45);
  g_assert_cmpfloat (nre->value.value, ==, po_metrics_nre (m, month ("2025-01")).value);
  g_assert_cmpstr (nre->formula, ==,
                   "NRE 2025-01 = NRR (2024-01, 2025-01] = Σ MRR₂₀₂₅₋₀₁ of the 3 accounts active in 2024-01"
                   " / their Σ MRR₂₀₂₄₋₀₁ = 270.00 € / 600.00 € = 45.0 % (target 120 %)");
}

static void
test_churn (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(PoMetrics) m = load (f);
  g_autoptr(PoExplanation) logo = explain (m, f, PO_KPI_LOGO_CHURN_RATE);
  g_autoptr(PoExplanation) gross = explain (m, f, PO_KPI_GROSS_MRR_CHURN_RATE);

  assert_quotient (logo, 1.0 / 3.0);
  assert_ids (term (logo, "numerator"), 1, f->b);
  assert_ids (term (logo, "denominator"), 3, f->a, f->b, f->c);
  g_assert_cmpstr (logo->formula, ==,
                   "Logo churn rate 2025-01 = accounts that churned in 2025-01 / accounts active in 2024-12"
                   " = 1 / 3 = 33.3 %");

  assert_quotient (gross, 38000.0 / 60000.0);
  g_assert_cmpint (term (gross, "numerator")->amount, ==,
                   term (gross, "churn")->amount + term (gross, "contraction")->amount);
  assert_ids (term (gross, "numerator"), 2, f->b, f->c);
}

static void
test_quick_ratio (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(PoMetrics) m = load (f);
  g_autoptr(PoMetrics) m2 = NULL;
  g_autoptr(PoExplanation) e = explain (m, f, PO_KPI_QUICK_RATIO);
  g_autoptr(PoExplanation) without = NULL;

  assert_quotient (e, 15000.0 / 38000.0);
  assert_ids (term (e, "numerator"), 3, f->a, f->d, f->e);
  assert_ids (term (e, "denominator"), 2, f->b, f->c);
  g_assert_true (e->quick_ratio_includes_reactivation);
  g_assert_cmpstr (e->value_text, ==, "0.39");

  set_setting (&f->ws, "quick_ratio_includes_reactivation", "0");
  m2 = load (f);
  without = explain (m2, f, PO_KPI_QUICK_RATIO);
  assert_quotient (without, 12000.0 / 38000.0);
  g_assert_cmpfloat (without->value.value, ==, po_metrics_quick_ratio (m2, month ("2025-01")).value);
  assert_ids (term (without, "numerator"), 2, f->a, f->d);
  g_assert_false (without->quick_ratio_includes_reactivation);
  g_assert_nonnull (strstr (without->formula, "reactivation (30.00 €) left out"));
  g_assert_nonnull (strstr (without->policies, "excludes"));
}

static void
test_reactivation_window (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(PoMetrics) m = NULL;
  g_autoptr(PoExplanation) e = NULL;

  /* e was gone from 05-31 to 01-05: over 90 days, so a new account. */
  set_setting (&f->ws, "reactivation_window_days", "90");
  m = load (f);
  e = explain (m, f, PO_KPI_MOVEMENTS);
  g_assert_cmpint (e->reactivation_window_days, ==, 90);
  g_assert_cmpint (term (e, "new")->amount, ==, 10000);
  g_assert_cmpint (term (e, "reactivation")->amount, ==, 0);
  assert_ids (term (e, "new"), 2, f->d, f->e);
  g_assert_cmpuint (term (e, "reactivation")->account_ids->len, ==, 0);
  g_assert_nonnull (strstr (e->policies, "90 days"));
}

static void
test_arpa_clv (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(PoMetrics) m = load (f);
  g_autoptr(PoExplanation) arpa = explain (m, f, PO_KPI_ARPA);
  g_autoptr(PoExplanation) clv = explain (m, f, PO_KPI_CLV);
  const PoExplanationTerm *sum, *mean;

  g_assert_cmpfloat (arpa->value.value, ==, 9250);
  g_assert_cmpint (po_metrics_div_round (term (arpa, "numerator")->amount, term (arpa, "denominator")->amount),
                   ==, (gint64) arpa->value.value);
  g_assert_cmpstr (arpa->formula, ==, "ARPA 2025-01 = MRR / active accounts = 370.00 € / 4 = 92.50 €");

  /* Churn rates: 2024-06 1/4 (e), 2025-01 1/3 (b); sum 7/12. */
  sum = term (clv, "churn_rate_sum");
  mean = term (clv, "mean_churn_rate");
  g_assert_cmpfloat_with_epsilon (sum->value, 7.0 / 12.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (mean->value, 7.0 / 144.0, 1e-12);
  assert_ids (sum, 2, f->b, f->e);
  assert_ids (mean, 2, f->b, f->e);
  g_assert_cmpfloat (term (clv, "gross_margin")->value, ==, 0.8);
  /* 9250 × 0.8 × 12 / (7/12) = 152228.57… */
  g_assert_cmpfloat (clv->value.value, ==, 152229);
  g_assert_cmpint (po_metrics_round_half_up (term (clv, "arpa")->amount * term (clv, "gross_margin")->value *
                                             12.0 / sum->value), ==, (gint64) clv->value.value);
  g_assert_cmpfloat (clv->value.value, ==, (double) po_metrics_clv (m, month ("2025-01")).value);
}

static void
test_nps (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(PoMetrics) m = load (f);
  g_autoptr(PoExplanation) e = explain (m, f, PO_KPI_NPS_12M);
  g_autoptr(GError) error = NULL;
  g_autoptr(PoExplanation) no_store = NULL;
  const PoExplanationTerm *num = term (e, "numerator"), *den = term (e, "denominator");

  g_assert_cmpfloat (e->value.value, ==, 100.0 * (double) num->amount / (double) den->amount);
  g_assert_cmpfloat (e->value.value, ==, 25);
  g_assert_cmpint (term (e, "promoters")->amount, ==, 2);
  g_assert_cmpint (term (e, "detractors")->amount, ==, 1);
  g_assert_cmpint (den->amount, ==, 4);
  assert_ids (term (e, "promoters"), 1, f->a);
  assert_ids (term (e, "detractors"), 1, f->b);
  assert_ids (num, 2, f->a, f->b);
  assert_ids (den, 3, f->a, f->b, f->c);
  g_assert_cmpstr (e->formula, ==,
                   "NPS 2024-02-01 … 2025-01-31 = (promoters − detractors) / responses × 100"
                   " = (2 − 1) / 4 × 100 = 25.0");

  no_store = po_metrics_explain (m, NULL, PO_KPI_NPS_12M, month ("2025-01"), &error);
  g_assert_no_error (error);
  g_assert_cmpint (po_explanation_find_term (no_store, "denominator")->amount, ==, 4);
  g_assert_cmpuint (po_explanation_find_term (no_store, "denominator")->account_ids->len, ==, 0);
}

/* Undefined KPIs: no cohort twelve months back, no month before. */
static void
test_undefined (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoMetrics) m = load (f);
  g_autoptr(PoExplanation) nrr = po_metrics_explain (m, f->ws.store, PO_KPI_NRR_12M, month ("2024-06"), &error);
  g_autoptr(PoExplanation) qr = po_metrics_explain (m, f->ws.store, PO_KPI_QUICK_RATIO, month ("2024-02"), &error);

  g_assert_no_error (error);
  g_assert_false (nrr->value.has_value);
  g_assert_cmpstr (nrr->value_text, ==, "—");
  g_assert_cmpint (term (nrr, "denominator")->amount, ==, 0);
  g_assert_cmpuint (term (nrr, "cohort")->account_ids->len, ==, 0);
  g_assert_cmpstr (nrr->formula, ==, "NRR (2023-06, 2024-06] = — : no account was active in 2023-06");
  g_assert_false (qr->value.has_value);
  g_assert_cmpint (term (qr, "denominator")->amount, ==, 0);
  g_assert_cmpstr (qr->value_text, ==, "—");
}

/* Every KPI of every month: the value is the metric's own. */
static void
test_all (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(PoMetrics) m = load (f);

  for (PoMonth mo = month ("2023-12"); mo <= month ("2025-01"); mo++)
    {
      PoMonthSummary s;

      po_metrics_month_summary (m, mo, &s);
      for (guint k = 0; k < PO_N_KPIS; k++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(PoExplanation) e = po_metrics_explain (m, f->ws.store, k, mo, &error);
          PoMetricValue v = { FALSE, 0 };

          g_assert_no_error (error);
          switch (k)
            {
            case PO_KPI_MRR: v.has_value = TRUE; v.value = s.mrr_cents; break;
            case PO_KPI_MOVEMENTS:
              v.has_value = TRUE;
              v.value = s.mrr_cents - po_metrics_mrr (m, mo - 1);
              break;
            case PO_KPI_NRR_12M: v = s.nrr_12m; break;
            case PO_KPI_GRR_12M: v = s.grr_12m; break;
            case PO_KPI_NRE: v = s.nre; break;
            case PO_KPI_LOGO_CHURN_RATE: v = s.logo_churn_rate; break;
            case PO_KPI_GROSS_MRR_CHURN_RATE: v = s.gross_mrr_churn_rate; break;
            case PO_KPI_QUICK_RATIO: v = s.quick_ratio; break;
            case PO_KPI_ARPA: v.has_value = s.arpa_cents.has_value; v.value = s.arpa_cents.value; break;
            case PO_KPI_CLV: v.has_value = s.clv_cents.has_value; v.value = s.clv_cents.value; break;
            case PO_KPI_NPS_12M: v = s.nps_12m; break;
            default: g_assert_not_reached ();
            }
          g_assert_true (e->value.has_value == v.has_value);
          if (v.has_value)
            g_assert_cmpfloat (e->value.value, ==, v.value);
          if (po_explanation_find_term (e, "numerator") != NULL && v.has_value &&
              k != PO_KPI_ARPA && k != PO_KPI_NPS_12M)
            assert_quotient (e, v.value);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/metrics-explain/format", test_format);
  g_test_add_func ("/core/metrics-explain/nicks", test_nicks);
  g_test_add ("/core/metrics-explain/mrr", Fixture, NULL, setup, test_mrr, teardown);
  g_test_add ("/core/metrics-explain/movements", Fixture, NULL, setup, test_movements, teardown);
  g_test_add ("/core/metrics-explain/windows", Fixture, NULL, setup, test_windows, teardown);
  g_test_add ("/core/metrics-explain/churn", Fixture, NULL, setup, test_churn, teardown);
  g_test_add ("/core/metrics-explain/quick-ratio", Fixture, NULL, setup, test_quick_ratio, teardown);
  g_test_add ("/core/metrics-explain/reactivation-window", Fixture, NULL, setup, test_reactivation_window, teardown);
  g_test_add ("/core/metrics-explain/arpa-clv", Fixture, NULL, setup, test_arpa_clv, teardown);
  g_test_add ("/core/metrics-explain/nps", Fixture, NULL, setup, test_nps, teardown);
  g_test_add ("/core/metrics-explain/undefined", Fixture, NULL, setup, test_undefined, teardown);
  g_test_add ("/core/metrics-explain/all", Fixture, NULL, setup, test_all, teardown);

  return g_test_run ();
}
