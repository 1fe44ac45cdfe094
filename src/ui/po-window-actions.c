/* po-window-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's file actions: new workspace, open, save a copy. Each asks
 * for a file with a native chooser, then hands it to PoWindow.
 */

#define G_LOG_DOMAIN "po-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "po-application.h"
#include "po-window-private.h"

static void
add_workspace_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) workspaces = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (workspaces, _("Peak One Workspaces"));
  gtk_file_filter_add_mime_type (workspaces, "application/x-peak-one-workspace");
  gtk_file_filter_add_suffix (workspaces, "peakone");
  gtk_file_chooser_add_filter (chooser, workspaces);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
  gtk_file_chooser_set_filter (chooser, workspaces);
}

static char *
with_extension (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL || g_str_has_suffix (path, ".peakone"))
    return g_steal_pointer (&path);
  return g_strconcat (path, ".peakone", NULL);
}

static GtkFileChooserNative *
chooser_new (PoWindow             *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                                               action, accept, _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_workspace_filters (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  return chooser;
}

static void
on_new_response (GtkNativeDialog *chooser,
                 int              response,
                 PoWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  PoWindow *target;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = with_extension (file);
  if (path == NULL)
    return;

  /* The chooser already asked before replacing; keep the old file in the
   * trash rather than deleting it. */
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GFile) old = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;

      if (po_application_find_window (PO_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))), path) != NULL ||
          !g_file_trash (old, NULL, &error))
        {
          g_autofree char *name = g_filename_display_basename (path);
          g_autofree char *body = g_strdup_printf (_("“%s” already exists and cannot be replaced. "
                                                     "Choose another name."), name);

          _po_window_show_error (self, _("Cannot Create Workspace"), body);
          return;
        }
    }

  target = po_application_window_for (PO_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))), self);
  po_window_create_file (target, path);
  gtk_window_present (GTK_WINDOW (target));
}

static void
new_workspace_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  PoWindow *self = PO_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = chooser_new (self, _("New Workspace"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("Customers.peakone"));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_new_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_open_response (GtkNativeDialog *chooser,
                  int              response,
                  PoWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = g_file_get_path (file);
  if (path != NULL)
    po_application_open_path (PO_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))), path, PO_STORE_OPEN_DEFAULT, self);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PoWindow *self = PO_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = chooser_new (self, _("Open Workspace"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_open_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_save_copy_response (GtkNativeDialog *chooser,
                       int              response,
                       PoWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = with_extension (file);
  if (path != NULL)
    po_window_save_copy (self, path);
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  PoWindow *self = PO_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autofree char *dir = NULL;

  g_return_if_fail (self->store != NULL);

  base = g_path_get_basename (po_store_get_path (self->store));
  if (g_str_has_suffix (base, ".peakone"))
    base[strlen (base) - strlen (".peakone")] = '\0';
  /* TRANSLATORS: the suggested file name of a copy, %s is the original's name */
  name = g_strdup_printf (_("%s (Copy).peakone"), base);
  dir = g_path_get_dirname (po_store_get_path (self->store));

  chooser = chooser_new (self, _("Save a Copy"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (!po_store_is_read_only (self->store))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (dir);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_copy_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_po_window_class_add_file_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.new-workspace", NULL, new_workspace_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
}
