/* po-account-detail-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-account-activity.h"
#include "po-account-detail.h"
#include "po-health-explain.h"
#include "po-settings.h"

G_BEGIN_DECLS

struct _PoAccountDetail
{
  GtkWidget            parent_instance;

  PoStore             *store;
  PoHistory           *history;
  gint64               account_id;
  PoSettings           settings;
  GPtrArray           *phases;          /* PoPhase of the model, by position */
  GArray              *track_ids;
  GPtrArray           *track_phases;    /* current phase code per track */
  GPtrArray           *dynamic;         /* (group, row) pairs removed on reload */

  AdwWindowTitle      *window_title;
  GtkScrolledWindow   *scroller;
  GtkBox              *kpi_box;
  GtkLabel            *kpi_values[3];
  GtkLabel            *kpi_captions[3];
  PoHealthExplain     *health_explain;
  GtkBox              *tracks_box;
  AdwComboRow         *track_row;
  AdwComboRow         *phase_row;
  AdwEntryRow         *date_row;
  AdwEntryRow         *reason_row;
  AdwActionRow        *transition_status_row;
  GtkButton           *add_transition_button;
  AdwPreferencesGroup *contacts_group;
  AdwPreferencesGroup *lines_group;
  PoAccountActivity   *activity;
  AdwPreferencesGroup *churn_group;
  GtkTextView         *notes_view;
  AdwEntryRow         *contact_entry;
  AdwEntryRow         *churn_date_row;
  AdwComboRow         *churn_category_row;
  AdwEntryRow         *churn_reason_row;
};

void       _po_account_detail_toast            (PoAccountDetail     *self,
                                                const char          *text,
                                                gboolean             offer_undo);
/* Adds @row to @group until the next reload. */
void       _po_account_detail_group_row        (PoAccountDetail     *self,
                                                AdwPreferencesGroup *group,
                                                GtkWidget           *row);
GtkWidget *_po_account_detail_new_row          (const char          *title,
                                                const char          *subtitle);
void       _po_account_detail_add_suffix       (GtkWidget           *row,
                                                const char          *text,
                                                const char          *css);

/* po-account-detail-sections.c: contacts, subscription lines, churn, notes. */
void       _po_account_detail_load_contacts    (PoAccountDetail     *self);
gint64     _po_account_detail_load_lines       (PoAccountDetail     *self);
void       _po_account_detail_load_churn       (PoAccountDetail     *self);
void       _po_account_detail_on_add_contact   (PoAccountDetail     *self);
void       _po_account_detail_on_record_churn  (PoAccountDetail     *self);
void       _po_account_detail_on_save_notes    (PoAccountDetail     *self);

G_END_DECLS
