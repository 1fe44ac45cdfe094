/* po-health-explain.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-health.h"

G_BEGIN_DECLS

#define PO_TYPE_HEALTH_EXPLAIN (po_health_explain_get_type ())

G_DECLARE_FINAL_TYPE (PoHealthExplain, po_health_explain, PO, HEALTH_EXPLAIN, AdwBin)

/* Explains a health score (DESIGN.md §4): a waterfall of each component's
 * contribution from 0 to the score, and a what-if slider per component
 * that shows the score and band it would give, without saving. */
GtkWidget *po_health_explain_new          (void);
void       po_health_explain_set_values   (PoHealthExplain   *self,
                                           const PoSettings  *settings,
                                           const int          values[PO_N_COMPONENTS]);
/* The what-if score with @component moved to @value (for tests and the
 * sliders); −1 without a score. */
int        po_health_explain_what_if      (PoHealthExplain   *self,
                                           PoHealthComponent  component,
                                           int                value);

G_END_DECLS
