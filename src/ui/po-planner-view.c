/* po-planner-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The planner page (DESIGN.md § 6): the scenario list, the editor of the
 * selected scenario, the comparison of the ticked ones with the months
 * their NRE crosses 120 %, "what would it take", Monte Carlo bands, the
 * expansion paths and the catalog. Every edit is one undoable action of
 * the view's PoHistory (planner.undo / planner.redo, Ctrl+Z and
 * Ctrl+Shift+Z).
 */

#define G_LOG_DOMAIN "po-planner-view"

#include "config.h"

#include <glib/gi18n.h>

#include "po-catalog-editor.h"
#include "po-expansion-path.h"
#include "po-format.h"
#include "po-planner-view.h"
#include "po-scenario-chart.h"
#include "po-scenario-editor.h"
#include "po-scenario-monte-carlo.h"
#include "po-scenario-solver.h"
#include "po-scenario-store.h"
#include "po-view-helpers.h"

#define SIMULATION_RUNS 1000
#define SIMULATION_SEED 42

struct _PoPlannerView
{
  AdwBin                parent_instance;

  guint refresh_id;

  PoStore              *store;
  PoHistory            *history;
  GHashTable           *compared;       /* scenario ids not compared */
  GPtrArray            *crossing_rows;
  GCancellable         *simulation;
  gint64                selected_id;
  PoNumberStyle         numbers;
  guint                 updating;

  GtkListBox           *scenario_list;
  PoScenarioEditor     *editor;
  PoScenarioChart      *chart;
  AdwPreferencesGroup  *crossings_group;
  GtkSpinButton        *what_month_spin;
  GtkLabel             *what_label;
  AdwActionRow         *simulation_row;
  GtkSpinner           *simulation_spinner;
  GtkButton            *simulation_button;
  PoExpansionPath      *paths;
  PoCatalogEditor      *catalog;
};

