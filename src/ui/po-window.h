/* po-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-store.h"

G_BEGIN_DECLS

#define PO_TYPE_WINDOW (po_window_get_type ())

G_DECLARE_FINAL_TYPE (PoWindow, po_window, PO, WINDOW, AdwApplicationWindow)

PoWindow   *po_window_new             (GtkApplication    *application);
PoStore    *po_window_get_store       (PoWindow          *self);
void        po_window_set_store       (PoWindow          *self,
                                       PoStore           *store);
const char *po_window_get_path        (PoWindow          *self);
gboolean    po_window_open_file       (PoWindow          *self,
                                       const char        *path,
                                       PoStoreOpenFlags   flags);
gboolean    po_window_create_file     (PoWindow          *self,
                                       const char        *path);
void        po_window_open_demo       (PoWindow          *self);
gboolean    po_window_save_copy       (PoWindow          *self,
                                       const char        *path);
void        po_window_add_toast       (PoWindow          *self,
                                       AdwToast          *toast);

G_END_DECLS
