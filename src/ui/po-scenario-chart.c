/* po-scenario-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scenarios side by side (DESIGN.md § 6, seed 003's 8 % against 7 %):
 * expected MRR above, NRE with its dashed 120 % target below, one line
 * per scenario over the calendar months they cover; optional Monte
 * Carlo 10/90 % bands of one scenario as thin dashed lines.
 */

#define G_LOG_DOMAIN "po-scenario-chart"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "po-chart-line.h"
#include "po-scenario-chart.h"
#include "po-scenario-solver.h"

#define MAX_SERIES 8

static const PoColorRole scenario_colors[] = {
  PO_COLOR_BLUE, PO_COLOR_ORANGE, PO_COLOR_GREEN, PO_COLOR_PURPLE,
  PO_COLOR_RED, PO_COLOR_BROWN, PO_COLOR_YELLOW, PO_COLOR_GRAY,
};

typedef struct
{
  PoScenarioProjection *projection;
  int                   start_month;
  char                 *label;
  double               *mrr;
  double               *nre;
} Entry;

struct _PoScenarioChart
{
  GtkWidget         parent_instance;

  GPtrArray        *entries;       /* Entry */
  PoScenarioBands  *bands;
  guint             bands_index;
  double           *band_lo;
  double           *band_hi;
  char             *band_lo_label;
  char             *band_hi_label;
  int               first_month;
  guint             n_months;
  PoNumberStyle     numbers;
};

G_DEFINE_FINAL_TYPE (PoScenarioChart, po_scenario_chart, GTK_TYPE_WIDGET)

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_clear_pointer (&entry->projection, po_scenario_projection_unref);
  g_free (entry->label);
  g_free (entry->mrr);
  g_free (entry->nre);
  g_free (entry);
}

static void
clear_bands (PoScenarioChart *self)
{
  g_clear_pointer (&self->bands, po_scenario_bands_unref);
  g_clear_pointer (&self->band_lo, g_free);
  g_clear_pointer (&self->band_hi, g_free);
  g_clear_pointer (&self->band_lo_label, g_free);
  g_clear_pointer (&self->band_hi_label, g_free);
}

/* Re-lays the series over the union of the scenarios' calendar months. */
static void
rebuild (PoScenarioChart *self)
{
  int first = G_MAXINT, last = G_MININT;
  g_autofree char *description = NULL;

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *e = g_ptr_array_index (self->entries, i);
      guint n = po_scenario_projection_get_n_months (e->projection);

      first = MIN (first, e->start_month + 1);
      last = MAX (last, e->start_month + (int) n);
    }
  self->first_month = self->entries->len > 0 ? first : 0;
  self->n_months = self->entries->len > 0 ? (guint) (last - first + 1) : 0;

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *e = g_ptr_array_index (self->entries, i);
      guint n = po_scenario_projection_get_n_months (e->projection);

      g_free (e->mrr);
      g_free (e->nre);
      e->mrr = g_new (double, self->n_months);
      e->nre = g_new (double, self->n_months);
      for (guint k = 0; k < self->n_months; k++)
        {
          int t = self->first_month + (int) k - e->start_month;
          const PoScenarioMonth *m = (t >= 1 && t <= (int) n)
            ? po_scenario_projection_get_month (e->projection, t) : NULL;

          e->mrr[k] = m ? m->mrr_cents : NAN;
          e->nre[k] = m && m->has_nre ? m->nre : NAN;
        }
    }

  g_clear_pointer (&self->band_lo, g_free);
  g_clear_pointer (&self->band_hi, g_free);
  if (self->bands != NULL && self->bands_index < self->entries->len)
    {
      Entry *e = g_ptr_array_index (self->entries, self->bands_index);
      guint n = po_scenario_bands_get_n_months (self->bands);

      self->band_lo = g_new (double, self->n_months);
      self->band_hi = g_new (double, self->n_months);
      for (guint k = 0; k < self->n_months; k++)
        {
          int t = self->first_month + (int) k - e->start_month;
          const PoScenarioBand *b = (t >= 1 && t <= (int) n)
            ? po_scenario_bands_get_month (self->bands, t) : NULL;

          self->band_lo[k] = b ? b->mrr_p10 : NAN;
          self->band_hi[k] = b ? b->mrr_p90 : NAN;
        }
      g_free (self->band_lo_label);
      g_free (self->band_hi_label);
      /* Translators: %s is a scenario name; 10 % / 90 % quantile of a simulation */
      self->band_lo_label = g_strdup_printf (_("%s, 10 %%"), e->label);
      self->band_hi_label = g_strdup_printf (_("%s, 90 %%"), e->label);
    }

  description = po_scenario_chart_describe (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static guint
fill_series (PoScenarioChart *self,
             gboolean         nre,
             PoChartSeries   *series)
{
  guint n = 0;

  for (guint i = 0; i < self->entries->len && n < MAX_SERIES; i++)
    {
      Entry *e = g_ptr_array_index (self->entries, i);

      series[n++] = (PoChartSeries) { .label = e->label, .values = nre ? e->nre : e->mrr,
                                      .color = scenario_colors[i % G_N_ELEMENTS (scenario_colors)] };
    }
  if (!nre && self->band_lo != NULL && n + 2 <= MAX_SERIES)
    {
      PoColorRole role = scenario_colors[self->bands_index % G_N_ELEMENTS (scenario_colors)];

      series[n++] = (PoChartSeries) { .label = self->band_lo_label, .values = self->band_lo,
                                      .color = role, .dashed = TRUE };
      series[n++] = (PoChartSeries) { .label = self->band_hi_label, .values = self->band_hi,
                                      .color = role, .dashed = TRUE };
    }
  return n;
}

static void
fill_chart (PoScenarioChart     *self,
            gboolean             nre,
            const PoChartSeries *series,
            guint                n_series,
            PoChartLine         *chart)
{
  *chart = (PoChartLine) {
    .title = nre ? _("NRE") : _("Expected MRR"),
    .first_month = self->first_month,
    .n_months = self->n_months,
    .kind = nre ? PO_VALUE_PERCENT : PO_VALUE_CURRENCY,
    .series = series,
    .n_series = n_series,
    .zero_based = !nre,
    .has_target = nre,
    .target = PO_SCENARIO_NRE_TARGET,
    .target_label = nre ? _("Target") : NULL,
  };
}

static void
chart_style (PoScenarioChart *self,
             PoChartStyle    *style)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  po_chart_style_init (style, dark, &self->numbers);
  style->flags |= PO_CHART_TRANSPARENT;
}

