/* test-report-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data room report window on a demo workspace: the report is built in
 * a worker, pages are shown and paged through by the window's actions,
 * "Save PDF" writes the file in a worker, and a new language rebuilds the
 * report. PO_REPORT_SCREENSHOT=FILE.png writes a picture of the window.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "po-demo.h"
#include "po-report-dialog.h"

typedef struct
{
  char           *dir;
  PoStore        *store;
  PoReportDialog *dialog;
} Fixture;

static gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @done holds, for a bounded number of
 * iterations (a wake-up source keeps the loop turning while a worker
 * runs). */
static gboolean
wait_for (gboolean (*done) (Fixture *f),
          Fixture   *f)
{
  guint wake = g_timeout_add (5, wake_up, NULL);
  gboolean ok = FALSE;

  for (guint i = 0; i < 20000 && !(ok = done (f)); i++)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  return ok;
}

static gboolean
report_ready (Fixture *f)
{
  return po_report_dialog_get_report (f->dialog) != NULL && !po_report_dialog_is_busy (f->dialog);
}

static gboolean
idle (Fixture *f)
{
  return !po_report_dialog_is_busy (f->dialog);
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  PoDemoOptions options;

  f->dir = g_dir_make_tmp ("test-report-dialog-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "Demo.peakone", NULL);
  f->store = po_store_create (path, &error);
  g_assert_no_error (error);
  po_demo_options_init (&options);
  options.accounts = 30;
  options.years = 2;
  options.seed = 5;
  g_assert_true (po_demo_generate (f->store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  f->dialog = po_report_dialog_new (NULL, f->store);
  gtk_window_present (GTK_WINDOW (f->dialog));
  g_assert_true (wait_for (report_ready, f));
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  gtk_window_destroy (GTK_WINDOW (f->dialog));
  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (f->dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
test_preview (Fixture       *f,
              gconstpointer  data)
{
  PoReport *report = po_report_dialog_get_report (f->dialog);
  guint n = po_report_n_pages (report);
  const char *shot = g_getenv ("PO_REPORT_SCREENSHOT");

  g_assert_cmpuint (n, >=, 8);
  g_assert_cmpint (po_report_dialog_get_month (f->dialog), ==, po_report_get_month (report));
  g_assert_cmpuint (po_report_dialog_get_page (f->dialog), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "report.next-page", NULL));
  g_assert_cmpuint (po_report_dialog_get_page (f->dialog), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "report.previous-page", NULL));
  g_assert_cmpuint (po_report_dialog_get_page (f->dialog), ==, 0);
  po_report_dialog_set_page (f->dialog, n - 1);
  g_assert_cmpuint (po_report_dialog_get_page (f->dialog), ==, n - 1);
  po_report_dialog_set_page (f->dialog, n);   /* out of range: ignored */
  g_assert_cmpuint (po_report_dialog_get_page (f->dialog), ==, n - 1);

  po_report_dialog_set_page (f->dialog, (guint) po_report_get_section_page (report, PO_REPORT_SECTION_KPIS));
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);

  if (shot != NULL)
    {
      GtkWidget *widget = GTK_WIDGET (f->dialog);
      g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
      g_autoptr(GskRenderNode) node = NULL;
      g_autoptr(GdkTexture) texture = NULL;
      int w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);

      gdk_paintable_snapshot (paintable, snapshot, w, h);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      if (node != NULL)
        {
          texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                                 &GRAPHENE_RECT_INIT (0, 0, w, h));
          gdk_texture_save_to_png (texture, shot);
        }
    }
}

static void
test_save (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "room.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  po_report_dialog_save_to (f->dialog, pdf);
  g_assert_true (po_report_dialog_is_busy (f->dialog));
  g_assert_true (wait_for (idle, f));
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (length, >, 10000);

  /* cancelled right away: no half-written file is left behind */
  {
    g_autofree char *cancelled = g_build_filename (f->dir, "cancelled.pdf", NULL);

    po_report_dialog_save_to (f->dialog, cancelled);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "report.cancel", NULL));
    g_assert_true (wait_for (idle, f));
    /* the worker may have finished first; then the file is whole */
    if (g_file_test (cancelled, G_FILE_TEST_EXISTS))
      {
        g_autofree char *text = NULL;

        g_assert_true (g_file_get_contents (cancelled, &text, NULL, NULL));
        g_assert_true (g_str_has_prefix (text, "%PDF-"));
      }
  }
}

static void
test_language_and_month (Fixture       *f,
                         gconstpointer  data)
{
  PoMonth month = po_report_dialog_get_month (f->dialog) - 3;

  po_report_dialog_set_language (f->dialog, "de");
  g_assert_null (po_report_dialog_get_report (f->dialog));
  g_assert_true (wait_for (report_ready, f));
  g_assert_cmpstr (po_report_get_language (po_report_dialog_get_report (f->dialog)), ==, "de");

  po_report_dialog_set_month (f->dialog, month);
  g_assert_true (wait_for (report_ready, f));
  g_assert_cmpint (po_report_get_month (po_report_dialog_get_report (f->dialog)), ==, month);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add ("/ui/report-dialog/preview", Fixture, NULL, setup, test_preview, teardown);
  g_test_add ("/ui/report-dialog/save", Fixture, NULL, setup, test_save, teardown);
  g_test_add ("/ui/report-dialog/language-and-month", Fixture, NULL, setup, test_language_and_month, teardown);

  return g_test_run ();
}
