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
  PO_SUMMARY_ALL       = 0xf,
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

  /* PO_SUMMARY_ACCOUNTS */
  guint    n_accounts;
  guint    by_segment[PO_N_SEGMENTS];
  guint    by_touch[PO_TOUCH_TECH + 1];

  /* PO_SUMMARY_MRR: subscription lines active on @day */
  gint64   mrr_cents;
  guint    n_paying;

  /* PO_SUMMARY_PHASES: tracks by the phase of their latest transition on
   * or before @day, in the order of the workspace's phase model; phases of
   * other models come last. */
  guint    n_tracks;
  GArray  *phases;              /* PoPhaseCount */
  guint    n_journey_maps;

  /* PO_SUMMARY_PLANNER */
  GStrv    scenarios;           /* names */
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
