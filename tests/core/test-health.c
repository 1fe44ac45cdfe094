/* test-health.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "po-health.h"
#include "test-metrics-fixture.h"

#define M PO_HEALTH_MISSING

static void
test_score_rounding (void)
{
  PoSettings s;
  /* usage 30 × 50 + executive 10 × 52 = 2020 / 40 = 50.5 → 51 */
  int half[PO_N_COMPONENTS] = { 50, M, M, M, M, 52 };
  /* 30 × 50 + 10 × 51 = 2010 / 40 = 50.25 → 50 */
  int quarter[PO_N_COMPONENTS] = { 50, M, M, M, M, 51 };
  /* 30 × 50 + 10 × 53 = 2030 / 40 = 50.75 → 51 */
  int three[PO_N_COMPONENTS] = { 50, M, M, M, M, 53 };
  int none[PO_N_COMPONENTS] = { M, M, M, M, M, M };
  int all[PO_N_COMPONENTS] = { 100, 0, 50, 50, 50, 100 };

  po_settings_init_defaults (&s);
  g_assert_cmpint (po_health_score (&s, half), ==, 51);
  g_assert_cmpint (po_health_score (&s, quarter), ==, 50);
  g_assert_cmpint (po_health_score (&s, three), ==, 51);
  g_assert_cmpint (po_health_score (&s, none), ==, M);
  g_assert_cmpint (po_health_band (&s, M), ==, PO_HEALTH_BAND_NONE);
  /* (3000 + 0 + 750 × 3 + 1000) / 100 = 62.5 → 63 */
  g_assert_cmpint (po_health_score (&s, all), ==, 63);

  /* missing components are left out, not counted as 0 */
  g_assert_cmpint (po_health_score_what_if (&s, half, PO_COMPONENT_EXECUTIVE, M), ==, 50);
  g_assert_cmpint (po_health_score_what_if (&s, half, PO_COMPONENT_SUPPORT, 0), ==, 37);
  po_settings_clear (&s);
}

static void
test_bands (void)
{
  PoSettings s;

  po_settings_init_defaults (&s);
  g_assert_cmpint (po_health_band (&s, 0), ==, PO_HEALTH_BAND_RED);
  g_assert_cmpint (po_health_band (&s, 39), ==, PO_HEALTH_BAND_RED);
  g_assert_cmpint (po_health_band (&s, 40), ==, PO_HEALTH_BAND_YELLOW);
  g_assert_cmpint (po_health_band (&s, 69), ==, PO_HEALTH_BAND_YELLOW);
  g_assert_cmpint (po_health_band (&s, 70), ==, PO_HEALTH_BAND_GREEN);
  s.red_below = 50;
  g_assert_cmpint (po_health_band (&s, 45), ==, PO_HEALTH_BAND_RED);
  g_assert_cmpstr (po_health_band_nick (PO_HEALTH_BAND_YELLOW), ==, "yellow");
  po_settings_clear (&s);
}

