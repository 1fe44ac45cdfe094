/* po-report-appendix.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The appendix: every KPI's definition (DESIGN.md §3, as translatable
 * text) and its formula with the month's numbers plugged in, so an
 * investor can recompute each figure of the report.
 *
 * The terms come straight from PoMetrics. po-metrics-explain.c computes
 * the same terms for the app's explanations; the report should move onto
 * it (the name clash that kept them apart is gone).
 */

#define G_LOG_DOMAIN "po-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "po-report-private.h"

typedef struct
{
  gint64 numerator;
  gint64 denominator;
  guint  cohort;
} Retention;

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

static Retention
retention (PoMetrics *metrics,
           PoMonth    m0,
           PoMonth    m1,
           gboolean   gross)
{
  Retention r = { 0, 0, 0 };

  if (po_metrics_get_n_months (metrics) == 0)
    return r;
  for (guint i = 0; i < po_metrics_get_n_accounts (metrics); i++)
    {
      gint64 then = po_metrics_account_mrr (metrics, i, m0);
      gint64 now;

      if (then <= 0)
        continue;
      now = po_metrics_account_mrr (metrics, i, m1);
      r.cohort++;
      r.denominator += then;
      r.numerator += gross ? MIN (now, then) : now;
    }
  return r;
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
retention_formula (PoReport  *self,
                   Retention  r,
                   PoMonth    m0)
{
  g_autofree char *num = money (self, r.numerator);
  g_autofree char *den = money (self, r.denominator);
  g_autofree char *month = po_format_month (&self->numbers, m0, PO_MONTH_FORMAT_SHORT_YEAR);

  /* Translators: "€52,100.00 today ÷ €41,000.00 in Oct 2025 (41 accounts active then)" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s today ÷ %s in %s (%u account active then)",
                                       "%s today ÷ %s in %s (%u accounts active then)",
                                       r.cohort),
                          num, den, month, r.cohort);
}

static void
add_movements (PoReport          *self,
               const PoSettings  *settings,
               PoMetrics         *metrics)
{
  const PoMonthSummary *s = &self->summary;
  const PoMovements *mv = &s->movements;
  gint64 previous = po_metrics_get_n_months (metrics) > 0 ? po_metrics_mrr (metrics, self->month - 1) : 0;
  gint64 net = mv->new_cents + mv->expansion_cents + mv->reactivation_cents -
               mv->contraction_cents - mv->churn_cents;
  g_autofree char *n = money (self, mv->new_cents);
  g_autofree char *e = money (self, mv->expansion_cents);
  g_autofree char *r = money (self, mv->reactivation_cents);
  g_autofree char *c = money (self, mv->contraction_cents);
  g_autofree char *ch = money (self, mv->churn_cents);
  g_autofree char *p = money (self, previous);
  g_autofree char *now = money (self, s->mrr_cents);
  g_autofree char *lost = money (self, mv->churn_cents + mv->contraction_cents);
  g_autofree char *gained = money (self, mv->new_cents + mv->expansion_cents +
                                   (settings->quick_ratio_includes_reactivation ? mv->reactivation_cents : 0));

  add_definition (self, _("MRR movements"), money (self, net),
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
  PoMonth m = self->month;
  Retention nrr = retention (metrics, m - 12, m, FALSE);
  Retention grr = retention (metrics, m - 12, m, TRUE);
  g_autofree char *intro = NULL;
  g_autofree char *policy = NULL;
  g_autofree char *mrr = money (self, s->mrr_cents);
  g_autofree char *margin = po_format_percent (&self->numbers, settings->gross_margin, 0);
  g_autofree char *arpa = cents_or_dash (self, s->arpa_cents);
  double churn_sum = 0;
  guint previous_active = po_metrics_get_n_months (metrics) > 0 ? po_metrics_active_accounts (metrics, m - 1) : 0;

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
                  retention_formula (self, nrr, m - 12));
  add_definition (self, _("GRR — gross revenue retention"), rate (self, s->grr_12m, 1),
                  _("As NRE, but each account counts with at most the MRR it paid twelve months ago, so it shows only what was kept (never above 100 %)."),
                  retention_formula (self, grr, m - 12));
  add_definition (self, _("Logo churn rate"), rate (self, s->logo_churn_rate, 1),
                  _("Accounts that churned in the month divided by the accounts active at the end of the month before."),
                  g_strdup_printf (_("%u churned ÷ %u active the month before"),
                                   s->movements.n[PO_MOVEMENT_CHURN], previous_active));
  add_movements (self, settings, metrics);
  add_definition (self, _("ARPA — average revenue per account"), g_strdup (arpa),
                  _("MRR divided by the number of active accounts, in cents rounded half up."),
                  g_strdup_printf (_("%s ÷ %u accounts"), mrr, s->active_accounts));

  for (int k = 0; k < 12 && po_metrics_get_n_months (metrics) > 0; k++)
    {
      PoMetricValue v = po_metrics_logo_churn_rate (metrics, m - k);

      churn_sum += v.has_value ? v.value : 0;
    }
  {
    g_autofree char *mean = po_format_percent (&self->numbers, churn_sum / 12, 2);

    add_definition (self, _("CLV — customer lifetime value"), cents_or_dash (self, s->clv_cents),
                    _("ARPA times the gross margin divided by the mean monthly logo churn rate of the last twelve months; undefined when no account churned in that time."),
                    g_strdup_printf (_("%s ARPA × %s gross margin ÷ %s mean monthly logo churn"),
                                     arpa, margin, mean));
  }
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
