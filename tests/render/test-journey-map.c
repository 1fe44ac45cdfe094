/* test-journey-map.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "po-journey-defaults.h"
#include "po-journey-map.h"

static void
test_phases_and_lanes (void)
{
  g_autoptr(PoJourneyMap) map = po_journey_map_new ("Test");
  guint goal, emotion, a, b;

  g_assert_cmpstr (po_journey_map_get_title (map), ==, "Test");
  g_assert_null (po_journey_map_get_subtitle (map));

  goal = po_journey_map_add_lane (map, "goal", "Goal", PO_JOURNEY_LANE_TEXT);
  a = po_journey_map_add_phase (map, "a", "Alpha", "1–7 days");
  emotion = po_journey_map_add_lane (map, "emotion", NULL, PO_JOURNEY_LANE_EMOTION);
  b = po_journey_map_add_phase (map, "b", "Beta", "");

  g_assert_cmpuint (po_journey_map_get_n_phases (map), ==, 2);
  g_assert_cmpuint (po_journey_map_get_n_lanes (map), ==, 2);
  g_assert_cmpstr (po_journey_map_get_phase (map, a)->duration, ==, "1–7 days");
  g_assert_null (po_journey_map_get_phase (map, b)->duration);
  g_assert_cmpstr (po_journey_map_get_lane (map, emotion)->title, ==, "emotion");
  g_assert_cmpint (po_journey_map_get_lane (map, emotion)->kind, ==, PO_JOURNEY_LANE_EMOTION);
  g_assert_cmpint (po_journey_map_find_phase (map, "b"), ==, 1);
  g_assert_cmpint (po_journey_map_find_phase (map, "zzz"), ==, -1);
  g_assert_cmpint (po_journey_map_find_lane (map, "emotion"), ==, 1);

  /* Cells exist for lanes added before and after a phase. */
  po_journey_map_set_cell (map, goal, b, "Reach value");
  po_journey_map_set_cell (map, emotion, a, "Curious");
  g_assert_cmpstr (po_journey_map_get_cell (map, goal, b), ==, "Reach value");
  g_assert_cmpstr (po_journey_map_get_cell (map, emotion, a), ==, "Curious");
  g_assert_null (po_journey_map_get_cell (map, goal, a));
  po_journey_map_set_cell (map, goal, b, "");
  g_assert_null (po_journey_map_get_cell (map, goal, b));

  po_journey_map_set_phase_title (map, a, "Alpha two");
  po_journey_map_set_phase_duration (map, a, NULL);
  po_journey_map_set_lane_title (map, goal, "Customer goal");
  g_assert_cmpstr (po_journey_map_get_phase (map, a)->title, ==, "Alpha two");
  g_assert_null (po_journey_map_get_phase (map, a)->duration);
  g_assert_cmpstr (po_journey_map_get_lane (map, goal)->title, ==, "Customer goal");
}

static void
test_emotion (void)
{
  g_autoptr(PoJourneyMap) map = po_journey_map_new (NULL);

  po_journey_map_add_phase (map, "a", "A", NULL);
  g_assert_true (isnan (po_journey_map_get_emotion (map, 0)));

  po_journey_map_set_emotion (map, 0, 1.5);
  g_assert_cmpfloat (po_journey_map_get_emotion (map, 0), ==, 1.5);
  po_journey_map_set_emotion (map, 0, 7);
  g_assert_cmpfloat (po_journey_map_get_emotion (map, 0), ==, 2.0);
  po_journey_map_set_emotion (map, 0, -9);
  g_assert_cmpfloat (po_journey_map_get_emotion (map, 0), ==, -2.0);
  po_journey_map_set_emotion (map, 0, NAN);
  g_assert_true (isnan (po_journey_map_get_emotion (map, 0)));
}

