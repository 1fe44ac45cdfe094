/* po-chart-data-source.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the charts read from a workspace, read once: the metrics, the
 * health band of every account at every month end and the accounts.
 */

#define G_LOG_DOMAIN "po-chart-data"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "po-chart-data-private.h"

static gboolean
load_health (PoChartSource  *self,
             PoStore        *store,
             GError        **error)
{
  g_autoptr(PoHealthTable) table = NULL;
  g_autofree PoDay *days = NULL;
  gint64 n_samples;

  n_samples = po_store_count_health_samples (store, error);
  if (n_samples < 0)
    return FALSE;
  if (n_samples == 0 || self->n_months == 0)
    return TRUE;

  days = g_new (PoDay, self->n_months);
  for (guint m = 0; m < self->n_months; m++)
    days[m] = po_month_last_day (self->first + (PoMonth) m);

  table = po_health_table_scan (store, &self->settings, days, self->n_months, error);
  if (table == NULL)
    return FALSE;

  self->band = g_new0 (guint8, MAX ((gsize) self->n_accounts * self->n_months, 1));
  for (guint a = 0; a < self->n_accounts; a++)
    {
      int t = po_health_table_find_account (table, po_metrics_get_account_id (self->metrics, a));

      if (t < 0)
        continue;
      for (guint m = 0; m < self->n_months; m++)
        self->band[(gsize) a * self->n_months + m] =
          po_health_band (&self->settings, po_health_table_score (table, (guint) t, m));
    }
  return TRUE;
}

static gboolean
load_accounts (PoChartSource  *self,
               PoStore        *store,
               GError        **error)
{
  g_autoptr(GPtrArray) accounts = po_store_list_account (store, 0, error);
  GArray *marks;
  GArray *segments;
  PoDay horizon_end;

  if (accounts == NULL)
    return FALSE;

  self->names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  marks = g_array_new (FALSE, TRUE, sizeof (PoRenewalMark));
  segments = g_array_new (FALSE, TRUE, sizeof (int));
  horizon_end = self->renewal_day + PO_RENEWALS_DEFAULT_HORIZON;

  for (guint i = 0; i < accounts->len; i++)
    {
      PoAccount *account = g_ptr_array_index (accounts, i);
      gint64 *key = g_new (gint64, 1);
      char *name = g_strdup (account->name ? account->name : account->key);
      int index;
      PoRenewalMark mark = { 0 };

      *key = account->id;
      g_hash_table_insert (self->names, key, name);

      if (account->renewal_on == PO_DAY_NONE || account->renewal_on < self->renewal_day ||
          account->renewal_on > horizon_end || self->n_months == 0)
        continue;
      /* only customers still paying renew */
      index = po_metrics_find_account (self->metrics, account->id);
      if (index < 0)
        continue;
      mark.account_id = account->id;
      mark.label = name;
      mark.days = (int) (account->renewal_on - self->renewal_day);
      mark.mrr_cents = (double) po_metrics_account_mrr (self->metrics, (guint) index, self->last);
      mark.forecast = account->renewal_forecast;
      if (mark.mrr_cents <= 0)
        continue;
      g_array_append_val (marks, mark);
      g_array_append_val (segments, account->segment);
    }

  self->n_renewals = marks->len;
  self->renewals = (PoRenewalMark *) (gpointer) g_array_free (marks, FALSE);
  self->renewal_segment = (int *) (gpointer) g_array_free (segments, FALSE);
  return TRUE;
}

static void
find_first_activity (PoChartSource *self)
{
  self->first_active = g_new (PoMonth, MAX (self->n_accounts, 1));
  for (guint a = 0; a < self->n_accounts; a++)
    {
      self->first_active[a] = G_MININT32;
      for (guint m = 0; m < self->n_months; m++)
        if (po_metrics_account_mrr (self->metrics, a, self->first + (PoMonth) m) > 0)
          {
            self->first_active[a] = self->first + (PoMonth) m;
            break;
          }
    }
}

