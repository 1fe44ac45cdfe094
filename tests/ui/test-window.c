/* test-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "po-store-copy.h"
#include "po-summary.h"
#include "po-view-helpers.h"
#include "test-ui-fixture.h"

/* Tests */

static void
test_summary (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *mrr = po_view_format_money ("EUR", 29900 + 99900);
  AdwViewSwitcherTitle *title;
  AdwViewStack *stack;
  PoWindow *window;
  PoStore *store;
  g_autoptr(GError) error = NULL;
  PoSummary *summary;
  static const char *pages[] = { "dashboard", "accounts", "journey", "planner" };

  create_workspace (f->path);
  window = open_window (f->path, PO_STORE_OPEN_DEFAULT);
  store = po_window_get_store (window);
  g_assert_nonnull (store);
  g_assert_false (po_store_is_read_only (store));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "customers.peakone");
  title = ADW_VIEW_SWITCHER_TITLE (find_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE));
  g_assert_nonnull (title);
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (title), ==, f->dir);
  g_assert_true (adw_view_switcher_title_get_view_switcher_enabled (title));

  stack = ADW_VIEW_STACK (find_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  g_assert_nonnull (stack);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (stack)));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      AdwViewStackPage *page;

      g_assert_nonnull (adw_view_stack_get_child_by_name (stack, pages[i]));
      page = adw_view_stack_get_page (stack, adw_view_stack_get_child_by_name (stack, pages[i]));
      g_assert_nonnull (adw_view_stack_page_get_icon_name (page));
      g_assert_nonnull (adw_view_stack_page_get_title (page));
    }
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "dashboard");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_main_stack (GTK_WIDGET (window))), ==,
                   "workspace");

  /* Every view shows this workspace. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(PoStore) view_store = NULL;

      g_object_get (adw_view_stack_get_child_by_name (stack, pages[i]), "store", &view_store, NULL);
      g_assert_true (view_store == store);
    }

  /* The dashboard's figures (the views may compute them in a worker). */
  WAIT_FOR (label_is (GTK_WIDGET (window), "accounts-value", "5"));
  WAIT_FOR (label_is (GTK_WIDGET (window), "mrr-value", mrr));

  /* The summary behind the views. */
  summary = po_summary_load (store, po_day_today (), PO_SUMMARY_ALL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->n_accounts, ==, 5);
  g_assert_cmpuint (summary->by_segment[PO_SEGMENT_SMB], ==, 3);
  g_assert_cmpuint (summary->by_segment[PO_SEGMENT_ENTERPRISE], ==, 1);
  g_assert_cmpuint (summary->by_segment[PO_SEGMENT_MID_MARKET], ==, 1);
  g_assert_cmpuint (summary->by_segment[PO_SEGMENT_PRODUCT_LED], ==, 0);
  g_assert_cmpuint (summary->by_touch[PO_TOUCH_TECH], ==, 3);
  g_assert_cmpint (summary->mrr_cents, ==, 29900 + 99900);
  g_assert_cmpuint (summary->n_paying, ==, 2);
  g_assert_cmpuint (summary->n_tracks, ==, 2);
  g_assert_cmpuint (g_strv_length (summary->scenarios), ==, 1);
  g_assert_cmpstr (summary->phase_model, ==, "post-sale");
  g_assert_cmpuint (summary->phases->len, ==, 6);
  g_assert_cmpstr (g_array_index (summary->phases, PoPhaseCount, 0).code, ==, "onboarding");
  g_assert_cmpuint (g_array_index (summary->phases, PoPhaseCount, 0).n_tracks, ==, 1);
  g_assert_cmpstr (g_array_index (summary->phases, PoPhaseCount, 1).code, ==, "adoption");
  g_assert_cmpuint (g_array_index (summary->phases, PoPhaseCount, 1).n_tracks, ==, 1);
  g_assert_cmpuint (g_array_index (summary->phases, PoPhaseCount, 2).n_tracks, ==, 0);
  g_clear_pointer (&summary, po_summary_free);

  summary = po_summary_load (store, po_day_today (), PO_SUMMARY_COUNTS, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summary->n_accounts, ==, 5);
  g_assert_cmpuint (summary->n_tracks, ==, 2);
  g_assert_cmpuint (summary->n_scenarios, ==, 1);
  g_assert_cmpuint (summary->phases->len, ==, 0);
  g_assert_nonnull (summary->scenarios);
  g_clear_pointer (&summary, po_summary_free);

  /* The views follow the store's ::changed. */
  g_assert_true (po_store_begin (store, &error));
  add_account (store, "stark", PO_SEGMENT_PRODUCT_LED, 10000, PO_DAY_NONE);
  g_assert_true (po_store_commit (store, &error));
  g_assert_no_error (error);
  WAIT_FOR (label_is (GTK_WIDGET (window), "accounts-value", "6"));

  /* Recently used, most recent first. */
  {
    g_auto(GStrv) recent = g_settings_get_strv (po_application_get_settings (app), "recent-workspaces");

    g_assert_cmpstr (recent[0], ==, f->path);
  }
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

