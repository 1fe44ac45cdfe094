/* po-journey-layout-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-journey-render.h"

G_BEGIN_DECLS

/* Metrics in units of PoJourneyLayout.unit (1.0 at scale 1 = one pixel). */
#define PO_JOURNEY_MARGIN          28.0
#define PO_JOURNEY_LANE_WIDTH     136.0
#define PO_JOURNEY_COLUMN_GAP      12.0
#define PO_JOURNEY_ROW_GAP          8.0
#define PO_JOURNEY_CARD_PAD        10.0
#define PO_JOURNEY_LINE_HEIGHT     15.0
#define PO_JOURNEY_BULLET_INDENT   11.0
#define PO_JOURNEY_MIN_COLUMN      96.0
#define PO_JOURNEY_POINT_RADIUS     6.5
#define PO_JOURNEY_POINT_HIT       11.0

/* Font sizes in units. */
#define PO_JOURNEY_FONT_TITLE      22.0
#define PO_JOURNEY_FONT_SUBTITLE   12.0
#define PO_JOURNEY_FONT_PHASE      15.0
#define PO_JOURNEY_FONT_DURATION   11.0
#define PO_JOURNEY_FONT_BODY       11.0
#define PO_JOURNEY_FONT_LANE       11.5
#define PO_JOURNEY_FONT_BADGE_BIG  19.0
#define PO_JOURNEY_FONT_SMALL      10.0

#define PO_JOURNEY_MAX_ARC_LEVELS   4

struct _PoJourneyLayout
{
  PoJourneyMap           *map;
  PoJourneyRenderOptions  options;
  double                  width;
  double                  height;
  double                  unit;
  guint                   n_phases;
  guint                   n_lanes;
  guint                   n_personas;
  int                     emotion_lane;
  gboolean                overlay;
  gboolean                badges;

  cairo_rectangle_t       title;       /* zero height when hidden */
  cairo_rectangle_t       skip_band;   /* above the phase headers */
  cairo_rectangle_t       flow_band;   /* below the phase headers */
  cairo_rectangle_t       legend;      /* zero height when hidden */
  cairo_rectangle_t      *persona_rects;
  cairo_rectangle_t      *columns;     /* header top to last lane bottom */
  cairo_rectangle_t      *headers;
  cairo_rectangle_t      *badge_rects; /* zero size without stats */
  cairo_rectangle_t      *lane_rects;
  cairo_rectangle_t      *cells;       /* lane * n_phases + phase */
  double                 *emotion_x;   /* NaN when the phase has no emotion */
  double                 *emotion_y;
};

/* The emotion curve spans the lane above a row of captions. */
#define PO_JOURNEY_EMOTION_CAPTION 20.0

static inline void
_po_journey_emotion_geometry (const cairo_rectangle_t *lane_cell,
                              double                   unit,
                              double                  *mid,
                              double                  *amplitude)
{
  double area = lane_cell->height - PO_JOURNEY_EMOTION_CAPTION * unit;

  *mid = lane_cell->y + area / 2;
  *amplitude = MAX (area / 2 - (PO_JOURNEY_POINT_RADIUS + 8.0) * unit, 0);
}

G_END_DECLS
