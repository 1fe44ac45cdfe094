/* test-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data room report: its pages, each drawn onto an image surface
 * without a cairo error, the PDF with its page sizes, outline and
 * metadata, cancellation, German number formats and an empty workspace.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "po-demo.h"
#include "po-report.h"
#include "po-report-private.h"

typedef struct
{
  char    *dir;
  char    *path;
  PoStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean demo = GPOINTER_TO_INT (data);

  f->dir = g_dir_make_tmp ("test-report-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "Acme Analytics.peakone", NULL);
  f->store = po_store_create (f->path, &error);
  g_assert_no_error (error);
  if (demo)
    {
      PoDemoOptions options;

      po_demo_options_init (&options);
      options.accounts = 40;
      options.years = 2;
      options.seed = 3;
      g_assert_true (po_demo_generate (f->store, &options, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_clear_object (&f->store);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (f->dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static PoReport *
new_report (Fixture    *f,
            const char *language)
{
  g_autoptr(GError) error = NULL;
  PoMonth month;
  PoReport *report;

  g_assert_true (po_month_parse ("2026-10", &month));
  report = po_report_new (f->store, month, language, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static void
draw_every_page (PoReport *report,
                 double    scale)
{
  for (guint p = 0; p < po_report_n_pages (report); p++)
    {
      double w, h;
      cairo_surface_t *surface;
      cairo_t *cr;

      po_report_get_page_size (report, p, &w, &h);
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (w * scale), (int) (h * scale));
      cr = cairo_create (surface);
      po_report_draw_page (report, p, cr, w * scale, h * scale);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (surface);
    }
}

static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(PoReport) report = new_report (f, "en");
  guint n = po_report_n_pages (report);
  int previous = -1;
  double w, h;

  g_assert_cmpuint (n, >=, 8);
  g_assert_cmpstr (po_report_get_workspace_name (report), ==, "Acme Analytics");
  g_assert_cmpint (po_report_get_section_page (report, PO_REPORT_SECTION_TITLE), ==, 0);
  g_assert_cmpint (po_report_get_section_page (report, PO_REPORT_SECTION_CONTENTS), ==, 1);
  for (PoReportSection s = 0; s < PO_REPORT_N_SECTIONS; s++)
    {
      int page = po_report_get_section_page (report, s);

      g_assert_cmpint (page, >, previous);
      g_assert_cmpint (page, <, (int) n);
      g_assert_nonnull (po_report_get_section_title (report, s));
      previous = page;
    }
  g_assert_cmpstr (po_report_get_section_title (report, PO_REPORT_SECTION_KPIS), ==, "Key figures");

  /* A4 portrait, the journey map in landscape */
  po_report_get_page_size (report, 0, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 595.2756, 0.01);
  g_assert_cmpfloat_with_epsilon (h, 841.8898, 0.01);
  po_report_get_page_size (report, po_report_get_section_page (report, PO_REPORT_SECTION_JOURNEY), &w, &h);
  g_assert_cmpfloat (w, >, h);

  draw_every_page (report, 1.0);
  draw_every_page (report, 0.21);   /* a thumbnail */
}

static gsize
count (const char *haystack,
       gsize       length,
       const char *needle)
{
  gsize n = 0, len = strlen (needle);

  for (gsize i = 0; i + len <= length; i++)
    if (memcmp (haystack + i, needle, len) == 0)
      n++;
  return n;
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >, *last);
  *last = fraction;
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(PoReport) report = new_report (f, "en");
  g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  double last = 0;
  gsize length;

  g_assert_true (po_report_write_pdf (report, pdf, NULL, progress_cb, &last, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, &error));
  g_assert_no_error (error);

  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (count (contents, length, "/Type /Page\n") + count (contents, length, "/Type /Page "),
                    ==, po_report_n_pages (report));
  g_assert_cmpuint (count (contents, length, "/MediaBox [ 0 0 841.889"), ==, 1);
  g_assert_cmpuint (count (contents, length, "/Outlines"), >=, 1);
  g_assert_cmpuint (count (contents, length, "/Author (Peak One)"), ==, 1);
  g_assert_cmpuint (count (contents, length, "/Creator (Peak One)"), ==, 1);
  g_assert_cmpuint (count (contents, length, "/CreationDate ("), ==, 1);
  g_assert_cmpuint (count (contents, length, "/Title "), >=, 1);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(PoReport) report = new_report (f, "en");
  g_autofree char *pdf = g_build_filename (f->dir, "cancelled.pdf", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (po_report_write_pdf (report, pdf, cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

static void
test_german_numbers (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PoReport) en = new_report (f, "en");
  g_autoptr(PoReport) de = new_report (f, "de");
  PoReportCard *mrr_en = g_ptr_array_index (en->cards, 0);
  PoReportCard *mrr_de = g_ptr_array_index (de->cards, 0);
  PoReportCard *nre_de = g_ptr_array_index (de->cards, 1);

  g_assert_cmpstr (po_report_get_language (de), ==, "de");
  g_assert_true (g_str_has_prefix (mrr_en->value, "€"));
  g_assert_true (g_str_has_suffix (mrr_de->value, ",00 €") || g_str_has_suffix (mrr_de->value, " €"));
  g_assert_nonnull (strchr (mrr_de->value, ','));
  g_assert_true (g_str_has_suffix (nre_de->value, " %"));
  g_assert_cmpuint (po_report_n_pages (de), ==, po_report_n_pages (en));
  draw_every_page (de, 0.3);
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(PoReport) report = new_report (f, "en");
  g_autofree char *pdf = g_build_filename (f->dir, "empty.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (po_report_n_pages (report), >=, 8);
  draw_every_page (report, 0.5);
  g_assert_true (po_report_write_pdf (report, pdf, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/render/report/pages", Fixture, GINT_TO_POINTER (TRUE), fixture_setup, test_pages, fixture_teardown);
  g_test_add ("/render/report/pdf", Fixture, GINT_TO_POINTER (TRUE), fixture_setup, test_pdf, fixture_teardown);
  g_test_add ("/render/report/cancel", Fixture, GINT_TO_POINTER (TRUE), fixture_setup, test_cancel, fixture_teardown);
  g_test_add ("/render/report/german-numbers", Fixture, GINT_TO_POINTER (TRUE), fixture_setup, test_german_numbers, fixture_teardown);
  g_test_add ("/render/report/empty-workspace", Fixture, GINT_TO_POINTER (FALSE), fixture_setup, test_empty, fixture_teardown);

  return g_test_run ();
}
