/* po-view-helpers.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-view-helpers"

#include "config.h"

#include <glib/gi18n.h>

#include "po-date.h"
#include "po-format.h"
#include "po-view-helpers.h"

/**
 * po_value_row_new:
 * @title: the row's title
 * @value: the figure shown at its end
 * @value_name: (nullable): widget name of the figure's label, so tests
 *   and CSS can find it
 *
 * Returns: (transfer floating): an #AdwActionRow with a figure suffix
 */
GtkWidget *
po_value_row_new (const char *title,
                  const char *value,
                  const char *value_name)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "po-figure");
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (value_name != NULL)
    gtk_widget_set_name (label, value_name);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  g_object_set_data (G_OBJECT (row), "po-value-label", label);
  return row;
}

/**
 * po_value_row_new_with_bar:
 * @fraction: the share 0..1 drawn as a level bar before the figure
 *
 * Returns: (transfer floating): an #AdwActionRow with a bar and a figure
 */
GtkWidget *
po_value_row_new_with_bar (const char *title,
                           const char *value,
                           const char *value_name,
                           double      fraction)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *bar = gtk_level_bar_new_for_interval (0.0, 1.0);
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), CLAMP (fraction, 0.0, 1.0));
  /* One colour for a share, not the low/high/full warning colours. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_size_request (bar, 160, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (bar, "po-share-bar");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);

  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "po-figure");
  gtk_label_set_width_chars (GTK_LABEL (label), 5);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  if (value_name != NULL)
    gtk_widget_set_name (label, value_name);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  g_object_set_data (G_OBJECT (row), "po-value-label", label);
  return row;
}

void
po_value_row_set_value (GtkWidget  *row,
                        const char *value)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (row), "po-value-label");

  g_return_if_fail (GTK_IS_LABEL (label));
  gtk_label_set_label (label, value);
}

void
po_list_box_remove_all (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
number_style (PoNumberStyle *style,
              const char    *currency)
{
  const char * const *languages = g_get_language_names ();

  /* The first language GLib lists is the one of the UI. */
  po_number_style_for_language (style, languages[0]);
  if (currency != NULL)
    po_number_style_set_currency (style, currency);
}

char *
po_view_format_money (const char *currency,
                      gint64      cents)
{
  PoNumberStyle style;

  number_style (&style, currency);
  return po_format_currency_whole (&style, cents);
}

char *
po_view_format_count (guint64 count)
{
  PoNumberStyle style;

  number_style (&style, NULL);
  return po_format_number (&style, (double) count, 0);
}

char *
po_view_format_day (guint32 day)
{
  int year, month, mday;
  g_autoptr(GDateTime) dt = NULL;

  po_day_to_ymd (day, &year, &month, &mday);
  dt = g_date_time_new_local (year, month, mday, 0, 0, 0);
  if (dt == NULL)
    return po_day_format (day);
  /* TRANSLATORS: a date as in "23 November 2026", see strftime(3) */
  return g_date_time_format (dt, _("%-d %B %Y"));
}

typedef struct
{
  gpointer           view;
  guint             *source_id;
  PoViewRefreshFunc  refresh;
} QueuedRefresh;

static gboolean
queued_refresh_cb (gpointer data)
{
  QueuedRefresh *queued = data;

  *queued->source_id = 0;
  queued->refresh (queued->view);
  return G_SOURCE_REMOVE;
}

/**
 * po_view_queue_refresh:
 * @view: the view to refresh
 * @source_id: the view's field holding the queued source, 0 when none;
 *   the view's dispose removes it with g_clear_handle_id()
 * @refresh: rebuilds @view from its store
 *
 * The store changes inside the handlers of the very widgets a refresh
 * replaces: refresh once the handler has returned, before the next frame.
 * Several changes before then refresh once.
 */
void
po_view_queue_refresh (gpointer           view,
                       guint             *source_id,
                       PoViewRefreshFunc  refresh)
{
  QueuedRefresh *queued;

  g_return_if_fail (source_id != NULL);
  g_return_if_fail (refresh != NULL);

  if (*source_id != 0)
    return;
  queued = g_new (QueuedRefresh, 1);
  queued->view = view;
  queued->source_id = source_id;
  queued->refresh = refresh;
  *source_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, queued_refresh_cb, queued, g_free);
}