PoChartSource *
po_chart_source_load (PoStore       *store,
                      PoMonth        last_month,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(PoChartSource) self = NULL;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (PoChartSource, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->renewal_day = po_month_last_day (last_month) + 1;

  if (!po_settings_load (&self->settings, store, error))
    return NULL;
  self->metrics = po_metrics_load (store, &self->settings, last_month, PO_METRICS_LOAD_DEFAULT, error);
  if (self->metrics == NULL)
    return NULL;
  self->first = po_metrics_get_first_month (self->metrics);
  self->last = po_metrics_get_last_month (self->metrics);
  self->n_months = po_metrics_get_n_months (self->metrics);
  self->n_accounts = po_metrics_get_n_accounts (self->metrics);
  if (self->n_months == 0)
    self->first = self->last = last_month;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (!load_health (self, store, error))
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  if (!load_accounts (self, store, error))
    return NULL;
  find_first_activity (self);

  return g_steal_pointer (&self);
}

PoChartSource *
po_chart_source_ref (PoChartSource *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
po_chart_source_unref (PoChartSource *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->metrics, po_metrics_free);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_free (self->band);
  g_free (self->first_active);
  g_free (self->renewals);
  g_free (self->renewal_segment);
  po_settings_clear (&self->settings);
  g_free (self);
}

PoMetrics *
po_chart_source_get_metrics (PoChartSource *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->metrics;
}

const PoSettings *
po_chart_source_get_settings (PoChartSource *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->settings;
}

PoMonth
po_chart_source_get_first_month (PoChartSource *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->first;
}

PoMonth
po_chart_source_get_last_month (PoChartSource *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->last;
}

PoDay
po_chart_source_get_renewal_day (PoChartSource *self)
{
  g_return_val_if_fail (self != NULL, PO_DAY_NONE);
  return self->renewal_day;
}

const char *
po_chart_source_account_name (PoChartSource *self,
                              gint64         account_id)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->names ? g_hash_table_lookup (self->names, &account_id) : NULL;
}

gboolean
_po_chart_source_in_segment (PoChartSource *self,
                             guint          index,
                             int            segment)
{
  return segment < 0 || (int) po_metrics_get_account_segment (self->metrics, index) == segment;
}

PoHealthBand
_po_chart_source_band (PoChartSource *self,
                       guint          index,
                       PoMonth        month)
{
  if (self->band == NULL || month < self->first || month > self->last)
    return PO_HEALTH_BAND_NONE;
  return self->band[(gsize) index * self->n_months + (month - self->first)];
}

static PoMetricValue
ratio (double num,
       double den)
{
  PoMetricValue v = { FALSE, 0 };

  if (den > 0)
    {
      v.has_value = TRUE;
      v.value = num / den;
    }
  return v;
}

static void
health_counts (PoChartSource  *self,
               PoMonth         month,
               int             segment,
               PoMonthSummary *out)
{
  memset (out->health, 0, sizeof out->health);
  out->has_health = TRUE;
  for (guint a = 0; a < self->n_accounts; a++)
    {
      if (!_po_chart_source_in_segment (self, a, segment) ||
          po_metrics_account_mrr (self->metrics, a, month) <= 0)
        continue;
      out->health[_po_chart_source_band (self, a, month)]++;
    }
}

/* Logo churn of one segment in @month: churned and previously active. */
static void
segment_logo_churn (PoChartSource *self,
                    PoMonth        month,
                    int            segment,
                    guint         *churned,
                    guint         *previous)
{
  *churned = *previous = 0;
  for (guint a = 0; a < self->n_accounts; a++)
    {
      if (!_po_chart_source_in_segment (self, a, segment))
        continue;
      if (po_metrics_account_mrr (self->metrics, a, month - 1) > 0)
        (*previous)++;
      if (po_metrics_account_movement (self->metrics, a, month) == PO_MOVEMENT_CHURN)
        (*churned)++;
    }
}

static void
segment_summary (PoChartSource  *self,
                 PoMonth         month,
                 int             segment,
                 PoMonthSummary *out)
{
  PoMetrics *metrics = self->metrics;
  PoMovements *mv = &out->movements;
  gint64 prev_mrr = 0, base = 0, kept = 0, kept_gross = 0, gained;
  guint prev_active = 0;
  double churn_sum = 0;

  for (guint a = 0; a < self->n_accounts; a++)
    {
      gint64 c, p, p12;
      PoMovementKind kind;

      if (!_po_chart_source_in_segment (self, a, segment))
        continue;
      c = po_metrics_account_mrr (metrics, a, month);
      p = po_metrics_account_mrr (metrics, a, month - 1);
      p12 = po_metrics_account_mrr (metrics, a, month - 12);
      kind = po_metrics_account_movement (metrics, a, month);

      if (c > 0)
        {
          out->mrr_cents += c;
          out->active_accounts++;
        }
      if (p > 0)
        {
          prev_mrr += p;
          prev_active++;
        }
      mv->n[kind]++;
      switch (kind)
        {
        case PO_MOVEMENT_NEW:
          mv->new_cents += c;
          break;
        case PO_MOVEMENT_REACTIVATION:
          mv->reactivation_cents += c;
          break;
        case PO_MOVEMENT_EXPANSION:
          mv->expansion_cents += c - p;
          break;
        case PO_MOVEMENT_CONTRACTION:
          mv->contraction_cents += p - c;
          break;
        case PO_MOVEMENT_CHURN:
          mv->churn_cents += p;
          break;
        case PO_MOVEMENT_NONE:
        case PO_N_MOVEMENTS:
        default:
          break;
        }
      if (p12 > 0)
        {
          base += p12;
          kept += c;
          kept_gross += MIN (c, p12);
        }
    }

  out->nrr_12m = ratio ((double) kept, (double) base);
  out->grr_12m = ratio ((double) kept_gross, (double) base);
  out->nre = out->nrr_12m;
  out->logo_churn_rate = ratio (mv->n[PO_MOVEMENT_CHURN], prev_active);
  out->gross_mrr_churn_rate = ratio ((double) (mv->churn_cents + mv->contraction_cents), (double) prev_mrr);
  gained = mv->new_cents + mv->expansion_cents;
  if (self->settings.quick_ratio_includes_reactivation)
    gained += mv->reactivation_cents;
  out->quick_ratio = ratio ((double) gained, (double) (mv->churn_cents + mv->contraction_cents));
  if (out->active_accounts > 0)
    {
      out->arpa_cents.has_value = TRUE;
      out->arpa_cents.value = po_metrics_div_round (out->mrr_cents, out->active_accounts);
    }

  for (PoMonth k = month - 11; k <= month; k++)
    {
      guint churned, previous;

      segment_logo_churn (self, k, segment, &churned, &previous);
      if (previous > 0)
        churn_sum += (double) churned / previous;
    }
  if (out->arpa_cents.has_value && churn_sum > 0)
    {
      out->clv_cents.has_value = TRUE;
      out->clv_cents.value = po_metrics_round_half_up (out->arpa_cents.value *
                                                       self->settings.gross_margin * 12.0 / churn_sum);
    }
}

