/* po-dashboard-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dashboard: KPI tiles with sparklines, the revenue and health
 * charts, the alerts, for one month and segment. The metrics are computed
 * in a worker thread on a second connection of the store; a spinner shows
 * meanwhile and a newer request supersedes an older one.
 */

#define G_LOG_DOMAIN "po-dashboard-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "po-alert-list.h"
#include "po-chart-widget.h"
#include "po-dashboard-view.h"
#include "po-kpi-tile.h"
#include "po-summary.h"
#include "po-view-helpers.h"

#define CHART_MONTHS     24
#define SPARKLINE_MONTHS 12

enum { CHART_MRR_W, CHART_MOVEMENTS_W, CHART_RETENTION_W, CHART_HEALTH_W, CHART_COHORTS_W,
       CHART_RENEWALS_W, N_CHART_WIDGETS };

static const PoChartId chart_ids[N_CHART_WIDGETS] = {
  PO_CHART_MRR, PO_CHART_MOVEMENTS, PO_CHART_RETENTION, PO_CHART_HEALTH_DISTRIBUTION,
  PO_CHART_REVENUE_COHORTS, PO_CHART_RENEWALS,
};

/* What the worker hands back. */
typedef struct
{
  PoMonth          month;
  int              segment;
  PoChartSource   *source;
  PoChartData     *charts[N_CHART_WIDGETS];
  PoChartData     *sparklines[PO_N_TILE_KPIS];
  PoMonthSummary   summary;
  PoMonthSummary   previous;
  GArray          *alerts;
} Result;

typedef struct
{
  PoStore  *worker;
  PoMonth   month;
  int       segment;
} Request;

struct _PoDashboardView
{
  AdwBin          parent_instance;

  PoStore        *store;
  GCancellable   *cancellable;
  Result         *result;
  PoMonth        *months;        /* the month chooser's months, newest first */
  guint           n_months;
  gboolean        updating_months;

  GtkLabel       *title_label;
  GtkLabel       *caption_label;
  GtkSpinner     *spinner;
  GtkDropDown    *segment_dropdown;
  GtkDropDown    *month_dropdown;
  GtkLabel       *accounts_value;
  GtkLabel       *mrr_value;
  GtkLabel       *paying_value;
  GtkLabel       *arpa_value;
  GtkLabel       *tracks_value;
  GtkLabel       *scenarios_value;
  GtkLabel       *phase_model_value;
  GtkLabel       *currency_value;
  PoKpiTile      *tiles[PO_N_TILE_KPIS];
  PoChartWidget  *charts[N_CHART_WIDGETS];
  PoAlertList    *alert_list;
};

