/* po-tasks-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-tasks-view"

#include "config.h"

#include <glib/gi18n.h>

#include "po-account-actions.h"
#include "po-defaults.h"
#include "po-task-item.h"
#include "po-tasks-view.h"
#include "po-view-helpers.h"

#define SNOOZE_DAYS 7

struct _PoTasksView
{
  AdwBin              parent_instance;

  PoAccountList      *accounts;
  PoHistory          *history;
  GListStore         *tasks;
  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkCustomFilter    *filter;
  char               *owner;            /* filter, or NULL */
  gboolean            stale;            /* changed while not shown */
  PoDay               today;

  GtkEntry           *title_entry;
  GtkDropDown        *account_dropdown;
  GtkEntry           *due_entry;
  GtkDropDown        *owner_dropdown;
  GtkToggleButton    *done_toggle;
  GtkColumnView      *column_view;
};

G_DEFINE_FINAL_TYPE (PoTasksView, po_tasks_view, ADW_TYPE_BIN)

enum { COL_DONE, COL_TITLE, COL_ACCOUNT, COL_OWNER, COL_DUE, COL_ORIGIN, COL_SNOOZE, N_COLS };

static void
toast (PoTasksView *self,
       const char  *text,
       gboolean     offer_undo)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "accounts.toast", "(sb)", text, offer_undo);
}

static gint64
item_id (GtkWidget *widget)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (widget), "po-list-item");
  PoTaskItem *task = item != NULL ? gtk_list_item_get_item (item) : NULL;

  return task != NULL ? po_task_item_get_task (task)->id : 0;
}

static void
on_done_toggled (GtkCheckButton *check,
                 PoTasksView    *self)
{
  g_autoptr(GError) error = NULL;
  GtkListItem *item = g_object_get_data (G_OBJECT (check), "po-list-item");
  PoTaskItem *task = gtk_list_item_get_item (item);
  gboolean active = gtk_check_button_get_active (check);
  gboolean ok = TRUE;

  if (task == NULL || active == (po_task_item_get_task (task)->status == PO_TASK_DONE))
    return;
  if (active)
    ok = po_account_actions_complete_task (self->history, item_id (GTK_WIDGET (check)), self->today, &error);
  else
    ok = po_account_actions_reopen_task (self->history, item_id (GTK_WIDGET (check)), &error);
  if (!ok)
    toast (self, error->message, FALSE);
  else
    toast (self, active ? _("Task done") : _("Task reopened"), TRUE);
}

static void
on_snooze (GtkButton   *button,
           PoTasksView *self)
{
  g_autoptr(GError) error = NULL;
  GtkListItem *item = g_object_get_data (G_OBJECT (button), "po-list-item");
  PoTaskItem *task = gtk_list_item_get_item (item);
  PoDay due, until;

  if (task == NULL)
    return;
  due = po_task_item_get_task (task)->due_on;
  until = MAX (due, self->today) + SNOOZE_DAYS;
  if (!po_account_actions_snooze_task (self->history, item_id (GTK_WIDGET (button)), until, &error))
    toast (self, error->message, FALSE);
  else
    toast (self, _("Snoozed for a week"), TRUE);
}

typedef struct
{
  PoTasksView *self;
  gint64       task_id;
  char        *owner;
} Reassign;

static void
reassign_free (gpointer data)
{
  Reassign *r = data;

  g_object_unref (r->self);
  g_free (r->owner);
  g_free (r);
}

static gboolean
reassign_idle (gpointer data)
{
  Reassign *r = data;
  g_autoptr(GError) error = NULL;

  if (r->self->history == NULL)
    return G_SOURCE_REMOVE;
  if (!po_account_actions_reassign_task (r->self->history, r->task_id, r->owner, &error))
    toast (r->self, error->message, FALSE);
  else
    toast (r->self, _("Task reassigned"), TRUE);
  return G_SOURCE_REMOVE;
}

