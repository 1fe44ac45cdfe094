/* test-dashboard.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dashboard on a demo workspace (40 accounts, 2 years): its tiles show
 * po_metrics_month_summary() of the month it shows, and the figures of
 * `peak-one-cli metrics` for that month (PEAK_ONE_CLI names the binary);
 * an alert and a chart's drill-down open the account through
 * win.open-account; the segment filter and the store's ::changed update it.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "po-alert-list.h"
#include "po-chart-widget.h"
#include "po-dashboard-view.h"
#include "po-demo.h"
#include "po-kpi-tile.h"
#include "po-settings.h"
#include "po-signals.h"

typedef struct
{
  char             *dir;
  char             *path;
  PoStore          *store;
  GtkWindow        *window;
  PoDashboardView  *view;
  gint64            opened;
  guint             n_opened;
} Fixture;

static void
on_open_account (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  Fixture *f = user_data;

  f->opened = g_variant_get_int64 (parameter);
  f->n_opened++;
}

static void
wait_idle (Fixture *f)
{
  /* bounded: the worker's result wakes the main context */
  for (guint i = 0; i < 20000 && po_dashboard_view_is_busy (f->view); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (po_dashboard_view_is_busy (f->view));
  for (guint i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) open = g_simple_action_new ("open-account", G_VARIANT_TYPE_INT64);
  PoDemoOptions options;

  f->dir = g_dir_make_tmp ("po-dashboard-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "demo.peakone", NULL);
  f->store = po_store_create (f->path, &error);
  g_assert_no_error (error);
  po_demo_options_init (&options);
  options.accounts = 40;
  options.years = 2;
  options.seed = 11;
  g_assert_true (po_demo_generate (f->store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1400, 1000);
  g_signal_connect (open, "activate", G_CALLBACK (on_open_account), f);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (open));
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (group));

  f->view = PO_DASHBOARD_VIEW (po_dashboard_view_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_present (f->window);
  po_dashboard_view_set_store (f->view, f->store);
  wait_idle (f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  gtk_window_destroy (f->window);
  for (guint i = 0; i < 50 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
  po_store_close (f->store);
  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *
tile_value (Fixture    *f,
            const char *name)
{
  GtkWidget *tile = find_named (GTK_WIDGET (f->view), name);

  g_assert_nonnull (tile);
  g_assert_true (PO_IS_KPI_TILE (tile));
  return po_kpi_tile_get_value (PO_KPI_TILE (tile));
}

static void
number_style (PoStore       *store,
              PoNumberStyle *numbers)
{
  PoSettings settings;

  g_assert_true (po_settings_load (&settings, store, NULL));
  po_number_style_for_language (numbers, g_get_language_names ()[0]);
  po_number_style_set_currency (numbers, settings.currency);
  po_settings_clear (&settings);
}

static char *
percent_or_dash (const PoNumberStyle *numbers,
                 PoMetricValue        v)
{
  return v.has_value ? po_format_percent (numbers, v.value, 1) : g_strdup ("—");
}

/* The tiles' figures, from a month's summary. */
static void
check_tiles (Fixture              *f,
             const PoMonthSummary *s)
{
  PoNumberStyle numbers;
  g_autofree char *mrr = NULL;
  g_autofree char *nre = NULL;
  g_autofree char *grr = NULL;
  g_autofree char *churn = NULL;
  g_autofree char *quick = NULL;
  g_autofree char *green = NULL;

  number_style (f->store, &numbers);
  mrr = po_format_currency_whole (&numbers, s->mrr_cents);
  nre = percent_or_dash (&numbers, s->nre);
  grr = percent_or_dash (&numbers, s->grr_12m);
  churn = percent_or_dash (&numbers, s->logo_churn_rate);
  quick = s->quick_ratio.has_value ? po_format_number (&numbers, s->quick_ratio.value, 2) : g_strdup ("—");
  green = po_format_number (&numbers, s->health[PO_HEALTH_BAND_GREEN], 0);

  g_assert_cmpstr (tile_value (f, "kpi-mrr"), ==, mrr);
  g_assert_cmpstr (tile_value (f, "kpi-nre"), ==, nre);
  g_assert_cmpstr (tile_value (f, "kpi-grr"), ==, grr);
  g_assert_cmpstr (tile_value (f, "kpi-logo-churn"), ==, churn);
  g_assert_cmpstr (tile_value (f, "kpi-quick-ratio"), ==, quick);
  g_assert_cmpstr (tile_value (f, "kpi-health"), ==, green);
}

static PoMetricValue
json_value (JsonObject *o,
            const char *member)
{
  PoMetricValue v = { FALSE, 0 };
  JsonNode *node = json_object_get_member (o, member);

  g_assert_nonnull (node);
  if (!JSON_NODE_HOLDS_NULL (node))
    {
      v.has_value = TRUE;
      v.value = json_node_get_double (node);
    }
  return v;
}

static void
test_tiles_match_metrics (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PoMonth month = po_dashboard_view_get_month (f->view);
  g_autoptr(PoMetrics) metrics = NULL;
  PoSettings settings;
  PoMonthSummary s;
  const char *cli = g_getenv ("PEAK_ONE_CLI");

  g_assert_true (po_settings_load (&settings, f->store, &error));
  metrics = po_metrics_load (f->store, &settings, month, PO_METRICS_LOAD_HEALTH, &error);
  g_assert_no_error (error);
  po_metrics_month_summary (metrics, month, &s);
  g_assert_cmpint (s.mrr_cents, >, 0);
  check_tiles (f, &s);
  po_settings_clear (&settings);

  /* and what `peak-one-cli metrics` prints for the same month */
  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_message ("PEAK_ONE_CLI not set: compared with the core summary only");
      return;
    }
  {
    g_autofree char *month_text = po_month_format (month);
    const char *argv[] = { cli, "metrics", f->path, "--month", month_text, "--format", "json", NULL };
    g_autofree char *out = NULL;
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonObject *o;
    PoMonthSummary c = s;
    int status = 0;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                 &out, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
    g_assert_no_error (error);
    o = json_node_get_object (json_parser_get_root (parser));
    g_assert_cmpstr (json_object_get_string_member (o, "month"), ==, month_text);

    c.mrr_cents = json_object_get_int_member (o, "mrr_cents");
    c.nre = json_value (o, "nre");
    c.grr_12m = json_value (o, "grr_12m");
    c.logo_churn_rate = json_value (o, "logo_churn_rate");
    c.quick_ratio = json_value (o, "quick_ratio");
    c.health[PO_HEALTH_BAND_GREEN] = json_object_get_int_member (json_object_get_object_member (o, "health"),
                                                                  "green");
    check_tiles (f, &c);
  }
}

static void
test_alert_opens_account (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *widget = find_named (GTK_WIDGET (f->view), "alert-list-widget");
  g_autoptr(GArray) alerts = NULL;
  PoSettings settings;
  GtkWidget *row;
  gint64 id;
  gboolean known = FALSE;

  g_assert_true (PO_IS_ALERT_LIST (widget));
  g_assert_true (po_settings_load (&settings, f->store, NULL));
  alerts = po_signals_evaluate (f->store, &settings, po_day_today (), PO_SIGNALS_DEFAULT, NULL);
  po_settings_clear (&settings);
  g_assert_nonnull (alerts);
  g_assert_cmpuint (po_alert_list_get_n_alerts (PO_ALERT_LIST (widget)), ==, alerts->len);
  if (alerts->len == 0)
    {
      g_test_skip ("the demo has no alert today");
      return;
    }

  row = po_alert_list_get_row (PO_ALERT_LIST (widget), 0);
  g_assert_nonnull (row);
  id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "po-account-id"));
  for (guint i = 0; i < alerts->len; i++)
    known |= g_array_index (alerts, PoAlert, i).account_id == id;
  g_assert_true (known);

  /* one click */
  gtk_widget_activate (row);
  g_assert_cmpuint (f->n_opened, ==, 1);
  g_assert_cmpint (f->opened, ==, id);

  for (guint i = 0; i < alerts->len; i++)
    po_alert_clear (&g_array_index (alerts, PoAlert, i));
}

static void
test_chart_drill_down (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *chart = find_named (GTK_WIDGET (f->view), "movements-chart");
  GtkPopover *popover;
  GtkWidget *list;
  GtkListBoxRow *row;
  int w, h;
  gboolean hit = FALSE;

  g_assert_true (PO_IS_CHART_WIDGET (chart));
  g_assert_nonnull (po_chart_widget_get_data (PO_CHART_WIDGET (chart)));
  w = gtk_widget_get_width (chart);
  h = gtk_widget_get_height (chart);
  g_assert_cmpint (w, >, 100);

  /* the newest months' bars, from the right */
  for (int x = w - 30; x > w / 2 && !hit; x -= 7)
    for (int y = 20; y < h - 20 && !hit; y += 5)
      if (po_chart_widget_activate_at (PO_CHART_WIDGET (chart), x, y) &&
          po_chart_widget_get_popover (PO_CHART_WIDGET (chart)) != NULL)
        hit = TRUE;
  g_assert_true (hit);

  popover = po_chart_widget_get_popover (PO_CHART_WIDGET (chart));
  list = find_named (GTK_WIDGET (popover), "chart-accounts");
  g_assert_nonnull (list);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_nonnull (row);
  gtk_widget_activate (GTK_WIDGET (row));
  g_assert_cmpuint (f->n_opened, ==, 1);
  g_assert_cmpint (f->opened, ==, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "po-account-id")));
}

