/* po-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-store.h"
#include "po-window.h"

G_BEGIN_DECLS

#define PO_TYPE_APPLICATION (po_application_get_type ())

G_DECLARE_FINAL_TYPE (PoApplication, po_application, PO, APPLICATION, AdwApplication)

/* g_get_monotonic_time() at the start of main(), for --bench-first-frame;
 * 0 when main() did not set it (tests). */
extern gint64 po_application_start_time;

#define PO_RECENT_MAX 10

PoApplication *po_application_new             (void);
GSettings     *po_application_get_settings    (PoApplication    *self);
GMenuModel    *po_application_get_recent_menu (PoApplication    *self);
void           po_application_add_recent      (PoApplication    *self,
                                               const char       *path);
void           po_application_remove_recent   (PoApplication    *self,
                                               const char       *path);
PoWindow      *po_application_find_window     (PoApplication    *self,
                                               const char       *path);
PoWindow      *po_application_window_for      (PoApplication    *self,
                                               PoWindow         *from);
PoWindow      *po_application_open_path       (PoApplication    *self,
                                               const char       *path,
                                               PoStoreOpenFlags  flags,
                                               PoWindow         *from);
PoWindow      *po_application_open_demo       (PoApplication    *self,
                                               PoWindow         *from);

G_END_DECLS