static void
po_scenario_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  PoScenarioChart *self = PO_SCENARIO_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double top_h = floor (height * 0.55);
  PoChartSeries series[MAX_SERIES];
  PoChartLine chart;
  PoChartStyle style;
  cairo_t *cr;
  guint n;

  if (width <= 0 || height <= 0)
    return;

  chart_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->entries->len == 0)
    {
      po_chart_empty_draw (cr, width, height, _("Select scenarios to compare"), &style);
      cairo_destroy (cr);
      return;
    }

  n = fill_series (self, FALSE, series);
  fill_chart (self, FALSE, series, n, &chart);
  po_chart_line_draw (cr, width, top_h, &chart, &style);

  cairo_translate (cr, 0, top_h);
  n = fill_series (self, TRUE, series);
  fill_chart (self, TRUE, series, n, &chart);
  po_chart_line_draw (cr, width, height - top_h, &chart, &style);
  cairo_destroy (cr);
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    data)
{
  PoScenarioChart *self = PO_SCENARIO_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double top_h = floor (height * 0.55);
  gboolean nre = y >= top_h;
  PoChartSeries series[MAX_SERIES];
  PoChartLine chart;
  PoChartStyle style;
  PoChartHit hit;
  g_autofree char *month = NULL;
  GString *text;
  guint n;

  if (self->entries->len == 0 || keyboard)
    return FALSE;

  chart_style (self, &style);
  n = fill_series (self, nre, series);
  fill_chart (self, nre, series, n, &chart);
  if (!po_chart_line_hit (&chart, &style, width, nre ? height - top_h : top_h,
                          x, nre ? y - top_h : y, &hit) || hit.index < 0)
    return FALSE;

  month = po_format_month (&self->numbers, hit.month, PO_MONTH_FORMAT_SHORT_YEAR);
  text = g_string_new (NULL);
  g_string_append_printf (text, "<b>%s</b>", month);
  for (guint s = 0; s < n; s++)
    {
      double v = series[s].values[hit.index];
      g_autofree char *value = NULL;
      g_autofree char *label = g_markup_escape_text (series[s].label, -1);

      if (!isfinite (v))
        continue;
      value = po_format_value (&self->numbers, chart.kind, v);
      g_string_append_printf (text, "\n%s: %s", label, value);
    }
  gtk_tooltip_set_markup (tooltip, text->str);
  g_string_free (text, TRUE);
  return TRUE;
}

