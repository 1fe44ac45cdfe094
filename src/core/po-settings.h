/* po-settings.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-store.h"

G_BEGIN_DECLS

/* The workspace settings of DESIGN.md §2–4 with their defaults. Stored as
 * key/value rows in the settings table (keys below). */
typedef struct
{
  char     *currency;                       /* "currency" */
  char     *phase_model;                    /* "phase_model" */
  double    gross_margin;                   /* "gross_margin" */
  int       fiscal_month_start;             /* "fiscal_month_start", 1..12 */
  int       health_weights[PO_N_COMPONENTS];/* "health.weight.<component>" */
  int       red_below;                      /* "health.red_below" */
  int       yellow_below;                   /* "health.yellow_below" */
  int       stale_after_days;               /* "health.stale_after_days" */
  int       reactivation_window_days;       /* "reactivation_window_days" */
  gboolean  quick_ratio_includes_reactivation; /* "quick_ratio_includes_reactivation" */
  int       lead_time_days[PO_N_SEGMENTS];  /* "lead_time.<segment>" */
} PoSettings;

/* Both fill @settings from scratch (do not call one before the other on
 * the same struct: the first one's strings would leak); free with
 * po_settings_clear(), which leaves the struct ready to be filled again. */
void        po_settings_init_defaults (PoSettings       *settings);
void        po_settings_clear         (PoSettings       *settings);
gboolean    po_settings_load          (PoSettings       *settings,
                                       PoStore          *store,
                                       GError          **error);
gboolean    po_settings_save          (const PoSettings *settings,
                                       PoStore          *store,
                                       GError          **error);
gboolean    po_settings_validate      (const PoSettings *settings,
                                       GError          **error);

G_END_DECLS
