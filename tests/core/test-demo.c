/* test-demo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "po-demo.h"
#include "po-store-private.h"

typedef struct
{
  char    *dir;
  PoStore *store;
} Fixture;

static PoStore *
create_store (const char *dir,
              const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  PoStore *store = po_store_create (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
small_options (PoDemoOptions *options,
               guint32        seed)
{
  po_demo_options_init (options);
  options->accounts = 60;
  options->years = 2;
  options->seed = seed;
}

static void
generate (PoStore *store,
          guint32  seed)
{
  g_autoptr(GError) error = NULL;
  PoDemoOptions options;

  small_options (&options, seed);
  g_assert_true (po_demo_generate (store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("po-demo-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->store = create_store (f->dir, "demo.peakone");
  generate (f->store, GPOINTER_TO_UINT (data));
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (dir);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->dir);
}

static gint64
query_int (PoStore    *store,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = _po_store_prepare (store, sql, &error);
  gint64 value;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

/* A digest of every table's rows, in a fixed order. */
static char *
content_digest (PoStore *store)
{
  sqlite3 *db = _po_store_get_db (store);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "ORDER BY name", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  g_assert_cmpuint (tables->len, >, 20);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autoptr(GString) sql = g_string_new (NULL);
      int n_columns;

      g_string_printf (sql, "SELECT * FROM \"%s\" LIMIT 0", (char *) tables->pdata[t]);
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL), ==, SQLITE_OK);
      n_columns = sqlite3_column_count (stmt);
      sqlite3_finalize (stmt);

      g_string_printf (sql, "SELECT * FROM \"%s\" ORDER BY ", (char *) tables->pdata[t]);
      for (int c = 1; c <= n_columns; c++)
        g_string_append_printf (sql, "%s%d", c > 1 ? ", " : "", c);
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL), ==, SQLITE_OK);
      g_checksum_update (checksum, (const guchar *) sql->str, -1);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < n_columns; c++)
          {
            const unsigned char *text = sqlite3_column_text (stmt, c);

            g_checksum_update (checksum, text != NULL ? text : (const guchar *) "\\N", -1);
            g_checksum_update (checksum, (const guchar *) "\t", 1);
          }
      sqlite3_finalize (stmt);
    }
  return g_strdup (g_checksum_get_string (checksum));
}