static void
test_contributions (void)
{
  PoSettings s;
  int v[PO_N_COMPONENTS] = { 80, 60, M, 40, 20, M };
  double c[PO_N_COMPONENTS], sum = 0;

  po_settings_init_defaults (&s);
  po_health_contributions (&s, v, c);
  for (guint i = 0; i < PO_N_COMPONENTS; i++)
    sum += c[i];
  /* (2400 + 900 + 600 + 300) / 75 = 56 */
  g_assert_cmpfloat_with_epsilon (sum, 56.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (c[PO_COMPONENT_USAGE], 32.0, 1e-9);
  g_assert_cmpfloat (c[PO_COMPONENT_NPS], ==, 0.0);
  g_assert_cmpint (po_health_score (&s, v), ==, 56);
  po_settings_clear (&s);
}

/* Latest sample <= D, not older than 90 days; trend against D − 30. */
static void
test_on_day (Workspace     *ws,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) all = NULL;
  PoAccountHealth one;
  gint64 b = add_account (ws, "b", PO_SEGMENT_SMB, "2024-01-01");
  gint64 a = add_account (ws, "a", PO_SEGMENT_SMB, "2024-01-01");
  gint64 c = add_account (ws, "c", PO_SEGMENT_SMB, "2024-01-01");
  const PoAccountHealth *h;

  add_sample (ws, a, PO_COMPONENT_USAGE, "2024-03-01", 10);
  add_sample (ws, a, PO_COMPONENT_USAGE, "2024-05-01", 60);
  add_sample (ws, a, PO_COMPONENT_USAGE, "2024-07-01", 99);    /* after D */
  add_sample (ws, a, PO_COMPONENT_SUPPORT, "2024-03-31", 90);  /* D − 91: stale */
  add_sample (ws, a, PO_COMPONENT_NPS, "2024-04-01", 30);      /* D − 90: counts */
  add_sample (ws, b, PO_COMPONENT_BILLING, "2024-06-30", 100);
  /* c: only a stale sample → no score */
  add_sample (ws, c, PO_COMPONENT_USAGE, "2024-01-01", 50);

  all = po_health_on (ws->store, &ws->settings, day ("2024-07-01") - 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 3);
  h = &g_array_index (all, PoAccountHealth, 0);
  g_assert_cmpstr (h->key, ==, "a");
  g_assert_cmpint (h->components[PO_COMPONENT_USAGE], ==, 60);
  g_assert_cmpint (h->components[PO_COMPONENT_SUPPORT], ==, M);
  g_assert_cmpint (h->components[PO_COMPONENT_NPS], ==, 30);
  g_assert_cmpint (h->components[PO_COMPONENT_GROWTH], ==, M);
  /* (30 × 60 + 15 × 30) / 45 = 50 */
  g_assert_cmpint (h->score, ==, 50);
  g_assert_cmpint (h->band, ==, PO_HEALTH_BAND_YELLOW);
  /* on May 31: usage 60 (May 1), support 90 (Mar 31), nps 30 (Apr 1):
   * (1800 + 1350 + 450) / 60 = 60 → trend −10 */
  g_assert_true (h->has_trend);
  g_assert_cmpint (h->trend, ==, -10);

  h = &g_array_index (all, PoAccountHealth, 1);
  g_assert_cmpstr (h->key, ==, "b");
  g_assert_cmpint (h->score, ==, 100);
  g_assert_false (h->has_trend);                 /* nothing on May 31 */
  h = &g_array_index (all, PoAccountHealth, 2);
  g_assert_cmpstr (h->key, ==, "c");
  g_assert_cmpint (h->score, ==, M);
  g_assert_cmpint (h->band, ==, PO_HEALTH_BAND_NONE);

  /* the single-account path agrees */
  g_assert_true (po_health_account_on (ws->store, &ws->settings, a, day ("2024-06-30"), &one, &error));
  g_assert_no_error (error);
  g_assert_cmpint (one.score, ==, 50);
  g_assert_cmpint (one.trend, ==, -10);
  g_assert_cmpint (one.components[PO_COMPONENT_SUPPORT], ==, M);
  po_account_health_clear (&one);
}

/* The one-scan table equals the per-account reading on random data. */
static void
test_scan_matches (Workspace     *ws,
                   gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GError) error = NULL;
  g_autoptr(PoHealthTable) table = NULL;
  PoDay days[12];
  gint64 ids[15];

  g_assert_true (po_store_begin (ws->store, &error));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *key = g_strdup_printf ("acc%02u", i);

      ids[i] = add_account (ws, key, PO_SEGMENT_SMB, "2023-01-01");
      for (guint c = 0; c < PO_N_COMPONENTS; c++)
        for (PoDay d = day ("2023-01-01") + g_rand_int_range (rand, 0, 60); d < day ("2024-12-31");
             d += g_rand_int_range (rand, 1, 120))
          {
            PoHealthSample s = { ids[i], c, d, g_rand_int_range (rand, 0, 101) };

            g_assert_true (po_store_add_health_sample (ws->store, &s, &error));
          }
    }
  g_assert_true (po_store_commit (ws->store, &error));

  for (guint k = 0; k < G_N_ELEMENTS (days); k++)
    days[k] = day ("2024-12-31") - k * 47;           /* unsorted on purpose */
  table = po_health_table_scan (ws->store, &ws->settings, days, G_N_ELEMENTS (days), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    for (guint k = 0; k < G_N_ELEMENTS (days); k++)
      {
        PoAccountHealth one;
        int values[PO_N_COMPONENTS];
        int t = po_health_table_find_account (table, ids[i]);

        g_assert_true (po_health_account_on (ws->store, &ws->settings, ids[i], days[k], &one, &error));
        po_health_table_values (table, t, k, values);
        for (guint c = 0; c < PO_N_COMPONENTS; c++)
          g_assert_cmpint (values[c], ==, one.components[c]);
        g_assert_cmpint (po_health_table_score (table, t, k), ==, one.score);
        po_account_health_clear (&one);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/health/score/rounding", test_score_rounding);
  g_test_add_func ("/core/health/score/bands", test_bands);
  g_test_add_func ("/core/health/score/contributions", test_contributions);
  g_test_add ("/core/health/on-day", Workspace, NULL, workspace_setup, test_on_day, workspace_teardown);
  g_test_add ("/core/health/scan-matches", Workspace, NULL, workspace_setup, test_scan_matches,
              workspace_teardown);

  return g_test_run ();
}
