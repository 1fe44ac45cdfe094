/* po-journey-map.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The in-memory journey map the renderer draws: phases (columns), lanes
 * (rows), text cells, an emotion value per phase, optional personas and the
 * live overlay (per-phase statistics and transitions between phases).  It
 * holds no reference to a store; core or UI code fills it. */

#define PO_TYPE_JOURNEY_MAP (po_journey_map_get_type ())

#define PO_JOURNEY_EMOTION_MIN (-2.0)
#define PO_JOURNEY_EMOTION_MAX (2.0)

typedef struct _PoJourneyMap PoJourneyMap;

typedef enum
{
  PO_JOURNEY_LANE_TEXT,
  PO_JOURNEY_LANE_EMOTION,
} PoJourneyLaneKind;

typedef enum
{
  PO_JOURNEY_TRANSITION_FORWARD,
  PO_JOURNEY_TRANSITION_SKIP,
  PO_JOURNEY_TRANSITION_REGRESSION,
} PoJourneyTransitionKind;

typedef struct
{
  char   *code;
  char   *title;
  char   *duration;         /* expected duration text, or NULL */
  double  emotion;          /* −2..+2, NaN when unset */

  /* Live overlay; valid when has_stats is set. */
  gboolean has_stats;
  guint    tracks_now;
  double   median_days;     /* NaN when unknown */
  double   completion_rate; /* 0..1, NaN when unknown */
} PoJourneyPhase;

typedef struct
{
  char              *code;
  char              *title;
  PoJourneyLaneKind  kind;
} PoJourneyLane;

typedef struct
{
  char *name;
  char *role;
  char *goal;
  char *quote;
} PoJourneyPersona;

typedef struct
{
  guint                   from;
  guint                   to;
  PoJourneyTransitionKind kind;
  guint                   count;
} PoJourneyTransition;

GType                      po_journey_map_get_type              (void) G_GNUC_CONST;
PoJourneyMap              *po_journey_map_new                   (const char              *title);
PoJourneyMap              *po_journey_map_ref                   (PoJourneyMap            *self);
void                       po_journey_map_unref                 (PoJourneyMap            *self);

const char                *po_journey_map_get_title             (PoJourneyMap            *self);
void                       po_journey_map_set_title             (PoJourneyMap            *self,
                                                                 const char              *title);
const char                *po_journey_map_get_subtitle          (PoJourneyMap            *self);
void                       po_journey_map_set_subtitle          (PoJourneyMap            *self,
                                                                 const char              *subtitle);

guint                      po_journey_map_add_phase             (PoJourneyMap            *self,
                                                                 const char              *code,
                                                                 const char              *title,
                                                                 const char              *duration);
guint                      po_journey_map_get_n_phases          (PoJourneyMap            *self);
const PoJourneyPhase      *po_journey_map_get_phase             (PoJourneyMap            *self,
                                                                 guint                    phase);
int                        po_journey_map_find_phase            (PoJourneyMap            *self,
                                                                 const char              *code);
void                       po_journey_map_set_phase_title       (PoJourneyMap            *self,
                                                                 guint                    phase,
                                                                 const char              *title);
void                       po_journey_map_set_phase_duration    (PoJourneyMap            *self,
                                                                 guint                    phase,
                                                                 const char              *duration);

guint                      po_journey_map_add_lane              (PoJourneyMap            *self,
                                                                 const char              *code,
                                                                 const char              *title,
                                                                 PoJourneyLaneKind        kind);
guint                      po_journey_map_get_n_lanes           (PoJourneyMap            *self);
const PoJourneyLane       *po_journey_map_get_lane              (PoJourneyMap            *self,
                                                                 guint                    lane);
int                        po_journey_map_find_lane             (PoJourneyMap            *self,
                                                                 const char              *code);
void                       po_journey_map_set_lane_title        (PoJourneyMap            *self,
                                                                 guint                    lane,
                                                                 const char              *title);

void                       po_journey_map_set_cell              (PoJourneyMap            *self,
                                                                 guint                    lane,
                                                                 guint                    phase,
                                                                 const char              *text);
const char                *po_journey_map_get_cell              (PoJourneyMap            *self,
                                                                 guint                    lane,
                                                                 guint                    phase);

void                       po_journey_map_set_emotion           (PoJourneyMap            *self,
                                                                 guint                    phase,
                                                                 double                   value);
double                     po_journey_map_get_emotion           (PoJourneyMap            *self,
                                                                 guint                    phase);

guint                      po_journey_map_add_persona           (PoJourneyMap            *self,
                                                                 const char              *name,
                                                                 const char              *role,
                                                                 const char              *goal,
                                                                 const char              *quote);
guint                      po_journey_map_get_n_personas        (PoJourneyMap            *self);
const PoJourneyPersona    *po_journey_map_get_persona           (PoJourneyMap            *self,
                                                                 guint                    persona);
void                       po_journey_map_clear_personas        (PoJourneyMap            *self);

void                       po_journey_map_set_phase_stats       (PoJourneyMap            *self,
                                                                 guint                    phase,
                                                                 guint                    tracks_now,
                                                                 double                   median_days,
                                                                 double                   completion_rate);
void                       po_journey_map_add_transition        (PoJourneyMap            *self,
                                                                 guint                    from,
                                                                 guint                    to,
                                                                 guint                    count);
guint                      po_journey_map_get_n_transitions     (PoJourneyMap            *self);
const PoJourneyTransition *po_journey_map_get_transition        (PoJourneyMap            *self,
                                                                 guint                    index);
guint                      po_journey_map_get_max_transition_count (PoJourneyMap         *self);
gboolean                   po_journey_map_has_overlay           (PoJourneyMap            *self);
void                       po_journey_map_clear_overlay         (PoJourneyMap            *self);

PoJourneyTransitionKind    po_journey_transition_kind_for       (guint                    from,
                                                                 guint                    to);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoJourneyMap, po_journey_map_unref)

G_END_DECLS
