/* po-csv-mapping-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The column mapping of a CSV import. The preview and the guesses come
 * from po-csv-import.h; the import runs in a PoImportTask on a worker
 * connection and writes all rows or none.
 */

#define G_LOG_DOMAIN "po-csv-mapping-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "po-csv-mapping-dialog.h"
#include "po-view-helpers.h"

#define PREVIEW_ROWS   8
#define MAX_CELL_CHARS 24

struct _PoCsvMappingDialog
{
  AdwWindow             parent_instance;

  PoStore              *store;
  GFile                *file;
  char                 *name;
  GBytes               *bytes;
  PoCsvPreview         *preview;
  PoImportTask         *task;
  PoCsvTarget           target;
  int                   mapping[PO_CSV_N_FIELDS];
  GtkStringList        *columns;      /* "Not imported", then one per column */
  GListStore           *rows;         /* GtkStringList, one per preview row */

  GtkStack             *stack;
  GtkWidget            *cancel_button;
  GtkWidget            *import_button;
  GtkWidget            *close_button;
  GtkProgressBar       *progress_bar;
  AdwPreferencesPage   *page;
  AdwPreferencesGroup  *errors_group;
  GtkListBox           *errors_list;
  AdwActionRow         *file_row;
  AdwComboRow          *target_row;
  AdwComboRow          *merge_row;
  AdwPreferencesGroup  *preview_group;
  GtkColumnView        *preview_view;
  GtkListBox           *fields_list;
  AdwStatusPage        *done_page;
  AdwStatusPage        *error_page;
};

G_DEFINE_FINAL_TYPE (PoCsvMappingDialog, po_csv_mapping_dialog, ADW_TYPE_WINDOW)

static const char * const field_labels[PO_CSV_N_FIELDS] = {
  [PO_CSV_FIELD_ACCOUNT]    = N_("Account ID"),
  [PO_CSV_FIELD_NAME]       = N_("Name"),
  [PO_CSV_FIELD_SEGMENT]    = N_("Segment"),
  [PO_CSV_FIELD_TOUCH]      = N_("Touch model"),
  [PO_CSV_FIELD_OWNER]      = N_("Owner"),
  [PO_CSV_FIELD_SIGNED_ON]  = N_("Signed on"),
  [PO_CSV_FIELD_RENEWAL_ON] = N_("Renewal date"),
  [PO_CSV_FIELD_FORECAST]   = N_("Renewal forecast"),
  [PO_CSV_FIELD_NOTES]      = N_("Notes"),
  [PO_CSV_FIELD_ITEM]       = N_("Plan or add-on"),
  [PO_CSV_FIELD_MRR]        = N_("Monthly amount"),
  [PO_CSV_FIELD_QUANTITY]   = N_("Quantity"),
  [PO_CSV_FIELD_START]      = N_("Start"),
  [PO_CSV_FIELD_END]        = N_("End"),
  [PO_CSV_FIELD_ON]         = N_("Date"),
  [PO_CSV_FIELD_COMPONENT]  = N_("Health component"),
  [PO_CSV_FIELD_VALUE]      = N_("Value (0–100)"),
};

/* Preview */

static char *
column_name (PoCsvMappingDialog *self,
             guint               column)
{
  if (self->preview->header != NULL && column < g_strv_length (self->preview->header))
    return g_strdup (self->preview->header[column]);
  /* TRANSLATORS: a CSV column without a header, counted from 1 */
  return g_strdup_printf (_("Column %u"), column + 1);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  guint column = GPOINTER_TO_UINT (user_data);
  GtkStringList *row = gtk_list_item_get_item (item);
  const char *text = gtk_string_list_get_string (row, column);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text ? text : "");
}

/* @user_data: the width of the column's longest preview text, in characters */
static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), (int) GPOINTER_TO_UINT (user_data));
  gtk_label_set_max_width_chars (GTK_LABEL (label), MAX_CELL_CHARS);
  gtk_list_item_set_child (item, label);
}

/* "Kunde → Account ID" for a mapped column. */
static void
update_column_titles (PoCsvMappingDialog *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->preview_view);
  guint n_fields, n_required;
  const PoCsvField *fields = po_csv_target_fields (self->target, &n_fields, &n_required);

  for (guint c = 0; c < g_list_model_get_n_items (columns); c++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, c);
      g_autofree char *name = column_name (self, c);
      g_autofree char *title = NULL;

      for (guint i = 0; i < n_fields && title == NULL; i++)
        if (self->mapping[fields[i]] == (int) c)
          {
            const char *label = _(field_labels[fields[i]]);
            g_autofree char *a = g_utf8_casefold (name, -1);
            g_autofree char *b = g_utf8_casefold (label, -1);

            /* "Name", not "Name → Name". */
            title = g_str_equal (a, b) ? g_strdup (name) : g_strdup_printf ("%s → %s", name, label);
          }
      gtk_column_view_column_set_title (column, title ? title : name);
    }
}

