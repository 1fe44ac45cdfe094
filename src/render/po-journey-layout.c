/* po-journey-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-journey-layout"

#include "config.h"

#include "po-journey-layout-private.h"

#include <math.h>

/* The layout is pure arithmetic (no font measurement), so it is the same
 * for every surface and cheap enough to recompute on each resize.  Text
 * lanes get heights proportional to an estimate of their longest cell; the
 * drawing code wraps and ellipsizes whatever does not fit. */

#define AVG_CHAR_WIDTH   (0.56 * PO_JOURNEY_FONT_BODY)
#define MAX_CARD_LINES   9
#define EMOTION_NATURAL  124.0
#define EMOTION_MIN       78.0
#define TITLE_HEIGHT      52.0
#define TITLE_GAP         14.0
#define PERSONA_HEIGHT    96.0
#define PERSONA_GAP       16.0
#define PERSONA_MAX_WIDTH 400.0
#define HEADER_HEIGHT     64.0
#define BADGE_HEIGHT      46.0
#define BADGE_GAP          8.0
#define LEGEND_HEIGHT     22.0
#define LEGEND_GAP        16.0
#define NATURAL_COLUMN   190.0
#define HEADER_LANE_GAP   12.0

typedef struct
{
  double skip;   /* skip band height */
  double flow;   /* flow band height */
} Bands;

void
po_journey_render_options_init (PoJourneyRenderOptions *options)
{
  g_return_if_fail (options != NULL);

  options->scale = 1.0;
  options->highlight_phase = -1;
  options->show_title = TRUE;
  options->show_overlay = TRUE;
  options->show_personas = TRUE;
  options->show_legend = TRUE;
  options->hide_text = FALSE;
}

static int
find_emotion_lane (PoJourneyMap *map)
{
  guint n_lanes = po_journey_map_get_n_lanes (map);

  for (guint i = 0; i < n_lanes; i++)
    if (po_journey_map_get_lane (map, i)->kind == PO_JOURNEY_LANE_EMOTION)
      return (int) i;

  return -1;
}

static gboolean
has_title (PoJourneyMap                 *map,
           const PoJourneyRenderOptions *options)
{
  return options->show_title && po_journey_map_get_title (map) != NULL;
}

static gboolean
has_personas (PoJourneyMap                 *map,
              const PoJourneyRenderOptions *options)
{
  return options->show_personas && po_journey_map_get_n_personas (map) > 0;
}

static gboolean
has_badges (PoJourneyMap                 *map,
            const PoJourneyRenderOptions *options)
{
  guint n_phases = po_journey_map_get_n_phases (map);

  if (!options->show_overlay)
    return FALSE;

  for (guint i = 0; i < n_phases; i++)
    if (po_journey_map_get_phase (map, i)->has_stats)
      return TRUE;

  return FALSE;
}

/* Band heights in units: skip arcs nest above the headers by span,
 * regressions curve below them. */