static void
test_drop (Fixture       *f,
           gconstpointer  data)
{
  PoWindow *window = po_window_new (GTK_APPLICATION (app));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GSList) files = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  GtkDropTarget *target;
  gboolean handled = FALSE;

  create_workspace (f->path);
  gtk_window_present (GTK_WINDOW (window));
  target = find_drop_target (GTK_WIDGET (window));
  g_assert_nonnull (target);

  file = g_file_new_for_path (f->path);
  files = g_slist_append (NULL, file);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_signal_emit_by_name (target, "drop", &value, 0.0, 0.0, &handled);
  g_assert_true (handled);
  g_assert_cmpstr (po_window_get_path (window), ==, f->path);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  AdwViewSwitcherTitle *title;
  GtkInfoBar *bar;
  PoWindow *window;

  create_workspace (f->path);
  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);

  window = open_window (f->path, PO_STORE_OPEN_DEFAULT);
  g_assert_true (po_store_is_read_only (po_window_get_store (window)));

  title = ADW_VIEW_SWITCHER_TITLE (find_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE));
  g_assert_true (g_str_has_suffix (adw_view_switcher_title_get_subtitle (title), "(read-only)"));
  bar = GTK_INFO_BAR (find_type (GTK_WIDGET (window), GTK_TYPE_INFO_BAR));
  g_assert_true (gtk_info_bar_get_revealed (bar));

  /* Still a real summary. */
  WAIT_FOR (label_is (GTK_WIDGET (window), "accounts-value", "5"));
}

static void
test_not_a_workspace (Fixture       *f,
                      gconstpointer  data)
{
  PoWindow *window = po_window_new (GTK_APPLICATION (app));
  AdwMessageDialog *dialog;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (f->path, "name,segment\nacme,smb\n", -1, &error);
  g_assert_no_error (error);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (po_window_open_file (window, f->path, PO_STORE_OPEN_DEFAULT));
  WAIT_FOR (find_message_dialog () != NULL);
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Not a Peak One Workspace");
  g_assert_true (strstr (adw_message_dialog_get_body (dialog), "customers.peakone") != NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_null (po_window_get_store (window));

  /* The file was not touched. */
  {
    g_autofree char *contents = NULL;

    g_file_get_contents (f->path, &contents, NULL, &error);
    g_assert_cmpstr (contents, ==, "name,segment\nacme,smb\n");
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
  WAIT_FOR (find_message_dialog () == NULL);
}

static void
test_locked (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(PoStore) other = NULL;
  g_autoptr(GError) error = NULL;
  PoWindow *window = po_window_new (GTK_APPLICATION (app));
  AdwMessageDialog *dialog;

  create_workspace (f->path);
  other = po_store_open (f->path, PO_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (po_window_open_file (window, f->path, PO_STORE_OPEN_DEFAULT));
  WAIT_FOR (find_message_dialog () != NULL);
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Workspace In Use");
  g_assert_true (adw_message_dialog_has_response (dialog, "read-only"));

  adw_message_dialog_response (dialog, "read-only");
  WAIT_FOR (po_window_get_store (window) != NULL);
  g_assert_true (po_store_is_read_only (po_window_get_store (window)));
  WAIT_FOR (label_is (GTK_WIDGET (window), "accounts-value", "5"));
}

static void
test_empty_state (Fixture       *f,
                  gconstpointer  data)
{
  PoWindow *window = po_window_new (GTK_APPLICATION (app));
  AdwViewSwitcherTitle *title;
  AdwStatusPage *page = NULL;
  GtkStack *stack;

  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Peak One");
  title = ADW_VIEW_SWITCHER_TITLE (find_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE));
  g_assert_false (adw_view_switcher_title_get_view_switcher_enabled (title));

  stack = find_main_stack (GTK_WIDGET (window));
  g_assert_nonnull (stack);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  page = ADW_STATUS_PAGE (gtk_stack_get_visible_child (stack));
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "No Workspace Open");
  g_assert_false (gtk_info_bar_get_revealed (GTK_INFO_BAR (find_type (GTK_WIDGET (window), GTK_TYPE_INFO_BAR))));
}

static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
        return l->data;
    }
  return NULL;
}