static void
test_generates (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *model = NULL;

  g_assert_cmpint (po_store_count (f->store, &po_account_class, NULL), ==, 60);
  g_assert_false (po_store_in_transaction (f->store));
  g_assert_true (po_store_check (f->store, report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (report->str, ==, "");
  model = po_store_get_setting (f->store, "phase_model");
  g_assert_cmpstr (model, ==, "post-sale");

  /* Every table the demo is meant to fill has rows; journey maps are
   * someone else's. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM health_samples"), >, 60 * 6 * 20);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM touchpoints"), >, 60);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM nps_responses"), >, 60);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM billing_events"), >, 60);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM contacts"), >=, 60 * 3);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tracks"), >=, 60);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM track_criteria"), >, 60);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE status = 'open'"), >, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM tasks WHERE status = 'done'"), >, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM plan_steps"), >, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM journey_maps"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM scenarios WHERE name IN "
                                        "('Basis', 'Churn 8 %', 'Churn 7 %')"), ==, 3);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM scenario_rates WHERE kind = 'churn' "
                                        "AND item = 'default' AND value IN (0.02, 0.08, 0.07)"), ==, 3);

  /* Keys are readable slugs, names German companies. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM accounts WHERE key GLOB '*[^a-z0-9-]*'"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM accounts WHERE name LIKE '% GmbH' "
                                        "OR name LIKE '% AG' OR name LIKE '% KG'"), >, 10);
  /* Owners are the five CSMs. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM accounts WHERE owner NOT IN "
                                        "('Jana', 'Tobias', 'Leonie', 'Murat', 'Sophie')"), ==, 0);
}

static void
test_health_values (Fixture       *f,
                    gconstpointer  data)
{
  g_assert_cmpint (query_int (f->store, "SELECT min (value) FROM health_samples"), >=, 0);
  g_assert_cmpint (query_int (f->store, "SELECT max (value) FROM health_samples"), <=, 100);
  /* Weekly, all six components, for each account. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM (SELECT account_id FROM health_samples "
                                        "GROUP BY account_id HAVING count (DISTINCT component) = 6)"), ==, 60);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM health_samples h WHERE EXISTS "
                                        "(SELECT 1 FROM health_samples g WHERE g.account_id = h.account_id "
                                        " AND g.component = h.component AND g.on_date > h.on_date "
                                        " AND julianday (g.on_date) - julianday (h.on_date) < 7)"), ==, 0);
  /* Nothing after the demo's today. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM health_samples WHERE on_date > '2026-11-23'"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM billing_events WHERE on_date > '2026-11-23'"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM touchpoints WHERE on_date > '2026-11-23'"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM phase_transitions WHERE on_date > '2026-11-23'"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM accounts WHERE signed_on < '2024-11-24'"), ==, 0);
}

static void
test_stories (Fixture       *f,
              gconstpointer  data)
{
  g_assert_cmpint (query_int (f->store, "SELECT count (DISTINCT segment) FROM accounts"), ==, 4);
  g_assert_cmpint (query_int (f->store, "SELECT count (DISTINCT category) FROM churn_records"), ==, 3);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM phase_transitions_v WHERE kind = 'regression'"), >, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM phase_transitions_v WHERE kind = 'skip'"), >, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM phase_transitions_v WHERE kind = 'forward'"), >, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM phase_transitions WHERE reason = 'Champion left'"), >, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM contacts WHERE role = 'champion' "
                                        "AND left_on IS NOT NULL"), >, 0);
  /* Overlapping tracks: some account runs two at once. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM (SELECT account_id FROM tracks "
                                        "GROUP BY account_id HAVING count(*) > 1)"), >, 0);
  /* Time to value can be measured. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM track_criteria "
                                        "WHERE code = 'first_business_value_documented'"), >, 30);
  /* Unintentional churn comes after failed payments. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM churn_records c WHERE category = 'unintentional' "
                                        "AND NOT EXISTS (SELECT 1 FROM billing_events b WHERE b.account_id = "
                                        "c.account_id AND b.kind = 'payment_failed' AND b.on_date < c.on_date)"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM billing_events WHERE kind = 'dunning_step'"), >, 0);
  /* The ladder: upgrades happened. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM subscription_lines WHERE item = 'manager'"), >, 0);
}

/* Two tier lines of one account never overlap: an upgrade ends the old
 * line on the day the new one starts. */
static void
test_tiers_do_not_overlap (Fixture       *f,
                           gconstpointer  data)
{
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM subscription_lines a "
                              "JOIN subscription_lines b ON b.account_id = a.account_id AND b.id > a.id "
                              "JOIN catalog_items ca ON ca.code = a.item AND ca.kind = 'tier' "
                              "JOIN catalog_items cb ON cb.code = b.item AND cb.kind = 'tier' "
                              "WHERE a.start_on < COALESCE (b.end_on, '9999-12-31') "
                              "  AND b.start_on < COALESCE (a.end_on, '9999-12-31')"), ==, 0);
  /* And every account has a tier from its first day. */
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM accounts a WHERE NOT EXISTS "
                              "(SELECT 1 FROM subscription_lines l JOIN catalog_items c ON c.code = l.item "
                              " WHERE l.account_id = a.id AND c.kind = 'tier' AND l.start_on = a.signed_on)"), ==, 0);
}

/* Active at a month end, then MRR 0 at a later one, then active again. */
static void
test_reactivation (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *mrr;
  guint reactivated = 0;
  gint64 n_accounts = query_int (f->store, "SELECT max (id) FROM accounts");

  mrr = _po_store_prepare (f->store,
                           "SELECT COALESCE (sum (mrr_cents), 0) FROM subscription_lines "
                           "WHERE account_id = ? AND start_on <= ? AND (end_on IS NULL OR end_on > ?)",
                           &error);
  g_assert_no_error (error);
  for (gint64 id = 1; id <= n_accounts; id++)
    {
      int state = 0;   /* 0 never active, 1 active, 2 lapsed, 3 back */

      for (PoMonth m = po_month_of_day (po_demo_default_end_day ()) - 24;
           m <= po_month_of_day (po_demo_default_end_day ()); m++)
        {
          gint64 value;

          sqlite3_reset (mrr);
          sqlite3_bind_int64 (mrr, 1, id);
          _po_store_bind_day (mrr, 2, po_month_last_day (m));
          _po_store_bind_day (mrr, 3, po_month_last_day (m));
          g_assert_cmpint (sqlite3_step (mrr), ==, SQLITE_ROW);
          value = sqlite3_column_int64 (mrr, 0);
          if (value > 0 && (state == 0 || state == 2))
            state++;
          else if (value == 0 && state == 1)
            state = 2;
        }
      reactivated += state == 3;
    }
  sqlite3_reset (mrr);
  g_assert_cmpuint (reactivated, >, 0);
}

