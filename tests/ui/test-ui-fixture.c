/* test-ui-fixture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the UI tests share: the application, main-loop waiting, finding
 * widgets, and a small workspace with known figures.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "test-ui-fixture.h"

PoApplication *app;
static char *data_home;

/* Main loop */

gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

void
settle (void)
{
  for (guint i = 0; i < 100 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Widget tree */

GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

const char *
label_text (GtkWidget  *root,
            const char *name)
{
  GtkWidget *label = find_named (root, name);

  if (label == NULL)
    g_error ("No widget named %s", name);
  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_label (GTK_LABEL (label));
}

gboolean
label_is (GtkWidget  *root,
          const char *name,
          const char *text)
{
  return g_strcmp0 (label_text (root, name), text) == 0;
}

GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The window's GtkStack of empty state, demo progress and workspace. */
GtkStack *
find_main_stack (GtkWidget *root)
{
  if (GTK_IS_STACK (root) && gtk_stack_get_child_by_name (GTK_STACK (root), "empty") != NULL)
    return GTK_STACK (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found = find_main_stack (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    {
      if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
        return l->data;
    }
  return NULL;
}

/* Fixtures */

void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("po-ui-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "customers.peakone", NULL);
}

void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  const char *name;

  for (GList *l = toplevels; l; l = l->next)
    gtk_window_destroy (l->data);
  settle ();

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_chmod (path, 0644);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

void
add_account (PoStore    *store,
             const char *key,
             PoSegment   segment,
             gint64      mrr_cents,
             PoDay       end_on)
{
  g_autoptr(PoAccount) account = po_account_new ();
  g_autoptr(PoSubscriptionLine) line = po_subscription_line_new ();
  g_autoptr(GError) error = NULL;

  account->key = g_strdup (key);
  account->name = g_strdup (key);
  account->segment = segment;
  account->touch = po_touch_default_for_segment (segment);
  account->signed_on = po_day_add_months (po_day_today (), -14);
  g_assert_true (po_store_insert_account (store, account, &error));
  g_assert_no_error (error);

  if (mrr_cents == 0)
    return;
  line->account_id = account->id;
  line->item = g_strdup ("operator");
  line->mrr_cents = mrr_cents;
  line->quantity = 1;
  line->start_on = account->signed_on;
  line->end_on = end_on;
  g_assert_true (po_store_insert_subscription_line (store, line, &error));
  g_assert_no_error (error);
}

void
add_track (PoStore     *store,
           const char  *account_key,
           const char  *key,
           const char **phases)
{
  g_autoptr(PoAccount) account = po_store_find_account (store, account_key, NULL);
  g_autoptr(PoTrack) track = po_track_new ();
  g_autoptr(GError) error = NULL;
  PoDay day = po_day_add_months (po_day_today (), -12);

  g_assert_nonnull (account);
  track->account_id = account->id;
  track->key = g_strdup (key);
  track->name = g_strdup (key);
  g_assert_true (po_store_insert_track (store, track, &error));
  g_assert_no_error (error);

  for (guint i = 0; phases[i] != NULL; i++)
    {
      g_autoptr(PoTransition) transition = po_transition_new ();

      transition->track_id = track->id;
      transition->on_date = po_day_add_months (day, 3 * i);
      transition->phase = g_strdup (phases[i]);
      g_assert_true (po_store_insert_transition (store, transition, &error));
      g_assert_no_error (error);
    }
}

/* Five accounts (3 SMB, 1 enterprise, 1 mid-market), MRR today 299 € +
 * 999 € (a third line has ended), two tracks (one onboarding, one in
 * adoption) and one scenario. */
void
create_workspace (const char *path)
{
  g_autoptr(PoStore) store = NULL;
  g_autoptr(PoScenarioRecord) scenario = po_scenario_record_new ();
  g_autoptr(GError) error = NULL;
  static const char *onboarding[] = { "onboarding", NULL };
  static const char *adoption[] = { "onboarding", "adoption", NULL };

  store = po_store_create (path, &error);
  g_assert_no_error (error);
  g_assert_true (po_store_begin (store, &error));
  add_account (store, "acme", PO_SEGMENT_SMB, 29900, PO_DAY_NONE);
  add_account (store, "globex", PO_SEGMENT_SMB, 99900, PO_DAY_NONE);
  add_account (store, "initech", PO_SEGMENT_SMB, 50000, po_day_add_months (po_day_today (), -1));
  add_account (store, "umbrella", PO_SEGMENT_ENTERPRISE, 0, PO_DAY_NONE);
  add_account (store, "hooli", PO_SEGMENT_MID_MARKET, 0, PO_DAY_NONE);
  add_track (store, "acme", "finance", onboarding);
  add_track (store, "globex", "sales", adoption);
  scenario->name = g_strdup ("Base");
  scenario->start_month = g_strdup ("2026-11");
  scenario->months = 36;
  scenario->price_notice_months = 1;
  g_assert_true (po_store_insert_scenario_record (store, scenario, &error));
  g_assert_no_error (error);
  g_assert_true (po_store_commit (store, &error));
  g_assert_no_error (error);
}

PoWindow *
open_window (const char       *path,
             PoStoreOpenFlags  flags)
{
  PoWindow *window = po_window_new (GTK_APPLICATION (app));

  g_assert_true (po_window_open_file (window, path, flags));
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));
  return window;
}

PoApplication *
ui_test_init (int    *argc,
              char ***argv)
{
  g_autoptr(GError) error = NULL;

  /* Before GLib reads it: the demo workspace goes to a temporary folder. */
  data_home = g_dir_make_tmp ("po-ui-data-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (argc, argv, NULL);

  app = po_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (po_application_get_settings (app));
  return app;
}

void
ui_test_finish (void)
{
  g_autofree char *dir = g_build_filename (data_home, "peak-one", NULL);

  g_clear_object (&app);
  g_rmdir (dir);
  g_rmdir (data_home);
  g_clear_pointer (&data_home, g_free);
}
