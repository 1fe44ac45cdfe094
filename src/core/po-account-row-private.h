/* po-account-row-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-account-row.h"

G_BEGIN_DECLS

/* What PoAccountList fills in; strings and vectors are taken over. */
typedef struct
{
  gint64        id;
  char         *key;
  char         *name;
  PoSegment     segment;
  PoTouch       touch;
  char         *owner;
  PoDay         signed_on;
  gint64        mrr_cents;
  int           health;
  PoHealthBand  band;
  gboolean      has_trend;
  int           trend;
  char        **phases;
  int           phase_rank;   /* position of the first track's phase, −1 none */
  PoDay         renewal_on;
  PoForecast    forecast;
  guint         open_tasks;
  guint         overdue_tasks;
  char        **tags;
  PoDay         churned_on;
} PoAccountRowData;

PoAccountRow *_po_account_row_new        (PoAccountRowData       *data);
void          _po_account_row_data_copy  (const PoAccountRowData *src,
                                          PoAccountRowData       *dest);
void          _po_account_row_data_clear (PoAccountRowData       *data);
void          _po_account_row_data_clear_free (PoAccountRowData  *data);

G_END_DECLS
