/* po-task-item.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "po-records.h"

G_BEGIN_DECLS

#define PO_TYPE_TASK_ITEM (po_task_item_get_type ())

G_DECLARE_FINAL_TYPE (PoTaskItem, po_task_item, PO, TASK_ITEM, GObject)

/* A task and its account's name, one line of the tasks list. */
PoTaskItem   *po_task_item_new          (PoTask      *task,
                                         const char  *account_name);
const PoTask *po_task_item_get_task     (PoTaskItem  *self);
const char   *po_task_item_get_account  (PoTaskItem  *self);

G_END_DECLS
