/* po-metrics-explain-kpis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One builder per KPI. Each reads the same arrays as the metric itself
 * and sets the value from the metric's own function, so the formula can
 * never drift from the number on the dashboard.
 */

#define G_LOG_DOMAIN "po-metrics-explain"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "po-metrics-explain-private.h"
#include "po-store-private.h"

static GArray *
ids_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (gint64));
}

static void
add_id (GArray    *ids,
        PoMetrics *m,
        guint      a)
{
  g_array_append_val (ids, m->accounts[a].id);
}

/* Accounts with MRR > 0 at the end of @month, in id order. */
static GArray *
active_ids (PoMetrics *m,
            PoMonth    month)
{
  GArray *ids = ids_new ();

  for (guint a = 0; a < m->n_accounts; a++)
    if (_po_metrics_cell (m, a, month) > 0)
      add_id (ids, m, a);
  return ids;
}

static GArray *
movement_ids (PoMetrics      *m,
              PoMonth         month,
              PoMovementKind  kind1,
              PoMovementKind  kind2)
{
  GArray *ids = ids_new ();

  for (guint a = 0; a < m->n_accounts; a++)
    {
      PoMovementKind k = po_metrics_account_movement (m, a, month);

      if (k != PO_MOVEMENT_NONE && (k == kind1 || k == kind2))
        add_id (ids, m, a);
    }
  return ids;
}

static char *
ratio_text (PoMetricValue v)
{
  return v.has_value ? po_explain_format_percent (v.value, 1) : g_strdup ("—");
}

static char *
count_text (gint64 n)
{
  return po_explain_format_number ((double) n, 0);
}

static PoMetricValue
value_of (double v)
{
  PoMetricValue r = { TRUE, v };

  return r;
}

static PoMetricValue
value_of_cents (PoMetricCents c)
{
  PoMetricValue r = { c.has_value, (double) c.value };

  return r;
}

static void
explain_mrr (PoExplanation *e,
             PoMetrics     *m)
{
  gint64 mrr = po_metrics_mrr (m, e->month);
  guint active = po_metrics_active_accounts (m, e->month);
  g_autofree char *sub = _po_explain_sub ("MRR", e->month);

  e->value = value_of ((double) mrr);
  e->value_text = _po_explain_cents (m, mrr);
  e->formula = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%s = Σ MRR of the %u active account = %s",
                                             "%s = Σ MRR of the %u active accounts = %s", active),
                                sub, active, e->value_text);
  _po_explanation_add_term (e, "active", _("Active accounts"), PO_TERM_COUNT, active, active,
                            count_text (active), active_ids (m, e->month));
  _po_explanation_add_term (e, "mrr", sub, PO_TERM_CENTS, mrr, (double) mrr,
                            _po_explain_cents (m, mrr), active_ids (m, e->month));
}

static void
add_movement_term (PoExplanation  *e,
                   PoMetrics      *m,
                   PoMovementKind  kind,
                   gint64          cents)
{
  _po_explanation_add_term (e, po_movement_kind_nick (kind), po_movement_kind_label (kind),
                            PO_TERM_CENTS, cents, (double) cents, _po_explain_cents (m, cents),
                            movement_ids (m, e->month, kind, kind));
}

