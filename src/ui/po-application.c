/* po-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-application"

#include "config.h"

#include <glib/gi18n.h>

#include "po-application.h"
#include "po-demo-workspace.h"
#include "po-window.h"

struct _PoApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  GMenu          *recent_menu;

  guint           open_demo : 1;
  guint           bench_first_frame : 1;
};

G_DEFINE_FINAL_TYPE (PoApplication, po_application, ADW_TYPE_APPLICATION)

gint64 po_application_start_time;

static const GOptionEntry option_entries[] = {
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the demo workspace, creating it on first use"), NULL },
  { "bench-first-frame", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, NULL,
    N_("Print the milliseconds until the first frame, then quit"), NULL },
  { NULL }
};

/* Recent workspaces */

static void
update_recent_menu (PoApplication *self)
{
  g_auto(GStrv) paths = NULL;
  guint n = 0;

  g_menu_remove_all (self->recent_menu);
  if (self->settings != NULL)
    paths = g_settings_get_strv (self->settings, "recent-workspaces");

  for (guint i = 0; paths != NULL && paths[i] != NULL && n < PO_RECENT_MAX; i++)
    {
      g_autofree char *name = g_filename_display_basename (paths[i]);
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target (item, "app.open-file", "s", paths[i]);
      g_menu_append_item (self->recent_menu, item);
      n++;
    }
  if (n == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Workspaces"), "app.no-recent");

      g_menu_append_item (self->recent_menu, item);
    }
}

/**
 * po_application_add_recent:
 * @self: the application
 * @path: a workspace that was just opened
 *
 * Puts @path first in the recent workspaces, keeping at most
 * %PO_RECENT_MAX.
 */
void
po_application_add_recent (PoApplication *self,
                           const char    *path)
{
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) paths = NULL;
  guint n = 1;

  g_return_if_fail (PO_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  if (self->settings == NULL)
    return;

  old = g_settings_get_strv (self->settings, "recent-workspaces");
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, path);
  for (guint i = 0; old[i] != NULL && n < PO_RECENT_MAX; i++)
    {
      if (g_strcmp0 (old[i], path) == 0)
        continue;
      g_strv_builder_add (builder, old[i]);
      n++;
    }
  paths = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-workspaces", (const char * const *) paths);
}

/**
 * po_application_remove_recent:
 * @self: the application
 * @path: a workspace that went away
 */
void
po_application_remove_recent (PoApplication *self,
                              const char    *path)
{
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) paths = NULL;

  g_return_if_fail (PO_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  if (self->settings == NULL)
    return;

  old = g_settings_get_strv (self->settings, "recent-workspaces");
  if (!g_strv_contains ((const char * const *) old, path))
    return;
  builder = g_strv_builder_new ();
  for (guint i = 0; old[i] != NULL; i++)
    {
      if (g_strcmp0 (old[i], path) != 0)
        g_strv_builder_add (builder, old[i]);
    }
  paths = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-workspaces", (const char * const *) paths);
}

/* Windows */

PoWindow *
po_application_find_window (PoApplication *self,
                            const char    *path)
{
  g_autofree char *canonical = NULL;

  g_return_val_if_fail (PO_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  canonical = g_canonicalize_filename (path, NULL);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      if (PO_IS_WINDOW (l->data) &&
          g_strcmp0 (po_window_get_path (l->data), canonical) == 0)
        return l->data;
    }
  return NULL;
}

/**
 * po_application_window_for:
 * @self: the application
 * @from: (nullable): the window the user acted in
 *
 * Returns: (transfer none): @from when it has no workspace yet, else a
 *   new window
 */
PoWindow *
po_application_window_for (PoApplication *self,
                           PoWindow      *from)
{
  g_return_val_if_fail (PO_IS_APPLICATION (self), NULL);

  if (from == NULL)
    {
      GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

      if (PO_IS_WINDOW (active))
        from = PO_WINDOW (active);
    }
  if (from != NULL && po_window_get_store (from) == NULL)
    return from;
  return po_window_new (GTK_APPLICATION (self));
}

