/* po-history.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-store.h"

G_BEGIN_DECLS

#define PO_TYPE_HISTORY (po_history_get_type ())

G_DECLARE_FINAL_TYPE (PoHistory, po_history, PO, HISTORY, GObject)

PoHistory  *po_history_new            (PoStore     *store);
PoStore    *po_history_get_store      (PoHistory   *self);

/* Wraps one user action: everything written between begin and commit is
 * one transaction and one undo step, labelled for the Edit menu. */
gboolean    po_history_begin          (PoHistory   *self,
                                       const char  *label,
                                       GError     **error);
gboolean    po_history_commit         (PoHistory   *self,
                                       GError     **error);
void        po_history_rollback       (PoHistory   *self);

gboolean    po_history_can_undo       (PoHistory   *self);
gboolean    po_history_can_redo       (PoHistory   *self);
const char *po_history_get_undo_label (PoHistory   *self);
const char *po_history_get_redo_label (PoHistory   *self);
gboolean    po_history_undo           (PoHistory   *self,
                                       GError     **error);
gboolean    po_history_redo           (PoHistory   *self,
                                       GError     **error);
void        po_history_clear          (PoHistory   *self);

G_END_DECLS
