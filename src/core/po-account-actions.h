/* po-account-actions.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The daily edits of the account workflow, validated first and then
 * written as ONE PoHistory step each (one transaction, one undo). On a
 * validation error nothing is written and the error's code names the
 * field at fault, so forms can mark it inline. The validate_ functions
 * write nothing and serve forms while the user types.
 */

#pragma once

#include "po-history.h"
#include "po-settings.h"

G_BEGIN_DECLS

#define PO_ACTION_ERROR (po_action_error_quark ())

typedef enum
{
  PO_ACTION_ERROR_NAME,         /* empty name or title */
  PO_ACTION_ERROR_SEGMENT,
  PO_ACTION_ERROR_ITEM,         /* unknown tier or catalog item */
  PO_ACTION_ERROR_DATE,         /* missing or impossible date */
  PO_ACTION_ERROR_DATE_ORDER,   /* before the track's last transition, before signing… */
  PO_ACTION_ERROR_PHASE,        /* not a phase of the workspace's model */
  PO_ACTION_ERROR_SAME_PHASE,   /* the track is already in that phase */
  PO_ACTION_ERROR_CRITERION,    /* not an exit criterion of that phase */
  PO_ACTION_ERROR_VALUE,        /* score or amount out of range */
  PO_ACTION_ERROR_STATE,        /* already churned, already left, task done… */
  PO_ACTION_ERROR_NOT_FOUND,
} PoActionError;

GQuark    po_action_error_quark (void);

typedef struct
{
  const char  *name;
  PoSegment    segment;
  const char  *tier;            /* catalog tier code */
  PoDay        start_on;
  const char  *phase;           /* the first phase of the track */
  const char  *owner;           /* or NULL */
} PoNewAccount;

gboolean  po_account_actions_validate_new_account (PoStore             *store,
                                                   const PoNewAccount  *spec,
                                                   GError             **error);
/* Account, subscription line of the tier at its catalog price, renewal one
 * year after the start, one track and its start transition. Returns the
 * account id, 0 on error. */
gint64    po_account_actions_add_account          (PoHistory           *history,
                                                   const PoNewAccount  *spec,
                                                   GError             **error);

/* A phase transition of @track_id on @on_date to @phase: the phase must be
 * known, differ from the current one, and the date must not be before the
 * track's last transition. @kind gets the derived kind. */
gboolean  po_account_actions_validate_transition  (PoStore           *store,
                                                   gint64             track_id,
                                                   PoDay              on_date,
                                                   const char        *phase,
                                                   PoTransitionKind  *kind,
                                                   GError           **error);
gint64    po_account_actions_add_transition       (PoHistory         *history,
                                                   gint64             track_id,
                                                   PoDay              on_date,
                                                   const char        *phase,
                                                   const char        *reason,
                                                   const char        *note,
                                                   GError           **error);

/* Ticks (@done_on set) or unticks (PO_DAY_NONE) an exit criterion. */
gboolean  po_account_actions_set_criterion        (PoHistory   *history,
                                                   gint64       track_id,
                                                   const char  *phase,
                                                   const char  *code,
                                                   PoDay        done_on,
                                                   GError     **error);

gint64    po_account_actions_add_contact          (PoHistory     *history,
                                                   gint64         account_id,
                                                   const char    *name,
                                                   PoContactRole  role,
                                                   GError       **error);
/* The contact left the customer on @on_date. For a champion this is the
 * champion_left regression trigger: the signal engine evaluates it in the
 * same step and, when it fires, the rule's playbook tasks are created for
 * this account (@n_new_tasks says how many). */
gboolean  po_account_actions_contact_left         (PoHistory   *history,
                                                   gint64       contact_id,
                                                   PoDay        on_date,
                                                   guint       *n_new_tasks,
                                                   GError     **error);

/* A churn record, and every subscription line still open on @on_date ends
 * on it (lines that would start later are cancelled). */
gboolean  po_account_actions_record_churn         (PoHistory        *history,
                                                   gint64            account_id,
                                                   PoDay             on_date,
                                                   PoChurnCategory   category,
                                                   const char       *reason,
                                                   const char       *note,
                                                   GError          **error);

gint64    po_account_actions_add_touchpoint       (PoHistory         *history,
                                                   gint64             account_id,
                                                   PoDay              on_date,
                                                   PoTouchpointKind   kind,
                                                   const char        *note,
                                                   GError           **error);
gint64    po_account_actions_add_nps              (PoHistory   *history,
                                                   gint64       account_id,
                                                   PoDay        on_date,
                                                   gint64       contact_id,
                                                   int          score,
                                                   GError     **error);
gint64    po_account_actions_add_billing_event    (PoHistory      *history,
                                                   gint64          account_id,
                                                   PoDay           on_date,
                                                   PoBillingKind   kind,
                                                   gint64          amount_cents,
                                                   GError        **error);
gboolean  po_account_actions_set_notes            (PoHistory   *history,
                                                   gint64       account_id,
                                                   const char  *notes,
                                                   GError     **error);
gboolean  po_account_actions_set_renewal          (PoHistory   *history,
                                                   gint64       account_id,
                                                   PoDay        renewal_on,
                                                   PoForecast   forecast,
                                                   GError     **error);

/* Tasks. */
gint64    po_account_actions_add_task             (PoHistory   *history,
                                                   gint64       account_id,
                                                   const char  *title,
                                                   PoDay        due_on,
                                                   const char  *owner,
                                                   GError     **error);
gboolean  po_account_actions_complete_task        (PoHistory   *history,
                                                   gint64       task_id,
                                                   PoDay        done_on,
                                                   GError     **error);
gboolean  po_account_actions_reopen_task          (PoHistory   *history,
                                                   gint64       task_id,
                                                   GError     **error);
/* Moves the due date to @until (after today's due date) and marks it
 * snoozed. */
gboolean  po_account_actions_snooze_task          (PoHistory   *history,
                                                   gint64       task_id,
                                                   PoDay        until,
                                                   GError     **error);
gboolean  po_account_actions_reassign_task        (PoHistory   *history,
                                                   gint64       task_id,
                                                   const char  *owner,
                                                   GError     **error);

/* Settings (the preferences window): validated, one step. */
gboolean  po_account_actions_save_settings        (PoHistory         *history,
                                                   const PoSettings  *settings,
                                                   GPtrArray         *rules,
                                                   GError           **error);

G_END_DECLS