G_DEFINE_FINAL_TYPE (PoPlannerView, po_planner_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void po_planner_view_refresh (PoPlannerView *self);

static void
show_error (PoPlannerView *self,
            const GError  *error)
{
  GtkWidget *dialog;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_warning ("%s", error->message);
  if (!GTK_IS_WINDOW (root))
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (root), _("The planner cannot do that"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
update_actions (PoPlannerView *self)
{
  gboolean writable = self->store != NULL && !po_store_is_read_only (self->store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "planner.add-scenario", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "planner.duplicate-scenario",
                                 writable && self->selected_id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "planner.delete-scenario",
                                 writable && self->selected_id > 0);
  po_view_enable_undo_redo (GTK_WIDGET (self), self->history, "planner.undo", "planner.redo");
}

/* Results */

static char *
crossing_text (PoPlannerView              *self,
               const PoScenarioProjection *projection,
               int                         start_month)
{
  g_autoptr(GArray) crossings = po_scenario_projection_nre_crossings (projection, PO_SCENARIO_NRE_TARGET);
  guint n = po_scenario_projection_get_n_months (projection);
  GString *text = g_string_new (NULL);
  const PoScenarioMonth *first = n >= 12 ? po_scenario_projection_get_month (projection, 12) : NULL;
  const PoScenarioMonth *last = n >= 1 ? po_scenario_projection_get_month (projection, n) : NULL;

  if (first == NULL || !first->has_nre)
    return g_strdup (_("NRE needs at least 12 months"));

  if (first->nre >= PO_SCENARIO_NRE_TARGET)
    /* xgettext:no-c-format */
    g_string_append (text, _("At or above 120 % from month 12"));
  for (guint i = 0; i < crossings->len; i++)
    {
      const PoScenarioCrossing *c = &g_array_index (crossings, PoScenarioCrossing, i);
      g_autofree char *month = po_format_month (&self->numbers, start_month + (int) c->month,
                                                PO_MONTH_FORMAT_SHORT_YEAR);

      if (text->len > 0)
        g_string_append (text, "; ");
      if (c->upward)
        g_string_append_printf (text, _("reaches 120 %% in month %u (%s)"), c->month, month);
      else
        g_string_append_printf (text, _("falls below 120 %% in month %u (%s)"), c->month, month);
    }
  if (text->len == 0)
    {
      g_autofree char *nre = po_format_percent (&self->numbers, last->nre, 1);

      g_string_append_printf (text, _("Stays below 120 %% (%s in month %u)"), nre, n);
    }
  else
    text->str[0] = g_unichar_toupper (text->str[0]);
  return g_string_free (text, FALSE);
}

static void
update_what_it_takes (PoPlannerView *self)
{
  g_autoptr(PoScenario) scenario = NULL;
  g_autoptr(PoScenarioCatalog) catalog = NULL;
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint month;
  double churn = 0;

  if (self->store == NULL || self->selected_id <= 0 ||
      (scenario = po_scenario_store_load (self->store, self->selected_id, NULL)) == NULL)
    {
      gtk_label_set_label (self->what_label, _("Select a scenario."));
      return;
    }
  if (po_scenario_get_months (scenario) < 12)
    {
      gtk_label_set_label (self->what_label, _("NRE needs a scenario of at least 12 months."));
      return;
    }

  self->updating++;
  gtk_spin_button_set_range (self->what_month_spin, 12, po_scenario_get_months (scenario));
  self->updating--;
  month = gtk_spin_button_get_value_as_int (self->what_month_spin);

  catalog = po_scenario_store_load_catalog (self->store, NULL);
  accounts = po_scenario_store_load_accounts (self->store, po_scenario_get_start_month (scenario), NULL);
  if (catalog == NULL || accounts == NULL)
    return;

  if (po_scenario_solve_uniform_churn (scenario, catalog, accounts, month,
                                       PO_SCENARIO_NRE_TARGET, &churn, &error))
    {
      g_autofree char *rate = po_format_percent (&self->numbers, churn, 2);
      g_autofree char *now = po_format_percent (&self->numbers, po_scenario_get_churn (scenario, NULL), 1);

      text = g_strdup_printf (_("NRE in month %u stays at or above 120 %% if monthly churn is at most %s in every tier (the default now is %s)."),
                              month, rate, now);
    }
  else if (g_error_matches (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_NO_SOLUTION))
    text = g_strdup_printf (_("Even without any churn, NRE in month %u stays below 120 %%: the expansion path has to carry more."),
                            month);
  else
    text = g_strdup (error->message);
  gtk_label_set_label (self->what_label, text);
}

static void
update_results (PoPlannerView *self)
{
  g_autoptr(GPtrArray) records = NULL;

  po_scenario_chart_clear (self->chart);
  for (guint i = 0; i < self->crossing_rows->len; i++)
    adw_preferences_group_remove (self->crossings_group, g_ptr_array_index (self->crossing_rows, i));
  g_ptr_array_set_size (self->crossing_rows, 0);

  if (self->store != NULL)
    records = po_store_list_scenario_record (self->store, 0, NULL);
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      PoScenarioRecord *record = g_ptr_array_index (records, i);
      g_autoptr(PoScenario) scenario = NULL;
      g_autoptr(PoScenarioProjection) projection = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *name = NULL;
      g_autofree char *text = NULL;
      GtkWidget *row;

      if (g_hash_table_contains (self->compared, &record->id))
        continue;
      scenario = po_scenario_store_load (self->store, record->id, &error);
      if (scenario != NULL)
        projection = po_scenario_store_project (self->store, scenario, &error);

      row = adw_action_row_new ();
      name = g_strdup_printf ("crossing-%s", record->name);
      gtk_widget_set_name (row, name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), record->name);
      if (projection != NULL)
        {
          text = crossing_text (self, projection, po_scenario_get_start_month (scenario));
          po_scenario_chart_add (self->chart, projection, po_scenario_get_start_month (scenario));
        }
      else
        text = g_strdup (error->message);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text);
      adw_preferences_group_add (self->crossings_group, row);
      g_ptr_array_add (self->crossing_rows, row);
    }

  if (self->crossing_rows->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No scenario ticked for comparison"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->crossings_group, row);
      g_ptr_array_add (self->crossing_rows, row);
    }

  update_what_it_takes (self);
}

/* Scenario list */

static void
on_compare_toggled (GtkCheckButton *check,
                    PoPlannerView  *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "scenario-id"));

  if (self->updating)
    return;
  if (gtk_check_button_get_active (check))
    g_hash_table_remove (self->compared, &id);
  else
    g_hash_table_add (self->compared, g_memdup2 (&id, sizeof id));
  if (self->simulation != NULL)
    g_cancellable_cancel (self->simulation);
  update_results (self);
}

static void
on_row_selected (PoPlannerView *self,
                 GtkListBoxRow *row)
{
  if (self->updating)
    return;
  self->selected_id = row ? GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "scenario-id")) : 0;
  po_scenario_editor_set_scenario_id (self->editor, self->selected_id);
  update_what_it_takes (self);
  update_actions (self);
}

