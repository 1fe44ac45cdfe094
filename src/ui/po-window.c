/* po-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-window"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "po-accounts-view.h"
#include "po-application.h"
#include "po-dashboard-view.h"
#include "po-demo-workspace.h"
#include "po-error-dialog.h"
#include "po-journey-view.h"
#include "po-planner-view.h"
#include "po-store-copy.h"
#include "po-window-private.h"

G_DEFINE_FINAL_TYPE (PoWindow, po_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static PoApplication *
get_application (PoWindow *self)
{
  return PO_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

static GSettings *
get_settings (PoWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return PO_IS_APPLICATION (app) ? po_application_get_settings (PO_APPLICATION (app)) : NULL;
}

static void
update_title (PoWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *subtitle = NULL;
  const char *path = po_window_get_path (self);

  if (path == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Peak One"));
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
      adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
      return;
    }

  name = g_filename_display_basename (path);
  {
    g_autofree char *dir = g_path_get_dirname (path);
    const char *home = g_get_home_dir ();

    /* "~/Documents" reads better than "/home/jana/Documents". */
    if (home != NULL && g_str_has_prefix (dir, home) &&
        (dir[strlen (home)] == '/' || dir[strlen (home)] == '\0'))
      {
        g_autofree char *rest = g_filename_display_name (dir + strlen (home));

        folder = g_strconcat ("~", rest, NULL);
      }
    else
      folder = g_filename_display_name (dir);
  }

  if (po_store_is_read_only (self->store))
    /* TRANSLATORS: the window subtitle, %s is the workspace's folder */
    subtitle = g_strdup_printf (_("%s (read-only)"), folder);
  else
    subtitle = g_steal_pointer (&folder);

  gtk_window_set_title (GTK_WINDOW (self), name);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, TRUE);
}

static void
update_actions (PoWindow *self)
{
  gboolean busy = self->demo_cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-demo", busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-workspace", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-demo", !busy);
  _po_window_update_workspace_actions (self);
}

static void
on_open_error_response (AdwMessageDialog *dialog,
                        const char       *response,
                        PoWindow         *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "po-path");

  if (g_strcmp0 (response, PO_ERROR_DIALOG_RESPONSE_READ_ONLY) == 0 && path != NULL)
    po_window_open_file (self, path, PO_STORE_OPEN_READ_ONLY);
}

static void
show_open_error (PoWindow     *self,
                 const char   *path,
                 const GError *error)
{
  GtkWidget *dialog = po_error_dialog_new_for_open (GTK_WINDOW (self), path, error);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  /* A workspace that went away has no place among the recent ones. */
  if (g_error_matches (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_FOUND) && PO_IS_APPLICATION (app))
    po_application_remove_recent (PO_APPLICATION (app), path);

  g_object_set_data_full (G_OBJECT (dialog), "po-path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_open_error_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_po_window_show_error (PoWindow   *self,
                       const char *heading,
                       const char *body)
{
  gtk_window_present (GTK_WINDOW (po_error_dialog_new (GTK_WINDOW (self), heading, body)));
}

/* The demo workspace */

static void
on_demo_progress (double   fraction,
                  gpointer user_data)
{
  PoWindow *self = user_data;

  /* NULL once the window was closed meanwhile. */
  if (self->demo_progress != NULL)
    gtk_progress_bar_set_fraction (self->demo_progress, fraction);
}

static void
on_demo_ready (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(PoWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = po_demo_workspace_get_path ();
  gboolean ok;

  ok = po_demo_workspace_ensure_finish (result, &error);
  g_clear_object (&self->demo_cancellable);

  /* Closed while generating: the cancel has cleaned up, nothing to show. */
  if (self->main_stack == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  update_actions (self);
  gtk_stack_set_visible_child_name (self->main_stack, self->store ? "workspace" : "empty");
  if (!ok)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _po_window_show_error (self, _("Cannot Create the Demo Workspace"), error->message);
      return;
    }
  po_window_open_file (self, path, PO_STORE_OPEN_DEFAULT);
}

static void
open_demo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  po_application_open_demo (get_application (PO_WINDOW (widget)), PO_WINDOW (widget));
}

static void
cancel_demo_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PoWindow *self = PO_WINDOW (widget);

  if (self->demo_cancellable != NULL)
    g_cancellable_cancel (self->demo_cancellable);
}