static void
fill_preview (PoCsvMappingDialog *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->preview_view);
  const char *delimiter;
  g_autofree char *count = NULL;
  g_autofree char *subtitle = NULL;

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->preview_view, column);
    }
  g_list_store_remove_all (self->rows);

  for (guint c = 0; c < self->preview->n_columns; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      guint width = 4;

      for (guint r = 0; r < self->preview->rows->len; r++)
        {
          char **cells = self->preview->rows->pdata[r];

          if (c < g_strv_length (cells))
            width = MAX (width, (guint) g_utf8_strlen (cells[c], -1));
        }
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GUINT_TO_POINTER (MIN (width, MAX_CELL_CHARS)));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GUINT_TO_POINTER (c));
      column = gtk_column_view_column_new (NULL, factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->preview_view, column);
    }
  for (guint r = 0; r < self->preview->rows->len; r++)
    {
      g_autoptr(GtkStringList) row = gtk_string_list_new (self->preview->rows->pdata[r]);

      g_list_store_append (self->rows, row);
    }

  /* A new model: the rows of the old one keep theirs and their choice. */
  g_clear_object (&self->columns);
  self->columns = gtk_string_list_new (NULL);
  gtk_string_list_append (self->columns, _("Not imported"));
  for (guint c = 0; c < self->preview->n_columns; c++)
    {
      g_autofree char *name = column_name (self, c);

      gtk_string_list_append (self->columns, name);
    }

  switch (self->preview->delimiter)
    {
    case ';':
      delimiter = _("Semicolon-separated");
      break;
    case '\t':
      delimiter = _("Tab-separated");
      break;
    case ',':
    default:
      delimiter = _("Comma-separated");
      break;
    }
  count = po_view_format_count (self->preview->n_columns);
  /* TRANSLATORS: "Semicolon-separated · first row is a header · 6 columns" */
  subtitle = g_strdup_printf (ngettext ("%s · %s · %s column", "%s · %s · %s columns", self->preview->n_columns),
                              delimiter,
                              self->preview->has_header ? _("first row is a header") : _("no header row"),
                              count);
  adw_action_row_set_subtitle (self->file_row, subtitle);
  adw_preferences_group_set_description (self->preview_group,
                                         self->preview->rows->len == 0 ? _("The file has no data rows.")
                                                                       : _("The first rows of the file"));
}

/* Fields */

static gboolean
mapping_complete (PoCsvMappingDialog *self)
{
  guint n_fields, n_required;
  const PoCsvField *fields = po_csv_target_fields (self->target, &n_fields, &n_required);

  for (guint i = 0; i < n_required; i++)
    if (self->mapping[fields[i]] < 0)
      return FALSE;
  return TRUE;
}

static void
update_state (PoCsvMappingDialog *self)
{
  gboolean running = po_import_task_get_running (self->task);
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  gboolean mapping = g_strcmp0 (page, "mapping") == 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->fields_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      PoCsvField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "po-field"));
      gboolean required = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "po-required"));

      if (required && self->mapping[field] < 0)
        gtk_widget_add_css_class (row, "error");
      else
        gtk_widget_remove_css_class (row, "error");
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), !running);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), running);
  gtk_widget_set_visible (self->import_button, mapping);
  gtk_widget_set_visible (self->cancel_button, mapping);
  gtk_widget_set_visible (self->close_button, !mapping);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "csv.import",
                                 mapping && !running && mapping_complete (self));
}

static void
on_field_selected (AdwComboRow        *row,
                   GParamSpec         *pspec,
                   PoCsvMappingDialog *self)
{
  PoCsvField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "po-field"));
  guint selected = adw_combo_row_get_selected (row);

  self->mapping[field] = selected == GTK_INVALID_LIST_POSITION || selected == 0 ? -1 : (int) selected - 1;
  update_column_titles (self);
  update_state (self);
}

