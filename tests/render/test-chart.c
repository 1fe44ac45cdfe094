/* test-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "po-chart-bars.h"
#include "po-chart-distribution.h"
#include "po-chart-heatmap.h"
#include "po-chart-line.h"
#include "po-chart-sparkline.h"
#include "po-render.h"

#define N_MONTHS 24
#define N_COHORTS 8

static PoChartStyle style;
static PoNumberStyle en;
static char *tmpdir;

static double mrr[N_MONTHS], nre[N_MONTHS];
static double mv_new[N_MONTHS], mv_exp[N_MONTHS], mv_con[N_MONTHS], mv_churn[N_MONTHS], mv_net[N_MONTHS];
static double h_green[N_MONTHS], h_yellow[N_MONTHS], h_red[N_MONTHS];
static double cells[N_COHORTS * N_COHORTS];
static int cohort_months[N_COHORTS];

static PoChartSeries line_series[2];
static PoChartBand bands[3];
static PoChartLine line_data;
static PoChartSeries bar_series[4];
static PoChartBars bars_data;
static PoChartSeries dist_series[3];
static PoChartDistribution dist_data;
static PoChartHeatmap heat_data;
static PoChartSparkline spark_data;

typedef struct
{
  const char   *name;
  PoRenderFunc  draw;
  gconstpointer data;
  const char   *label;   /* text that must reach the PDF; NULL: none */
  double        width;
  double        height;
} ChartCase;

static void draw_line (cairo_t *cr, double w, double h, gpointer p) { po_chart_line_draw (cr, w, h, p, &style); }
static void draw_bars (cairo_t *cr, double w, double h, gpointer p) { po_chart_bars_draw (cr, w, h, p, &style); }
static void draw_dist (cairo_t *cr, double w, double h, gpointer p) { po_chart_distribution_draw (cr, w, h, p, &style); }
static void draw_heat (cairo_t *cr, double w, double h, gpointer p) { po_chart_heatmap_draw (cr, w, h, p, &style); }
static void draw_spark (cairo_t *cr, double w, double h, gpointer p) { po_chart_sparkline_draw (cr, w, h, p, &style); }

static const PoChartLegendItem legend_items[] = {
  { "Healthy", { 0.15, 0.64, 0.41, 1 }, PO_LEGEND_SWATCH_BOX },
  { "Target", { 0.5, 0.24, 0.6, 1 }, PO_LEGEND_SWATCH_DASH },
};
static const PoChartLegend legend_data = { legend_items, G_N_ELEMENTS (legend_items) };

static void
draw_legend (cairo_t *cr, double w, double h, gpointer p)
{
  po_chart_legend_draw (cr, w, h, p, &style);
}

static const ChartCase cases[] = {
  { "line", draw_line, &line_data, "2023", 640, 320 },
  { "bars", draw_bars, &bars_data, "Expansion", 640, 320 },
  { "distribution", draw_dist, &dist_data, "Yellow", 640, 320 },
  { "heatmap", draw_heat, &heat_data, "Months since start", 640, 360 },
  { "sparkline", draw_spark, &spark_data, NULL, 120, 32 },
  { "legend", draw_legend, &legend_data, "Healthy", 320, 40 },
};

