/* po-metrics.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading: one query for the accounts, one for every subscription line,
 * one for the NPS responses (and, if asked, one scan of the health
 * samples). Each line adds its MRR to a run of months of its account's row
 * through a difference array, so building the whole MRR matrix costs
 * O(lines + accounts × months).
 */

#define G_LOG_DOMAIN "po-metrics"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "po-metrics-private.h"
#include "po-store-private.h"

PoMonth
_po_metrics_month_of_day (PoDay day)
{
  /* H. Hinnant's civil_from_days. */
  gint64 z = (gint64) day - 719163 + 719468;
  gint64 era = z / 146097;
  gint64 doe = z - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 y = yoe + era * 400;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;
  gint64 m = mp < 10 ? mp + 3 : mp - 9;

  y += m <= 2;
  return (PoMonth) (y * 12 + m - 1);
}

gint64
po_metrics_div_round (gint64 num,
                      gint64 den)
{
  g_return_val_if_fail (den > 0 && num >= 0, 0);

  return num / den + ((num % den) * 2 >= den ? 1 : 0);
}

gint64
po_metrics_round_half_up (double value)
{
  double f = floor (value);

  /* Products like 1250 × 0.8 land a hair below x.5 in binary. */
  if (value - f >= 0.5 - 1e-9 * MAX (1.0, fabs (value)))
    return (gint64) f + 1;
  return (gint64) f;
}

static gboolean
load_accounts (PoMetrics  *self,
               PoStore    *store,
               GError    **error)
{
  sqlite3_stmt *stmt;
  GArray *accounts = g_array_new (FALSE, TRUE, sizeof (PoMetricsAccount));
  int rc;

  stmt = _po_store_prepare (store, "SELECT id, key, segment, signed_on FROM accounts ORDER BY id", error);
  if (stmt == NULL)
    {
      g_array_free (accounts, TRUE);
      return FALSE;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PoMetricsAccount a = { 0 };
      int segment = 0;

      a.id = sqlite3_column_int64 (stmt, 0);
      a.key = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      po_enum_parse (&po_segment_enum, (const char *) sqlite3_column_text (stmt, 2), &segment);
      a.segment = segment;
      a.signed_on = _po_metrics_parse_day (sqlite3_column_text (stmt, 3));
      g_array_append_val (accounts, a);
    }
  self->n_accounts = accounts->len;
  self->accounts = (PoMetricsAccount *) (void *) g_array_free (accounts, FALSE);
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);
  sqlite3_reset (stmt);
  return TRUE;
}

static int
compare_id (gconstpointer a,
            gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = ((const PoMetricsAccount *) b)->id;

  return x < y ? -1 : x > y;
}

int
po_metrics_find_account (PoMetrics *self,
                         gint64     account_id)
{
  PoMetricsAccount *a;

  g_return_val_if_fail (self != NULL, -1);

  if (self->n_accounts == 0)
    return -1;
  a = bsearch (&account_id, self->accounts, self->n_accounts, sizeof *a, compare_id);
  return a != NULL ? (int) (a - self->accounts) : -1;
}

static gboolean
load_lines (PoMetrics  *self,
            PoStore    *store,
            GError    **error)
{
  sqlite3_stmt *stmt;
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (PoMetricsLine));
  gint64 current = 0;
  int index = -1;
  int rc;

  stmt = _po_store_prepare (store,
                            "SELECT account_id, mrr_cents, start_on, end_on FROM subscription_lines "
                            "ORDER BY account_id, start_on, id", error);
  if (stmt == NULL)
    {
      g_array_free (lines, TRUE);
      return FALSE;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PoMetricsLine line;
      gint64 account_id = sqlite3_column_int64 (stmt, 0);

      if (index < 0 || account_id != current)
        {
          current = account_id;
          index = po_metrics_find_account (self, account_id);
          if (index < 0)
            continue;
          self->accounts[index].first_line = lines->len;
        }
      line.mrr_cents = sqlite3_column_int64 (stmt, 1);
      line.start_on = _po_metrics_parse_day (sqlite3_column_text (stmt, 2));
      line.end_on = _po_metrics_parse_day (sqlite3_column_text (stmt, 3));
      if (line.start_on == PO_DAY_NONE)
        continue;
      g_array_append_val (lines, line);
      self->accounts[index].n_lines++;
    }
  self->n_lines = lines->len;
  self->lines = (PoMetricsLine *) (void *) g_array_free (lines, FALSE);
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);
  sqlite3_reset (stmt);
  return TRUE;
}

