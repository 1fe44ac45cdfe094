/* po-cli-render-charts.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-cli-render.h"

G_BEGIN_DECLS

/* The chart targets of `peak-one-cli render` (DESIGN.md §8). */
gboolean po_cli_render_mrr       (const PoCliRenderRequest  *request,
                                  GError                   **error);
gboolean po_cli_render_nre       (const PoCliRenderRequest  *request,
                                  GError                   **error);
gboolean po_cli_render_health    (const PoCliRenderRequest  *request,
                                  GError                   **error);
gboolean po_cli_render_cohorts   (const PoCliRenderRequest  *request,
                                  GError                   **error);
gboolean po_cli_render_renewals  (const PoCliRenderRequest  *request,
                                  GError                   **error);
gboolean po_cli_render_scenarios (const PoCliRenderRequest  *request,
                                  GError                   **error);

G_END_DECLS
