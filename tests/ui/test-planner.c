/* test-planner.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The planner page on a temporary workspace with two scenarios: edit an
 * assumption through the editor's widgets, see the comparison and the
 * crossing table follow, undo it; inline validation; the catalog and the
 * expansion path. PO_PLANNER_WORKSPACE=FILE runs on a copy-free existing
 * workspace instead, PO_PLANNER_SCREENSHOT=DIR writes PNGs of each page.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "po-expansion-path.h"
#include "po-planner-view.h"
#include "po-scenario-chart.h"
#include "po-scenario-solver.h"
#include "po-scenario-store.h"

typedef struct
{
  char          *dir;
  PoStore       *store;
  GtkWindow     *window;
  PoPlannerView *view;
} Fixture;

static gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static void
settle (void)
{
  guint wake = g_timeout_add (5, wake_up, NULL);

  for (guint i = 0; i < 40; i++)
    while (g_main_context_pending (NULL))
      g_main_context_iteration (NULL, FALSE);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
}

static GtkWidget *
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

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type))
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

static GtkWidget *
must_find (Fixture    *f,
           const char *name)
{
  GtkWidget *widget = find_named (GTK_WIDGET (f->view), name);

  if (widget == NULL)
    g_error ("No widget named %s", name);
  return widget;
}

static gint64
add_account (PoStore    *store,
             const char *key,
             const char *signed_on,
             const char *item,
             gint64      cents)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoAccount) a = po_account_new ();
  g_autoptr(PoSubscriptionLine) l = po_subscription_line_new ();

  a->key = g_strdup (key);
  a->name = g_strdup (key);
  a->segment = PO_SEGMENT_SMB;
  a->touch = PO_TOUCH_TECH;
  g_assert_true (po_day_parse (signed_on, &a->signed_on));
  g_assert_true (po_store_insert_account (store, a, &error));
  l->account_id = a->id;
  l->item = g_strdup (item);
  l->mrr_cents = cents;
  l->quantity = 1;
  l->start_on = a->signed_on;
  g_assert_true (po_store_insert_subscription_line (store, l, &error));
  g_assert_no_error (error);
  return a->id;
}

static void
add_scenario (PoStore    *store,
              const char *name,
              double      churn)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoScenario) scenario = po_scenario_new (name, 2025 * 12 + 11, 36);
  gint64 id = 0;

  po_scenario_set_churn (scenario, NULL, churn);
  po_scenario_set_new_per_month (scenario, "operator", 2.0);
  po_scenario_add_template_path (scenario);
  g_assert_true (po_scenario_store_save (store, NULL, &id, scenario, &error));
  g_assert_no_error (error);
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *existing = g_getenv ("PO_PLANNER_WORKSPACE");

  if (existing != NULL)
    {
      f->store = po_store_open (existing, PO_STORE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
    }
  else
    {
      g_autofree char *path = NULL;

      f->dir = g_dir_make_tmp ("po-planner-XXXXXX", NULL);
      path = g_build_filename (f->dir, "ws.peakone", NULL);
      f->store = po_store_create (path, &error);
      g_assert_no_error (error);
      add_account (f->store, "acme", "2024-03-10", "operator", 29900);
      add_account (f->store, "globex", "2023-06-01", "manager", 99900);
      add_account (f->store, "initech", "2022-01-15", "executive", 249900);
      add_scenario (f->store, "Base", 0.08);
      add_scenario (f->store, "Retention push", 0.05);
    }

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1600, 1000);
  f->view = PO_PLANNER_VIEW (po_planner_view_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  po_planner_view_set_store (f->view, f->store);
  gtk_window_present (f->window);
  settle ();
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  gtk_window_destroy (f->window);
  settle ();
  g_clear_object (&f->store);
  if (f->dir != NULL)
    {
      g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
      const char *name;

      while ((name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *p = g_build_filename (f->dir, name, NULL);
          g_unlink (p);
        }
      g_rmdir (f->dir);
      g_free (f->dir);
    }
}

static double
stored_churn (Fixture    *f,
              const char *name)
{
  g_autoptr(PoScenario) scenario = po_scenario_store_load_by_name (f->store, name, NULL, NULL);

  g_assert_nonnull (scenario);
  return po_scenario_get_churn (scenario, NULL);
}

static double
chart_mrr (PoScenarioChart *chart,
           const char      *name,
           guint            month)
{
  for (guint i = 0; i < po_scenario_chart_get_n_scenarios (chart); i++)
    {
      PoScenarioProjection *p = po_scenario_chart_get_projection (chart, i);

      if (g_str_equal (po_scenario_projection_get_name (p), name))
        return po_scenario_projection_get_month (p, month)->mrr_cents;
    }
  g_assert_not_reached ();
}

static void
test_edit_and_undo (Fixture       *f,
                    gconstpointer  data)
{
  PoScenarioChart *chart = PO_SCENARIO_CHART (must_find (f, "scenario-chart"));
  GtkSpinButton *spin = GTK_SPIN_BUTTON (must_find (f, "churn-default"));
  GtkWidget *row = must_find (f, "crossing-Base");
  g_autofree char *before_text = g_strdup (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
  g_autofree char *description = po_scenario_chart_describe (chart);
  double before = chart_mrr (chart, "Base", 36);
  PoScenarioProjection *projection = NULL;
  guint first;

  /* Both scenarios compared, Base selected. */
  g_assert_cmpuint (po_scenario_chart_get_n_scenarios (chart), ==, 2);
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 8.0);
  g_assert_true (strstr (description, "Base") != NULL);

  gtk_spin_button_set_value (spin, 7.0);
  settle ();
  g_assert_cmpfloat (stored_churn (f, "Base"), ==, 0.07);
  g_assert_cmpfloat (stored_churn (f, "Retention push"), ==, 0.05);

  /* The comparison and the crossing table follow. */
  g_assert_cmpuint (po_scenario_chart_get_n_scenarios (chart), ==, 2);
  g_assert_cmpfloat (chart_mrr (chart, "Base", 36), >, before);
  row = must_find (f, "crossing-Base");
  for (guint i = 0; i < po_scenario_chart_get_n_scenarios (chart); i++)
    if (g_str_equal (po_scenario_projection_get_name (po_scenario_chart_get_projection (chart, i)), "Base"))
      projection = po_scenario_chart_get_projection (chart, i);
  g_assert_nonnull (projection);
  first = po_scenario_projection_first_nre_month (projection, PO_SCENARIO_NRE_TARGET);
  if (first > 0)
    {
      g_autofree char *month = g_strdup_printf ("month %u", first);

      g_assert_true (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), month) != NULL ||
                     first == 12);
    }
  g_assert_nonnull (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));

  /* Undo restores the store and the editor. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "planner.undo", NULL));
  settle ();
  g_assert_cmpfloat (stored_churn (f, "Base"), ==, 0.08);
  spin = GTK_SPIN_BUTTON (must_find (f, "churn-default"));
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 8.0);
  g_assert_cmpfloat (chart_mrr (chart, "Base", 36), ==, before);
  row = must_find (f, "crossing-Base");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, before_text);

  /* And redo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "planner.redo", NULL));
  settle ();
  g_assert_cmpfloat (stored_churn (f, "Base"), ==, 0.07);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *name = must_find (f, "scenario-name");
  GtkWidget *start = must_find (f, "scenario-start");
  GtkWidget *error = must_find (f, "basics-error");
  g_autoptr(PoScenario) base = NULL;

  gtk_editable_set_text (GTK_EDITABLE (name), "Retention push");
  g_signal_emit_by_name (name, "apply");
  settle ();
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_true (strstr (gtk_label_get_label (GTK_LABEL (error)), "Retention push") != NULL);
  base = po_scenario_store_load_by_name (f->store, "Base", NULL, NULL);
  g_assert_nonnull (base);

  gtk_editable_set_text (GTK_EDITABLE (start), "2025-13");
  g_signal_emit_by_name (start, "apply");
  settle ();
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_true (gtk_widget_has_css_class (start, "error"));

  gtk_editable_set_text (GTK_EDITABLE (name), "Base plan");
  g_signal_emit_by_name (name, "apply");
  settle ();
  g_assert_false (gtk_widget_get_visible (error));
  g_clear_pointer (&base, po_scenario_unref);
  base = po_scenario_store_load_by_name (f->store, "Base plan", NULL, NULL);
  g_assert_nonnull (base);
  g_assert_nonnull (find_named (GTK_WIDGET (f->view), "crossing-Base plan"));
}

static void
test_scenarios_list (Fixture       *f,
                     gconstpointer  data)
{
  PoScenarioChart *chart = PO_SCENARIO_CHART (must_find (f, "scenario-chart"));
  g_autoptr(GPtrArray) records = NULL;
  GtkWidget *compare;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "planner.duplicate-scenario", NULL));
  settle ();
  records = po_store_list_scenario_record (f->store, 0, NULL);
  g_assert_cmpuint (records->len, ==, 3);
  g_assert_cmpuint (po_scenario_chart_get_n_scenarios (chart), ==, 3);

  compare = must_find (f, "compare-Retention push");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (compare), FALSE);
  settle ();
  g_assert_cmpuint (po_scenario_chart_get_n_scenarios (chart), ==, 2);
  g_assert_null (find_named (GTK_WIDGET (f->view), "crossing-Retention push"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "planner.undo", NULL));
  settle ();
  g_clear_pointer (&records, g_ptr_array_unref);
  records = po_store_list_scenario_record (f->store, 0, NULL);
  g_assert_cmpuint (records->len, ==, 2);
}

static void
test_catalog (Fixture       *f,
              gconstpointer  data)
{
  GtkSpinButton *price = GTK_SPIN_BUTTON (must_find (f, "price-operator"));
  g_autoptr(GPtrArray) items = NULL;

  g_assert_cmpfloat (gtk_spin_button_get_value (price), ==, 299.0);
  gtk_spin_button_set_value (price, 349.0);
  settle ();
  items = po_store_list_where (f->store, &po_catalog_item_class, "code", "operator", NULL);
  g_assert_cmpint (((PoCatalogItem *) items->pdata[0])->mrr_cents, ==, 34900);

  /* A tier at another tier's price is refused inline. */
  price = GTK_SPIN_BUTTON (must_find (f, "price-manager"));
  gtk_spin_button_set_value (price, 349.0);
  settle ();
  g_assert_true (gtk_widget_get_visible (must_find (f, "catalog-error")));
  g_clear_pointer (&items, g_ptr_array_unref);
  items = po_store_list_where (f->store, &po_catalog_item_class, "code", "manager", NULL);
  g_assert_cmpint (((PoCatalogItem *) items->pdata[0])->mrr_cents, ==, 99900);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "planner.undo", NULL));
  settle ();
  g_clear_pointer (&items, g_ptr_array_unref);
  items = po_store_list_where (f->store, &po_catalog_item_class, "code", "operator", NULL);
  g_assert_cmpint (((PoCatalogItem *) items->pdata[0])->mrr_cents, ==, 29900);
}

