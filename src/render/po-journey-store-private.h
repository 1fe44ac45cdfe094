/* po-journey-store-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-journey-store.h"

G_BEGIN_DECLS

gboolean _po_journey_store_finish (PoHistory  *history,
                                   gboolean    ok,
                                   GError    **error);

G_END_DECLS