G_DEFINE_FINAL_TYPE (PoDashboardView, po_dashboard_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void start_update (PoDashboardView *self);

static void
result_free (Result *result)
{
  if (result == NULL)
    return;
  for (guint i = 0; i < N_CHART_WIDGETS; i++)
    g_clear_pointer (&result->charts[i], po_chart_data_unref);
  for (guint i = 0; i < PO_N_TILE_KPIS; i++)
    g_clear_pointer (&result->sparklines[i], po_chart_data_unref);
  g_clear_pointer (&result->source, po_chart_source_unref);
  if (result->alerts != NULL)
    {
      for (guint i = 0; i < result->alerts->len; i++)
        po_alert_clear (&g_array_index (result->alerts, PoAlert, i));
      g_array_unref (result->alerts);
    }
  g_free (result);
}

static void
request_free (Request *request)
{
  if (request->worker != NULL)
    po_store_close (request->worker);
  g_clear_object (&request->worker);
  g_free (request);
}

/* The last complete month. */
static PoMonth
default_month (void)
{
  return po_month_of_day (po_day_today ()) - 1;
}

/* Worker thread */

static void
compute (GTask        *task,
         gpointer      source_object,
         gpointer      task_data,
         GCancellable *cancellable)
{
  Request *request = task_data;
  Result *result = g_new0 (Result, 1);
  GError *error = NULL;
  PoMonth first = request->month - CHART_MONTHS + 1;
  PoMonth spark_first = request->month - SPARKLINE_MONTHS + 1;

  result->month = request->month;
  result->segment = request->segment;
  result->source = po_chart_source_load (request->worker, request->month, cancellable, &error);
  if (result->source == NULL)
    {
      result_free (result);
      g_task_return_error (task, error);
      return;
    }

  for (guint i = 0; i < N_CHART_WIDGETS; i++)
    result->charts[i] = po_chart_data_build (result->source, chart_ids[i], first, request->month,
                                             request->segment);
  for (PoTileKpi k = 0; k < PO_N_TILE_KPIS; k++)
    result->sparklines[k] = po_chart_data_build_sparkline (result->source, k, spark_first,
                                                           request->month, request->segment);
  po_chart_source_summary (result->source, request->month, request->segment, &result->summary);
  po_chart_source_summary (result->source, request->month - 1, request->segment, &result->previous);

  if (g_task_return_error_if_cancelled (task))
    {
      result_free (result);
      return;
    }

  result->alerts = po_signals_evaluate (request->worker, po_chart_source_get_settings (result->source),
                                        po_day_today (), PO_SIGNALS_DEFAULT, &error);
  if (result->alerts == NULL)
    {
      /* the charts are still worth showing */
      g_warning ("Cannot evaluate the signals: %s", error->message);
      g_clear_error (&error);
    }
  g_task_return_pointer (task, result, (GDestroyNotify) result_free);
}

/* Formatting */

static void
number_style (PoDashboardView *self,
              PoNumberStyle   *numbers)
{
  const char * const *languages = g_get_language_names ();

  po_number_style_for_language (numbers, languages[0]);
  if (self->result != NULL)
    po_number_style_set_currency (numbers, po_chart_source_get_settings (self->result->source)->currency);
}

static double
summary_kpi (const PoMonthSummary *s,
             PoTileKpi                 kpi)
{
  guint scored;

  switch (kpi)
    {
    case PO_TILE_KPI_MRR:
      return (double) s->mrr_cents;
    case PO_TILE_KPI_NRE:
      return s->nre.has_value ? s->nre.value : NAN;
    case PO_TILE_KPI_GRR:
      return s->grr_12m.has_value ? s->grr_12m.value : NAN;
    case PO_TILE_KPI_LOGO_CHURN:
      return s->logo_churn_rate.has_value ? s->logo_churn_rate.value : NAN;
    case PO_TILE_KPI_QUICK_RATIO:
      return s->quick_ratio.has_value ? s->quick_ratio.value : NAN;
    case PO_TILE_KPI_HEALTHY:
    case PO_N_TILE_KPIS:
    default:
      scored = s->health[PO_HEALTH_BAND_GREEN] + s->health[PO_HEALTH_BAND_YELLOW] +
               s->health[PO_HEALTH_BAND_RED];
      return scored > 0 ? (double) s->health[PO_HEALTH_BAND_GREEN] / scored : NAN;
    }
}

/* The figure of a tile, as the tests compare it. */
static char *
format_kpi (const PoNumberStyle  *numbers,
            PoTileKpi                 kpi,
            const PoMonthSummary *s)
{
  double v = summary_kpi (s, kpi);

  switch (kpi)
    {
    case PO_TILE_KPI_MRR:
      return po_format_currency_whole (numbers, s->mrr_cents);
    case PO_TILE_KPI_HEALTHY:
      return po_format_number (numbers, s->health[PO_HEALTH_BAND_GREEN], 0);
    case PO_TILE_KPI_QUICK_RATIO:
      return isfinite (v) ? po_format_number (numbers, v, 2) : g_strdup ("—");
    case PO_TILE_KPI_NRE:
    case PO_TILE_KPI_GRR:
    case PO_TILE_KPI_LOGO_CHURN:
    case PO_N_TILE_KPIS:
    default:
      return isfinite (v) ? po_format_percent (numbers, v, 1) : g_strdup ("—");
    }
}

#define FLAT_SIGN "±"

/* The sign before a change of @d shown as @shown, its magnitude at the
 * displayed precision: "±" when that reads as zero (@zero), so that
 * a change rounding to nothing is never "−0.0 pp" or "+0.0 pp".
 */
static const char *
change_sign (double      d,
             const char *shown,
             const char *zero)
{
  if (g_str_equal (shown, zero))
    return FLAT_SIGN;
  return d < 0 ? "−" : "+";
}

static void
update_tile (PoDashboardView     *self,
             PoTileKpi                kpi,
             const PoNumberStyle *numbers)
{
  const Result *r = self->result;
  PoKpiTile *tile = self->tiles[kpi];
  double now = summary_kpi (&r->summary, kpi);
  double before = summary_kpi (&r->previous, kpi);
  g_autofree char *value = format_kpi (numbers, kpi, &r->summary);
  g_autofree char *change = NULL;
  g_autofree char *delta = NULL;
  g_autofree char *prev_month = po_format_month (numbers, r->month - 1, PO_MONTH_FORMAT_SHORT);
  PoKpiChange direction = PO_KPI_CHANGE_NONE;
  gboolean good = TRUE;

  po_kpi_tile_set_value (tile, value);
  if (isfinite (now) && isfinite (before))
    {
      double d = now - before;
      const char *sign;

      switch (kpi)
        {
        case PO_TILE_KPI_MRR:
          {
            g_autofree char *money = po_format_currency_whole (numbers, (gint64) llabs ((gint64) d));
            g_autofree char *money_zero = po_format_currency_whole (numbers, 0);
            g_autofree char *pct = before > 0 ? po_format_percent (numbers, fabs (d) / before, 1) : NULL;
            g_autofree char *pct_zero = po_format_percent (numbers, 0, 1);

            sign = change_sign (d, money, money_zero);
            delta = pct ? g_strdup_printf ("%s%s (%s%s)", sign, money, change_sign (d, pct, pct_zero), pct)
                        : g_strdup_printf ("%s%s", sign, money);
          }
          break;
        case PO_TILE_KPI_QUICK_RATIO:
          {
            g_autofree char *n = po_format_number (numbers, fabs (d), 2);
            g_autofree char *zero = po_format_number (numbers, 0, 2);

            sign = change_sign (d, n, zero);
            delta = g_strdup_printf ("%s%s", sign, n);
          }
          break;
        case PO_TILE_KPI_NRE:
        case PO_TILE_KPI_GRR:
        case PO_TILE_KPI_LOGO_CHURN:
        case PO_TILE_KPI_HEALTHY:
        case PO_N_TILE_KPIS:
        default:
          {
            g_autofree char *n = po_format_number (numbers, fabs (d) * 100, 1);
            g_autofree char *zero = po_format_number (numbers, 0, 1);

            sign = change_sign (d, n, zero);
            /* Translators: a change in percentage points, "+2.5 pp" */
            delta = g_strdup_printf (_("%s%s pp"), sign, n);
          }
          break;
        }
      /* A change that reads as zero is flat: no arrow up or down, no colour. */
      if (g_str_equal (sign, FLAT_SIGN))
        direction = PO_KPI_CHANGE_FLAT;
      else
        direction = d > 0 ? PO_KPI_CHANGE_UP : PO_KPI_CHANGE_DOWN;
      good = (d > 0) == po_tile_kpi_higher_is_better (kpi);
      /* Translators: "+1,234 € (+5.0 %) vs Sep" */
      change = g_strdup_printf (_("%s vs %s"), delta, prev_month);
    }
  po_kpi_tile_set_change (tile, direction, change, good);
  po_kpi_tile_set_sparkline (tile, r->sparklines[kpi]);

  if (kpi == PO_TILE_KPI_NRE)
    {
      g_autofree char *target = po_format_percent (numbers, PO_CHART_NRE_TARGET, 0);
      g_autofree char *caption = NULL;

      if (isfinite (now))
        caption = g_strdup_printf (now >= PO_CHART_NRE_TARGET ? _("Above the %s target") : _("Below the %s target"),
                                   target);
      else
        caption = g_strdup_printf (_("Needs 12 months of history; target %s"), target);
      po_kpi_tile_set_caption (tile, caption);
    }
  else if (kpi == PO_TILE_KPI_HEALTHY)
    {
      const guint *h = r->summary.health;
      g_autofree char *caption =
        /* Translators: the other health bands, "11 yellow · 2 red · 1 unscored" */
        g_strdup_printf (_("%u yellow · %u red · %u unscored"), h[PO_HEALTH_BAND_YELLOW],
                         h[PO_HEALTH_BAND_RED], h[PO_HEALTH_BAND_NONE]);

      po_kpi_tile_set_caption (tile, caption);
    }
}

static void
fill_months (PoDashboardView *self)
{
  PoChartSource *source = self->result->source;
  PoMonth first = po_chart_source_get_first_month (source);
  PoMonth last = MAX (default_month (), self->result->month);
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  PoNumberStyle numbers;
  guint selected = 0;

  if (self->months != NULL && self->n_months > 0 && self->months[self->n_months - 1] == first &&
      self->months[0] == last)
    return;

  number_style (self, &numbers);
  g_free (self->months);
  self->n_months = (guint) MAX (last - MIN (first, last) + 1, 1);
  self->months = g_new (PoMonth, self->n_months);
  for (guint i = 0; i < self->n_months; i++)
    {
      g_autofree char *label = NULL;

      self->months[i] = last - (PoMonth) i;
      label = po_format_month (&numbers, self->months[i], PO_MONTH_FORMAT_SHORT_YEAR);
      gtk_string_list_append (model, label);
      if (self->months[i] == self->result->month)
        selected = i;
    }
  self->updating_months = TRUE;
  gtk_drop_down_set_model (self->month_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->month_dropdown, selected);
  self->updating_months = FALSE;
}

static void
apply_result (PoDashboardView *self)
{
  PoNumberStyle numbers;
  g_autofree char *month = NULL;
  g_autofree char *caption = NULL;

  number_style (self, &numbers);
  for (PoTileKpi k = 0; k < PO_N_TILE_KPIS; k++)
    update_tile (self, k, &numbers);
  for (guint i = 0; i < N_CHART_WIDGETS; i++)
    {
      po_chart_widget_set_numbers (self->charts[i], &numbers);
      po_chart_widget_set_data (self->charts[i], self->result->charts[i]);
    }
  po_alert_list_set_alerts (self->alert_list, self->result->alerts, self->result->source);

  month = po_format_month (&numbers, self->result->month, PO_MONTH_FORMAT_SHORT_YEAR);
  /* Translators: "Metrics of Oct 2026 · 35 active accounts" */
  caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Metrics of %s · %u active account",
                                          "Metrics of %s · %u active accounts",
                                          self->result->summary.active_accounts),
                             month, self->result->summary.active_accounts);
  gtk_label_set_label (self->caption_label, caption);
  fill_months (self);
}

