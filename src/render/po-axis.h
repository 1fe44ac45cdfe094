/* po-axis.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "po-format.h"

G_BEGIN_DECLS

#define PO_AXIS_MAX_TICKS 64

/* A value axis with "nice" ticks: step = 1, 2, 2.5 or 5 × 10^k, the range
 * widened to whole steps. */
typedef struct
{
  double min;
  double max;
  double step;
  guint  n_ticks;
  double ticks[PO_AXIS_MAX_TICKS];
  int    exponent;  /* shared compact scale of the labels: 0, 3, 6, 9 */
  int    decimals;  /* places the labels need to tell ticks apart */
} PoValueAxis;

typedef enum
{
  PO_TIME_UNIT_MONTH,
  PO_TIME_UNIT_QUARTER,
  PO_TIME_UNIT_YEAR,
} PoTimeUnit;

/* A time axis over month indices (year * 12 + month - 1). */
typedef struct
{
  int        first_month;
  int        last_month;
  PoTimeUnit unit;
  guint      step;        /* in units: every step-th month, quarter or year */
  guint      n_ticks;
  int        ticks[PO_AXIS_MAX_TICKS];
} PoTimeAxis;

double   po_nice_number         (double               value,
                                 gboolean             round_to_nearest);
void     po_value_axis_init     (PoValueAxis         *axis,
                                 PoValueKind          kind,
                                 double               data_min,
                                 double               data_max,
                                 guint                max_ticks,
                                 gboolean             include_zero);
double   po_value_axis_fraction (const PoValueAxis   *axis,
                                 double               value);
char    *po_value_axis_label    (const PoValueAxis   *axis,
                                 const PoNumberStyle *style,
                                 PoValueKind          kind,
                                 double               value);

void     po_time_axis_init      (PoTimeAxis          *axis,
                                 int                  first_month,
                                 int                  last_month,
                                 double               width,
                                 double               min_label_width);
gboolean po_time_axis_is_major  (const PoTimeAxis    *axis,
                                 guint                tick);
char    *po_time_axis_label     (const PoTimeAxis    *axis,
                                 const PoNumberStyle *style,
                                 guint                tick);
char    *po_time_axis_sublabel  (const PoTimeAxis    *axis,
                                 const PoNumberStyle *style,
                                 guint                tick);

G_END_DECLS
