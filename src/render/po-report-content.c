/* po-report-content.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the report reads from the workspace: the month's figures and their
 * history (the same PoChartSource the dashboard uses, so the figures are
 * those of `peak-one-cli metrics`), the cohort heatmaps, the journey map
 * with its live overlay, the upgrade-trigger definitions and every
 * scenario's projection.
 */

#define G_LOG_DOMAIN "po-report"

#include "config.h"

/* first: it renames core's journey records (see the header) */
#include "po-journey-store.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "po-chart-data.h"
#include "po-cohorts.h"
#include "po-journey-render.h"
#include "po-phase-model.h"
#include "po-report-private.h"
#include "po-scenario-store.h"

#define MAX_SCENARIOS 8

void
_po_report_card_free (PoReportCard *card)
{
  g_free (card->label);
  g_free (card->value);
  g_free (card->detail);
  g_free (card);
}

void
_po_report_scenario_free (PoReportScenario *scenario)
{
  g_free (scenario->name);
  g_free (scenario->mrr);
  g_free (scenario->nre);
  g_free (scenario);
}

/* KPI cards */

static char *
format_rate (PoReport      *self,
             PoMetricValue  v)
{
  return v.has_value ? po_format_percent (&self->numbers, v.value, 1) : g_strdup ("—");
}

static char *
format_cents (PoReport      *self,
              PoMetricCents  v)
{
  return v.has_value ? po_format_currency (&self->numbers, v.value) : g_strdup ("—");
}

static PoReportCard *
add_card (PoReport    *self,
          const char  *label,
          char        *value,
          PoValueKind  kind,
          PoColorRole  color)
{
  PoReportCard *card = g_new0 (PoReportCard, 1);

  card->label = g_strdup (label);
  card->value = value;
  card->kind = kind;
  card->color = color;
  g_ptr_array_add (self->cards, card);
  return card;
}

static void
fill_spark (PoReport      *self,
            PoReportCard  *card,
            PoChartSource *source,
            int            which)
{
  PoMetrics *metrics = po_chart_source_get_metrics (source);
  PoMonth first = po_metrics_get_first_month (metrics);

  card->n_spark = PO_REPORT_SPARK_MONTHS;
  for (guint i = 0; i < PO_REPORT_SPARK_MONTHS; i++)
    {
      PoMonth m = self->month - (PO_REPORT_SPARK_MONTHS - 1) + (PoMonth) i;
      PoMetricValue v = { FALSE, 0 };
      PoMetricCents c = { FALSE, 0 };

      card->spark[i] = NAN;
      if (po_metrics_get_n_months (metrics) == 0 || m < first)
        continue;
      switch (which)
        {
        case 0: c = (PoMetricCents) { TRUE, po_metrics_mrr (metrics, m) }; break;
        case 1: v = po_metrics_nre (metrics, m); break;
        case 2: v = po_metrics_grr (metrics, m - 12, m); break;
        case 3: v = po_metrics_logo_churn_rate (metrics, m); break;
        case 4: c = po_metrics_arpa (metrics, m); break;
        case 5: c = po_metrics_clv (metrics, m); break;
        case 6: v = po_metrics_quick_ratio (metrics, m); break;
        case 7: c = (PoMetricCents) { TRUE, po_metrics_active_accounts (metrics, m) }; break;
        default: break;
        }
      if (v.has_value)
        card->spark[i] = v.value;
      else if (c.has_value)
        card->spark[i] = (double) c.value;
    }
}

/* "+12.3 % vs. Oct 2025" for money and counts, "+3.1 pts vs. Oct 2025"
 * for rates. */
