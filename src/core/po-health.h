/* po-health.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The customer health score of DESIGN.md §4. A component's value on a day
 * D is its latest sample dated <= D whose age D − date is at most the
 * staleness window; stale or missing components are left out. The score is
 * round-half-up(Σ wᵢ·vᵢ / Σ wᵢ) over the present components, computed in
 * integers so .5 always rounds up.
 */

#pragma once

#include "po-settings.h"
#include "po-store.h"

G_BEGIN_DECLS

#define PO_HEALTH_MISSING (-1)
#define PO_HEALTH_TREND_DAYS 30

typedef enum
{
  PO_HEALTH_BAND_NONE,
  PO_HEALTH_BAND_RED,
  PO_HEALTH_BAND_YELLOW,
  PO_HEALTH_BAND_GREEN,
  PO_N_HEALTH_BANDS
} PoHealthBand;

/* @values: 0..100 or PO_HEALTH_MISSING per component. Returns the score
 * 0..100, or PO_HEALTH_MISSING when no component with a positive weight is
 * present. */
int           po_health_score          (const PoSettings  *settings,
                                        const int          values[PO_N_COMPONENTS]);
PoHealthBand  po_health_band           (const PoSettings  *settings,
                                        int                score);
/* What-if: the score with @component's value replaced by @value
 * (PO_HEALTH_MISSING leaves it out). Nothing is saved. */
int           po_health_score_what_if  (const PoSettings  *settings,
                                        const int          values[PO_N_COMPONENTS],
                                        PoHealthComponent  component,
                                        int                value);
/* Waterfall: the points each component adds, wᵢ·vᵢ / Σ wᵢ (0 for a left
 * out component). They sum to the unrounded score. */
void          po_health_contributions  (const PoSettings  *settings,
                                        const int          values[PO_N_COMPONENTS],
                                        double             contributions[PO_N_COMPONENTS]);
const char   *po_health_band_nick      (PoHealthBand       band);
const char   *po_health_band_label     (PoHealthBand       band);

/* One account's health on a day. */
typedef struct
{
  gint64        account_id;
  char         *key;
  int           score;                       /* or PO_HEALTH_MISSING */
  PoHealthBand  band;
  gboolean      has_trend;
  int           trend;                       /* score(D) − score(D − 30) */
  int           components[PO_N_COMPONENTS]; /* or PO_HEALTH_MISSING */
} PoAccountHealth;

void          po_account_health_clear  (PoAccountHealth   *health);

/* Every account's health on @day, sorted by account key: one scan of the
 * health samples. An array of PoAccountHealth. */
GArray       *po_health_on             (PoStore           *store,
                                        const PoSettings  *settings,
                                        PoDay              day,
                                        GError           **error);
/* One account's health on @day (reads only that account's samples). */
gboolean      po_health_account_on     (PoStore           *store,
                                        const PoSettings  *settings,
                                        gint64             account_id,
                                        PoDay              day,
                                        PoAccountHealth   *out,
                                        GError           **error);

/* Component values of every account on several days, from one scan of the
 * health samples ordered by account, component and date. */
typedef struct _PoHealthTable PoHealthTable;

PoHealthTable *po_health_table_scan    (PoStore           *store,
                                        const PoSettings  *settings,
                                        const PoDay       *days,
                                        guint              n_days,
                                        GError           **error);
void          po_health_table_free     (PoHealthTable     *self);
guint         po_health_table_get_n_accounts (PoHealthTable *self);
gint64        po_health_table_get_account_id (PoHealthTable *self,
                                        guint              index);
const char   *po_health_table_get_account_key (PoHealthTable *self,
                                        guint              index);
/* The index of @account_id, or −1. */
int           po_health_table_find_account (PoHealthTable *self,
                                        gint64             account_id);
void          po_health_table_values   (PoHealthTable     *self,
                                        guint              account_index,
                                        guint              day_index,
                                        int                values[PO_N_COMPONENTS]);
int           po_health_table_score    (PoHealthTable     *self,
                                        guint              account_index,
                                        guint              day_index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoHealthTable, po_health_table_free)

G_END_DECLS
