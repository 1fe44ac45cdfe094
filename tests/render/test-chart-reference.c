/* test-chart-reference.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Renders text-free charts and compares them with the reference images
 * in tests/data/render/. Fonts differ between machines, so these charts
 * carry no text; antialiasing may still differ a little, hence a
 * tolerance. PO_UPDATE_REFERENCES=1 rewrites the references.
 */

#include "config.h"

#include <math.h>

#include "po-chart-bars.h"
#include "po-chart-distribution.h"
#include "po-chart-heatmap.h"
#include "po-chart-line.h"
#include "po-chart-sparkline.h"

#define WIDTH  320
#define HEIGHT 160
#define N      18

/* a pixel differs when a channel moves by more than this */
#define CHANNEL_TOLERANCE 32
/* and the image differs when more than this fraction of pixels do */
#define PIXEL_TOLERANCE   0.01

static PoChartStyle style;
static double a[N], b[N], up[N], down[N], net[N], g[N], y[N], r[N];
static double cells[6 * 6];

typedef void (*DrawFunc) (cairo_t *cr, double w, double h, gboolean dark);

static void
fill (void)
{
  for (guint i = 0; i < N; i++)
    {
      a[i] = 0.9 + 0.3 * sin (i / 3.0);
      b[i] = i >= 7 && i < 10 ? NAN : 0.8 + 0.02 * i;
      up[i] = 100000.0 + 20000.0 * (i % 4);
      down[i] = -(40000.0 + 15000.0 * (i % 3));
      net[i] = up[i] + down[i];
      g[i] = 10.0 + i;
      y[i] = 6.0;
      r[i] = 4.0 - i / 5.0;
    }
  for (guint i = 0; i < 36; i++)
    cells[i] = i / 6 + i % 6 < 6 ? pow (0.85, i % 6) : NAN;
}

static void
apply_dark (PoChartStyle *s,
            gboolean      dark)
{
  *s = style;
  po_palette_init (&s->palette, dark);
}

static void
draw_line (cairo_t *cr, double w, double h, gboolean dark)
{
  PoChartStyle s;
  PoChartSeries series[] = {
    { .label = "A", .values = a, .color = PO_COLOR_BLUE },
    { .label = "B", .values = b, .color = PO_COLOR_GREEN, .dashed = TRUE },
  };
  PoChartBand bands[] = {
    { 0, 0.8, PO_COLOR_HEALTH_RED, NULL },
    { 0.8, 1.0, PO_COLOR_HEALTH_YELLOW, NULL },
    { 1.0, 2.0, PO_COLOR_HEALTH_GREEN, NULL },
  };
  PoChartLine data = { .first_month = po_month_index (2024, 1), .n_months = N,
                       .kind = PO_VALUE_PERCENT, .series = series, .n_series = 2,
                       .area = TRUE, .has_target = TRUE, .target = 1.2,
                       .bands = bands, .n_bands = 3 };

  apply_dark (&s, dark);
  po_chart_line_draw (cr, w, h, &data, &s);
}

static void
draw_bars (cairo_t *cr, double w, double h, gboolean dark)
{
  PoChartStyle s;
  PoChartSeries series[] = {
    { .label = "New", .values = up, .color = PO_COLOR_NEW },
    { .label = "Churn", .values = down, .color = PO_COLOR_CHURN },
  };
  PoChartBars data = { .first_month = po_month_index (2024, 1), .n_months = N,
                       .kind = PO_VALUE_CURRENCY, .series = series, .n_series = 2,
                       .net = net };

  apply_dark (&s, dark);
  po_chart_bars_draw (cr, w, h, &data, &s);
}

static void
draw_distribution (cairo_t *cr, double w, double h, gboolean dark)
{
  PoChartStyle s;
  PoChartSeries series[] = {
    { .label = "Red", .values = r, .color = PO_COLOR_HEALTH_RED },
    { .label = "Yellow", .values = y, .color = PO_COLOR_HEALTH_YELLOW },
    { .label = "Green", .values = g, .color = PO_COLOR_HEALTH_GREEN },
  };
  PoChartDistribution data = { .first_month = po_month_index (2024, 1), .n_months = N,
                               .series = series, .n_series = 3 };

  apply_dark (&s, dark);
  po_chart_distribution_draw (cr, w, h, &data, &s);
}

static void
draw_heatmap (cairo_t *cr, double w, double h, gboolean dark)
{
  PoChartStyle s;
  PoChartHeatmap data = { .n_rows = 6, .n_cols = 6, .values = cells, .kind = PO_VALUE_PERCENT };

  apply_dark (&s, dark);
  po_chart_heatmap_draw (cr, w, h, &data, &s);
}

static void
draw_sparkline (cairo_t *cr, double w, double h, gboolean dark)
{
  PoChartStyle s;
  PoChartSparkline data = { .values = a, .n_values = N, .area = TRUE };

  apply_dark (&s, dark);
  po_chart_sparkline_draw (cr, w, h, &data, &s);
}

