/* test-tracks-fixture.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tracks, transitions, criteria and churn records for the tiny workspaces
 * of test-metrics-fixture.h.
 */

#pragma once

#include "test-metrics-fixture.h"

G_BEGIN_DECLS

/* @...: "YYYY-MM-DD", "phase" pairs, NULL-terminated. Returns the track id. */
gint64   add_track              (Workspace     *ws,
                                 gint64         account_id,
                                 const char    *key,
                                 ...) G_GNUC_NULL_TERMINATED;
void     add_criterion          (Workspace     *ws,
                                 gint64         track_id,
                                 const char    *phase,
                                 const char    *code,
                                 const char    *done_on);
void     add_churn              (Workspace     *ws,
                                 gint64         account_id,
                                 const char    *on);

G_END_DECLS
