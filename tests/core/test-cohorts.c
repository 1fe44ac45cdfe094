/* test-cohorts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cohort tables against figures computed by hand. The fixture, all 2024,
 * last month 2024-06:
 *
 *   a  1000 from 01-01, + 2500 from 03-01          cohort 2024-01, expands
 *   b  2000 from 01-15 to 03-01, 1000 from 05-10   cohort 2024-01, churns in
 *                                                  03, reactivates in 05
 *   c  3000 from 03-05                             cohort 2024-03
 *   d  no lines, e  a 0-cent line from 01-01       in no cohort
 *
 *   MRR      01    02    03    04    05    06
 *   a      1000  1000  3500  3500  3500  3500
 *   b      2000  2000     0     0  1000  1000
 *   c         0     0  3000  3000  3000  3000
 */

#include "config.h"

#include "po-cohorts.h"
#include "test-metrics-fixture.h"

typedef struct
{
  Workspace  ws;
  PoMetrics *metrics;
  gint64     a, b, c;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 d, e;

  workspace_setup (&f->ws, data);
  f->a = add_account (&f->ws, "a", PO_SEGMENT_SMB, "2023-12-01");
  f->b = add_account (&f->ws, "b", PO_SEGMENT_SMB, "2024-01-10");
  f->c = add_account (&f->ws, "c", PO_SEGMENT_MID_MARKET, "2024-03-01");
  d = add_account (&f->ws, "d", PO_SEGMENT_SMB, "2024-01-01");
  e = add_account (&f->ws, "e", PO_SEGMENT_SMB, "2024-01-01");
  (void) d;

  add_line (&f->ws, f->a, NULL, 1000, "2024-01-01", NULL);
  add_line (&f->ws, f->a, NULL, 2500, "2024-03-01", NULL);
  add_line (&f->ws, f->b, NULL, 2000, "2024-01-15", "2024-03-01");
  add_line (&f->ws, f->b, NULL, 1000, "2024-05-10", NULL);
  add_line (&f->ws, f->c, NULL, 3000, "2024-03-05", NULL);
  add_line (&f->ws, e, NULL, 0, "2024-01-01", NULL);

  f->metrics = po_metrics_load (f->ws.store, &f->ws.settings, month ("2024-06"), 0, &error);
  g_assert_no_error (error);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_clear_pointer (&f->metrics, po_metrics_free);
  workspace_teardown (&f->ws, data);
}

static void
assert_value (PoCohortTable *t,
              guint          row,
              guint          age,
              double         expected)
{
  PoMetricValue v = po_cohort_table_value (t, row, age);

  g_assert_true (v.has_value);
  g_assert_cmpfloat_with_epsilon (v.value, expected, 1e-12);
}

static void
assert_null (PoCohortTable *t,
             guint          row,
             guint          age)
{
  g_assert_false (po_cohort_table_value (t, row, age).has_value);
}

static void
assert_ids (GArray *ids,
            guint   n,
            ...)
{
  va_list args;

  g_assert_cmpuint (ids->len, ==, n);
  va_start (args, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), ==, va_arg (args, gint64));
  va_end (args);
  g_array_unref (ids);
}

static void
test_shape (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(PoCohortTable) t = po_cohorts_compute (f->metrics, PO_COHORT_LOGO);

  g_assert_cmpint (po_cohort_table_get_kind (t), ==, PO_COHORT_LOGO);
  g_assert_cmpuint (po_cohort_table_get_n_cohorts (t), ==, 6);
  g_assert_cmpuint (po_cohort_table_get_n_ages (t), ==, 6);
  g_assert_cmpint (po_cohort_table_get_cohort_month (t, 0), ==, month ("2024-01"));
  g_assert_cmpint (po_cohort_table_get_cohort_month (t, 5), ==, month ("2024-06"));
  g_assert_cmpint (po_cohort_table_find_cohort (t, month ("2024-03")), ==, 2);
  g_assert_cmpint (po_cohort_table_find_cohort (t, month ("2023-12")), ==, -1);
  g_assert_cmpint (po_cohort_table_find_cohort (t, month ("2024-07")), ==, -1);
  g_assert_cmpuint (po_cohort_table_get_max_age (t, 0), ==, 5);
  g_assert_cmpuint (po_cohort_table_get_max_age (t, 2), ==, 3);
  g_assert_cmpuint (po_cohort_table_get_max_age (t, 5), ==, 0);

  g_assert_cmpuint (po_cohort_table_get_size (t, 0), ==, 2);   /* a, b; not d, e */
  g_assert_cmpuint (po_cohort_table_get_size (t, 1), ==, 0);
  g_assert_cmpuint (po_cohort_table_get_size (t, 2), ==, 1);
  g_assert_cmpint (po_cohort_table_get_start_mrr (t, 0), ==, 3000);
  g_assert_cmpint (po_cohort_table_get_start_mrr (t, 2), ==, 3000);
  g_assert_cmpint (po_cohort_table_get_start_mrr (t, 1), ==, 0);
}