static void
po_scenario_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 320 : 360;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 720 : 520;
}

static void
po_scenario_chart_dispose (GObject *object)
{
  PoScenarioChart *self = PO_SCENARIO_CHART (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  clear_bands (self);

  G_OBJECT_CLASS (po_scenario_chart_parent_class)->dispose (object);
}

static void
po_scenario_chart_class_init (PoScenarioChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = po_scenario_chart_dispose;
  widget_class->snapshot = po_scenario_chart_snapshot;
  widget_class->measure = po_scenario_chart_measure;

  gtk_widget_class_set_css_name (widget_class, "po-scenario-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
on_dark_changed (PoScenarioChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
po_scenario_chart_init (PoScenarioChart *self)
{
  const char * const *languages = g_get_language_names ();

  self->entries = g_ptr_array_new_with_free_func (entry_free);
  po_number_style_for_language (&self->numbers, languages[0]);
  po_number_style_set_currency (&self->numbers, "EUR");

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed), self, G_CONNECT_SWAPPED);
}

GtkWidget *
po_scenario_chart_new (void)
{
  return g_object_new (PO_TYPE_SCENARIO_CHART, NULL);
}

void
po_scenario_chart_set_currency (PoScenarioChart *self,
                                const char      *currency)
{
  g_return_if_fail (PO_IS_SCENARIO_CHART (self));

  if (currency != NULL)
    po_number_style_set_currency (&self->numbers, currency);
  rebuild (self);
}

void
po_scenario_chart_clear (PoScenarioChart *self)
{
  g_return_if_fail (PO_IS_SCENARIO_CHART (self));

  g_ptr_array_set_size (self->entries, 0);
  clear_bands (self);
  rebuild (self);
}

/* @start_month: the scenario's start month (t = 0), for the calendar. */
void
po_scenario_chart_add (PoScenarioChart      *self,
                       PoScenarioProjection *projection,
                       int                   start_month)
{
  Entry *entry;

  g_return_if_fail (PO_IS_SCENARIO_CHART (self));
  g_return_if_fail (projection != NULL);

  entry = g_new0 (Entry, 1);
  entry->projection = po_scenario_projection_ref (projection);
  entry->start_month = start_month;
  entry->label = g_strdup (po_scenario_projection_get_name (projection));
  g_ptr_array_add (self->entries, entry);
  rebuild (self);
}

/* Shows @bands (nullable) as the 10/90 % lines of scenario @index. */
void
po_scenario_chart_set_bands (PoScenarioChart *self,
                             PoScenarioBands *bands,
                             guint            index)
{
  g_return_if_fail (PO_IS_SCENARIO_CHART (self));

  clear_bands (self);
  if (bands != NULL)
    self->bands = po_scenario_bands_ref (bands);
  self->bands_index = index;
  rebuild (self);
}

guint
po_scenario_chart_get_n_scenarios (PoScenarioChart *self)
{
  g_return_val_if_fail (PO_IS_SCENARIO_CHART (self), 0);

  return self->entries->len;
}

PoScenarioProjection *
po_scenario_chart_get_projection (PoScenarioChart *self,
                                  guint            index)
{
  g_return_val_if_fail (PO_IS_SCENARIO_CHART (self), NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);

  return ((Entry *) g_ptr_array_index (self->entries, index))->projection;
}

char *
po_scenario_chart_describe (PoScenarioChart *self)
{
  PoChartSeries series[MAX_SERIES];
  PoChartLine chart;
  g_autofree char *mrr = NULL;
  g_autofree char *nre = NULL;
  guint n;

  g_return_val_if_fail (PO_IS_SCENARIO_CHART (self), NULL);

  if (self->entries->len == 0)
    return g_strdup (_("No scenario selected."));

  n = fill_series (self, FALSE, series);
  fill_chart (self, FALSE, series, n, &chart);
  mrr = po_chart_line_describe (&chart, &self->numbers);
  n = fill_series (self, TRUE, series);
  fill_chart (self, TRUE, series, n, &chart);
  nre = po_chart_line_describe (&chart, &self->numbers);
  return g_strconcat (mrr, " ", nre, NULL);
}