static void
fill_list (PoPlannerView *self)
{
  g_autoptr(GPtrArray) records = NULL;
  GtkWidget *child;
  GtkListBoxRow *selected = NULL;

  self->updating++;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->scenario_list))) != NULL)
    gtk_list_box_remove (self->scenario_list, child);

  if (self->store != NULL)
    records = po_store_list_scenario_record (self->store, 0, NULL);
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      PoScenarioRecord *record = g_ptr_array_index (records, i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *label = gtk_label_new (record->name);
      g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %d month",
                                                                "%s · %d months", record->months),
                                                   record->start_month, record->months);
      GtkWidget *sub = gtk_label_new (subtitle);
      GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gpointer id = GSIZE_TO_POINTER ((gsize) record->id);
      g_autofree char *check_name = g_strdup_printf ("compare-%s", record->name);

      gtk_widget_set_name (check, check_name);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   !g_hash_table_contains (self->compared, &record->id));
      gtk_widget_set_tooltip_text (check, _("Compare"));
      g_object_set_data (G_OBJECT (check), "scenario-id", id);
      g_signal_connect (check, "toggled", G_CALLBACK (on_compare_toggled), self);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (sub), 0);
      gtk_widget_add_css_class (sub, "dim-label");
      gtk_widget_add_css_class (sub, "caption");
      gtk_box_append (GTK_BOX (texts), label);
      gtk_box_append (GTK_BOX (texts), sub);
      gtk_box_append (GTK_BOX (box), check);
      gtk_box_append (GTK_BOX (box), texts);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      g_object_set_data (G_OBJECT (row), "scenario-id", id);
      gtk_list_box_append (self->scenario_list, row);
      if (record->id == self->selected_id || (selected == NULL && self->selected_id <= 0))
        selected = GTK_LIST_BOX_ROW (row);
    }
  if (selected == NULL)
    selected = gtk_list_box_get_row_at_index (self->scenario_list, 0);
  gtk_list_box_select_row (self->scenario_list, selected);
  self->selected_id = selected ? GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (selected), "scenario-id")) : 0;
  self->updating--;

  po_scenario_editor_set_scenario_id (self->editor, self->selected_id);
}

static void
po_planner_view_refresh (PoPlannerView *self)
{
  fill_list (self);
  update_results (self);
  update_actions (self);
}

/* Monte Carlo */

typedef struct
{
  PoScenario        *scenario;
  PoScenarioCatalog *catalog;
  GPtrArray         *accounts;
} SimulationData;

static void
simulation_data_free (gpointer data)
{
  SimulationData *d = data;

  g_clear_pointer (&d->scenario, po_scenario_unref);
  g_clear_pointer (&d->catalog, po_scenario_catalog_unref);
  g_clear_pointer (&d->accounts, g_ptr_array_unref);
  g_free (d);
}

static void
simulate_in_thread (GTask        *task,
                    gpointer      source,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  SimulationData *d = task_data;
  GError *error = NULL;
  PoScenarioBands *bands = po_scenario_run_monte_carlo (d->scenario, d->catalog, d->accounts,
                                                        SIMULATION_RUNS, SIMULATION_SEED,
                                                        cancellable, &error);

  if (bands == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bands, (GDestroyNotify) po_scenario_bands_unref);
}

static void
simulation_done (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PoPlannerView *self = PO_PLANNER_VIEW (source);
  g_autoptr(PoScenarioBands) bands = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (user_data);

  bands = g_task_propagate_pointer (G_TASK (result), &error);
  g_clear_object (&self->simulation);
  gtk_spinner_stop (self->simulation_spinner);
  gtk_button_set_label (self->simulation_button, _("Run"));
  if (bands == NULL)
    {
      adw_action_row_set_subtitle (self->simulation_row,
                                   g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
                                   ? _("Cancelled") : error->message);
      return;
    }

  /* The bands belong to the selected scenario's line in the chart. */
  for (guint i = 0; i < po_scenario_chart_get_n_scenarios (self->chart); i++)
    {
      g_autoptr(PoScenario) scenario = po_scenario_store_load (self->store, id, NULL);

      if (scenario != NULL &&
          g_strcmp0 (po_scenario_projection_get_name (po_scenario_chart_get_projection (self->chart, i)),
                     po_scenario_get_name (scenario)) == 0)
        {
          guint n = po_scenario_bands_get_n_months (bands);
          const PoScenarioBand *b = po_scenario_bands_get_month (bands, n);
          g_autofree char *lo = po_format_currency_whole (&self->numbers, (gint64) b->mrr_p10);
          g_autofree char *mid = po_format_currency_whole (&self->numbers, (gint64) b->mrr_p50);
          g_autofree char *hi = po_format_currency_whole (&self->numbers, (gint64) b->mrr_p90);
          g_autofree char *text = g_strdup_printf (_("%s, month %u: 10 %% below %s, median %s, 10 %% above %s"),
                                                   po_scenario_get_name (scenario), n, lo, mid, hi);

          po_scenario_chart_set_bands (self->chart, bands, i);
          adw_action_row_set_subtitle (self->simulation_row, text);
          return;
        }
    }
  adw_action_row_set_subtitle (self->simulation_row, _("Tick the scenario to see its bands"));
}

