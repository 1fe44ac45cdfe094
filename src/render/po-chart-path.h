/* po-chart-path.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-chart.h"
#include "po-enums.h"

G_BEGIN_DECLS

/* One planned step of an account's expansion path (DESIGN.md § 6). Its
 * window is in months of account age; @actual_age is the age at which
 * the step really happened in the subscription history, -1 if not. */
typedef struct
{
  const char   *label;
  PoPlanAction  action;
  int           from_month;
  int           to_month;
  double        probability;
  int           actual_age;
} PoChartPathStep;

/* An account's path on a timeline: the MRR step curves, planned
 * (expected) against actual, over ages 0..n_months-1 from its signed
 * month, and one lane per planned step below them. */
typedef struct
{
  const char            *title;         /* the account, for the description */
  int                    signed_month;  /* month index of age 0 */
  guint                  n_months;
  const double          *planned;       /* expected MRR in cents by age */
  const double          *actual;        /* actual MRR by age; NaN: future */
  int                    today_age;     /* -1: not on the timeline */
  const PoChartPathStep *steps;
  guint                  n_steps;
} PoChartPath;

void     po_chart_path_draw     (cairo_t             *cr,
                                 double               width,
                                 double               height,
                                 const PoChartPath   *data,
                                 const PoChartStyle  *style);
int      po_chart_path_hit_step (const PoChartPath   *data,
                                 const PoChartStyle  *style,
                                 double               width,
                                 double               height,
                                 double               x,
                                 double               y);
char    *po_chart_path_describe (const PoChartPath   *data,
                                 const PoNumberStyle *numbers);

G_END_DECLS
