/* po-export-action.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export JSON (DESIGN.md §7) from the app: the export reads the workspace
 * on a worker connection and writes a temporary file that replaces the
 * target only when complete, so a cancel leaves nothing behind.
 */

#define G_LOG_DOMAIN "po-export-action"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "po-error-dialog.h"
#include "po-export-action.h"
#include "po-window.h"

/* A quick export finishes before anyone could read a progress dialog. */
#define SHOW_PROGRESS_AFTER_MS 400

typedef struct
{
  GtkWindow       *parent;          /* weak */
  PoImportTask    *task;
  GFile           *file;
  char            *name;
  GtkWidget       *progress_dialog;
  GtkProgressBar  *progress_bar;
  guint            show_id;
} ExportRun;

static void
export_run_free (ExportRun *run)
{
  g_clear_handle_id (&run->show_id, g_source_remove);
  if (run->progress_bar != NULL)
    g_object_remove_weak_pointer (G_OBJECT (run->progress_bar), (gpointer *) &run->progress_bar);
  if (run->progress_dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (run->progress_dialog), (gpointer *) &run->progress_dialog);
      gtk_window_destroy (GTK_WINDOW (run->progress_dialog));
    }
  if (run->parent != NULL)
    g_object_remove_weak_pointer (G_OBJECT (run->parent), (gpointer *) &run->parent);
  g_signal_handlers_disconnect_by_data (run->task, run);
  g_clear_object (&run->task);
  g_clear_object (&run->file);
  g_free (run->name);
  g_free (run);
}

static void
on_fraction (ExportRun *run)
{
  if (run->progress_bar != NULL)
    gtk_progress_bar_set_fraction (run->progress_bar, po_import_task_get_fraction (run->task));
}

static void
on_progress_response (AdwMessageDialog *dialog,
                      const char       *response,
                      ExportRun        *run)
{
  po_import_task_cancel (run->task);
}

static gboolean
keep_open (GtkWindow *window,
           gpointer   user_data)
{
  return TRUE;
}

static gboolean
show_progress (gpointer data)
{
  ExportRun *run = data;
  GtkWidget *bar = gtk_progress_bar_new ();
  g_autofree char *body = g_strdup_printf (_("Writing “%s”"), run->name);

  run->show_id = 0;
  run->progress_dialog = adw_message_dialog_new (run->parent, _("Exporting…"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (run->progress_dialog), "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (run->progress_dialog), "cancel");
  gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (bar), TRUE);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), po_import_task_get_fraction (run->task));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (run->progress_dialog), bar);
  run->progress_bar = GTK_PROGRESS_BAR (bar);
  g_object_add_weak_pointer (G_OBJECT (run->progress_dialog), (gpointer *) &run->progress_dialog);
  g_object_add_weak_pointer (G_OBJECT (bar), (gpointer *) &run->progress_bar);
  /* The response would close the dialog; it stays until the export ends. */
  g_signal_connect (run->progress_dialog, "response", G_CALLBACK (on_progress_response), run);
  g_signal_connect (run->progress_dialog, "close-request", G_CALLBACK (keep_open), NULL);
  gtk_window_present (GTK_WINDOW (run->progress_dialog));
  return G_SOURCE_REMOVE;
}

static void
on_export_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  ExportRun *run = user_data;
  g_autoptr(GError) error = NULL;

  if (po_import_task_export_finish (PO_IMPORT_TASK (object), result, &error))
    {
      if (run->parent != NULL && PO_IS_WINDOW (run->parent))
        {
          g_autofree char *title = g_strdup_printf (_("Exported to “%s”"), run->name);

          po_window_add_toast (PO_WINDOW (run->parent), adw_toast_new (title));
        }
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      GtkWidget *dialog = po_error_dialog_new (run->parent, _("Export Failed"), error->message);

      gtk_window_present (GTK_WINDOW (dialog));
    }
  export_run_free (run);
}

PoImportTask *
po_export_run (GtkWindow *parent,
               PoStore   *store,
               GFile     *file)
{
  ExportRun *run;
  g_autofree char *base = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  run = g_new0 (ExportRun, 1);
  run->parent = parent;
  if (parent != NULL)
    g_object_add_weak_pointer (G_OBJECT (parent), (gpointer *) &run->parent);
  run->task = po_import_task_new (store);
  run->file = g_object_ref (file);
  base = g_file_get_basename (file);
  run->name = g_filename_display_name (base);
  g_signal_connect_swapped (run->task, "notify::fraction", G_CALLBACK (on_fraction), run);
  run->show_id = g_timeout_add (SHOW_PROGRESS_AFTER_MS, show_progress, run);
  po_import_task_export_async (run->task, file, on_export_done, run);
  return run->task;
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
        po_export_run (gtk_native_dialog_get_transient_for (native), store, file);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

/* "customers.peakone" → "customers.json" */
static char *
default_name (PoStore *store)
{
  const char *path = po_store_get_path (store);
  g_autofree char *base = path != NULL ? g_path_get_basename (path) : g_strdup ("");
  g_autofree char *display = g_filename_display_name (base);
  char *dot = strrchr (display, '.');

  if (dot != NULL && dot != display)
    *dot = '\0';
  if (*display == '\0')
    return g_strdup (_("workspace.json"));
  return g_strconcat (display, ".json", NULL);
}

void
po_export_choose (GtkWindow *parent,
                  PoStore   *store)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  g_return_if_fail (PO_IS_STORE (store));

  native = gtk_file_chooser_native_new (_("Export JSON"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, _("Peak One Export (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  name = default_name (store);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_object_set_data_full (G_OBJECT (native), "po-store", g_object_ref (store), g_object_unref);
  g_signal_connect (native, "response", G_CALLBACK (on_choose_response), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