static void
test_segment_and_changes (Fixture       *f,
                          gconstpointer  data)
{
  GtkDropDown *segment = GTK_DROP_DOWN (find_named (GTK_WIDGET (f->view), "segment-filter"));
  g_autoptr(PoChartSource) source = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PoAccount) account = po_account_new ();
  g_autoptr(PoSubscriptionLine) line = po_subscription_line_new ();
  GtkLabel *accounts;
  g_autofree char *before = NULL;
  PoMonth month = po_dashboard_view_get_month (f->view);
  PoMonthSummary s;
  PoNumberStyle numbers;
  g_autofree char *mrr = NULL;

  /* SMB only */
  gtk_drop_down_set_selected (segment, 1 + PO_SEGMENT_SMB);
  wait_idle (f);
  source = po_chart_source_load (f->store, month, NULL, &error);
  g_assert_no_error (error);
  po_chart_source_summary (source, month, PO_SEGMENT_SMB, &s);
  number_style (f->store, &numbers);
  mrr = po_format_currency_whole (&numbers, s.mrr_cents);
  g_assert_cmpstr (tile_value (f, "kpi-mrr"), ==, mrr);
  gtk_drop_down_set_selected (segment, 0);
  wait_idle (f);

  /* a new account: the store's ::changed refreshes everything */
  accounts = GTK_LABEL (find_named (GTK_WIDGET (f->view), "accounts-value"));
  before = g_strdup (gtk_label_get_label (accounts));
  account->key = g_strdup ("zz-new");
  account->name = g_strdup ("ZZ New");
  account->segment = PO_SEGMENT_SMB;
  account->touch = PO_TOUCH_TECH;
  account->signed_on = po_month_first_day (month);
  g_assert_true (po_store_begin (f->store, &error));
  g_assert_true (po_store_insert_account (f->store, account, &error));
  line->account_id = account->id;
  line->item = g_strdup ("operator");
  line->mrr_cents = 1234500;
  line->quantity = 1;
  line->start_on = po_month_first_day (month);
  g_assert_true (po_store_insert_subscription_line (f->store, line, &error));
  g_assert_true (po_store_commit (f->store, &error));
  g_assert_no_error (error);
  g_assert_true (po_dashboard_view_is_busy (f->view));
  wait_idle (f);
  g_assert_cmpstr (gtk_label_get_label (accounts), !=, before);

  {
    g_autoptr(PoChartSource) after = po_chart_source_load (f->store, month, NULL, &error);
    PoMonthSummary t;
    g_autofree char *mrr2 = NULL;

    po_chart_source_summary (after, month, PO_CHART_ALL_SEGMENTS, &t);
    mrr2 = po_format_currency_whole (&numbers, t.mrr_cents);
    g_assert_cmpstr (tile_value (f, "kpi-mrr"), ==, mrr2);
  }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/dashboard/tiles-match-metrics", test_tiles_match_metrics);
  ADD ("/dashboard/alert-opens-account", test_alert_opens_account);
  ADD ("/dashboard/chart-drill-down", test_chart_drill_down);
  ADD ("/dashboard/segment-and-changes", test_segment_and_changes);

#undef ADD

  return g_test_run ();
}