static void
fill_fields (PoCsvMappingDialog *self)
{
  guint n_fields, n_required;
  const PoCsvField *fields = po_csv_target_fields (self->target, &n_fields, &n_required);

  po_list_box_remove_all (self->fields_list);
  for (guint i = 0; i < n_fields; i++)
    {
      GtkWidget *row = adw_combo_row_new ();
      g_autofree char *name = g_strconcat ("field-", po_csv_field_nick (fields[i]), NULL);

      gtk_widget_set_name (row, name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field_labels[fields[i]]));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), i < n_required ? _("Required") : _("Optional"));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (self->columns));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), (guint) (self->mapping[fields[i]] + 1));
      g_object_set_data (G_OBJECT (row), "po-field", GUINT_TO_POINTER (fields[i]));
      g_object_set_data (G_OBJECT (row), "po-required", GUINT_TO_POINTER (i < n_required));
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_field_selected), self);
      gtk_list_box_append (self->fields_list, row);
    }
  update_column_titles (self);
  update_state (self);
}

static void
on_target_changed (PoCsvMappingDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->target_row);

  if (self->preview == NULL || selected >= PO_CSV_N_TARGETS || selected == self->target)
    return;
  self->target = selected;
  po_csv_guess_mapping (self->preview, self->target, self->mapping);
  fill_fields (self);
}

/* Results */

static void
show_problems (PoCsvMappingDialog *self,
               const char         *title,
               const char         *description,
               GPtrArray          *row_errors)
{
  po_list_box_remove_all (self->errors_list);
  adw_preferences_group_set_title (self->errors_group, title);
  adw_preferences_group_set_description (self->errors_group, description);
  for (guint i = 0; row_errors != NULL && i < row_errors->len; i++)
    {
      PoCsvRowError *e = row_errors->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *where = NULL;

      if (e->column > 0)
        {
          g_autofree char *name = column_name (self, e->column - 1);

          /* TRANSLATORS: "Row 4, column 3 (Betrag)" */
          where = g_strdup_printf (_("Row %u, column %u (%s)"), e->row, e->column, name);
        }
      else
        where = g_strdup_printf (_("Row %u"), e->row);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), e->message);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
      gtk_list_box_append (self->errors_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->errors_list), row_errors != NULL && row_errors->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->errors_group), TRUE);
}

static void
on_import_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PoCsvMappingDialog) self = user_data;
  g_autoptr(GPtrArray) row_errors = NULL;
  g_autoptr(GError) error = NULL;
  guint n_rows = 0;
  gboolean ok;

  ok = po_import_task_import_csv_finish (PO_IMPORT_TASK (object), result, &n_rows, &row_errors, &error);
  /* Closed meanwhile. */
  if (self->task == NULL)
    return;

  if (ok)
    {
      g_autofree char *count = po_view_format_count (n_rows);
      g_autofree char *text = NULL;

      switch (self->target)
        {
        case PO_CSV_TARGET_SUBSCRIPTIONS:
          text = g_strdup_printf (ngettext ("Imported %s subscription line", "Imported %s subscription lines", n_rows), count);
          break;
        case PO_CSV_TARGET_HEALTH:
          text = g_strdup_printf (ngettext ("Imported %s health sample", "Imported %s health samples", n_rows), count);
          break;
        case PO_CSV_TARGET_ACCOUNTS:
        case PO_CSV_N_TARGETS:
        default:
          text = g_strdup_printf (ngettext ("Imported %s account", "Imported %s accounts", n_rows), count);
          break;
        }
      adw_status_page_set_description (self->done_page, text);
      gtk_stack_set_visible_child_name (self->stack, "done");
      gtk_window_set_default_widget (GTK_WINDOW (self), self->close_button);
    }
  else if (row_errors != NULL)
    {
      g_autofree char *count = po_view_format_count (row_errors->len);
      g_autofree char *text = NULL;

      if (row_errors->len >= 100)
        text = g_strdup_printf (_("At least %s rows have problems, the first are listed here. Change the columns or fix the file, then import again. The workspace is unchanged."), count);
      else
        text = g_strdup_printf (ngettext ("%s row has a problem. Change the columns or fix the file, then import again. The workspace is unchanged.",
                                          "%s rows have problems. Change the columns or fix the file, then import again. The workspace is unchanged.",
                                          row_errors->len),
                                count);
      show_problems (self, _("Nothing Imported"), text, row_errors);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_problems (self, _("Import Cancelled"), _("Nothing was imported. The workspace is unchanged."), NULL);
  else
    {
      g_autofree char *text = g_strdup_printf (_("%s The workspace is unchanged."), error->message);

      show_problems (self, _("Nothing Imported"), text, NULL);
    }
  update_state (self);
  if (!ok)
    {
      GtkWidget *first = GTK_WIDGET (gtk_list_box_get_row_at_index (self->errors_list, 0));

      /* Brings the problems into view: the page scrolls to the focus. */
      gtk_widget_grab_focus (first != NULL ? first : self->import_button);
    }
}

