/* test-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "po-demo-workspace.h"
#include "test-ui-fixture.h"

/* The demo lands in $XDG_DATA_HOME/peak-one, a temporary folder here. */
static void
remove_demo (void)
{
  g_autofree char *path = po_demo_workspace_get_path ();
  static const char * const suffixes[] = { "", "-wal", "-shm", ".part", ".part-wal", ".part-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static void
test_demo_cancel (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = po_demo_workspace_get_path ();
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  PoWindow *window = po_window_new (GTK_APPLICATION (app));
  GtkStack *stack = find_main_stack (GTK_WIDGET (window));

  remove_demo ();
  gtk_window_present (GTK_WINDOW (window));
  po_window_open_demo (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "demo");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-demo", NULL));
  WAIT_FOR (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "empty") == 0);
  g_assert_null (po_window_get_store (window));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_assert_null (find_message_dialog ());
}

static void
test_demo_close (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = po_demo_workspace_get_path ();
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  PoWindow *window = po_window_new (GTK_APPLICATION (app));
  gpointer weak = window;
  guint wake;

  remove_demo ();
  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_present (GTK_WINDOW (window));
  po_window_open_demo (window);
  settle ();

  /* Closing cancels; the window lives until the worker has cleaned up. */
  gtk_window_close (GTK_WINDOW (window));
  wake = g_timeout_add (5, wake_up, NULL);
  for (guint i = 0; i < 60000 && weak != NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  g_assert_null (weak);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
}

static void
test_demo_generate (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = po_demo_workspace_get_path ();
  PoWindow *window;
  guint wake;

  remove_demo ();
  window = po_application_open_demo (app, NULL);
  g_assert_true (PO_IS_WINDOW (window));

  /* Generating 400 accounts takes a while: a generous iteration bound. */
  wake = g_timeout_add (5, wake_up, NULL);
  for (guint i = 0; i < 60000 && po_window_get_store (window) == NULL && find_message_dialog () == NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  g_assert_null (find_message_dialog ());
  g_assert_nonnull (po_window_get_store (window));
  g_assert_cmpstr (po_window_get_path (window), ==, path);
  WAIT_FOR (label_is (GTK_WIDGET (window), "accounts-value", "400"));

  /* Opening it again finds the window that has it. */
  g_assert_true (po_application_open_demo (app, NULL) == window);
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  remove_demo ();
}

static void
test_recent (void)
{
  GSettings *settings = po_application_get_settings (app);
  GMenuModel *menu = po_application_get_recent_menu (app);
  g_auto(GStrv) recent = NULL;

  g_settings_set_strv (settings, "recent-workspaces", NULL);
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 1);   /* "No Recent Workspaces" */

  for (guint i = 0; i < PO_RECENT_MAX + 2; i++)
    {
      g_autofree char *path = g_strdup_printf ("/tmp/ws-%u.peakone", i);

      po_application_add_recent (app, path);
    }
  po_application_add_recent (app, "/tmp/ws-5.peakone");

  recent = g_settings_get_strv (settings, "recent-workspaces");
  g_assert_cmpuint (g_strv_length (recent), ==, PO_RECENT_MAX);
  g_assert_cmpstr (recent[0], ==, "/tmp/ws-5.peakone");
  g_assert_cmpstr (recent[1], ==, "/tmp/ws-11.peakone");
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, PO_RECENT_MAX);

  po_application_remove_recent (app, "/tmp/ws-11.peakone");
  g_clear_pointer (&recent, g_strfreev);
  recent = g_settings_get_strv (settings, "recent-workspaces");
  g_assert_cmpuint (g_strv_length (recent), ==, PO_RECENT_MAX - 1);
  g_assert_cmpstr (recent[1], ==, "/tmp/ws-10.peakone");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  ui_test_init (&argc, &argv);

  g_test_add ("/ui/demo/cancel", Fixture, NULL, fixture_setup, test_demo_cancel, fixture_teardown);
  g_test_add ("/ui/demo/close", Fixture, NULL, fixture_setup, test_demo_close, fixture_teardown);
  g_test_add ("/ui/demo/generate", Fixture, NULL, fixture_setup, test_demo_generate, fixture_teardown);
  g_test_add_func ("/ui/application/recent", test_recent);

  ret = g_test_run ();
  ui_test_finish ();
  return ret;
}