static void
test_personas (void)
{
  g_autoptr(PoJourneyMap) map = po_journey_map_new (NULL);

  po_journey_map_add_persona (map, "Julia", "CFO", "Trust the numbers", NULL);
  g_assert_cmpuint (po_journey_map_get_n_personas (map), ==, 1);
  g_assert_cmpstr (po_journey_map_get_persona (map, 0)->role, ==, "CFO");
  g_assert_null (po_journey_map_get_persona (map, 0)->quote);
  po_journey_map_clear_personas (map);
  g_assert_cmpuint (po_journey_map_get_n_personas (map), ==, 0);
}

static void
test_transitions (void)
{
  g_autoptr(PoJourneyMap) map = po_journey_map_new (NULL);

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *code = g_strdup_printf ("p%u", i);
      po_journey_map_add_phase (map, code, code, NULL);
    }

  g_assert_false (po_journey_map_has_overlay (map));
  g_assert_cmpint (po_journey_transition_kind_for (0, 1), ==, PO_JOURNEY_TRANSITION_FORWARD);
  g_assert_cmpint (po_journey_transition_kind_for (0, 2), ==, PO_JOURNEY_TRANSITION_SKIP);
  g_assert_cmpint (po_journey_transition_kind_for (3, 1), ==, PO_JOURNEY_TRANSITION_REGRESSION);

  po_journey_map_add_transition (map, 0, 1, 1200);
  po_journey_map_add_transition (map, 0, 3, 40);
  po_journey_map_add_transition (map, 4, 0, 3);
  po_journey_map_add_transition (map, 0, 1, 800);
  po_journey_map_add_transition (map, 1, 2, 0);
  g_assert_cmpuint (po_journey_map_get_n_transitions (map), ==, 3);
  g_assert_cmpuint (po_journey_map_get_transition (map, 0)->count, ==, 2000);
  g_assert_cmpint (po_journey_map_get_transition (map, 1)->kind, ==, PO_JOURNEY_TRANSITION_SKIP);
  g_assert_cmpint (po_journey_map_get_transition (map, 2)->kind, ==, PO_JOURNEY_TRANSITION_REGRESSION);
  g_assert_cmpuint (po_journey_map_get_max_transition_count (map), ==, 2000);
  g_assert_true (po_journey_map_has_overlay (map));

  po_journey_map_clear_overlay (map);
  g_assert_false (po_journey_map_has_overlay (map));
  g_assert_cmpuint (po_journey_map_get_n_transitions (map), ==, 0);
}

static void
test_stats (void)
{
  g_autoptr(PoJourneyMap) map = po_journey_map_new (NULL);
  const PoJourneyPhase *p;

  po_journey_map_add_phase (map, "a", "A", NULL);
  p = po_journey_map_get_phase (map, 0);
  g_assert_false (p->has_stats);

  po_journey_map_set_phase_stats (map, 0, 312, NAN, 1.7);
  g_assert_true (p->has_stats);
  g_assert_cmpuint (p->tracks_now, ==, 312);
  g_assert_true (isnan (p->median_days));
  g_assert_cmpfloat (p->completion_rate, ==, 1.0);
  g_assert_true (po_journey_map_has_overlay (map));

  po_journey_map_clear_overlay (map);
  g_assert_false (p->has_stats);
}

static void
test_refcount (void)
{
  PoJourneyMap *map = po_journey_map_new ("x");
  PoJourneyMap *copy = g_boxed_copy (PO_TYPE_JOURNEY_MAP, map);

  g_assert_true (copy == map);
  g_boxed_free (PO_TYPE_JOURNEY_MAP, copy);
  g_assert_cmpstr (po_journey_map_get_title (map), ==, "x");
  po_journey_map_unref (map);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/journey-map/phases-and-lanes", test_phases_and_lanes);
  g_test_add_func ("/render/journey-map/emotion", test_emotion);
  g_test_add_func ("/render/journey-map/personas", test_personas);
  g_test_add_func ("/render/journey-map/transitions", test_transitions);
  g_test_add_func ("/render/journey-map/stats", test_stats);
  g_test_add_func ("/render/journey-map/refcount", test_refcount);

  return g_test_run ();
}