static void
on_fraction (PoCsvMappingDialog *self)
{
  gtk_progress_bar_set_fraction (self->progress_bar, po_import_task_get_fraction (self->task));
}

/* Takes the file as it is now; a changed layout is guessed anew. */
static gboolean
reload (PoCsvMappingDialog  *self,
        GError             **error)
{
  g_autoptr(GBytes) bytes = g_file_load_bytes (self->file, NULL, NULL, error);
  g_autoptr(PoCsvPreview) preview = NULL;
  gboolean same_layout;

  if (bytes == NULL)
    return FALSE;
  if (self->bytes != NULL && g_bytes_equal (bytes, self->bytes))
    return TRUE;
  if ((preview = po_csv_preview (bytes, PREVIEW_ROWS, error)) == NULL)
    return FALSE;

  same_layout = self->preview != NULL &&
                preview->n_columns == self->preview->n_columns &&
                (preview->header == NULL) == (self->preview->header == NULL) &&
                (preview->header == NULL ||
                 g_strv_equal ((const char * const *) preview->header,
                               (const char * const *) self->preview->header));
  g_clear_pointer (&self->bytes, g_bytes_unref);
  self->bytes = g_steal_pointer (&bytes);
  g_clear_pointer (&self->preview, po_csv_preview_free);
  self->preview = g_steal_pointer (&preview);
  fill_preview (self);
  if (!same_layout)
    {
      self->target = po_csv_guess_target (self->preview);
      po_csv_guess_mapping (self->preview, self->target, self->mapping);
      g_signal_handlers_block_by_func (self->target_row, on_target_changed, self);
      adw_combo_row_set_selected (self->target_row, self->target);
      g_signal_handlers_unblock_by_func (self->target_row, on_target_changed, self);
    }
  fill_fields (self);
  return TRUE;
}

void
po_csv_mapping_dialog_import (PoCsvMappingDialog *self)
{
  g_autoptr(GError) error = NULL;
  PoImportMerge merge;

  g_return_if_fail (PO_IS_CSV_MAPPING_DIALOG (self));
  g_return_if_fail (!po_import_task_get_running (self->task));

  if (!reload (self, &error))
    {
      g_autofree char *text = g_strdup_printf (_("%s The workspace is unchanged."), error->message);

      show_problems (self, _("Cannot Read the File"), text, NULL);
      return;
    }
  if (!mapping_complete (self))
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->errors_group), FALSE);
  merge = adw_combo_row_get_selected (self->merge_row) == 1 ? PO_IMPORT_MERGE_SKIP : PO_IMPORT_MERGE_REPLACE;
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  po_import_task_import_csv_async (self->task, self->bytes, self->name, self->target, self->mapping,
                                   merge, on_import_done, g_object_ref (self));
  update_state (self);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  po_csv_mapping_dialog_import (PO_CSV_MAPPING_DIALOG (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PoCsvMappingDialog *self = PO_CSV_MAPPING_DIALOG (widget);

  if (po_import_task_get_running (self->task))
    po_import_task_cancel (self->task);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
on_close_request (PoCsvMappingDialog *self)
{
  if (self->task != NULL)
    po_import_task_cancel (self->task);
  return FALSE;
}

static void
po_csv_mapping_dialog_dispose (GObject *object)
{
  PoCsvMappingDialog *self = (PoCsvMappingDialog *) object;

  if (self->task != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->task, self);
      po_import_task_cancel (self->task);
      g_clear_object (&self->task);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), PO_TYPE_CSV_MAPPING_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_object (&self->columns);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->preview, po_csv_preview_free);

  G_OBJECT_CLASS (po_csv_mapping_dialog_parent_class)->dispose (object);
}

static void
po_csv_mapping_dialog_class_init (PoCsvMappingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = po_csv_mapping_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-csv-mapping-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PoCsvMappingDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, PoCsvMappingDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PoCsvMappingDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, PoCsvMappingDialog, close_button);
  gtk_widget_class_bind_template_child (widget_class, PoCsvMappingDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PoCsvMappingDialog, page);
  gtk_widget_class_bind_template_child (widget_class, PoCsvMappingDialog, errors_group);
  gtk_widget_class_bind_template_child (widget_class, PoCsvMappingDialog, errors_list);
  gtk_widget_class_bind_template_child (widget_class, PoCsvMappingDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, PoCsvMappingDialog, target_row);
  gtk_widget_class_bind_template_child (widget_class, PoCsvMappingDialog, merge_row);
  gtk_widget_class_bind_template_child (widget_class, PoCsvMappingDialog, preview_group);
  gtk_widget_class_bind_template_child (widget_class, PoCsvMappingDialog, preview_view);
  gtk_widget_class_bind_template_child (widget_class, PoCsvMappingDialog, fields_list);
  gtk_widget_class_bind_template_child (widget_class, PoCsvMappingDialog, done_page);
  gtk_widget_class_bind_template_child (widget_class, PoCsvMappingDialog, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_target_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_close_request);

  gtk_widget_class_install_action (widget_class, "csv.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "csv.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "csv.cancel", NULL);
}

