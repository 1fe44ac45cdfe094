/* po-axis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-axis"

#include "config.h"

#include "po-axis.h"

#include <math.h>

static const double nice_mantissas[] = { 1.0, 2.0, 2.5, 5.0, 10.0 };

/* The nice number (1, 2, 2.5 or 5 × 10^k) nearest to @value, or the
 * smallest one not below it when @round_to_nearest is FALSE. */
double
po_nice_number (double   value,
                gboolean round_to_nearest)
{
  double exp10, fraction, best = 10.0;

  if (!isfinite (value) || value <= 0)
    return 1.0;

  exp10 = pow (10.0, floor (log10 (value)));
  fraction = value / exp10;

  if (round_to_nearest)
    {
      double best_distance = G_MAXDOUBLE;

      for (guint i = 0; i < G_N_ELEMENTS (nice_mantissas); i++)
        {
          /* compare on a log scale: 1.5 is as far from 1 as from 2.25 */
          double distance = fabs (log (fraction / nice_mantissas[i]));

          if (distance < best_distance)
            {
              best_distance = distance;
              best = nice_mantissas[i];
            }
        }
    }
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (nice_mantissas); i++)
        {
          if (nice_mantissas[i] >= fraction * (1.0 - 1e-9))
            {
              best = nice_mantissas[i];
              break;
            }
        }
    }

  return best * exp10;
}

/* The next nice number above @step. */
static double
next_nice (double step)
{
  return po_nice_number (step * 1.0001, FALSE) > step * 1.0001
         ? po_nice_number (step * 1.0001, FALSE)
         : po_nice_number (step * 1.01, FALSE);
}

static int
decimals_for (double step)
{
  int d = 0;

  while (d < 6)
    {
      double s = step * pow (10.0, d);

      if (fabs (s - round (s)) < 1e-6 * MAX (1.0, fabs (s)))
        break;
      d++;
    }
  return d;
}

/* Ticks for @data_min..@data_max (NaN-free, in the unit of @kind: cents
 * or fractions) with at most @max_ticks ticks, including both ends. */
void
po_value_axis_init (PoValueAxis *axis,
                    PoValueKind  kind,
                    double       data_min,
                    double       data_max,
                    guint        max_ticks,
                    gboolean     include_zero)
{
  double lo = data_min, hi = data_max, step, min_step;
  double unit_scale;
  guint n;

  g_return_if_fail (axis != NULL);

  max_ticks = CLAMP (max_ticks, 2, PO_AXIS_MAX_TICKS);

  if (!isfinite (lo) || !isfinite (hi) || lo > hi)
    {
      lo = 0.0;
      hi = 0.0;
    }

  if (include_zero)
    {
      lo = MIN (lo, 0.0);
      hi = MAX (hi, 0.0);
    }

  switch (kind)
    {
    case PO_VALUE_CURRENCY:
      min_step = 100.0;   /* whole currency units */
      unit_scale = 100.0;
      break;
    case PO_VALUE_PERCENT:
      min_step = 0.001;   /* 0.1 % */
      unit_scale = 0.01;
      break;
    case PO_VALUE_NUMBER:
    default:
      min_step = 0.0;
      unit_scale = 1.0;
      break;
    }

  if (hi - lo <= 0.0)
    {
      if (lo == 0.0)
        hi = kind == PO_VALUE_CURRENCY ? 10000.0 : 1.0;
      else
        {
          double pad = fabs (lo) * 0.1;

          if (include_zero && lo > 0.0)
            lo = 0.0;
          else if (include_zero && hi < 0.0)
            hi = 0.0;
          else
            {
              lo -= pad;
              hi += pad;
            }
        }
    }

  /* Below and above zero, the axis has at least the ticks min, 0 and max:
   * with fewer allowed the search below would never end. */
  if (lo < 0.0 && hi > 0.0)
    max_ticks = MAX (max_ticks, 3);

  step = po_nice_number ((hi - lo) / (max_ticks - 1), FALSE);
  if (step < min_step)
    step = min_step;

  for (;;)
    {
      double amin = floor (lo / step + 1e-9) * step;
      double amax = ceil (hi / step - 1e-9) * step;

      /* 19 × 0.05 is 0.9500000000000001: keep the data inside the axis */
      if (amin > lo)
        amin = lo;
      if (amax < hi)
        amax = hi;
      n = (guint) llround ((amax - amin) / step) + 1;
      if (n <= max_ticks)
        {
          axis->min = amin;
          axis->max = amax;
          break;
        }
      step = next_nice (step);
    }

  if (n < 2)
    {
      axis->max = axis->min + step;
      n = 2;
    }

  axis->step = step;
  axis->n_ticks = n;
  for (guint i = 0; i < n; i++)
    {
      double t = i + 1 == n ? axis->max : axis->min + i * step;

      if (fabs (t) < step * 1e-9)
        t = 0.0;
      axis->ticks[i] = t;
    }

  axis->exponent = po_format_compact_exponent (kind, MAX (fabs (axis->min), fabs (axis->max)));
  axis->decimals = decimals_for (step / unit_scale / pow (10.0, axis->exponent));
}

/* 0 at the axis minimum, 1 at its maximum. */
double
po_value_axis_fraction (const PoValueAxis *axis,
                        double             value)
{
  g_return_val_if_fail (axis != NULL, 0.0);

  if (axis->max <= axis->min)
    return 0.0;
  return (value - axis->min) / (axis->max - axis->min);
}

