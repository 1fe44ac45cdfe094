/* bench-metrics.c — "metrics for all months" (DESIGN.md §9): open the
 * workspace, compute every month's summary from the first subscription
 * month to the last line or health sample month, including the health
 * counts. Compare with floor-sqlite-scan on the same file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bench-util.h"
#include "po-metrics.h"
#include "po-store-private.h"

static PoMonth
last_month (PoStore *store)
{
  sqlite3_stmt *stmt = _po_store_prepare (store,
                                          "SELECT MAX (d) FROM (SELECT MAX (start_on) AS d FROM subscription_lines "
                                          "UNION ALL SELECT MAX (on_date) FROM health_samples)", NULL);
  PoDay day = PO_DAY_NONE;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    day = _po_store_column_day (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return day != PO_DAY_NONE ? po_month_of_day (day) : po_month_of_day (po_day_today ());
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoStore) store = NULL;
  g_autoptr(PoMetrics) metrics = NULL;
  PoSettings settings;
  PoMonth last;
  gint64 start, check = 0;
  guint n;

  if (argc != 2)
    {
      fprintf (stderr, "usage: bench-metrics WORKSPACE.peakone\n");
      return 2;
    }
  store = po_store_open (argv[1], PO_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL || !po_settings_load (&settings, store, &error))
    {
      fprintf (stderr, "bench-metrics: %s\n", error->message);
      return 1;
    }
  last = last_month (store);

  start = bench_now ();
  metrics = po_metrics_load (store, &settings, last, PO_METRICS_LOAD_HEALTH, &error);
  if (metrics == NULL)
    {
      fprintf (stderr, "bench-metrics: %s\n", error->message);
      return 1;
    }
  n = po_metrics_get_n_months (metrics);
  for (guint i = 0; i < n; i++)
    {
      PoMonthSummary s;

      po_metrics_month_summary (metrics, po_metrics_get_first_month (metrics) + i, &s);
      check += s.mrr_cents + s.health[PO_HEALTH_BAND_GREEN] + (s.clv_cents.has_value ? s.clv_cents.value : 0);
    }
  bench_report ("metrics-all-months", start);
  fprintf (stderr, "%u months, %u accounts, checksum %" G_GINT64_FORMAT "\n", n,
           po_metrics_get_n_accounts (metrics), check);
  po_settings_clear (&settings);
  return 0;
}