static void
on_computed (GObject      *object,
             GAsyncResult *res,
             gpointer      user_data)
{
  g_autoptr(PoDashboardView) self = user_data;
  g_autoptr(GError) error = NULL;
  Result *result = g_task_propagate_pointer (G_TASK (res), &error);

  /* superseded: a newer request runs or ran */
  if (g_task_get_cancellable (G_TASK (res)) != self->cancellable)
    {
      result_free (result);
      return;
    }
  gtk_spinner_stop (self->spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  if (result == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Cannot compute the dashboard: %s", error->message);
      return;
    }
  g_clear_pointer (&self->result, result_free);
  self->result = result;
  apply_result (self);
}

static int
selected_segment (PoDashboardView *self)
{
  guint i = gtk_drop_down_get_selected (self->segment_dropdown);

  return i == 0 || i == GTK_INVALID_LIST_POSITION ? PO_CHART_ALL_SEGMENTS : (int) i - 1;
}

static PoMonth
selected_month (PoDashboardView *self)
{
  guint i = gtk_drop_down_get_selected (self->month_dropdown);

  return self->months != NULL && i < self->n_months ? self->months[i] : default_month ();
}

static void
start_update (PoDashboardView *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Request *request;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store == NULL)
    return;

  request = g_new0 (Request, 1);
  request->worker = po_store_open_worker (self->store, &error);
  if (request->worker == NULL)
    {
      g_warning ("Cannot open a worker connection: %s", error->message);
      request_free (request);
      return;
    }
  request->month = selected_month (self);
  request->segment = selected_segment (self);

  self->cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->cancellable, on_computed, g_object_ref (self));
  g_task_set_source_tag (task, start_update);
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), TRUE);
  gtk_spinner_start (self->spinner);
  g_task_run_in_thread (task, compute);
}

