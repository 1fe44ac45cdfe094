/* po-cli-render-charts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart targets of `peak-one-cli render`: mrr (MRR with its
 * movements), nre (NRE and GRR against the 120 % target), health (accounts
 * by health band), cohorts (revenue and logo retention), renewals (the
 * next 180 days) and scenarios (every scenario's expected MRR).
 */

#define G_LOG_DOMAIN "po-cli"

#include "config.h"

#include "po-cli-render-charts.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "po-chart-data.h"
#include "po-render.h"
#include "po-scenario-store.h"

#define DEFAULT_WIDTH   1200
#define DEFAULT_HEIGHT  675
#define COHORT_MONTHS   24
#define MAX_SCENARIOS   8
#define TITLE_HEIGHT    40

typedef struct
{
  PoChartData  *charts[2];
  double        split;          /* share of the height of the first chart */
  PoChartStyle  style;
} Page;

/* A title band; returns its height. */
static double
draw_title (cairo_t            *cr,
            const char         *title,
            double              width,
            const PoChartStyle *style)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (style->font_family);
  double band = TITLE_HEIGHT * style->font_scale;

  cairo_save (cr);
  po_color_set_source (cr, po_palette_color (&style->palette, PO_COLOR_BACKGROUND));
  cairo_rectangle (cr, 0, 0, width, band);
  cairo_fill (cr);
  pango_font_description_set_absolute_size (font, 16 * style->font_scale * PANGO_SCALE);
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, title, -1);
  po_color_set_source (cr, po_palette_color (&style->palette, PO_COLOR_FOREGROUND));
  cairo_move_to (cr, 14 * style->font_scale, 12 * style->font_scale);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
  return band;
}

static void
draw_titled (cairo_t            *cr,
             PoChartData        *chart,
             double              width,
             double              height,
             const PoChartStyle *style)
{
  double band = draw_title (cr, po_chart_data_get_title (chart), width, style);

  cairo_save (cr);
  cairo_translate (cr, 0, band);
  po_chart_data_draw (chart, cr, width, MAX (height - band, 1), style);
  cairo_restore (cr);
}

static void
page_draw (cairo_t  *cr,
           double    width,
           double    height,
           gpointer  user_data)
{
  Page *page = user_data;
  double top = page->charts[1] != NULL ? round (height * page->split) : height;

  draw_titled (cr, page->charts[0], width, top, &page->style);
  if (page->charts[1] != NULL)
    {
      cairo_save (cr);
      cairo_translate (cr, 0, top);
      draw_titled (cr, page->charts[1], width, height - top, &page->style);
      cairo_restore (cr);
    }
}

static void
style_init (PoChartStyle     *style,
            const PoSettings *settings)
{
  PoNumberStyle numbers;

  po_number_style_default (&numbers);
  if (settings != NULL && settings->currency != NULL)
    po_number_style_set_currency (&numbers, settings->currency);
  po_chart_style_init (style, FALSE, &numbers);
}

static gboolean
request_month (const PoCliRenderRequest  *request,
               PoMonth                   *month,
               GError                   **error)
{
  if (request->month == NULL)
    {
      /* the last complete month */
      *month = po_month_of_day (po_day_today ()) - 1;
      return TRUE;
    }
  if (!po_month_parse (request->month, month))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--month: “%s” is not a month (YYYY-MM)"), request->month);
      return FALSE;
    }
  return TRUE;
}

static int
request_segment (const PoCliRenderRequest *request)
{
  int segment = PO_CHART_ALL_SEGMENTS;

  if (request->segment != NULL && !po_enum_parse (&po_segment_enum, request->segment, &segment))
    segment = PO_CHART_ALL_SEGMENTS;
  return segment;
}

static gboolean
write_page (const PoCliRenderRequest  *request,
            Page                      *page,
            GError                   **error)
{
  double width = request->width > 0 ? request->width : DEFAULT_WIDTH;
  double height = request->height > 0 ? request->height : DEFAULT_HEIGHT;

  return po_render_to_file (request->output, width, height, page_draw, page, error);
}

static gboolean
render_charts (const PoCliRenderRequest  *request,
               PoChartId                  first_id,
               int                        second_id,
               double                     split,
               int                        history,
               GError                   **error)
{
  g_autoptr(PoChartSource) source = NULL;
  Page page = { { NULL, NULL }, split };
  PoMonth month, first;
  int segment = request_segment (request);
  gboolean ok;

  if (!request_month (request, &month, error))
    return FALSE;
  source = po_chart_source_load (request->store, month, NULL, error);
  if (source == NULL)
    return FALSE;

  first = history > 0 ? month - history + 1 : po_chart_source_get_first_month (source);
  page.charts[0] = po_chart_data_build (source, first_id, first, month, segment);
  if (second_id >= 0)
    page.charts[1] = po_chart_data_build (source, (PoChartId) second_id, first, month, segment);
  style_init (&page.style, po_chart_source_get_settings (source));

  ok = write_page (request, &page, error);
  g_clear_pointer (&page.charts[0], po_chart_data_unref);
  g_clear_pointer (&page.charts[1], po_chart_data_unref);
  return ok;
}

