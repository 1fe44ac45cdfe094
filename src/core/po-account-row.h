/* po-account-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line of the accounts list: a small immutable snapshot of an account
 * (what the list shows, sorts and filters by), loaded in bulk by
 * PoAccountList. It holds no store and no widget.
 */

#pragma once

#include <glib-object.h>

#include "po-health.h"

G_BEGIN_DECLS

#define PO_TYPE_ACCOUNT_ROW (po_account_row_get_type ())

G_DECLARE_FINAL_TYPE (PoAccountRow, po_account_row, PO, ACCOUNT_ROW, GObject)

/* The columns of the accounts list, for sorting. */
typedef enum
{
  PO_ACCOUNT_COLUMN_NAME,
  PO_ACCOUNT_COLUMN_SEGMENT,
  PO_ACCOUNT_COLUMN_TOUCH,
  PO_ACCOUNT_COLUMN_OWNER,
  PO_ACCOUNT_COLUMN_MRR,
  PO_ACCOUNT_COLUMN_HEALTH,
  PO_ACCOUNT_COLUMN_TREND,
  PO_ACCOUNT_COLUMN_PHASES,
  PO_ACCOUNT_COLUMN_RENEWAL,
  PO_ACCOUNT_COLUMN_FORECAST,
  PO_ACCOUNT_COLUMN_OPEN_TASKS,
  PO_N_ACCOUNT_COLUMNS
} PoAccountColumn;

gint64              po_account_row_get_id            (PoAccountRow *self);
const char         *po_account_row_get_key           (PoAccountRow *self);
const char         *po_account_row_get_name          (PoAccountRow *self);
PoSegment           po_account_row_get_segment       (PoAccountRow *self);
PoTouch             po_account_row_get_touch         (PoAccountRow *self);
const char         *po_account_row_get_owner         (PoAccountRow *self);
PoDay               po_account_row_get_signed_on     (PoAccountRow *self);
/* MRR on the list's day, integer cents. */
gint64              po_account_row_get_mrr_cents     (PoAccountRow *self);
/* 0..100 or PO_HEALTH_MISSING. */
int                 po_account_row_get_health        (PoAccountRow *self);
PoHealthBand        po_account_row_get_band          (PoAccountRow *self);
gboolean            po_account_row_get_trend         (PoAccountRow *self,
                                                      int          *trend);
/* The current phase code of each track, in track order. */
const char * const *po_account_row_get_phases        (PoAccountRow *self);
PoDay               po_account_row_get_renewal_on    (PoAccountRow *self);
PoForecast          po_account_row_get_forecast      (PoAccountRow *self);
guint               po_account_row_get_open_tasks    (PoAccountRow *self);
guint               po_account_row_get_overdue_tasks (PoAccountRow *self);
const char * const *po_account_row_get_tags          (PoAccountRow *self);
/* The churn date, or PO_DAY_NONE. */
PoDay               po_account_row_get_churned_on    (PoAccountRow *self);
gboolean            po_account_row_has_phase         (PoAccountRow *self,
                                                      const char   *phase);
gboolean            po_account_row_has_tag           (PoAccountRow *self,
                                                      const char   *tag);
gboolean            po_account_row_equal             (PoAccountRow *a,
                                                      PoAccountRow *b);
/* Orders by @column, then by name, then by id; missing values (no health
 * score, no renewal date) sort first in ascending order. */
int                 po_account_row_compare           (PoAccountRow    *a,
                                                      PoAccountRow    *b,
                                                      PoAccountColumn  column);

/* What the list shows: every field that is set must match. */
typedef struct
{
  int     segment;        /* PoSegment, or −1 for any */
  int     band;           /* PoHealthBand, or −1 for any */
  char   *phase;          /* a phase code, or NULL */
  char   *owner;          /* exact owner, or NULL ("" = no owner) */
  char   *tag;            /* a tag, or NULL */
  char   *search;         /* casefolded words, each in name, key, owner or tags */
} PoAccountFilter;

void                po_account_filter_init           (PoAccountFilter       *filter);
void                po_account_filter_clear          (PoAccountFilter       *filter);
/* Casefolds @text and keeps it as the search words. */
void                po_account_filter_set_search     (PoAccountFilter       *filter,
                                                      const char            *text);
gboolean            po_account_filter_is_empty       (const PoAccountFilter *filter);
gboolean            po_account_filter_matches        (const PoAccountFilter *filter,
                                                      PoAccountRow          *row);

G_END_DECLS