/* The figures of today, read at once: cheap counts. */

static void
set_count (GtkLabel *label,
           guint64   count)
{
  g_autofree char *text = po_view_format_count (count);

  gtk_label_set_label (label, text);
}

static char *
workspace_name (PoStore *store)
{
  char *name = g_filename_display_basename (po_store_get_path (store));

  if (g_str_has_suffix (name, ".peakone") && strlen (name) > strlen (".peakone"))
    name[strlen (name) - strlen (".peakone")] = '\0';
  return name;
}

static void
refresh_facts (PoDashboardView *self)
{
  g_autoptr(PoSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mrr = NULL;
  g_autofree char *name = NULL;
  GtkLabel *labels[] = {
    self->accounts_value, self->mrr_value, self->paying_value, self->arpa_value,
    self->tracks_value, self->scenarios_value, self->phase_model_value, self->currency_value,
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    gtk_label_set_label (labels[i], "—");
  gtk_label_set_label (self->title_label, _("Dashboard"));
  if (self->store == NULL)
    return;

  /* Only what the strip shows: the full summary walks every transition. */
  summary = po_summary_load (self->store, po_day_today (),
                             PO_SUMMARY_COUNTS | PO_SUMMARY_MRR | PO_SUMMARY_PLANNER, &error);
  if (summary == NULL)
    {
      g_warning ("Cannot summarise the workspace: %s", error->message);
      return;
    }
  name = workspace_name (self->store);
  gtk_label_set_label (self->title_label, name);
  set_count (self->accounts_value, summary->n_accounts);
  mrr = po_view_format_money (summary->currency, summary->mrr_cents);
  gtk_label_set_label (self->mrr_value, mrr);
  set_count (self->paying_value, summary->n_paying);
  if (summary->n_paying > 0)
    {
      g_autofree char *arpa = po_view_format_money (summary->currency,
                                                    po_metrics_div_round (summary->mrr_cents, summary->n_paying));

      gtk_label_set_label (self->arpa_value, arpa);
    }
  set_count (self->tracks_value, summary->n_tracks);
  set_count (self->scenarios_value, summary->scenarios ? g_strv_length (summary->scenarios) : 0);
  gtk_label_set_label (self->phase_model_value, summary->phase_model_title);
  gtk_label_set_label (self->currency_value, summary->currency);
}

static void
po_dashboard_view_refresh (PoDashboardView *self)
{
  refresh_facts (self);
  start_update (self);
}

static void
on_filter_changed (PoDashboardView *self)
{
  if (!self->updating_months)
    start_update (self);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PoDashboardView *self = PO_DASHBOARD_VIEW (widget);
  const char *which = g_variant_get_string (parameter, NULL);
  static const char * const names[N_CHART_WIDGETS] = {
    "mrr", "movements", "retention", "health", "cohorts", "renewals",
  };

  for (guint i = 0; i < N_CHART_WIDGETS; i++)
    if (g_str_equal (which, names[i]))
      po_chart_widget_export (self->charts[i]);
}

static void
po_dashboard_view_dispose (GObject *object)
{
  PoDashboardView *self = (PoDashboardView *) object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, po_dashboard_view_refresh, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->result, result_free);
  g_clear_pointer (&self->months, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), PO_TYPE_DASHBOARD_VIEW);

  G_OBJECT_CLASS (po_dashboard_view_parent_class)->dispose (object);
}

