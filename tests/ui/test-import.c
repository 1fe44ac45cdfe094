/* test-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Import and export through their dialogs, on temporary workspaces: a good
 * document shows its counts and lands in the store, a bad one shows its
 * place and leaves the store as it was, a cancelled import writes nothing;
 * the CSV mapping previews, guesses, lists bad rows and imports nothing
 * until every row is good; Export writes a document that imports again.
 */

#include "config.h"

#include <glib/gstdio.h>

#include <string.h>

#include "po-csv-mapping-dialog.h"
#include "po-demo.h"
#include "po-export-action.h"
#include "po-export.h"
#include "po-import-dialog.h"
#include "test-ui-fixture.h"

#define EXPORTED_AT "2026-11-23T10:00:00Z"

/* Helpers */

static gpointer
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gint64
count_accounts (PoStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 n = po_store_count (store, &po_account_class, &error);

  g_assert_no_error (error);
  return n;
}

static PoStore *
new_store (Fixture    *f,
           const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  PoStore *store = po_store_create (path, &error);

  g_assert_no_error (error);
  return store;
}

static char *
export_workspace (Fixture    *f,
                  PoStore    *store,
                  const char *name)
{
  char *path = g_build_filename (f->dir, name, NULL);
  PoExportOptions options = { EXPORTED_AT, NULL, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (po_export_to_file (store, path, &options, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static void
count_changed (PoStore *store,
               guint   *n)
{
  (*n)++;
}

static PoImportDialog *
run_json (PoStore    *store,
          const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PoImportDialog *dialog;

  po_import_run (NULL, store, file);
  dialog = find_toplevel (PO_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  return dialog;
}

static gboolean
page_is (PoImportDialog *dialog,
         const char     *page)
{
  return g_strcmp0 (po_import_dialog_get_page (dialog), page) == 0;
}

static const char *
status_description (GtkWidget  *root,
                    const char *name)
{
  GtkWidget *page = find_named (root, name);

  g_assert_true (ADW_IS_STATUS_PAGE (page));
  return adw_status_page_get_description (ADW_STATUS_PAGE (page));
}

static guint
list_rows (GtkWidget  *root,
           const char *name)
{
  GtkWidget *list = find_named (root, name);
  guint n = 0;

  g_assert_true (GTK_IS_LIST_BOX (list));
  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), n) != NULL)
    n++;
  return n;
}

static AdwActionRow *
list_row (GtkWidget  *root,
          const char *name,
          guint       index)
{
  GtkWidget *list = find_named (root, name);

  return ADW_ACTION_ROW (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index));
}

/* JSON */

static void
test_json_good (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PoStore) source = NULL;
  g_autoptr(PoStore) store = new_store (f, "target.peakone");
  g_autofree char *json = NULL;
  PoImportDialog *dialog;
  guint changed = 0;

  create_workspace (f->path);
  source = po_store_open (f->path, PO_STORE_OPEN_DEFAULT, NULL);
  json = export_workspace (f, source, "customers.json");
  g_signal_connect (store, "changed", G_CALLBACK (count_changed), &changed);

  /* An empty workspace: no merge question, the import starts at once. */
  dialog = run_json (store, json);
  g_assert_true (page_is (dialog, "progress"));
  WAIT_FOR (page_is (dialog, "summary"));
  g_assert_true (g_str_has_prefix (status_description (GTK_WIDGET (dialog), "summary-page"),
                                   "Imported 5 accounts, "));
  g_assert_true (g_str_has_suffix (status_description (GTK_WIDGET (dialog), "summary-page"), " rows"));
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (dialog), "warnings-group")));
  g_assert_cmpint (count_accounts (store), ==, 5);
  g_assert_cmpuint (changed, ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Again: the workspace has the accounts, so the dialog asks. */
  dialog = run_json (store, json);
  g_assert_true (page_is (dialog, "choose"));
  po_import_dialog_set_merge (dialog, PO_IMPORT_MERGE_SKIP);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.start", NULL);
  WAIT_FOR (page_is (dialog, "summary"));
  g_assert_true (g_str_has_prefix (status_description (GTK_WIDGET (dialog), "summary-page"),
                                   "Imported 0 accounts (0 replaced, 5 skipped), "));
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = run_json (store, json);
  g_assert_true (page_is (dialog, "choose"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.start", NULL);
  WAIT_FOR (page_is (dialog, "summary"));
  g_assert_true (g_str_has_prefix (status_description (GTK_WIDGET (dialog), "summary-page"),
                                   "Imported 5 accounts (5 replaced, 0 skipped), "));
  g_assert_cmpint (count_accounts (store), ==, 5);
  g_assert_cmpuint (changed, ==, 3);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  settle ();
  g_assert_null (find_toplevel (PO_TYPE_IMPORT_DIALOG));
}

static void
test_json_warnings (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PoStore) store = new_store (f, "target.peakone");
  g_autofree char *json = g_build_filename (TEST_DATA_DIR, "import", "unknown-keys.json", NULL);
  PoImportDialog *dialog = run_json (store, json);
  AdwActionRow *row;

  WAIT_FOR (page_is (dialog, "summary"));
  g_assert_true (g_str_has_prefix (status_description (GTK_WIDGET (dialog), "summary-page"),
                                   "Imported 2 accounts, "));
  g_assert_cmpuint (list_rows (GTK_WIDGET (dialog), "warnings-list"), ==, 3);
  /* In the file's order of the core: path and place in the subtitle. */
  for (guint i = 0; i < 3; i++)
    {
      row = list_row (GTK_WIDGET (dialog), "warnings-list", i);
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Unknown key ignored");
      if (g_str_has_prefix (adw_action_row_get_subtitle (row), "accounts[0].colour"))
        g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "accounts[0].colour · line 119, column 17");
    }
  g_assert_cmpint (count_accounts (store), ==, 2);
}

