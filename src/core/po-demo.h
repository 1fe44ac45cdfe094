/* po-demo.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "po-store.h"

G_BEGIN_DECLS

#define PO_DEMO_DEFAULT_ACCOUNTS 2000
#define PO_DEMO_DEFAULT_YEARS    5
#define PO_DEMO_DEFAULT_SEED     42
#define PO_DEMO_MAX_ACCOUNTS     50000
#define PO_DEMO_MAX_YEARS        10

/* The options of a demo workspace.
 *
 * @end_day is the "today" of the demo: the last day with data. Signing
 * dates spread over the @years before it. PO_DAY_NONE means the fixed
 * default 2026-11-23, so that one seed gives byte-identical content on
 * whatever date it runs; the app's first-run demo may pass po_day_today()
 * instead. The content depends on nothing but these four values (and the
 * language the workspace's built-in playbooks were installed in, whose
 * titles the demo's tasks reuse). */
typedef struct
{
  guint    accounts;
  guint    years;
  guint32  seed;
  PoDay    end_day;
} PoDemoOptions;

/* @fraction goes from 0 to 1. Called on the generating thread. */
typedef void (*PoDemoProgress) (double   fraction,
                                gpointer user_data);

void      po_demo_options_init    (PoDemoOptions        *options);
PoDay     po_demo_default_end_day (void);

/* Fills @store, which must not have accounts yet, with a realistic demo
 * portfolio (DESIGN.md §2–§6): accounts of all four segments with their
 * subscription lines along the tier ladder, tracks and phase transitions,
 * exit criteria, contacts, weekly health samples, touchpoints, NPS
 * responses, billing events, churn records, tasks, expansion plans and
 * two scenario sets. Everything is one transaction: on an error or when
 * @cancellable is cancelled (G_IO_ERROR_CANCELLED) nothing is written. */
gboolean  po_demo_generate        (PoStore              *store,
                                   const PoDemoOptions  *options,
                                   GCancellable         *cancellable,
                                   PoDemoProgress        progress_cb,
                                   gpointer              user_data,
                                   GError              **error);

G_END_DECLS
