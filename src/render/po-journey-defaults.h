/* po-journey-defaults.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "po-journey-map.h"

G_BEGIN_DECLS

#define PO_JOURNEY_DEFAULTS_ERROR (po_journey_defaults_error_quark ())

typedef enum
{
  PO_JOURNEY_DEFAULTS_ERROR_UNKNOWN_MODEL,
  PO_JOURNEY_DEFAULTS_ERROR_UNKNOWN_SEGMENT,
} PoJourneyDefaultsError;

GQuark              po_journey_defaults_error_quark  (void);
const char * const *po_journey_defaults_get_models   (void);
const char * const *po_journey_defaults_get_segments (void);
PoJourneyMap       *po_journey_defaults_new          (const char    *model,
                                                      const char    *segment,
                                                      GError       **error);
const char         *po_journey_defaults_get_duration (const char    *model,
                                                      const char    *phase,
                                                      const char    *segment);
gboolean            po_journey_defaults_set_segment  (PoJourneyMap  *map,
                                                      const char    *model,
                                                      const char    *segment,
                                                      GError       **error);

G_END_DECLS
