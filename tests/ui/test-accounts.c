/* test-accounts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The accounts view on a temporary workspace, driven through its widgets
 * and actions: filter and sort the list (the model's count and order),
 * add an account through the dialog, open an account, add a regression
 * transition, tick an exit criterion, record a churn — and undo each,
 * checking the store after every step.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "po-account-actions.h"
#include "po-account-detail.h"
#include "po-account-row.h"
#include "po-accounts-view.h"
#include "po-add-account-dialog.h"
#include "po-health-explain.h"
#include "po-preferences-window.h"
#include "po-renewals-view.h"
#include "po-tasks-view.h"
#include "po-store-private.h"

typedef struct
{
  char           *dir;
  PoStore        *store;
  PoHistory      *history;
  GtkWindow      *window;
  PoAccountsView *view;
  gint64          acme, bolt, cask;
} Fixture;

static PoDay
ymd (int y, int m, int d)
{
  return po_day_from_ymd (y, m, d);
}

static gint64
count_sql (Fixture    *f,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = _po_store_prepare (f->store, sql, &error);
  gint64 n;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static gint64
add (Fixture    *f,
     const char *name,
     PoSegment   segment,
     const char *tier)
{
  g_autoptr(GError) error = NULL;
  PoNewAccount spec = { name, segment, tier, ymd (2025, 1, 15), "onboarding", "Jana" };
  gint64 id = po_account_actions_add_account (f->history, &spec, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
first_track (Fixture *f,
             gint64   account)
{
  g_autoptr(GPtrArray) tracks = po_store_list_track (f->store, account, NULL);

  return ((PoTrack *) g_ptr_array_index (tracks, 0))->id;
}

static void
settle (Fixture *f)
{
  for (guint i = 0; i < 20000 && po_accounts_view_is_loading (f->view); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (po_accounts_view_is_loading (f->view));
  for (guint i = 0; i < 100 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("po-test-accounts-XXXXXX", NULL);
  path = g_build_filename (f->dir, "ws.peakone", NULL);
  f->store = po_store_create (path, &error);
  g_assert_no_error (error);
  f->history = po_history_new (f->store);

  f->acme = add (f, "Acme GmbH", PO_SEGMENT_SMB, "manager");
  f->bolt = add (f, "Bolt AG", PO_SEGMENT_ENTERPRISE, "executive");
  f->cask = add (f, "Cask Ltd", PO_SEGMENT_SMB, "operator");
  /* Acme: onboarding → adoption → retention. */
  g_assert_cmpint (po_account_actions_add_transition (f->history, first_track (f, f->acme), ymd (2025, 3, 1),
                                                      "adoption", "", "", &error), >, 0);
  g_assert_cmpint (po_account_actions_add_transition (f->history, first_track (f, f->acme), ymd (2025, 6, 1),
                                                      "retention", "", "", &error), >, 0);
  g_assert_no_error (error);
  po_history_clear (f->history);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1200, 800);
  f->view = PO_ACCOUNTS_VIEW (po_accounts_view_new ());
  po_accounts_view_set_history (f->view, f->history);
  po_accounts_view_set_store (f->view, f->store);
  g_assert_true (po_accounts_view_get_history (f->view) == f->history);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_present (f->window);
  settle (f);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
  const char *name;

  gtk_window_destroy (f->window);
  for (guint i = 0; i < 100 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
  g_clear_object (&f->history);
  g_clear_object (&f->store);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static GtkWidget *
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *found = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (found);
  return GTK_WIDGET (found);
}

static const char *
name_at (Fixture *f,
         guint    i)
{
  g_autoptr(PoAccountRow) row = g_list_model_get_item (po_accounts_view_get_model (f->view), i);

  return row != NULL ? po_account_row_get_name (row) : NULL;
}

static guint
n_shown (Fixture *f)
{
  return g_list_model_get_n_items (po_accounts_view_get_model (f->view));
}

/* Depth-first search of the widget tree. */
typedef gboolean (*Match) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find (GtkWidget     *root,
      Match          match,
      gconstpointer  data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *hit = find (c, match, data);

      if (hit != NULL)
        return hit;
    }
  return NULL;
}

static gboolean
has_name (GtkWidget *w, gconstpointer name)
{
  return g_strcmp0 (gtk_widget_get_name (w), name) == 0;
}

static gboolean
row_titled (GtkWidget *w, gconstpointer title)
{
  return ADW_IS_PREFERENCES_ROW (w) && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w)), title) == 0;
}

static gboolean
button_labelled (GtkWidget *w, gconstpointer label)
{
  return GTK_IS_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), label) == 0;
}

static gboolean
is_spin_button (GtkWidget *w, gconstpointer data)
{
  return GTK_IS_SPIN_BUTTON (w);
}