static void
test_deterministic (void)
{
  g_autofree char *dir = g_dir_make_tmp ("po-demo-XXXXXX", NULL);
  g_autoptr(PoStore) a = create_store (dir, "a.peakone");
  g_autoptr(PoStore) b = create_store (dir, "b.peakone");
  g_autoptr(PoStore) c = create_store (dir, "c.peakone");
  g_autofree char *digest_a = NULL;
  g_autofree char *digest_b = NULL;
  g_autofree char *digest_c = NULL;

  generate (a, 7);
  generate (b, 7);
  generate (c, 8);
  digest_a = content_digest (a);
  digest_b = content_digest (b);
  digest_c = content_digest (c);
  g_assert_cmpstr (digest_a, ==, digest_b);
  g_assert_cmpstr (digest_a, !=, digest_c);

  g_clear_object (&a);
  g_clear_object (&b);
  g_clear_object (&c);
  remove_tree (dir);
}

static void
cancel_midway (double   fraction,
               gpointer user_data)
{
  if (fraction >= 0.3)
    g_cancellable_cancel (user_data);
}

static void
test_cancel (void)
{
  g_autofree char *dir = g_dir_make_tmp ("po-demo-XXXXXX", NULL);
  g_autoptr(PoStore) store = create_store (dir, "cancel.peakone");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  PoDemoOptions options;

  small_options (&options, 42);
  g_assert_false (po_demo_generate (store, &options, cancellable, cancel_midway, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (po_store_in_transaction (store));
  g_assert_cmpint (po_store_count (store, &po_account_class, NULL), ==, 0);
  g_assert_cmpint (po_store_count_health_samples (store, NULL), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM scenarios"), ==, 0);

  /* The workspace is still usable: a second try fills it. */
  g_clear_error (&error);
  g_assert_true (po_demo_generate (store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (po_store_count (store, &po_account_class, NULL), ==, 60);

  g_clear_object (&store);
  remove_tree (dir);
}

static void
count_progress (double   fraction,
                gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

static void
test_refuses (void)
{
  g_autofree char *dir = g_dir_make_tmp ("po-demo-XXXXXX", NULL);
  g_autoptr(PoStore) store = create_store (dir, "twice.peakone");
  g_autoptr(GError) error = NULL;
  PoDemoOptions options;
  double last = 0.0;

  small_options (&options, 1);
  options.accounts = 0;
  g_assert_false (po_demo_generate (store, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_INVALID);
  g_clear_error (&error);
  small_options (&options, 1);
  options.years = 0;
  g_assert_false (po_demo_generate (store, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_INVALID);
  g_clear_error (&error);

  small_options (&options, 1);
  options.accounts = 15;
  g_assert_true (po_demo_generate (store, &options, NULL, count_progress, &last, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);

  /* Not into a workspace that has accounts. */
  g_assert_false (po_demo_generate (store, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_EXISTS);
  g_assert_cmpint (po_store_count (store, &po_account_class, NULL), ==, 15);

  g_clear_object (&store);
  remove_tree (dir);
}

static void
test_end_day (void)
{
  g_autofree char *dir = g_dir_make_tmp ("po-demo-XXXXXX", NULL);
  g_autoptr(PoStore) store = create_store (dir, "end.peakone");
  g_autoptr(GError) error = NULL;
  PoDemoOptions options;

  small_options (&options, 3);
  options.accounts = 20;
  options.years = 1;
  g_assert_true (po_day_parse ("2020-03-31", &options.end_day));
  g_assert_true (po_demo_generate (store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM accounts WHERE signed_on > '2020-03-31' "
                                     "OR signed_on < '2019-04-01'"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM health_samples WHERE on_date > '2020-03-31'"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM scenarios WHERE start_month = '2020-03'"), ==, 3);

  g_clear_object (&store);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, seed) \
  g_test_add ("/core/demo/" path, Fixture, GUINT_TO_POINTER (seed), fixture_setup, func, fixture_teardown)

  ADD ("generates", test_generates, 42);
  ADD ("health-values", test_health_values, 42);
  ADD ("stories/seed-42", test_stories, 42);
  ADD ("stories/seed-1", test_stories, 1);
  ADD ("stories/seed-2024", test_stories, 2024);
  ADD ("tiers-do-not-overlap", test_tiers_do_not_overlap, 42);
  ADD ("reactivation/seed-42", test_reactivation, 42);
  ADD ("reactivation/seed-5", test_reactivation, 5);
  g_test_add_func ("/core/demo/deterministic", test_deterministic);
  g_test_add_func ("/core/demo/cancel", test_cancel);
  g_test_add_func ("/core/demo/refuses", test_refuses);
  g_test_add_func ("/core/demo/end-day", test_end_day);

  return g_test_run ();
}
