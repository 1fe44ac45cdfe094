/* po-cohorts.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Revenue and logo cohort tables (DESIGN.md §3 "Cohorts") from a loaded
 * PoMetrics.
 *
 * - An account's cohort is the month of its first activity: the first
 *   month end with MRR > 0 in the metrics' range. An account that churns
 *   and comes back stays in that original cohort; accounts never active
 *   belong to no cohort.
 * - The table has one row per month of the range (first .. last month),
 *   oldest first, so row r is cohort month first + r; months in which no
 *   account started are rows of size 0 whose cells are all null.
 * - Row c has the ages k = 0 .. last_month − c; later cells are absent.
 * - Logo retention of (c, k) = accounts of c active in c + k / cohort
 *   size. Revenue retention = Σ MRR of c's accounts at the end of c + k /
 *   Σ MRR of c's accounts at the end of c (the starting MRR), so age 0 is
 *   exactly 1.0 and expansion can take it above 1.0.
 * - A cell is null (has_value FALSE) when its denominator is 0.
 */

#pragma once

#include "po-metrics.h"

G_BEGIN_DECLS

typedef enum
{
  PO_COHORT_REVENUE,
  PO_COHORT_LOGO,
} PoCohortKind;

typedef struct _PoCohortTable PoCohortTable;

PoCohortTable *po_cohorts_compute                  (PoMetrics      *metrics,
                                                    PoCohortKind    kind);
void           po_cohort_table_free                (PoCohortTable  *self);

PoCohortKind   po_cohort_table_get_kind            (PoCohortTable  *self);
guint          po_cohort_table_get_n_cohorts       (PoCohortTable  *self);
/* The largest age of any row + 1 (the width of the table); 0 when empty. */
guint          po_cohort_table_get_n_ages          (PoCohortTable  *self);
/* The row of @month, or -1 outside the range. */
int            po_cohort_table_find_cohort         (PoCohortTable  *self,
                                                    PoMonth         month);

PoMonth        po_cohort_table_get_cohort_month    (PoCohortTable  *self,
                                                    guint           row);
guint          po_cohort_table_get_size            (PoCohortTable  *self,
                                                    guint           row);
gint64         po_cohort_table_get_start_mrr       (PoCohortTable  *self,
                                                    guint           row);
/* last_month − cohort month: the row has ages 0 .. max_age. */
guint          po_cohort_table_get_max_age         (PoCohortTable  *self,
                                                    guint           row);

/* Retention of the cell; null when @age > max_age or the denominator is 0. */
PoMetricValue  po_cohort_table_value               (PoCohortTable  *self,
                                                    guint           row,
                                                    guint           age);
/* The cell's numerator: active accounts (logo) or Σ MRR in cents
 * (revenue); 0 for an absent cell. The denominator is the size or the
 * starting MRR. */
gint64         po_cohort_table_numerator           (PoCohortTable  *self,
                                                    guint           row,
                                                    guint           age);
gint64         po_cohort_table_denominator         (PoCohortTable  *self,
                                                    guint           row);

/* Account ids (gint64, ascending) behind a cell, for click-through: the
 * accounts of the cohort active at the end of cohort month + @age (those
 * that make up the numerator, for both kinds). Empty for an absent cell. */
GArray        *po_cohort_table_accounts            (PoCohortTable  *self,
                                                    guint           row,
                                                    guint           age);
/* All accounts of the cohort (the denominator), ascending. */
GArray        *po_cohort_table_cohort_accounts     (PoCohortTable  *self,
                                                    guint           row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoCohortTable, po_cohort_table_free)

G_END_DECLS
