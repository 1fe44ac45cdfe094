/* po-window-workspace-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's actions on the open workspace: undo and redo through the
 * one history all views share, opening an account from anywhere, import,
 * export, the data room report and the preferences.
 */

#define G_LOG_DOMAIN "po-window"

#include "config.h"

#include <glib/gi18n.h>

#include "po-export-action.h"
#include "po-import-dialog.h"
#include "po-preferences-window.h"
#include "po-report-dialog.h"
#include "po-window-private.h"

static void
show_history_error (PoWindow     *self,
                    const GError *error)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PoWindow *self = PO_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->history != NULL && !po_history_undo (self->history, &error))
    show_history_error (self, error);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PoWindow *self = PO_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->history != NULL && !po_history_redo (self->history, &error))
    show_history_error (self, error);
}

static void
open_account_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  PoWindow *self = PO_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "accounts");
  po_accounts_view_open_account (self->accounts_view, g_variant_get_int64 (param));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PoWindow *self = PO_WINDOW (widget);

  po_import_choose (GTK_WINDOW (self), self->store);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PoWindow *self = PO_WINDOW (widget);

  po_export_choose (GTK_WINDOW (self), self->store);
}

static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PoWindow *self = PO_WINDOW (widget);
  PoReportDialog *dialog = po_report_dialog_new (GTK_WINDOW (self), self->store);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PoWindow *self = PO_WINDOW (widget);
  GtkWidget *prefs = po_preferences_window_new (GTK_WINDOW (self), self->store, self->history);

  gtk_window_present (GTK_WINDOW (prefs));
}

static void
on_history_changed (PoWindow *self)
{
  _po_window_update_workspace_actions (self);
}

/* Called when the window's store changes: one history per workspace, handed
 * to every view so that Ctrl+Z undoes the last edit wherever it was made. */
void
_po_window_set_history (PoWindow *self,
                        PoStore  *store)
{
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);

  if (store != NULL && !po_store_is_read_only (store))
    {
      self->history = po_history_new (store);
      g_signal_connect_swapped (self->history, "notify::can-undo",
                                G_CALLBACK (on_history_changed), self);
      g_signal_connect_swapped (self->history, "notify::can-redo",
                                G_CALLBACK (on_history_changed), self);
    }

  po_accounts_view_set_history (self->accounts_view, self->history);
  po_journey_view_set_history (self->journey_view, self->history);
  po_planner_view_set_history (self->planner_view, self->history);
  _po_window_update_workspace_actions (self);
}

void
_po_window_update_workspace_actions (PoWindow *self)
{
  gboolean open = self->store != NULL;
  gboolean writable = open && !po_store_is_read_only (self->store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->history != NULL && po_history_can_undo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 self->history != NULL && po_history_can_redo (self->history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-account", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.report", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.preferences", writable);
}

/* Dropped .json and .csv files are imported into the open workspace. */
gboolean
_po_window_import_dropped (PoWindow *self,
                           GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = name ? g_ascii_strdown (name, -1) : NULL;

  if (self->store == NULL || lower == NULL ||
      !(g_str_has_suffix (lower, ".json") || g_str_has_suffix (lower, ".csv")))
    return FALSE;
  po_import_run (GTK_WINDOW (self), self->store, file);
  return TRUE;
}

void
_po_window_class_add_workspace_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.open-account", "x", open_account_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
}
