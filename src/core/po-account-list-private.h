/* po-account-list-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader behind PoAccountList; it runs on any thread with that
 * thread's own connection.
 */

#pragma once

#include "po-account-row-private.h"
#include "po-store.h"

G_BEGIN_DECLS

typedef struct
{
  PoDay       day;
  GArray     *data;      /* of PoAccountRowData, by name */
  GHashTable *index;     /* id → position + 1 */
  GHashTable *previous;  /* id → PoAccountRowData* with old health, or NULL */
  GHashTable *ranks;     /* phase code → position + 1 */
} PoAccountListLoad;

PoAccountListLoad *_po_account_list_load_new            (PoDay               day);
void               _po_account_list_load_free           (PoAccountListLoad  *load);
/* The list columns, from a handful of linear scans merged by account id. */
gboolean           _po_account_list_load_columns        (PoStore            *store,
                                                         PoAccountListLoad  *load,
                                                         GError            **error);
/* Health, band and trend from one scan of the health samples. */
gboolean           _po_account_list_load_health         (PoStore            *store,
                                                         PoAccountListLoad  *load,
                                                         GError            **error);
/* Until the fresh scan arrives, the health values the rows had. */
void               _po_account_list_load_apply_previous (PoAccountListLoad  *load);
GPtrArray         *_po_account_list_load_make_rows      (PoAccountListLoad  *load,
                                                         gboolean            steal);
/* One snapshot: a savepoint outside a transaction is a read transaction. */
gboolean           _po_account_list_snapshot_begin      (PoStore            *store,
                                                         GError            **error);
void               _po_account_list_snapshot_end        (PoStore            *store,
                                                         gboolean            began);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoAccountListLoad, _po_account_list_load_free)

G_END_DECLS
