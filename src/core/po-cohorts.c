/* po-cohorts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass over the metrics' MRR matrix: each account is placed in the
 * row of its first active month, then adds its MRR (or 1 when active) to
 * the cells of its row. The numerators are kept in a triangle: row r has
 * n_months − r cells, stored from offset[r].
 */

#define G_LOG_DOMAIN "po-cohorts"

#include "config.h"

#include "po-cohorts.h"
#include "po-metrics-private.h"

struct _PoCohortTable
{
  PoMetrics     *metrics;       /* borrowed: must outlive the table */
  PoCohortKind   kind;
  PoMonth        first;
  guint          n_rows;
  guint         *size;          /* per row */
  gint64        *start_mrr;     /* per row */
  gsize         *offset;        /* per row, into cells */
  gint64        *cells;         /* numerators */
  GArray       **members;       /* per row, of guint account indices */
};

PoCohortTable *
po_cohorts_compute (PoMetrics    *metrics,
                    PoCohortKind  kind)
{
  PoCohortTable *self;
  gsize n_cells = 0;

  g_return_val_if_fail (metrics != NULL, NULL);
  g_return_val_if_fail (kind == PO_COHORT_REVENUE || kind == PO_COHORT_LOGO, NULL);

  self = g_new0 (PoCohortTable, 1);
  self->metrics = metrics;
  self->kind = kind;
  self->first = metrics->first;
  self->n_rows = metrics->n_months;
  self->size = g_new0 (guint, MAX (self->n_rows, 1));
  self->start_mrr = g_new0 (gint64, MAX (self->n_rows, 1));
  self->offset = g_new0 (gsize, MAX (self->n_rows, 1));
  self->members = g_new0 (GArray *, MAX (self->n_rows, 1));
  for (guint r = 0; r < self->n_rows; r++)
    {
      self->offset[r] = n_cells;
      n_cells += self->n_rows - r;
      self->members[r] = g_array_new (FALSE, FALSE, sizeof (guint));
    }
  self->cells = g_new0 (gint64, MAX (n_cells, 1));

  for (guint a = 0; a < metrics->n_accounts; a++)
    {
      const gint64 *row = metrics->mrr + (gsize) a * metrics->n_months;
      gint64 *cells;
      guint c = 0;

      while (c < metrics->n_months && row[c] <= 0)
        c++;
      if (c == metrics->n_months)
        continue;

      g_array_append_val (self->members[c], a);
      self->size[c]++;
      self->start_mrr[c] += row[c];
      cells = self->cells + self->offset[c];
      for (guint m = c; m < metrics->n_months; m++)
        if (row[m] > 0)
          cells[m - c] += kind == PO_COHORT_LOGO ? 1 : row[m];
    }
  return self;
}

void
po_cohort_table_free (PoCohortTable *self)
{
  if (self == NULL)
    return;
  for (guint r = 0; r < self->n_rows; r++)
    g_array_unref (self->members[r]);
  g_free (self->members);
  g_free (self->size);
  g_free (self->start_mrr);
  g_free (self->offset);
  g_free (self->cells);
  g_free (self);
}

PoCohortKind
po_cohort_table_get_kind (PoCohortTable *self)
{
  g_return_val_if_fail (self != NULL, PO_COHORT_REVENUE);
  return self->kind;
}

guint
po_cohort_table_get_n_cohorts (PoCohortTable *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_rows;
}

guint
po_cohort_table_get_n_ages (PoCohortTable *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_rows;
}

int
po_cohort_table_find_cohort (PoCohortTable *self,
                             PoMonth        month)
{
  g_return_val_if_fail (self != NULL, -1);

  if (self->n_rows == 0 || month < self->first || month >= self->first + (PoMonth) self->n_rows)
    return -1;
  return month - self->first;
}

PoMonth
po_cohort_table_get_cohort_month (PoCohortTable *self,
                                  guint          row)
{
  g_return_val_if_fail (self != NULL && row < self->n_rows, 0);
  return self->first + (PoMonth) row;
}

guint
po_cohort_table_get_size (PoCohortTable *self,
                          guint          row)
{
  g_return_val_if_fail (self != NULL && row < self->n_rows, 0);
  return self->size[row];
}

gint64
po_cohort_table_get_start_mrr (PoCohortTable *self,
                               guint          row)
{
  g_return_val_if_fail (self != NULL && row < self->n_rows, 0);
  return self->start_mrr[row];
}

guint
po_cohort_table_get_max_age (PoCohortTable *self,
                             guint          row)
{
  g_return_val_if_fail (self != NULL && row < self->n_rows, 0);
  return self->n_rows - 1 - row;
}

gint64
po_cohort_table_numerator (PoCohortTable *self,
                           guint          row,
                           guint          age)
{
  g_return_val_if_fail (self != NULL && row < self->n_rows, 0);

  if (age > self->n_rows - 1 - row)
    return 0;
  return self->cells[self->offset[row] + age];
}

gint64
po_cohort_table_denominator (PoCohortTable *self,
                             guint          row)
{
  g_return_val_if_fail (self != NULL && row < self->n_rows, 0);

  return self->kind == PO_COHORT_LOGO ? (gint64) self->size[row] : self->start_mrr[row];
}

PoMetricValue
po_cohort_table_value (PoCohortTable *self,
                       guint          row,
                       guint          age)
{
  PoMetricValue v = { FALSE, 0 };
  gint64 den;

  g_return_val_if_fail (self != NULL && row < self->n_rows, v);

  den = po_cohort_table_denominator (self, row);
  if (age > self->n_rows - 1 - row || den == 0)
    return v;
  v.has_value = TRUE;
  v.value = (double) self->cells[self->offset[row] + age] / (double) den;
  return v;
}

static GArray *
accounts_where (PoCohortTable *self,
                guint          row,
                int            age)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GArray *members = self->members[row];

  if (age > (int) (self->n_rows - 1 - row))
    return ids;
  for (guint i = 0; i < members->len; i++)
    {
      guint a = g_array_index (members, guint, i);

      /* Members are in store id order already. */
      if (age < 0 || _po_metrics_cell (self->metrics, a, self->first + (PoMonth) (row + age)) > 0)
        g_array_append_val (ids, self->metrics->accounts[a].id);
    }
  return ids;
}

GArray *
po_cohort_table_accounts (PoCohortTable *self,
                          guint          row,
                          guint          age)
{
  g_return_val_if_fail (self != NULL && row < self->n_rows, NULL);
  g_return_val_if_fail (age <= G_MAXINT, NULL);

  return accounts_where (self, row, (int) age);
}

GArray *
po_cohort_table_cohort_accounts (PoCohortTable *self,
                                 guint          row)
{
  g_return_val_if_fail (self != NULL && row < self->n_rows, NULL);

  return accounts_where (self, row, -1);
}
