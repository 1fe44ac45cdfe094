/* test-axis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "po-axis.h"

static gboolean
is_nice (double step)
{
  double m = step / pow (10.0, floor (log10 (step)));

  return fabs (m - 1) < 1e-9 || fabs (m - 2) < 1e-9 || fabs (m - 2.5) < 1e-9 || fabs (m - 5) < 1e-9;
}

static void
test_nice_number (void)
{
  g_assert_cmpfloat_with_epsilon (po_nice_number (0.7, FALSE), 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (po_nice_number (1.3, FALSE), 2.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (po_nice_number (2.1, FALSE), 2.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (po_nice_number (3.0, FALSE), 5.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (po_nice_number (7.0, FALSE), 10.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (po_nice_number (2000, FALSE), 2000, 1e-9);
  g_assert_cmpfloat_with_epsilon (po_nice_number (0.013, FALSE), 0.02, 1e-12);
  g_assert_cmpfloat_with_epsilon (po_nice_number (1.4, TRUE), 1.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (po_nice_number (2.3, TRUE), 2.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (po_nice_number (4.0, TRUE), 5.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (po_nice_number (8.0, TRUE), 10.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (po_nice_number (-3, FALSE), 1.0, 1e-12);
}

static void
check_axis (const PoValueAxis *axis,
            double             data_min,
            double             data_max,
            guint              max_ticks)
{
  g_assert_true (is_nice (axis->step));
  g_assert_cmpuint (axis->n_ticks, >=, 2);
  g_assert_cmpuint (axis->n_ticks, <=, max_ticks);
  g_assert_cmpfloat (axis->min, <=, data_min);
  g_assert_cmpfloat (axis->max, >=, data_max);
  g_assert_cmpfloat_with_epsilon (axis->ticks[0], axis->min, axis->step * 1e-9);
  g_assert_cmpfloat_with_epsilon (axis->ticks[axis->n_ticks - 1], axis->max, axis->step * 1e-6);
  for (guint i = 0; i < axis->n_ticks; i++)
    {
      double k = axis->ticks[i] / axis->step;

      /* ticks sit on multiples of the step */
      g_assert_cmpfloat (fabs (k - round (k)), <, 1e-6);
    }
}

static void
test_value_axis_positive (void)
{
  PoValueAxis axis;

  po_value_axis_init (&axis, PO_VALUE_CURRENCY, 1234500, 2345600, 6, TRUE);
  check_axis (&axis, 0, 2345600, 6);
  g_assert_cmpfloat (axis.min, ==, 0);
  g_assert_cmpfloat (axis.step, ==, 500000);
  g_assert_cmpfloat (axis.max, ==, 2500000);
  g_assert_cmpint (axis.exponent, ==, 3);
  g_assert_cmpint (axis.decimals, ==, 0);

  po_value_axis_init (&axis, PO_VALUE_NUMBER, 13, 87, 11, FALSE);
  check_axis (&axis, 13, 87, 11);
  g_assert_cmpfloat (axis.step, ==, 10);
  g_assert_cmpfloat (axis.min, ==, 10);
  g_assert_cmpfloat (axis.max, ==, 90);
}