static Bands
compute_bands (PoJourneyMap                 *map,
               const PoJourneyRenderOptions *options)
{
  Bands bands = { 0, 0 };
  guint max_skip = 0;
  guint max_back = 0;
  gboolean forward = FALSE;
  guint n;

  if (!options->show_overlay)
    return bands;

  n = po_journey_map_get_n_transitions (map);
  for (guint i = 0; i < n; i++)
    {
      const PoJourneyTransition *t = po_journey_map_get_transition (map, i);

      switch (t->kind)
        {
        case PO_JOURNEY_TRANSITION_FORWARD:
          forward = TRUE;
          break;
        case PO_JOURNEY_TRANSITION_SKIP:
          max_skip = MAX (max_skip, t->to - t->from - 1);
          break;
        case PO_JOURNEY_TRANSITION_REGRESSION:
          max_back = MAX (max_back, t->from - t->to);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  if (max_skip > 0)
    bands.skip = 30.0 + 14.0 * (MIN (max_skip, PO_JOURNEY_MAX_ARC_LEVELS) - 1);
  if (forward || max_back > 0)
    bands.flow = 34.0;
  if (max_back > 0)
    bands.flow += 22.0 + 12.0 * (MIN (max_back, PO_JOURNEY_MAX_ARC_LEVELS) - 1);

  return bands;
}

static double
header_height (gboolean badges)
{
  return HEADER_HEIGHT + (badges ? BADGE_HEIGHT + BADGE_GAP : 0.0);
}

/* Height in units of everything that is not a lane. */
static double
fixed_height (PoJourneyMap                 *map,
              const PoJourneyRenderOptions *options)
{
  Bands bands = compute_bands (map, options);
  guint n_lanes = po_journey_map_get_n_lanes (map);
  double h = 2 * PO_JOURNEY_MARGIN;

  if (has_title (map, options))
    h += TITLE_HEIGHT + TITLE_GAP;
  if (has_personas (map, options))
    h += PERSONA_HEIGHT + PERSONA_GAP;
  h += bands.skip;
  h += header_height (has_badges (map, options));
  h += bands.flow > 0 ? bands.flow : HEADER_LANE_GAP;
  if (n_lanes > 1)
    h += (n_lanes - 1) * PO_JOURNEY_ROW_GAP;
  if (options->show_legend)
    h += LEGEND_GAP + LEGEND_HEIGHT;

  return h;
}

static double
fixed_width (guint n_phases)
{
  double w = 2 * PO_JOURNEY_MARGIN + PO_JOURNEY_LANE_WIDTH + PO_JOURNEY_COLUMN_GAP;

  if (n_phases > 1)
    w += (n_phases - 1) * PO_JOURNEY_COLUMN_GAP;

  return w;
}

static guint
estimate_lines (const char *text,
                double      chars_per_line)
{
  g_auto(GStrv) paragraphs = NULL;
  guint lines = 0;
  gboolean bullets;

  if (text == NULL)
    return 1;

  paragraphs = g_strsplit (text, "\n", -1);
  bullets = g_strv_length (paragraphs) > 1;
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      double cpl = chars_per_line - (bullets ? PO_JOURNEY_BULLET_INDENT / AVG_CHAR_WIDTH : 0);
      glong len = g_utf8_strlen (paragraphs[i], -1);

      cpl = MAX (cpl, 4.0);
      lines += MAX (1, (guint) ceil (len / cpl));
    }

  return CLAMP (lines, 1, MAX_CARD_LINES);
}

/* Natural and minimum height of a lane in units, for a column width in
 * units. */
static void
lane_heights (PoJourneyMap *map,
              guint         lane,
              double        column_width,
              double       *natural,
              double       *minimum)
{
  guint n_phases = po_journey_map_get_n_phases (map);
  double cpl = (column_width - 2 * PO_JOURNEY_CARD_PAD) / AVG_CHAR_WIDTH;
  guint lines = 1;

  if (po_journey_map_get_lane (map, lane)->kind == PO_JOURNEY_LANE_EMOTION)
    {
      *natural = EMOTION_NATURAL;
      *minimum = EMOTION_MIN;
      return;
    }

  for (guint p = 0; p < n_phases; p++)
    lines = MAX (lines, estimate_lines (po_journey_map_get_cell (map, lane, p), cpl));

  /* Two lines say enough to recognise a card; below that the map shrinks. */
  *minimum = 2 * PO_JOURNEY_CARD_PAD + MIN (lines, 2) * PO_JOURNEY_LINE_HEIGHT;
  *natural = 2 * PO_JOURNEY_CARD_PAD + lines * PO_JOURNEY_LINE_HEIGHT;
}

void
po_journey_render_natural_size (PoJourneyMap                 *map,
                                const PoJourneyRenderOptions *options,
                                double                       *width,
                                double                       *height)
{
  PoJourneyRenderOptions defaults;
  guint n_phases, n_lanes;
  double h;

  g_return_if_fail (map != NULL);

  if (options == NULL)
    {
      po_journey_render_options_init (&defaults);
      options = &defaults;
    }

  n_phases = MAX (1, po_journey_map_get_n_phases (map));
  n_lanes = po_journey_map_get_n_lanes (map);
  h = fixed_height (map, options);
  for (guint l = 0; l < n_lanes; l++)
    {
      double natural, minimum;

      lane_heights (map, l, NATURAL_COLUMN, &natural, &minimum);
      h += natural;
    }

  if (width != NULL)
    *width = ceil ((fixed_width (n_phases) + n_phases * NATURAL_COLUMN) * options->scale);
  if (height != NULL)
    *height = ceil (h * options->scale);
}

static cairo_rectangle_t
rect (double x,
      double y,
      double w,
      double h)
{
  cairo_rectangle_t r = { x, y, MAX (w, 0), MAX (h, 0) };
  return r;
}

PoJourneyLayout *
po_journey_layout_new (PoJourneyMap                 *map,
                       const PoJourneyRenderOptions *options,
                       double                        width,
                       double                        height)
{
  PoJourneyLayout *self;
  PoJourneyRenderOptions defaults;
  g_autofree double *natural = NULL;
  g_autofree double *minimum = NULL;
  double u, min_h, sum_natural = 0, sum_minimum = 0;
  double column_width, content_width, lanes_avail, y, x0;
  guint n_phases, n_lanes, n_cols;
  Bands bands;

  g_return_val_if_fail (map != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  if (options == NULL)
    {
      po_journey_render_options_init (&defaults);
      options = &defaults;
    }

  self = g_new0 (PoJourneyLayout, 1);
  self->map = po_journey_map_ref (map);
  self->options = *options;
  if (!(self->options.scale > 0))
    self->options.scale = 1.0;
  self->width = width;
  self->height = height;
  self->n_phases = n_phases = po_journey_map_get_n_phases (map);
  self->n_lanes = n_lanes = po_journey_map_get_n_lanes (map);
  self->n_personas = has_personas (map, options) ? po_journey_map_get_n_personas (map) : 0;
  self->emotion_lane = find_emotion_lane (map);
  self->badges = has_badges (map, options);
  bands = compute_bands (map, options);
  self->overlay = self->badges || bands.skip > 0 || bands.flow > 0;
  n_cols = MAX (1, n_phases);

  /* The unit: the requested scale, reduced until the minimal layout fits. */
  natural = g_new0 (double, MAX (1, n_lanes));
  minimum = g_new0 (double, MAX (1, n_lanes));
  min_h = fixed_height (map, options);
  for (guint l = 0; l < n_lanes; l++)
    {
      double nat, min;

      lane_heights (map, l, PO_JOURNEY_MIN_COLUMN, &nat, &min);
      min_h += min;
    }
  u = self->options.scale;
  u = MIN (u, height / min_h);
  u = MIN (u, width / (fixed_width (n_cols) + n_cols * PO_JOURNEY_MIN_COLUMN));
  self->unit = u;

  content_width = width - 2 * PO_JOURNEY_MARGIN * u;
  column_width = (width - fixed_width (n_cols) * u) / n_cols;

  for (guint l = 0; l < n_lanes; l++)
    {
      lane_heights (map, l, column_width / u, &natural[l], &minimum[l]);
      natural[l] *= u;
      minimum[l] *= u;
      sum_natural += natural[l];
      sum_minimum += minimum[l];
    }
  lanes_avail = height - fixed_height (map, options) * u;

  y = PO_JOURNEY_MARGIN * u;
  x0 = PO_JOURNEY_MARGIN * u;

  if (has_title (map, options))
    {
      self->title = rect (x0, y, content_width, TITLE_HEIGHT * u);
      y += (TITLE_HEIGHT + TITLE_GAP) * u;
    }

  self->persona_rects = g_new0 (cairo_rectangle_t, MAX (1, self->n_personas));
  if (self->n_personas > 0)
    {
      double gap = PO_JOURNEY_COLUMN_GAP * u;
      double pw = (content_width - (self->n_personas - 1) * gap) / self->n_personas;

      pw = MIN (pw, PERSONA_MAX_WIDTH * u);
      for (guint i = 0; i < self->n_personas; i++)
        self->persona_rects[i] = rect (x0 + i * (pw + gap), y, pw, PERSONA_HEIGHT * u);
      y += (PERSONA_HEIGHT + PERSONA_GAP) * u;
    }

  self->skip_band = rect (x0, y, content_width, bands.skip * u);
  y += bands.skip * u;

  self->columns = g_new0 (cairo_rectangle_t, n_cols);
  self->headers = g_new0 (cairo_rectangle_t, n_cols);
  self->badge_rects = g_new0 (cairo_rectangle_t, n_cols);
  self->emotion_x = g_new0 (double, n_cols);
  self->emotion_y = g_new0 (double, n_cols);
  for (guint p = 0; p < n_phases; p++)
    {
      double cx = x0 + (PO_JOURNEY_LANE_WIDTH + PO_JOURNEY_COLUMN_GAP) * u
                  + p * (column_width + PO_JOURNEY_COLUMN_GAP * u);

      self->headers[p] = rect (cx, y, column_width, header_height (self->badges) * u);
      if (self->badges && po_journey_map_get_phase (map, p)->has_stats)
        self->badge_rects[p] = rect (cx + PO_JOURNEY_CARD_PAD * u,
                                     y + (HEADER_HEIGHT - 4.0) * u,
                                     column_width - 2 * PO_JOURNEY_CARD_PAD * u,
                                     BADGE_HEIGHT * u);
      self->columns[p] = self->headers[p];
    }
  y += header_height (self->badges) * u;

  self->flow_band = rect (x0, y, content_width, bands.flow * u);
  y += (bands.flow > 0 ? bands.flow : HEADER_LANE_GAP) * u;

  self->lane_rects = g_new0 (cairo_rectangle_t, MAX (1, n_lanes));
  self->cells = g_new0 (cairo_rectangle_t, MAX (1, n_lanes * n_phases));
  for (guint l = 0; l < n_lanes; l++)
    {
      double h;

      if (lanes_avail >= sum_natural)
        h = natural[l] + (lanes_avail - sum_natural) * natural[l] / MAX (sum_natural, 1e-9);
      else if (sum_natural > sum_minimum)
        h = minimum[l] + (natural[l] - minimum[l]) * MAX (lanes_avail - sum_minimum, 0)
                         / (sum_natural - sum_minimum);
      else
        h = minimum[l];

      self->lane_rects[l] = rect (x0, y, PO_JOURNEY_LANE_WIDTH * u, h);
      for (guint p = 0; p < n_phases; p++)
        self->cells[l * n_phases + p] = rect (self->headers[p].x, y, column_width, h);
      y += h;
      if (l + 1 < n_lanes)
        y += PO_JOURNEY_ROW_GAP * u;
    }

  for (guint p = 0; p < n_phases; p++)
    {
      self->columns[p].height = MAX (y - self->columns[p].y, self->headers[p].height);
      self->emotion_x[p] = NAN;
      self->emotion_y[p] = NAN;

      if (self->emotion_lane >= 0)
        {
          const cairo_rectangle_t *c = &self->cells[self->emotion_lane * n_phases + p];
          double value = po_journey_map_get_emotion (map, p);
          double mid, amplitude;

          _po_journey_emotion_geometry (c, u, &mid, &amplitude);
          if (!isnan (value))
            {
              self->emotion_x[p] = c->x + c->width / 2;
              self->emotion_y[p] = mid - value / PO_JOURNEY_EMOTION_MAX * amplitude;
            }
        }
    }

  if (options->show_legend)
    self->legend = rect (x0, y + LEGEND_GAP * u, content_width, LEGEND_HEIGHT * u);

  return self;
}

void
po_journey_layout_free (PoJourneyLayout *layout)
{
  if (layout == NULL)
    return;

  g_clear_pointer (&layout->map, po_journey_map_unref);
  g_free (layout->persona_rects);
  g_free (layout->columns);
  g_free (layout->headers);
  g_free (layout->badge_rects);
  g_free (layout->lane_rects);
  g_free (layout->cells);
  g_free (layout->emotion_x);
  g_free (layout->emotion_y);
  g_free (layout);
}

PoJourneyMap *
po_journey_layout_get_map (PoJourneyLayout *layout)
{
  g_return_val_if_fail (layout != NULL, NULL);

  return layout->map;
}

/* The size of one unit in user space: the requested scale, or less when the
 * map had to shrink to fit the canvas. */
double
po_journey_layout_get_unit (PoJourneyLayout *layout)
{
  g_return_val_if_fail (layout != NULL, 0);

  return layout->unit;
}

void
po_journey_layout_get_size (PoJourneyLayout *layout,
                            double          *width,
                            double          *height)
{
  g_return_if_fail (layout != NULL);

  if (width != NULL)
    *width = layout->width;
  if (height != NULL)
    *height = layout->height;
}

static gboolean
copy_rect (const cairo_rectangle_t *src,
           cairo_rectangle_t       *dest)
{
  if (src->width <= 0 || src->height <= 0)
    return FALSE;
  if (dest != NULL)
    *dest = *src;
  return TRUE;
}

gboolean
po_journey_layout_get_cell_rect (PoJourneyLayout   *layout,
                                 guint              lane,
                                 guint              phase,
                                 cairo_rectangle_t *rect_out)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  if (lane >= layout->n_lanes || phase >= layout->n_phases)
    return FALSE;
  return copy_rect (&layout->cells[lane * layout->n_phases + phase], rect_out);
}

gboolean
po_journey_layout_get_lane_rect (PoJourneyLayout   *layout,
                                 guint              lane,
                                 cairo_rectangle_t *rect_out)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  if (lane >= layout->n_lanes)
    return FALSE;
  return copy_rect (&layout->lane_rects[lane], rect_out);
}