static void
test_json_bad (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(PoStore) store = NULL;
  g_autofree char *json = g_build_filename (TEST_DATA_DIR, "import", "bad-date.json", NULL);
  g_autofree char *syntax = g_build_filename (TEST_DATA_DIR, "import", "syntax.json", NULL);
  PoImportDialog *dialog;
  GtkWidget *root;
  guint changed = 0;

  create_workspace (f->path);
  store = po_store_open (f->path, PO_STORE_OPEN_DEFAULT, NULL);
  g_signal_connect (store, "changed", G_CALLBACK (count_changed), &changed);

  dialog = run_json (store, json);
  root = GTK_WIDGET (dialog);
  g_assert_true (page_is (dialog, "choose"));
  gtk_widget_activate_action (root, "import.start", NULL);
  WAIT_FOR (page_is (dialog, "error"));
  g_assert_true (label_is (root, "error-path", "accounts[0].subscriptions[0].start"));
  g_assert_true (label_is (root, "error-place", "33, column 20"));
  g_assert_true (label_is (root, "error-file", "bad-date.json"));
  g_assert_true (g_str_has_prefix (label_text (root, "error-message"), "“2024-02-30” is not a date that exists"));
  g_assert_true (gtk_widget_get_visible (find_named (root, "unchanged")));
  g_assert_true (gtk_widget_get_visible (find_named (root, "error-path")));
  g_assert_cmpint (count_accounts (store), ==, 5);
  g_assert_null (po_store_find_account (store, "acme-json", NULL));
  g_assert_cmpuint (changed, ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A syntax error has a place but no path. */
  dialog = run_json (store, syntax);
  root = GTK_WIDGET (dialog);
  gtk_widget_activate_action (root, "import.start", NULL);
  WAIT_FOR (page_is (dialog, "error"));
  g_assert_true (label_is (root, "error-place", "121, column 26"));
  g_assert_false (gtk_widget_get_visible (find_named (root, "error-path")));
  g_assert_true (label_is (root, "error-message", "Expected a quoted member name"));
  g_assert_cmpint (count_accounts (store), ==, 5);
  g_assert_cmpuint (changed, ==, 0);
}

static void
test_json_cancel (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(PoStore) demo = new_store (f, "demo.peakone");
  g_autoptr(PoStore) store = new_store (f, "target.peakone");
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  PoDemoOptions options;
  PoImportDialog *dialog;
  PoImportTask *task;
  guint changed = 0;

  po_demo_options_init (&options);
  options.accounts = 200;
  g_assert_true (po_demo_generate (demo, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  json = export_workspace (f, demo, "big.json");
  g_signal_connect (store, "changed", G_CALLBACK (count_changed), &changed);

  dialog = run_json (store, json);
  task = po_import_dialog_get_task (dialog);
  g_assert_true (po_import_task_get_running (task));
  WAIT_FOR (po_import_task_get_fraction (task) > 0.0);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.cancel", NULL);
  WAIT_FOR (page_is (dialog, "error"));
  g_assert_false (po_import_task_get_running (task));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (find_named (GTK_WIDGET (dialog), "error-page"))),
                   ==, "Import Cancelled");
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (dialog), "unchanged")));
  g_assert_cmpint (count_accounts (store), ==, 0);
  g_assert_cmpint (po_store_count_health_samples (store, NULL), ==, 0);
  g_assert_cmpuint (changed, ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Closing the dialog while it runs cancels too. */
  dialog = run_json (store, json);
  task = g_object_ref (po_import_dialog_get_task (dialog));
  gtk_window_close (GTK_WINDOW (dialog));
  WAIT_FOR (!po_import_task_get_running (task));
  g_object_unref (task);
  g_assert_cmpint (count_accounts (store), ==, 0);
  g_assert_cmpuint (changed, ==, 0);
}

