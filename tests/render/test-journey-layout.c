/* test-journey-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "po-journey-defaults.h"
#include "po-journey-render.h"

static PoJourneyMap *
sample_map (const char *model,
            gboolean    overlay,
            gboolean    personas)
{
  g_autoptr(GError) error = NULL;
  PoJourneyMap *map = po_journey_defaults_new (model, NULL, &error);
  guint n;

  g_assert_no_error (error);
  n = po_journey_map_get_n_phases (map);

  if (overlay)
    {
      for (guint p = 0; p < n; p++)
        po_journey_map_set_phase_stats (map, p, 100 * (p + 1), p == 2 ? NAN : 30.0 * (p + 1), 0.15 * p);
      for (guint p = 0; p + 1 < n; p++)
        po_journey_map_add_transition (map, p, p + 1, 2000 / (p + 1));
      po_journey_map_add_transition (map, 0, n - 1, 9);
      po_journey_map_add_transition (map, n - 1, 0, 2);
      po_journey_map_add_transition (map, 2, 1, 150);
    }

  if (personas)
    {
      po_journey_map_add_persona (map, "Julia Berger", "Head of Finance", "One view of revenue", "No more spreadsheets.");
      po_journey_map_add_persona (map, "Tom Okafor", "CS Lead", "Know who drifts", NULL);
    }

  return map;
}

static gboolean
overlaps (const cairo_rectangle_t *a,
          const cairo_rectangle_t *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static void
assert_inside (const cairo_rectangle_t *r,
               double                   width,
               double                   height)
{
  g_assert_cmpfloat (r->width, >, 0);
  g_assert_cmpfloat (r->height, >, 0);
  g_assert_cmpfloat (r->x, >=, 0);
  g_assert_cmpfloat (r->y, >=, 0);
  g_assert_cmpfloat (r->x + r->width, <=, width + 1e-6);
  g_assert_cmpfloat (r->y + r->height, <=, height + 1e-6);
}

/* Every rectangle of the layout is inside the canvas, no two overlap, and
 * hit testing the middle of each finds it again. */
