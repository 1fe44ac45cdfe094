/* po-journey-stats.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-store.h"

G_BEGIN_DECLS

/* The live overlay of a journey map (DESIGN.md §3 "Journey health", §5):
 * per phase of a phase model the tracks now in it, how long completed stays
 * took and how many stays were completed; and the transitions between
 * phase pairs by kind.
 *
 * Definitions (the tests rely on them):
 * - Only transitions dated on or before the reference day count, and only
 *   those into a phase of the model; a transition into the phase a track
 *   is already in changes nothing. The reference day is `to`, or today.
 * - A *stay* runs from a track's transition into a phase to its next
 *   transition, or to its account's churn date when that comes first and
 *   on or before the reference day (a stay ended by churn is not
 *   completed).
 * - tracks_now: tracks whose stay in the phase is still open on the
 *   reference day (churned accounts have none).
 * - The velocity and completion figures describe the stays that began in
 *   the period [from, to]: median_days and mean_days over those that ended
 *   with a transition; completion_rate = stays that left forward (a forward
 *   or skip transition) / stays that ended or outlasted the segment's
 *   maximum duration of the phase (post-sale onboarding, adoption and
 *   renewal lead time, seed 001).
 * - Transition counts: transitions dated in the period, by kind (start,
 *   forward, skip, regression, restart) and per phase pair. */

typedef struct
{
  int          segment;     /* a PoSegment, or -1 for all segments */
  gint64       account_id;  /* 0 for all accounts */
  const char  *owner;       /* NULL for every owner */
  PoDay        from;        /* PO_DAY_NONE: since the first transition */
  PoDay        to;          /* PO_DAY_NONE: up to today */
} PoJourneyFilter;

typedef struct
{
  char    *code;
  char    *title;
  guint    tracks_now;
  guint    n_completed;      /* stays ended by a transition: median sample */
  double   median_days;      /* NaN without completed stays */
  double   mean_days;        /* NaN without completed stays */
  guint    n_resolved;       /* completion denominator */
  guint    n_left_forward;   /* completion numerator */
  double   completion_rate;  /* 0..1, NaN when n_resolved is 0 */
} PoJourneyPhaseStats;

typedef struct
{
  guint             from;    /* phase indices */
  guint             to;
  PoTransitionKind  kind;
  guint             count;
} PoJourneyPairStats;

typedef struct
{
  char    *model;
  PoDay    from;
  PoDay    to;                                /* the reference day */
  GArray  *phases;                            /* of PoJourneyPhaseStats */
  GArray  *pairs;                             /* of PoJourneyPairStats, by (from, to) */
  guint    n_tracks;                          /* tracks with a transition */
  guint    n_transitions;                     /* in the period, starts included */
  guint    n_by_kind[PO_TRANSITION_RESTART + 1];
} PoJourneyStats;

void                        po_journey_filter_init    (PoJourneyFilter       *filter);

PoJourneyStats             *po_journey_stats_compute  (PoStore               *store,
                                                       const char            *model,
                                                       const PoJourneyFilter *filter,
                                                       GError               **error);
void                        po_journey_stats_free     (PoJourneyStats        *stats);

const PoJourneyPhaseStats  *po_journey_stats_find_phase (const PoJourneyStats *stats,
                                                         const char           *code);
guint                       po_journey_stats_count_pair (const PoJourneyStats *stats,
                                                         const char           *from,
                                                         const char           *to);
/* Regression transitions / all transitions in the period; NaN without any. */
double                      po_journey_stats_regression_rate (const PoJourneyStats *stats);

/* The distinct non-empty account owners, sorted, for the owner filter. */
GStrv                       po_journey_stats_list_owners (PoStore  *store,
                                                          GError  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoJourneyStats, po_journey_stats_free)

G_END_DECLS