static void
explain_movements (PoExplanation *e,
                   PoMetrics     *m)
{
  PoMovements mv;
  gint64 prev = po_metrics_mrr (m, e->month - 1);
  gint64 cur = po_metrics_mrr (m, e->month);
  g_autofree char *sub = _po_explain_sub ("MRR", e->month);
  g_autofree char *sub_prev = _po_explain_sub ("MRR", e->month - 1);
  g_autofree char *t_new = NULL, *t_exp = NULL, *t_react = NULL, *t_contr = NULL, *t_churn = NULL;
  g_autofree char *t_prev = _po_explain_cents (m, prev);
  g_autofree char *t_cur = _po_explain_cents (m, cur);

  po_metrics_movements (m, e->month, &mv);
  t_new = _po_explain_cents (m, mv.new_cents);
  t_exp = _po_explain_cents (m, mv.expansion_cents);
  t_react = _po_explain_cents (m, mv.reactivation_cents);
  t_contr = _po_explain_cents (m, mv.contraction_cents);
  t_churn = _po_explain_cents (m, mv.churn_cents);

  e->value = value_of ((double) (cur - prev));
  e->value_text = _po_explain_cents (m, cur - prev);
  e->formula = g_strdup_printf (_("New + expansion + reactivation − contraction − churn = "
                                  "%s + %s + %s − %s − %s = %s = %s − %s = %s − %s"),
                                t_new, t_exp, t_react, t_contr, t_churn, e->value_text,
                                sub, sub_prev, t_cur, t_prev);

  add_movement_term (e, m, PO_MOVEMENT_NEW, mv.new_cents);
  add_movement_term (e, m, PO_MOVEMENT_EXPANSION, mv.expansion_cents);
  add_movement_term (e, m, PO_MOVEMENT_REACTIVATION, mv.reactivation_cents);
  add_movement_term (e, m, PO_MOVEMENT_CONTRACTION, mv.contraction_cents);
  add_movement_term (e, m, PO_MOVEMENT_CHURN, mv.churn_cents);
  _po_explanation_add_term (e, "mrr_previous", sub_prev, PO_TERM_CENTS, prev, (double) prev,
                            g_strdup (t_prev), active_ids (m, e->month - 1));
  _po_explanation_add_term (e, "mrr", sub, PO_TERM_CENTS, cur, (double) cur,
                            g_strdup (t_cur), active_ids (m, e->month));
}

/* NRR, GRR and NRE over the window (month − 12, month]. */
static void
explain_window (PoExplanation *e,
                PoMetrics     *m)
{
  PoMonth m0 = e->month - 12, m1 = e->month;
  GArray *cohort = ids_new (), *kept_ids = ids_new ();
  gint64 start = 0, end = 0, kept = 0, num;
  gboolean gross = e->kpi == PO_KPI_GRR_12M;
  g_autofree char *w0 = _po_explain_month (m0);
  g_autofree char *w1 = _po_explain_month (m1);
  g_autofree char *sub0 = _po_explain_sub ("MRR", m0);
  g_autofree char *sub1 = _po_explain_sub ("MRR", m1);
  g_autofree char *t_num = NULL, *t_den = NULL, *formula = NULL;

  for (guint a = 0; a < m->n_accounts; a++)
    {
      gint64 s = _po_metrics_cell (m, a, m0), x;

      if (s <= 0)
        continue;
      x = _po_metrics_cell (m, a, m1);
      start += s;
      end += x;
      kept += MIN (s, x);
      add_id (cohort, m, a);
      if (x > 0)
        add_id (kept_ids, m, a);
    }
  num = gross ? kept : end;
  e->value = gross ? po_metrics_grr (m, m0, m1)
                   : e->kpi == PO_KPI_NRE ? po_metrics_nre (m, m1) : po_metrics_nrr (m, m0, m1);
  e->value_text = ratio_text (e->value);
  t_num = _po_explain_cents (m, num);
  t_den = _po_explain_cents (m, start);

  if (cohort->len == 0)
    formula = g_strdup_printf (gross ? _("GRR (%s, %s] = — : no account was active in %s")
                                     : _("NRR (%s, %s] = — : no account was active in %s"),
                               w0, w1, w0);
  else if (gross)
    formula = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "GRR (%s, %s] = Σ min (%s, %s) of the %u account active in %s"
                                            " / its Σ %s = %s / %s = %s",
                                            "GRR (%s, %s] = Σ min (%s, %s) of the %u accounts active in %s"
                                            " / their Σ %s = %s / %s = %s", cohort->len),
                               w0, w1, sub1, sub0, cohort->len, w0, sub0, t_num, t_den, e->value_text);
  else
    formula = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "NRR (%s, %s] = Σ %s of the %u account active in %s"
                                            " / its Σ %s = %s / %s = %s",
                                            "NRR (%s, %s] = Σ %s of the %u accounts active in %s"
                                            " / their Σ %s = %s / %s = %s", cohort->len),
                               w0, w1, sub1, cohort->len, w0, sub0, t_num, t_den, e->value_text);
  if (e->kpi == PO_KPI_NRE)
    {
      g_autofree char *target = po_explain_format_percent (1.2, 0);

      /* TRANSLATORS: NRE <month> = <the NRR formula> (target <120 %>) */
      e->formula = g_strdup_printf (_("NRE %s = %s (target %s)"), w1, formula, target);
    }
  else
    e->formula = g_steal_pointer (&formula);

  _po_explanation_add_term (e, "cohort", _("Accounts active at the window’s start"), PO_TERM_COUNT,
                            cohort->len, cohort->len, count_text (cohort->len),
                            g_array_copy (cohort));
  _po_explanation_add_term (e, "numerator",
                            gross ? _("Their MRR at the window’s end, capped at the start")
                                  : _("Their MRR at the window’s end"),
                            PO_TERM_CENTS, num, (double) num, g_steal_pointer (&t_num), kept_ids);
  _po_explanation_add_term (e, "denominator", _("Their MRR at the window’s start"),
                            PO_TERM_CENTS, start, (double) start, g_steal_pointer (&t_den), cohort);
}