gboolean
po_journey_layout_get_phase_rect (PoJourneyLayout   *layout,
                                  guint              phase,
                                  cairo_rectangle_t *rect_out)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  if (phase >= layout->n_phases)
    return FALSE;
  return copy_rect (&layout->headers[phase], rect_out);
}

gboolean
po_journey_layout_get_column_rect (PoJourneyLayout   *layout,
                                   guint              phase,
                                   cairo_rectangle_t *rect_out)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  if (phase >= layout->n_phases)
    return FALSE;
  return copy_rect (&layout->columns[phase], rect_out);
}

gboolean
po_journey_layout_get_badge_rect (PoJourneyLayout   *layout,
                                  guint              phase,
                                  cairo_rectangle_t *rect_out)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  if (phase >= layout->n_phases)
    return FALSE;
  return copy_rect (&layout->badge_rects[phase], rect_out);
}

gboolean
po_journey_layout_get_persona_rect (PoJourneyLayout   *layout,
                                    guint              persona,
                                    cairo_rectangle_t *rect_out)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  if (persona >= layout->n_personas)
    return FALSE;
  return copy_rect (&layout->persona_rects[persona], rect_out);
}

gboolean
po_journey_layout_get_legend_rect (PoJourneyLayout   *layout,
                                   cairo_rectangle_t *rect_out)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  return copy_rect (&layout->legend, rect_out);
}

