/* po-store-copy.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-store.h"

G_BEGIN_DECLS

gboolean po_store_copy_to (PoStore     *self,
                           const char  *dest_path,
                           GError     **error);

G_END_DECLS