static void
explain_logo_churn (PoExplanation *e,
                    PoMetrics     *m)
{
  PoMovements mv;
  guint den = po_metrics_active_accounts (m, e->month - 1);
  g_autofree char *w = _po_explain_month (e->month);
  g_autofree char *w_prev = _po_explain_month (e->month - 1);

  po_metrics_movements (m, e->month, &mv);
  e->value = po_metrics_logo_churn_rate (m, e->month);
  e->value_text = ratio_text (e->value);
  e->formula = g_strdup_printf (_("Logo churn rate %s = accounts that churned in %s / accounts active in %s"
                                  " = %u / %u = %s"),
                                w, w, w_prev, mv.n[PO_MOVEMENT_CHURN], den, e->value_text);
  _po_explanation_add_term (e, "numerator", _("Accounts that churned"), PO_TERM_COUNT,
                            mv.n[PO_MOVEMENT_CHURN], mv.n[PO_MOVEMENT_CHURN],
                            count_text (mv.n[PO_MOVEMENT_CHURN]),
                            movement_ids (m, e->month, PO_MOVEMENT_CHURN, PO_MOVEMENT_CHURN));
  _po_explanation_add_term (e, "denominator", _("Accounts active the month before"), PO_TERM_COUNT,
                            den, den, count_text (den), active_ids (m, e->month - 1));
}

static void
explain_gross_churn (PoExplanation *e,
                     PoMetrics     *m)
{
  PoMovements mv;
  gint64 den = po_metrics_mrr (m, e->month - 1), num;
  g_autofree char *w = _po_explain_month (e->month);
  g_autofree char *sub_prev = _po_explain_sub ("MRR", e->month - 1);
  g_autofree char *t_churn = NULL, *t_contr = NULL;
  g_autofree char *t_den = _po_explain_cents (m, den);

  po_metrics_movements (m, e->month, &mv);
  num = mv.churn_cents + mv.contraction_cents;
  t_churn = _po_explain_cents (m, mv.churn_cents);
  t_contr = _po_explain_cents (m, mv.contraction_cents);
  e->value = po_metrics_gross_mrr_churn_rate (m, e->month);
  e->value_text = ratio_text (e->value);
  e->formula = g_strdup_printf (_("Gross MRR churn rate %s = (churn + contraction) / %s = (%s + %s) / %s = %s"),
                                w, sub_prev, t_churn, t_contr, t_den, e->value_text);
  add_movement_term (e, m, PO_MOVEMENT_CHURN, mv.churn_cents);
  add_movement_term (e, m, PO_MOVEMENT_CONTRACTION, mv.contraction_cents);
  _po_explanation_add_term (e, "numerator", _("Churn and contraction"), PO_TERM_CENTS, num, (double) num,
                            _po_explain_cents (m, num),
                            movement_ids (m, e->month, PO_MOVEMENT_CHURN, PO_MOVEMENT_CONTRACTION));
  _po_explanation_add_term (e, "denominator", sub_prev, PO_TERM_CENTS, den, (double) den,
                            g_steal_pointer (&t_den), active_ids (m, e->month - 1));
}