static void
test_value_axis_negative (void)
{
  PoValueAxis axis;
  gboolean has_zero = FALSE;

  /* MRR movements: churn goes down */
  po_value_axis_init (&axis, PO_VALUE_CURRENCY, -180000, 330000, 7, TRUE);
  check_axis (&axis, -180000, 330000, 7);
  g_assert_cmpfloat (axis.min, <, 0);
  for (guint i = 0; i < axis.n_ticks; i++)
    if (axis.ticks[i] == 0.0)
      has_zero = TRUE;
  g_assert_true (has_zero);

  po_value_axis_init (&axis, PO_VALUE_NUMBER, -7.3, -2.1, 6, FALSE);
  check_axis (&axis, -7.3, -2.1, 6);
  g_assert_cmpfloat (axis.max, <=, 0);

  po_value_axis_init (&axis, PO_VALUE_NUMBER, -7.3, -2.1, 6, TRUE);
  g_assert_cmpfloat (axis.max, ==, 0);

  /* A short chart allows two ticks, but data on both sides of zero needs
   * three: the axis must still fit the data with a sane step. */
  po_value_axis_init (&axis, PO_VALUE_CURRENCY, -499400, 1337800, 2, TRUE);
  g_assert_true (isfinite (axis.step));
  g_assert_cmpfloat (axis.min, <=, -499400);
  g_assert_cmpfloat (axis.max, >=, 1337800);
  g_assert_cmpfloat (axis.max, <=, 4 * 1337800);
  g_assert_cmpuint (axis.n_ticks, ==, 3);
}

static void
test_value_axis_percent (void)
{
  PoValueAxis axis;
  PoNumberStyle de;
  g_autofree char *label = NULL;

  po_number_style_for_language (&de, "de");
  po_value_axis_init (&axis, PO_VALUE_PERCENT, 0.0, 1.0, 5, TRUE);
  g_assert_cmpuint (axis.n_ticks, ==, 5);
  g_assert_cmpfloat_with_epsilon (axis.step, 0.25, 1e-12);
  g_assert_cmpint (axis.decimals, ==, 0);
  label = po_value_axis_label (&axis, &de, PO_VALUE_PERCENT, axis.ticks[1]);
  g_assert_cmpstr (label, ==, "25 %");

  /* NRE between 95 % and 125 % with a 120 % target */
  po_value_axis_init (&axis, PO_VALUE_PERCENT, 0.95, 1.25, 8, FALSE);
  check_axis (&axis, 0.95, 1.25, 8);
  g_assert_cmpfloat (axis.min, >, 0.5);
}

static void
test_value_axis_degenerate (void)
{
  PoValueAxis axis;

  po_value_axis_init (&axis, PO_VALUE_NUMBER, 0, 0, 5, FALSE);
  check_axis (&axis, 0, 0, 5);
  g_assert_cmpfloat (axis.max, >, axis.min);

  po_value_axis_init (&axis, PO_VALUE_NUMBER, 42, 42, 5, FALSE);
  check_axis (&axis, 42, 42, 5);

  po_value_axis_init (&axis, PO_VALUE_NUMBER, NAN, NAN, 5, FALSE);
  g_assert_cmpfloat (axis.max, >, axis.min);

  po_value_axis_init (&axis, PO_VALUE_CURRENCY, 1, 3, 5, TRUE);
  g_assert_cmpfloat (axis.step, >=, 100);

  po_value_axis_init (&axis, PO_VALUE_NUMBER, 0, 1e12, 1, FALSE);
  check_axis (&axis, 0, 1e12, 2);
}

static void
test_value_axis_labels (void)
{
  PoValueAxis axis;
  PoNumberStyle en;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  po_number_style_for_language (&en, "en");
  /* 0 … 7,500 € in steps of 2,500 €: one shared decimal */
  po_value_axis_init (&axis, PO_VALUE_CURRENCY, 0, 750000, 4, TRUE);
  g_assert_cmpfloat (axis.step, ==, 250000);
  a = po_value_axis_label (&axis, &en, PO_VALUE_CURRENCY, 250000);
  b = po_value_axis_label (&axis, &en, PO_VALUE_CURRENCY, 500000);
  g_assert_cmpstr (a, ==, "\xe2\x82\xac" "2.5k");
  g_assert_cmpstr (b, ==, "\xe2\x82\xac" "5.0k");
}