static void
on_owner_activate (GtkEntry    *entry,
                   PoTasksView *self)
{
  GtkWidget *button = gtk_widget_get_ancestor (GTK_WIDGET (entry), GTK_TYPE_MENU_BUTTON);
  GtkListItem *item = g_object_get_data (G_OBJECT (button), "po-list-item");
  PoTaskItem *task = item != NULL ? gtk_list_item_get_item (item) : NULL;
  const char *owner = gtk_editable_get_text (GTK_EDITABLE (entry));
  Reassign *r;

  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  if (task == NULL || g_strcmp0 (owner, po_task_item_get_task (task)->owner) == 0)
    return;
  /* After the popover has closed: the change rebuilds the list. */
  r = g_new0 (Reassign, 1);
  r->self = g_object_ref (self);
  r->task_id = po_task_item_get_task (task)->id;
  r->owner = g_strdup (owner);
  g_idle_add_full (G_PRIORITY_DEFAULT, reassign_idle, r, reassign_free);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            PoTasksView              *self)
{
  guint col = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "po-col"));
  GtkWidget *widget;

  switch (col)
    {
    case COL_DONE:
      widget = gtk_check_button_new ();
      g_signal_connect (widget, "toggled", G_CALLBACK (on_done_toggled), self);
      break;
    case COL_OWNER:
      {
        GtkWidget *entry = gtk_entry_new ();
        GtkWidget *popover = gtk_popover_new ();

        gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reassign to…"));
        g_signal_connect (entry, "activate", G_CALLBACK (on_owner_activate), self);
        gtk_popover_set_child (GTK_POPOVER (popover), entry);
        widget = gtk_menu_button_new ();
        gtk_menu_button_set_popover (GTK_MENU_BUTTON (widget), popover);
        gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (widget), FALSE);
        gtk_widget_add_css_class (widget, "flat");
        gtk_widget_set_tooltip_text (widget, _("Click to reassign"));
      }
      break;
    case COL_SNOOZE:
      widget = gtk_button_new_from_icon_name ("alarm-symbolic");
      gtk_widget_set_tooltip_text (widget, _("Snooze for a week"));
      gtk_widget_add_css_class (widget, "flat");
      g_signal_connect (widget, "clicked", G_CALLBACK (on_snooze), self);
      break;
    default:
      widget = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (widget), 0);
      gtk_label_set_ellipsize (GTK_LABEL (widget), PANGO_ELLIPSIZE_END);
      if (col == COL_DUE)
        gtk_widget_add_css_class (widget, "numeric");
      break;
    }
  g_object_set_data (G_OBJECT (widget), "po-list-item", item);
  gtk_list_item_set_child (item, widget);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           PoTasksView              *self)
{
  guint col = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "po-col"));
  PoTaskItem *task_item = gtk_list_item_get_item (item);
  const PoTask *task = po_task_item_get_task (task_item);
  GtkWidget *widget = gtk_list_item_get_child (item);
  gboolean done = task->status == PO_TASK_DONE;
  gboolean overdue = !done && task->due_on != PO_DAY_NONE && task->due_on < self->today;
  g_autofree char *text = NULL;

  switch (col)
    {
    case COL_DONE:
      gtk_check_button_set_active (GTK_CHECK_BUTTON (widget), done);
      return;
    case COL_OWNER:
      gtk_menu_button_set_label (GTK_MENU_BUTTON (widget),
                                 task->owner != NULL && *task->owner ? task->owner : _("nobody"));
      gtk_editable_set_text (GTK_EDITABLE (gtk_popover_get_child (gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget)))),
                             task->owner != NULL ? task->owner : "");
      return;
    case COL_SNOOZE:
      gtk_widget_set_sensitive (widget, !done);
      return;
    case COL_TITLE:
      text = g_strdup (task->title);
      break;
    case COL_ACCOUNT:
      text = g_strdup (po_task_item_get_account (task_item));
      break;
    case COL_DUE:
      text = task->due_on != PO_DAY_NONE ? po_day_format (task->due_on) : g_strdup ("—");
      if (task->status == PO_TASK_SNOOZED)
        {
          g_autofree char *plain = g_steal_pointer (&text);

          /* TRANSLATORS: a snoozed task's due date, "2026-12-01 (snoozed)" */
          text = g_strdup_printf (_("%s (snoozed)"), plain);
        }
      break;
    case COL_ORIGIN:
      {
        const PoBuiltinSignalRule *rule = po_builtin_signal_rule (task->origin);

        text = rule != NULL ? g_strdup (_(rule->title))
             : g_strcmp0 (task->origin, "manual") == 0 ? g_strdup (_("Manual")) : g_strdup (task->origin);
      }
      break;
    default:
      break;
    }
  gtk_label_set_label (GTK_LABEL (widget), text);
  (overdue && (col == COL_DUE || col == COL_TITLE) ? gtk_widget_add_css_class
                                                    : gtk_widget_remove_css_class) (widget, "error");
  (done ? gtk_widget_add_css_class : gtk_widget_remove_css_class) (widget, "dim-label");
}