static void
test_menu_windows (Fixture       *f,
                   gconstpointer  data)
{
  PoWindow *window = po_window_new (GTK_APPLICATION (app));
  g_auto(GStrv) accels = NULL;
  AdwAboutWindow *about;

  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));

  /* Keyboard shortcuts come from gtk/help-overlay.ui in the resources. */
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.save-copy");
  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_clear_pointer (&accels, g_strfreev);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_cmpstr (accels[0], ==, "<Control>q");

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  WAIT_FOR (find_toplevel (ADW_TYPE_ABOUT_WINDOW) != NULL);
  about = ADW_ABOUT_WINDOW (find_toplevel (ADW_TYPE_ABOUT_WINDOW));
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, "Peak One");
  gtk_window_destroy (GTK_WINDOW (about));
}

static void
test_size_saved (Fixture       *f,
                 gconstpointer  data)
{
  GSettings *settings = po_application_get_settings (app);
  PoWindow *window;
  int width, height;

  create_workspace (f->path);
  g_settings_set_string (settings, "last-workspace", "");
  window = po_window_new (GTK_APPLICATION (app));
  /* Not the schema's default 1200 × 800, so saving shows. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1240, 840);
  g_assert_true (po_window_open_file (window, f->path, PO_STORE_OPEN_DEFAULT));
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));
  settle ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, >=, 1240);
  g_assert_cmpint (height, >=, 840);

  gtk_window_close (GTK_WINDOW (window));
  settle ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, width);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, height);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  {
    g_autofree char *last = g_settings_get_string (settings, "last-workspace");

    g_assert_cmpstr (last, ==, f->path);
  }

  /* The next window starts at the remembered size. */
  window = po_window_new (GTK_APPLICATION (app));
  {
    int next_width, next_height;

    gtk_window_get_default_size (GTK_WINDOW (window), &next_width, &next_height);
    g_assert_cmpint (next_width, ==, width);
    g_assert_cmpint (next_height, ==, height);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_save_copy (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.peakone", NULL);
  g_autoptr(PoStore) copy = NULL;
  g_autoptr(GError) error = NULL;
  PoWindow *window;

  create_workspace (f->path);
  window = open_window (f->path, PO_STORE_OPEN_DEFAULT);
  g_assert_true (po_window_save_copy (window, copy_path));

  copy = po_store_open (copy_path, PO_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (po_store_count (copy, &po_account_class, &error), ==, 5);
  g_assert_cmpint (po_store_count (copy, &po_scenario_record_class, &error), ==, 1);
  g_clear_object (&copy);

  /* Replacing an existing file, and never the open workspace itself. */
  g_assert_true (po_store_copy_to (po_window_get_store (window), copy_path, &error));
  g_assert_no_error (error);
  g_assert_false (po_store_copy_to (po_window_get_store (window), f->path, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  ui_test_init (&argc, &argv);

  g_test_add ("/ui/window/summary", Fixture, NULL, fixture_setup, test_summary, fixture_teardown);
  g_test_add ("/ui/window/drop", Fixture, NULL, fixture_setup, test_drop, fixture_teardown);
  g_test_add ("/ui/window/read-only", Fixture, NULL, fixture_setup, test_read_only, fixture_teardown);
  g_test_add ("/ui/window/not-a-workspace", Fixture, NULL, fixture_setup, test_not_a_workspace, fixture_teardown);
  g_test_add ("/ui/window/locked", Fixture, NULL, fixture_setup, test_locked, fixture_teardown);
  g_test_add ("/ui/window/empty-state", Fixture, NULL, fixture_setup, test_empty_state, fixture_teardown);
  g_test_add ("/ui/window/menu-windows", Fixture, NULL, fixture_setup, test_menu_windows, fixture_teardown);
  g_test_add ("/ui/window/size-saved", Fixture, NULL, fixture_setup, test_size_saved, fixture_teardown);
  g_test_add ("/ui/window/save-copy", Fixture, NULL, fixture_setup, test_save_copy, fixture_teardown);

  ret = g_test_run ();
  ui_test_finish ();
  return ret;
}
