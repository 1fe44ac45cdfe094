/* po-view-helpers.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-history.h"

G_BEGIN_DECLS

/* Small pieces the four views share. */
GtkWidget *po_value_row_new          (const char *title,
                                      const char *value,
                                      const char *value_name);
GtkWidget *po_value_row_new_with_bar (const char *title,
                                      const char *value,
                                      const char *value_name,
                                      double      fraction);
void       po_value_row_set_value    (GtkWidget  *row,
                                      const char *value);
void       po_list_box_remove_all    (GtkListBox *list);
char      *po_view_format_money      (const char *currency,
                                      gint64      cents);
char      *po_view_format_count      (guint64     count);
char      *po_view_format_day        (guint32     day);

void       po_column_view_set_filtered_model (GtkColumnView       *view,
                                             GListModel          *source,
                                             GtkFilter           *filter,
                                             GtkFilterListModel **filter_model,
                                             GtkSortListModel   **sort_model);
GtkColumnViewColumn *
           po_column_view_append_column     (GtkColumnView       *view,
                                             const char          *title,
                                             guint                index,
                                             GCallback            setup,
                                             GCallback            bind,
                                             gpointer             data,
                                             GtkSorter           *sorter,
                                             gboolean             expand,
                                             gboolean             resizable);

/* The history the window shares with its views (*_set_history). */
gboolean   po_view_swap_history      (gpointer     view,
                                      PoHistory  **slot,
                                      PoHistory   *history,
                                      GCallback    on_can_change);
PoHistory *po_view_history_for_store (PoHistory   *history,
                                      PoStore     *store);
void       po_view_enable_undo_redo  (GtkWidget   *view,
                                      PoHistory   *history,
                                      const char  *undo_action,
                                      const char  *redo_action);

typedef void (*PoViewRefreshFunc) (gpointer view);

void       po_view_queue_refresh     (gpointer           view,
                                      guint             *source_id,
                                      PoViewRefreshFunc  refresh);

G_END_DECLS
