/* test-metrics-demo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The metrics on a whole demo workspace: the movement invariant holds in
 * every month, and every month's summary agrees with its parts.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "po-demo.h"
#include "po-metrics.h"

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (dir);
}

static void
test_movement_invariant (gconstpointer data)
{
  guint32 seed = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("po-metrics-demo-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "demo.peakone", NULL);
  g_autoptr(PoStore) store = po_store_create (path, &error);
  PoDemoOptions options;
  PoSettings settings;
  PoMetrics *metrics;
  PoMonth last;
  guint checked = 0, with_churn = 0;

  g_assert_no_error (error);
  po_demo_options_init (&options);
  options.accounts = 120;
  options.years = 4;
  options.seed = seed;
  g_assert_true (po_demo_generate (store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (po_settings_load (&settings, store, &error));
  last = po_month_of_day (po_demo_default_end_day ());
  metrics = po_metrics_load (store, &settings, last, PO_METRICS_LOAD_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (po_metrics_get_n_months (metrics), >=, 36);

  for (PoMonth m = po_metrics_get_first_month (metrics); m <= last; m++)
    {
      PoMovements mv;
      gint64 delta = po_metrics_mrr (metrics, m) - po_metrics_mrr (metrics, m - 1);
      gint64 sum;

      po_metrics_movements (metrics, m, &mv);
      sum = mv.new_cents + mv.expansion_cents + mv.reactivation_cents
            - mv.contraction_cents - mv.churn_cents;
      if (sum != delta)
        g_error ("seed %u, month %d: movements %" G_GINT64_FORMAT " ≠ ΔMRR %" G_GINT64_FORMAT,
                 seed, m, sum, delta);
      g_assert_cmpint (mv.new_cents, >=, 0);
      g_assert_cmpint (mv.churn_cents, >=, 0);
      g_assert_cmpint (mv.contraction_cents, >=, 0);
      with_churn += mv.churn_cents > 0;
      checked++;
    }

  /* The demo tells a story with churn: the check is not vacuous. */
  g_assert_cmpuint (checked, >=, 36);
  g_assert_cmpuint (with_churn, >, 0);

  po_metrics_free (metrics);
  po_settings_clear (&settings);
  g_clear_object (&store);
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/core/metrics/demo/movement-invariant/seed-42",
                        GUINT_TO_POINTER (42), test_movement_invariant);
  g_test_add_data_func ("/core/metrics/demo/movement-invariant/seed-7",
                        GUINT_TO_POINTER (7), test_movement_invariant);

  return g_test_run ();
}
