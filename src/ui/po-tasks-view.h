/* po-tasks-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-account-list.h"
#include "po-history.h"

G_BEGIN_DECLS

#define PO_TYPE_TASKS_VIEW (po_tasks_view_get_type ())

G_DECLARE_FINAL_TYPE (PoTasksView, po_tasks_view, PO, TASKS_VIEW, AdwBin)

/* Tasks across all accounts: by due date, overdue ones highlighted,
 * filtered by owner; complete, snooze a week, reassign, or add one. */
GtkWidget  *po_tasks_view_new         (void);
void        po_tasks_view_set_context (PoTasksView   *self,
                                       PoAccountList *accounts,
                                       PoHistory     *history);
GListModel *po_tasks_view_get_model   (PoTasksView   *self);

G_END_DECLS
