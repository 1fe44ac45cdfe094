/* po-decimate.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double x;
  double y;   /* NaN marks a gap */
} PoPoint;

guint    po_decimate_max_points (guint          n_buckets);
guint    po_decimate_minmax     (const double  *x,
                                 const double  *y,
                                 guint          n,
                                 double         x_first,
                                 double         x_last,
                                 guint          n_buckets,
                                 PoPoint       *out);
PoPoint *po_decimate            (const double  *x,
                                 const double  *y,
                                 guint          n,
                                 guint          n_buckets,
                                 guint         *n_out);

G_END_DECLS