/* CSV */

static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
  return path;
}

#define CSV_BAD                                                 \
  "Kunde;Name;Segment;Vertragsbeginn;Angelegt\n"                \
  "acme;ACME GmbH;smb;15.01.2024;2024-01-10\n"                  \
  "bolt;Bolt AG;enterprise;2024-02-30;2024-02-01\n"             \
  "cask;Cask KG;mid_market;2024-03-01;2024-03-01\n"

static PoCsvMappingDialog *
run_csv (PoStore    *store,
         const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PoCsvMappingDialog *dialog;

  po_import_run (NULL, store, file);
  dialog = find_toplevel (PO_TYPE_CSV_MAPPING_DIALOG);
  g_assert_nonnull (dialog);
  return dialog;
}

static gboolean
csv_idle (PoCsvMappingDialog *dialog)
{
  return !po_import_task_get_running (po_csv_mapping_dialog_get_task (dialog));
}

static void
test_csv_mapping (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(PoStore) store = new_store (f, "target.peakone");
  g_autofree char *csv = write_file (f, "kunden.csv", CSV_BAD);
  PoCsvMappingDialog *dialog = run_csv (store, csv);
  GtkWidget *root = GTK_WIDGET (dialog);
  GtkColumnView *view = GTK_COLUMN_VIEW (find_named (root, "preview-view"));
  g_autoptr(GtkColumnViewColumn) first = NULL;
  AdwActionRow *row;
  guint changed = 0;

  g_signal_connect (store, "changed", G_CALLBACK (count_changed), &changed);
  g_assert_cmpstr (po_csv_mapping_dialog_get_page (dialog), ==, "mapping");

  /* Preview: three rows of five columns, the delimiter shown. */
  g_assert_cmpint (po_csv_mapping_dialog_get_delimiter (dialog), ==, ';');
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (view)), ==, 5);
  first = g_list_model_get_item (gtk_column_view_get_columns (view), 0);
  g_assert_cmpstr (gtk_column_view_column_get_title (first), ==, "Kunde → Account ID");
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_named (root, "file-row"))),
                                   "Semicolon-separated · first row is a header · 5 columns"));

  /* Guesses: accounts, from the German header. */
  g_assert_cmpint (po_csv_mapping_dialog_get_target (dialog), ==, PO_CSV_TARGET_ACCOUNTS);
  g_assert_cmpint (po_csv_mapping_dialog_get_column (dialog, PO_CSV_FIELD_ACCOUNT), ==, 0);
  g_assert_cmpint (po_csv_mapping_dialog_get_column (dialog, PO_CSV_FIELD_NAME), ==, 1);
  g_assert_cmpint (po_csv_mapping_dialog_get_column (dialog, PO_CSV_FIELD_SEGMENT), ==, 2);
  g_assert_cmpint (po_csv_mapping_dialog_get_column (dialog, PO_CSV_FIELD_SIGNED_ON), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find_named (root, "field-signed_on"))), ==, 4);

  /* A bad row: listed with its row and column, nothing imported. */
  gtk_widget_activate_action (root, "csv.import", NULL);
  WAIT_FOR (csv_idle (dialog));
  g_assert_cmpstr (po_csv_mapping_dialog_get_page (dialog), ==, "mapping");
  g_assert_true (gtk_widget_get_visible (find_named (root, "errors-group")));
  g_assert_cmpuint (list_rows (root, "errors-list"), ==, 1);
  row = list_row (root, "errors-list", 0);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Row 3, column 4 (Vertragsbeginn)");
  g_assert_cmpint (count_accounts (store), ==, 0);
  g_assert_cmpuint (changed, ==, 0);

  /* A required field without a column cannot be imported. */
  po_csv_mapping_dialog_set_column (dialog, PO_CSV_FIELD_SIGNED_ON, -1);
  g_assert_true (gtk_widget_has_css_class (find_named (root, "field-signed_on"), "error"));
  gtk_widget_activate_action (root, "csv.import", NULL);
  g_assert_true (csv_idle (dialog));
  g_assert_cmpint (count_accounts (store), ==, 0);

  /* Another column for the date: all rows good, all imported. */
  po_csv_mapping_dialog_set_column (dialog, PO_CSV_FIELD_SIGNED_ON, 4);
  g_assert_false (gtk_widget_has_css_class (find_named (root, "field-signed_on"), "error"));
  gtk_widget_activate_action (root, "csv.import", NULL);
  WAIT_FOR (csv_idle (dialog));
  g_assert_cmpstr (po_csv_mapping_dialog_get_page (dialog), ==, "done");
  g_assert_cmpstr (status_description (root, "done-page"), ==, "Imported 3 accounts");
  g_assert_cmpint (count_accounts (store), ==, 3);
  g_assert_cmpuint (changed, ==, 1);
}