static void
set_year_delta (PoReport     *self,
                PoReportCard *card,
                gboolean      higher_is_better)
{
  double now = card->spark[PO_REPORT_SPARK_MONTHS - 1];
  double then = card->spark[PO_REPORT_SPARK_MONTHS - 13];
  g_autofree char *month = po_format_month (&self->numbers, self->month - 12, PO_MONTH_FORMAT_SHORT_YEAR);
  g_autofree char *amount = NULL;
  double delta;

  if (isnan (now) || isnan (then) || (card->kind != PO_VALUE_PERCENT && then == 0))
    {
      card->detail = g_strdup_printf (_("No figure for %s"), month);
      return;
    }
  if (card->kind == PO_VALUE_PERCENT)
    {
      delta = (now - then) * 100;
      amount = po_format_number (&self->numbers, fabs (delta), 1);
      /* Translators: a change in percentage points against a month, e.g. "+3.1 pts vs. Oct 2025" */
      card->detail = g_strdup_printf (_("%s%s pts vs. %s"), delta < 0 ? "−" : "+", amount, month);
    }
  else
    {
      delta = now / then - 1;
      amount = po_format_percent (&self->numbers, fabs (delta), 1);
      /* Translators: a relative change against a month, e.g. "+12.3% vs. Oct 2025" */
      card->detail = g_strdup_printf (_("%s%s vs. %s"), delta < 0 ? "−" : "+", amount, month);
    }
  if (fabs (delta) > 1e-9)
    card->tone = (delta > 0) == higher_is_better ? 1 : -1;
}

static void
build_cards (PoReport      *self,
             PoChartSource *source)
{
  const PoMonthSummary *s = &self->summary;
  PoReportCard *card;

  card = add_card (self, _("MRR"), po_format_currency (&self->numbers, s->mrr_cents),
                   PO_VALUE_CURRENCY, PO_COLOR_BLUE);
  fill_spark (self, card, source, 0);
  set_year_delta (self, card, TRUE);

  card = add_card (self, _("NRE (12 months)"), format_rate (self, s->nre), PO_VALUE_PERCENT,
                   PO_COLOR_GREEN);
  fill_spark (self, card, source, 1);
  if (s->nre.has_value)
    {
      g_autofree char *target = po_format_percent (&self->numbers, PO_CHART_NRE_TARGET, 0);
      gboolean reached = s->nre.value >= PO_CHART_NRE_TARGET - 1e-12;

      card->detail = g_strdup_printf (reached ? _("Target %s reached") : _("Below the %s target"), target);
      card->tone = reached ? 1 : -1;
    }
  else
    card->detail = g_strdup (_("Needs 12 months of history"));

  card = add_card (self, _("GRR (12 months)"), format_rate (self, s->grr_12m), PO_VALUE_PERCENT,
                   PO_COLOR_PURPLE);
  fill_spark (self, card, source, 2);
  set_year_delta (self, card, TRUE);

  card = add_card (self, _("Logo churn"), format_rate (self, s->logo_churn_rate), PO_VALUE_PERCENT,
                   PO_COLOR_RED);
  fill_spark (self, card, source, 3);
  set_year_delta (self, card, FALSE);

  card = add_card (self, _("ARPA"), format_cents (self, s->arpa_cents), PO_VALUE_CURRENCY,
                   PO_COLOR_BLUE);
  fill_spark (self, card, source, 4);
  set_year_delta (self, card, TRUE);

  card = add_card (self, _("CLV"), format_cents (self, s->clv_cents), PO_VALUE_CURRENCY,
                   PO_COLOR_ORANGE);
  fill_spark (self, card, source, 5);
  set_year_delta (self, card, TRUE);

  card = add_card (self, _("Quick ratio"),
                   s->quick_ratio.has_value ? po_format_number (&self->numbers, s->quick_ratio.value, 2)
                                            : g_strdup ("—"),
                   PO_VALUE_NUMBER, PO_COLOR_YELLOW);
  fill_spark (self, card, source, 6);
  card->detail = g_strdup (s->quick_ratio.has_value ? _("Growth per euro lost; 4 is strong")
                                                    : _("No churn or contraction this month"));
  if (s->quick_ratio.has_value)
    card->tone = s->quick_ratio.value >= 4 ? 1 : s->quick_ratio.value < 1 ? -1 : 0;

  card = add_card (self, _("Active accounts"), g_strdup_printf ("%u", s->active_accounts),
                   PO_VALUE_NUMBER, PO_COLOR_GRAY);
  fill_spark (self, card, source, 7);
  set_year_delta (self, card, TRUE);
}

