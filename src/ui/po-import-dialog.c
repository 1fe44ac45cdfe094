/* po-import-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Import dialog for a workspace document (DESIGN.md §7). The import
 * is one transaction on a worker connection: until the summary shows,
 * nothing is written, and after an error or a cancel the workspace is as
 * it was, which the dialog says.
 */

#define G_LOG_DOMAIN "po-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "po-csv-mapping-dialog.h"
#include "po-error-dialog.h"
#include "po-import-dialog.h"
#include "po-view-helpers.h"

struct _PoImportDialog
{
  AdwWindow             parent_instance;

  PoStore              *store;
  GFile                *file;
  PoImportTask         *task;
  gboolean              cancelled;

  GtkStack             *stack;
  GtkWidget            *cancel_button;
  GtkWidget            *import_button;
  GtkWidget            *close_button;
  AdwActionRow         *file_row;
  AdwPreferencesGroup  *merge_group;
  GtkCheckButton       *replace_check;
  GtkCheckButton       *skip_check;
  AdwStatusPage        *progress_page;
  GtkProgressBar       *progress_bar;
  GtkLabel             *progress_label;
  AdwStatusPage        *summary_page;
  AdwPreferencesGroup  *warnings_group;
  GtkListBox           *warnings_list;
  AdwStatusPage        *error_page;
  GtkLabel             *error_message_label;
  GtkWidget            *error_card;
  GtkLabel             *error_file_label;
  GtkWidget            *error_place_title;
  GtkLabel             *error_place_label;
  GtkWidget            *error_path_title;
  GtkLabel             *error_path_label;
};

G_DEFINE_FINAL_TYPE (PoImportDialog, po_import_dialog, ADW_TYPE_WINDOW)

static char *
display_name (GFile *file)
{
  g_autoptr(GFileInfo) info =
    g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_autofree char *base = NULL;

  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));
  base = g_file_get_basename (file);
  return g_filename_display_name (base);
}

static void
show_page (PoImportDialog *self,
           const char     *page)
{
  gboolean choosing = g_str_equal (page, "choose");
  gboolean running = g_str_equal (page, "progress");

  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_widget_set_visible (self->cancel_button, choosing || running);
  gtk_widget_set_visible (self->import_button, choosing);
  gtk_widget_set_visible (self->close_button, !choosing && !running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.start", choosing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.cancel", choosing || running);
  if (!choosing && !running)
    gtk_window_set_default_widget (GTK_WINDOW (self), self->close_button);
}

static void
on_fraction (PoImportDialog *self)
{
  gtk_progress_bar_set_fraction (self->progress_bar, po_import_task_get_fraction (self->task));
}

/* "Imported 2,000 accounts (12 replaced, 3 skipped), 1,234,567 rows" */
static char *
summary_text (const PoImportResult *result)
{
  g_autofree char *accounts = po_view_format_count (result->n_accounts);
  g_autofree char *rows = po_view_format_count (result->n_rows);
  g_autofree char *head = NULL;
  g_autofree char *tail = NULL;

  head = g_strdup_printf (ngettext ("Imported %s account", "Imported %s accounts", result->n_accounts),
                          accounts);
  tail = g_strdup_printf (ngettext ("%s row", "%s rows", MIN (result->n_rows, G_MAXULONG)), rows);
  if (result->n_replaced > 0 || result->n_skipped > 0)
    {
      g_autofree char *replaced = po_view_format_count (result->n_replaced);
      g_autofree char *skipped = po_view_format_count (result->n_skipped);

      /* TRANSLATORS: "Imported 2,000 accounts", then "12", "3", then "1,234,567 rows" */
      return g_strdup_printf (_("%s (%s replaced, %s skipped), %s"), head, replaced, skipped, tail);
    }
  /* TRANSLATORS: "Imported 2,000 accounts", then "1,234,567 rows" */
  return g_strdup_printf (_("%s, %s"), head, tail);
}