static void
test_logo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(PoCohortTable) t = po_cohorts_compute (f->metrics, PO_COHORT_LOGO);

  assert_value (t, 0, 0, 1.0);
  assert_value (t, 0, 1, 1.0);
  assert_value (t, 0, 2, 0.5);   /* b churned */
  assert_value (t, 0, 3, 0.5);
  assert_value (t, 0, 4, 1.0);   /* b is back, in its original cohort */
  assert_value (t, 0, 5, 1.0);
  g_assert_cmpint (po_cohort_table_numerator (t, 0, 2), ==, 1);
  g_assert_cmpint (po_cohort_table_denominator (t, 0), ==, 2);
  for (guint k = 0; k <= 3; k++)
    assert_value (t, 2, k, 1.0);

  /* Cells after the last month are absent. */
  assert_null (t, 2, 4);
  assert_null (t, 0, 6);
  g_assert_cmpint (po_cohort_table_numerator (t, 2, 4), ==, 0);
  /* Empty cohorts: the denominator is 0. */
  for (guint k = 0; k <= 4; k++)
    assert_null (t, 1, k);
  assert_null (t, 5, 0);
}

static void
test_revenue (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(PoCohortTable) t = po_cohorts_compute (f->metrics, PO_COHORT_REVENUE);

  assert_value (t, 0, 0, 1.0);
  assert_value (t, 0, 1, 1.0);
  assert_value (t, 0, 2, 3500.0 / 3000.0);   /* above 1 with b gone */
  assert_value (t, 0, 3, 3500.0 / 3000.0);
  assert_value (t, 0, 4, 4500.0 / 3000.0);
  assert_value (t, 0, 5, 1.5);
  g_assert_cmpint (po_cohort_table_numerator (t, 0, 4), ==, 4500);
  g_assert_cmpint (po_cohort_table_denominator (t, 0), ==, 3000);
  assert_value (t, 2, 3, 1.0);
  assert_null (t, 2, 4);
  assert_null (t, 1, 0);
  g_assert_cmpint (po_cohort_table_denominator (t, 1), ==, 0);
}

static void
test_accounts (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(PoCohortTable) t = po_cohorts_compute (f->metrics, PO_COHORT_REVENUE);

  assert_ids (po_cohort_table_cohort_accounts (t, 0), 2, f->a, f->b);
  assert_ids (po_cohort_table_cohort_accounts (t, 2), 1, f->c);
  assert_ids (po_cohort_table_cohort_accounts (t, 1), 0);
  assert_ids (po_cohort_table_accounts (t, 0, 0), 2, f->a, f->b);
  assert_ids (po_cohort_table_accounts (t, 0, 2), 1, f->a);
  assert_ids (po_cohort_table_accounts (t, 0, 4), 2, f->a, f->b);
  assert_ids (po_cohort_table_accounts (t, 2, 1), 1, f->c);
  assert_ids (po_cohort_table_accounts (t, 2, 4), 0);
}

static void
test_empty (Workspace     *ws,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoMetrics) m = NULL;
  g_autoptr(PoCohortTable) t = NULL;
  gint64 a = add_account (ws, "a", PO_SEGMENT_SMB, "2024-01-01");

  (void) a;
  m = po_metrics_load (ws->store, &ws->settings, month ("2024-06"), 0, &error);
  g_assert_no_error (error);
  t = po_cohorts_compute (m, PO_COHORT_LOGO);
  g_assert_cmpuint (po_cohort_table_get_n_cohorts (t), ==, 0);
  g_assert_cmpuint (po_cohort_table_get_n_ages (t), ==, 0);
  g_assert_cmpint (po_cohort_table_find_cohort (t, month ("2024-01")), ==, -1);
}

/* Only zero-MRR lines: a range of months, but every cohort is empty. */
static void
test_zero (Workspace     *ws,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoMetrics) m = NULL;
  g_autoptr(PoCohortTable) t = NULL;
  gint64 a = add_account (ws, "a", PO_SEGMENT_SMB, "2024-01-01");

  add_line (ws, a, NULL, 0, "2024-01-01", NULL);
  m = po_metrics_load (ws->store, &ws->settings, month ("2024-03"), 0, &error);
  g_assert_no_error (error);
  t = po_cohorts_compute (m, PO_COHORT_REVENUE);
  g_assert_cmpuint (po_cohort_table_get_n_cohorts (t), ==, 3);
  for (guint r = 0; r < 3; r++)
    {
      g_autoptr(GArray) ids = po_cohort_table_cohort_accounts (t, r);

      g_assert_cmpuint (po_cohort_table_get_size (t, r), ==, 0);
      g_assert_cmpuint (ids->len, ==, 0);
      for (guint k = 0; k <= po_cohort_table_get_max_age (t, r); k++)
        assert_null (t, r, k);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/core/cohorts/shape", Fixture, NULL, setup, test_shape, teardown);
  g_test_add ("/core/cohorts/logo", Fixture, NULL, setup, test_logo, teardown);
  g_test_add ("/core/cohorts/revenue", Fixture, NULL, setup, test_revenue, teardown);
  g_test_add ("/core/cohorts/accounts", Fixture, NULL, setup, test_accounts, teardown);
  g_test_add ("/core/cohorts/empty", Workspace, NULL, workspace_setup, test_empty, workspace_teardown);
  g_test_add ("/core/cohorts/zero", Workspace, NULL, workspace_setup, test_zero, workspace_teardown);

  return g_test_run ();
}