static int
compare_due (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  const PoTask *x = po_task_item_get_task ((PoTaskItem *) a);
  const PoTask *y = po_task_item_get_task ((PoTaskItem *) b);
  PoDay dx = x->due_on != PO_DAY_NONE ? x->due_on : G_MAXUINT32;
  PoDay dy = y->due_on != PO_DAY_NONE ? y->due_on : G_MAXUINT32;

  if ((x->status == PO_TASK_DONE) != (y->status == PO_TASK_DONE))
    return x->status == PO_TASK_DONE ? 1 : -1;
  if (dx != dy)
    return dx < dy ? -1 : 1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static int
compare_text (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  guint col = GPOINTER_TO_UINT (user_data);
  const char *x = col == COL_ACCOUNT ? po_task_item_get_account ((PoTaskItem *) a)
                : col == COL_OWNER ? po_task_item_get_task ((PoTaskItem *) a)->owner
                : po_task_item_get_task ((PoTaskItem *) a)->title;
  const char *y = col == COL_ACCOUNT ? po_task_item_get_account ((PoTaskItem *) b)
                : col == COL_OWNER ? po_task_item_get_task ((PoTaskItem *) b)->owner
                : po_task_item_get_task ((PoTaskItem *) b)->title;
  int r = g_utf8_collate (x != NULL ? x : "", y != NULL ? y : "");

  return r != 0 ? r : compare_due (a, b, NULL);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PoTasksView *self = user_data;
  const PoTask *task = po_task_item_get_task (item);

  if (task->status == PO_TASK_DONE && !gtk_toggle_button_get_active (self->done_toggle))
    return FALSE;
  return self->owner == NULL || g_strcmp0 (task->owner, self->owner) == 0;
}

static void
load_tasks (PoTasksView *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) owners = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GtkStringList) owner_list = gtk_string_list_new ((const char * const[]) { _("All owners"), NULL });
  const char *status[] = { "open", "snoozed", "done" };
  guint n_status = gtk_toggle_button_get_active (self->done_toggle) ? 3 : 2;
  g_autofree const char **keys = NULL;
  guint selected = 0;
  PoStore *store;

  self->today = po_day_today ();
  if (self->history == NULL || self->accounts == NULL)
    {
      g_list_store_remove_all (self->tasks);
      return;
    }
  store = po_history_get_store (self->history);
  self->stale = FALSE;
  for (guint s = 0; s < n_status; s++)
    {
      g_autoptr(GPtrArray) tasks = po_store_list_where (store, &po_task_class, "status", status[s], NULL);

      for (guint i = 0; tasks != NULL && i < tasks->len; i++)
        {
          PoTask *task = g_ptr_array_index (tasks, i);
          g_autoptr(PoAccountRow) row = po_account_list_find (self->accounts, task->account_id, NULL);

          /* Done tasks of the last 30 days are enough to undo a slip. */
          if (task->status == PO_TASK_DONE && task->done_on + 30 < self->today)
            continue;
          if (task->owner != NULL && *task->owner != '\0')
            g_hash_table_add (owners, task->owner);
          g_ptr_array_index (tasks, i) = NULL;
          g_ptr_array_add (items, po_task_item_new (task, row != NULL ? po_account_row_get_name (row) : ""));
        }
    }
  g_list_store_splice (self->tasks, 0, g_list_model_get_n_items (G_LIST_MODEL (self->tasks)),
                       items->pdata, items->len);

  keys = (const char **) g_hash_table_get_keys_as_array (owners, NULL);
  for (guint i = 0; keys[i] != NULL; i++)
    for (guint j = i + 1; keys[j] != NULL; j++)
      if (g_utf8_collate (keys[j], keys[i]) < 0)
        {
          const char *t = keys[i];
          keys[i] = keys[j];
          keys[j] = t;
        }
  for (guint i = 0; keys[i] != NULL; i++)
    {
      gtk_string_list_append (owner_list, keys[i]);
      if (g_strcmp0 (keys[i], self->owner) == 0)
        selected = i + 1;
    }
  g_object_freeze_notify (G_OBJECT (self->owner_dropdown));
  gtk_drop_down_set_model (self->owner_dropdown, G_LIST_MODEL (owner_list));
  gtk_drop_down_set_selected (self->owner_dropdown, selected);
  g_object_thaw_notify (G_OBJECT (self->owner_dropdown));
}

