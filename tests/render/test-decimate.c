/* test-decimate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "po-decimate.h"

static double *
make_series (guint n,
             guint seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  double *y = g_new (double, n);
  double v = 0;

  for (guint i = 0; i < n; i++)
    {
      v += g_rand_double_range (rand, -1, 1);
      y[i] = v;
    }
  return y;
}

static void
test_extremes_preserved (void)
{
  const guint n = 100000, width = 500;
  g_autofree double *y = make_series (n, 42);
  g_autofree PoPoint *out = NULL;
  double min = G_MAXDOUBLE, max = -G_MAXDOUBLE, omin = G_MAXDOUBLE, omax = -G_MAXDOUBLE;
  guint n_out;

  for (guint i = 0; i < n; i++)
    {
      min = MIN (min, y[i]);
      max = MAX (max, y[i]);
    }

  out = po_decimate (NULL, y, n, width, &n_out);
  g_assert_cmpuint (n_out, <=, 4 * width);
  g_assert_cmpuint (n_out, >=, width);
  for (guint i = 0; i < n_out; i++)
    {
      omin = MIN (omin, out[i].y);
      omax = MAX (omax, out[i].y);
    }
  g_assert_cmpfloat (omin, ==, min);
  g_assert_cmpfloat (omax, ==, max);

  /* first and last points survive, so the line starts and ends right */
  g_assert_cmpfloat (out[0].x, ==, 0);
  g_assert_cmpfloat (out[0].y, ==, y[0]);
  g_assert_cmpfloat (out[n_out - 1].x, ==, n - 1);
  g_assert_cmpfloat (out[n_out - 1].y, ==, y[n - 1]);
}

static void
test_per_column_extremes (void)
{
  const guint n = 10000, width = 100;
  g_autofree double *y = make_series (n, 7);
  g_autofree PoPoint *out = NULL;
  guint n_out;

  out = po_decimate (NULL, y, n, width, &n_out);
  g_assert_cmpuint (n_out, <=, po_decimate_max_points (width));

  /* every pixel column keeps its own minimum and maximum */
  for (guint b = 0; b < width; b++)
    {
      double x0 = (double) (n - 1) * b / width, x1 = (double) (n - 1) * (b + 1) / width;
      double min = G_MAXDOUBLE, max = -G_MAXDOUBLE;
      gboolean found_min = FALSE, found_max = FALSE;

      for (guint i = 0; i < n; i++)
        if (i >= x0 && (i < x1 || (b == width - 1 && i <= x1)))
          {
            min = MIN (min, y[i]);
            max = MAX (max, y[i]);
          }
      for (guint i = 0; i < n_out; i++)
        {
          found_min |= out[i].y == min;
          found_max |= out[i].y == max;
        }
      g_assert_true (found_min);
      g_assert_true (found_max);
    }

  /* x stays in order */
  for (guint i = 1; i < n_out; i++)
    g_assert_cmpfloat (out[i].x, >=, out[i - 1].x);
}

static void
test_small_series_untouched (void)
{
  double y[] = { 3, 1, 4, 1, 5 };
  g_autofree PoPoint *out = NULL;
  guint n_out;

  out = po_decimate (NULL, y, G_N_ELEMENTS (y), 100, &n_out);
  g_assert_cmpuint (n_out, ==, G_N_ELEMENTS (y));
  for (guint i = 0; i < n_out; i++)
    {
      g_assert_cmpfloat (out[i].x, ==, i);
      g_assert_cmpfloat (out[i].y, ==, y[i]);
    }
}

static void
test_gaps (void)
{
  const guint n = 4000, width = 40;
  g_autofree double *y = make_series (n, 3);
  g_autofree PoPoint *out = NULL;
  guint n_out, gaps = 0;

  /* an undefined stretch across several columns stays a gap */
  for (guint i = 1000; i < 2000; i++)
    y[i] = NAN;
  /* and NaN everywhere in one column too */
  for (guint i = 3000; i < 3100; i++)
    y[i] = NAN;

  out = po_decimate (NULL, y, n, width, &n_out);
  g_assert_cmpuint (n_out, <=, 4 * width);
  for (guint i = 0; i < n_out; i++)
    {
      if (isnan (out[i].y))
        {
          gaps++;
          g_assert_cmpuint (i, >, 0);
          g_assert_false (isnan (out[i - 1].y));
        }
      else
        g_assert_false (out[i].x >= 1000 && out[i].x < 2000);
    }
  g_assert_cmpuint (gaps, ==, 2);
}

static void
test_explicit_x (void)
{
  double x[] = { 0, 0.1, 0.2, 5, 5.5, 9.9, 10 };
  double y[] = { 1, 9, 2, 3, -4, 0, 1 };
  PoPoint out[8];
  guint n_out;

  g_assert_cmpuint (po_decimate_max_points (2), ==, 8);
  n_out = po_decimate_minmax (x, y, G_N_ELEMENTS (x), 0, 10, 2, out);
  g_assert_cmpuint (n_out, <=, 8);
  g_assert_cmpfloat (out[0].y, ==, 1);
  g_assert_cmpfloat (out[1].y, ==, 9);
  g_assert_cmpfloat (out[n_out - 1].y, ==, 1);
}

static void
test_empty (void)
{
  PoPoint out[4];
  g_autofree PoPoint *points = NULL;
  guint n_out = 99;

  g_assert_cmpuint (po_decimate_minmax (NULL, NULL, 0, 0, 1, 1, out), ==, 0);
  points = po_decimate (NULL, NULL, 0, 10, &n_out);
  g_assert_cmpuint (n_out, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/decimate/extremes-preserved", test_extremes_preserved);
  g_test_add_func ("/render/decimate/per-column-extremes", test_per_column_extremes);
  g_test_add_func ("/render/decimate/small-series-untouched", test_small_series_untouched);
  g_test_add_func ("/render/decimate/gaps", test_gaps);
  g_test_add_func ("/render/decimate/explicit-x", test_explicit_x);
  g_test_add_func ("/render/decimate/empty", test_empty);

  return g_test_run ();
}
