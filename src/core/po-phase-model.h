/* po-phase-model.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "po-enums.h"

G_BEGIN_DECLS

typedef struct
{
  int min;
  int max;
} PoRange;

typedef struct
{
  const char *code;
  const char *title;       /* N_() marked */
  const char *goal;        /* N_() marked */
  const char *mechanics;   /* N_() marked */
} PoBuiltinPhase;

typedef struct
{
  const char *phase;
  const char *code;
  const char *title;       /* N_() marked */
} PoBuiltinCriterion;

typedef struct
{
  const char               *code;
  const char               *title;   /* N_() marked */
  const PoBuiltinPhase     *phases;
  guint                     n_phases;
  const PoBuiltinCriterion *criteria;
  guint                     n_criteria;
} PoBuiltinModel;

#define PO_PHASE_MODEL_POST_SALE "post-sale"
#define PO_PHASE_MODEL_PEAK_ONE  "peak-one"
#define PO_CRITERION_FIRST_VALUE "first_business_value_documented"

const PoBuiltinModel *po_phase_model_builtin        (const char *code);
const PoBuiltinModel *po_phase_model_builtin_nth    (guint       n);
guint                 po_phase_model_n_builtin      (void);

/* The segment timing table of seed 001 (DESIGN.md §2). */
PoRange  po_segment_onboarding_days       (PoSegment segment);
PoRange  po_segment_adoption_months       (PoSegment segment);
PoRange  po_segment_renewal_lead_days     (PoSegment segment);
int      po_segment_expansion_opens_months (PoSegment segment);
int      po_segment_advocacy_opens_months  (PoSegment segment);
/* "60–180 days", "12–24 months", "6+ months"…, translated. */
char    *po_segment_phase_duration_text   (PoSegment   segment,
                                           const char *phase);

/* Enterprise renewal milestones, days before the renewal date. */
extern const int po_renewal_milestones[5];

G_END_DECLS