/* The tasks of a big workspace take a moment to read: only while the
 * page is shown, else at the next showing. */
static void
reload (PoTasksView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    load_tasks (self);
  else
    self->stale = TRUE;
}

static void
on_map (PoTasksView *self)
{
  /* The account chooser follows the big account list only while shown. */
  if (gtk_drop_down_get_model (self->account_dropdown) != G_LIST_MODEL (self->accounts))
    gtk_drop_down_set_model (self->account_dropdown, G_LIST_MODEL (self->accounts));
  if (self->stale)
    load_tasks (self);
}

static void
on_show_done (PoTasksView *self)
{
  load_tasks (self);
}

static void
on_filter_changed (PoTasksView *self)
{
  guint pos = gtk_drop_down_get_selected (self->owner_dropdown);
  GtkStringObject *item = pos > 0 ? gtk_drop_down_get_selected_item (self->owner_dropdown) : NULL;

  g_free (self->owner);
  self->owner = item != NULL ? g_strdup (gtk_string_object_get_string (item)) : NULL;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_add_task (PoTasksView *self)
{
  g_autoptr(GError) error = NULL;
  PoAccountRow *row = gtk_drop_down_get_selected_item (self->account_dropdown);
  PoDay due = PO_DAY_NONE;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->due_entry));

  if (*text != '\0' && !po_day_parse (text, &due))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->due_entry), "error");
      toast (self, _("Enter the due date as YYYY-MM-DD"), FALSE);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->due_entry), "error");
  if (row == NULL)
    {
      toast (self, _("Choose the account first"), FALSE);
      return;
    }
  if (po_account_actions_add_task (self->history, po_account_row_get_id (row),
                                   gtk_editable_get_text (GTK_EDITABLE (self->title_entry)),
                                   due, NULL, &error) == 0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->title_entry), "error");
      toast (self, error->message, FALSE);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->title_entry), "error");
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), "");
  toast (self, _("Task added"), TRUE);
}

static void
on_activate (PoTasksView *self,
             guint        position)
{
  g_autoptr(PoTaskItem) item = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  if (item != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "accounts.open", "x",
                                po_task_item_get_task (item)->account_id);
}

static char *
row_name (PoAccountRow *row)
{
  return g_strdup (row != NULL ? po_account_row_get_name (row) : "");
}

static void
po_tasks_view_dispose (GObject *object)
{
  PoTasksView *self = (PoTasksView *) object;

  if (self->history != NULL)
    g_signal_handlers_disconnect_by_func (po_history_get_store (self->history), reload, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PO_TYPE_TASKS_VIEW);
  g_clear_object (&self->accounts);
  g_clear_object (&self->history);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->tasks);
  g_clear_pointer (&self->owner, g_free);
  G_OBJECT_CLASS (po_tasks_view_parent_class)->dispose (object);
}