/* The core's messages may start in lower case; the dialog shows a sentence. */
static char *
sentence (const char *message)
{
  char first[8] = { 0 };

  if (message[0] == '\0' || !g_unichar_islower (g_utf8_get_char (message)))
    return g_strdup (message);
  g_unichar_to_utf8 (g_unichar_toupper (g_utf8_get_char (message)), first);
  return g_strconcat (first, g_utf8_next_char (message), NULL);
}

static GtkWidget *
problem_row_new (const PoImportProblem *problem)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) where = g_string_new (problem->path);
  g_autofree char *message = sentence (problem->message);

  if (problem->line > 0)
    {
      if (where->len > 0)
        g_string_append (where, " · ");
      g_string_append_printf (where, _("line %u, column %u"), problem->line, problem->column);
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where->str);
  return row;
}

static void
show_summary (PoImportDialog       *self,
              const PoImportResult *result)
{
  g_autofree char *text = summary_text (result);

  adw_status_page_set_description (self->summary_page, text);
  po_list_box_remove_all (self->warnings_list);
  for (guint i = 0; i < result->warnings->len; i++)
    gtk_list_box_append (self->warnings_list, problem_row_new (result->warnings->pdata[i]));
  if (result->n_warnings > result->warnings->len)
    {
      GtkWidget *row = adw_action_row_new ();
      guint more = result->n_warnings - result->warnings->len;
      g_autofree char *title = g_strdup_printf (ngettext ("%u more warning is not shown",
                                                          "%u more warnings are not shown", more),
                                                more);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->warnings_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_group), result->n_warnings > 0);
  show_page (self, "summary");
}

static void
show_error (PoImportDialog        *self,
            const PoImportResult  *result,
            const GError          *error)
{
  const PoImportProblem *problem = result != NULL ? result->error : NULL;
  g_autofree char *name = display_name (self->file);
  gboolean cancelled = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  adw_status_page_set_title (self->error_page, cancelled ? _("Import Cancelled") : _("Import Failed"));
  adw_status_page_set_icon_name (self->error_page,
                                 cancelled ? "process-stop-symbolic" : "dialog-warning-symbolic");
  gtk_widget_set_visible (GTK_WIDGET (self->error_message_label), !cancelled);
  gtk_widget_set_visible (self->error_card, !cancelled);
  gtk_label_set_label (self->error_file_label, name);

  if (problem != NULL)
    {
      g_autofree char *place = NULL;
      g_autofree char *message = sentence (problem->message);

      gtk_label_set_label (self->error_message_label, message);

      if (problem->line > 0)
        place = g_strdup_printf (_("%u, column %u"), problem->line, problem->column);
      gtk_label_set_label (self->error_place_label, place ? place : "");
      gtk_widget_set_visible (self->error_place_title, place != NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->error_place_label), place != NULL);
      gtk_label_set_label (self->error_path_label, problem->path);
      gtk_widget_set_visible (self->error_path_title, problem->path[0] != '\0');
      gtk_widget_set_visible (GTK_WIDGET (self->error_path_label), problem->path[0] != '\0');
    }
  else
    {
      gtk_label_set_label (self->error_message_label, error != NULL ? error->message : "");
      gtk_label_set_label (self->error_place_label, "");
      gtk_label_set_label (self->error_path_label, "");
      gtk_widget_set_visible (self->error_place_title, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->error_place_label), FALSE);
      gtk_widget_set_visible (self->error_path_title, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->error_path_label), FALSE);
    }
  show_page (self, "error");
}

static void
on_import_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PoImportDialog) self = user_data;
  g_autoptr(PoImportResult) import_result = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = po_import_task_import_json_finish (PO_IMPORT_TASK (object), result, &import_result, &error);
  /* Closed meanwhile. */
  if (self->task == NULL)
    return;
  if (ok)
    show_summary (self, import_result);
  else
    show_error (self, import_result, error);
}