static void
po_csv_mapping_dialog_init (PoCsvMappingDialog *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_list_store_new (GTK_TYPE_STRING_LIST);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  gtk_column_view_set_model (self->preview_view, GTK_SELECTION_MODEL (selection));
  for (guint f = 0; f < PO_CSV_N_FIELDS; f++)
    self->mapping[f] = -1;
}

/**
 * po_csv_mapping_dialog_new:
 * @parent: (nullable): the workspace's window
 * @store: the workspace to import into
 * @file: a CSV file
 *
 * Returns: (transfer floating): the dialog, not yet presented; when the
 *   file cannot be read it shows why
 */
GtkWidget *
po_csv_mapping_dialog_new (GtkWindow *parent,
                           PoStore   *store,
                           GFile     *file)
{
  PoCsvMappingDialog *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (PO_TYPE_CSV_MAPPING_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->file = g_object_ref (file);
  self->task = po_import_task_new (store);
  g_signal_connect_swapped (self->task, "notify::fraction", G_CALLBACK (on_fraction), self);
  base = g_file_get_basename (file);
  self->name = g_filename_display_name (base);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->file_row), self->name);
  gtk_widget_set_visible (GTK_WIDGET (self->merge_row), po_store_count (store, &po_account_class, NULL) > 0);

  if (!reload (self, &error))
    {
      g_autofree char *text = g_strdup_printf (_("“%s” cannot be imported: %s"), self->name, error->message);

      adw_status_page_set_description (self->error_page, text);
      gtk_stack_set_visible_child_name (self->stack, "error");
      update_state (self);
    }
  else
    gtk_window_set_default_widget (GTK_WINDOW (self), self->import_button);
  return GTK_WIDGET (self);
}

PoCsvTarget
po_csv_mapping_dialog_get_target (PoCsvMappingDialog *self)
{
  g_return_val_if_fail (PO_IS_CSV_MAPPING_DIALOG (self), PO_CSV_TARGET_ACCOUNTS);
  return self->target;
}

void
po_csv_mapping_dialog_set_target (PoCsvMappingDialog *self,
                                  PoCsvTarget         target)
{
  g_return_if_fail (PO_IS_CSV_MAPPING_DIALOG (self));
  g_return_if_fail (target < PO_CSV_N_TARGETS);

  adw_combo_row_set_selected (self->target_row, target);
}

int
po_csv_mapping_dialog_get_column (PoCsvMappingDialog *self,
                                  PoCsvField          field)
{
  g_return_val_if_fail (PO_IS_CSV_MAPPING_DIALOG (self), -1);
  g_return_val_if_fail (field < PO_CSV_N_FIELDS, -1);
  return self->mapping[field];
}

/* Through the field's row, as a user would. */
void
po_csv_mapping_dialog_set_column (PoCsvMappingDialog *self,
                                  PoCsvField          field,
                                  int                 column)
{
  g_return_if_fail (PO_IS_CSV_MAPPING_DIALOG (self));
  g_return_if_fail (field < PO_CSV_N_FIELDS);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->fields_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "po-field")) == field)
      {
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), (guint) (column + 1));
        return;
      }
  g_return_if_reached ();
}

char
po_csv_mapping_dialog_get_delimiter (PoCsvMappingDialog *self)
{
  g_return_val_if_fail (PO_IS_CSV_MAPPING_DIALOG (self), 0);
  return self->preview != NULL ? self->preview->delimiter : 0;
}

const char *
po_csv_mapping_dialog_get_page (PoCsvMappingDialog *self)
{
  g_return_val_if_fail (PO_IS_CSV_MAPPING_DIALOG (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

PoImportTask *
po_csv_mapping_dialog_get_task (PoCsvMappingDialog *self)
{
  g_return_val_if_fail (PO_IS_CSV_MAPPING_DIALOG (self), NULL);
  return self->task;
}
