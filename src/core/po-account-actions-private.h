/* po-account-actions-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers shared by the two files of the account actions.
 */

#pragma once

#include "po-account-actions.h"

G_BEGIN_DECLS

gboolean   _po_action_fail        (GError        **error,
                                   PoActionError   code,
                                   const char     *format,
                                   ...) G_GNUC_PRINTF (3, 4);
gboolean   _po_action_check_day   (PoDay           day,
                                   GError        **error);
gboolean   _po_action_is_blank    (const char     *text);
char      *_po_action_stripped    (const char     *text);
/* One history step, labelled for the Edit menu. */
gboolean   _po_action_begin       (PoHistory      *history,
                                   const char     *label,
                                   GError        **error);
/* Commits the step, or rolls it back when !@ok. */
gboolean   _po_action_finish      (PoHistory      *history,
                                   gboolean        ok,
                                   GError        **error);
/* _po_action_finish() for a step that inserted a row: its *@id, or 0. */
gint64     _po_action_finish_insert (PoHistory    *history,
                                     gboolean      ok,
                                     const gint64 *id,
                                     GError      **error);
PoAccount *_po_action_get_account (PoStore        *store,
                                   gint64          account_id,
                                   GError        **error);

G_END_DECLS
