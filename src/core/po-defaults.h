/* po-defaults.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-store.h"

G_BEGIN_DECLS

typedef struct
{
  const char *title;            /* N_() marked */
  int         due_offset_days;
} PoBuiltinPlaybookStep;

typedef struct
{
  const char                  *code;
  const char                  *title;        /* N_() marked */
  const char                  *description;  /* N_() marked, names the threshold */
  double                       threshold;
  const PoBuiltinPlaybookStep *playbook;
  guint                        n_playbook;
} PoBuiltinSignalRule;

typedef struct
{
  const char *code;
  PoItemKind  kind;
  const char *name;             /* N_() marked */
  gint64      mrr_cents;
} PoBuiltinCatalogItem;

const PoBuiltinSignalRule  *po_builtin_signal_rules  (guint *n_rules);
const PoBuiltinSignalRule  *po_builtin_signal_rule   (const char *code);
const PoBuiltinCatalogItem *po_builtin_catalog       (guint *n_items);

/* Fills a new workspace: settings, phase models, catalog, signal rules and
 * playbooks. Runs inside the caller's transaction. */
gboolean _po_defaults_install (PoStore  *store,
                               GError  **error);
gboolean po_defaults_install_phase_model (PoStore     *store,
                                          const char  *code,
                                          GError     **error);

G_END_DECLS
