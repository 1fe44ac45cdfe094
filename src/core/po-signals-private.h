/* po-signals-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-health.h"
#include "po-signals.h"

G_BEGIN_DECLS

typedef enum
{
  RULE_HEALTH_RED,
  RULE_HEALTH_DROP,
  RULE_RENEWAL_WINDOW,
  RULE_RENEWAL_LATE,
  RULE_SILENT_ACCOUNT,
  RULE_PAYMENT_FAILED,
  RULE_CHAMPION_LEFT,
  RULE_ONBOARDING_STALLED,
  RULE_EXPANSION_READY,
  RULE_ADVOCACY_CANDIDATE,
  N_RULES
} PoRuleId;

typedef struct
{
  PoDay  last_created;       /* newest task of the rule for the account */
  guint  n_open;             /* open or snoozed tasks */
} PoRuleTasks;

/* What the rules need to know about one account on the day. */
typedef struct
{
  gint64        id;
  char         *key;
  char         *owner;
  PoSegment     segment;
  PoTouch       touch;
  PoDay         signed_on;
  PoDay         renewal_on;
  PoForecast    forecast;

  gboolean      churned;            /* churn record dated <= day */
  guint         n_lines;            /* subscription lines ever */
  guint         n_current_lines;    /* lines counted on the day */
  int           tier_quantity;      /* largest quantity of a current tier line */
  int           entity_addons;      /* quantity of current "entity" add-on lines */
  guint         n_entities;
  int           score;              /* PO_HEALTH_MISSING or 0..100 */
  gboolean      has_trend;
  int           trend;
  PoDay         last_touch;
  PoDay         last_failure;
  PoDay         last_recovery;
  PoDay         champion_left;
  char         *champion_name;
  int           latest_nps;         /* −1 none */
  PoDay         onboarding_since;   /* a track now in onboarding, longest */
  char         *onboarding_track;
  gboolean      left_renewal;       /* some track left the renewal phase */

  PoRuleTasks   tasks[N_RULES];
} PoSignalAccount;

typedef struct
{
  PoDay             on;
  PoSignalAccount  *accounts;        /* sorted by id */
  guint             n_accounts;
} PoSignalContext;

gboolean  _po_signals_load_context  (PoSignalContext   *ctx,
                                     PoStore           *store,
                                     const PoSettings  *settings,
                                     PoDay              on,
                                     GError           **error);
void      _po_signals_clear_context (PoSignalContext   *ctx);
extern const char * const _po_signal_rule_codes[N_RULES];

G_END_DECLS