void
po_chart_source_summary (PoChartSource  *self,
                         PoMonth         month,
                         int             segment,
                         PoMonthSummary *out)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (out != NULL);

  memset (out, 0, sizeof *out);
  out->month = month;
  if (self->n_months == 0 || month > self->last)
    return;

  if (segment < 0)
    po_metrics_month_summary (self->metrics, month, out);
  else
    segment_summary (self, month, segment, out);

  if (self->band != NULL)
    health_counts (self, month, segment, out);
  else
    {
      /* no samples: every active account has no score */
      memset (out->health, 0, sizeof out->health);
      out->has_health = TRUE;
      out->health[PO_HEALTH_BAND_NONE] = out->active_accounts;
    }
}

static double
value_or_nan (PoMetricValue v)
{
  return v.has_value ? v.value : NAN;
}

double
po_chart_source_kpi (PoChartSource *self,
                     PoTileKpi          kpi,
                     PoMonth        month,
                     int            segment)
{
  PoMonthSummary s;
  guint scored;

  g_return_val_if_fail (self != NULL, NAN);

  if (self->n_months == 0 || month < self->first || month > self->last)
    return NAN;
  po_chart_source_summary (self, month, segment, &s);

  switch (kpi)
    {
    case PO_TILE_KPI_MRR:
      return (double) s.mrr_cents;
    case PO_TILE_KPI_NRE:
      return value_or_nan (s.nre);
    case PO_TILE_KPI_GRR:
      return value_or_nan (s.grr_12m);
    case PO_TILE_KPI_LOGO_CHURN:
      return value_or_nan (s.logo_churn_rate);
    case PO_TILE_KPI_QUICK_RATIO:
      return value_or_nan (s.quick_ratio);
    case PO_TILE_KPI_HEALTHY:
      scored = s.health[PO_HEALTH_BAND_GREEN] + s.health[PO_HEALTH_BAND_YELLOW] +
               s.health[PO_HEALTH_BAND_RED];
      return scored > 0 ? (double) s.health[PO_HEALTH_BAND_GREEN] / scored : NAN;
    case PO_N_TILE_KPIS:
    default:
      g_return_val_if_reached (NAN);
    }
}

PoValueKind
po_tile_kpi_value_kind (PoTileKpi kpi)
{
  switch (kpi)
    {
    case PO_TILE_KPI_MRR:
      return PO_VALUE_CURRENCY;
    case PO_TILE_KPI_QUICK_RATIO:
      return PO_VALUE_NUMBER;
    case PO_TILE_KPI_NRE:
    case PO_TILE_KPI_GRR:
    case PO_TILE_KPI_LOGO_CHURN:
    case PO_TILE_KPI_HEALTHY:
    case PO_N_TILE_KPIS:
    default:
      return PO_VALUE_PERCENT;
    }
}

const char *
po_tile_kpi_title (PoTileKpi kpi)
{
  switch (kpi)
    {
    case PO_TILE_KPI_MRR:
      return _("MRR");
    case PO_TILE_KPI_NRE:
      return _("NRE");
    case PO_TILE_KPI_GRR:
      return _("GRR");
    case PO_TILE_KPI_LOGO_CHURN:
      return _("Logo churn");
    case PO_TILE_KPI_QUICK_RATIO:
      return _("Quick ratio");
    case PO_TILE_KPI_HEALTHY:
      return _("Health");
    case PO_N_TILE_KPIS:
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
po_tile_kpi_higher_is_better (PoTileKpi kpi)
{
  return kpi != PO_TILE_KPI_LOGO_CHURN;
}