static void
build_headline (PoReport *self)
{
  const PoMonthSummary *s = &self->summary;
  g_autofree char *mrr = po_format_currency (&self->numbers, s->mrr_cents);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  first = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "In %s, %u active account paid %s in monthly recurring revenue.",
                                        "In %s, %u active accounts paid %s in monthly recurring revenue.",
                                        s->active_accounts),
                           self->month_text, s->active_accounts, mrr);
  if (s->nre.has_value)
    {
      g_autofree char *nre = po_format_percent (&self->numbers, s->nre.value, 1);
      g_autofree char *target = po_format_percent (&self->numbers, PO_CHART_NRE_TARGET, 0);

      second = g_strdup_printf (s->nre.value >= PO_CHART_NRE_TARGET - 1e-12
                                ? _("The accounts of a year ago now pay %s of what they paid then: net revenue expansion is above the %s target.")
                                : _("The accounts of a year ago now pay %s of what they paid then: net revenue expansion is below the %s target."),
                                nre, target);
    }
  self->headline = g_strjoin (" ", first, second, NULL);
}

gboolean
_po_report_load_charts (PoReport      *self,
                        PoStore       *store,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(PoChartSource) source = NULL;
  PoMonth first_cohort = self->month - 23;
  PoMetrics *metrics;

  source = po_chart_source_load (store, self->month, cancellable, error);
  if (source == NULL)
    return FALSE;

  metrics = po_chart_source_get_metrics (source);
  po_metrics_month_summary (metrics, self->month, &self->summary);
  po_metrics_health_counts (metrics, self->month, self->summary.health);

  build_cards (self, source);
  build_headline (self);
  if (!_po_report_load_appendix (self, po_chart_source_get_settings (source), metrics, error))
    return FALSE;

  self->mrr_chart = po_chart_data_build (source, PO_CHART_MRR, self->month - 23, self->month,
                                         PO_CHART_ALL_SEGMENTS);
  self->retention_chart = po_chart_data_build (source, PO_CHART_RETENTION, self->month - 23,
                                               self->month, PO_CHART_ALL_SEGMENTS);
  self->revenue_cohorts = po_chart_data_build (source, PO_CHART_REVENUE_COHORTS, first_cohort,
                                               self->month, PO_CHART_ALL_SEGMENTS);
  self->logo_cohorts = po_chart_data_build (source, PO_CHART_LOGO_COHORTS, first_cohort,
                                            self->month, PO_CHART_ALL_SEGMENTS);

  {
    /* the cohorts' MRR a year after their start, weighted by their size */
    g_autoptr(PoCohortTable) table = po_cohorts_compute (metrics, PO_COHORT_REVENUE);
    gint64 num = 0, den = 0;

    for (guint r = 0; r < po_cohort_table_get_n_cohorts (table); r++)
      if (po_cohort_table_get_max_age (table, r) >= 12)
        {
          num += po_cohort_table_numerator (table, r, 12);
          den += po_cohort_table_denominator (table, r);
        }
    if (den > 0)
      {
        g_autofree char *ratio = po_format_percent (&self->numbers, (double) num / den, 1);

        self->cohort_note = g_strdup_printf (_("Twelve months after their start, the cohorts together pay %s of their starting MRR (revenue retention, all cohorts with a year of history). Each row is a cohort: the accounts that first paid in that month; each column a month of age."), ratio);
      }
    else
      self->cohort_note = g_strdup (_("Each row is a cohort: the accounts that first paid in that month; each column a month of age. No cohort has a year of history yet."));
  }

  return TRUE;
}

void
_po_report_draw_chart (PoChartData        *chart,
                       cairo_t            *cr,
                       double              width,
                       double              height,
                       const PoChartStyle *style)
{
  if (chart != NULL)
    po_chart_data_draw (chart, cr, width, height, style);
}

/* Journey map */

static PoJourneyMapRecord *
choose_map (PoStore  *store,
            GError  **error)
{
  g_autoptr(GPtrArray) maps = po_journey_store_list_maps (store, error);

  if (maps == NULL || maps->len == 0)
    return NULL;
  /* the first map for all segments, else the first */
  for (guint i = 0; i < maps->len; i++)
    {
      PoJourneyMapRecord *r = g_ptr_array_index (maps, i);

      if (r->segment == NULL)
        return g_ptr_array_steal_index (maps, i);
    }
  return g_ptr_array_steal_index (maps, 0);
}

