/* test-metrics-fixture.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tiny workspaces for the metrics, health and signals tests.
 */

#pragma once

#include "po-settings.h"
#include "po-store.h"

G_BEGIN_DECLS

typedef struct
{
  char       *dir;
  char       *path;
  PoStore    *store;
  PoSettings  settings;
} Workspace;

void     workspace_setup        (Workspace     *ws,
                                 gconstpointer  data);
void     workspace_teardown     (Workspace     *ws,
                                 gconstpointer  data);
PoDay    day                    (const char    *iso);
PoMonth  month                  (const char    *iso);
gint64   add_account            (Workspace     *ws,
                                 const char    *key,
                                 PoSegment      segment,
                                 const char    *signed_on);
gint64   add_line               (Workspace     *ws,
                                 gint64         account_id,
                                 const char    *item,
                                 gint64         mrr_cents,
                                 const char    *start,
                                 const char    *end);
void     add_sample             (Workspace     *ws,
                                 gint64         account_id,
                                 PoHealthComponent component,
                                 const char    *on,
                                 int            value);
void     add_nps                (Workspace     *ws,
                                 gint64         account_id,
                                 const char    *on,
                                 int            score);
void     set_setting            (Workspace     *ws,
                                 const char    *key,
                                 const char    *value);

G_END_DECLS