gboolean
po_cli_render_mrr (const PoCliRenderRequest  *request,
                   GError                   **error)
{
  return render_charts (request, PO_CHART_MRR, PO_CHART_MOVEMENTS, 0.55, 0, error);
}

gboolean
po_cli_render_nre (const PoCliRenderRequest  *request,
                   GError                   **error)
{
  return render_charts (request, PO_CHART_RETENTION, -1, 1.0, 0, error);
}

gboolean
po_cli_render_health (const PoCliRenderRequest  *request,
                      GError                   **error)
{
  return render_charts (request, PO_CHART_HEALTH_DISTRIBUTION, -1, 1.0, 0, error);
}

gboolean
po_cli_render_cohorts (const PoCliRenderRequest  *request,
                       GError                   **error)
{
  return render_charts (request, PO_CHART_REVENUE_COHORTS, PO_CHART_LOGO_COHORTS, 0.5,
                        COHORT_MONTHS, error);
}

gboolean
po_cli_render_renewals (const PoCliRenderRequest  *request,
                        GError                   **error)
{
  return render_charts (request, PO_CHART_RENEWALS, -1, 1.0, 0, error);
}

/* scenarios */

typedef struct
{
  PoChartLine   line;
  PoChartStyle  style;
} LinePage;

static void
line_page_draw (cairo_t  *cr,
                double    width,
                double    height,
                gpointer  user_data)
{
  LinePage *page = user_data;
  double band = draw_title (cr, page->line.title, width, &page->style);

  cairo_translate (cr, 0, band);
  po_chart_line_draw (cr, width, MAX (height - band, 1), &page->line, &page->style);
}

gboolean
po_cli_render_scenarios (const PoCliRenderRequest  *request,
                         GError                   **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) projections = g_ptr_array_new_with_free_func ((GDestroyNotify) po_scenario_projection_unref);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  PoChartSeries series[MAX_SCENARIOS];
  PoSettings settings;
  LinePage page = { { 0 } };
  int first = G_MAXINT, last = G_MININT;
  int starts[MAX_SCENARIOS];
  gboolean ok;

  records = po_store_list_scenario_record (request->store, 0, error);
  if (records == NULL)
    return FALSE;

  for (guint i = 0; i < records->len && projections->len < MAX_SCENARIOS; i++)
    {
      PoScenarioRecord *record = g_ptr_array_index (records, i);
      g_autoptr(PoScenario) scenario = po_scenario_store_load (request->store, record->id, error);
      PoScenarioProjection *projection;
      int start;

      if (scenario == NULL)
        return FALSE;
      projection = po_scenario_store_project (request->store, scenario, error);
      if (projection == NULL)
        return FALSE;
      start = po_scenario_get_start_month (scenario);
      starts[projections->len] = start;
      first = MIN (first, start);
      last = MAX (last, start + (int) po_scenario_projection_get_n_months (projection));
      g_ptr_array_add (projections, projection);
    }

  /* one line per scenario from its start month (t = 0) to its end */
  for (guint s = 0; s < projections->len; s++)
    {
      PoScenarioProjection *projection = g_ptr_array_index (projections, s);
      guint n = (guint) (last - first + 1);
      double *v = g_new (double, n);

      for (guint i = 0; i < n; i++)
        v[i] = NAN;
      v[starts[s] - first] = po_scenario_projection_get_start_mrr_cents (projection);
      for (guint t = 1; t <= po_scenario_projection_get_n_months (projection); t++)
        v[starts[s] - first + (int) t] = po_scenario_projection_get_month (projection, t)->mrr_cents;
      g_ptr_array_add (values, v);
      series[s] = (PoChartSeries) {
        .label = po_scenario_projection_get_name (projection),
        .values = v,
        .color = PO_COLOR_AUTO,
      };
    }

  page.line = (PoChartLine) {
    .title = _("Expected MRR by scenario"),
    .first_month = projections->len > 0 ? first : 0,
    .n_months = projections->len > 0 ? (guint) (last - first + 1) : 0,
    .kind = PO_VALUE_CURRENCY,
    .series = series,
    .n_series = projections->len,
    .zero_based = TRUE,
  };

  if (!po_settings_load (&settings, request->store, error))
    {
      po_settings_clear (&settings);
      return FALSE;
    }
  style_init (&page.style, &settings);
  po_settings_clear (&settings);

  ok = po_render_to_file (request->output,
                          request->width > 0 ? request->width : DEFAULT_WIDTH,
                          request->height > 0 ? request->height : DEFAULT_HEIGHT,
                          line_page_draw, &page, error);
  return ok;
}