static void
fill_data (void)
{
  int first = po_month_index (2023, 1);

  for (guint i = 0; i < N_MONTHS; i++)
    {
      mrr[i] = 1234500 + 100000.0 * i;
      nre[i] = i < 12 ? NAN : 1.0 + 0.01 * i;
      mv_new[i] = 150000.0 + 10000.0 * (i % 3);
      mv_exp[i] = 50000;
      mv_con[i] = -20000;
      mv_churn[i] = -(30000.0 + 5000.0 * (i % 5));
      mv_net[i] = mv_new[i] + mv_exp[i] + mv_con[i] + mv_churn[i];
      h_green[i] = 20 + i;
      h_yellow[i] = 10;
      h_red[i] = i % 2 ? 5 : 0;
    }
  mrr[N_MONTHS - 1] = 2345600;

  line_series[0] = (PoChartSeries) { .label = "MRR", .values = mrr, .color = PO_COLOR_BLUE };
  line_series[1] = (PoChartSeries) { .label = "Forecast", .values = nre, .dashed = TRUE };
  line_data = (PoChartLine) { .title = "MRR", .first_month = first, .n_months = N_MONTHS,
                              .kind = PO_VALUE_CURRENCY, .series = line_series, .n_series = 1,
                              .area = TRUE };

  bands[0] = (PoChartBand) { 0, 40, PO_COLOR_HEALTH_RED, "Red" };
  bands[1] = (PoChartBand) { 40, 70, PO_COLOR_HEALTH_YELLOW, "Yellow" };
  bands[2] = (PoChartBand) { 70, 100, PO_COLOR_HEALTH_GREEN, "Green" };

  bar_series[0] = (PoChartSeries) { .label = "New", .values = mv_new, .color = PO_COLOR_NEW };
  bar_series[1] = (PoChartSeries) { .label = "Expansion", .values = mv_exp, .color = PO_COLOR_EXPANSION };
  bar_series[2] = (PoChartSeries) { .label = "Contraction", .values = mv_con, .color = PO_COLOR_CONTRACTION };
  bar_series[3] = (PoChartSeries) { .label = "Churn", .values = mv_churn, .color = PO_COLOR_CHURN };
  bars_data = (PoChartBars) { .title = "MRR movements", .first_month = first, .n_months = N_MONTHS,
                              .kind = PO_VALUE_CURRENCY, .series = bar_series, .n_series = 4,
                              .net = mv_net, .net_label = "Net" };

  dist_series[0] = (PoChartSeries) { .label = "Red", .values = h_red, .color = PO_COLOR_HEALTH_RED };
  dist_series[1] = (PoChartSeries) { .label = "Yellow", .values = h_yellow, .color = PO_COLOR_HEALTH_YELLOW };
  dist_series[2] = (PoChartSeries) { .label = "Green", .values = h_green, .color = PO_COLOR_HEALTH_GREEN };
  dist_data = (PoChartDistribution) { .title = "Accounts by health", .first_month = first,
                                      .n_months = N_MONTHS, .series = dist_series, .n_series = 3 };

  for (guint r = 0; r < N_COHORTS; r++)
    {
      cohort_months[r] = first + (int) r;
      for (guint c = 0; c < N_COHORTS; c++)
        cells[r * N_COHORTS + c] = c + r < N_COHORTS ? pow (0.9, c) : NAN;
    }
  heat_data = (PoChartHeatmap) { .title = "Logo retention", .n_rows = N_COHORTS, .n_cols = N_COHORTS,
                                 .row_months = cohort_months, .values = cells, .kind = PO_VALUE_PERCENT };

  spark_data = (PoChartSparkline) { .title = "MRR", .values = mrr, .n_values = N_MONTHS,
                                    .kind = PO_VALUE_CURRENCY, .area = TRUE, .monthly = TRUE,
                                    .first_month = first };
}

/* Pixels that differ from the background by more than a little. */
static guint
count_ink (cairo_surface_t *surface,
           PoColor          background)
{
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data;
  int br = (int) round (background.red * 255), bg = (int) round (background.green * 255), bb = (int) round (background.blue * 255);
  guint n = 0;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 p = *(const guint32 *) (gconstpointer) (data + y * stride + x * 4);
        int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

        if (ABS (r - br) + ABS (g - bg) + ABS (b - bb) > 24)
          n++;
      }
  return n;
}

