/* po-time-to-value.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Time to value (DESIGN.md §3): per account, the days from its signed
 * date to the completion of the onboarding criterion "first business value
 * documented" (PO_CRITERION_FIRST_VALUE):
 *
 * - The completion date is the earliest track_criteria.done_on of that
 *   criterion over all of the account's tracks (any phase that carries the
 *   code: "onboarding" in the post-sale model, "orientierung" in Peak One's).
 * - Only completions dated on or before the reference day count.
 * - days = done_on − signed_on; a completion dated before the signature
 *   is kept as a negative number (the data says so), not clamped.
 * - Per segment and overall: the count, the values (ascending) and their
 *   median. The median of an odd count is the middle value, of an even
 *   count the mean of the two middle values (so it may end in .5); null
 *   when no account of the group has completed the criterion.
 */

#pragma once

#include "po-metrics.h"
#include "po-store.h"

G_BEGIN_DECLS

/* Pass as @segment for all segments together. */
#define PO_TIME_TO_VALUE_ALL (-1)

typedef struct
{
  gint64     account_id;
  PoSegment  segment;
  PoDay      signed_on;
  PoDay      value_on;    /* the earliest completion */
  int        days;        /* value_on − signed_on */
} PoTimeToValueEntry;

typedef struct _PoTimeToValue PoTimeToValue;

/* @as_of: the reference day; PO_DAY_NONE counts every completion. */
PoTimeToValue            *po_time_to_value_compute   (PoStore        *store,
                                                      PoDay           as_of,
                                                      GError        **error);
void                      po_time_to_value_free      (PoTimeToValue  *self);

guint                     po_time_to_value_get_count (PoTimeToValue  *self,
                                                      int             segment);
PoMetricValue             po_time_to_value_median    (PoTimeToValue  *self,
                                                      int             segment);
PoMetricValue             po_time_to_value_mean      (PoTimeToValue  *self,
                                                      int             segment);
/* The accounts of the group by ascending days (ties by account id). */
const PoTimeToValueEntry *po_time_to_value_get_entries (PoTimeToValue *self,
                                                        int            segment,
                                                        guint         *n_entries);
/* The group's days, ascending; free with g_array_unref(). */
GArray                   *po_time_to_value_get_days  (PoTimeToValue  *self,
                                                      int             segment);
/* The group's account ids, ascending; free with g_array_unref(). */
GArray                   *po_time_to_value_get_accounts (PoTimeToValue *self,
                                                         int            segment);

/* Median of @n ints sorted ascending (mean of the two middle ones for an
 * even @n); null for n = 0. */
PoMetricValue             po_time_to_value_median_of (const int     *sorted,
                                                      guint          n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoTimeToValue, po_time_to_value_free)

G_END_DECLS
