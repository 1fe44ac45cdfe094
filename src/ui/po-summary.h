/* po-summary.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-store.h"

G_BEGIN_DECLS

/* The figures the views show until they get their full content: simple
 * counts through the record API, never a scan of the health samples. */
typedef enum
{
  PO_SUMMARY_ACCOUNTS  = 1 << 0,
  PO_SUMMARY_MRR       = 1 << 1,
  PO_SUMMARY_PHASES    = 1 << 2,
  PO_SUMMARY_PLANNER   = 1 << 3,
  /* Only the cheap counts: n_accounts, n_tracks, n_journey_maps,
   * n_scenarios. A few milliseconds even for 2,000 accounts; the lists
   * behind ACCOUNTS and PHASES take tens. */
  PO_SUMMARY_COUNTS    = 1 << 4,
  PO_SUMMARY_ALL       = 0x1f,
} PoSummaryFlags;

typedef struct
{
  char  *code;
  char  *title;
  guint  n_tracks;
} PoPhaseCount;

typedef struct
{
  PoDay    day;
  char    *currency;
  char    *phase_model;
  char    *phase_model_title;     /* the model's title, or its code */

  /* PO_SUMMARY_ACCOUNTS or PO_SUMMARY_COUNTS */
  guint    n_accounts;
  guint    by_segment[PO_N_SEGMENTS];
  guint    by_touch[PO_TOUCH_TECH + 1];

  /* PO_SUMMARY_MRR: subscription lines active on @day */
  gint64   mrr_cents;
  guint    n_paying;

  /* PO_SUMMARY_PHASES: tracks by the phase of their latest transition on
   * or before @day, in the order of the workspace's phase model; phases of
   * other models come last. */
  guint    n_tracks;              /* also PO_SUMMARY_COUNTS */
  GArray  *phases;              /* PoPhaseCount */
  guint    n_journey_maps;        /* also PO_SUMMARY_COUNTS */

  /* PO_SUMMARY_PLANNER */
  GStrv    scenarios;           /* names, never NULL */
  guint    n_scenarios;           /* also PO_SUMMARY_COUNTS */
  guint    n_tiers;
  guint    n_addons;
} PoSummary;

PoSummary *po_summary_load (PoStore         *store,
                            PoDay            day,
                            PoSummaryFlags   flags,
                            GError         **error);
void       po_summary_free (PoSummary       *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoSummary, po_summary_free)

G_END_DECLS
