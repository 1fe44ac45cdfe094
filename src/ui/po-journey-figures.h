/* po-journey-figures.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-journey-map.h"

G_BEGIN_DECLS

/* The overlay figures of a journey map as text: tooltips, the
 * presentation's caption and the canvas's accessible description. */

/* "Onboarding: 7 tracks now · median 24 days · 100 % complete" with
 * @multiline one figure a line, else on one line. */
char *po_journey_figures_phase    (PoJourneyMap *map,
                                   guint         phase,
                                   gboolean      multiline);
/* Everything a sighted reader takes in at a glance. */
char *po_journey_figures_describe (PoJourneyMap *map);

G_END_DECLS
