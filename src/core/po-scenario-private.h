/* po-scenario-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-scenario.h"

G_BEGIN_DECLS

typedef struct
{
  char   *code;
  double  value;
} PoScenarioRateEntry;

struct _PoScenario
{
  char                  *name;
  int                    start_month;
  guint                  months;
  gboolean               has_default_churn;
  double                 default_churn;
  GArray                *churn;           /* PoScenarioRateEntry, sorted by code */
  GArray                *new_per_month;   /* PoScenarioRateEntry, sorted by code */
  GPtrArray             *path;            /* PoScenarioPathStep */
  gboolean               has_price_change;
  PoScenarioPriceChange  price_change;
};

/* One state k of an account's chain (k steps of its path taken).  The
 * window, hazard and tier change describe step k + 1, the only step that
 * can be taken from state k. */
typedef struct
{
  double base_mrr_cents;   /* MRR before any price change */
  double churn;            /* monthly churn of the tier held in this state */
  int    from_month;       /* window of step k + 1 (empty: from > to) */
  int    to_month;
  double hazard;           /* 1 - (1 - P)^(1/n) */
} PoScenarioState;

/* An account's path compiled from its entry state k0 on: states[0] is
 * k0, states[n_states - 1] is the end of the path. */
typedef struct
{
  guint            k0;
  guint            n_states;
  PoScenarioState  states[];
} PoScenarioPath;

/* A group of identical accounts: one existing account (weight 1,
 * join 0), or the accounts of one starting tier joining at the end of
 * scenario month `join` (weight = expected count). */
typedef struct
{
  const PoScenarioPath *path;
  double                weight;
  guint                 join;
  int                   signed_month;
  gboolean              prepay_eligible;
} PoScenarioGroup;

typedef struct
{
  int        start_month;
  guint      months;
  gboolean   has_price_change;
  double     full_factor;
  int        effective_month;
  double     prepay_share;
  GPtrArray *paths;                /* PoScenarioPath, owned */
  GArray    *groups;               /* PoScenarioGroup */
} PoScenarioPlan;

PoScenarioPlan *_po_scenario_plan_new    (const PoScenario        *scenario,
                                          const PoScenarioCatalog *catalog,
                                          GPtrArray               *accounts,
                                          GError                 **error);
void            _po_scenario_plan_free   (PoScenarioPlan          *plan);
double          _po_scenario_plan_factor (const PoScenarioPlan    *plan,
                                          gboolean                 prepay_eligible,
                                          double                   prepay_share,
                                          guint                    t);

static inline int
_po_scenario_group_age (const PoScenarioPlan  *plan,
                        const PoScenarioGroup *group,
                        guint                  t)
{
  return plan->start_month + (int) t - group->signed_month;
}

static inline gboolean
_po_scenario_state_in_window (const PoScenarioState *state,
                              int                    age)
{
  return age >= state->from_month && age <= state->to_month;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoScenarioPlan, _po_scenario_plan_free)

G_END_DECLS
