/* po-journey-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-history.h"
#include "po-journey-stats.h"
#include "po-store.h"

#include "po-journey-map.h"

G_BEGIN_DECLS

/* Journey maps in the workspace (tables journey_maps, journey_stages,
 * journey_lanes, journey_cells, journey_emotions, journey_personas) as
 * PoJourneyMap for the renderer.  A map's columns are its own stages, or
 * the phases of its phase model while it has none; the first edit of a
 * column copies the phases into stages.  Every edit is one PoHistory step,
 * so the caller reloads the map after it, and after undo or redo. */

/* Installs the default maps of both built-in models (the workspace's own
 * model first), translated into the current language, when the workspace
 * has no map; does nothing otherwise or when it is read-only. */
gboolean             po_journey_store_ensure_defaults (PoStore            *store,
                                                       GError            **error);

/* Of PoJourneyMapRecord, in display order. */
GPtrArray           *po_journey_store_list_maps       (PoStore            *store,
                                                       GError            **error);
PoJourneyMapRecord  *po_journey_store_find_map        (PoStore            *store,
                                                       const char         *key,
                                                       GError            **error);
/* "Post-sale customer journey · Enterprise", for map choosers. */
char                *po_journey_store_describe_map    (const PoJourneyMapRecord *record);

PoJourneyMap        *po_journey_store_load            (PoStore            *store,
                                                       gint64              map_id,
                                                       GError            **error);
/* The default map of @model for @segment (NULL: all), not stored. */
PoJourneyMap        *po_journey_store_default_map     (const char         *model,
                                                       const char         *segment,
                                                       GError            **error);

/* The live overlay: statistics of the map's phase model under @filter,
 * matched to the map's columns by phase code. */
gboolean             po_journey_store_fill_overlay    (PoJourneyMap          *map,
                                                       PoStore               *store,
                                                       const char            *model,
                                                       const PoJourneyFilter *filter,
                                                       GError               **error);
void                 po_journey_store_apply_stats     (PoJourneyMap          *map,
                                                       const PoJourneyStats  *stats);

/* Edits, each one undoable step. */
gint64               po_journey_store_create_map      (PoHistory          *history,
                                                       const char         *model,
                                                       const char         *segment,
                                                       GError            **error);
gboolean             po_journey_store_delete_map      (PoHistory          *history,
                                                       gint64              map_id,
                                                       GError            **error);
gboolean             po_journey_store_set_title       (PoHistory          *history,
                                                       gint64              map_id,
                                                       const char         *title,
                                                       GError            **error);
gboolean             po_journey_store_set_cell        (PoHistory          *history,
                                                       gint64              map_id,
                                                       const char         *lane,
                                                       const char         *phase,
                                                       const char         *text,
                                                       GError            **error);
/* NaN removes the point. */
gboolean             po_journey_store_set_emotion     (PoHistory          *history,
                                                       gint64              map_id,
                                                       const char         *phase,
                                                       double              value,
                                                       GError            **error);

gboolean             po_journey_store_set_lane_title  (PoHistory          *history,
                                                       gint64              map_id,
                                                       const char         *lane,
                                                       const char         *title,
                                                       GError            **error);
/* Inserts a text lane at @position (-1: last); returns its new code. */
char                *po_journey_store_add_lane        (PoHistory          *history,
                                                       gint64              map_id,
                                                       int                 position,
                                                       const char         *title,
                                                       GError            **error);
gboolean             po_journey_store_remove_lane     (PoHistory          *history,
                                                       gint64              map_id,
                                                       const char         *lane,
                                                       GError            **error);
/* Moves a lane by @delta places (−1 up, +1 down). */
gboolean             po_journey_store_move_lane       (PoHistory          *history,
                                                       gint64              map_id,
                                                       const char         *lane,
                                                       int                 delta,
                                                       GError            **error);

gboolean             po_journey_store_set_stage_title (PoHistory          *history,
                                                       gint64              map_id,
                                                       const char         *phase,
                                                       const char         *title,
                                                       GError            **error);
char                *po_journey_store_add_stage       (PoHistory          *history,
                                                       gint64              map_id,
                                                       int                 position,
                                                       const char         *title,
                                                       GError            **error);
gboolean             po_journey_store_remove_stage    (PoHistory          *history,
                                                       gint64              map_id,
                                                       const char         *phase,
                                                       GError            **error);
gboolean             po_journey_store_move_stage      (PoHistory          *history,
                                                       gint64              map_id,
                                                       const char         *phase,
                                                       int                 delta,
                                                       GError            **error);

G_END_DECLS