void
po_import_dialog_start (PoImportDialog *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  PoImportMerge merge;

  g_return_if_fail (PO_IS_IMPORT_DIALOG (self));
  g_return_if_fail (!po_import_task_get_running (self->task));

  merge = gtk_check_button_get_active (self->skip_check) ? PO_IMPORT_MERGE_SKIP
                                                         : PO_IMPORT_MERGE_REPLACE;
  name = display_name (self->file);
  title = g_strdup_printf (_("Importing “%s”…"), name);
  adw_status_page_set_title (self->progress_page, title);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  self->cancelled = FALSE;
  show_page (self, "progress");
  po_import_task_import_json_async (self->task, self->file, merge, on_import_done, g_object_ref (self));
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  po_import_dialog_start (PO_IMPORT_DIALOG (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PoImportDialog *self = PO_IMPORT_DIALOG (widget);

  if (!po_import_task_get_running (self->task))
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }
  self->cancelled = TRUE;
  po_import_task_cancel (self->task);
  gtk_label_set_label (self->progress_label, _("Cancelling…"));
  gtk_widget_action_set_enabled (widget, "import.cancel", FALSE);
}

static gboolean
on_close_request (PoImportDialog *self)
{
  /* Closing while the import runs cancels it; nothing is written. */
  if (self->task != NULL)
    po_import_task_cancel (self->task);
  return FALSE;
}

static void
po_import_dialog_dispose (GObject *object)
{
  PoImportDialog *self = (PoImportDialog *) object;

  if (self->task != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->task, self);
      po_import_task_cancel (self->task);
      g_clear_object (&self->task);
    }
  g_clear_object (&self->store);
  g_clear_object (&self->file);
  gtk_widget_dispose_template (GTK_WIDGET (self), PO_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (po_import_dialog_parent_class)->dispose (object);
}

static void
po_import_dialog_class_init (PoImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = po_import_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, merge_group);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, replace_check);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, skip_check);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, progress_page);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, summary_page);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, warnings_group);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, warnings_list);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, error_message_label);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, error_card);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, error_file_label);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, error_place_title);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, error_place_label);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, error_path_title);
  gtk_widget_class_bind_template_child (widget_class, PoImportDialog, error_path_label);
  gtk_widget_class_bind_template_callback (widget_class, on_close_request);

  gtk_widget_class_install_action (widget_class, "import.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
po_import_dialog_init (PoImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * po_import_dialog_new:
 * @parent: (nullable): the workspace's window
 * @store: the workspace to import into
 * @file: a §7 JSON document
 *
 * Returns: (transfer floating): the dialog, not yet presented
 */
GtkWidget *
po_import_dialog_new (GtkWindow *parent,
                      PoStore   *store,
                      GFile     *file)
{
  PoImportDialog *self;
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(GFile) parent_dir = NULL;
  gint64 n_accounts;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (PO_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->file = g_object_ref (file);
  self->task = po_import_task_new (store);
  g_signal_connect_swapped (self->task, "notify::fraction", G_CALLBACK (on_fraction), self);

  name = display_name (file);
  parent_dir = g_file_get_parent (file);
  folder = parent_dir != NULL ? g_file_get_parse_name (parent_dir) : NULL;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->file_row), name);
  adw_action_row_set_subtitle (self->file_row, folder ? folder : "");

  n_accounts = po_store_count (store, &po_account_class, NULL);
  if (n_accounts > 0)
    {
      g_autofree char *count = po_view_format_count (n_accounts);
      g_autofree char *text =
        g_strdup_printf (ngettext ("The workspace has %s account. When the file has an account with the same id:",
                                   "The workspace has %s accounts. When the file has an account with the same id:",
                                   n_accounts),
                         count);

      adw_preferences_group_set_description (self->merge_group, text);
      show_page (self, "choose");
      gtk_window_set_default_widget (GTK_WINDOW (self), self->import_button);
    }
  else
    po_import_dialog_start (self);
  return GTK_WIDGET (self);
}

void
po_import_dialog_set_merge (PoImportDialog *self,
                            PoImportMerge   merge)
{
  g_return_if_fail (PO_IS_IMPORT_DIALOG (self));

  gtk_check_button_set_active (merge == PO_IMPORT_MERGE_SKIP ? self->skip_check : self->replace_check,
                               TRUE);
}

const char *
po_import_dialog_get_page (PoImportDialog *self)
{
  g_return_val_if_fail (PO_IS_IMPORT_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

PoImportTask *
po_import_dialog_get_task (PoImportDialog *self)
{
  g_return_val_if_fail (PO_IS_IMPORT_DIALOG (self), NULL);
  return self->task;
}

/* Entry points */

/* By extension, else by the first character: a document starts with '{'. */
static gboolean
is_csv (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *lower = base ? g_ascii_strdown (base, -1) : g_strdup ("");
  g_autoptr(GFileInputStream) in = NULL;
  char head[256];
  gssize n;
  gssize i = 0;

  if (g_str_has_suffix (lower, ".json"))
    return FALSE;
  if (g_str_has_suffix (lower, ".csv") || g_str_has_suffix (lower, ".tsv") ||
      g_str_has_suffix (lower, ".txt"))
    return TRUE;

  in = g_file_read (file, NULL, NULL);
  if (in == NULL)
    return FALSE;
  n = g_input_stream_read (G_INPUT_STREAM (in), head, sizeof head, NULL, NULL);
  if (n >= 3 && memcmp (head, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < n && g_ascii_isspace (head[i]))
    i++;
  return n > 0 && i < n && head[i] != '{' && head[i] != '[';
}

/**
 * po_import_run:
 * @parent: (nullable): the workspace's window
 * @store: the workspace
 * @file: a §7 JSON document or a CSV file
 *
 * Presents the dialog that imports @file: the column mapping for a CSV
 * file, else the JSON import. The dialog does the rest; after a
 * successful import @store emits ::changed.
 */
void
po_import_run (GtkWindow *parent,
               PoStore   *store,
               GFile     *file)
{
  GtkWidget *dialog;

  g_return_if_fail (PO_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  if (po_store_is_read_only (store))
    dialog = po_error_dialog_new (parent, _("Cannot Import"),
                                  _("The workspace is open read-only. Open it for editing to import into it."));
  else if (is_csv (file))
    dialog = po_csv_mapping_dialog_new (parent, store, file);
  else
    dialog = po_import_dialog_new (parent, store, file);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_choose_response (GtkNativeDialog *native,
                    int              response,
                    gpointer         user_data)
{
  PoStore *store = g_object_get_data (G_OBJECT (native), "po-store");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        po_import_run (gtk_native_dialog_get_transient_for (native), store, file);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime_type,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_auto(GStrv) types = g_strsplit (mime_type, " ", -1);
  g_auto(GStrv) patterns = g_strsplit (pattern, " ", -1);

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, types[i]);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

/**
 * po_import_choose:
 * @parent: (nullable): the workspace's window
 * @store: the workspace
 *
 * Asks for a JSON or CSV file, then po_import_run().
 */
void
po_import_choose (GtkWindow *parent,
                  PoStore   *store)
{
  GtkFileChooserNative *native;

  g_return_if_fail (PO_IS_STORE (store));

  native = gtk_file_chooser_native_new (_("Import"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filter (GTK_FILE_CHOOSER (native), _("Peak One Export or CSV"),
              "application/json text/csv", "*.json *.csv");
  add_filter (GTK_FILE_CHOOSER (native), _("Peak One Export (JSON)"), "application/json", "*.json");
  add_filter (GTK_FILE_CHOOSER (native), _("Spreadsheet (CSV)"), "text/csv", "*.csv");
  g_object_set_data_full (G_OBJECT (native), "po-store", g_object_ref (store), g_object_unref);
  g_signal_connect (native, "response", G_CALLBACK (on_choose_response), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