static gboolean
is_entry (GtkWidget *w, gconstpointer data)
{
  return GTK_IS_ENTRY (w) && gtk_widget_get_ancestor (w, GTK_TYPE_MENU_BUTTON) != NULL;
}

static gboolean
is_snooze_button (GtkWidget *w, gconstpointer data)
{
  return GTK_IS_BUTTON (w) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (w)), "alarm-symbolic") == 0;
}

static void
undo (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "accounts.undo", NULL));
  settle (f);
}

static void
test_filter_sort (Fixture       *f,
                  gconstpointer  data)
{
  GtkColumnView *cv = GTK_COLUMN_VIEW (child (f->view, PO_TYPE_ACCOUNTS_VIEW, "column_view"));
  GtkDropDown *segment = GTK_DROP_DOWN (child (f->view, PO_TYPE_ACCOUNTS_VIEW, "segment_dropdown"));
  GtkDropDown *phase = GTK_DROP_DOWN (child (f->view, PO_TYPE_ACCOUNTS_VIEW, "phase_dropdown"));
  GtkEditable *search = GTK_EDITABLE (child (f->view, PO_TYPE_ACCOUNTS_VIEW, "search_entry"));
  g_autoptr(GtkColumnViewColumn) mrr = NULL;

  g_assert_cmpuint (n_shown (f), ==, 3);
  g_assert_cmpstr (name_at (f, 0), ==, "Acme GmbH");

  /* Segment: SMB is the third choice after "All segments" and Enterprise, Mid-market. */
  gtk_drop_down_set_selected (segment, 1 + PO_SEGMENT_SMB);
  g_assert_cmpuint (n_shown (f), ==, 2);
  gtk_drop_down_set_selected (segment, 1 + PO_SEGMENT_ENTERPRISE);
  g_assert_cmpuint (n_shown (f), ==, 1);
  g_assert_cmpstr (name_at (f, 0), ==, "Bolt AG");
  gtk_drop_down_set_selected (segment, 0);

  /* Phase: retention is the third phase of the post-sale model. */
  gtk_drop_down_set_selected (phase, 3);
  g_assert_cmpuint (n_shown (f), ==, 1);
  g_assert_cmpstr (name_at (f, 0), ==, "Acme GmbH");
  gtk_drop_down_set_selected (phase, 1);
  g_assert_cmpuint (n_shown (f), ==, 2);
  gtk_drop_down_set_selected (phase, 0);

  /* Instant search (search-changed comes after a short delay). */
  gtk_editable_set_text (search, "cask");
  for (guint i = 0; i < 5000 && n_shown (f) != 1; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (n_shown (f), ==, 1);
  g_assert_cmpstr (name_at (f, 0), ==, "Cask Ltd");
  gtk_editable_set_text (search, "");
  for (guint i = 0; i < 5000 && n_shown (f) != 3; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (n_shown (f), ==, 3);

  /* Sort by MRR, largest first: Executive 2,499, Manager 999, Operator 299. */
  mrr = g_list_model_get_item (gtk_column_view_get_columns (cv), 4);
  g_assert_cmpstr (gtk_column_view_column_get_title (mrr), ==, "MRR");
  gtk_column_view_sort_by_column (cv, mrr, GTK_SORT_DESCENDING);
  g_assert_cmpstr (name_at (f, 0), ==, "Bolt AG");
  g_assert_cmpstr (name_at (f, 1), ==, "Acme GmbH");
  g_assert_cmpstr (name_at (f, 2), ==, "Cask Ltd");
  gtk_column_view_sort_by_column (cv, mrr, GTK_SORT_ASCENDING);
  g_assert_cmpstr (name_at (f, 0), ==, "Cask Ltd");
}

static void
on_added (PoAddAccountDialog *dialog,
          gint64              id,
          gint64             *out)
{
  *out = id;
}

static void
test_add_account (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog = po_add_account_dialog_new (f->window, f->history);
  GtkEditable *name = GTK_EDITABLE (child (dialog, PO_TYPE_ADD_ACCOUNT_DIALOG, "name_row"));
  GtkEditable *date = GTK_EDITABLE (child (dialog, PO_TYPE_ADD_ACCOUNT_DIALOG, "date_row"));
  gint64 added = 0;

  g_signal_connect (dialog, "account-added", G_CALLBACK (on_added), &added);
  gtk_window_present (GTK_WINDOW (dialog));

  /* An empty name is refused inline. */
  g_object_ref (dialog);
  g_assert_false (po_add_account_dialog_save (PO_ADD_ACCOUNT_DIALOG (dialog)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name), "error"));
  gtk_editable_set_text (name, "Dune Labs");
  gtk_editable_set_text (date, "2026-02-30");
  g_assert_false (po_add_account_dialog_save (PO_ADD_ACCOUNT_DIALOG (dialog)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (date), "error"));
  gtk_editable_set_text (date, "2026-02-01");
  /* Enter in the name saves. */
  g_signal_emit_by_name (name, "entry-activated");
  g_object_unref (dialog);
  g_assert_cmpint (added, >, 0);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM accounts WHERE name = 'Dune Labs' AND signed_on = '2026-02-01'"), ==, 1);
  settle (f);
  g_assert_cmpuint (n_shown (f), ==, 4);
  undo (f);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM accounts"), ==, 3);
  g_assert_cmpuint (n_shown (f), ==, 3);
}

static void
test_detail_edits (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *detail = child (f->view, PO_TYPE_ACCOUNTS_VIEW, "detail");
  AdwLeaflet *leaflet = ADW_LEAFLET (child (f->view, PO_TYPE_ACCOUNTS_VIEW, "leaflet"));
  AdwComboRow *phase = ADW_COMBO_ROW (child (detail, PO_TYPE_ACCOUNT_DETAIL, "phase_row"));
  GtkEditable *date = GTK_EDITABLE (child (detail, PO_TYPE_ACCOUNT_DETAIL, "date_row"));
  GtkWidget *add_button = child (detail, PO_TYPE_ACCOUNT_DETAIL, "add_transition_button");
  GtkWidget *check, *row;

  /* Open Acme, as win.open-account does. */
  po_accounts_view_open_account (f->view, f->acme);
  settle (f);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
  g_assert_cmpint (po_account_detail_get_account_id (PO_ACCOUNT_DETAIL (detail)), ==, f->acme);

  /* Inline validation: the same phase and a date before the last transition. */
  adw_combo_row_set_selected (phase, 2);   /* retention, the current phase */
  gtk_editable_set_text (date, "2026-01-10");
  g_assert_false (gtk_widget_get_sensitive (add_button));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (phase), "error"));
  adw_combo_row_set_selected (phase, 1);   /* adoption: a regression */
  gtk_editable_set_text (date, "2025-05-01");
  g_assert_false (gtk_widget_get_sensitive (add_button));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (date), "error"));
  gtk_editable_set_text (date, "2026-01-10");
  g_assert_true (gtk_widget_get_sensitive (add_button));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (date), "error"));

  g_signal_emit_by_name (add_button, "clicked");
  settle (f);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM phase_transitions_v WHERE kind = 'regression' AND on_date = '2026-01-10'"), ==, 1);
  /* Marked in red on the timeline. */
  g_assert_nonnull (find (detail, (Match) row_titled, "Adoption"));
  undo (f);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM phase_transitions_v WHERE kind = 'regression'"), ==, 0);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM phase_transitions"), ==, 5);

  /* Tick an exit criterion, then undo. */
  check = find (detail, (Match) has_name, "go_live_confirmed");
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  settle (f);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM track_criteria WHERE code = 'go_live_confirmed' AND done_on IS NOT NULL"), ==, 1);
  check = find (detail, (Match) has_name, "go_live_confirmed");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  undo (f);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM track_criteria WHERE done_on IS NOT NULL"), ==, 0);

  /* Record a churn: the open line ends on its date; then undo. */
  row = find (detail, (Match) row_titled, "Churn date (YYYY-MM-DD)");
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "2026-03-31");
  g_signal_emit_by_name (find (detail, (Match) button_labelled, "_Record Churn"), "clicked");
  settle (f);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM churn_records WHERE on_date = '2026-03-31'"), ==, 1);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM subscription_lines WHERE end_on = '2026-03-31'"), ==, 1);
  g_assert_false (gtk_widget_get_visible (row));
  undo (f);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM churn_records"), ==, 0);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM subscription_lines WHERE end_on IS NULL"), ==, 3);

  /* Redo brings the churn back; Escape-like back returns to the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "accounts.redo", NULL));
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM churn_records"), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "accounts.back", NULL));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "browse");
}

static void
test_what_if (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *detail = child (f->view, PO_TYPE_ACCOUNTS_VIEW, "detail");
  PoHealthExplain *explain = PO_HEALTH_EXPLAIN (child (detail, PO_TYPE_ACCOUNT_DETAIL, "health_explain"));
  PoHealthSample usage = { f->bolt, PO_COMPONENT_USAGE, po_day_today () - 3, 40 };
  PoHealthSample support = { f->bolt, PO_COMPONENT_SUPPORT, po_day_today () - 3, 70 };
  gint64 samples;

  g_assert_true (po_store_add_health_sample (f->store, &usage, &error));
  g_assert_true (po_store_add_health_sample (f->store, &support, &error));
  samples = po_store_count_health_samples (f->store, NULL);
  po_accounts_view_open_account (f->view, f->bolt);
  settle (f);
  /* (30·40 + 15·70) / 45 = 50; usage at 90 gives (2700 + 1050) / 45 = 83.3 → 83. */
  g_assert_cmpint (po_health_explain_what_if (explain, PO_COMPONENT_USAGE, 90), ==, 83);
  g_assert_cmpint (po_store_count_health_samples (f->store, NULL), ==, samples);
}

