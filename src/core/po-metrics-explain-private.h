/* po-metrics-explain-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-metrics-explain.h"
#include "po-metrics-private.h"

G_BEGIN_DECLS

/* Takes @text and @ids (nullable: no accounts). */
PoExplanationTerm *_po_explanation_add_term   (PoExplanation  *self,
                                               const char     *key,
                                               const char     *label,
                                               PoTermUnit      unit,
                                               gint64          amount,
                                               double          value,
                                               char           *text,
                                               GArray         *ids);
/* "MRR₂₀₂₆₋₁₀": @name with the month as a subscript. */
char              *_po_explain_sub            (const char     *name,
                                               PoMonth         month);
char              *_po_explain_month          (PoMonth         month);
char              *_po_explain_cents          (PoMetrics      *metrics,
                                               gint64          cents);

/* po-metrics-explain-kpis.c: fill title-independent parts (value,
 * value_text, formula, terms) of @self for self->kpi and self->month. */
gboolean           _po_explain_kpi            (PoExplanation  *self,
                                               PoMetrics      *metrics,
                                               PoStore        *store,
                                               GError        **error);

G_END_DECLS
