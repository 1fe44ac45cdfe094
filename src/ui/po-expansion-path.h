/* po-expansion-path.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "po-history.h"
#include "po-store.h"

G_BEGIN_DECLS

#define PO_TYPE_EXPANSION_PATH (po_expansion_path_get_type ())

G_DECLARE_FINAL_TYPE (PoExpansionPath, po_expansion_path, PO, EXPANSION_PATH, GtkBox)

GtkWidget *po_expansion_path_new         (void);
void       po_expansion_path_set_store   (PoExpansionPath *self,
                                          PoStore         *store);
void       po_expansion_path_set_history (PoExpansionPath *self,
                                          PoHistory       *history);
void       po_expansion_path_set_account (PoExpansionPath *self,
                                          gint64           account_id);
char      *po_expansion_path_describe    (PoExpansionPath *self);

G_END_DECLS
