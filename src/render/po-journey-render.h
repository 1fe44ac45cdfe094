/* po-journey-render.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "po-journey-map.h"

G_BEGIN_DECLS

typedef struct
{
  double   scale;           /* type and spacing factor; 1.0 = normal */
  int      highlight_phase; /* presentation mode: -1 = none */
  gboolean show_title;
  gboolean show_overlay;    /* badges and transition arrows, if the map has them */
  gboolean show_personas;
  gboolean show_legend;
  gboolean hide_text;       /* shapes only; used by pixel tests */
} PoJourneyRenderOptions;

typedef enum
{
  PO_PAPER_SIZE_CUSTOM,
  PO_PAPER_SIZE_A4_LANDSCAPE,
  PO_PAPER_SIZE_A3_LANDSCAPE,
} PoPaperSize;

typedef enum
{
  PO_JOURNEY_HIT_NONE,
  PO_JOURNEY_HIT_TITLE,
  PO_JOURNEY_HIT_PERSONA,
  PO_JOURNEY_HIT_PHASE,
  PO_JOURNEY_HIT_BADGE,
  PO_JOURNEY_HIT_LANE,
  PO_JOURNEY_HIT_CELL,
  PO_JOURNEY_HIT_EMOTION_POINT,
} PoJourneyHitKind;

typedef struct
{
  PoJourneyHitKind kind;
  int              lane;    /* -1 unless LANE, CELL or EMOTION_POINT */
  int              phase;   /* -1 unless PHASE, BADGE, CELL or EMOTION_POINT */
  int              persona; /* -1 unless PERSONA */
} PoJourneyHit;

/* The geometry of one map drawn at one size, in the user units of the
 * canvas.  The UI keeps it for hit testing between redraws. */
typedef struct _PoJourneyLayout PoJourneyLayout;

void              po_journey_render_options_init      (PoJourneyRenderOptions        *options);

void              po_journey_render_natural_size      (PoJourneyMap                  *map,
                                                       const PoJourneyRenderOptions  *options,
                                                       double                        *width,
                                                       double                        *height);

PoJourneyLayout  *po_journey_layout_new               (PoJourneyMap                  *map,
                                                       const PoJourneyRenderOptions  *options,
                                                       double                         width,
                                                       double                         height);
void              po_journey_layout_free              (PoJourneyLayout               *layout);
PoJourneyMap     *po_journey_layout_get_map           (PoJourneyLayout               *layout);
double            po_journey_layout_get_unit          (PoJourneyLayout               *layout);
void              po_journey_layout_get_size          (PoJourneyLayout               *layout,
                                                       double                        *width,
                                                       double                        *height);
gboolean          po_journey_layout_get_cell_rect     (PoJourneyLayout               *layout,
                                                       guint                          lane,
                                                       guint                          phase,
                                                       cairo_rectangle_t             *rect);
gboolean          po_journey_layout_get_lane_rect     (PoJourneyLayout               *layout,
                                                       guint                          lane,
                                                       cairo_rectangle_t             *rect);
gboolean          po_journey_layout_get_phase_rect    (PoJourneyLayout               *layout,
                                                       guint                          phase,
                                                       cairo_rectangle_t             *rect);
gboolean          po_journey_layout_get_column_rect   (PoJourneyLayout               *layout,
                                                       guint                          phase,
                                                       cairo_rectangle_t             *rect);
gboolean          po_journey_layout_get_badge_rect    (PoJourneyLayout               *layout,
                                                       guint                          phase,
                                                       cairo_rectangle_t             *rect);
gboolean          po_journey_layout_get_persona_rect  (PoJourneyLayout               *layout,
                                                       guint                          persona,
                                                       cairo_rectangle_t             *rect);
gboolean          po_journey_layout_get_legend_rect   (PoJourneyLayout               *layout,
                                                       cairo_rectangle_t             *rect);
gboolean          po_journey_layout_get_emotion_point (PoJourneyLayout               *layout,
                                                       guint                          phase,
                                                       double                        *x,
                                                       double                        *y);

gboolean          po_journey_render_hit               (PoJourneyLayout               *layout,
                                                       double                         x,
                                                       double                         y,
                                                       PoJourneyHit                  *hit);

double            po_journey_render_transition_width  (double                         unit,
                                                       guint                          count,
                                                       guint                          max_count);

void              po_journey_render_draw              (PoJourneyLayout               *layout,
                                                       cairo_t                       *cr);
void              po_journey_render                   (PoJourneyMap                  *map,
                                                       const PoJourneyRenderOptions  *options,
                                                       cairo_t                       *cr,
                                                       double                         width,
                                                       double                         height);

void              po_paper_size_get_points            (PoPaperSize                    paper,
                                                       double                        *width,
                                                       double                        *height);
gboolean          po_journey_render_to_file           (PoJourneyMap                  *map,
                                                       const PoJourneyRenderOptions  *options,
                                                       const char                    *path,
                                                       PoPaperSize                    paper,
                                                       double                         width,
                                                       double                         height,
                                                       GError                       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoJourneyLayout, po_journey_layout_free)

G_END_DECLS