gboolean
po_journey_layout_get_emotion_point (PoJourneyLayout *layout,
                                     guint            phase,
                                     double          *x,
                                     double          *y)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  if (phase >= layout->n_phases || isnan (layout->emotion_x[phase]))
    return FALSE;
  if (x != NULL)
    *x = layout->emotion_x[phase];
  if (y != NULL)
    *y = layout->emotion_y[phase];
  return TRUE;
}

static gboolean
inside (const cairo_rectangle_t *r,
        double                   x,
        double                   y)
{
  return r->width > 0 && r->height > 0 &&
         x >= r->x && x < r->x + r->width &&
         y >= r->y && y < r->y + r->height;
}

/* Fills @hit with what lies under (@x, @y); returns FALSE over empty
 * canvas.  Emotion points win over the cell they sit in, badges over
 * their header. */
gboolean
po_journey_render_hit (PoJourneyLayout *layout,
                       double           x,
                       double           y,
                       PoJourneyHit    *hit)
{
  PoJourneyHit result = { PO_JOURNEY_HIT_NONE, -1, -1, -1 };
  double radius;

  g_return_val_if_fail (layout != NULL, FALSE);

  radius = PO_JOURNEY_POINT_HIT * layout->unit;

  for (guint p = 0; p < layout->n_phases && result.kind == PO_JOURNEY_HIT_NONE; p++)
    {
      if (!isnan (layout->emotion_x[p]) &&
          hypot (x - layout->emotion_x[p], y - layout->emotion_y[p]) <= radius)
        {
          result.kind = PO_JOURNEY_HIT_EMOTION_POINT;
          result.lane = layout->emotion_lane;
          result.phase = (int) p;
        }
      else if (inside (&layout->badge_rects[p], x, y))
        {
          result.kind = PO_JOURNEY_HIT_BADGE;
          result.phase = (int) p;
        }
      else if (inside (&layout->headers[p], x, y))
        {
          result.kind = PO_JOURNEY_HIT_PHASE;
          result.phase = (int) p;
        }
    }

  for (guint l = 0; l < layout->n_lanes && result.kind == PO_JOURNEY_HIT_NONE; l++)
    {
      if (inside (&layout->lane_rects[l], x, y))
        {
          result.kind = PO_JOURNEY_HIT_LANE;
          result.lane = (int) l;
          break;
        }
      for (guint p = 0; p < layout->n_phases; p++)
        if (inside (&layout->cells[l * layout->n_phases + p], x, y))
          {
            result.kind = PO_JOURNEY_HIT_CELL;
            result.lane = (int) l;
            result.phase = (int) p;
            break;
          }
    }

  for (guint i = 0; i < layout->n_personas && result.kind == PO_JOURNEY_HIT_NONE; i++)
    if (inside (&layout->persona_rects[i], x, y))
      {
        result.kind = PO_JOURNEY_HIT_PERSONA;
        result.persona = (int) i;
      }

  if (result.kind == PO_JOURNEY_HIT_NONE && inside (&layout->title, x, y))
    result.kind = PO_JOURNEY_HIT_TITLE;

  if (hit != NULL)
    *hit = result;

  return result.kind != PO_JOURNEY_HIT_NONE;
}

/* Arrow stroke width for @count transitions: by the square root of the
 * count, so a path taken by 2,000 accounts stays readable next to one
 * taken by three, and the thin one is still visible. */
double
po_journey_render_transition_width (double unit,
                                    guint  count,
                                    guint  max_count)
{
  double min_w = 1.5, max_w = 10.0;

  if (count == 0 || max_count == 0)
    return min_w * unit;
  if (max_count <= 1)
    return 4.0 * unit;

  count = MIN (count, max_count);
  return (min_w + (max_w - min_w) * sqrt ((double) count / max_count)) * unit;
}