static void
on_simulation_clicked (PoPlannerView *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  SimulationData *d;

  if (self->simulation != NULL)
    {
      g_cancellable_cancel (self->simulation);
      return;
    }
  if (self->store == NULL || self->selected_id <= 0)
    return;

  d = g_new0 (SimulationData, 1);
  d->scenario = po_scenario_store_load (self->store, self->selected_id, &error);
  if (d->scenario != NULL)
    d->catalog = po_scenario_store_load_catalog (self->store, &error);
  if (d->catalog != NULL)
    d->accounts = po_scenario_store_load_accounts (self->store, po_scenario_get_start_month (d->scenario), &error);
  if (d->accounts == NULL)
    {
      simulation_data_free (d);
      show_error (self, error);
      return;
    }

  self->simulation = g_cancellable_new ();
  task = g_task_new (self, self->simulation, simulation_done, GSIZE_TO_POINTER ((gsize) self->selected_id));
  g_task_set_task_data (task, d, simulation_data_free);
  g_task_set_source_tag (task, on_simulation_clicked);
  g_task_run_in_thread (task, simulate_in_thread);
  gtk_spinner_start (self->simulation_spinner);
  gtk_button_set_label (self->simulation_button, _("Cancel"));
  adw_action_row_set_subtitle (self->simulation_row, _("Running…"));
}

static void
on_what_month_changed (PoPlannerView *self)
{
  if (!self->updating)
    update_what_it_takes (self);
}

/* Actions */

static void
add_scenario (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PoPlannerView *self = PO_PLANNER_VIEW (widget);
  g_autoptr(PoScenario) scenario = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gint64 id = 0;

  name = po_scenario_store_unique_name (self->store, _("Scenario"));
  scenario = po_scenario_store_new_default (self->store, name);
  self->selected_id = -1;
  if (!po_scenario_store_save (self->store, self->history, &id, scenario, &error))
    show_error (self, error);
  self->selected_id = id;
  po_planner_view_refresh (self);
}

static void
duplicate_scenario (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PoPlannerView *self = PO_PLANNER_VIEW (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = po_scenario_store_duplicate (self->store, self->history, self->selected_id, &error);

  if (id <= 0)
    show_error (self, error);
  else
    {
      self->selected_id = id;
      po_planner_view_refresh (self);
    }
}

static void
delete_scenario (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PoPlannerView *self = PO_PLANNER_VIEW (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = self->selected_id;

  self->selected_id = 0;
  if (!po_scenario_store_delete (self->store, self->history, id, &error))
    show_error (self, error);
}

static void
undo_redo (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  PoPlannerView *self = PO_PLANNER_VIEW (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->history == NULL)
    return;
  ok = g_str_equal (action_name, "planner.undo")
    ? po_history_undo (self->history, &error)
    : po_history_redo (self->history, &error);
  if (!ok)
    show_error (self, error);
}

static void
queue_refresh (PoPlannerView *self)
{
  po_view_queue_refresh (self, &self->refresh_id, (PoViewRefreshFunc) po_planner_view_refresh);
}

/* GObject */

static void
po_planner_view_dispose (GObject *object)
{
  PoPlannerView *self = (PoPlannerView *) object;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  /* Removing the rows selects none: nothing to follow any more. */
  self->updating++;
  if (self->simulation != NULL)
    g_cancellable_cancel (self->simulation);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, queue_refresh, self);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_func (self->history, update_actions, self);
  g_clear_object (&self->store);
  g_clear_object (&self->history);
  g_clear_pointer (&self->compared, g_hash_table_unref);
  g_clear_pointer (&self->crossing_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PO_TYPE_PLANNER_VIEW);

  G_OBJECT_CLASS (po_planner_view_parent_class)->dispose (object);
}

static void
po_planner_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PoPlannerView *self = PO_PLANNER_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_planner_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PoPlannerView *self = PO_PLANNER_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      po_planner_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_HISTORY:
      po_planner_view_set_history (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_planner_view_class_init (PoPlannerViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = po_planner_view_dispose;
  object_class->get_property = po_planner_view_get_property;
  object_class->set_property = po_planner_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PO_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, PO_TYPE_HISTORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PO_TYPE_SCENARIO_EDITOR);
  g_type_ensure (PO_TYPE_SCENARIO_CHART);
  g_type_ensure (PO_TYPE_EXPANSION_PATH);
  g_type_ensure (PO_TYPE_CATALOG_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-planner-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PoPlannerView, scenario_list);
  gtk_widget_class_bind_template_child (widget_class, PoPlannerView, editor);
  gtk_widget_class_bind_template_child (widget_class, PoPlannerView, chart);
  gtk_widget_class_bind_template_child (widget_class, PoPlannerView, crossings_group);
  gtk_widget_class_bind_template_child (widget_class, PoPlannerView, what_month_spin);
  gtk_widget_class_bind_template_child (widget_class, PoPlannerView, what_label);
  gtk_widget_class_bind_template_child (widget_class, PoPlannerView, simulation_row);
  gtk_widget_class_bind_template_child (widget_class, PoPlannerView, simulation_spinner);
  gtk_widget_class_bind_template_child (widget_class, PoPlannerView, simulation_button);
  gtk_widget_class_bind_template_child (widget_class, PoPlannerView, paths);
  gtk_widget_class_bind_template_child (widget_class, PoPlannerView, catalog);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_what_month_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_simulation_clicked);

  gtk_widget_class_install_action (widget_class, "planner.add-scenario", NULL, add_scenario);
  gtk_widget_class_install_action (widget_class, "planner.duplicate-scenario", NULL, duplicate_scenario);
  gtk_widget_class_install_action (widget_class, "planner.delete-scenario", NULL, delete_scenario);
  gtk_widget_class_install_action (widget_class, "planner.undo", NULL, undo_redo);
  gtk_widget_class_install_action (widget_class, "planner.redo", NULL, undo_redo);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "planner.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "planner.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "planner.redo", NULL);
}