typedef struct
{
  const char *name;
  DrawFunc    draw;
  gboolean    dark;
} Reference;

static const Reference references[] = {
  { "line", draw_line, FALSE },
  { "line-dark", draw_line, TRUE },
  { "bars", draw_bars, FALSE },
  { "bars-dark", draw_bars, TRUE },
  { "distribution", draw_distribution, FALSE },
  { "heatmap", draw_heatmap, FALSE },
  { "heatmap-dark", draw_heatmap, TRUE },
  { "sparkline", draw_sparkline, FALSE },
};

static double
differing_fraction (cairo_surface_t *actual,
                    cairo_surface_t *expected)
{
  int w = cairo_image_surface_get_width (actual);
  int h = cairo_image_surface_get_height (actual);
  int sa = cairo_image_surface_get_stride (actual);
  int se = cairo_image_surface_get_stride (expected);
  const guchar *da, *de;
  guint n = 0;

  cairo_surface_flush (actual);
  cairo_surface_flush (expected);
  da = cairo_image_surface_get_data (actual);
  de = cairo_image_surface_get_data (expected);

  for (int row = 0; row < h; row++)
    for (int col = 0; col < w; col++)
      {
        guint32 pa = *(const guint32 *) (gconstpointer) (da + row * sa + col * 4);
        guint32 pe = *(const guint32 *) (gconstpointer) (de + row * se + col * 4);

        for (int shift = 0; shift < 32; shift += 8)
          {
            int ca = (pa >> shift) & 0xff, ce = (pe >> shift) & 0xff;

            if (ABS (ca - ce) > CHANNEL_TOLERANCE)
              {
                n++;
                break;
              }
          }
      }

  return (double) n / ((double) w * h);
}

static cairo_surface_t *
render (const Reference *ref)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  ref->draw (cr, WIDTH, HEIGHT, ref->dark);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

static void
test_reference (gconstpointer user_data)
{
  const Reference *ref = user_data;
  g_autofree char *file = g_strdup_printf ("chart-%s.png", ref->name);
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "render", file, NULL);
  cairo_surface_t *actual = render (ref);
  cairo_surface_t *expected;
  double fraction;

  if (g_strcmp0 (g_getenv ("PO_UPDATE_REFERENCES"), "1") == 0)
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", path);
    }

  expected = cairo_image_surface_create_from_png (path);
  if (cairo_surface_status (expected) != CAIRO_STATUS_SUCCESS)
    {
      g_test_message ("%s: %s (run with PO_UPDATE_REFERENCES=1 to create it)",
                      path, cairo_status_to_string (cairo_surface_status (expected)));
      g_test_fail ();
      cairo_surface_destroy (expected);
      cairo_surface_destroy (actual);
      return;
    }

  g_assert_cmpint (cairo_image_surface_get_width (expected), ==, WIDTH);
  g_assert_cmpint (cairo_image_surface_get_height (expected), ==, HEIGHT);

  fraction = differing_fraction (actual, expected);
  g_test_message ("%s: %.4f of the pixels differ", ref->name, fraction);
  if (fraction > PIXEL_TOLERANCE)
    {
      g_autofree char *out = g_strdup_printf ("%s/chart-%s-actual.png", g_get_tmp_dir (), ref->name);

      cairo_surface_write_to_png (actual, out);
      g_test_message ("the rendering is in %s", out);
    }
  g_assert_cmpfloat (fraction, <=, PIXEL_TOLERANCE);

  cairo_surface_destroy (expected);
  cairo_surface_destroy (actual);
}

/* The comparison itself must notice a different chart. */
static void
test_detects_change (void)
{
  cairo_surface_t *line = render (&references[0]);
  cairo_surface_t *bars = render (&references[2]);
  cairo_surface_t *line_dark = render (&references[1]);

  g_assert_cmpfloat (differing_fraction (line, line), ==, 0);
  g_assert_cmpfloat (differing_fraction (line, bars), >, PIXEL_TOLERANCE);
  g_assert_cmpfloat (differing_fraction (line, line_dark), >, PIXEL_TOLERANCE);

  cairo_surface_destroy (line);
  cairo_surface_destroy (bars);
  cairo_surface_destroy (line_dark);
}

int
main (int   argc,
      char *argv[])
{
  PoNumberStyle en;

  g_test_init (&argc, &argv, NULL);

  po_number_style_for_language (&en, "en");
  po_chart_style_init (&style, FALSE, &en);
  style.flags |= PO_CHART_NO_TEXT;
  fill ();

  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      g_autofree char *path = g_strdup_printf ("/render/chart-reference/%s", references[i].name);

      g_test_add_data_func (path, &references[i], test_reference);
    }
  g_test_add_func ("/render/chart-reference/detects-change", test_detects_change);

  return g_test_run ();
}
