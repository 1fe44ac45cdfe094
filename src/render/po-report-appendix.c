/* po-report-appendix.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The appendix: every KPI's definition (DESIGN.md §3, as translatable
 * text) and its formula with the month's numbers plugged in, so an
 * investor can recompute each figure of the report.
 *
 * The terms come from po_metrics_explain(), as in the app's
 * explanations; the report words and formats them for its reader.
 */

#define G_LOG_DOMAIN "po-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "po-metrics-explain.h"
#include "po-report-private.h"

static char *
money (PoReport *self,
       gint64    cents)
{
  return po_format_currency (&self->numbers, cents);
}

static char *
rate (PoReport      *self,
      PoMetricValue  v,
      int            decimals)
{
  return v.has_value ? po_format_percent (&self->numbers, v.value, decimals) : g_strdup ("—");
}

static char *
number (PoReport      *self,
        PoMetricValue  v,
        int            decimals)
{
  return v.has_value ? po_format_number (&self->numbers, v.value, decimals) : g_strdup ("—");
}

static char *
cents_or_dash (PoReport      *self,
               PoMetricCents  v)
{
  return v.has_value ? money (self, v.value) : g_strdup ("—");
}

/* The terms of @kpi in @month; NULL without data, when every term is 0. */
static PoExplanation *
explain (PoMetrics *metrics,
         PoKpi      kpi,
         PoMonth    month)
{
  if (po_metrics_get_n_months (metrics) == 0 || month > po_metrics_get_last_month (metrics))
    return NULL;
  /* without a store only NPS can fail, and the appendix explains no NPS */
  return po_metrics_explain (metrics, NULL, kpi, month, NULL);
}

static const PoExplanationTerm *
term (const PoExplanation *e,
      const char          *key)
{
  static const PoExplanationTerm zero = { 0 };
  const PoExplanationTerm *t = e != NULL ? po_explanation_find_term (e, key) : NULL;

  return t != NULL ? t : &zero;
}

static gint64
amount (const PoExplanation *e,
        const char          *key)
{
  return term (e, key)->amount;
}

static void
add_definition (PoReport   *self,
                const char *title,
                char       *value,
                const char *definition,
                char       *formula)
{
  char **cells = g_new0 (char *, 5);

  cells[0] = g_strdup (title);
  cells[1] = value;
  cells[2] = g_strdup (definition);
  cells[3] = formula != NULL ? formula : g_strdup ("");
  _po_report_add_block (self, PO_REPORT_BLOCK_DEFINITION, NULL, cells);
}

static char *
retention_formula (PoReport      *self,
                   PoMetrics     *metrics,
                   PoKpi          kpi)
{
  g_autoptr(PoExplanation) e = explain (metrics, kpi, self->month);
  guint cohort = (guint) amount (e, "cohort");
  g_autofree char *num = money (self, amount (e, "numerator"));
  g_autofree char *den = money (self, amount (e, "denominator"));
  g_autofree char *month = po_format_month (&self->numbers, self->month - 12, PO_MONTH_FORMAT_SHORT_YEAR);

  /* Translators: "€52,100.00 today ÷ €41,000.00 in Oct 2025 (41 accounts active then)" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s today ÷ %s in %s (%u account active then)",
                                       "%s today ÷ %s in %s (%u accounts active then)",
                                       cohort),
                          num, den, month, cohort);
}

static void
add_movements (PoReport  *self,
               PoMetrics *metrics)
{
  const PoMonthSummary *s = &self->summary;
  g_autoptr(PoExplanation) mv = explain (metrics, PO_KPI_MOVEMENTS, self->month);
  g_autoptr(PoExplanation) quick = explain (metrics, PO_KPI_QUICK_RATIO, self->month);
  g_autofree char *n = money (self, amount (mv, po_movement_kind_nick (PO_MOVEMENT_NEW)));
  g_autofree char *e = money (self, amount (mv, po_movement_kind_nick (PO_MOVEMENT_EXPANSION)));
  g_autofree char *r = money (self, amount (mv, po_movement_kind_nick (PO_MOVEMENT_REACTIVATION)));
  g_autofree char *c = money (self, amount (mv, po_movement_kind_nick (PO_MOVEMENT_CONTRACTION)));
  g_autofree char *ch = money (self, amount (mv, po_movement_kind_nick (PO_MOVEMENT_CHURN)));
  g_autofree char *p = money (self, amount (mv, "mrr_previous"));
  g_autofree char *now = money (self, s->mrr_cents);
  g_autofree char *lost = money (self, amount (quick, "denominator"));
  g_autofree char *gained = money (self, amount (quick, "numerator"));

  /* the net change is exactly MRR now − MRR before (po-metrics-explain.h) */
  add_definition (self, _("MRR movements"), money (self, amount (mv, "mrr") - amount (mv, "mrr_previous")),
                  _("Each account's change against the month before: new (first activity), reactivation (active before, then not), expansion and contraction (more or less MRR), churn (down to zero). New + expansion + reactivation − contraction − churn is exactly the change in MRR."),
                  g_strdup_printf (_("%s new + %s expansion + %s reactivation − %s contraction − %s churn = %s − %s"),
                                   n, e, r, c, ch, now, p));
  add_definition (self, _("Gross MRR churn rate"), rate (self, s->gross_mrr_churn_rate, 1),
                  _("Churned and contracted MRR of the month divided by the MRR at the end of the month before."),
                  g_strdup_printf (_("(%s churn + %s contraction) ÷ %s"), ch, c, p));
  add_definition (self, _("Quick ratio"), number (self, s->quick_ratio, 2),
                  _("MRR gained (new, expansion and, by the workspace's policy, reactivation) divided by MRR lost (churn and contraction); undefined when nothing was lost. Above 4 is considered efficient growth."),
                  g_strdup_printf (_("%s gained ÷ %s lost"), gained, lost));
}

