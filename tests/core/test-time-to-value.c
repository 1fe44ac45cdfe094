/* test-time-to-value.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Time to value against days counted by hand (2024 is a leap year):
 *
 *   e1 enterprise  signed 01-01  done 03-01 (track 1), 02-15 (track 2)  45
 *   e2 enterprise  signed 02-01  done 04-01                              60
 *   e3 enterprise  signed 01-10  criterion open                          —
 *   s1 smb         signed 03-01  done 03-11                              10
 *   s2 smb         signed 03-01  done 03-21                              20
 *   s3 smb         signed 03-01  done 03-08 (Peak One's orientierung)     7
 *   s4 smb         signed 03-01  only go_live_confirmed                  —
 *   m1 mid_market  signed 05-01  done 04-29                              −2
 */

#include "config.h"

#include "po-phase-model.h"
#include "po-time-to-value.h"
#include "test-tracks-fixture.h"

typedef struct
{
  Workspace ws;
  gint64    e1, e2, s1, s2, s3, m1;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  gint64 t, e3, s4;

  workspace_setup (&f->ws, data);
  f->e1 = add_account (&f->ws, "e1", PO_SEGMENT_ENTERPRISE, "2024-01-01");
  t = add_track (&f->ws, f->e1, "t1", "2024-01-01", "onboarding", NULL);
  add_criterion (&f->ws, t, "onboarding", PO_CRITERION_FIRST_VALUE, "2024-03-01");
  t = add_track (&f->ws, f->e1, "t2", "2024-01-05", "onboarding", NULL);
  add_criterion (&f->ws, t, "onboarding", PO_CRITERION_FIRST_VALUE, "2024-02-15");

  f->e2 = add_account (&f->ws, "e2", PO_SEGMENT_ENTERPRISE, "2024-02-01");
  t = add_track (&f->ws, f->e2, "t", NULL);
  add_criterion (&f->ws, t, "onboarding", PO_CRITERION_FIRST_VALUE, "2024-04-01");

  e3 = add_account (&f->ws, "e3", PO_SEGMENT_ENTERPRISE, "2024-01-10");
  t = add_track (&f->ws, e3, "t", NULL);
  add_criterion (&f->ws, t, "onboarding", PO_CRITERION_FIRST_VALUE, NULL);

  f->s1 = add_account (&f->ws, "s1", PO_SEGMENT_SMB, "2024-03-01");
  t = add_track (&f->ws, f->s1, "t", NULL);
  add_criterion (&f->ws, t, "onboarding", PO_CRITERION_FIRST_VALUE, "2024-03-11");
  f->s2 = add_account (&f->ws, "s2", PO_SEGMENT_SMB, "2024-03-01");
  t = add_track (&f->ws, f->s2, "t", NULL);
  add_criterion (&f->ws, t, "onboarding", PO_CRITERION_FIRST_VALUE, "2024-03-21");
  f->s3 = add_account (&f->ws, "s3", PO_SEGMENT_SMB, "2024-03-01");
  t = add_track (&f->ws, f->s3, "t", NULL);
  add_criterion (&f->ws, t, "orientierung", PO_CRITERION_FIRST_VALUE, "2024-03-08");
  s4 = add_account (&f->ws, "s4", PO_SEGMENT_SMB, "2024-03-01");
  t = add_track (&f->ws, s4, "t", NULL);
  add_criterion (&f->ws, t, "onboarding", "go_live_confirmed", "2024-03-05");

  f->m1 = add_account (&f->ws, "m1", PO_SEGMENT_MID_MARKET, "2024-05-01");
  t = add_track (&f->ws, f->m1, "t", NULL);
  add_criterion (&f->ws, t, "onboarding", PO_CRITERION_FIRST_VALUE, "2024-04-29");
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  workspace_teardown (&f->ws, data);
}

static void
assert_median (PoTimeToValue *ttv,
               int            segment,
               double         expected)
{
  PoMetricValue v = po_time_to_value_median (ttv, segment);

  g_assert_true (v.has_value);
  g_assert_cmpfloat (v.value, ==, expected);
}