static void
check_layout (PoJourneyMap                 *map,
              const PoJourneyRenderOptions *options,
              double                        width,
              double                        height)
{
  g_autoptr(PoJourneyLayout) layout = po_journey_layout_new (map, options, width, height);
  g_autoptr(GArray) rects = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  guint n_phases = po_journey_map_get_n_phases (map);
  guint n_lanes = po_journey_map_get_n_lanes (map);
  int emotion_lane = po_journey_map_find_lane (map, "emotion");
  PoJourneyHit hit;
  cairo_rectangle_t r;

  g_assert_nonnull (layout);
  g_assert_cmpfloat (po_journey_layout_get_unit (layout), >, 0);
  g_assert_cmpfloat (po_journey_layout_get_unit (layout), <=, options->scale);

  for (guint l = 0; l < n_lanes; l++)
    {
      g_assert_true (po_journey_layout_get_lane_rect (layout, l, &r));
      assert_inside (&r, width, height);
      g_array_append_val (rects, r);

      g_assert_true (po_journey_render_hit (layout, r.x + r.width / 2, r.y + r.height / 2, &hit));
      g_assert_cmpint (hit.kind, ==, PO_JOURNEY_HIT_LANE);
      g_assert_cmpint (hit.lane, ==, (int) l);

      for (guint p = 0; p < n_phases; p++)
        {
          double x, y;

          g_assert_true (po_journey_layout_get_cell_rect (layout, l, p, &r));
          assert_inside (&r, width, height);
          g_array_append_val (rects, r);

          /* A corner of the emotion lane is clear of the curve's points. */
          if ((int) l == emotion_lane)
            {
              x = r.x + 2;
              y = r.y + 2;
            }
          else
            {
              x = r.x + r.width / 2;
              y = r.y + r.height / 2;
            }
          g_assert_true (po_journey_render_hit (layout, x, y, &hit));
          g_assert_cmpint (hit.kind, ==, PO_JOURNEY_HIT_CELL);
          g_assert_cmpint (hit.lane, ==, (int) l);
          g_assert_cmpint (hit.phase, ==, (int) p);
        }
    }

  for (guint p = 0; p < n_phases; p++)
    {
      cairo_rectangle_t cell, badge;
      double x, y;

      g_assert_true (po_journey_layout_get_phase_rect (layout, p, &r));
      assert_inside (&r, width, height);
      g_array_append_val (rects, r);

      g_assert_true (po_journey_render_hit (layout, r.x + 3, r.y + 3, &hit));
      g_assert_cmpint (hit.kind, ==, PO_JOURNEY_HIT_PHASE);
      g_assert_cmpint (hit.phase, ==, (int) p);

      if (po_journey_layout_get_badge_rect (layout, p, &badge))
        {
          g_assert_true (badge.x >= r.x && badge.x + badge.width <= r.x + r.width);
          g_assert_true (badge.y >= r.y && badge.y + badge.height <= r.y + r.height);
          g_assert_true (po_journey_render_hit (layout, badge.x + badge.width / 2, badge.y + badge.height / 2, &hit));
          g_assert_cmpint (hit.kind, ==, PO_JOURNEY_HIT_BADGE);
          g_assert_cmpint (hit.phase, ==, (int) p);
        }

      g_assert_true (po_journey_layout_get_emotion_point (layout, p, &x, &y));
      g_assert_true (po_journey_layout_get_cell_rect (layout, emotion_lane, p, &cell));
      g_assert_cmpfloat (x, >, cell.x);
      g_assert_cmpfloat (x, <, cell.x + cell.width);
      g_assert_cmpfloat (y, >, cell.y);
      g_assert_cmpfloat (y, <, cell.y + cell.height);
      g_assert_true (po_journey_render_hit (layout, x + 1, y - 1, &hit));
      g_assert_cmpint (hit.kind, ==, PO_JOURNEY_HIT_EMOTION_POINT);
      g_assert_cmpint (hit.phase, ==, (int) p);
      g_assert_cmpint (hit.lane, ==, emotion_lane);

      /* Higher emotion sits higher. */
      if (p > 0)
        {
          double px, py;
          double a = po_journey_map_get_emotion (map, p - 1), b = po_journey_map_get_emotion (map, p);

          g_assert_true (po_journey_layout_get_emotion_point (layout, p - 1, &px, &py));
          if (a > b)
            g_assert_cmpfloat (py, <, y);
          else if (a < b)
            g_assert_cmpfloat (py, >, y);
          else
            g_assert_cmpfloat (fabs (py - y), <, 1e-9);
        }
    }

  for (guint i = 0; po_journey_layout_get_persona_rect (layout, i, &r); i++)
    {
      assert_inside (&r, width, height);
      g_array_append_val (rects, r);
      g_assert_true (po_journey_render_hit (layout, r.x + r.width / 2, r.y + r.height / 2, &hit));
      g_assert_cmpint (hit.kind, ==, PO_JOURNEY_HIT_PERSONA);
      g_assert_cmpint (hit.persona, ==, (int) i);
    }

  if (po_journey_layout_get_legend_rect (layout, &r))
    {
      assert_inside (&r, width, height);
      g_array_append_val (rects, r);
    }

  for (guint i = 0; i < rects->len; i++)
    for (guint j = i + 1; j < rects->len; j++)
      {
        const cairo_rectangle_t *a = &g_array_index (rects, cairo_rectangle_t, i);
        const cairo_rectangle_t *b = &g_array_index (rects, cairo_rectangle_t, j);

        if (overlaps (a, b))
          g_error ("rectangles %u (%g,%g %g×%g) and %u (%g,%g %g×%g) overlap at %g×%g",
                   i, a->x, a->y, a->width, a->height, j, b->x, b->y, b->width, b->height, width, height);
      }

  g_assert_false (po_journey_render_hit (layout, -5, -5, &hit));
  g_assert_cmpint (hit.kind, ==, PO_JOURNEY_HIT_NONE);
  g_assert_false (po_journey_render_hit (layout, width + 10, height / 2, &hit));
}

