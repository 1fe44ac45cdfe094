/* test-chart-renewals.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The renewal timeline: PNG, SVG and PDF files, its text in the PDF, hit
 * testing, and a text-free reference image (PO_UPDATE_REFERENCES=1
 * rewrites it).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "po-chart-renewals.h"
#include "po-render.h"

#define WIDTH  480
#define HEIGHT 240

#define CHANNEL_TOLERANCE 32
#define PIXEL_TOLERANCE   0.01

static PoRenewalMark marks[] = {
  { 1, "Acme GmbH", 4, 499900, PO_FORECAST_AT_RISK },
  { 2, "Birke AG", 25, 99900, PO_FORECAST_COMMIT },
  { 3, "Cedar Ltd", 58, 29900, PO_FORECAST_LIKELY },
  { 4, "Dune SE", 95, 1249900, PO_FORECAST_UNKNOWN },
  { 5, "Elm KG", 130, 249900, PO_FORECAST_LIKELY },
  { 6, "Fir Oy", 178, 29900, PO_FORECAST_AT_RISK },
  { 7, "Late Inc", 200, 29900, PO_FORECAST_COMMIT },     /* past the horizon */
};

static PoChartRenewals data;
static PoChartStyle style;

static void
draw (cairo_t  *cr,
      double    width,
      double    height,
      gpointer  user_data)
{
  po_chart_renewals_draw (cr, width, height, user_data, &style);
}

static void
setup (void)
{
  PoNumberStyle en;
  PoDay day;

  g_assert_true (po_day_parse ("2026-11-24", &day));
  data = (PoChartRenewals) { .title = "Renewals", .reference_day = day,
                             .marks = marks, .n_marks = G_N_ELEMENTS (marks) };
  po_number_style_for_language (&en, "en");
  po_chart_style_init (&style, FALSE, &en);
}

static void
test_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("po-renewals-XXXXXX", &error);
  const char *exts[] = { "png", "svg", "pdf" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (exts); i++)
    {
      g_autofree char *name = g_strdup_printf ("renewals.%s", exts[i]);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (po_render_to_file (path, 720, 360, draw, &data, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, &error));
      g_assert_cmpuint (length, >, 100);
      if (i == 0)
        g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
      else if (i == 1)
        g_assert_nonnull (g_strstr_len (contents, length, "<svg"));
      else
        {
          g_autofree char *out = NULL;
          g_autofree char *argv0 = g_find_program_in_path ("pdftotext");
          int status = 0;

          g_assert_true (g_str_has_prefix (contents, "%PDF-"));
          if (argv0 == NULL)
            {
              g_test_message ("pdftotext not found: text in the PDF not checked");
            }
          else
            {
              const char *argv[] = { argv0, path, "-", NULL };

              g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                                           NULL, NULL, &out, NULL, &status, &error));
              g_assert_no_error (error);
              g_assert_nonnull (strstr (out, "Negotiation"));
              g_assert_nonnull (strstr (out, "At risk"));
              g_assert_nonnull (strstr (out, "Nov 24"));
              g_assert_nonnull (strstr (out, "Jan 2027"));
            }
        }
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_hit_and_describe (void)
{
  PoChartHit hit;
  g_autofree char *text = NULL;
  gboolean found = FALSE;
  PoNumberStyle en;

  /* scan for the big unknown mark of Dune SE */
  for (double x = 0; x < 720 && !found; x += 3)
    for (double y = 0; y < 360 && !found; y += 3)
      if (po_chart_renewals_hit (&data, &style, 720, 360, x, y, &hit) && hit.index == 3)
        found = TRUE;
  g_assert_true (found);
  g_assert_cmpint (hit.series, ==, po_chart_renewals_lane (PO_FORECAST_UNKNOWN));
  g_assert_cmpfloat (hit.value, ==, 1249900);
  g_assert_cmpint (hit.month, ==, po_month_index (2027, 2));
  g_assert_false (po_chart_renewals_hit (&data, &style, 720, 360, 1, 1, &hit));

  po_number_style_for_language (&en, "en");
  text = po_chart_renewals_describe (&data, &en);
  g_assert_cmpstr (text, ==,
                   "Renewals in the next 180 days: 6 accounts with €21,594.00 MRR. "
                   "Commit: 1 (€999.00). Likely: 2 (€2,798.00). At risk: 2 (€5,298.00). "
                   "Unknown: 1 (€12,499.00). The next is Acme GmbH in 4 days.");
  g_assert_cmpint (po_chart_renewals_lane (PO_FORECAST_COMMIT), ==, 0);
  g_assert_cmpint (po_chart_renewals_lane_forecast (2), ==, PO_FORECAST_AT_RISK);
}

static void
test_empty (void)
{
  PoChartRenewals empty = { .reference_day = data.reference_day };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 100, 50);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *text = po_chart_renewals_describe (&empty, NULL);
  PoChartHit hit;

  po_chart_renewals_draw (cr, 100, 50, &empty, &style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpstr (text, ==, "No renewals in the next 180 days.");
  g_assert_false (po_chart_renewals_hit (&empty, &style, 100, 50, 50, 25, &hit));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static double
differing_fraction (cairo_surface_t *a,
                    cairo_surface_t *b)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  int sa = cairo_image_surface_get_stride (a), sb = cairo_image_surface_get_stride (b);
  const guchar *da, *db;
  guint n = 0;

  cairo_surface_flush (a);
  cairo_surface_flush (b);
  da = cairo_image_surface_get_data (a);
  db = cairo_image_surface_get_data (b);
  for (int row = 0; row < h; row++)
    for (int col = 0; col < w; col++)
      for (int c = 0; c < 4; c++)
        if (ABS (da[row * sa + col * 4 + c] - db[row * sb + col * 4 + c]) > CHANNEL_TOLERANCE)
          {
            n++;
            break;
          }
  return (double) n / ((double) w * h);
}

static void
test_reference (gconstpointer user_data)
{
  gboolean dark = GPOINTER_TO_INT (user_data);
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "render",
                                            dark ? "chart-renewals-dark.png" : "chart-renewals.png",
                                            NULL);
  cairo_surface_t *actual = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_surface_t *expected;
  cairo_t *cr = cairo_create (actual);
  PoChartStyle s = style;

  po_palette_init (&s.palette, dark);
  s.flags |= PO_CHART_NO_TEXT;
  po_chart_renewals_draw (cr, WIDTH, HEIGHT, &data, &s);
  cairo_destroy (cr);

  if (g_getenv ("PO_UPDATE_REFERENCES") != NULL)
    g_assert_cmpint (cairo_surface_write_to_png (actual, path), ==, CAIRO_STATUS_SUCCESS);

  expected = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (expected), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (expected), ==, WIDTH);
  g_assert_cmpint (cairo_image_surface_get_height (expected), ==, HEIGHT);
  g_assert_cmpfloat (differing_fraction (actual, expected), <=, PIXEL_TOLERANCE);
  cairo_surface_destroy (expected);
  cairo_surface_destroy (actual);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  setup ();

  g_test_add_func ("/chart-renewals/files", test_files);
  g_test_add_func ("/chart-renewals/hit-describe", test_hit_and_describe);
  g_test_add_func ("/chart-renewals/empty", test_empty);
  g_test_add_data_func ("/chart-renewals/reference/light", GINT_TO_POINTER (FALSE), test_reference);
  g_test_add_data_func ("/chart-renewals/reference/dark", GINT_TO_POINTER (TRUE), test_reference);

  return g_test_run ();
}