gboolean
_po_report_load_journey (PoReport  *self,
                         PoStore   *store,
                         GError   **error)
{
  g_autoptr(PoJourneyMapRecord) record = NULL;
  g_autofree char *model = NULL;
  PoJourneyFilter filter;
  GError *local_error = NULL;

  record = choose_map (store, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (record != NULL)
    {
      model = g_strdup (record->phase_model);
      self->journey = po_journey_store_load (store, record->id, error);
    }
  else
    {
      model = po_store_get_setting (store, "phase_model");
      if (model == NULL || po_phase_model_builtin (model) == NULL)
        {
          g_free (model);
          model = g_strdup (PO_PHASE_MODEL_POST_SALE);
        }
      self->journey = po_journey_store_default_map (model, NULL, error);
    }
  if (self->journey == NULL)
    return FALSE;

  po_journey_filter_init (&filter);
  filter.to = po_month_last_day (self->month);
  if (!po_journey_store_fill_overlay (self->journey, store, model, &filter, error))
    return FALSE;

  self->journey_note = g_strdup_printf (_("Live overlay from the workspace up to %s: per phase the tracks in it now, the median days spent in it and the share that left it forward; arrows show the transitions between phases, their width the count."),
                                        self->month_text);
  return TRUE;
}

void
_po_report_draw_journey (PoReport *self,
                         cairo_t  *cr,
                         double    width,
                         double    height)
{
  PoJourneyRenderOptions options;
  double natural_w, natural_h, zoom;

  if (self->journey == NULL)
    return;
  po_journey_render_options_init (&options);
  options.show_title = FALSE;
  po_journey_render_natural_size (self->journey, &options, &natural_w, &natural_h);
  zoom = MIN (width / natural_w, height / natural_h);
  cairo_save (cr);
  cairo_translate (cr, (width - natural_w * zoom) / 2, 0);
  cairo_scale (cr, zoom, zoom);
  po_journey_render (self->journey, &options, cr, natural_w, natural_h);
  cairo_restore (cr);
}

/* Upgrade triggers and scenarios */

static char *
item_name (GPtrArray  *catalog,
           const char *code)
{
  for (guint i = 0; catalog != NULL && i < catalog->len; i++)
    {
      PoCatalogItem *item = g_ptr_array_index (catalog, i);

      if (g_strcmp0 (item->code, code) == 0)
        return g_strdup (item->name);
    }
  return g_strdup (code);
}

static gint64
item_price (GPtrArray  *catalog,
            const char *code)
{
  for (guint i = 0; catalog != NULL && i < catalog->len; i++)
    {
      PoCatalogItem *item = g_ptr_array_index (catalog, i);

      if (g_strcmp0 (item->code, code) == 0)
        return item->mrr_cents;
    }
  return 0;
}

static char *
step_text (GPtrArray    *catalog,
           PoPlanAction  action,
           const char   *item)
{
  g_autofree char *name = item_name (catalog, item);

  return g_strdup_printf (action == PO_ACTION_UPGRADE ? _("Upgrade to %s") : _("Add %s"), name);
}

static const char *
find_trigger (GPtrArray    *triggers,
              PoPlanAction  action,
              const char   *item)
{
  const PoScenarioTemplateStep *template;
  guint n;
  PoScenarioTrigger *best = NULL;

  for (guint i = 0; triggers != NULL && i < triggers->len; i++)
    {
      PoScenarioTrigger *t = g_ptr_array_index (triggers, i);

      if (t->action == action && g_strcmp0 (t->item, item) == 0 &&
          (best == NULL || t->n_accounts > best->n_accounts))
        best = t;
    }
  template = po_scenario_template_path (&n);
  for (guint i = 0; i < n; i++)
    if (template[i].action == action && g_strcmp0 (template[i].item, item) == 0)
      return _(template[i].trigger);
  return best != NULL ? best->trigger : "—";
}

/* Δ MRR of a path step: an upgrade's price over the tier before it on the
 * path (Operator at start), an add-on's price. */
static char *
step_delta (PoReport    *self,
            GPtrArray   *catalog,
            PoPlanAction action,
            const char  *item,
            char       **tier)
{
  gint64 delta = item_price (catalog, item);

  if (action == PO_ACTION_UPGRADE)
    {
      delta -= item_price (catalog, *tier);
      g_free (*tier);
      *tier = g_strdup (item);
    }
  {
    g_autofree char *amount = po_format_currency_whole (&self->numbers, delta);

    return g_strdup_printf ("+%s", amount);
  }
}

static PoReportTable *
steps_table (PoReport *self)
{
  const char *headers[] = { "#", _("Step"), _("Window (months)"), _("Probability"), _("Δ MRR"), _("Trigger") };
  const double widths[] = { 0.05, 0.22, 0.13, 0.12, 0.12, 0.36 };
  const PangoAlignment align[] = { PANGO_ALIGN_RIGHT, PANGO_ALIGN_LEFT, PANGO_ALIGN_CENTER,
                                   PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_LEFT };

  return _po_report_add_table (self, 6, headers, widths, align);
}

static void
add_step_row (PoReport      *self,
              PoReportTable *table,
              GPtrArray     *catalog,
              guint          index,
              PoPlanAction   action,
              const char    *item,
              int            from_month,
              int            to_month,
              double         probability,
              const char    *trigger,
              char         **tier)
{
  char **cells = g_new0 (char *, 7);

  cells[0] = g_strdup_printf ("%u", index + 1);
  cells[1] = step_text (catalog, action, item);
  cells[2] = g_strdup_printf ("%d–%d", from_month, to_month);
  cells[3] = po_format_percent (&self->numbers, probability, 0);
  cells[4] = step_delta (self, catalog, action, item, tier);
  cells[5] = g_strdup (trigger);
  _po_report_add_block (self, PO_REPORT_BLOCK_ROW, table, cells);
}

static void
build_triggers (PoReport  *self,
                GPtrArray *catalog,
                GPtrArray *triggers,
                GPtrArray *scenarios)
{
  const PoScenarioTemplateStep *template;
  PoReportTable *table;
  g_autofree char *tier = NULL;
  guint n;

  _po_report_begin_flow (self, PO_REPORT_SECTION_TRIGGERS);
  _po_report_add_text (self, PO_REPORT_BLOCK_TEXT,
                       _("Expansion follows the customer's reality, not sales pressure: every step of the expansion path is justified by a trigger in the customer's business. The window is the account's age in months since signing; the probability is the chance that the step happens within its window; Δ MRR is what the step adds to the account's monthly revenue."));

  _po_report_add_text (self, PO_REPORT_BLOCK_HEADING, _("The typical account path"));
  table = steps_table (self);
  tier = g_strdup ("operator");
  template = po_scenario_template_path (&n);
  for (guint i = 0; i < n; i++)
    add_step_row (self, table, catalog, i, template[i].action, template[i].item,
                  template[i].from_month, template[i].to_month, template[i].probability,
                  _(template[i].trigger), &tier);

  _po_report_add_text (self, PO_REPORT_BLOCK_HEADING, _("Triggers named in account plans"));
  if (triggers == NULL || triggers->len == 0)
    _po_report_add_text (self, PO_REPORT_BLOCK_NOTE, _("No account plan names a trigger yet."));
  else
    {
      const char *headers[] = { _("Step"), _("Trigger"), _("Accounts") };
      const double widths[] = { 0.3, 0.55, 0.15 };
      const PangoAlignment align[] = { PANGO_ALIGN_LEFT, PANGO_ALIGN_LEFT, PANGO_ALIGN_RIGHT };

      table = _po_report_add_table (self, 3, headers, widths, align);
      for (guint i = 0; i < triggers->len; i++)
        {
          PoScenarioTrigger *t = g_ptr_array_index (triggers, i);
          char **cells = g_new0 (char *, 4);

          cells[0] = step_text (catalog, t->action, t->item);
          cells[1] = g_strdup (t->trigger);
          cells[2] = g_strdup_printf ("%u", t->n_accounts);
          _po_report_add_block (self, PO_REPORT_BLOCK_ROW, table, cells);
        }
    }

  for (guint s = 0; s < scenarios->len; s++)
    {
      PoScenario *scenario = g_ptr_array_index (scenarios, s);
      g_autofree char *heading = g_strdup_printf (_("Scenario “%s”"), po_scenario_get_name (scenario));
      g_autofree char *start = po_format_month (&self->numbers, po_scenario_get_start_month (scenario),
                                                PO_MONTH_FORMAT_SHORT_YEAR);
      g_autofree char *churn = po_format_percent (&self->numbers, po_scenario_get_churn (scenario, NULL), 1);
      g_autofree char *note = g_strdup_printf (_("From %s for %u months; monthly churn %s unless a tier has its own rate."),
                                               start, po_scenario_get_months (scenario), churn);

      _po_report_add_text (self, PO_REPORT_BLOCK_HEADING, heading);
      _po_report_add_text (self, PO_REPORT_BLOCK_NOTE, note);
      table = steps_table (self);
      g_free (tier);
      tier = g_strdup ("operator");
      for (guint i = 0; i < po_scenario_get_n_steps (scenario); i++)
        {
          const PoScenarioPathStep *step = po_scenario_get_step (scenario, i);

          add_step_row (self, table, catalog, i, step->action, step->item, step->from_month,
                        step->to_month, step->probability,
                        find_trigger (triggers, step->action, step->item), &tier);
        }
    }
  _po_report_end_flow (self, PO_REPORT_SECTION_TRIGGERS);
}

static PoReportScenario *
project_scenario (PoStore     *store,
                  PoScenario  *scenario,
                  GError     **error)
{
  g_autoptr(PoScenarioProjection) projection = po_scenario_store_project (store, scenario, error);
  PoReportScenario *out;
  guint n;

  if (projection == NULL)
    return NULL;
  n = po_scenario_projection_get_n_months (projection);
  out = g_new0 (PoReportScenario, 1);
  out->name = g_strdup (po_scenario_get_name (scenario));
  out->start_month = po_scenario_get_start_month (scenario);
  out->months = n;
  out->mrr = g_new (double, n + 1);
  out->nre = g_new (double, n + 1);
  out->mrr[0] = po_scenario_projection_get_start_mrr_cents (projection);
  out->nre[0] = NAN;
  for (guint t = 1; t <= n; t++)
    {
      const PoScenarioMonth *m = po_scenario_projection_get_month (projection, t);

      out->mrr[t] = m->mrr_cents;
      out->nre[t] = m->has_nre ? m->nre : NAN;
    }
  return out;
}

static void
build_crossings (PoReport *self)
{
  g_autofree char *target = po_format_percent (&self->numbers, PO_CHART_NRE_TARGET, 0);
  g_autofree char *reaches = g_strdup_printf (_("NRE reaches %s"), target);
  const char *headers[] = { _("Scenario"), _("MRR at start"), _("MRR at end"),
                            _("NRE after 12 months"), _("NRE at end"), reaches };
  const double widths[] = { 0.2, 0.15, 0.15, 0.14, 0.12, 0.24 };
  const PangoAlignment align[] = { PANGO_ALIGN_LEFT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT,
                                   PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_LEFT };
  PoReportTable *table = _po_report_add_table (self, 6, headers, widths, align);

  _po_report_begin_flow (self, PO_REPORT_SECTION_SCENARIOS);
  for (guint s = 0; s < self->scenarios->len; s++)
    {
      PoReportScenario *sc = g_ptr_array_index (self->scenarios, s);
      char **cells = g_new0 (char *, 7);
      int crossing = -1;

      for (guint t = 12; t <= sc->months && crossing < 0; t++)
        if (!isnan (sc->nre[t]) && sc->nre[t] >= PO_CHART_NRE_TARGET - 1e-12)
          crossing = (int) t;

      cells[0] = g_strdup (sc->name);
      cells[1] = po_format_currency_whole (&self->numbers, po_scenario_round_cents (sc->mrr[0]));
      cells[2] = po_format_currency_whole (&self->numbers, po_scenario_round_cents (sc->mrr[sc->months]));
      cells[3] = sc->months >= 12 && !isnan (sc->nre[12]) ? po_format_percent (&self->numbers, sc->nre[12], 1)
                                                           : g_strdup ("—");
      cells[4] = !isnan (sc->nre[sc->months]) ? po_format_percent (&self->numbers, sc->nre[sc->months], 1)
                                              : g_strdup ("—");
      if (crossing > 0)
        {
          g_autofree char *month = po_format_month (&self->numbers, sc->start_month + crossing,
                                                    PO_MONTH_FORMAT_SHORT_YEAR);

          /* Translators: "Mar 2028 (month 17)" */
          cells[5] = g_strdup_printf (_("%s (month %d)"), month, crossing);
        }
      else
        cells[5] = g_strdup_printf (_("not within %u months"), sc->months);
      _po_report_add_block (self, PO_REPORT_BLOCK_ROW, table, cells);
    }
  if (self->scenarios->len == 0)
    _po_report_add_text (self, PO_REPORT_BLOCK_NOTE, _("The workspace has no scenario yet: add one in the planner."));
  _po_report_end_flow (self, PO_REPORT_SECTION_SCENARIOS);
}

gboolean
_po_report_load_plans (PoReport  *self,
                       PoStore   *store,
                       GError   **error)
{
  g_autoptr(GPtrArray) catalog = po_store_list_catalog_item (store, 0, error);
  g_autoptr(GPtrArray) triggers = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) po_scenario_unref);
  int last = G_MININT;

  if (catalog == NULL)
    return FALSE;
  triggers = po_scenario_store_list_triggers (store, error);
  if (triggers == NULL)
    return FALSE;
  records = po_store_list_scenario_record (store, 0, error);
  if (records == NULL)
    return FALSE;

  self->scenario_first = G_MAXINT;
  for (guint i = 0; i < records->len && i < MAX_SCENARIOS; i++)
    {
      PoScenarioRecord *record = g_ptr_array_index (records, i);
      PoScenario *scenario = po_scenario_store_load (store, record->id, error);
      PoReportScenario *projected;

      if (scenario == NULL)
        return FALSE;
      g_ptr_array_add (scenarios, scenario);
      projected = project_scenario (store, scenario, error);
      if (projected == NULL)
        return FALSE;
      self->scenario_first = MIN (self->scenario_first, projected->start_month);
      last = MAX (last, projected->start_month + (int) projected->months);
      g_ptr_array_add (self->scenarios, projected);
    }
  self->scenario_months = self->scenarios->len > 0 ? (guint) (last - self->scenario_first + 1) : 0;

  build_triggers (self, catalog, triggers, scenarios);
  build_crossings (self);
  return TRUE;
}