char *
po_value_axis_label (const PoValueAxis   *axis,
                     const PoNumberStyle *style,
                     PoValueKind          kind,
                     double               value)
{
  g_return_val_if_fail (axis != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);

  return po_format_value_scaled (style, kind, value, axis->exponent, axis->decimals);
}

static guint
collect_ticks (PoTimeAxis *axis,
               gboolean    store)
{
  guint months_per_tick;
  guint n = 0;

  switch (axis->unit)
    {
    case PO_TIME_UNIT_QUARTER:
      months_per_tick = 3 * axis->step;
      break;
    case PO_TIME_UNIT_YEAR:
      months_per_tick = 12 * axis->step;
      break;
    case PO_TIME_UNIT_MONTH:
    default:
      months_per_tick = axis->step;
      break;
    }

  for (int m = axis->first_month; m <= axis->last_month; m++)
    {
      int rem = m % (int) months_per_tick;

      if (rem < 0)
        rem += (int) months_per_tick;

      /* Years are aligned to multiples of the step ("2020, 2025"), months
       * and quarters to the start of the year. */
      if (axis->unit == PO_TIME_UNIT_YEAR ? rem == 0
          : (po_month_index_month (m) - 1) % (int) months_per_tick == 0)
        {
          if (store && n < PO_AXIS_MAX_TICKS)
            axis->ticks[n] = m;
          n++;
        }
    }

  return n;
}

/* Chooses month, quarter or year ticks so that labels of @min_label_width
 * fit into @width, the plot width that spans the months (one slot each). */
void
po_time_axis_init (PoTimeAxis *axis,
                   int         first_month,
                   int         last_month,
                   double      width,
                   double      min_label_width)
{
  static const guint year_steps[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000 };
  double slot;
  guint n_months;

  g_return_if_fail (axis != NULL);

  if (last_month < first_month)
    last_month = first_month;

  axis->first_month = first_month;
  axis->last_month = last_month;
  n_months = (guint) (last_month - first_month + 1);
  slot = width > 0 ? width / n_months : 0.0;
  min_label_width = MAX (min_label_width, 1.0);

  axis->unit = PO_TIME_UNIT_YEAR;
  axis->step = year_steps[G_N_ELEMENTS (year_steps) - 1];

  if (slot >= min_label_width)
    {
      axis->unit = PO_TIME_UNIT_MONTH;
      axis->step = 1;
    }
  else if (slot * 3 >= min_label_width)
    {
      axis->unit = PO_TIME_UNIT_QUARTER;
      axis->step = 1;
    }
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (year_steps); i++)
        {
          if (slot * 12 * year_steps[i] >= min_label_width)
            {
              axis->step = year_steps[i];
              break;
            }
        }
    }

  /* Never more ticks than the array holds, whatever the width says. */
  while (collect_ticks (axis, FALSE) > PO_AXIS_MAX_TICKS)
    {
      if (axis->unit == PO_TIME_UNIT_MONTH)
        axis->unit = PO_TIME_UNIT_QUARTER;
      else if (axis->unit == PO_TIME_UNIT_QUARTER)
        axis->unit = PO_TIME_UNIT_YEAR;
      else
        axis->step *= 2;
    }

  axis->n_ticks = collect_ticks (axis, TRUE);
  if (axis->n_ticks == 0)
    {
      axis->ticks[0] = first_month;
      axis->n_ticks = 1;
    }
}

/* Major ticks start a year (or the axis): they carry the year label. */
gboolean
po_time_axis_is_major (const PoTimeAxis *axis,
                       guint             tick)
{
  g_return_val_if_fail (axis != NULL, FALSE);
  g_return_val_if_fail (tick < axis->n_ticks, FALSE);

  if (axis->unit == PO_TIME_UNIT_YEAR || tick == 0)
    return TRUE;
  return po_month_index_year (axis->ticks[tick]) != po_month_index_year (axis->ticks[tick - 1]);
}

char *
po_time_axis_label (const PoTimeAxis    *axis,
                    const PoNumberStyle *style,
                    guint                tick)
{
  g_return_val_if_fail (axis != NULL, NULL);
  g_return_val_if_fail (tick < axis->n_ticks, NULL);

  switch (axis->unit)
    {
    case PO_TIME_UNIT_MONTH:
      return po_format_month (style, axis->ticks[tick], PO_MONTH_FORMAT_SHORT);
    case PO_TIME_UNIT_QUARTER:
      return po_format_month (style, axis->ticks[tick], PO_MONTH_FORMAT_QUARTER);
    case PO_TIME_UNIT_YEAR:
    default:
      return po_format_month (style, axis->ticks[tick], PO_MONTH_FORMAT_YEAR);
    }
}

/* The year under a month or quarter label that starts a year; NULL for
 * the other ticks and for year axes. */
char *
po_time_axis_sublabel (const PoTimeAxis    *axis,
                       const PoNumberStyle *style,
                       guint                tick)
{
  g_return_val_if_fail (axis != NULL, NULL);
  g_return_val_if_fail (tick < axis->n_ticks, NULL);

  if (axis->unit == PO_TIME_UNIT_YEAR || !po_time_axis_is_major (axis, tick))
    return NULL;
  return po_format_month (style, axis->ticks[tick], PO_MONTH_FORMAT_YEAR);
}
