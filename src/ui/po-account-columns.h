/* po-account-columns.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "po-account-row.h"

G_BEGIN_DECLS

/* What the cells need besides the row; owned by the view, which outlives
 * its columns. */
typedef struct
{
  GHashTable *phase_titles;    /* phase code → title */
  char       *currency;
} PoAccountColumnsContext;

/* Name, segment, touch, owner, MRR, health (score, band, trend), phases,
 * renewal (date, forecast) and open tasks, each sortable. */
void po_account_columns_add (GtkColumnView                 *view,
                             const PoAccountColumnsContext *ctx);

G_END_DECLS