/* Dropping workspace files on the window opens them. */
static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PoWindow      *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GSList) files = NULL;
  gboolean opened_any = FALSE;

  if (!PO_IS_APPLICATION (app) || !G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l; l = l->next)
    {
      g_autofree char *path = g_file_get_path (l->data);

      if (_po_window_import_dropped (self, l->data))
        {
          opened_any = TRUE;
          continue;
        }
      if (path == NULL)
        continue;
      po_application_open_path (PO_APPLICATION (app), path, PO_STORE_OPEN_DEFAULT, self);
      opened_any = TRUE;
    }
  return opened_any;
}

/* Window state */

static void
save_state (PoWindow *self)
{
  GSettings *settings = get_settings (self);
  int width, height;

  if (settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (settings);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (width > 0 && height > 0)
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
  g_settings_set_string (settings, "last-workspace",
                         self->store ? po_store_get_path (self->store) : "");
  g_settings_apply (settings);
}

static gboolean
po_window_close_request (GtkWindow *window)
{
  PoWindow *self = PO_WINDOW (window);

  save_state (self);
  if (self->demo_cancellable != NULL)
    g_cancellable_cancel (self->demo_cancellable);

  return GTK_WINDOW_CLASS (po_window_parent_class)->close_request (window);
}

/* "application" is not a construct property, so the window learns its
 * application after construction. */
static void
on_application_changed (PoWindow   *self,
                        GParamSpec *pspec)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSettings *settings;

  if (!PO_IS_APPLICATION (app) || g_menu_model_get_n_items (G_MENU_MODEL (self->recent_submenu)) > 0)
    return;
  g_menu_append_section (self->recent_submenu, NULL,
                         po_application_get_recent_menu (PO_APPLICATION (app)));

  settings = po_application_get_settings (PO_APPLICATION (app));
  if (settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (settings, "window-width"),
                                   g_settings_get_int (settings, "window-height"));
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
}

static void
po_window_dispose (GObject *object)
{
  PoWindow *self = (PoWindow *) object;

  if (self->demo_cancellable != NULL)
    g_cancellable_cancel (self->demo_cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PO_TYPE_WINDOW);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (po_window_parent_class)->dispose (object);
}

static void
po_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PoWindow *self = PO_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PoWindow *self = PO_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      po_window_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_window_class_init (PoWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = po_window_dispose;
  object_class->get_property = po_window_get_property;
  object_class->set_property = po_window_set_property;

  window_class->close_request = po_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PO_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PO_TYPE_DASHBOARD_VIEW);
  g_type_ensure (PO_TYPE_ACCOUNTS_VIEW);
  g_type_ensure (PO_TYPE_JOURNEY_VIEW);
  g_type_ensure (PO_TYPE_PLANNER_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PoWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PoWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PoWindow, read_only_bar);
  gtk_widget_class_bind_template_child (widget_class, PoWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PoWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PoWindow, demo_progress);
  gtk_widget_class_bind_template_child (widget_class, PoWindow, recent_submenu);
  gtk_widget_class_bind_template_child (widget_class, PoWindow, dashboard_view);
  gtk_widget_class_bind_template_child (widget_class, PoWindow, accounts_view);
  gtk_widget_class_bind_template_child (widget_class, PoWindow, journey_view);
  gtk_widget_class_bind_template_child (widget_class, PoWindow, planner_view);

  gtk_widget_class_install_action (widget_class, "win.open-demo", NULL, open_demo_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-demo", NULL, cancel_demo_action);
  _po_window_class_add_file_actions (widget_class);
  _po_window_class_add_workspace_actions (widget_class);
}

static void
po_window_init (PoWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::application", G_CALLBACK (on_application_changed), NULL);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  update_title (self);
  update_actions (self);
}

PoWindow *
po_window_new (GtkApplication *application)
{
  return g_object_new (PO_TYPE_WINDOW, "application", application, NULL);
}

PoStore *
po_window_get_store (PoWindow *self)
{
  g_return_val_if_fail (PO_IS_WINDOW (self), NULL);
  return self->store;
}

const char *
po_window_get_path (PoWindow *self)
{
  g_return_val_if_fail (PO_IS_WINDOW (self), NULL);
  return self->store ? po_store_get_path (self->store) : NULL;
}

