/* test-journey-render.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "po-journey-defaults.h"
#include "po-journey-render.h"
#include "po-render.h"

#define PIXEL_WIDTH  1000
#define PIXEL_HEIGHT  900

/* Fraction of pixels allowed to differ from the reference: the reference
 * is drawn without text, so what remains is antialiasing noise and the
 * width of the count pills, which follows the installed font. */
#define PIXEL_TOLERANCE 0.01

static PoJourneyMap *
overlay_map (const char *model,
             guint       accounts)
{
  g_autoptr(GError) error = NULL;
  PoJourneyMap *map = po_journey_defaults_new (model, NULL, &error);
  guint n;

  g_assert_no_error (error);
  n = po_journey_map_get_n_phases (map);

  /* A portfolio of @accounts tracks flowing through the phases. */
  for (guint p = 0; p < n; p++)
    po_journey_map_set_phase_stats (map, p, accounts / (p + 2), p == 3 ? NAN : 20.0 + 35 * p,
                                    p == n - 1 ? NAN : 0.9 - 0.1 * p);
  for (guint p = 0; p + 1 < n; p++)
    po_journey_map_add_transition (map, p, p + 1, accounts - accounts / 5 * p);
  po_journey_map_add_transition (map, 0, 2, accounts / 40);
  po_journey_map_add_transition (map, 0, n - 1, 3);
  po_journey_map_add_transition (map, 2, 1, accounts / 20);
  po_journey_map_add_transition (map, n - 1, 0, 1);

  return map;
}

static char *
tmp_path (const char *name)
{
  static char *dir = NULL;

  if (dir == NULL)
    {
      g_autoptr(GError) error = NULL;

      dir = g_dir_make_tmp ("peak-one-journey-XXXXXX", &error);
      g_assert_no_error (error);
    }

  return g_build_filename (dir, name, NULL);
}

static gboolean
run (const char * const  *argv,
     char               **output)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, output, NULL, &status, &error))
    g_error ("%s: %s", argv[0], error->message);

  return g_spawn_check_wait_status (status, NULL);
}

static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  if (path == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s is not installed", name);
      g_test_skip (message);
    }
  return path != NULL;
}