static char *
render (const ChartCase *c,
        const char      *extension)
{
  g_autoptr(GError) error = NULL;
  char *path = g_strdup_printf ("%s/chart-%s.%s", tmpdir, c->name, extension);

  g_assert_true (po_render_to_file (path, c->width, c->height, c->draw, (gpointer) c->data, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_png (gconstpointer user_data)
{
  const ChartCase *c = user_data;
  g_autofree char *path = render (c, "png");
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);
  guint ink;

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, (int) c->width);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, (int) c->height);
  ink = count_ink (surface, po_palette_color (&style.palette, PO_COLOR_BACKGROUND));
  g_test_message ("%s: %u of %d pixels drawn", c->name, ink, (int) (c->width * c->height));
  g_assert_cmpuint (ink, >, c->width * c->height / 200);
  cairo_surface_destroy (surface);
}

static char *
pdf_text (const char *path)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  const char *argv[] = { pdftotext, path, "-", NULL };
  char *out = NULL;
  int status = 0;

  if (pdftotext == NULL)
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_pdf (gconstpointer user_data)
{
  const ChartCase *c = user_data;
  g_autofree char *path = render (c, "pdf");
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  if (c->label == NULL)
    return;
  text = pdf_text (path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext not installed");
      return;
    }
  g_test_message ("%s: %s", c->name, text);
  g_assert_nonnull (strstr (text, c->label));
}

static void
test_svg (gconstpointer user_data)
{
  const ChartCase *c = user_data;
  g_autofree char *path = render (c, "svg");
  g_autofree char *contents = NULL;
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "</svg>"));

  if (xmllint != NULL)
    {
      const char *argv[] = { xmllint, "--noout", path, NULL };
      g_autoptr(GError) error = NULL;
      int status = 0;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT,
                                   NULL, NULL, NULL, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }
}

/* Empty data */

static void
draw_empty_all (cairo_t  *cr,
                double    w,
                double    h,
                gpointer  user_data)
{
  PoChartLine line = { .title = "MRR", .n_months = 0 };
  double nans[3] = { NAN, NAN, NAN };
  PoChartSeries s = { .label = "NRE", .values = nans };
  PoChartLine nan_line = { .first_month = 0, .n_months = 3, .series = &s, .n_series = 1 };
  PoChartBars bars = { .n_months = 3, .series = &s, .n_series = 1 };
  PoChartDistribution dist = { .n_months = 3, .series = &s, .n_series = 1 };
  PoChartHeatmap heat = { .n_rows = 1, .n_cols = 3, .values = nans };
  PoChartSparkline spark = { .values = nans, .n_values = 3 };
  PoChartSparkline spark_none = { 0 };
  int kind = GPOINTER_TO_INT (user_data);

  switch (kind)
    {
    case 0: po_chart_line_draw (cr, w, h, &line, &style); break;
    case 1: po_chart_line_draw (cr, w, h, &nan_line, &style); break;
    case 2: po_chart_bars_draw (cr, w, h, &bars, &style); break;
    case 3: po_chart_distribution_draw (cr, w, h, &dist, &style); break;
    case 4: po_chart_heatmap_draw (cr, w, h, &heat, &style); break;
    case 5: po_chart_sparkline_draw (cr, w, h, &spark, &style); break;
    case 6: po_chart_sparkline_draw (cr, w, h, &spark_none, &style); break;
    case 7: po_chart_line_draw (cr, w, h, NULL, NULL); break;
    case 8: po_chart_bars_draw (cr, w, h, NULL, NULL); break;
    case 9: po_chart_heatmap_draw (cr, w, h, NULL, NULL); break;
    case 10: po_chart_distribution_draw (cr, w, h, NULL, NULL); break;
    default: g_assert_not_reached ();
    }
}

