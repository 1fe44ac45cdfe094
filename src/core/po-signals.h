/* po-signals.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The early-warning rules of DESIGN.md §4 (codes in po-defaults.c,
 * thresholds in the signal_rules table). po_signals_evaluate() checks every
 * enabled rule for every current account on a day and, when asked, creates
 * each firing rule's playbook tasks — once per account and rule while
 * earlier tasks of that rule for that account are still open (not done).
 * Re-running on the same data creates nothing new. See docs/cli-metrics.md
 * for the exact reading of each rule.
 */

#pragma once

#include "po-settings.h"
#include "po-store.h"

G_BEGIN_DECLS

typedef enum
{
  PO_SIGNALS_DEFAULT      = 0,
  PO_SIGNALS_CREATE_TASKS = 1 << 0,   /* needs a writable workspace */
} PoSignalsFlags;

typedef struct
{
  gint64  account_id;
  char   *account_key;
  char   *rule;            /* the rule's code */
  char   *detail;          /* translated, with the numbers that fired it */
  guint   n_new_tasks;     /* tasks this evaluation created */
} PoAlert;

void     po_alert_clear       (PoAlert           *alert);

/* Returns an array of PoAlert sorted by account key, then rule order. */
GArray  *po_signals_evaluate  (PoStore           *store,
                               const PoSettings  *settings,
                               PoDay              on,
                               PoSignalsFlags     flags,
                               GError           **error);

/* Champion departures older than this are history, not a signal. */
#define PO_SIGNALS_CHAMPION_LOOKBACK_DAYS 90

G_END_DECLS
