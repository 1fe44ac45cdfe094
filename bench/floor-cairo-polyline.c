/* floor-cairo-polyline.c — the floor of a chart redraw: a plain Cairo
 * polyline of the visible points at 1920×1080 (charts decimate to at most
 * four points per pixel column).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <cairo.h>
#include <math.h>
#include <stdlib.h>

#include "bench-util.h"

int
main (int   argc,
      char *argv[])
{
  const int width = 1920, height = 1080;
  int n_points = argc > 1 ? atoi (argv[1]) : 4 * width;
  int repeat = argc > 2 ? atoi (argv[2]) : 20;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  gint64 start;

  start = bench_now ();
  for (int r = 0; r < repeat; r++)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);
      cairo_set_line_width (cr, 2);
      for (int i = 0; i < n_points; i++)
        {
          double x = (double) i * width / n_points;
          double y = height / 2.0 + height / 3.0 * sin (i * 0.01 + r);

          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_stroke (cr);
      cairo_surface_flush (surface);
    }
  printf ("cairo-polyline %.3f\n", (bench_now () - start) / 1000.0 / repeat);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return 0;
}
