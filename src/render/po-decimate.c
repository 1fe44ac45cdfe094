/* po-decimate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-decimate"

#include "config.h"

#include "po-decimate.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Min/max decimation: the x range is cut into @n_buckets columns (one per
 * pixel) and each column keeps its first, lowest, highest and last point
 * in x order, so the drawn polyline covers exactly the pixels the raw one
 * would. A column that holds gaps (NaN) keeps only its extremes plus a gap
 * marker before and/or after them: at most four points per column. */

typedef struct
{
  guint    n;          /* finite points seen */
  guint    first, min, max, last;
  gboolean gap_before; /* NaN before the first finite point */
  gboolean gap_after;  /* NaN after the last finite point */
  gboolean has_nan;
} Bucket;

static inline double
x_at (const double *x,
      guint         i)
{
  return x != NULL ? x[i] : (double) i;
}

static void
emit (PoPoint *out,
      guint   *n_out,
      double   px,
      double   py)
{
  /* a gap right after a gap (or at the start) carries no information */
  if (isnan (py) && (*n_out == 0 || isnan (out[*n_out - 1].y)))
    return;
  out[*n_out].x = px;
  out[*n_out].y = py;
  (*n_out)++;
}

static int
compare_guint (gconstpointer a,
               gconstpointer b)
{
  guint ua = *(const guint *) a, ub = *(const guint *) b;

  return ua < ub ? -1 : ua > ub;
}

static void
flush (const Bucket *b,
       const double *x,
       const double *y,
       double        bucket_x,
       PoPoint      *out,
       guint        *n_out)
{
  guint idx[4];
  guint n_idx = 0;

  if (b->n == 0)
    {
      if (b->has_nan)
        emit (out, n_out, bucket_x, NAN);
      return;
    }

  if (b->gap_before)
    emit (out, n_out, bucket_x, NAN);

  if (b->has_nan)
    {
      idx[n_idx++] = b->min;
      idx[n_idx++] = b->max;
    }
  else
    {
      idx[n_idx++] = b->first;
      idx[n_idx++] = b->min;
      idx[n_idx++] = b->max;
      idx[n_idx++] = b->last;
    }

  qsort (idx, n_idx, sizeof idx[0], compare_guint);
  for (guint i = 0; i < n_idx; i++)
    {
      if (i > 0 && idx[i] == idx[i - 1])
        continue;
      emit (out, n_out, x_at (x, idx[i]), y[idx[i]]);
    }

  if (b->gap_after)
    emit (out, n_out, bucket_x, NAN);
}

/* The size @out needs for @n_buckets columns. */
guint
po_decimate_max_points (guint n_buckets)
{
  return 4 * MAX (n_buckets, 1);
}

/* Decimates the series (@x ascending, or NULL for 0, 1, 2, …) between
 * @x_first and @x_last into @out, which holds po_decimate_max_points()
 * points. Returns the number of points written. */
guint
po_decimate_minmax (const double *x,
                    const double *y,
                    guint         n,
                    double        x_first,
                    double        x_last,
                    guint         n_buckets,
                    PoPoint      *out)
{
  Bucket b = { 0 };
  double span;
  gint64 current = -1;
  guint n_out = 0;

  g_return_val_if_fail (y != NULL || n == 0, 0);
  g_return_val_if_fail (out != NULL, 0);

  n_buckets = MAX (n_buckets, 1);
  span = x_last - x_first;

  for (guint i = 0; i < n; i++)
    {
      double xi = x_at (x, i);
      gint64 bucket;

      if (isnan (xi))
        continue;

      if (span > 0)
        bucket = (gint64) floor ((xi - x_first) / span * n_buckets);
      else
        bucket = 0;
      bucket = CLAMP (bucket, 0, (gint64) n_buckets - 1);

      if (bucket != current)
        {
          if (current >= 0)
            flush (&b, x, y, x_first + (current + 0.5) * span / n_buckets, out, &n_out);
          memset (&b, 0, sizeof b);
          current = bucket;
        }

      if (isnan (y[i]))
        {
          b.has_nan = TRUE;
          if (b.n == 0)
            b.gap_before = TRUE;
          else
            b.gap_after = TRUE;
          continue;
        }

      if (b.n == 0)
        b.first = b.min = b.max = i;
      if (y[i] < y[b.min])
        b.min = i;
      if (y[i] > y[b.max])
        b.max = i;
      b.last = i;
      b.gap_after = FALSE;
      b.n++;
    }

  if (current >= 0)
    flush (&b, x, y, x_first + (current + 0.5) * span / n_buckets, out, &n_out);

  return n_out;
}

/* Convenience: decimates over the series' own x range into a new array. */
PoPoint *
po_decimate (const double *x,
             const double *y,
             guint         n,
             guint         n_buckets,
             guint        *n_out)
{
  PoPoint *out;
  double x_first = 0, x_last = 0;

  g_return_val_if_fail (n_out != NULL, NULL);

  if (n > 0)
    {
      x_first = x_at (x, 0);
      x_last = x_at (x, n - 1);
    }

  out = g_new (PoPoint, po_decimate_max_points (n_buckets));
  *n_out = po_decimate_minmax (x, y, n, x_first, x_last, n_buckets, out);
  return out;
}