/**
 * po_application_open_path:
 * @self: the application
 * @path: a workspace file
 * @flags: how to open it
 * @from: (nullable): the window the user acted in
 *
 * Presents the window that has @path open, or opens it in @from if that is
 * empty, else in a new window.
 *
 * Returns: (transfer none): the window
 */
PoWindow *
po_application_open_path (PoApplication    *self,
                          const char       *path,
                          PoStoreOpenFlags  flags,
                          PoWindow         *from)
{
  PoWindow *window;

  g_return_val_if_fail (PO_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  window = po_application_find_window (self, path);
  if (window == NULL)
    {
      window = po_application_window_for (self, from);
      po_window_open_file (window, path, flags);
    }
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

PoWindow *
po_application_open_demo (PoApplication *self,
                          PoWindow      *from)
{
  g_autofree char *path = po_demo_workspace_get_path ();
  PoWindow *window;

  g_return_val_if_fail (PO_IS_APPLICATION (self), NULL);

  window = po_application_find_window (self, path);
  if (window == NULL)
    {
      window = po_application_window_for (self, from);
      po_window_open_demo (window);
    }
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* --bench-first-frame */

static void
on_after_paint (GdkFrameClock *clock,
                PoApplication *self)
{
  gint64 now = g_get_monotonic_time ();

  g_signal_handlers_disconnect_by_func (clock, on_after_paint, self);
  /* The format of bench/bench-util.h: "name milliseconds". */
  g_print ("first-frame %.3f\n", (now - po_application_start_time) / 1000.0);
  g_application_quit (G_APPLICATION (self));
}

static void
watch_first_frame (PoApplication *self,
                   PoWindow      *window)
{
  GdkFrameClock *clock;

  if (!self->bench_first_frame)
    return;
  self->bench_first_frame = FALSE;
  gtk_widget_realize (GTK_WIDGET (window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_return_if_fail (clock != NULL);
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_after_paint), self, 0);
}

/* Actions */

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  PoApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing, not destroying, lets each window save its state. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  PoApplication *self = user_data;
  static const char *developers[] = { "Peak One developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  adw_show_about_window (parent,
                         "application-name", _("Peak One"),
                         "application-icon", APP_ID,
                         "developer-name", _("Peak One developers"),
                         "version", PACKAGE_VERSION,
                         "website", "https://github.com/peakone/peak-one",
                         "issue-url", "https://github.com/peakone/peak-one/issues",
                         "copyright", "© 2026 Peak One developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "developers", developers,
                         /* TRANSLATORS: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         "comments", _("Track the customer journey after the sale: phases, "
                                       "health, recurring revenue and how accounts grow."),
                         NULL);
}

static void
open_file_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  PoApplication *self = user_data;

  po_application_open_path (self, g_variant_get_string (param, NULL),
                            PO_STORE_OPEN_DEFAULT, NULL);
}

static void
open_demo_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       user_data)
{
  po_application_open_demo (PO_APPLICATION (user_data), NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "open-file", open_file_action, "s" },
  { "open-demo", open_demo_action },
};

/* GApplication */

static void
apply_color_scheme (PoApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  AdwColorScheme value = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (scheme, "light") == 0)
    value = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (scheme, "dark") == 0)
    value = ADW_COLOR_SCHEME_FORCE_DARK;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), value);
}