static void
test_tasks_renewals (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AdwViewStack *pages = ADW_VIEW_STACK (child (f->view, PO_TYPE_ACCOUNTS_VIEW, "pages"));
  GtkWidget *tasks_view = child (f->view, PO_TYPE_ACCOUNTS_VIEW, "tasks_view");
  GtkWidget *renewals_view = child (f->view, PO_TYPE_ACCOUNTS_VIEW, "renewals_view");
  GListModel *tasks = po_tasks_view_get_model (PO_TASKS_VIEW (tasks_view));
  GListModel *renewals = po_renewals_view_get_model (PO_RENEWALS_VIEW (renewals_view));
  PoDay today = po_day_today ();
  GtkWidget *label;
  gint64 task;

  task = po_account_actions_add_task (f->history, f->bolt, "Prepare the QBR", today - 2, NULL, &error);
  g_assert_no_error (error);
  adw_view_stack_set_visible_child_name (pages, "tasks");
  settle (f);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 1);

  /* Done tasks leave the list; undo brings it back. */
  g_assert_true (po_account_actions_complete_task (f->history, task, today, &error));
  settle (f);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 0);
  undo (f);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 1);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM tasks WHERE status = 'open'"), ==, 1);

  /* Snooze a week from the row's button, reassign in the owner cell. */
  for (guint i = 0; i < 200 && find (tasks_view, is_snooze_button, NULL) == NULL; i++)
    g_main_context_iteration (NULL, FALSE);
  g_signal_emit_by_name (find (tasks_view, is_snooze_button, NULL), "clicked");
  settle (f);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM tasks WHERE status = 'snoozed' AND due_on = date ('now', '+7 days')"), ==, 1);
  label = find (tasks_view, is_entry, NULL);
  gtk_editable_set_text (GTK_EDITABLE (label), "Max");
  g_signal_emit_by_name (label, "activate");
  for (guint i = 0; i < 200 && count_sql (f, "SELECT COUNT (*) FROM tasks WHERE owner = 'Max'") == 0; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM tasks WHERE owner = 'Max'"), ==, 1);
  undo (f);
  undo (f);
  g_assert_cmpint (count_sql (f, "SELECT COUNT (*) FROM tasks WHERE status = 'open' AND owner = 'Jana'"), ==, 1);

  /* Renewals inside the lead time: move Cask's renewal to in 20 days. */
  adw_view_stack_set_visible_child_name (pages, "renewals");
  g_assert_cmpuint (g_list_model_get_n_items (renewals), ==, 0);
  g_assert_true (po_account_actions_set_renewal (f->history, f->cask, today + 20, PO_FORECAST_LIKELY, &error));
  settle (f);
  g_assert_cmpuint (g_list_model_get_n_items (renewals), ==, 1);
  undo (f);
  g_assert_cmpuint (g_list_model_get_n_items (renewals), ==, 0);
}