static void
test_empty (void)
{
  PoChartHit hit;

  for (int kind = 0; kind <= 10; kind++)
    {
      g_autofree char *png = g_strdup_printf ("%s/empty-%d.png", tmpdir, kind);
      g_autoptr(GError) error = NULL;

      g_assert_true (po_render_to_file (png, 300, 150, draw_empty_all, GINT_TO_POINTER (kind), &error));
      g_assert_no_error (error);
    }

  /* the charts say so, in words */
  {
    g_autofree char *pdf = g_strdup_printf ("%s/empty.pdf", tmpdir);
    g_autofree char *text = NULL;

    g_assert_true (po_render_to_file (pdf, 300, 150, draw_empty_all, GINT_TO_POINTER (2), NULL));
    text = pdf_text (pdf);
    if (text != NULL)
      g_assert_nonnull (strstr (text, "No data"));
  }

  g_assert_false (po_chart_line_hit (NULL, &style, 300, 150, 100, 50, &hit));
  g_assert_cmpint (hit.series, ==, -1);
  g_assert_false (po_chart_bars_hit (NULL, &style, 300, 150, 100, 50, &hit));
  g_assert_false (po_chart_distribution_hit (NULL, &style, 300, 150, 100, 50, &hit));
  g_assert_false (po_chart_heatmap_hit (NULL, &style, 300, 150, 100, 50, &hit));
  g_assert_false (po_chart_sparkline_hit (NULL, &style, 300, 150, 100, 50, &hit));

  {
    g_autofree char *a = po_chart_line_describe (NULL, &en);
    g_autofree char *b = po_chart_bars_describe (NULL, &en);
    g_autofree char *c = po_chart_heatmap_describe (NULL, &en);
    g_autofree char *d = po_chart_distribution_describe (NULL, &en);
    g_autofree char *e = po_chart_sparkline_describe (NULL, &en);

    g_assert_cmpstr (a, ==, "No data.");
    g_assert_cmpstr (b, ==, "No data.");
    g_assert_cmpstr (c, ==, "No data.");
    g_assert_cmpstr (d, ==, "No data.");
    g_assert_cmpstr (e, ==, "Value: no data.");
  }
}

/* NaN values are gaps: nothing is drawn where the series is undefined. */

static PoColor gap_color;

static void
draw_gap_line (cairo_t  *cr,
               double    w,
               double    h,
               gpointer  user_data)
{
  PoChartStyle plain = style;

  plain.flags |= PO_CHART_NO_TEXT | PO_CHART_NO_GRID;
  po_chart_line_draw (cr, w, h, user_data, &plain);
}

static guint
count_color (cairo_surface_t *surface,
             int              x0,
             int              x1,
             PoColor          color)
{
  int h = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  int cr = (int) round (color.red * 255), cg = (int) round (color.green * 255), cb = (int) round (color.blue * 255);
  guint n = 0;

  for (int y = 0; y < h; y++)
    for (int x = x0; x < x1; x++)
      {
        guint32 p = *(const guint32 *) (gconstpointer) (data + y * stride + x * 4);
        int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

        if (ABS (r - cr) + ABS (g - cg) + ABS (b - cb) < 30)
          n++;
      }
  return n;
}

static void
test_line_gaps (void)
{
  double values[20];
  PoChartSeries s = { .label = "NRR", .values = values, .color = PO_COLOR_RED };
  PoChartLine data = { .first_month = po_month_index (2024, 1), .n_months = 20,
                       .kind = PO_VALUE_PERCENT, .series = &s, .n_series = 1 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 200);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 0; i < 20; i++)
    values[i] = i >= 6 && i < 14 ? NAN : 1.0 + 0.01 * i;
  gap_color = po_palette_color (&style.palette, PO_COLOR_RED);

  draw_gap_line (cr, 400, 200, &data);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* months 0-5 on the left, 14-19 on the right, the middle is undefined */
  g_assert_cmpuint (count_color (surface, 20, 100, gap_color), >, 50);
  g_assert_cmpuint (count_color (surface, 160, 240, gap_color), ==, 0);
  g_assert_cmpuint (count_color (surface, 300, 380, gap_color), >, 50);
  cairo_surface_destroy (surface);
}