static void
explain_quick_ratio (PoExplanation *e,
                     PoMetrics     *m)
{
  PoMovements mv;
  gboolean with_react = m->settings.quick_ratio_includes_reactivation;
  gint64 gained, lost;
  g_autofree char *w = _po_explain_month (e->month);
  g_autofree char *t_new = NULL, *t_exp = NULL, *t_react = NULL, *t_contr = NULL, *t_churn = NULL;
  GArray *gained_ids;

  po_metrics_movements (m, e->month, &mv);
  gained = mv.new_cents + mv.expansion_cents + (with_react ? mv.reactivation_cents : 0);
  lost = mv.churn_cents + mv.contraction_cents;
  t_new = _po_explain_cents (m, mv.new_cents);
  t_exp = _po_explain_cents (m, mv.expansion_cents);
  t_react = _po_explain_cents (m, mv.reactivation_cents);
  t_contr = _po_explain_cents (m, mv.contraction_cents);
  t_churn = _po_explain_cents (m, mv.churn_cents);
  e->value = po_metrics_quick_ratio (m, e->month);
  e->value_text = e->value.has_value ? po_explain_format_number (e->value.value, 2) : g_strdup ("—");

  if (with_react)
    e->formula = g_strdup_printf (_("Quick ratio %s = (new + expansion + reactivation) / (churn + contraction)"
                                    " = (%s + %s + %s) / (%s + %s) = %s"),
                                  w, t_new, t_exp, t_react, t_churn, t_contr, e->value_text);
  else
    e->formula = g_strdup_printf (_("Quick ratio %s = (new + expansion) / (churn + contraction)"
                                    " = (%s + %s) / (%s + %s) = %s; reactivation (%s) left out by the"
                                    " workspace policy"),
                                  w, t_new, t_exp, t_churn, t_contr, e->value_text, t_react);

  add_movement_term (e, m, PO_MOVEMENT_NEW, mv.new_cents);
  add_movement_term (e, m, PO_MOVEMENT_EXPANSION, mv.expansion_cents);
  add_movement_term (e, m, PO_MOVEMENT_REACTIVATION, mv.reactivation_cents);
  add_movement_term (e, m, PO_MOVEMENT_CHURN, mv.churn_cents);
  add_movement_term (e, m, PO_MOVEMENT_CONTRACTION, mv.contraction_cents);

  gained_ids = ids_new ();
  for (guint a = 0; a < m->n_accounts; a++)
    {
      PoMovementKind k = po_metrics_account_movement (m, a, e->month);

      if (k == PO_MOVEMENT_NEW || k == PO_MOVEMENT_EXPANSION ||
          (with_react && k == PO_MOVEMENT_REACTIVATION))
        add_id (gained_ids, m, a);
    }
  _po_explanation_add_term (e, "numerator", _("MRR gained"), PO_TERM_CENTS, gained, (double) gained,
                            _po_explain_cents (m, gained), gained_ids);
  _po_explanation_add_term (e, "denominator", _("MRR lost"), PO_TERM_CENTS, lost, (double) lost,
                            _po_explain_cents (m, lost),
                            movement_ids (m, e->month, PO_MOVEMENT_CHURN, PO_MOVEMENT_CONTRACTION));
}

