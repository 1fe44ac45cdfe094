/* po-view-helpers.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

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

typedef void (*PoViewRefreshFunc) (gpointer view);

void       po_view_queue_refresh     (gpointer           view,
                                      guint             *source_id,
                                      PoViewRefreshFunc  refresh);

G_END_DECLS
