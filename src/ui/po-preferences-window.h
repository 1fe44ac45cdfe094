/* po-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-history.h"

G_BEGIN_DECLS

#define PO_TYPE_PREFERENCES_WINDOW (po_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (PoPreferencesWindow, po_preferences_window, PO, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* The workspace settings: health weights and bands, signal rules, renewal
 * lead times, currency, gross margin and phase model. Every valid change
 * is saved at once as one undo step of @history; an invalid one is marked
 * on its row and not saved. */
GtkWidget *po_preferences_window_new (GtkWindow *parent,
                                      PoStore   *store,
                                      PoHistory *history);

G_END_DECLS