void
_po_report_draw_scenario_chart (PoReport *self,
                                cairo_t  *cr,
                                gboolean  nre,
                                double    width,
                                double    height)
{
  guint n = self->scenarios->len;
  guint months = self->scenario_months;
  g_autofree PoChartSeries *series = g_new0 (PoChartSeries, MAX (n, 1));
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  PoChartLine line;

  for (guint s = 0; s < n; s++)
    {
      PoReportScenario *sc = g_ptr_array_index (self->scenarios, s);
      double *v = g_new (double, MAX (months, 1));
      int offset = sc->start_month - self->scenario_first;

      for (guint i = 0; i < months; i++)
        v[i] = NAN;
      for (guint t = 0; t <= sc->months; t++)
        v[offset + (int) t] = nre ? sc->nre[t] : sc->mrr[t];
      g_ptr_array_add (values, v);
      series[s] = (PoChartSeries) { .label = sc->name, .values = v, .color = PO_COLOR_AUTO };
    }

  line = (PoChartLine) {
    .title = nre ? _("Expected NRE by scenario") : _("Expected MRR by scenario"),
    .first_month = n > 0 ? self->scenario_first : self->month,
    .n_months = n > 0 ? months : 0,
    .kind = nre ? PO_VALUE_PERCENT : PO_VALUE_CURRENCY,
    .series = series,
    .n_series = n,
    .zero_based = !nre,
    .has_target = nre,
    .target = PO_CHART_NRE_TARGET,
    .target_label = nre ? _("Target") : NULL,
  };
  po_chart_line_draw (cr, width, height, &line, &self->chart_style);
}