static void
test_csv_fixed_file (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PoStore) store = new_store (f, "target.peakone");
  g_autofree char *csv = write_file (f, "kunden.csv", CSV_BAD);
  g_autoptr(PoAccount) bolt = NULL;
  PoCsvMappingDialog *dialog = run_csv (store, csv);
  GtkWidget *root = GTK_WIDGET (dialog);

  gtk_widget_activate_action (root, "csv.import", NULL);
  WAIT_FOR (csv_idle (dialog));
  g_assert_cmpuint (list_rows (root, "errors-list"), ==, 1);
  g_assert_cmpint (count_accounts (store), ==, 0);

  /* The user fixes the file and imports again: the file is read anew. */
  g_free (write_file (f, "kunden.csv",
                      "Kunde;Name;Segment;Vertragsbeginn;Angelegt\n"
                      "acme;ACME GmbH;smb;15.01.2024;2024-01-10\n"
                      "bolt;Bolt AG;enterprise;2024-02-28;2024-02-01\n"
                      "cask;Cask KG;mid_market;2024-03-01;2024-03-01\n"));
  gtk_widget_activate_action (root, "csv.import", NULL);
  g_assert_false (csv_idle (dialog));
  WAIT_FOR (csv_idle (dialog));
  g_assert_cmpstr (po_csv_mapping_dialog_get_page (dialog), ==, "done");
  g_assert_cmpint (count_accounts (store), ==, 3);
  bolt = po_store_find_account (store, "bolt", NULL);
  g_assert_nonnull (bolt);
  g_assert_cmpuint (bolt->signed_on, ==, po_day_from_ymd (2024, 2, 28));
}

static void
test_csv_target (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PoStore) store = new_store (f, "target.peakone");
  g_autofree char *csv = write_file (f, "health.csv",
                                     "account,on,component,value\n"
                                     "acme,2024-02-01,usage,72\n");
  g_autofree char *bad = write_file (f, "latin1.csv", "Kunde;Name\n\xe4rger;x\n");
  PoCsvMappingDialog *dialog = run_csv (store, csv);

  g_assert_cmpint (po_csv_mapping_dialog_get_delimiter (dialog), ==, ',');
  g_assert_cmpint (po_csv_mapping_dialog_get_target (dialog), ==, PO_CSV_TARGET_HEALTH);
  g_assert_nonnull (find_named (GTK_WIDGET (dialog), "field-component"));
  g_assert_cmpint (po_csv_mapping_dialog_get_column (dialog, PO_CSV_FIELD_VALUE), ==, 3);

  /* Another target: its own fields, guessed again. */
  po_csv_mapping_dialog_set_target (dialog, PO_CSV_TARGET_SUBSCRIPTIONS);
  g_assert_null (find_named (GTK_WIDGET (dialog), "field-component"));
  g_assert_nonnull (find_named (GTK_WIDGET (dialog), "field-item"));
  g_assert_cmpint (po_csv_mapping_dialog_get_column (dialog, PO_CSV_FIELD_ACCOUNT), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Not UTF-8: the dialog says why instead of a mapping. */
  dialog = run_csv (store, bad);
  g_assert_cmpstr (po_csv_mapping_dialog_get_page (dialog), ==, "error");
  g_assert_nonnull (strstr (status_description (GTK_WIDGET (dialog), "error-page"), "UTF-8"));
}

