/* po-metrics-explain.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Explain every number" (DESIGN.md §3): for a KPI of a month, its formula
 * with the actual numbers plugged in, the terms behind it with the
 * accounts behind each term (for drill-down), and the two workspace
 * policies that change the figures, shown beside the formula.
 *
 * The terms reproduce the KPI exactly (the tests rely on it):
 *
 *   mrr                   value = term "mrr"
 *   movements             value = "new" + "expansion" + "reactivation"
 *                         − "contraction" − "churn" = "mrr" − "mrr_previous"
 *   nrr_12m, grr_12m, nre value = "numerator" / "denominator" (cents);
 *                         "cohort" are the accounts active in m − 12
 *   logo_churn_rate       value = "numerator" / "denominator" (counts)
 *   gross_mrr_churn_rate  value = "numerator" / "denominator" (cents),
 *                         "numerator" = "churn" + "contraction"
 *   quick_ratio           value = "numerator" / "denominator" (cents),
 *                         "numerator" = "new" + "expansion" (+ "reactivation"
 *                         when the workspace policy includes it)
 *   arpa                  value = "numerator" / "denominator" rounded half up
 *                         (po_metrics_div_round())
 *   clv                   value = "arpa" × "gross_margin" × 12 /
 *                         "churn_rate_sum", rounded half up
 *                         (po_metrics_round_half_up()); "churn_rate_sum" is
 *                         the sum of the 12 monthly logo churn rates
 *                         m − 11 .. m, "mean_churn_rate" its twelfth
 *   nps_12m               value = 100 × "numerator" / "denominator",
 *                         "numerator" = "promoters" − "detractors",
 *                         "denominator" = all responses of the 12 months
 *
 * A term's account ids are the accounts that make up its figure: the
 * accounts active in the month for MRR terms, the accounts with that
 * movement for movement terms, the cohort members active at the window's
 * end for the NRR/GRR numerator, the accounts that churned in one of the
 * 12 months for the CLV churn terms, the accounts that answered for the
 * NPS terms (ids only when a store is given), none for plain ratios.
 */

#pragma once

#include "po-metrics.h"
#include "po-store.h"

G_BEGIN_DECLS

typedef enum
{
  PO_KPI_MRR,
  PO_KPI_MOVEMENTS,
  PO_KPI_NRR_12M,
  PO_KPI_GRR_12M,
  PO_KPI_NRE,
  PO_KPI_LOGO_CHURN_RATE,
  PO_KPI_GROSS_MRR_CHURN_RATE,
  PO_KPI_QUICK_RATIO,
  PO_KPI_ARPA,
  PO_KPI_CLV,
  PO_KPI_NPS_12M,
  PO_N_KPIS
} PoKpi;

typedef enum
{
  PO_TERM_CENTS,    /* amount in cents */
  PO_TERM_COUNT,    /* amount is a count */
  PO_TERM_RATIO,    /* value only, 0.25 = 25 % */
} PoTermUnit;

typedef struct
{
  char        *key;          /* stable, see above */
  char        *label;        /* translated */
  PoTermUnit   unit;
  gint64       amount;       /* cents or count; 0 for a ratio */
  double       value;        /* the ratio, or (double) amount */
  char        *text;         /* the value formatted as in the formula */
  GArray      *account_ids;  /* gint64, ascending; possibly empty */
} PoExplanationTerm;

typedef struct
{
  PoKpi          kpi;
  PoMonth        month;
  char          *title;      /* translated KPI name */
  /* The KPI as po_metrics_*() returns it; cents as a double for mrr,
   * movements (the net change), arpa and clv. */
  PoMetricValue  value;
  char          *value_text; /* "121.9 %", "1,234.00 €", "—" */
  char          *formula;    /* translated, numbers plugged in */
  GPtrArray     *terms;      /* of PoExplanationTerm */
  int            reactivation_window_days;
  gboolean       quick_ratio_includes_reactivation;
  char          *policies;   /* translated, both policies in one line */
} PoExplanation;

/* @store: (nullable): the workspace @metrics was loaded from, for the
 * accounts behind NPS terms; without it those lists are empty. */
PoExplanation           *po_metrics_explain        (PoMetrics            *metrics,
                                                    PoStore              *store,
                                                    PoKpi                 kpi,
                                                    PoMonth               month,
                                                    GError              **error);
void                     po_explanation_free       (PoExplanation        *self);
const PoExplanationTerm *po_explanation_find_term  (const PoExplanation  *self,
                                                    const char           *key);

const char              *po_kpi_nick               (PoKpi                 kpi);
gboolean                 po_kpi_from_nick          (const char           *nick,
                                                    PoKpi                *kpi);
/* Translated. */
const char              *po_kpi_title              (PoKpi                 kpi);

/* Locale-neutral formatting (independent of LC_NUMERIC): the decimal and
 * thousands separators and the order of amount and symbol come from the
 * translation ("1,234,567.00 €" untranslated, "1.234.567,00 €" in
 * German). EUR, USD, GBP and CHF get their symbols, other codes are
 * printed as they are. */
char                    *po_explain_format_cents   (gint64                cents,
                                                    const char           *currency);
char                    *po_explain_format_number  (double                value,
                                                    int                   decimals);
char                    *po_explain_format_percent (double                ratio,
                                                    int                   decimals);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoExplanation, po_explanation_free)

G_END_DECLS
