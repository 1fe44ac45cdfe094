/* po-scenario-monte-carlo.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "po-scenario.h"

G_BEGIN_DECLS

/* One scenario month over all runs: mean, sample standard deviation
 * (the standard error of the mean is stddev / √runs) and the 10/50/90 %
 * quantiles (linear interpolation between order statistics). */
typedef struct _PoScenarioBand
{
  guint  month;               /* t = 1..months */
  double mrr_mean;
  double mrr_stddev;
  double mrr_p10;
  double mrr_p50;
  double mrr_p90;
  double accounts_mean;
  double accounts_stddev;
  double accounts_p10;
  double accounts_p50;
  double accounts_p90;
} PoScenarioBand;

typedef struct _PoScenarioBands PoScenarioBands;

#define PO_TYPE_SCENARIO_BANDS (po_scenario_bands_get_type ())

GType                 po_scenario_bands_get_type     (void) G_GNUC_CONST;
PoScenarioBands      *po_scenario_run_monte_carlo    (const PoScenario        *scenario,
                                                      const PoScenarioCatalog *catalog,
                                                      GPtrArray               *accounts,
                                                      guint                    runs,
                                                      guint32                  seed,
                                                      GCancellable            *cancellable,
                                                      GError                 **error);
PoScenarioBands      *po_scenario_bands_ref          (PoScenarioBands         *self);
void                  po_scenario_bands_unref        (PoScenarioBands         *self);
guint                 po_scenario_bands_get_n_months (const PoScenarioBands   *self);
guint                 po_scenario_bands_get_runs     (const PoScenarioBands   *self);
guint32               po_scenario_bands_get_seed     (const PoScenarioBands   *self);
const PoScenarioBand *po_scenario_bands_get_month    (const PoScenarioBands   *self,
                                                      guint                    month);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoScenarioBands, po_scenario_bands_unref)

G_END_DECLS