/* Entry points */

static void
test_run_chooses (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(PoStore) store = new_store (f, "target.peakone");
  g_autofree char *json = write_file (f, "export", "  {\"format\": \"peak-one-workspace\", \"version\": 1}");
  g_autofree char *csv = write_file (f, "export2", "account;name;segment;signed_on\n");
  g_autofree char *path = g_build_filename (f->dir, "target.peakone", NULL);
  g_autoptr(PoStore) read_only = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (json);
  GtkWindow *parent;

  run_json (store, json);
  g_assert_null (find_toplevel (PO_TYPE_CSV_MAPPING_DIALOG));
  gtk_window_destroy (find_toplevel (PO_TYPE_IMPORT_DIALOG));
  settle ();
  run_csv (store, csv);
  g_assert_null (find_toplevel (PO_TYPE_IMPORT_DIALOG));
  gtk_window_destroy (find_toplevel (PO_TYPE_CSV_MAPPING_DIALOG));
  settle ();

  read_only = po_store_open (path, PO_STORE_OPEN_READ_ONLY | PO_STORE_OPEN_SHARED, NULL);
  g_assert_nonnull (read_only);
  parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_present (parent);
  po_import_run (parent, read_only, file);
  g_assert_null (find_toplevel (PO_TYPE_IMPORT_DIALOG));
  g_assert_nonnull (find_message_dialog ());
}

/* Export */

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  PoWindow *window;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(PoImportTask) task = NULL;
  g_autoptr(PoStore) copy = NULL;
  g_autofree char *json = NULL;
  PoImportDialog *dialog;

  create_workspace (f->path);
  window = open_window (f->path, PO_STORE_OPEN_DEFAULT);
  path = g_build_filename (f->dir, "customers.json", NULL);
  file = g_file_new_for_path (path);

  task = g_object_ref (po_export_run (GTK_WINDOW (window), po_window_get_store (window), file));
  WAIT_FOR (!po_import_task_get_running (task));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpfloat (po_import_task_get_fraction (task), ==, 1.0);
  g_assert_null (find_message_dialog ());

  /* What was exported imports again. */
  copy = new_store (f, "copy.peakone");
  dialog = run_json (copy, path);
  WAIT_FOR (page_is (dialog, "summary"));
  g_assert_cmpint (count_accounts (copy), ==, 5);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A folder that does not exist: an error dialog, no file. */
  json = g_build_filename (f->dir, "missing", "x.json", NULL);
  g_clear_object (&file);
  g_clear_object (&task);
  file = g_file_new_for_path (json);
  task = g_object_ref (po_export_run (GTK_WINDOW (window), po_window_get_store (window), file));
  WAIT_FOR (!po_import_task_get_running (task));
  WAIT_FOR (find_message_dialog () != NULL);
  g_assert_false (g_file_test (json, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  int status;

  ui_test_init (&argc, &argv);

  g_test_add ("/ui/import/json/good", Fixture, NULL, fixture_setup, test_json_good, fixture_teardown);
  g_test_add ("/ui/import/json/warnings", Fixture, NULL, fixture_setup, test_json_warnings, fixture_teardown);
  g_test_add ("/ui/import/json/bad", Fixture, NULL, fixture_setup, test_json_bad, fixture_teardown);
  g_test_add ("/ui/import/json/cancel", Fixture, NULL, fixture_setup, test_json_cancel, fixture_teardown);
  g_test_add ("/ui/import/csv/mapping", Fixture, NULL, fixture_setup, test_csv_mapping, fixture_teardown);
  g_test_add ("/ui/import/csv/fixed-file", Fixture, NULL, fixture_setup, test_csv_fixed_file, fixture_teardown);
  g_test_add ("/ui/import/csv/target", Fixture, NULL, fixture_setup, test_csv_target, fixture_teardown);
  g_test_add ("/ui/import/run", Fixture, NULL, fixture_setup, test_run_chooses, fixture_teardown);
  g_test_add ("/ui/export/json", Fixture, NULL, fixture_setup, test_export, fixture_teardown);

  status = g_test_run ();
  ui_test_finish ();
  return status;
}
