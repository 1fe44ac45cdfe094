/* po-journey-health.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Journey health (DESIGN.md §3, seed 001): per phase of the workspace's
 * phase model, for a period [from, to], split by segment and by
 * signed-date cohort. The definitions the tests rely on:
 *
 * - Transitions: only those dated on or before `to` into a phase of the
 *   model count; a transition into the phase a track is already in
 *   changes nothing, one into a phase outside the model is ignored. The
 *   kind of a transition follows the model's phase order, as the view
 *   phase_transitions_v: start, forward (next phase), skip (further on),
 *   restart (back to the first phase), regression (back otherwise).
 * - A *stay* runs from a track's transition into a phase to the track's
 *   next transition, or ends on its account's churn date when that comes
 *   first and on or before `to` (ended, but neither forward nor
 *   completed). A stay is *in the period* when the transition that began
 *   it is dated in [from, to]; every stay figure below counts only those.
 *   Stays are counted, not tracks: a track that enters a phase twice in the
 *   period counts twice.
 * - Stage completion rate = stays left forward (the next transition is
 *   forward or skip) / stays *resolved*: ended on or before `to`, or still
 *   open on `to` but longer than the segment's maximum duration of the
 *   phase (seed 001): "onboarding" po_segment_onboarding_days().max days
 *   (open when to − since > max), "adoption" po_segment_adoption_months()
 *   .max *calendar* months (open when to > since + max months, as
 *   po_day_add_months() counts them, not 30.44-day months). Other phases
 *   have no maximum: only ended stays count. Null without resolved stays.
 * - Stage velocity: mean and median days (until − since) of the *completed*
 *   stays (ended by a next transition, whatever its kind; not by churn).
 *   The median of an even count is the mean of the two middle values.
 * - Regression rate = regression transitions / all transitions dated in
 *   [from, to] (starts and restarts included in the denominator; restarts
 *   are not regressions). Null without transitions.
 * - Journey NPS = NPS of the responses dated in [from, to]: for all
 *   accounts together po_metrics_nps(); per segment or cohort the same
 *   formula over the responses of its accounts. Null without responses.
 * - Splits: the account's segment, and its signed-date cohort — the
 *   calendar quarter (default, "2024-Q1") or the calendar year ("2024") of
 *   accounts.signed_on. PO_JOURNEY_HEALTH_ALL for either means all.
 */

#pragma once

#include "po-metrics.h"
#include "po-store.h"

G_BEGIN_DECLS

#define PO_JOURNEY_HEALTH_ALL (-1)

typedef enum
{
  PO_SIGNED_COHORT_QUARTER,
  PO_SIGNED_COHORT_YEAR,
} PoSignedCohortGrain;

typedef struct
{
  guint          n_entered;       /* stays that began in the period */
  guint          n_resolved;      /* completion denominator */
  guint          n_left_forward;  /* completion numerator */
  PoMetricValue  completion_rate;
  guint          n_completed;     /* stays ended by a transition */
  PoMetricValue  mean_days;
  PoMetricValue  median_days;
} PoPhaseHealth;

typedef struct _PoJourneyHealth PoJourneyHealth;

/* @metrics supplies the accounts (segment, signed date), the phase model
 * setting and the overall NPS; @from PO_DAY_NONE means since the first
 * transition; @to is required. */
PoJourneyHealth *po_journey_health_compute        (PoStore              *store,
                                                   PoMetrics            *metrics,
                                                   PoDay                 from,
                                                   PoDay                 to,
                                                   PoSignedCohortGrain   grain,
                                                   GError              **error);
void             po_journey_health_free           (PoJourneyHealth      *self);

const char      *po_journey_health_get_model      (PoJourneyHealth      *self);
guint            po_journey_health_get_n_phases   (PoJourneyHealth      *self);
const char      *po_journey_health_get_phase_code (PoJourneyHealth      *self,
                                                   guint                 phase);
const char      *po_journey_health_get_phase_title (PoJourneyHealth     *self,
                                                   guint                 phase);
int              po_journey_health_find_phase     (PoJourneyHealth      *self,
                                                   const char           *code);

/* The signed-date cohorts of the workspace's accounts, oldest first. */
guint            po_journey_health_get_n_cohorts  (PoJourneyHealth      *self);
char            *po_journey_health_get_cohort_label (PoJourneyHealth    *self,
                                                   guint                 cohort);
int              po_journey_health_find_cohort    (PoJourneyHealth      *self,
                                                   PoDay                 signed_on);

/* @segment: a PoSegment or PO_JOURNEY_HEALTH_ALL; @cohort: an index of
 * the cohorts above or PO_JOURNEY_HEALTH_ALL. */
void             po_journey_health_get_phase      (PoJourneyHealth      *self,
                                                   guint                 phase,
                                                   int                   segment,
                                                   int                   cohort,
                                                   PoPhaseHealth        *out);
PoMetricValue    po_journey_health_regression_rate (PoJourneyHealth     *self,
                                                   int                   segment,
                                                   int                   cohort,
                                                   guint                *n_regressions,
                                                   guint                *n_transitions);
PoMetricValue    po_journey_health_nps            (PoJourneyHealth      *self,
                                                   int                   segment,
                                                   int                   cohort,
                                                   guint                *n_responses);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoJourneyHealth, po_journey_health_free)

G_END_DECLS