static cairo_surface_t *
render_surface (PoJourneyMap                 *map,
                const PoJourneyRenderOptions *options,
                int                           width,
                int                           height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  po_journey_render (map, options, cr, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* The fraction of pixels where a channel differs by more than a little. */
static double
pixel_difference (cairo_surface_t *a,
                  cairo_surface_t *b)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  guint64 differing = 0;

  g_assert_cmpint (width, ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (height, ==, cairo_image_surface_get_height (b));

  for (int y = 0; y < height; y++)
    {
      const guint8 *ra = cairo_image_surface_get_data (a) + y * cairo_image_surface_get_stride (a);
      const guint8 *rb = cairo_image_surface_get_data (b) + y * cairo_image_surface_get_stride (b);

      for (int x = 0; x < width * 4; x += 4)
        for (int c = 0; c < 4; c++)
          if (ABS ((int) ra[x + c] - (int) rb[x + c]) > 32)
            {
              differing++;
              break;
            }
    }

  return (double) differing / ((double) width * height);
}

static void
pixel_options (PoJourneyRenderOptions *options)
{
  po_journey_render_options_init (options);
  options->hide_text = TRUE;
}

static void
test_pixels_reference (void)
{
  g_autoptr(PoJourneyMap) map = overlay_map ("post-sale", 2000);
  g_autofree char *reference = g_build_filename (TEST_DATA_DIR, "render", "journey-post-sale.png", NULL);
  PoJourneyRenderOptions options;
  cairo_surface_t *surface, *expected;
  double diff;

  pixel_options (&options);
  po_journey_map_add_persona (map, "Julia Berger", "Head of Finance", "One view of revenue", "No more spreadsheets.");
  surface = render_surface (map, &options, PIXEL_WIDTH, PIXEL_HEIGHT);

  if (g_getenv ("PO_UPDATE_REFERENCES") != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (reference);

      g_mkdir_with_parents (dir, 0755);
      g_assert_cmpint (cairo_surface_write_to_png (surface, reference), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (surface);
      g_test_message ("wrote %s", reference);
      return;
    }

  expected = cairo_image_surface_create_from_png (reference);
  g_assert_cmpint (cairo_surface_status (expected), ==, CAIRO_STATUS_SUCCESS);
  diff = pixel_difference (surface, expected);
  g_test_message ("%.4f %% of the pixels differ from %s", diff * 100, reference);
  if (diff > PIXEL_TOLERANCE)
    {
      g_autofree char *actual = tmp_path ("journey-post-sale-actual.png");

      cairo_surface_write_to_png (surface, actual);
      g_error ("%.2f %% of the pixels differ from %s (see %s; PO_UPDATE_REFERENCES=1 regenerates)",
               diff * 100, reference, actual);
    }

  cairo_surface_destroy (expected);
  cairo_surface_destroy (surface);
}

/* The comparison notices real changes: a different emotion curve or the
 * presentation mode are well above the tolerance. */
static void
test_pixels_sensitive (void)
{
  g_autoptr(PoJourneyMap) map = overlay_map ("post-sale", 2000);
  PoJourneyRenderOptions options;
  cairo_surface_t *base, *other;

  pixel_options (&options);
  base = render_surface (map, &options, PIXEL_WIDTH, PIXEL_HEIGHT);

  options.highlight_phase = 2;
  other = render_surface (map, &options, PIXEL_WIDTH, PIXEL_HEIGHT);
  g_assert_cmpfloat (pixel_difference (base, other), >, 2 * PIXEL_TOLERANCE);
  cairo_surface_destroy (other);

  options.highlight_phase = -1;
  po_journey_map_set_emotion (map, 1, 2.0);
  po_journey_map_set_emotion (map, 4, -2.0);
  other = render_surface (map, &options, PIXEL_WIDTH, PIXEL_HEIGHT);
  g_assert_cmpfloat (pixel_difference (base, other), >, 0.1 * PIXEL_TOLERANCE);
  g_assert_cmpfloat (pixel_difference (base, base), ==, 0.0);
  cairo_surface_destroy (other);

  cairo_surface_destroy (base);
}

static void
test_png (void)
{
  g_autoptr(PoJourneyMap) map = overlay_map ("peak-one", 120);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("journey.png");
  g_autofree char *a4 = tmp_path ("journey-a4.png");
  cairo_surface_t *surface;

  g_assert_true (po_journey_render_to_file (map, NULL, path, PO_PAPER_SIZE_CUSTOM, 1280, 720, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1280);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 720);
  cairo_surface_destroy (surface);

  /* A4 at 144 dpi. */
  g_assert_true (po_journey_render_to_file (map, NULL, a4, PO_PAPER_SIZE_A4_LANDSCAPE, 0, 0, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (a4);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1684);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 1190);
  cairo_surface_destroy (surface);
}

static void
check_pdf (PoPaperSize  paper,
           const char  *size,
           const char  *name)
{
  g_autoptr(PoJourneyMap) map = overlay_map ("post-sale", 2000);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path (name);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  const char *info_argv[] = { "pdfinfo", path, NULL };
  const char *text_argv[] = { "pdftotext", "-layout", path, "-", NULL };
  const char * const phases[] = { "Onboarding", "Adoption", "Retention", "Expansion", "Renewal", "Advocacy" };

  g_assert_true (po_journey_render_to_file (map, NULL, path, paper, 0, 0, &error));
  g_assert_no_error (error);

  if (!have_program ("pdfinfo") || !have_program ("pdftotext"))
    return;

  g_assert_true (run (info_argv, &info));
  if (strstr (info, size) == NULL)
    g_error ("expected page size %s in:\n%s", size, info);
  g_assert_true (g_regex_match_simple ("^Pages:\\s+1$", info, G_REGEX_MULTILINE, 0));

  g_assert_true (run (text_argv, &text));
  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    if (strstr (text, phases[i]) == NULL)
      g_error ("%s not found in the text of %s", phases[i], path);
  g_assert_nonnull (strstr (text, "Signals & metrics"));
}

static void
test_pdf_a4 (void)
{
  check_pdf (PO_PAPER_SIZE_A4_LANDSCAPE, "842 x 595 pts", "journey-a4.pdf");
}

static void
test_pdf_a3 (void)
{
  check_pdf (PO_PAPER_SIZE_A3_LANDSCAPE, "1191 x 842 pts", "journey-a3.pdf");
}

static void
test_svg (void)
{
  g_autoptr(PoJourneyMap) map = overlay_map ("post-sale", 500);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("journey.svg");
  g_autofree char *contents = NULL;
  const char *lint_argv[] = { "xmllint", "--noout", path, NULL };
  PoJourneyRenderOptions options;

  po_journey_render_options_init (&options);
  options.highlight_phase = 1;
  options.scale = 1.5;
  g_assert_true (po_journey_render_to_file (map, &options, path, PO_PAPER_SIZE_CUSTOM, 1200, 800, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "width=\"1200\""));

  if (!have_program ("xmllint"))
    return;
  g_assert_true (run (lint_argv, NULL));
}

static void
test_bad_extension (void)
{
  g_autoptr(PoJourneyMap) map = overlay_map ("peak-one", 10);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("journey.bmp");

  g_assert_false (po_journey_render_to_file (map, NULL, path, PO_PAPER_SIZE_A4_LANDSCAPE, 0, 0, &error));
  g_assert_error (error, PO_RENDER_ERROR, PO_RENDER_ERROR_FORMAT);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* 2,000 accounts: the thickest arrow stays bounded and all draws cleanly,
 * also in large type and with personas. */
static void
test_large_overlay (void)
{
  g_autoptr(PoJourneyMap) map = overlay_map ("post-sale", 2000);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("journey-2000.png");
  PoJourneyRenderOptions options;
  cairo_surface_t *surface;

  po_journey_map_add_persona (map, "Julia Berger", "Head of Finance", "One view of revenue", "No more spreadsheets.");
  g_assert_cmpuint (po_journey_map_get_max_transition_count (map), ==, 2000);
  g_assert_cmpfloat (po_journey_render_transition_width (1, 2000, 2000), <=, 12);

  po_journey_render_options_init (&options);
  options.scale = 1.6;
  options.highlight_phase = 0;
  g_assert_true (po_journey_render_to_file (map, &options, path, PO_PAPER_SIZE_CUSTOM, 1920, 1080, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1920);
  cairo_surface_destroy (surface);

  /* Natural size when no size is given. */
  g_assert_true (po_journey_render_to_file (map, NULL, path, PO_PAPER_SIZE_CUSTOM, 0, 0, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/journey/pixels/reference", test_pixels_reference);
  g_test_add_func ("/render/journey/pixels/sensitive", test_pixels_sensitive);
  g_test_add_func ("/render/journey/png", test_png);
  g_test_add_func ("/render/journey/pdf/a4", test_pdf_a4);
  g_test_add_func ("/render/journey/pdf/a3", test_pdf_a3);
  g_test_add_func ("/render/journey/svg", test_svg);
  g_test_add_func ("/render/journey/bad-extension", test_bad_extension);
  g_test_add_func ("/render/journey/large-overlay", test_large_overlay);

  return g_test_run ();
}
