/* po-metrics.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The revenue metrics of DESIGN.md §3, computed exactly and in one pass:
 * po_metrics_load() reads every subscription line once, builds each
 * account's end-of-month MRR over the workspace's month range and
 * classifies every account's movement in every month. All other functions
 * only read those arrays.
 */

#pragma once

#include "po-health.h"
#include "po-settings.h"
#include "po-store.h"

G_BEGIN_DECLS

/* A number that may be undefined (JSON null, "—" in the UI); never 0 for
 * "undefined". */
typedef struct
{
  gboolean has_value;
  double   value;
} PoMetricValue;

typedef struct
{
  gboolean has_value;
  gint64   value;
} PoMetricCents;

typedef enum
{
  PO_MOVEMENT_NONE,
  PO_MOVEMENT_NEW,
  PO_MOVEMENT_EXPANSION,
  PO_MOVEMENT_CONTRACTION,
  PO_MOVEMENT_CHURN,
  PO_MOVEMENT_REACTIVATION,
  PO_N_MOVEMENTS
} PoMovementKind;

/* Totals of one month, all non-negative cents. */
typedef struct
{
  gint64 new_cents;
  gint64 expansion_cents;
  gint64 contraction_cents;
  gint64 churn_cents;
  gint64 reactivation_cents;
  guint  n[PO_N_MOVEMENTS];     /* accounts per movement kind */
} PoMovements;

/* Everything `peak-one-cli metrics` prints for one month. */
typedef struct
{
  PoMonth        month;
  gint64         mrr_cents;
  guint          active_accounts;
  PoMovements    movements;
  PoMetricValue  nrr_12m;
  PoMetricValue  grr_12m;
  PoMetricValue  nre;
  PoMetricValue  logo_churn_rate;
  PoMetricValue  gross_mrr_churn_rate;
  PoMetricValue  quick_ratio;
  PoMetricCents  arpa_cents;
  PoMetricCents  clv_cents;
  PoMetricValue  nps_12m;           /* −100..100 */
  gboolean       has_health;        /* loaded with PO_METRICS_LOAD_HEALTH */
  guint          health[PO_N_HEALTH_BANDS];
} PoMonthSummary;

typedef enum
{
  PO_METRICS_LOAD_DEFAULT = 0,
  /* Also score every account's health on every month's last day (one scan
   * of the health samples) for the health counts. */
  PO_METRICS_LOAD_HEALTH  = 1 << 0,
} PoMetricsLoadFlags;

typedef struct _PoMetrics PoMetrics;

PoMetrics  *po_metrics_load              (PoStore            *store,
                                          const PoSettings   *settings,
                                          PoMonth             last_month,
                                          PoMetricsLoadFlags  flags,
                                          GError            **error);
void        po_metrics_free              (PoMetrics          *self);

/* The month range: the first line's start month .. last_month. Empty
 * (n_months 0) for a workspace without subscription lines. */
PoMonth     po_metrics_get_first_month   (PoMetrics          *self);
PoMonth     po_metrics_get_last_month    (PoMetrics          *self);
guint       po_metrics_get_n_months      (PoMetrics          *self);

/* Accounts, in store id order. */
guint       po_metrics_get_n_accounts    (PoMetrics          *self);
gint64      po_metrics_get_account_id    (PoMetrics          *self,
                                          guint               index);
const char *po_metrics_get_account_key   (PoMetrics          *self,
                                          guint               index);
PoSegment   po_metrics_get_account_segment (PoMetrics        *self,
                                          guint               index);
int         po_metrics_find_account      (PoMetrics          *self,
                                          gint64              account_id);

/* Months outside the range count as MRR 0; months after last_month are a
 * programming error. */
gint64      po_metrics_account_mrr       (PoMetrics          *self,
                                          guint               index,
                                          PoMonth             month);
PoMovementKind po_metrics_account_movement (PoMetrics        *self,
                                          guint               index,
                                          PoMonth             month);
gint64      po_metrics_mrr               (PoMetrics          *self,
                                          PoMonth             month);
guint       po_metrics_active_accounts   (PoMetrics          *self,
                                          PoMonth             month);
void        po_metrics_movements         (PoMetrics          *self,
                                          PoMonth             month,
                                          PoMovements        *out);

/* NRR and GRR over the window (m0, m1]. */
PoMetricValue po_metrics_nrr             (PoMetrics          *self,
                                          PoMonth             m0,
                                          PoMonth             m1);
PoMetricValue po_metrics_grr             (PoMetrics          *self,
                                          PoMonth             m0,
                                          PoMonth             m1);
PoMetricValue po_metrics_nre             (PoMetrics          *self,
                                          PoMonth             month);
PoMetricValue po_metrics_logo_churn_rate (PoMetrics          *self,
                                          PoMonth             month);
PoMetricValue po_metrics_gross_mrr_churn_rate (PoMetrics     *self,
                                          PoMonth             month);
PoMetricValue po_metrics_quick_ratio     (PoMetrics          *self,
                                          PoMonth             month);
PoMetricCents po_metrics_arpa            (PoMetrics          *self,
                                          PoMonth             month);
PoMetricCents po_metrics_clv             (PoMetrics          *self,
                                          PoMonth             month);
/* NPS of the responses dated first..last (inclusive). */
PoMetricValue po_metrics_nps             (PoMetrics          *self,
                                          PoDay               first,
                                          PoDay               last);
PoMetricValue po_metrics_nps_12m         (PoMetrics          *self,
                                          PoMonth             month);
/* Accounts active in @month by health band on its last day. FALSE when
 * the metrics were loaded without PO_METRICS_LOAD_HEALTH. */
gboolean    po_metrics_health_counts     (PoMetrics          *self,
                                          PoMonth             month,
                                          guint               counts[PO_N_HEALTH_BANDS]);

void        po_metrics_month_summary     (PoMetrics          *self,
                                          PoMonth             month,
                                          PoMonthSummary     *out);

/* Rounding helpers shared by the metrics: integer division rounding half
 * up (@num >= 0, @den > 0) and half-up rounding of a non-negative double
 * that treats values within 1e-9 relative of .5 as .5. */
gint64      po_metrics_div_round         (gint64              num,
                                          gint64              den);
gint64      po_metrics_round_half_up     (double              value);

const char *po_movement_kind_nick        (PoMovementKind      kind);
const char *po_movement_kind_label       (PoMovementKind      kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoMetrics, po_metrics_free)

G_END_DECLS
