/* po-task-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-task-item"

#include "config.h"

#include "po-task-item.h"

struct _PoTaskItem
{
  GObject  parent_instance;

  PoTask  *task;
  char    *account;
};

G_DEFINE_FINAL_TYPE (PoTaskItem, po_task_item, G_TYPE_OBJECT)

static void
po_task_item_finalize (GObject *object)
{
  PoTaskItem *self = (PoTaskItem *) object;

  g_clear_pointer (&self->task, po_task_free);
  g_free (self->account);
  G_OBJECT_CLASS (po_task_item_parent_class)->finalize (object);
}

static void
po_task_item_class_init (PoTaskItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = po_task_item_finalize;
}

static void
po_task_item_init (PoTaskItem *self)
{
}

/* Takes @task. */
PoTaskItem *
po_task_item_new (PoTask     *task,
                  const char *account_name)
{
  PoTaskItem *self = g_object_new (PO_TYPE_TASK_ITEM, NULL);

  self->task = task;
  self->account = g_strdup (account_name != NULL ? account_name : "");
  return self;
}

const PoTask *
po_task_item_get_task (PoTaskItem *self)
{
  g_return_val_if_fail (PO_IS_TASK_ITEM (self), NULL);
  return self->task;
}

const char *
po_task_item_get_account (PoTaskItem *self)
{
  g_return_val_if_fail (PO_IS_TASK_ITEM (self), NULL);
  return self->account;
}