/* A line counts at the end of month m when start <= last day of m < end:
 * from the start's month through the month before the end's month. */
static void
build_matrix (PoMetrics *self)
{
  gsize cells;

  self->first = self->last + 1;
  for (guint i = 0; i < self->n_lines; i++)
    self->first = MIN (self->first, _po_metrics_month_of_day (self->lines[i].start_on));
  if (self->first > self->last)
    {
      self->first = self->last;
      self->n_months = 0;
      return;
    }
  self->n_months = self->last - self->first + 1;
  cells = (gsize) self->n_accounts * self->n_months;
  self->mrr = g_new0 (gint64, cells);
  self->movement = g_new0 (guint8, cells);

  for (guint a = 0; a < self->n_accounts; a++)
    {
      PoMetricsAccount *acc = &self->accounts[a];
      gint64 *row = self->mrr + (gsize) a * self->n_months;
      gint64 run = 0;

      for (guint l = 0; l < acc->n_lines; l++)
        {
          const PoMetricsLine *line = &self->lines[acc->first_line + l];
          PoMonth from = _po_metrics_month_of_day (line->start_on);
          PoMonth to = line->end_on != PO_DAY_NONE ? _po_metrics_month_of_day (line->end_on) - 1
                                                   : self->last;

          to = MIN (to, self->last);
          if (from > to)
            continue;
          row[from - self->first] += line->mrr_cents;
          if (to + 1 <= self->last)
            row[to + 1 - self->first] -= line->mrr_cents;
        }
      for (guint m = 0; m < self->n_months; m++)
        {
          run += row[m];
          row[m] = run;
        }
    }
}

static gboolean
load_nps (PoMetrics  *self,
          PoStore    *store,
          GError    **error)
{
  sqlite3_stmt *stmt;
  GArray *days = g_array_new (FALSE, FALSE, sizeof (PoDay));
  GArray *prom = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *detr = g_array_new (FALSE, FALSE, sizeof (guint));
  guint p = 0, d = 0;
  int rc;

  g_array_append_val (prom, p);
  g_array_append_val (detr, d);
  stmt = _po_store_prepare (store, "SELECT on_date, score FROM nps_responses ORDER BY on_date", error);
  if (stmt == NULL)
    rc = SQLITE_ERROR;
  else
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          PoDay day = _po_metrics_parse_day (sqlite3_column_text (stmt, 0));
          int score = sqlite3_column_int (stmt, 1);

          p += score >= 9;
          d += score <= 6;
          g_array_append_val (days, day);
          g_array_append_val (prom, p);
          g_array_append_val (detr, d);
        }
      sqlite3_reset (stmt);
    }
  self->n_nps = days->len;
  self->nps_days = (PoDay *) (void *) g_array_free (days, FALSE);
  self->nps_promoters = (guint *) (void *) g_array_free (prom, FALSE);
  self->nps_detractors = (guint *) (void *) g_array_free (detr, FALSE);
  if (stmt == NULL)
    return FALSE;
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);
  return TRUE;
}