static void
assert_days (PoTimeToValue *ttv,
             int            segment,
             guint          n,
             ...)
{
  g_autoptr(GArray) days = po_time_to_value_get_days (ttv, segment);
  va_list args;

  g_assert_cmpuint (po_time_to_value_get_count (ttv, segment), ==, n);
  g_assert_cmpuint (days->len, ==, n);
  va_start (args, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (g_array_index (days, int, i), ==, va_arg (args, int));
  va_end (args);
}

static void
test_segments (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoTimeToValue) ttv = po_time_to_value_compute (f->ws.store, PO_DAY_NONE, &error);
  g_autoptr(GArray) ids = NULL;
  const PoTimeToValueEntry *entries;
  guint n;

  g_assert_no_error (error);
  assert_days (ttv, PO_SEGMENT_ENTERPRISE, 2, 45, 60);
  assert_median (ttv, PO_SEGMENT_ENTERPRISE, 52.5);   /* even count: mean of the middle two */
  assert_days (ttv, PO_SEGMENT_SMB, 3, 7, 10, 20);
  assert_median (ttv, PO_SEGMENT_SMB, 10);
  assert_days (ttv, PO_SEGMENT_MID_MARKET, 1, -2);
  assert_median (ttv, PO_SEGMENT_MID_MARKET, -2);
  assert_days (ttv, PO_SEGMENT_PRODUCT_LED, 0);
  g_assert_false (po_time_to_value_median (ttv, PO_SEGMENT_PRODUCT_LED).has_value);
  g_assert_false (po_time_to_value_mean (ttv, PO_SEGMENT_PRODUCT_LED).has_value);

  assert_days (ttv, PO_TIME_TO_VALUE_ALL, 6, -2, 7, 10, 20, 45, 60);
  assert_median (ttv, PO_TIME_TO_VALUE_ALL, 15);
  g_assert_cmpfloat_with_epsilon (po_time_to_value_mean (ttv, PO_TIME_TO_VALUE_ALL).value,
                                  140.0 / 6.0, 1e-12);

  entries = po_time_to_value_get_entries (ttv, PO_SEGMENT_ENTERPRISE, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (entries[0].account_id, ==, f->e1);
  g_assert_cmpuint (entries[0].value_on, ==, day ("2024-02-15"));   /* the earlier track */
  g_assert_cmpuint (entries[0].signed_on, ==, day ("2024-01-01"));
  g_assert_cmpint (entries[1].account_id, ==, f->e2);

  ids = po_time_to_value_get_accounts (ttv, PO_SEGMENT_SMB);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, f->s1);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, f->s2);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, f->s3);
}

static void
test_as_of (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoTimeToValue) ttv = po_time_to_value_compute (f->ws.store, day ("2024-03-10"), &error);

  g_assert_no_error (error);
  assert_days (ttv, PO_TIME_TO_VALUE_ALL, 2, 7, 45);
  assert_median (ttv, PO_TIME_TO_VALUE_ALL, 26);
  assert_days (ttv, PO_SEGMENT_ENTERPRISE, 1, 45);
  g_assert_false (po_time_to_value_median (ttv, PO_SEGMENT_MID_MARKET).has_value);
}

static void
test_median_of (void)
{
  const int odd[] = { 1, 2, 9 };
  const int even[] = { 1, 2, 4, 9 };

  g_assert_false (po_time_to_value_median_of (NULL, 0).has_value);
  g_assert_cmpfloat (po_time_to_value_median_of (odd, 3).value, ==, 2);
  g_assert_cmpfloat (po_time_to_value_median_of (even, 4).value, ==, 3);
  g_assert_cmpfloat (po_time_to_value_median_of (even, 2).value, ==, 1.5);
}

static void
test_empty (Workspace     *ws,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoTimeToValue) ttv = po_time_to_value_compute (ws->store, PO_DAY_NONE, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (po_time_to_value_get_count (ttv, PO_TIME_TO_VALUE_ALL), ==, 0);
  g_assert_false (po_time_to_value_median (ttv, PO_TIME_TO_VALUE_ALL).has_value);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/time-to-value/median-of", test_median_of);
  g_test_add ("/core/time-to-value/segments", Fixture, NULL, setup, test_segments, teardown);
  g_test_add ("/core/time-to-value/as-of", Fixture, NULL, setup, test_as_of, teardown);
  g_test_add ("/core/time-to-value/empty", Workspace, NULL, workspace_setup, test_empty, workspace_teardown);

  return g_test_run ();
}
