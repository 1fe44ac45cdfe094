/* po-window-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-accounts-view.h"
#include "po-history.h"
#include "po-dashboard-view.h"
#include "po-journey-view.h"
#include "po-planner-view.h"
#include "po-window.h"

G_BEGIN_DECLS

struct _PoWindow
{
  AdwApplicationWindow   parent_instance;

  PoStore               *store;
  PoHistory             *history;
  GCancellable          *demo_cancellable;
  GtkNativeDialog       *chooser;

  AdwToastOverlay       *toast_overlay;
  AdwViewSwitcherTitle  *switcher_title;
  GtkInfoBar            *read_only_bar;
  GtkStack              *main_stack;
  AdwViewStack          *view_stack;
  GtkProgressBar        *demo_progress;
  GMenu                 *recent_submenu;
  PoDashboardView       *dashboard_view;
  PoAccountsView        *accounts_view;
  PoJourneyView         *journey_view;
  PoPlannerView         *planner_view;
};

void _po_window_show_error             (PoWindow       *self,
                                        const char     *heading,
                                        const char     *body);
void _po_window_class_add_file_actions (GtkWidgetClass *widget_class);
void _po_window_class_add_workspace_actions (GtkWidgetClass *widget_class);
void _po_window_set_history            (PoWindow       *self,
                                        PoStore        *store);
void _po_window_update_workspace_actions (PoWindow     *self);
gboolean _po_window_import_dropped     (PoWindow       *self,
                                        GFile          *file);

G_END_DECLS