static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *prefs = po_preferences_window_new (f->window, f->store, f->history);
  GtkWidget *red = find (prefs, (Match) row_titled, "Red below");
  GtkWidget *yellow = find (prefs, (Match) row_titled, "Yellow below");
  GtkWidget *spin;

  gtk_window_present (GTK_WINDOW (prefs));
  g_assert_nonnull (red);
  spin = find (red, is_spin_button, NULL);
  g_assert_nonnull (spin);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 35);
  g_assert_cmpint (count_sql (f, "SELECT value FROM settings WHERE key = 'health.red_below'"), ==, 35);
  /* Red above yellow is refused inline and not saved. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 90);
  g_assert_true (gtk_widget_has_css_class (red, "error"));
  g_assert_true (gtk_widget_has_css_class (yellow, "error"));
  g_assert_cmpint (count_sql (f, "SELECT value FROM settings WHERE key = 'health.red_below'"), ==, 35);
  gtk_window_destroy (GTK_WINDOW (prefs));
  undo (f);
  g_assert_cmpint (count_sql (f, "SELECT value FROM settings WHERE key = 'health.red_below'"), ==, 40);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/ui/accounts/filter-sort", test_filter_sort);
  ADD ("/ui/accounts/add-account", test_add_account);
  ADD ("/ui/accounts/detail-edits", test_detail_edits);
  ADD ("/ui/accounts/what-if", test_what_if);
  ADD ("/ui/accounts/tasks-renewals", test_tasks_renewals);
  ADD ("/ui/accounts/preferences", test_preferences);
#undef ADD

  return g_test_run ();
}
