/* po-chart-renewals.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-chart.h"
#include "po-date.h"
#include "po-enums.h"

G_BEGIN_DECLS

#define PO_RENEWALS_DEFAULT_HORIZON 180

/* One upcoming renewal. */
typedef struct
{
  gint64       account_id;
  const char  *label;       /* the account's name */
  int          days;        /* from the reference day, 0..horizon */
  double       mrr_cents;   /* sizes the mark */
  PoForecast   forecast;
} PoRenewalMark;

/* Renewal timeline: the renewals of the next days as marks in one lane
 * per forecast (commit, likely, at risk, unknown), sized by MRR, with the
 * enterprise milestones (DESIGN.md §2: 180 preparation, 120 conversation,
 * 90 proposal, 60 negotiation, 30 signed) as vertical guides. */
typedef struct
{
  const char          *title;
  PoDay                reference_day;  /* day 0, for the month labels */
  int                  horizon_days;   /* 0: PO_RENEWALS_DEFAULT_HORIZON */
  const PoRenewalMark *marks;
  guint                n_marks;
} PoChartRenewals;

/* The lanes from top to bottom. */
#define PO_RENEWALS_N_LANES 4
int       po_chart_renewals_lane        (PoForecast              forecast);
PoForecast po_chart_renewals_lane_forecast (int                  lane);
PoColorRole po_chart_renewals_color     (PoForecast              forecast);

void      po_chart_renewals_draw        (cairo_t                *cr,
                                         double                  width,
                                         double                  height,
                                         const PoChartRenewals  *data,
                                         const PoChartStyle     *style);
/* hit->index is the mark, hit->series its lane, hit->value its MRR and
 * hit->month the month index of its renewal. */
gboolean  po_chart_renewals_hit         (const PoChartRenewals  *data,
                                         const PoChartStyle     *style,
                                         double                  width,
                                         double                  height,
                                         double                  x,
                                         double                  y,
                                         PoChartHit             *hit);
char     *po_chart_renewals_describe    (const PoChartRenewals  *data,
                                         const PoNumberStyle    *numbers);

G_END_DECLS