static void
save_png (Fixture    *f,
          const char *dir,
          const char *name)
{
  int w = gtk_widget_get_width (GTK_WIDGET (f->window));
  int h = gtk_widget_get_height (GTK_WIDGET (f->window));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (f->window));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (f->window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  gdk_texture_save_to_png (texture, path);
}

static void
test_paths (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *paths = find_type (GTK_WIDGET (f->view), PO_TYPE_EXPANSION_PATH);
  GtkStack *stack = GTK_STACK (find_type (GTK_WIDGET (f->view), GTK_TYPE_STACK));
  const char *shots = g_getenv ("PO_PLANNER_SCREENSHOT");
  g_autoptr(GPtrArray) accounts = po_store_list_account (f->store, 0, NULL);
  PoAccount *account = accounts->pdata[accounts->len > 5 ? 5 : 0];
  g_autofree char *description = NULL;

  g_assert_nonnull (paths);
  if (shots != NULL)
    save_png (f, shots, "planner-scenarios.png");

  gtk_stack_set_visible_child_name (stack, "paths");
  po_expansion_path_set_account (PO_EXPANSION_PATH (paths), account->id);
  settle ();
  description = po_expansion_path_describe (PO_EXPANSION_PATH (paths));
  g_assert_true (strstr (description, account->name) != NULL);
  if (shots != NULL)
    save_png (f, shots, "planner-paths.png");

  gtk_stack_set_visible_child_name (stack, "catalog");
  settle ();
  if (shots != NULL)
    save_png (f, shots, "planner-catalog.png");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

#define ADD(path, fn) g_test_add (path, Fixture, NULL, setup, fn, teardown)
  if (g_getenv ("PO_PLANNER_WORKSPACE") == NULL)
    {
      ADD ("/planner/edit-and-undo", test_edit_and_undo);
      ADD ("/planner/validation", test_validation);
      ADD ("/planner/scenarios", test_scenarios_list);
      ADD ("/planner/catalog", test_catalog);
    }
  ADD ("/planner/paths", test_paths);
#undef ADD

  return g_test_run ();
}
