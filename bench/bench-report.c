/* bench-report.c — the data room report against its charts alone
 * (issue budget: the whole report ≤ 3× its charts).
 *
 * Usage: bench-report WORKSPACE.peakone [MONTH]
 * Prints "report <ms>": build the report from the workspace and write
 * every page to a PDF; and "report-charts <ms>": load the chart source
 * and draw the same charts (KPI sparklines, MRR, NRE/GRR, both cohort
 * heatmaps, the journey map, the scenario lines) to a PDF surface without
 * the rest of the report.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <locale.h>

/* first: it renames core's journey records (see the header) */
#include "po-journey-store.h"

#include "bench-util.h"
#include "po-chart-data.h"
#include "po-journey-render.h"
#include "po-phase-model.h"
#include "po-report.h"
#include "po-scenario-store.h"

#define A4_W 595.2756
#define A4_H 841.8898

static double
time_report (PoStore    *store,
             PoMonth     month,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoReport) report = NULL;
  gint64 start = bench_now ();

  report = po_report_new (store, month, "en", NULL, &error);
  if (report == NULL || !po_report_write_pdf (report, path, NULL, NULL, NULL, &error))
    g_error ("report: %s", error->message);
  return (bench_now () - start) / 1000.0;
}

static void
draw_chart (cairo_t            *cr,
            PoChartData        *chart,
            double              w,
            double              h,
            const PoChartStyle *style)
{
  po_chart_data_draw (chart, cr, w, h, style);
  cairo_show_page (cr);
  po_chart_data_unref (chart);
}

static double
time_charts (PoStore    *store,
             PoMonth     month,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoChartSource) source = NULL;
  g_autoptr(PoJourneyMap) map = NULL;
  g_autoptr(GPtrArray) records = NULL;
  cairo_surface_t *surface;
  PoJourneyRenderOptions options;
  PoJourneyFilter filter;
  PoNumberStyle numbers;
  PoChartStyle style;
  cairo_t *cr;
  gint64 start = bench_now ();
  static const PoTileKpi sparks[] = { PO_TILE_KPI_MRR, PO_TILE_KPI_NRE, PO_TILE_KPI_GRR, PO_TILE_KPI_LOGO_CHURN, PO_TILE_KPI_QUICK_RATIO };

  po_number_style_for_language (&numbers, "en");
  po_chart_style_init (&style, FALSE, &numbers);
  surface = cairo_pdf_surface_create (path, A4_W, A4_H);
  cr = cairo_create (surface);

  source = po_chart_source_load (store, month, NULL, &error);
  if (source == NULL)
    g_error ("charts: %s", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (sparks); i++)
    draw_chart (cr, po_chart_data_build_sparkline (source, sparks[i], month - 23, month, -1),
                100, 30, &style);
  draw_chart (cr, po_chart_data_build (source, PO_CHART_MRR, month - 23, month, -1), 500, 250, &style);
  draw_chart (cr, po_chart_data_build (source, PO_CHART_RETENTION, month - 23, month, -1), 500, 250, &style);
  draw_chart (cr, po_chart_data_build (source, PO_CHART_REVENUE_COHORTS, month - 23, month, -1), 500, 330, &style);
  draw_chart (cr, po_chart_data_build (source, PO_CHART_LOGO_COHORTS, month - 23, month, -1), 500, 330, &style);

  /* the journey map with its overlay */
  map = po_journey_store_default_map (PO_PHASE_MODEL_POST_SALE, NULL, &error);
  po_journey_filter_init (&filter);
  filter.to = po_month_last_day (month);
  if (map == NULL || !po_journey_store_fill_overlay (map, store, PO_PHASE_MODEL_POST_SALE, &filter, &error))
    g_error ("journey: %s", error->message);
  po_journey_render_options_init (&options);
  cairo_pdf_surface_set_size (surface, A4_H, A4_W);
  po_journey_render (map, &options, cr, A4_H, A4_W);
  cairo_show_page (cr);
  cairo_pdf_surface_set_size (surface, A4_W, A4_H);

  /* every scenario's expected MRR */
  records = po_store_list_scenario_record (store, 0, &error);
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      PoScenarioRecord *record = g_ptr_array_index (records, i);
      g_autoptr(PoScenario) scenario = po_scenario_store_load (store, record->id, &error);
      g_autoptr(PoScenarioProjection) projection = scenario != NULL ? po_scenario_store_project (store, scenario, &error) : NULL;
      guint n = projection != NULL ? po_scenario_projection_get_n_months (projection) : 0;
      g_autofree double *values = g_new (double, n + 1);
      PoChartSeries series = { .label = record->name, .values = values };
      PoChartLine line = { .title = record->name, .first_month = po_scenario_get_start_month (scenario),
                           .n_months = n + 1, .kind = PO_VALUE_CURRENCY, .series = &series, .n_series = 1 };

      if (projection == NULL)
        g_error ("scenario: %s", error->message);
      values[0] = po_scenario_projection_get_start_mrr_cents (projection);
      for (guint t = 1; t <= n; t++)
        values[t] = po_scenario_projection_get_month (projection, t)->mrr_cents;
      po_chart_line_draw (cr, 500, 200, &line, &style);
    }
  cairo_show_page (cr);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return (bench_now () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoStore) store = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *report_pdf = NULL;
  g_autofree char *charts_pdf = NULL;
  double report_ms = G_MAXDOUBLE, charts_ms = G_MAXDOUBLE;
  PoMonth month;

  setlocale (LC_ALL, "");
  if (argc < 2)
    {
      g_printerr ("usage: bench-report WORKSPACE.peakone [YYYY-MM]\n");
      return 2;
    }
  store = po_store_open (argv[1], PO_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    {
      g_printerr ("bench-report: %s\n", error->message);
      return 1;
    }
  if (argc < 3 || !po_month_parse (argv[2], &month))
    month = po_report_default_month (store);

  dir = g_dir_make_tmp ("bench-report-XXXXXX", &error);
  g_assert_no_error (error);
  report_pdf = g_build_filename (dir, "report.pdf", NULL);
  charts_pdf = g_build_filename (dir, "charts.pdf", NULL);

  /* one warm-up each (fonts, page cache), then the best of three */
  time_charts (store, month, charts_pdf);
  time_report (store, month, report_pdf);
  for (int r = 0; r < 3; r++)
    {
      charts_ms = MIN (charts_ms, time_charts (store, month, charts_pdf));
      report_ms = MIN (report_ms, time_report (store, month, report_pdf));
    }
  printf ("report %.3f\n", report_ms);
  printf ("report-charts %.3f\n", charts_ms);
  fflush (stdout);

  g_unlink (report_pdf);
  g_unlink (charts_pdf);
  g_rmdir (dir);
  return 0;
}
