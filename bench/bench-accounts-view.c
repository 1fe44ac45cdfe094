/* bench-accounts-view.c — the accounts view on a big workspace (50,000
 * accounts in bench/run): from main() to the first painted frame that
 * shows rows ("accounts-show"), then from asking to scroll to the last
 * row to the frame that paints it ("accounts-scroll").
 *
 * bench-accounts-view WORKSPACE [--hold] [--open ACCOUNT_ID]
 *                               [--page tasks|renewals] [--preferences]
 * The options keep the window open for screenshots instead of measuring.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "bench-util.h"
#include "po-accounts-view.h"
#include "po-preferences-window.h"

static gint64 start;
static gint64 scroll_start;
static PoAccountsView *view;
static GtkWindow *window;
static gboolean hold;
static gint64 open_id;
static char *page;
static gboolean preferences;

static GtkColumnView *
column_view (void)
{
  return GTK_COLUMN_VIEW (gtk_widget_get_template_child (GTK_WIDGET (view), PO_TYPE_ACCOUNTS_VIEW,
                                                         "column_view"));
}

static void
after_scroll_paint (GdkFrameClock *clock,
                    gpointer       data)
{
  GtkAdjustment *adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (column_view ()));

  /* Painted at the end: the list has laid out the last rows. */
  if (gtk_adjustment_get_value (adj) + gtk_adjustment_get_page_size (adj) < gtk_adjustment_get_upper (adj) - 1)
    {
      gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj));
      return;
    }
  bench_report ("accounts-scroll", scroll_start);
  g_signal_handlers_disconnect_by_func (clock, after_scroll_paint, data);
  gtk_window_destroy (window);
}

static void
after_paint (GdkFrameClock *clock,
             gpointer       data)
{
  GListModel *model = po_accounts_view_get_model (view);
  GtkAdjustment *adj;

  if (g_list_model_get_n_items (model) == 0)
    return;
  g_signal_handlers_disconnect_by_func (clock, after_paint, data);
  if (hold)
    {
      if (open_id > 0)
        po_accounts_view_open_account (view, open_id);
      if (page != NULL)
        adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (view), PO_TYPE_ACCOUNTS_VIEW, "pages")), page);
      if (preferences)
        gtk_window_present (GTK_WINDOW (po_preferences_window_new (window, po_accounts_view_get_store (view),
                                                                   po_accounts_view_get_history (view))));
      return;
    }
  bench_report ("accounts-show", start);

  scroll_start = bench_now ();
  adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (column_view ()));
  gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj));
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_scroll_paint), NULL);
}

static void
on_map (GtkWidget *widget)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint", G_CALLBACK (after_paint), NULL);
}

static void
activate (GtkApplication *app,
          const char     *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoStore) store = po_store_open (path, PO_STORE_OPEN_DEFAULT, &error);

  if (store == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      g_application_quit (G_APPLICATION (app));
      return;
    }
  window = GTK_WINDOW (adw_application_window_new (app));
  view = PO_ACCOUNTS_VIEW (po_accounts_view_new ());
  po_accounts_view_set_store (view, store);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (window, 1200, 800);
  if (hold)
    gtk_window_set_default_size (window, 1500, 950);
  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
  gtk_window_present (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  g_autofree char *path = NULL;
  GOptionEntry entries[] = {
    { "hold", 0, 0, G_OPTION_ARG_NONE, &hold, "Keep the window open", NULL },
    { "open", 0, 0, G_OPTION_ARG_INT64, &open_id, "Open this account's detail", "ID" },
    { "page", 0, 0, G_OPTION_ARG_STRING, &page, "Show the tasks or renewals page", "PAGE" },
    { "preferences", 0, 0, G_OPTION_ARG_NONE, &preferences, "Open the preferences", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("WORKSPACE");

  start = bench_now ();
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, NULL) || argc != 2)
    {
      g_printerr ("usage: bench-accounts-view WORKSPACE [--hold] [--open ID] [--page PAGE] [--preferences]\n");
      return 2;
    }
  hold |= open_id > 0 || page != NULL || preferences;
  path = g_strdup (argv[1]);
  app = adw_application_new ("io.github.peakone.PeakOne.BenchAccounts", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate), path);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
