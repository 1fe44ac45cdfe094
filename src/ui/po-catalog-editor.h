/* po-catalog-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-history.h"
#include "po-store.h"

G_BEGIN_DECLS

#define PO_TYPE_CATALOG_EDITOR (po_catalog_editor_get_type ())

G_DECLARE_FINAL_TYPE (PoCatalogEditor, po_catalog_editor, PO, CATALOG_EDITOR, AdwBin)

GtkWidget *po_catalog_editor_new         (void);
void       po_catalog_editor_set_store   (PoCatalogEditor *self,
                                          PoStore         *store);
void       po_catalog_editor_set_history (PoCatalogEditor *self,
                                          PoHistory       *history);

G_END_DECLS