/**
 * po_view_swap_history:
 * @view: the view holding the history
 * @slot: the view's history field
 * @history: (nullable): the new history
 * @on_can_change: called (swapped, with @view) when the new history's
 *   can-undo or can-redo changes; the old history's handler is dropped
 *
 * Returns: %FALSE when @slot already holds @history and nothing changed
 */
gboolean
po_view_swap_history (gpointer    view,
                      PoHistory **slot,
                      PoHistory  *history,
                      GCallback   on_can_change)
{
  g_return_val_if_fail (slot != NULL, FALSE);
  g_return_val_if_fail (history == NULL || PO_IS_HISTORY (history), FALSE);

  if (*slot == history)
    return FALSE;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_func (*slot, on_can_change, view);
  g_set_object (slot, history);
  if (history != NULL)
    {
      g_signal_connect_object (history, "notify::can-undo", on_can_change, view, G_CONNECT_SWAPPED);
      g_signal_connect_object (history, "notify::can-redo", on_can_change, view, G_CONNECT_SWAPPED);
    }
  return TRUE;
}

/**
 * po_view_history_for_store:
 * @history: (nullable): the view's history
 * @store: (nullable): the view's new store
 *
 * A history belongs to one store: keeps @history (the window's shared one)
 * while it is @store's, else the view makes its own.
 *
 * Returns: (transfer full) (nullable): the history for @store, %NULL
 *   without a store
 */
PoHistory *
po_view_history_for_store (PoHistory *history,
                           PoStore   *store)
{
  if (history != NULL && po_history_get_store (history) == store)
    return g_object_ref (history);
  return store != NULL ? po_history_new (store) : NULL;
}

/* Enables @view's undo and redo actions as far as @history (nullable) can. */
void
po_view_enable_undo_redo (GtkWidget  *view,
                          PoHistory  *history,
                          const char *undo_action,
                          const char *redo_action)
{
  gtk_widget_action_set_enabled (view, undo_action, history != NULL && po_history_can_undo (history));
  gtk_widget_action_set_enabled (view, redo_action, history != NULL && po_history_can_redo (history));
}

/**
 * po_column_view_set_filtered_model:
 * @view: a column view
 * @source: (nullable): the rows, or %NULL to set them later
 * @filter: which rows show
 * @filter_model: (out): @source filtered by @filter
 * @sort_model: (out): @filter_model sorted by @view's column sorter
 *
 * Shows @source filtered and sorted in @view, nothing selected until the
 * user picks a row.
 */
void
po_column_view_set_filtered_model (GtkColumnView       *view,
                                   GListModel          *source,
                                   GtkFilter           *filter,
                                   GtkFilterListModel **filter_model,
                                   GtkSortListModel   **sort_model)
{
  g_autoptr(GtkSingleSelection) selection = NULL;

  *filter_model = gtk_filter_list_model_new (source != NULL ? g_object_ref (source) : NULL,
                                             g_object_ref (filter));
  *sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (*filter_model)),
                                         g_object_ref (gtk_column_view_get_sorter (view)));
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (*sort_model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
}

/**
 * po_column_view_append_column:
 * @view: a column view
 * @title: the column's header
 * @index: the column's number, stored as "po-col" on its factory
 * @setup: the factory's "setup" handler
 * @bind: the factory's "bind" handler
 * @data: user data of @setup and @bind
 * @sorter: (nullable): sorts the rows when the header is clicked
 * @expand: whether the column takes spare width
 * @resizable: whether the user can resize the column
 *
 * Returns: (transfer none): the column, which @view holds
 */
GtkColumnViewColumn *
po_column_view_append_column (GtkColumnView *view,
                              const char    *title,
                              guint          index,
                              GCallback      setup,
                              GCallback      bind,
                              gpointer       data,
                              GtkSorter     *sorter,
                              gboolean       expand,
                              gboolean       resizable)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_object_set_data (G_OBJECT (factory), "po-col", GUINT_TO_POINTER (index));
  g_signal_connect (factory, "setup", setup, data);
  g_signal_connect (factory, "bind", bind, data);
  column = gtk_column_view_column_new (title, g_object_ref (factory));
  if (sorter != NULL)
    gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, resizable);
  gtk_column_view_append_column (view, column);
  return column;
}
