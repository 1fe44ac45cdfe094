/* po-account-activity.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-history.h"

G_BEGIN_DECLS

#define PO_TYPE_ACCOUNT_ACTIVITY (po_account_activity_get_type ())

G_DECLARE_FINAL_TYPE (PoAccountActivity, po_account_activity, PO, ACCOUNT_ACTIVITY, AdwBin)

/* An account's tasks, touchpoint log, NPS responses and billing events,
 * each with a one-line quick entry (Enter saves, dated today). */
GtkWidget *po_account_activity_new     (void);
void       po_account_activity_load    (PoAccountActivity *self,
                                        PoHistory         *history,
                                        gint64             account_id,
                                        const char        *currency);

G_END_DECLS
