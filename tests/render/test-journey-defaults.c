/* test-journey-defaults.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "po-journey-defaults.h"

static const char * const post_sale_codes[] = {
  "onboarding", "adoption", "retention", "expansion", "renewal", "advocacy", NULL
};
static const char * const peak_one_codes[] = {
  "orientierung", "aktivierung", "integration", "expansion", NULL
};
static const char * const lane_codes[] = {
  "goal", "actions", "touchpoints", "mechanics", "signals", "emotion",
  "pain_points", "opportunities", "owner", NULL
};

static void
check_complete (const char         *model,
                const char * const *codes)
{
  const char * const *segments = po_journey_defaults_get_segments ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PoJourneyMap) map = po_journey_defaults_new (model, NULL, &error);
  guint n_phases, n_lanes;

  g_assert_no_error (error);
  g_assert_nonnull (map);
  g_assert_nonnull (po_journey_map_get_title (map));
  g_assert_nonnull (po_journey_map_get_subtitle (map));

  n_phases = po_journey_map_get_n_phases (map);
  n_lanes = po_journey_map_get_n_lanes (map);
  g_assert_cmpuint (n_phases, ==, g_strv_length ((char **) codes));
  g_assert_cmpuint (n_lanes, ==, g_strv_length ((char **) lane_codes));

  for (guint l = 0; l < n_lanes; l++)
    {
      g_assert_cmpstr (po_journey_map_get_lane (map, l)->code, ==, lane_codes[l]);
      g_assert_cmpint (po_journey_map_get_lane (map, l)->kind, ==,
                       g_str_equal (lane_codes[l], "emotion") ? PO_JOURNEY_LANE_EMOTION : PO_JOURNEY_LANE_TEXT);
    }

  for (guint p = 0; p < n_phases; p++)
    {
      const PoJourneyPhase *phase = po_journey_map_get_phase (map, p);
      double emotion = po_journey_map_get_emotion (map, p);

      g_assert_cmpstr (phase->code, ==, codes[p]);
      g_assert_nonnull (phase->title);
      g_assert_nonnull (phase->duration);
      g_assert_false (isnan (emotion));
      g_assert_cmpfloat (emotion, >=, -2.0);
      g_assert_cmpfloat (emotion, <=, 2.0);

      for (guint l = 0; l < n_lanes; l++)
        {
          const char *cell = po_journey_map_get_cell (map, l, p);

          if (cell == NULL || cell[0] == '\0')
            g_error ("%s: lane %s of phase %s is empty", model, lane_codes[l], codes[p]);
        }

      for (guint s = 0; segments[s] != NULL; s++)
        g_assert_nonnull (po_journey_defaults_get_duration (model, codes[p], segments[s]));
    }

  g_assert_false (po_journey_map_has_overlay (map));
}

static void
test_post_sale_complete (void)
{
  check_complete ("post-sale", post_sale_codes);
}

static void
test_peak_one_complete (void)
{
  check_complete ("peak-one", peak_one_codes);
}

static void
test_models (void)
{
  const char * const *models = po_journey_defaults_get_models ();

  g_assert_true (g_strv_contains (models, "post-sale"));
  g_assert_true (g_strv_contains (models, "peak-one"));
  g_assert_cmpuint (g_strv_length ((char **) models), ==, 2);
}

static void
test_segment_durations (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoJourneyMap) map = po_journey_defaults_new ("post-sale", "enterprise", &error);
  const char *enterprise, *smb;

  g_assert_no_error (error);
  enterprise = po_journey_defaults_get_duration ("post-sale", "onboarding", "enterprise");
  smb = po_journey_defaults_get_duration ("post-sale", "onboarding", "smb");
  g_assert_cmpstr (enterprise, ==, "60–180 days");
  g_assert_cmpstr (smb, ==, "7–30 days");
  g_assert_cmpstr (po_journey_defaults_get_duration ("post-sale", "renewal", "product_led"),
                   ==, "14–30 days before renewal");
  g_assert_cmpstr (po_journey_map_get_phase (map, 0)->duration, ==, enterprise);
  g_assert_nonnull (strstr (po_journey_map_get_subtitle (map), "Enterprise"));

  g_assert_true (po_journey_defaults_set_segment (map, "post-sale", "smb", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (po_journey_map_get_phase (map, 0)->duration, ==, smb);
  g_assert_nonnull (strstr (po_journey_map_get_subtitle (map), "SMB"));

  g_assert_null (po_journey_defaults_get_duration ("post-sale", "nope", NULL));
  g_assert_null (po_journey_defaults_get_duration ("post-sale", "onboarding", "galactic"));
}

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoJourneyMap) map = NULL;

  map = po_journey_defaults_new ("waterfall", NULL, &error);
  g_assert_null (map);
  g_assert_error (error, PO_JOURNEY_DEFAULTS_ERROR, PO_JOURNEY_DEFAULTS_ERROR_UNKNOWN_MODEL);
  g_clear_error (&error);

  map = po_journey_defaults_new ("peak-one", "galactic", &error);
  g_assert_null (map);
  g_assert_error (error, PO_JOURNEY_DEFAULTS_ERROR, PO_JOURNEY_DEFAULTS_ERROR_UNKNOWN_SEGMENT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/journey-defaults/post-sale/complete", test_post_sale_complete);
  g_test_add_func ("/render/journey-defaults/peak-one/complete", test_peak_one_complete);
  g_test_add_func ("/render/journey-defaults/models", test_models);
  g_test_add_func ("/render/journey-defaults/segment-durations", test_segment_durations);
  g_test_add_func ("/render/journey-defaults/errors", test_errors);

  return g_test_run ();
}