static void
explain_arpa (PoExplanation *e,
              PoMetrics     *m)
{
  gint64 mrr = po_metrics_mrr (m, e->month);
  guint active = po_metrics_active_accounts (m, e->month);
  g_autofree char *w = _po_explain_month (e->month);
  g_autofree char *t_mrr = _po_explain_cents (m, mrr);
  g_autofree char *sub = _po_explain_sub ("MRR", e->month);
  PoMetricCents arpa = po_metrics_arpa (m, e->month);

  e->value = value_of_cents (arpa);
  e->value_text = arpa.has_value ? _po_explain_cents (m, arpa.value) : g_strdup ("—");
  e->formula = g_strdup_printf (_("ARPA %s = MRR / active accounts = %s / %u = %s"),
                                w, t_mrr, active, e->value_text);
  _po_explanation_add_term (e, "numerator", sub, PO_TERM_CENTS, mrr, (double) mrr,
                            g_steal_pointer (&t_mrr), active_ids (m, e->month));
  _po_explanation_add_term (e, "denominator", _("Active accounts"), PO_TERM_COUNT, active, active,
                            count_text (active), active_ids (m, e->month));
}

static void
explain_clv (PoExplanation *e,
             PoMetrics     *m)
{
  PoMetricCents arpa = po_metrics_arpa (m, e->month);
  double margin = m->settings.gross_margin;
  long double sum = 0;
  GArray *churned = ids_new ();
  g_autofree char *w = _po_explain_month (e->month);
  g_autofree char *w_first = _po_explain_month (e->month - 11);
  g_autofree char *t_arpa = arpa.has_value ? _po_explain_cents (m, arpa.value) : g_strdup ("—");
  g_autofree char *t_margin = po_explain_format_percent (margin, 1);
  g_autofree char *t_mean = NULL;

  for (PoMonth k = e->month - 11; k <= e->month; k++)
    {
      PoMetricValue r = po_metrics_logo_churn_rate (m, k);

      if (r.has_value)
        sum += (long double) r.value;
    }
  for (guint a = 0; a < m->n_accounts; a++)
    for (PoMonth k = e->month - 11; k <= e->month; k++)
      if (po_metrics_account_movement (m, a, k) == PO_MOVEMENT_CHURN)
        {
          add_id (churned, m, a);
          break;
        }

  t_mean = po_explain_format_percent ((double) (sum / 12.0L), 2);
  e->value = value_of_cents (po_metrics_clv (m, e->month));
  e->value_text = e->value.has_value ? _po_explain_cents (m, (gint64) e->value.value) : g_strdup ("—");
  e->formula = g_strdup_printf (_("CLV %s = ARPA × gross margin / mean logo churn rate %s … %s"
                                  " = %s × %s / %s = %s"),
                                w, w_first, w, t_arpa, t_margin, t_mean, e->value_text);

  _po_explanation_add_term (e, "arpa", _("ARPA"), PO_TERM_CENTS, arpa.value, (double) arpa.value,
                            g_strdup (t_arpa), active_ids (m, e->month));
  _po_explanation_add_term (e, "gross_margin", _("Gross margin"), PO_TERM_RATIO, 0, margin,
                            g_strdup (t_margin), NULL);
  _po_explanation_add_term (e, "churn_rate_sum", _("Sum of the 12 monthly logo churn rates"),
                            PO_TERM_RATIO, 0, (double) sum,
                            po_explain_format_percent ((double) sum, 2), g_array_copy (churned));
  _po_explanation_add_term (e, "mean_churn_rate", _("Mean logo churn rate"), PO_TERM_RATIO, 0,
                            (double) (sum / 12.0L), g_strdup (t_mean), churned);
}

static void
dedupe_sorted (GArray *ids)
{
  guint out = 0;

  for (guint i = 0; i < ids->len; i++)
    if (out == 0 || g_array_index (ids, gint64, i) != g_array_index (ids, gint64, out - 1))
      g_array_index (ids, gint64, out++) = g_array_index (ids, gint64, i);
  g_array_set_size (ids, out);
}

