/* po-chart-data-health.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One account's health over time: the score weekly with its six
 * components and the bands behind (DESIGN.md §4).
 */

#define G_LOG_DOMAIN "po-chart-data"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "po-chart-data-private.h"

static const PoColorRole component_colors[PO_N_COMPONENTS] = {
  PO_COLOR_BLUE, PO_COLOR_ORANGE, PO_COLOR_PURPLE, PO_COLOR_GREEN, PO_COLOR_BROWN, PO_COLOR_GRAY,
};

static int
compare_samples (gconstpointer a,
                 gconstpointer b)
{
  const PoHealthSample *sa = a, *sb = b;

  if (sa->component != sb->component)
    return (int) sa->component - (int) sb->component;
  return (sa->on_date > sb->on_date) - (sa->on_date < sb->on_date);
}

/* The month position of a day: its month index plus the elapsed part. */
static double
day_position (PoDay day)
{
  PoMonth month = po_month_of_day (day);
  PoDay first = po_month_first_day (month);
  PoDay last = po_month_last_day (month);

  return month + (double) (day - first) / (double) (last - first + 1);
}

PoChartData *
po_chart_data_new_account_health (PoStore          *store,
                                  const PoSettings *settings,
                                  gint64            account_id,
                                  PoDay             first,
                                  PoDay             last,
                                  GError          **error)
{
  g_autoptr(GArray) samples = NULL;
  g_autofree char *title = NULL;
  PoChartData *self;
  guint starts[PO_N_COMPONENTS + 1] = { 0 };
  guint cursor[PO_N_COMPONENTS];
  guint n_days, n_series = 1 + PO_N_COMPONENTS;
  double *x, *values[1 + PO_N_COMPONENTS];
  int latest = PO_HEALTH_MISSING, month_ago = PO_HEALTH_MISSING;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (settings != NULL, NULL);
  g_return_val_if_fail (first != PO_DAY_NONE && last >= first, NULL);

  samples = po_store_list_health_samples (store, account_id, error);
  if (samples == NULL)
    return NULL;
  g_array_sort (samples, compare_samples);
  for (guint i = 0; i < samples->len; i++)
    starts[g_array_index (samples, PoHealthSample, i).component + 1]++;
  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    {
      starts[c + 1] += starts[c];
      cursor[c] = starts[c];
    }

  /* weekly, ending on @last */
  n_days = (last - first) / 7 + 1;

  self = _po_chart_data_new (PO_N_CHARTS, PO_CHART_KIND_LINE, NULL, NULL);
  x = _po_chart_data_own (self, g_new (double, n_days));
  for (guint s = 0; s < n_series; s++)
    values[s] = _po_chart_data_own (self, g_new (double, n_days));

  for (guint d = 0; d < n_days; d++)
    {
      PoDay day = last - (n_days - 1 - d) * 7;
      int v[PO_N_COMPONENTS];
      int score;

      for (guint c = 0; c < PO_N_COMPONENTS; c++)
        {
          const PoHealthSample *latest_sample = NULL;

          while (cursor[c] < starts[c + 1] &&
                 g_array_index (samples, PoHealthSample, cursor[c]).on_date <= day)
            cursor[c]++;
          if (cursor[c] > starts[c])
            latest_sample = &g_array_index (samples, PoHealthSample, cursor[c] - 1);
          v[c] = latest_sample != NULL && (int) (day - latest_sample->on_date) <= settings->stale_after_days
                 ? latest_sample->value : PO_HEALTH_MISSING;
          values[1 + c][d] = v[c] == PO_HEALTH_MISSING ? NAN : v[c];
        }
      score = po_health_score (settings, v);
      values[0][d] = score == PO_HEALTH_MISSING ? NAN : score;
      x[d] = day_position (day);
    }

  /* the trend: today's score against the score 30 days before */
  {
    PoAccountHealth health = { 0 };

    if (po_health_account_on (store, settings, account_id, last, &health, NULL))
      {
        latest = health.score;
        if (health.has_trend)
          month_ago = health.score - health.trend;
        po_account_health_clear (&health);
      }
  }
  if (latest != PO_HEALTH_MISSING && month_ago != PO_HEALTH_MISSING)
    /* Translators: "Health score (trend −12 in 30 days)" */
    title = g_strdup_printf (_("Health score (trend %+d in 30 days)"), latest - month_ago);
  else
    title = g_strdup (_("Health score"));
  self->title = g_steal_pointer (&title);
  self->first = po_month_of_day (first);
  self->n_months = (guint) (po_month_of_day (last) - self->first + 1);

  self->series[0] = (PoChartSeries) { .label = _("Score"), .values = values[0], .x = x,
                                      .n_points = n_days, .color = PO_COLOR_FOREGROUND };
  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    self->series[1 + c] = (PoChartSeries) {
      .label = po_enum_label (&po_component_enum, (int) c),
      .values = values[1 + c],
      .x = x,
      .n_points = n_days,
      .color = component_colors[c],
      .dashed = TRUE,
    };

  self->bands[0] = (PoChartBand) { 0, settings->red_below, PO_COLOR_HEALTH_RED,
                                   po_health_band_label (PO_HEALTH_BAND_RED) };
  self->bands[1] = (PoChartBand) { settings->red_below, settings->yellow_below, PO_COLOR_HEALTH_YELLOW,
                                   po_health_band_label (PO_HEALTH_BAND_YELLOW) };
  self->bands[2] = (PoChartBand) { settings->yellow_below, 100, PO_COLOR_HEALTH_GREEN,
                                   po_health_band_label (PO_HEALTH_BAND_GREEN) };

  self->u.line = (PoChartLine) {
    .title = self->title,
    .first_month = self->first,
    .n_months = self->n_months,
    .kind = PO_VALUE_NUMBER,
    .series = self->series,
    .n_series = n_series,
    .fixed_range = TRUE,
    .range_min = 0,
    .range_max = 100,
    .bands = self->bands,
    .n_bands = 3,
  };
  return self;
}