void
po_window_set_store (PoWindow *self,
                     PoStore  *store)
{
  g_return_if_fail (PO_IS_WINDOW (self));
  g_return_if_fail (store == NULL || PO_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  po_dashboard_view_set_store (self->dashboard_view, store);
  po_accounts_view_set_store (self->accounts_view, store);
  po_journey_view_set_store (self->journey_view, store);
  po_planner_view_set_store (self->planner_view, store);
  _po_window_set_history (self, store);

  gtk_info_bar_set_revealed (self->read_only_bar, store != NULL && po_store_is_read_only (store));
  if (self->demo_cancellable == NULL)
    gtk_stack_set_visible_child_name (self->main_stack, store ? "workspace" : "empty");
  if (store != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, "dashboard");
  update_title (self);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
opened (PoWindow *self,
        PoStore  *store)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  po_window_set_store (self, store);
  if (PO_IS_APPLICATION (app))
    po_application_add_recent (PO_APPLICATION (app), po_store_get_path (store));

  if (po_store_get_migrated_from (store) > 0)
    {
      g_autofree char *backup = g_filename_display_basename (po_store_get_backup_path (store));
      g_autofree char *title = g_strdup_printf (_("Workspace upgraded; the old version was kept as “%s”"),
                                                backup);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
    }
}

/**
 * po_window_open_file:
 * @self: a #PoWindow
 * @path: a workspace file
 * @flags: how to open it
 *
 * Opens @path in this window, or explains in a dialog why it cannot.
 *
 * Returns: whether the workspace is open
 */
gboolean
po_window_open_file (PoWindow         *self,
                     const char       *path,
                     PoStoreOpenFlags  flags)
{
  g_autoptr(PoStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PO_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  store = po_store_open (path, flags, &error);
  if (store == NULL)
    {
      g_debug ("Cannot open %s: %s", path, error->message);
      show_open_error (self, path, error);
      return FALSE;
    }
  opened (self, store);
  return TRUE;
}

/**
 * po_window_create_file:
 * @self: a #PoWindow
 * @path: a file that does not exist yet
 *
 * Creates an empty workspace with the default settings and opens it.
 *
 * Returns: whether the workspace was created
 */
gboolean
po_window_create_file (PoWindow   *self,
                       const char *path)
{
  g_autoptr(PoStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PO_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  store = po_store_create (path, &error);
  if (store == NULL)
    {
      _po_window_show_error (self, _("Cannot Create Workspace"), error->message);
      return FALSE;
    }
  opened (self, store);
  return TRUE;
}

/**
 * po_window_open_demo:
 * @self: a #PoWindow
 *
 * Opens the demo workspace, generating it first (with progress and
 * cancel) if this is its first use.
 */
void
po_window_open_demo (PoWindow *self)
{
  g_autofree char *path = po_demo_workspace_get_path ();

  g_return_if_fail (PO_IS_WINDOW (self));

  if (self->demo_cancellable != NULL)
    return;
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      po_window_open_file (self, path, PO_STORE_OPEN_DEFAULT);
      return;
    }

  self->demo_cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->demo_progress, 0.0);
  gtk_stack_set_visible_child_name (self->main_stack, "demo");
  update_actions (self);
  po_demo_workspace_ensure_async (path, self->demo_cancellable,
                                  on_demo_progress, self,
                                  on_demo_ready, g_object_ref (self));
}

/**
 * po_window_save_copy:
 * @self: a #PoWindow with a workspace
 * @path: where to write the copy
 *
 * Writes a copy of the open workspace and offers to open it.
 *
 * Returns: whether the copy was written
 */
gboolean
po_window_save_copy (PoWindow   *self,
                     const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_return_val_if_fail (PO_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  if (po_application_find_window (get_application (self), path) != NULL ||
      !po_store_copy_to (self->store, path, &error))
    {
      g_autofree char *body = NULL;

      if (error == NULL)
        body = g_strdup (_("The workspace is open in another window. Close it first."));
      else
        body = g_strdup (error->message);
      _po_window_show_error (self, _("Cannot Save a Copy"), body);
      return FALSE;
    }

  name = g_filename_display_basename (path);
  title = g_strdup_printf (_("Copy saved as “%s”"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "app.open-file");
  adw_toast_set_action_target (toast, "s", path);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  return TRUE;
}

void
po_window_add_toast (PoWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (PO_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
