/* po-store-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "po-store.h"

G_BEGIN_DECLS

/* For core modules that run their own queries (metrics, import, export):
 * statements are prepared once per connection and cached by SQL text. The
 * returned statement is reset and its bindings cleared; do not finalize. */
sqlite3      *_po_store_get_db     (PoStore     *self);
sqlite3_stmt *_po_store_prepare    (PoStore     *self,
                                    const char  *sql,
                                    GError     **error);
gboolean      _po_store_exec       (PoStore     *self,
                                    const char  *sql,
                                    GError     **error);
/* Sets @error from the connection's last SQLite error. Returns FALSE. */
gboolean      _po_store_set_error  (PoStore     *self,
                                    GError     **error);
gboolean      _po_store_check_writable (PoStore  *self,
                                        GError  **error);
void          _po_store_bind_day   (sqlite3_stmt *stmt,
                                    int           index,
                                    PoDay         day);
PoDay         _po_store_column_day (sqlite3_stmt *stmt,
                                    int           index);

G_END_DECLS
