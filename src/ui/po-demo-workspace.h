/* po-demo-workspace.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Called on the main thread while the demo is generated. */
typedef void (*PoDemoWorkspaceProgress) (double   fraction,
                                         gpointer user_data);

char     *po_demo_workspace_get_path     (void);
void      po_demo_workspace_ensure_async (const char              *path,
                                          GCancellable            *cancellable,
                                          PoDemoWorkspaceProgress  progress,
                                          gpointer                 progress_data,
                                          GAsyncReadyCallback      callback,
                                          gpointer                 user_data);
gboolean  po_demo_workspace_ensure_finish (GAsyncResult           *result,
                                           GError                **error);

G_END_DECLS