static void
test_sizes (void)
{
  static const double sizes[][2] = {
    { 1400, 1000 }, { 842, 595 }, { 320, 240 }, { 4000, 2600 }, { 900, 2000 }, { 2000, 500 },
  };
  const char * const *models = po_journey_defaults_get_models ();

  for (guint m = 0; models[m] != NULL; m++)
    for (guint variant = 0; variant < 4; variant++)
      {
        g_autoptr(PoJourneyMap) map = sample_map (models[m], variant & 1, variant & 2);
        PoJourneyRenderOptions options;

        po_journey_render_options_init (&options);
        for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
          {
            options.scale = 1.0;
            check_layout (map, &options, sizes[s][0], sizes[s][1]);
            options.scale = 2.0;
            check_layout (map, &options, sizes[s][0], sizes[s][1]);
          }
      }
}

static void
test_options (void)
{
  g_autoptr(PoJourneyMap) map = sample_map ("post-sale", TRUE, TRUE);
  PoJourneyRenderOptions options;

  po_journey_render_options_init (&options);
  options.show_title = FALSE;
  options.show_legend = FALSE;
  options.show_personas = FALSE;
  options.show_overlay = FALSE;
  check_layout (map, &options, 1200, 900);

  {
    g_autoptr(PoJourneyLayout) layout = po_journey_layout_new (map, &options, 1200, 900);
    cairo_rectangle_t r;

    g_assert_false (po_journey_layout_get_legend_rect (layout, &r));
    g_assert_false (po_journey_layout_get_persona_rect (layout, 0, &r));
    g_assert_false (po_journey_layout_get_badge_rect (layout, 0, &r));
  }
}

static void
test_scale (void)
{
  g_autoptr(PoJourneyMap) map = sample_map ("peak-one", TRUE, FALSE);
  PoJourneyRenderOptions options;
  double w, h, w2, h2;

  po_journey_render_options_init (&options);
  po_journey_render_natural_size (map, &options, &w, &h);
  g_assert_cmpfloat (w, >, 400);
  g_assert_cmpfloat (h, >, 400);

  /* At its natural size the map needs no shrinking. */
  {
    g_autoptr(PoJourneyLayout) layout = po_journey_layout_new (map, &options, w, h);
    g_assert_cmpfloat (po_journey_layout_get_unit (layout), ==, 1.0);
  }

  options.scale = 2.0;
  po_journey_render_natural_size (map, &options, &w2, &h2);
  g_assert_cmpfloat (fabs (w2 - 2 * w), <=, 2);
  g_assert_cmpfloat (fabs (h2 - 2 * h), <=, 2);
  {
    g_autoptr(PoJourneyLayout) big = po_journey_layout_new (map, &options, w2, h2);
    g_autoptr(PoJourneyLayout) small = po_journey_layout_new (map, &options, w, h);

    g_assert_cmpfloat (po_journey_layout_get_unit (big), ==, 2.0);
    /* Too small for large type: shrinks to fit instead of overflowing. */
    g_assert_cmpfloat (po_journey_layout_get_unit (small), <, 2.0);
  }
}

static void
test_transition_width (void)
{
  double one = po_journey_render_transition_width (1, 1, 2000);
  double ten = po_journey_render_transition_width (1, 10, 2000);
  double all = po_journey_render_transition_width (1, 2000, 2000);

  g_assert_cmpfloat (one, >=, 1.0);
  g_assert_cmpfloat (one, <, ten);
  g_assert_cmpfloat (ten, <, all);
  g_assert_cmpfloat (all, <=, 12.0);
  g_assert_cmpfloat (po_journey_render_transition_width (2, 2000, 2000), ==, 2 * all);
  g_assert_cmpfloat (po_journey_render_transition_width (1, 5000, 2000), ==, all);
}

static void
test_empty_map (void)
{
  g_autoptr(PoJourneyMap) map = po_journey_map_new (NULL);
  g_autoptr(PoJourneyLayout) layout = NULL;
  PoJourneyHit hit;

  layout = po_journey_layout_new (map, NULL, 600, 400);
  g_assert_nonnull (layout);
  g_assert_false (po_journey_render_hit (layout, 300, 200, &hit));
  g_assert_false (po_journey_layout_get_cell_rect (layout, 0, 0, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/journey-layout/sizes", test_sizes);
  g_test_add_func ("/render/journey-layout/options", test_options);
  g_test_add_func ("/render/journey-layout/scale", test_scale);
  g_test_add_func ("/render/journey-layout/transition-width", test_transition_width);
  g_test_add_func ("/render/journey-layout/empty-map", test_empty_map);

  return g_test_run ();
}