static void
test_time_axis_months (void)
{
  PoTimeAxis axis;
  int first = po_month_index (2024, 1);

  /* 12 months over 600 px: 50 px each */
  po_time_axis_init (&axis, first, first + 11, 600, 40);
  g_assert_cmpint (axis.unit, ==, PO_TIME_UNIT_MONTH);
  g_assert_cmpuint (axis.n_ticks, ==, 12);
  g_assert_cmpint (axis.ticks[0], ==, first);
  g_assert_true (po_time_axis_is_major (&axis, 0));
  g_assert_false (po_time_axis_is_major (&axis, 1));
}

static void
test_time_axis_quarters (void)
{
  PoTimeAxis axis;
  PoNumberStyle en;
  int first = po_month_index (2023, 2);
  g_autofree char *label = NULL;
  g_autofree char *sub = NULL;

  po_number_style_for_language (&en, "en");
  /* 24 months over 480 px: 20 px each, 60 px per quarter */
  po_time_axis_init (&axis, first, first + 23, 480, 40);
  g_assert_cmpint (axis.unit, ==, PO_TIME_UNIT_QUARTER);
  for (guint i = 0; i < axis.n_ticks; i++)
    g_assert_cmpint ((po_month_index_month (axis.ticks[i]) - 1) % 3, ==, 0);
  g_assert_cmpint (axis.ticks[0], ==, po_month_index (2023, 4));
  label = po_time_axis_label (&axis, &en, 0);
  sub = po_time_axis_sublabel (&axis, &en, 0);
  g_assert_cmpstr (label, ==, "Q2");
  g_assert_cmpstr (sub, ==, "2023");
}

static void
test_time_axis_years (void)
{
  PoTimeAxis axis;
  int first = po_month_index (2022, 1);

  /* 60 months over 400 px: 6.7 px each, 80 px per year */
  po_time_axis_init (&axis, first, first + 59, 400, 40);
  g_assert_cmpint (axis.unit, ==, PO_TIME_UNIT_YEAR);
  g_assert_cmpuint (axis.step, ==, 1);
  g_assert_cmpuint (axis.n_ticks, ==, 5);
  for (guint i = 0; i < axis.n_ticks; i++)
    g_assert_cmpint (po_month_index_month (axis.ticks[i]), ==, 1);

  /* 30 years in 200 px: a tick every 5 or 10 years */
  po_time_axis_init (&axis, po_month_index (2000, 1), po_month_index (2029, 12), 200, 40);
  g_assert_cmpint (axis.unit, ==, PO_TIME_UNIT_YEAR);
  g_assert_cmpuint (axis.step, >=, 5);
  g_assert_cmpuint (axis.n_ticks, <=, 200 / 40 + 1);

  /* no January in range: still one tick */
  po_time_axis_init (&axis, po_month_index (2022, 3), po_month_index (2022, 9), 20, 40);
  g_assert_cmpuint (axis.n_ticks, ==, 1);
}

static void
test_time_axis_many_ticks (void)
{
  PoTimeAxis axis;

  /* 20 years monthly on a huge width must not overflow the tick array */
  po_time_axis_init (&axis, po_month_index (2000, 1), po_month_index (2019, 12), 100000, 10);
  g_assert_cmpuint (axis.n_ticks, <=, PO_AXIS_MAX_TICKS);
  g_assert_cmpuint (axis.n_ticks, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/axis/nice-number", test_nice_number);
  g_test_add_func ("/render/axis/value/positive", test_value_axis_positive);
  g_test_add_func ("/render/axis/value/negative", test_value_axis_negative);
  g_test_add_func ("/render/axis/value/percent", test_value_axis_percent);
  g_test_add_func ("/render/axis/value/degenerate", test_value_axis_degenerate);
  g_test_add_func ("/render/axis/value/labels", test_value_axis_labels);
  g_test_add_func ("/render/axis/time/months", test_time_axis_months);
  g_test_add_func ("/render/axis/time/quarters", test_time_axis_quarters);
  g_test_add_func ("/render/axis/time/years", test_time_axis_years);
  g_test_add_func ("/render/axis/time/many-ticks", test_time_axis_many_ticks);

  return g_test_run ();
}