static void
po_dashboard_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PoDashboardView *self = PO_DASHBOARD_VIEW (object);

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
po_dashboard_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PoDashboardView *self = PO_DASHBOARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      po_dashboard_view_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_dashboard_view_class_init (PoDashboardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = po_dashboard_view_dispose;
  object_class->get_property = po_dashboard_view_get_property;
  object_class->set_property = po_dashboard_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PO_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "dashboard.export", "s", export_action);

  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/peakone/PeakOne/po-dashboard-view.css");
    if (gdk_display_get_default () != NULL)
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_type_ensure (PO_TYPE_KPI_TILE);
  g_type_ensure (PO_TYPE_CHART_WIDGET);
  g_type_ensure (PO_TYPE_ALERT_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-dashboard-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, title_label);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, caption_label);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, spinner);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, segment_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, month_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, accounts_value);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, mrr_value);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, paying_value);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, arpa_value);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, tracks_value);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, scenarios_value);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, phase_model_value);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, currency_value);
  gtk_widget_class_bind_template_child_full (widget_class, "tile_mrr", FALSE,
                                             G_STRUCT_OFFSET (PoDashboardView, tiles[PO_TILE_KPI_MRR]));
  gtk_widget_class_bind_template_child_full (widget_class, "tile_nre", FALSE,
                                             G_STRUCT_OFFSET (PoDashboardView, tiles[PO_TILE_KPI_NRE]));
  gtk_widget_class_bind_template_child_full (widget_class, "tile_grr", FALSE,
                                             G_STRUCT_OFFSET (PoDashboardView, tiles[PO_TILE_KPI_GRR]));
  gtk_widget_class_bind_template_child_full (widget_class, "tile_churn", FALSE,
                                             G_STRUCT_OFFSET (PoDashboardView, tiles[PO_TILE_KPI_LOGO_CHURN]));
  gtk_widget_class_bind_template_child_full (widget_class, "tile_quick", FALSE,
                                             G_STRUCT_OFFSET (PoDashboardView, tiles[PO_TILE_KPI_QUICK_RATIO]));
  gtk_widget_class_bind_template_child_full (widget_class, "tile_health", FALSE,
                                             G_STRUCT_OFFSET (PoDashboardView, tiles[PO_TILE_KPI_HEALTHY]));
  gtk_widget_class_bind_template_child_full (widget_class, "mrr_chart", FALSE,
                                             G_STRUCT_OFFSET (PoDashboardView, charts[CHART_MRR_W]));
  gtk_widget_class_bind_template_child_full (widget_class, "movements_chart", FALSE,
                                             G_STRUCT_OFFSET (PoDashboardView, charts[CHART_MOVEMENTS_W]));
  gtk_widget_class_bind_template_child_full (widget_class, "retention_chart", FALSE,
                                             G_STRUCT_OFFSET (PoDashboardView, charts[CHART_RETENTION_W]));
  gtk_widget_class_bind_template_child_full (widget_class, "health_chart", FALSE,
                                             G_STRUCT_OFFSET (PoDashboardView, charts[CHART_HEALTH_W]));
  gtk_widget_class_bind_template_child_full (widget_class, "cohorts_chart", FALSE,
                                             G_STRUCT_OFFSET (PoDashboardView, charts[CHART_COHORTS_W]));
  gtk_widget_class_bind_template_child_full (widget_class, "renewals_chart", FALSE,
                                             G_STRUCT_OFFSET (PoDashboardView, charts[CHART_RENEWALS_W]));
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, alert_list);
}