PoMetrics *
po_metrics_load (PoStore             *store,
                 const PoSettings    *settings,
                 PoMonth              last_month,
                 PoMetricsLoadFlags   flags,
                 GError             **error)
{
  g_autoptr(PoMetrics) self = NULL;
  gboolean own_txn;
  gboolean ok;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (settings != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (PoMetrics, 1);
  self->settings = *settings;
  self->settings.currency = g_strdup (settings->currency);
  self->settings.phase_model = g_strdup (settings->phase_model);
  self->last = last_month;

  /* One read transaction, so the queries see one state; read-only
   * workspaces allow it too (po_store_begin() is for changes). */
  own_txn = !po_store_in_transaction (store);
  if (own_txn && !_po_store_exec (store, "BEGIN DEFERRED", error))
    return NULL;
  ok = load_accounts (self, store, error) &&
       load_lines (self, store, error) &&
       load_nps (self, store, error);
  if (ok)
    {
      build_matrix (self);
      _po_metrics_classify (self);
      if ((flags & PO_METRICS_LOAD_HEALTH) != 0)
        ok = _po_metrics_load_health (self, store, error);
    }
  if (own_txn)
    _po_store_exec (store, "COMMIT", NULL);
  if (!ok)
    return NULL;
  return g_steal_pointer (&self);
}

gboolean
_po_metrics_load_health (PoMetrics  *self,
                         PoStore    *store,
                         GError    **error)
{
  g_autoptr(PoHealthTable) table = NULL;
  g_autofree PoDay *days = g_new (PoDay, MAX (self->n_months, 1));

  for (guint m = 0; m < self->n_months; m++)
    days[m] = po_month_last_day (self->first + m);
  table = po_health_table_scan (store, &self->settings, days, self->n_months, error);
  if (table == NULL)
    return FALSE;

  self->health_band = g_new0 (guint8, MAX ((gsize) self->n_accounts * self->n_months, 1));
  for (guint a = 0; a < self->n_accounts; a++)
    {
      int t = po_health_table_find_account (table, self->accounts[a].id);

      if (t < 0)
        continue;
      for (guint m = 0; m < self->n_months; m++)
        self->health_band[(gsize) a * self->n_months + m] =
          po_health_band (&self->settings, po_health_table_score (table, t, m));
    }
  return TRUE;
}

void
po_metrics_free (PoMetrics *self)
{
  if (self == NULL)
    return;
  for (guint a = 0; a < self->n_accounts; a++)
    g_free (self->accounts[a].key);
  g_free (self->accounts);
  g_free (self->lines);
  g_free (self->mrr);
  g_free (self->movement);
  g_free (self->month_mrr);
  g_free (self->month_active);
  g_free (self->month_movements);
  g_free (self->nps_days);
  g_free (self->nps_promoters);
  g_free (self->nps_detractors);
  g_free (self->health_band);
  po_settings_clear (&self->settings);
  g_free (self);
}

PoMonth
po_metrics_get_first_month (PoMetrics *self)
{
  return self->first;
}

PoMonth
po_metrics_get_last_month (PoMetrics *self)
{
  return self->last;
}

guint
po_metrics_get_n_months (PoMetrics *self)
{
  return self->n_months;
}

guint
po_metrics_get_n_accounts (PoMetrics *self)
{
  return self->n_accounts;
}

gint64
po_metrics_get_account_id (PoMetrics *self,
                           guint      index)
{
  g_return_val_if_fail (index < self->n_accounts, 0);
  return self->accounts[index].id;
}

const char *
po_metrics_get_account_key (PoMetrics *self,
                            guint      index)
{
  g_return_val_if_fail (index < self->n_accounts, NULL);
  return self->accounts[index].key;
}

PoSegment
po_metrics_get_account_segment (PoMetrics *self,
                                guint      index)
{
  g_return_val_if_fail (index < self->n_accounts, 0);
  return self->accounts[index].segment;
}

static gboolean
month_in_range (PoMetrics *self,
                PoMonth    month)
{
  return self->n_months > 0 && month >= self->first && month <= self->last;
}

gint64
po_metrics_account_mrr (PoMetrics *self,
                        guint      index,
                        PoMonth    month)
{
  g_return_val_if_fail (index < self->n_accounts, 0);
  g_return_val_if_fail (month <= self->last, 0);

  return _po_metrics_cell (self, index, month);
}

PoMovementKind
po_metrics_account_movement (PoMetrics *self,
                             guint      index,
                             PoMonth    month)
{
  g_return_val_if_fail (index < self->n_accounts, PO_MOVEMENT_NONE);
  g_return_val_if_fail (month <= self->last, PO_MOVEMENT_NONE);

  if (!month_in_range (self, month))
    return PO_MOVEMENT_NONE;
  return self->movement[(gsize) index * self->n_months + (month - self->first)];
}

gint64
po_metrics_mrr (PoMetrics *self,
                PoMonth    month)
{
  g_return_val_if_fail (month <= self->last, 0);

  return month_in_range (self, month) ? self->month_mrr[month - self->first] : 0;
}

guint
po_metrics_active_accounts (PoMetrics *self,
                            PoMonth    month)
{
  g_return_val_if_fail (month <= self->last, 0);

  return month_in_range (self, month) ? self->month_active[month - self->first] : 0;
}

void
po_metrics_movements (PoMetrics   *self,
                      PoMonth      month,
                      PoMovements *out)
{
  g_return_if_fail (month <= self->last);

  if (month_in_range (self, month))
    *out = self->month_movements[month - self->first];
  else
    memset (out, 0, sizeof *out);
}

static PoMetricValue
ratio (gint64 num,
       gint64 den)
{
  PoMetricValue v = { FALSE, 0 };

  if (den != 0)
    {
      v.has_value = TRUE;
      v.value = (double) num / (double) den;
    }
  return v;
}

static void
window_sums (PoMetrics *self,
             PoMonth    m0,
             PoMonth    m1,
             gint64    *start,
             gint64    *end,
             gint64    *kept)
{
  *start = *end = *kept = 0;
  g_return_if_fail (m1 <= self->last);

  for (guint a = 0; a < self->n_accounts; a++)
    {
      gint64 s = _po_metrics_cell (self, a, m0);
      gint64 e;

      if (s <= 0)
        continue;
      e = _po_metrics_cell (self, a, m1);
      *start += s;
      *end += e;
      *kept += MIN (s, e);
    }
}

PoMetricValue
po_metrics_nrr (PoMetrics *self,
                PoMonth    m0,
                PoMonth    m1)
{
  gint64 s, e, k;

  window_sums (self, m0, m1, &s, &e, &k);
  return ratio (e, s);
}

PoMetricValue
po_metrics_grr (PoMetrics *self,
                PoMonth    m0,
                PoMonth    m1)
{
  gint64 s, e, k;

  window_sums (self, m0, m1, &s, &e, &k);
  return ratio (k, s);
}

PoMetricValue
po_metrics_nre (PoMetrics *self,
                PoMonth    month)
{
  return po_metrics_nrr (self, month - 12, month);
}

PoMetricValue
po_metrics_logo_churn_rate (PoMetrics *self,
                            PoMonth    month)
{
  PoMovements mv;

  po_metrics_movements (self, month, &mv);
  return ratio (mv.n[PO_MOVEMENT_CHURN], po_metrics_active_accounts (self, month - 1));
}

PoMetricValue
po_metrics_gross_mrr_churn_rate (PoMetrics *self,
                                 PoMonth    month)
{
  PoMovements mv;

  po_metrics_movements (self, month, &mv);
  return ratio (mv.churn_cents + mv.contraction_cents, po_metrics_mrr (self, month - 1));
}

PoMetricValue
po_metrics_quick_ratio (PoMetrics *self,
                        PoMonth    month)
{
  PoMovements mv;
  gint64 gained;

  po_metrics_movements (self, month, &mv);
  gained = mv.new_cents + mv.expansion_cents;
  if (self->settings.quick_ratio_includes_reactivation)
    gained += mv.reactivation_cents;
  return ratio (gained, mv.churn_cents + mv.contraction_cents);
}

PoMetricCents
po_metrics_arpa (PoMetrics *self,
                 PoMonth    month)
{
  PoMetricCents v = { FALSE, 0 };
  guint active = po_metrics_active_accounts (self, month);

  if (active > 0)
    {
      v.has_value = TRUE;
      v.value = po_metrics_div_round (po_metrics_mrr (self, month), active);
    }
  return v;
}

PoMetricCents
po_metrics_clv (PoMetrics *self,
                PoMonth    month)
{
  PoMetricCents v = { FALSE, 0 };
  PoMetricCents arpa = po_metrics_arpa (self, month);
  long double sum = 0;

  for (PoMonth k = month - 11; k <= month; k++)
    {
      PoMetricValue r = po_metrics_logo_churn_rate (self, k);

      if (r.has_value)
        sum += (long double) r.value;
    }
  if (!arpa.has_value || sum <= 0)
    return v;
  v.has_value = TRUE;
  v.value = po_metrics_round_half_up ((double) ((long double) arpa.value *
                                                (long double) self->settings.gross_margin *
                                                12.0L / sum));
  return v;
}

static guint
nps_lower_bound (PoMetrics *self,
                 PoDay      day)
{
  guint lo = 0, hi = self->n_nps;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->nps_days[mid] < day)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

PoMetricValue
po_metrics_nps (PoMetrics *self,
                PoDay      first,
                PoDay      last)
{
  PoMetricValue v = { FALSE, 0 };
  guint i0 = nps_lower_bound (self, first);
  guint i1 = nps_lower_bound (self, last + 1);
  gint64 n, p, d;

  if (i1 <= i0)
    return v;
  n = i1 - i0;
  p = self->nps_promoters[i1] - self->nps_promoters[i0];
  d = self->nps_detractors[i1] - self->nps_detractors[i0];
  v.has_value = TRUE;
  v.value = (double) (p - d) * 100.0 / (double) n;
  return v;
}

PoMetricValue
po_metrics_nps_12m (PoMetrics *self,
                    PoMonth    month)
{
  return po_metrics_nps (self, po_month_first_day (month - 11), po_month_last_day (month));
}

gboolean
po_metrics_health_counts (PoMetrics *self,
                          PoMonth    month,
                          guint      counts[PO_N_HEALTH_BANDS])
{
  memset (counts, 0, sizeof (guint) * PO_N_HEALTH_BANDS);
  if (self->health_band == NULL)
    return FALSE;
  if (!month_in_range (self, month))
    return TRUE;
  for (guint a = 0; a < self->n_accounts; a++)
    {
      gsize cell = (gsize) a * self->n_months + (month - self->first);

      if (self->mrr[cell] > 0)
        counts[self->health_band[cell]]++;
    }
  return TRUE;
}

void
po_metrics_month_summary (PoMetrics      *self,
                          PoMonth         month,
                          PoMonthSummary *out)
{
  g_return_if_fail (self != NULL && out != NULL);
  g_return_if_fail (month <= self->last);

  memset (out, 0, sizeof *out);
  out->month = month;
  out->mrr_cents = po_metrics_mrr (self, month);
  out->active_accounts = po_metrics_active_accounts (self, month);
  po_metrics_movements (self, month, &out->movements);
  out->nrr_12m = po_metrics_nrr (self, month - 12, month);
  out->grr_12m = po_metrics_grr (self, month - 12, month);
  out->nre = po_metrics_nre (self, month);
  out->logo_churn_rate = po_metrics_logo_churn_rate (self, month);
  out->gross_mrr_churn_rate = po_metrics_gross_mrr_churn_rate (self, month);
  out->quick_ratio = po_metrics_quick_ratio (self, month);
  out->arpa_cents = po_metrics_arpa (self, month);
  out->clv_cents = po_metrics_clv (self, month);
  out->nps_12m = po_metrics_nps_12m (self, month);
  out->has_health = po_metrics_health_counts (self, month, out->health);
}