static guint
nps_lower_bound (PoMetrics *m,
                 PoDay      day)
{
  guint lo = 0, hi = m->n_nps;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (m->nps_days[mid] < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static gboolean
nps_ids (PoStore  *store,
         PoDay     first,
         PoDay     last,
         GArray   *all,
         GArray   *promoters,
         GArray   *detractors,
         GArray   *either,
         GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _po_store_prepare (store,
                            "SELECT account_id, score FROM nps_responses"
                            " WHERE on_date >= ?1 AND on_date <= ?2 ORDER BY account_id",
                            error);
  if (stmt == NULL)
    return FALSE;
  _po_store_bind_day (stmt, 1, first);
  _po_store_bind_day (stmt, 2, last);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      int score = sqlite3_column_int (stmt, 1);

      g_array_append_val (all, id);
      if (score >= 9)
        g_array_append_val (promoters, id);
      if (score <= 6)
        g_array_append_val (detractors, id);
      if (score >= 9 || score <= 6)
        g_array_append_val (either, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);
  dedupe_sorted (all);
  dedupe_sorted (promoters);
  dedupe_sorted (detractors);
  dedupe_sorted (either);
  return TRUE;
}

static gboolean
explain_nps (PoExplanation  *e,
             PoMetrics      *m,
             PoStore        *store,
             GError        **error)
{
  PoDay first = po_month_first_day (e->month - 11), last = po_month_last_day (e->month);
  guint i0 = nps_lower_bound (m, first), i1 = nps_lower_bound (m, last + 1);
  guint n = i1 - i0;
  guint p = m->nps_promoters[i1] - m->nps_promoters[i0];
  guint d = m->nps_detractors[i1] - m->nps_detractors[i0];
  g_autoptr(GArray) all = ids_new (), prom = ids_new (), detr = ids_new (), either = ids_new ();
  g_autofree char *t_first = po_day_format (first);
  g_autofree char *t_last = po_day_format (last);

  if (store != NULL && !nps_ids (store, first, last, all, prom, detr, either, error))
    return FALSE;

  e->value = po_metrics_nps_12m (m, e->month);
  e->value_text = e->value.has_value ? po_explain_format_number (e->value.value, 1) : g_strdup ("—");
  e->formula = g_strdup_printf (_("NPS %s … %s = (promoters − detractors) / responses × 100"
                                  " = (%u − %u) / %u × 100 = %s"),
                                t_first, t_last, p, d, n, e->value_text);
  _po_explanation_add_term (e, "promoters", _("Promoters (9–10)"), PO_TERM_COUNT, p, p,
                            count_text (p), g_steal_pointer (&prom));
  _po_explanation_add_term (e, "detractors", _("Detractors (0–6)"), PO_TERM_COUNT, d, d,
                            count_text (d), g_steal_pointer (&detr));
  _po_explanation_add_term (e, "numerator", _("Promoters minus detractors"), PO_TERM_COUNT,
                            (gint64) p - d, (double) p - d, count_text ((gint64) p - d),
                            g_steal_pointer (&either));
  _po_explanation_add_term (e, "denominator", _("Responses"), PO_TERM_COUNT, n, n,
                            count_text (n), g_steal_pointer (&all));
  return TRUE;
}

gboolean
_po_explain_kpi (PoExplanation  *self,
                 PoMetrics      *metrics,
                 PoStore        *store,
                 GError        **error)
{
  switch (self->kpi)
    {
    case PO_KPI_MRR:
      explain_mrr (self, metrics);
      break;
    case PO_KPI_MOVEMENTS:
      explain_movements (self, metrics);
      break;
    case PO_KPI_NRR_12M:
    case PO_KPI_GRR_12M:
    case PO_KPI_NRE:
      explain_window (self, metrics);
      break;
    case PO_KPI_LOGO_CHURN_RATE:
      explain_logo_churn (self, metrics);
      break;
    case PO_KPI_GROSS_MRR_CHURN_RATE:
      explain_gross_churn (self, metrics);
      break;
    case PO_KPI_QUICK_RATIO:
      explain_quick_ratio (self, metrics);
      break;
    case PO_KPI_ARPA:
      explain_arpa (self, metrics);
      break;
    case PO_KPI_CLV:
      explain_clv (self, metrics);
      break;
    case PO_KPI_NPS_12M:
      return explain_nps (self, metrics, store, error);
    case PO_N_KPIS:
    default:
      g_assert_not_reached ();
    }
  return TRUE;
}