gboolean
_po_report_load_appendix (PoReport          *self,
                          const PoSettings  *settings,
                          PoMetrics         *metrics,
                          GError           **error)
{
  const PoMonthSummary *s = &self->summary;
  g_autoptr(PoExplanation) churn = explain (metrics, PO_KPI_LOGO_CHURN_RATE, self->month);
  g_autoptr(PoExplanation) clv = explain (metrics, PO_KPI_CLV, self->month);
  g_autofree char *intro = NULL;
  g_autofree char *policy = NULL;
  g_autofree char *mrr = money (self, s->mrr_cents);
  g_autofree char *margin = po_format_percent (&self->numbers, settings->gross_margin, 0);
  g_autofree char *arpa = cents_or_dash (self, s->arpa_cents);
  g_autofree char *mean = po_format_percent (&self->numbers, term (clv, "mean_churn_rate")->value, 2);

  _po_report_begin_flow (self, PO_REPORT_SECTION_APPENDIX);
  intro = g_strdup_printf (_("Vendors disagree on these definitions, so every figure in this report is defined here, with its formula and the numbers of %s plugged in. Money is counted in whole cents; a figure without a defined value is shown as “—”."),
                           self->month_text);
  _po_report_add_text (self, PO_REPORT_BLOCK_TEXT, intro);

  add_definition (self, _("MRR"), g_strdup (mrr),
                  _("Monthly recurring revenue at the end of the month: the sum of the monthly amounts of all subscription lines running on the month's last day. Annual contracts count with their monthly share. An account is active when its MRR is above zero."),
                  g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s from %u active account",
                                                "%s from %u active accounts", s->active_accounts),
                                   mrr, s->active_accounts));
  add_definition (self, _("NRE — net revenue expansion"), rate (self, s->nre, 1),
                  _("The key metric of Peak One: net revenue retention over the twelve months ending with the month. The accounts active twelve months ago (the cohort) and the MRR they pay today, divided by the MRR they paid then; expansion counts, new accounts do not. The target is 120 %: the customers of a year ago pay a fifth more today."),
                  retention_formula (self, metrics, PO_KPI_NRE));
  add_definition (self, _("GRR — gross revenue retention"), rate (self, s->grr_12m, 1),
                  _("As NRE, but each account counts with at most the MRR it paid twelve months ago, so it shows only what was kept (never above 100 %)."),
                  retention_formula (self, metrics, PO_KPI_GRR_12M));
  add_definition (self, _("Logo churn rate"), rate (self, s->logo_churn_rate, 1),
                  _("Accounts that churned in the month divided by the accounts active at the end of the month before."),
                  g_strdup_printf (_("%u churned ÷ %u active the month before"),
                                   (guint) amount (churn, "numerator"), (guint) amount (churn, "denominator")));
  add_movements (self, metrics);
  add_definition (self, _("ARPA — average revenue per account"), g_strdup (arpa),
                  _("MRR divided by the number of active accounts, in cents rounded half up."),
                  g_strdup_printf (_("%s ÷ %u accounts"), mrr, s->active_accounts));

  add_definition (self, _("CLV — customer lifetime value"), cents_or_dash (self, s->clv_cents),
                  _("ARPA times the gross margin divided by the mean monthly logo churn rate of the last twelve months; undefined when no account churned in that time."),
                  g_strdup_printf (_("%s ARPA × %s gross margin ÷ %s mean monthly logo churn"),
                                   arpa, margin, mean));
  add_definition (self, _("NPS — net promoter score (12 months)"), number (self, s->nps_12m, 1),
                  _("Responses of the last twelve months: the share of promoters (9–10) minus the share of detractors (0–6), times 100."),
                  NULL);

  {
    g_autofree char *returns = settings->reactivation_window_days > 0
      ? g_strdup_printf (_("An account that returns within %d days of leaving is a reactivation; later it counts as new."),
                         settings->reactivation_window_days)
      : g_strdup (_("Any return of an earlier customer counts as a reactivation."));
    const char *quick = settings->quick_ratio_includes_reactivation
      ? _("The quick ratio counts reactivations as gained MRR.")
      : _("The quick ratio leaves reactivations out.");

    /* Translators: the two policies, each a sentence */
    policy = g_strdup_printf (_("Workspace policies: %s %s"), returns, quick);
  }
  _po_report_add_text (self, PO_REPORT_BLOCK_NOTE, policy);
  _po_report_end_flow (self, PO_REPORT_SECTION_APPENDIX);
  return TRUE;
}