static void
po_application_startup (GApplication *app)
{
  PoApplication *self = PO_APPLICATION (app);
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "win.new-workspace", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save-copy", { "<Control><Shift>s", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", NULL } },
    { "win.import", { "<Control>i", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.report", { "<Control>p", NULL } },
    { "win.preferences", { "<Control>comma", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  G_APPLICATION_CLASS (po_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);

  /* Running uninstalled without GSETTINGS_SCHEMA_DIR should not abort. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    {
      self->settings = g_settings_new (APP_ID);
      g_signal_connect_object (self->settings, "changed::recent-workspaces",
                               G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->settings, "changed::color-scheme",
                               G_CALLBACK (apply_color_scheme), self, G_CONNECT_SWAPPED);
      apply_color_scheme (self);
    }
  else
    g_warning ("The settings schema %s is not installed; nothing will be remembered", APP_ID);

  update_recent_menu (self);
}

static int
po_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  PoApplication *self = PO_APPLICATION (app);
  const char *bench = g_getenv ("PO_BENCH_FIRST_FRAME");

  if (g_variant_dict_contains (options, "bench-first-frame") ||
      (bench != NULL && g_strcmp0 (bench, "0") != 0 && *bench != '\0'))
    {
      /* Measure this process, never hand over to a running instance. */
      self->bench_first_frame = TRUE;
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }

  if (g_variant_dict_contains (options, "demo"))
    {
      g_autoptr(GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (g_application_get_is_remote (app))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "open-demo", NULL);
          return 0;
        }
      self->open_demo = TRUE;
    }

  return G_APPLICATION_CLASS (po_application_parent_class)->handle_local_options (app, options);
}

static void
po_application_activate (GApplication *app)
{
  PoApplication *self = PO_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *last = NULL;

  if (self->open_demo)
    {
      self->open_demo = FALSE;
      window = GTK_WINDOW (po_application_open_demo (self, NULL));
    }
  else if (window != NULL)
    gtk_window_present (window);
  else
    {
      window = GTK_WINDOW (po_window_new (GTK_APPLICATION (self)));
      if (self->settings != NULL)
        last = g_settings_get_string (self->settings, "last-workspace");
      /* A workspace that went away since is no reason for an error dialog
       * at start-up: the window shows its empty state instead. */
      if (last != NULL && *last != '\0' && g_file_test (last, G_FILE_TEST_EXISTS))
        po_window_open_file (PO_WINDOW (window), last, PO_STORE_OPEN_DEFAULT);
      gtk_window_present (window);
    }

  watch_first_frame (self, PO_WINDOW (window));
}

static void
po_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  PoApplication *self = PO_APPLICATION (app);
  PoWindow *window = NULL;

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      if (path == NULL)
        {
          g_autofree char *uri = g_file_get_uri (files[i]);

          g_warning ("Only local workspace files can be opened, not %s", uri);
          continue;
        }
      window = po_application_open_path (self, path, PO_STORE_OPEN_DEFAULT, NULL);
    }

  if (window == NULL)
    po_application_activate (app);
  else
    watch_first_frame (self, window);
}

/* Destroying the windows closes their workspaces, which checkpoints the
 * write-ahead log into the file (the data was safe before, but the
 * -wal and -shm files beside it go away). */
static void
po_application_shutdown (GApplication *app)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  for (GList *l = windows; l; l = l->next)
    gtk_window_destroy (l->data);

  G_APPLICATION_CLASS (po_application_parent_class)->shutdown (app);
}

static void
po_application_dispose (GObject *object)
{
  PoApplication *self = (PoApplication *) object;

  g_clear_object (&self->settings);
  g_clear_object (&self->recent_menu);

  G_OBJECT_CLASS (po_application_parent_class)->dispose (object);
}

static void
po_application_class_init (PoApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = po_application_dispose;

  app_class->startup = po_application_startup;
  app_class->shutdown = po_application_shutdown;
  app_class->handle_local_options = po_application_handle_local_options;
  app_class->activate = po_application_activate;
  app_class->open = po_application_open;
}

static void
po_application_init (PoApplication *self)
{
  self->recent_menu = g_menu_new ();
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[WORKSPACE…]"));
  if (po_application_start_time == 0)
    po_application_start_time = g_get_monotonic_time ();
}

PoApplication *
po_application_new (void)
{
  return g_object_new (PO_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/peakone/PeakOne",
                       NULL);
}

GSettings *
po_application_get_settings (PoApplication *self)
{
  g_return_val_if_fail (PO_IS_APPLICATION (self), NULL);
  return self->settings;
}

GMenuModel *
po_application_get_recent_menu (PoApplication *self)
{
  g_return_val_if_fail (PO_IS_APPLICATION (self), NULL);
  return G_MENU_MODEL (self->recent_menu);
}
