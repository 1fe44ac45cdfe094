/* po-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "po-store.h"

G_BEGIN_DECLS

/* Called with the fraction done, 0.0 … 1.0, from the thread doing the work. */
typedef void (*PoProgressFunc) (double   fraction,
                                gpointer user_data);

typedef struct
{
  /* "2026-11-23T10:00:00Z"; NULL takes $PO_EXPORT_TIMESTAMP, else the
   * current UTC time. Two exports of the same workspace with the same
   * timestamp are byte-identical. */
  const char     *exported_at;
  PoProgressFunc  progress;
  gpointer        progress_data;
} PoExportOptions;

/* The whole workspace as the DESIGN.md §7 document, written account by
 * account: memory stays bounded by the largest account. */
gboolean po_export_to_stream       (PoStore                *store,
                                    GOutputStream          *out,
                                    const PoExportOptions  *options,
                                    GCancellable           *cancellable,
                                    GError                **error);
/* Writes to a temporary file beside @path and renames it into place, so a
 * failed or cancelled export leaves no half file. */
gboolean po_export_to_file         (PoStore                *store,
                                    const char             *path,
                                    const PoExportOptions  *options,
                                    GCancellable           *cancellable,
                                    GError                **error);

/* One journey map alone: {"format": "peak-one-journey-map", "version": 1,
 * …the journey_maps[] element…}. */
gboolean po_journey_map_export_one (PoStore                *store,
                                    const char             *key,
                                    GOutputStream          *out,
                                    GCancellable           *cancellable,
                                    GError                **error);

G_END_DECLS