static void
po_planner_view_init (PoPlannerView *self)
{
  const char * const *languages = g_get_language_names ();

  self->compared = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->crossing_rows = g_ptr_array_new ();
  po_number_style_for_language (&self->numbers, languages[0]);
  po_number_style_set_currency (&self->numbers, "EUR");
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

GtkWidget *
po_planner_view_new (void)
{
  return g_object_new (PO_TYPE_PLANNER_VIEW, NULL);
}

PoStore *
po_planner_view_get_store (PoPlannerView *self)
{
  g_return_val_if_fail (PO_IS_PLANNER_VIEW (self), NULL);
  return self->store;
}

PoHistory *
po_planner_view_get_history (PoPlannerView *self)
{
  g_return_val_if_fail (PO_IS_PLANNER_VIEW (self), NULL);
  return self->history;
}

/* @history: (nullable): the window's shared history of this store; the
 * view makes its own when the window sets none. */
void
po_planner_view_set_history (PoPlannerView *self,
                             PoHistory     *history)
{
  g_return_if_fail (PO_IS_PLANNER_VIEW (self));
  g_return_if_fail (history == NULL || PO_IS_HISTORY (history));

  if (!po_view_swap_history (self, &self->history, history, G_CALLBACK (update_actions)))
    return;
  po_scenario_editor_set_history (self->editor, history);
  po_catalog_editor_set_history (self->catalog, history);
  po_expansion_path_set_history (self->paths, history);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

void
po_planner_view_set_store (PoPlannerView *self,
                           PoStore       *store)
{
  g_autoptr(PoHistory) history = NULL;

  g_return_if_fail (PO_IS_PLANNER_VIEW (self));
  g_return_if_fail (store == NULL || PO_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->simulation != NULL)
    g_cancellable_cancel (self->simulation);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, queue_refresh, self);
  g_set_object (&self->store, store);
  g_hash_table_remove_all (self->compared);
  self->selected_id = 0;

  if (store != NULL)
    {
      g_autofree char *currency = po_store_get_setting (store, "currency");

      if (currency != NULL && currency[0] != '\0')
        {
          po_number_style_set_currency (&self->numbers, currency);
          po_scenario_chart_set_currency (self->chart, currency);
        }
      g_signal_connect_object (store, "changed", G_CALLBACK (queue_refresh),
                               self, G_CONNECT_SWAPPED);
    }
  /* A history belongs to one store. */
  history = po_view_history_for_store (self->history, store);
  po_planner_view_set_history (self, history);

  po_scenario_editor_set_store (self->editor, store);
  po_catalog_editor_set_store (self->catalog, store);
  po_expansion_path_set_store (self->paths, store);
  po_planner_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