static void
po_tasks_view_class_init (PoTasksViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = po_tasks_view_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-tasks-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PoTasksView, title_entry);
  gtk_widget_class_bind_template_child (widget_class, PoTasksView, account_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PoTasksView, due_entry);
  gtk_widget_class_bind_template_child (widget_class, PoTasksView, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PoTasksView, done_toggle);
  gtk_widget_class_bind_template_child (widget_class, PoTasksView, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_add_task);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
}

static void
po_tasks_view_init (PoTasksView *self)
{
  const char *titles[N_COLS] = { "", _("Task"), _("Account"), _("Owner"), _("Due"), _("Origin"), "" };
  g_autofree char *week = po_day_format (po_day_today () + 7);
  GtkColumnViewColumn *due_column = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->today = po_day_today ();
  gtk_editable_set_text (GTK_EDITABLE (self->due_entry), week);
  gtk_drop_down_set_expression (self->account_dropdown,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (row_name), NULL, NULL));

  self->tasks = g_list_store_new (PO_TYPE_TASK_ITEM);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  po_column_view_set_filtered_model (self->column_view, G_LIST_MODEL (self->tasks), GTK_FILTER (self->filter),
                                     &self->filter_model, &self->sort_model);

  for (guint c = 0; c < N_COLS; c++)
    {
      g_autoptr(GtkSorter) sorter = NULL;
      GtkColumnViewColumn *column;

      if (c == COL_TITLE || c == COL_ACCOUNT || c == COL_OWNER)
        sorter = GTK_SORTER (gtk_custom_sorter_new (compare_text, GUINT_TO_POINTER (c), NULL));
      else if (c == COL_DUE)
        sorter = GTK_SORTER (gtk_custom_sorter_new (compare_due, NULL, NULL));
      column = po_column_view_append_column (self->column_view, titles[c], c,
                                             G_CALLBACK (setup_cell), G_CALLBACK (bind_cell), self, sorter,
                                             c == COL_TITLE || c == COL_ACCOUNT,
                                             c != COL_DONE && c != COL_SNOOZE);
      if (c == COL_DUE)
        due_column = column;
    }
  gtk_column_view_sort_by_column (self->column_view, due_column, GTK_SORT_ASCENDING);

  g_signal_connect_swapped (self->owner_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->done_toggle, "toggled", G_CALLBACK (on_show_done), self);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
  self->stale = TRUE;
}

GtkWidget *
po_tasks_view_new (void)
{
  return g_object_new (PO_TYPE_TASKS_VIEW, NULL);
}

static void
on_accounts_loaded (PoTasksView *self)
{
  if (self->accounts != NULL && !po_account_list_get_loading (self->accounts))
    reload (self);
}

void
po_tasks_view_set_context (PoTasksView   *self,
                           PoAccountList *accounts,
                           PoHistory     *history)
{
  g_return_if_fail (PO_IS_TASKS_VIEW (self));

  if (self->history != NULL)
    g_signal_handlers_disconnect_by_func (po_history_get_store (self->history), reload, self);
  if (self->accounts != NULL)
    g_signal_handlers_disconnect_by_func (self->accounts, on_accounts_loaded, self);
  g_set_object (&self->accounts, accounts);
  g_set_object (&self->history, history);
  if (history != NULL)
    g_signal_connect_object (po_history_get_store (history), "changed", G_CALLBACK (reload),
                             self, G_CONNECT_SWAPPED);
  if (accounts != NULL)
    g_signal_connect_object (accounts, "notify::loading", G_CALLBACK (on_accounts_loaded),
                             self, G_CONNECT_SWAPPED);
  gtk_drop_down_set_model (self->account_dropdown, NULL);
  reload (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    on_map (self);
}

GListModel *
po_tasks_view_get_model (PoTasksView *self)
{
  g_return_val_if_fail (PO_IS_TASKS_VIEW (self), NULL);
  return G_LIST_MODEL (self->sort_model);
}