static void
test_line_many_points (void)
{
  /* weekly-ish samples in fractional months, decimated to the width */
  guint n = 200000;
  g_autofree double *x = g_new (double, n);
  g_autofree double *y = g_new (double, n);
  PoChartSeries s = { .label = "Health", .values = y, .x = x, .n_points = n };
  PoChartLine data = { .first_month = 0, .n_months = 60, .kind = PO_VALUE_NUMBER,
                       .series = &s, .n_series = 1, .fixed_range = TRUE,
                       .range_min = 0, .range_max = 100, .bands = bands, .n_bands = 3 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 300);
  cairo_t *cr = cairo_create (surface);
  PoChartHit hit;

  for (guint i = 0; i < n; i++)
    {
      x[i] = 60.0 * i / n - 0.5;
      y[i] = 50 + 40 * sin (i / 5000.0);
    }
  po_chart_line_draw (cr, 800, 300, &data, &style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  g_assert_cmpuint (count_ink (surface, po_palette_color (&style.palette, PO_COLOR_BACKGROUND)), >, 2000);
  cairo_surface_destroy (surface);

  g_assert_true (po_chart_line_hit (&data, &style, 800, 300, 400, 150, &hit));
  g_assert_cmpint (hit.index, >=, 0);
  g_assert_cmpfloat (hit.value, ==, y[hit.index]);
  g_assert_cmpfloat (fabs (hit.x - 400), <, 2);
}

/* Hit-testing */

static void
test_line_hit (void)
{
  PoChartHit hit, again;

  g_assert_true (po_chart_line_hit (&line_data, &style, 640, 320, 320, 160, &hit));
  g_assert_cmpint (hit.series, ==, 0);
  g_assert_cmpint (hit.index, >=, 0);
  g_assert_cmpint (hit.index, <, N_MONTHS);
  g_assert_cmpint (hit.month, ==, line_data.first_month + hit.index);
  g_assert_cmpfloat (hit.value, ==, mrr[hit.index]);

  /* the anchor is on the point: hitting it gives the same point */
  g_assert_true (po_chart_line_hit (&line_data, &style, 640, 320, hit.x, hit.y, &again));
  g_assert_cmpint (again.index, ==, hit.index);

  /* moving right moves to a later month */
  g_assert_true (po_chart_line_hit (&line_data, &style, 640, 320, 600, 160, &again));
  g_assert_cmpint (again.index, >, hit.index);

  /* outside the plot */
  g_assert_false (po_chart_line_hit (&line_data, &style, 640, 320, 2, 2, &hit));
  g_assert_false (po_chart_line_hit (&line_data, &style, 640, 320, 320, 319, &hit));
}

static void
test_line_hit_nearest_series (void)
{
  PoChartLine data = line_data;
  PoChartHit top, bottom;
  double low[N_MONTHS];
  PoChartSeries s[2] = { line_series[0], { .label = "Low", .values = low } };

  for (guint i = 0; i < N_MONTHS; i++)
    low[i] = 10000;
  data.series = s;
  data.n_series = 2;

  g_assert_true (po_chart_line_hit (&data, &style, 640, 320, 400, 90, &top));
  g_assert_true (po_chart_line_hit (&data, &style, 640, 320, 400, 280, &bottom));
  g_assert_cmpint (top.series, ==, 0);
  g_assert_cmpint (bottom.series, ==, 1);
  g_assert_cmpfloat (bottom.value, ==, 10000);
}

static void
test_bars_hit (void)
{
  gboolean seen[4] = { FALSE, FALSE, FALSE, FALSE };
  PoChartHit hit;
  double x;

  g_assert_true (po_chart_bars_hit (&bars_data, &style, 640, 320, 330, 160, &hit));
  x = hit.x;
  g_assert_cmpint (hit.index, >=, 0);
  g_assert_cmpint (hit.month, ==, bars_data.first_month + hit.index);

  for (double y = 0; y < 320; y += 1)
    {
      if (!po_chart_bars_hit (&bars_data, &style, 640, 320, x, y, &hit))
        continue;
      if (hit.series >= 0)
        {
          seen[hit.series] = TRUE;
          g_assert_cmpfloat (hit.value, ==, bar_series[hit.series].values[hit.index]);
        }
      else
        g_assert_cmpfloat (hit.value, ==, mv_net[hit.index]);
    }
  for (guint s = 0; s < 4; s++)
    g_assert_true (seen[s]);

  g_assert_false (po_chart_bars_hit (&bars_data, &style, 640, 320, 1, 160, &hit));
}

static void
test_distribution_hit (void)
{
  PoChartHit hit;
  double total = 0;
  int last_series = -1;
  double x;

  g_assert_true (po_chart_distribution_hit (&dist_data, &style, 640, 320, 400, 160, &hit));
  x = hit.x;
  for (guint s = 0; s < 3; s++)
    total += dist_series[s].values[hit.index];
  g_assert_cmpfloat_with_epsilon (hit.value, dist_series[hit.series].values[hit.index] / total, 1e-9);

  /* bottom to top walks the series in order */
  for (double y = 319; y > 0; y -= 1)
    {
      if (!po_chart_distribution_hit (&dist_data, &style, 640, 320, x, y, &hit))
        continue;
      g_assert_cmpint (hit.series, >=, last_series);
      last_series = hit.series;
    }
  g_assert_cmpint (last_series, ==, 2);
}

static void
test_heatmap_hit (void)
{
  PoChartHit hit;
  guint found = 0;

  for (double y = 0; y < 360; y += 7)
    for (double x = 0; x < 640; x += 7)
      {
        if (!po_chart_heatmap_hit (&heat_data, &style, 640, 360, x, y, &hit))
          continue;
        found++;
        g_assert_cmpint (hit.row, >=, 0);
        g_assert_cmpint (hit.index, >=, 0);
        g_assert_cmpfloat (hit.value, ==, cells[hit.row * N_COHORTS + hit.index]);
        g_assert_cmpint (hit.month, ==, cohort_months[hit.row] + hit.index);
        /* empty cells of young cohorts are not hits */
        g_assert_cmpint (hit.row + hit.index, <, N_COHORTS);
      }
  g_assert_cmpuint (found, >, 100);
  g_assert_false (po_chart_heatmap_hit (&heat_data, &style, 640, 360, 630, 350, &hit));
}

static void
test_sparkline_hit (void)
{
  PoChartHit hit;

  g_assert_true (po_chart_sparkline_hit (&spark_data, &style, 120, 32, 119, 16, &hit));
  g_assert_cmpint (hit.index, ==, N_MONTHS - 1);
  g_assert_cmpfloat (hit.value, ==, mrr[N_MONTHS - 1]);
  g_assert_true (po_chart_sparkline_hit (&spark_data, &style, 120, 32, 0, 16, &hit));
  g_assert_cmpint (hit.index, ==, 0);
  g_assert_false (po_chart_sparkline_hit (&spark_data, &style, 120, 32, 130, 16, &hit));
}

/* Descriptions */

static void
test_describe (void)
{
  g_autofree char *line = po_chart_line_describe (&line_data, &en);
  g_autofree char *bars = po_chart_bars_describe (&bars_data, &en);
  g_autofree char *dist = po_chart_distribution_describe (&dist_data, &en);
  g_autofree char *heat = po_chart_heatmap_describe (&heat_data, &en);
  g_autofree char *spark = po_chart_sparkline_describe (&spark_data, &en);
  PoChartLine nre_data = { .title = "NRE", .first_month = po_month_index (2023, 1), .n_months = N_MONTHS,
                           .kind = PO_VALUE_PERCENT, .series = &line_series[1], .n_series = 1,
                           .has_target = TRUE, .target = 1.2, .target_label = "Target" };
  g_autofree char *nre_text = po_chart_line_describe (&nre_data, &en);

  g_assert_cmpstr (line, ==, "MRR rose from \xe2\x82\xac" "12,345 to \xe2\x82\xac" "23,456 between Jan 2023 and Dec 2024.");
  g_assert_cmpstr (nre_text, ==, "NRE rose from 112.0% to 123.0% between Jan 2024 and Dec 2024. "
                                 "It reached the target of 120.0% in 4 of 12 months.");
  g_assert_true (g_str_has_prefix (bars, "MRR movements from Jan 2023 to Dec 2024."));
  g_assert_nonnull (strstr (bars, "Expansion \xe2\x82\xac" "12,000"));
  g_assert_nonnull (strstr (bars, "Net change:"));
  g_assert_nonnull (strstr (dist, "In Dec 2024: Green 74.1%, Yellow 17.2%, Red 8.6%."));
  g_assert_cmpstr (heat, ==, "Logo retention: 8 cohorts from Jan 2023 to Aug 2023. "
                             "After 7 months: between 47.8% and 47.8%, 47.8% on average.");
  g_assert_cmpstr (spark, ==, "MRR rose from \xe2\x82\xac" "12,345 to \xe2\x82\xac" "23,456 between Jan 2023 and Dec 2024.");
}

static void
test_dark_background (void)
{
  PoChartStyle dark;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 200, 100);
  cairo_t *cr = cairo_create (surface);
  PoColor bg;
  guint32 p;

  po_chart_style_init (&dark, TRUE, &en);
  bg = po_palette_color (&dark.palette, PO_COLOR_BACKGROUND);
  g_assert_true (dark.palette.dark);
  g_assert_cmpfloat (po_color_luminance (bg), <, 0.1);
  g_assert_cmpfloat (po_color_luminance (po_palette_color (&dark.palette, PO_COLOR_FOREGROUND)), >, 0.7);
  g_assert_cmpfloat (po_color_luminance (po_palette_color (&style.palette, PO_COLOR_BACKGROUND)), >, 0.9);

  po_chart_bars_draw (cr, 200, 100, &bars_data, &dark);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  p = *(guint32 *) (gpointer) cairo_image_surface_get_data (surface);
  g_assert_cmpint ((p >> 16) & 0xff, ==, (int) round (bg.red * 255));
  cairo_surface_destroy (surface);

  /* the semantic colours are distinct */
  for (PoColorRole a = PO_COLOR_NEW; a <= PO_COLOR_CHURN; a++)
    for (PoColorRole b = a + 1; b <= PO_COLOR_CHURN; b++)
      {
        PoColor ca = po_palette_color (&dark.palette, a), cb = po_palette_color (&dark.palette, b);

        g_assert_true (ca.red != cb.red || ca.green != cb.green || ca.blue != cb.blue);
      }
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  po_number_style_for_language (&en, "en");
  po_chart_style_init (&style, FALSE, &en);
  fill_data ();

  tmpdir = g_dir_make_tmp ("peak-one-charts-XXXXXX", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *png = g_strdup_printf ("/render/chart/%s/png", cases[i].name);
      g_autofree char *pdf = g_strdup_printf ("/render/chart/%s/pdf", cases[i].name);
      g_autofree char *svg = g_strdup_printf ("/render/chart/%s/svg", cases[i].name);

      g_test_add_data_func (png, &cases[i], test_png);
      g_test_add_data_func (pdf, &cases[i], test_pdf);
      g_test_add_data_func (svg, &cases[i], test_svg);
    }
  g_test_add_func ("/render/chart/empty", test_empty);
  g_test_add_func ("/render/chart/line/gaps", test_line_gaps);
  g_test_add_func ("/render/chart/line/many-points", test_line_many_points);
  g_test_add_func ("/render/chart/line/hit", test_line_hit);
  g_test_add_func ("/render/chart/line/hit-nearest-series", test_line_hit_nearest_series);
  g_test_add_func ("/render/chart/bars/hit", test_bars_hit);
  g_test_add_func ("/render/chart/distribution/hit", test_distribution_hit);
  g_test_add_func ("/render/chart/heatmap/hit", test_heatmap_hit);
  g_test_add_func ("/render/chart/sparkline/hit", test_sparkline_hit);
  g_test_add_func ("/render/chart/describe", test_describe);
  g_test_add_func ("/render/chart/dark", test_dark_background);

  ret = g_test_run ();
  remove_dir (tmpdir);
  g_free (tmpdir);
  return ret;
}
