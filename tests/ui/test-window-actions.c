/* test-window-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's workspace actions end to end: opening an account from
 * anywhere (what a dashboard alert does), the shared undo history.
 */

#include "config.h"

#include "po-account-detail.h"
#include "po-window-private.h"
#include "test-ui-fixture.h"

static void
test_open_account (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoAccount) two = NULL;
  PoWindow *window;
  PoAccountDetail *detail;

  create_workspace (f->path);
  window = open_window (f->path, PO_STORE_OPEN_DEFAULT);
  add_account (window->store, "wa-one", PO_SEGMENT_SMB, 29900, PO_DAY_NONE);
  add_account (window->store, "wa-two", PO_SEGMENT_ENTERPRISE, 249900, PO_DAY_NONE);
  two = po_store_find_account (window->store, "wa-two", &error);
  g_assert_no_error (error);

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "dashboard");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-account",
                                             "x", two->id));
  settle ();

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "accounts");
  detail = PO_ACCOUNT_DETAIL (find_type (GTK_WIDGET (window->accounts_view), PO_TYPE_ACCOUNT_DETAIL));
  g_assert_nonnull (detail);
  WAIT_FOR (po_account_detail_get_account_id (detail) == two->id);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (detail)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_shared_history (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoAccount) a = po_account_new ();
  PoWindow *window;
  gint64 n;

  create_workspace (f->path);
  window = open_window (f->path, PO_STORE_OPEN_DEFAULT);
  g_assert_nonnull (window->history);
  g_assert_true (po_accounts_view_get_history (window->accounts_view) == window->history);
  g_assert_true (po_journey_view_get_history (window->journey_view) == window->history);
  g_assert_true (po_planner_view_get_history (window->planner_view) == window->history);

  /* An edit recorded in the shared history is undone by win.undo. */
  n = po_store_count (window->store, &po_account_class, NULL);
  a->key = g_strdup ("gamma");
  a->name = g_strdup ("Gamma GmbH");
  a->signed_on = po_day_from_ymd (2025, 3, 1);
  g_assert_true (po_history_begin (window->history, "Add account", &error));
  g_assert_true (po_store_insert_account (window->store, a, &error));
  g_assert_true (po_history_commit (window->history, &error));
  g_assert_cmpint (po_store_count (window->store, &po_account_class, NULL), ==, n + 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpint (po_store_count (window->store, &po_account_class, NULL), ==, n);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpint (po_store_count (window->store, &po_account_class, NULL), ==, n + 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ui_test_init (&argc, &argv);

  g_test_add ("/ui/window/actions/open-account", Fixture, NULL,
              fixture_setup, test_open_account, fixture_teardown);
  g_test_add ("/ui/window/actions/shared-history", Fixture, NULL,
              fixture_setup, test_shared_history, fixture_teardown);

  status = g_test_run ();
  ui_test_finish ();
  return status;
}