static void
po_dashboard_view_init (PoDashboardView *self)
{
  static const char * const titles[PO_N_TILE_KPIS] = {
    N_("MRR"), N_("NRE"), N_("GRR"), N_("Logo churn"), N_("Quick ratio"), N_("Healthy accounts"),
  };

  gtk_widget_init_template (GTK_WIDGET (self));
  for (PoTileKpi k = 0; k < PO_N_TILE_KPIS; k++)
    po_kpi_tile_set_title (self->tiles[k], _(titles[k]));
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  g_signal_connect_swapped (self->segment_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->month_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
}

GtkWidget *
po_dashboard_view_new (void)
{
  return g_object_new (PO_TYPE_DASHBOARD_VIEW, NULL);
}

PoStore *
po_dashboard_view_get_store (PoDashboardView *self)
{
  g_return_val_if_fail (PO_IS_DASHBOARD_VIEW (self), NULL);
  return self->store;
}

void
po_dashboard_view_set_store (PoDashboardView *self,
                             PoStore         *store)
{
  g_return_if_fail (PO_IS_DASHBOARD_VIEW (self));
  g_return_if_fail (store == NULL || PO_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, po_dashboard_view_refresh, self);
  g_set_object (&self->store, store);
  g_clear_pointer (&self->result, result_free);
  g_clear_pointer (&self->months, g_free);
  self->n_months = 0;
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (po_dashboard_view_refresh),
                             self, G_CONNECT_SWAPPED);
  po_dashboard_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gboolean
po_dashboard_view_is_busy (PoDashboardView *self)
{
  g_return_val_if_fail (PO_IS_DASHBOARD_VIEW (self), FALSE);
  return self->cancellable != NULL && self->result == NULL ? TRUE
         : gtk_widget_get_visible (GTK_WIDGET (self->spinner));
}

PoMonth
po_dashboard_view_get_month (PoDashboardView *self)
{
  g_return_val_if_fail (PO_IS_DASHBOARD_VIEW (self), 0);
  return self->result ? self->result->month : selected_month (self);
}
