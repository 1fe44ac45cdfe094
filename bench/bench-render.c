/* bench-render.c — redraw of every dashboard chart and of the default
 * journey map at 1920×1080 (DESIGN.md §9).
 *
 * The workspace's metrics and health are loaded once, every chart's data
 * is built and decimated to the width once; only the redraws are timed,
 * 20 each, into an image surface. Prints "<chart> <ms per redraw>".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

/* first: it renames core's journey records (see the header) */
#include "po-journey-store.h"

#include "bench-util.h"
#include "po-chart-data.h"
#include "po-journey-render.h"
#include "po-phase-model.h"

#define WIDTH  1920
#define HEIGHT 1080
#define REPEAT 20

static const struct
{
  const char *name;
  PoChartId   id;
} charts[] = {
  { "mrr", PO_CHART_MRR },
  { "movements", PO_CHART_MOVEMENTS },
  { "nre", PO_CHART_RETENTION },
  { "logo-churn", PO_CHART_LOGO_CHURN },
  { "quick-ratio", PO_CHART_QUICK_RATIO },
  { "revenue-cohorts", PO_CHART_REVENUE_COHORTS },
  { "logo-cohorts", PO_CHART_LOGO_COHORTS },
  { "health", PO_CHART_HEALTH_DISTRIBUTION },
  { "renewals", PO_CHART_RENEWALS },
};

typedef void (*DrawFunc) (cairo_t *cr, gpointer data);

static void
time_redraw (const char *name,
             DrawFunc    draw,
             gpointer    data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  gint64 start;

  /* one warm-up draw loads the fonts */
  draw (cr, data);
  start = bench_now ();
  for (int r = 0; r < REPEAT; r++)
    {
      draw (cr, data);
      cairo_surface_flush (surface);
    }
  printf ("%s %.3f\n", name, (bench_now () - start) / 1000.0 / REPEAT);
  fflush (stdout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static PoChartStyle style;

static void
draw_chart (cairo_t  *cr,
            gpointer  data)
{
  po_chart_data_draw (data, cr, WIDTH, HEIGHT, &style);
}

static void
draw_journey (cairo_t  *cr,
              gpointer  data)
{
  po_journey_render_draw (data, cr);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoStore) store = NULL;
  g_autoptr(PoChartSource) source = NULL;
  g_autoptr(PoJourneyMap) map = NULL;
  g_autoptr(PoJourneyLayout) layout = NULL;
  g_autofree char *model = NULL;
  PoJourneyRenderOptions options;
  PoJourneyFilter filter;
  PoMonth last;

  setlocale (LC_ALL, "");
  if (argc != 2)
    {
      g_printerr ("usage: bench-render WORKSPACE.peakone\n");
      return 2;
    }
  store = po_store_open (argv[1], PO_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    goto fail;

  /* the last complete month with data */
  last = po_month_of_day (po_day_today ()) - 1;
  source = po_chart_source_load (store, last, NULL, &error);
  if (source == NULL)
    goto fail;
  po_chart_style_init (&style, FALSE, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      g_autoptr(PoChartData) chart = po_chart_data_build (source, charts[i].id,
                                                          po_chart_source_get_first_month (source),
                                                          last, PO_CHART_ALL_SEGMENTS);

      po_chart_data_decimate (chart, WIDTH);
      time_redraw (charts[i].name, draw_chart, chart);
    }

  model = po_store_get_setting (store, "phase_model");
  if (model == NULL || po_phase_model_builtin (model) == NULL)
    {
      g_free (model);
      model = g_strdup (PO_PHASE_MODEL_POST_SALE);
    }
  map = po_journey_store_default_map (model, NULL, &error);
  if (map == NULL)
    goto fail;
  po_journey_filter_init (&filter);
  if (!po_journey_store_fill_overlay (map, store, model, &filter, &error))
    goto fail;
  po_journey_render_options_init (&options);
  layout = po_journey_layout_new (map, &options, WIDTH, HEIGHT);
  time_redraw ("journey-map", draw_journey, layout);
  return 0;

fail:
  g_printerr ("bench-render: %s\n", error->message);
  return 1;
}
