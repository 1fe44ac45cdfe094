/* test-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "po-schema.h"
#include "po-settings.h"
#include "po-store-private.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("po-store-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "ws.peakone", NULL);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_chmod (p, 0644);
      g_unlink (p);
    }
  g_rmdir (dir);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static char *
file_digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

static PoAccount *
make_account (const char *key)
{
  PoAccount *a = po_account_new ();

  a->key = g_strdup (key);
  a->name = g_strdup ("ACME GmbH");
  a->segment = PO_SEGMENT_SMB;
  a->touch = PO_TOUCH_TECH;
  a->owner = g_strdup ("Jana");
  g_assert_true (po_day_parse ("2024-01-15", &a->signed_on));
  a->renewal_forecast = PO_FORECAST_LIKELY;
  return a;
}

static void
test_create_defaults (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoStore) store = po_store_create (f->path, &error);
  g_autoptr(GPtrArray) catalog = NULL;
  g_autoptr(GPtrArray) phases = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  PoSettings settings;

  g_assert_no_error (error);
  g_assert_false (po_store_is_read_only (store));

  catalog = po_store_list_catalog_item (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (catalog->len, ==, 8);
  g_assert_cmpstr (((PoCatalogItem *) catalog->pdata[0])->code, ==, "operator");
  g_assert_cmpint (((PoCatalogItem *) catalog->pdata[0])->mrr_cents, ==, 29900);

  phases = po_store_list_where (store, &po_phase_class, "model", "post-sale", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (phases->len, ==, 6);
  g_assert_cmpstr (((PoPhase *) phases->pdata[5])->code, ==, "advocacy");

  rules = po_store_list_signal_rule (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rules->len, ==, 10);

  g_assert_true (po_settings_load (&settings, store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (settings.currency, ==, "EUR");
  g_assert_cmpfloat (settings.gross_margin, ==, 0.8);
  g_assert_cmpint (settings.health_weights[PO_COMPONENT_USAGE], ==, 30);
  g_assert_cmpint (settings.lead_time_days[PO_SEGMENT_ENTERPRISE], ==, 180);
  po_settings_clear (&settings);

  /* Creating over an existing file is refused. */
  g_clear_object (&store);
  g_assert_null (po_store_create (f->path, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_EXISTS);
}

static void
test_crud (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoStore) store = po_store_create (f->path, &error);
  g_autoptr(PoAccount) a = make_account ("acme");
  g_autoptr(PoAccount) got = NULL;
  g_autoptr(PoSubscriptionLine) line = po_subscription_line_new ();
  g_autoptr(GPtrArray) lines = NULL;
  PoHealthSample sample = { 0, PO_COMPONENT_USAGE, 0, 72 };
  g_autoptr(GArray) samples = NULL;

  g_assert_no_error (error);
  g_assert_true (po_store_insert_account (store, a, &error));
  g_assert_no_error (error);
  g_assert_cmpint (a->id, >, 0);

  got = po_store_get_account (store, a->id, &error);
  g_assert_no_error (error);
  g_assert_true (po_record_equal (&po_account_class, a, got));
  g_assert_cmpint (got->renewal_on, ==, PO_DAY_NONE);

  po_record_set_text (&got->name, "ACME AG");
  got->renewal_forecast = PO_FORECAST_AT_RISK;
  g_assert_true (po_store_update_account (store, got, &error));
  g_clear_pointer (&a, po_account_free);
  a = po_store_find_account (store, "acme", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a->name, ==, "ACME AG");
  g_assert_cmpint (a->renewal_forecast, ==, PO_FORECAST_AT_RISK);

  /* Duplicate keys and unknown catalog items break the schema's rules. */
  {
    g_autoptr(PoAccount) dup = make_account ("acme");
    g_assert_false (po_store_insert_account (store, dup, &error));
    g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_CONSTRAINT);
    g_clear_error (&error);
  }

  line->account_id = a->id;
  line->item = g_strdup ("nonexistent");
  line->mrr_cents = 29900;
  line->quantity = 1;
  g_assert_true (po_day_parse ("2024-01-15", &line->start_on));
  g_assert_false (po_store_insert_subscription_line (store, line, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  po_record_set_text (&line->item, "operator");
  g_assert_true (po_day_parse ("2024-01-01", &line->end_on));
  g_assert_false (po_store_insert_subscription_line (store, line, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  line->end_on = PO_DAY_NONE;
  g_assert_true (po_store_insert_subscription_line (store, line, &error));
  g_assert_no_error (error);
  lines = po_store_list_subscription_line (store, a->id, &error);
  g_assert_cmpuint (lines->len, ==, 1);

  sample.account_id = a->id;
  g_assert_true (po_day_parse ("2024-02-01", &sample.on_date));
  g_assert_true (po_store_add_health_sample (store, &sample, &error));
  g_assert_false (po_store_add_health_sample (store, &sample, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  samples = po_store_list_health_samples (store, a->id, &error);
  g_assert_cmpuint (samples->len, ==, 1);
  g_assert_cmpint (g_array_index (samples, PoHealthSample, 0).value, ==, 72);

  /* Deleting the account cascades to its rows. */
  g_assert_true (po_store_delete_account (store, a->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (po_store_count (store, &po_subscription_line_class, NULL), ==, 0);
  g_assert_cmpint (po_store_count_health_samples (store, NULL), ==, 0);
  g_assert_false (po_store_delete_account (store, a->id, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_FOUND);
}

static void
test_transaction_rollback (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoStore) store = po_store_create (f->path, &error);
  g_autoptr(PoAccount) a = make_account ("a");
  g_autoptr(PoAccount) b = make_account ("b");
  guint changed = 0;

  g_signal_connect_swapped (store, "changed", G_CALLBACK (g_atomic_int_inc), &changed);

  g_assert_true (po_store_begin (store, &error));
  g_assert_true (po_store_insert_account (store, a, &error));
  g_assert_true (po_store_insert_account (store, b, &error));
  g_assert_cmpuint (changed, ==, 0);
  po_store_rollback (store);
  g_assert_cmpint (po_store_count (store, &po_account_class, NULL), ==, 0);
  g_assert_cmpuint (changed, ==, 0);

  a->id = 0;
  g_assert_true (po_store_insert_account (store, a, &error));
  g_assert_cmpuint (changed, ==, 1);
}

static void
write_file (const char *path,
            const char *contents,
            gssize      len)
{
  g_assert_true (g_file_set_contents (path, contents, len, NULL));
}

static void
test_error_not_sqlite (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  write_file (f->path, "{\"format\": \"peak-one-workspace\"}\n"
              "this is long enough to fill a database header of one hundred bytes......", -1);
  before = file_digest (f->path);
  g_assert_null (po_store_open (f->path, 0, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_SQLITE);
  g_assert_nonnull (strstr (error->message, "ws.peakone"));
  after = file_digest (f->path);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);

  write_file (f->path, "", 0);
  g_assert_null (po_store_open (f->path, 0, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_WORKSPACE);
  g_clear_error (&error);

  g_assert_null (po_store_open ("/nonexistent/ws.peakone", 0, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_FOUND);
}

static void
make_sqlite (const char *path,
             const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_error_not_workspace (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  make_sqlite (f->path, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hi');");
  before = file_digest (f->path);
  g_assert_null (po_store_open (f->path, 0, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_WORKSPACE);
  after = file_digest (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_error_too_new (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;"
                         "CREATE TABLE future (x);", PO_APPLICATION_ID, PO_SCHEMA_VERSION + 1);
  make_sqlite (f->path, sql);
  before = file_digest (f->path);
  g_assert_null (po_store_open (f->path, 0, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer"));
  after = file_digest (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_error_corrupt (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoStore) store = po_store_create (f->path, &error);
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_no_error (error);
  po_store_close (store);
  g_clear_object (&store);

  /* Keep the header, destroy the schema page. */
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 4096);
  memset (contents + 100, 0xa5, 4096 - 100);
  write_file (f->path, contents, len);

  store = po_store_open (f->path, 0, &error);
  g_assert_null (store);
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_CORRUPT);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoStore) store = po_store_create (f->path, &error);
  g_autoptr(PoAccount) a = make_account ("acme");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (po_store_insert_account (store, a, &error));
  po_store_close (store);
  g_clear_object (&store);

  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  before = file_digest (f->path);

  store = po_store_open (f->path, 0, &error);
  g_assert_no_error (error);
  g_assert_true (po_store_is_read_only (store));
  g_assert_cmpint (po_store_count (store, &po_account_class, &error), ==, 1);

  a->id = 0;
  po_record_set_text (&a->key, "other");
  g_assert_false (po_store_insert_account (store, a, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (po_store_begin (store, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_READ_ONLY);

  g_clear_object (&store);
  after = file_digest (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_locked (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoStore) store = po_store_create (f->path, &error);
  g_autoptr(PoStore) second = NULL;
  int ready[2], release[2];
  pid_t pid;
  char c;

  g_assert_no_error (error);

  /* In this process… */
  second = po_store_open (f->path, 0, &error);
  g_assert_null (second);
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  g_clear_object (&store);

  /* …and held by another process. */
  g_assert_cmpint (pipe (ready), ==, 0);
  g_assert_cmpint (pipe (release), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      PoStore *child = po_store_open (f->path, 0, NULL);
      char ok = child != NULL ? 'y' : 'n';

      if (write (ready[1], &ok, 1) != 1)
        _exit (2);
      if (read (release[0], &c, 1) != 1)
        _exit (2);
      _exit (0);
    }
  g_assert_cmpint (read (ready[0], &c, 1), ==, 1);
  g_assert_cmpint (c, ==, 'y');

  second = po_store_open (f->path, 0, &error);
  g_assert_null (second);
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_LOCKED);
  g_clear_error (&error);

  /* Reading is still possible while another process writes. */
  second = po_store_open (f->path, PO_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_clear_object (&second);

  g_assert_cmpint (write (release[1], "x", 1), ==, 1);
  g_assert_cmpint (waitpid (pid, NULL, 0), ==, pid);

  second = po_store_open (f->path, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (second);
  close (ready[0]); close (ready[1]); close (release[0]); close (release[1]);
}

static void
test_migrate_v1 (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *fixture = g_build_filename (TEST_DATA_DIR, "workspace-v1.peakone", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(PoStore) store = NULL;
  g_autoptr(PoStore) backup = NULL;
  g_autoptr(PoAccount) a = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(PoTask) task = po_task_new ();
  sqlite3_stmt *stmt;
  gsize len;

  g_assert_true (g_file_get_contents (fixture, &contents, &len, NULL));
  write_file (f->path, contents, len);

  store = po_store_open (f->path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (po_store_get_migrated_from (store), ==, 1);
  g_assert_nonnull (po_store_get_backup_path (store));
  g_assert_true (g_file_test (po_store_get_backup_path (store), G_FILE_TEST_IS_REGULAR));

  a = po_store_find_account (store, "acme", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a->notes, ==, "Version 1 workspace");
  g_assert_cmpint (po_store_count (store, &po_subscription_line_class, NULL), ==, 2);
  g_assert_cmpint (po_store_count_health_samples (store, NULL), ==, 1);

  /* Version 2's column exists with its default. */
  tasks = po_store_list_task (store, a->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tasks->len, ==, 1);
  g_assert_cmpstr (((PoTask *) tasks->pdata[0])->owner, ==, "");
  g_assert_cmpint (po_store_count (store, &po_journey_persona_class, &error), ==, 0);
  g_assert_no_error (error);

  /* The view derives kinds: start, forward, restart. */
  stmt = _po_store_prepare (store, "SELECT kind FROM phase_transitions_v ORDER BY on_date", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "start");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "forward");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "restart");
  sqlite3_reset (stmt);

  task->account_id = a->id;
  task->title = g_strdup ("Call");
  task->owner = g_strdup ("Jana");
  g_assert_true (po_store_insert_task (store, task, &error));
  g_assert_no_error (error);

  /* The backup is the untouched version 1 file. */
  backup = po_store_open (po_store_get_backup_path (store), PO_STORE_OPEN_READ_ONLY, &error);
  g_assert_null (backup);
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* Reopening does not migrate again. */
  g_clear_object (&store);
  store = po_store_open (f->path, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (po_store_get_migrated_from (store), ==, 0);
}

static void
test_transition_kinds (Fixture       *f,
                       gconstpointer  data)
{
  static const struct { const char *day; const char *phase; const char *kind; } steps[] = {
    { "2024-01-01", "onboarding", "start" },
    { "2024-02-01", "adoption", "forward" },
    { "2024-03-01", "renewal", "skip" },
    { "2024-04-01", "retention", "regression" },
    { "2024-05-01", "onboarding", "restart" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PoStore) store = po_store_create (f->path, &error);
  g_autoptr(PoAccount) a = make_account ("acme");
  g_autoptr(PoTrack) t = po_track_new ();
  sqlite3_stmt *stmt;

  g_assert_true (po_store_insert_account (store, a, &error));
  t->account_id = a->id;
  t->key = g_strdup ("core");
  t->name = g_strdup ("Finance");
  g_assert_true (po_store_insert_track (store, t, &error));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(PoTransition) tr = po_transition_new ();
      tr->track_id = t->id;
      g_assert_true (po_day_parse (steps[i].day, &tr->on_date));
      tr->phase = g_strdup (steps[i].phase);
      g_assert_true (po_store_insert_transition (store, tr, &error));
      g_assert_no_error (error);
    }

  stmt = _po_store_prepare (store, "SELECT kind FROM phase_transitions_v ORDER BY on_date", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, steps[i].kind);
    }
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_reset (stmt);
}

/* A child commits rows in a loop and reports each commit through a pipe;
 * after kill -9 every reported row must be there and the file sound. */
static void
test_kill_survival (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoStore) store = po_store_create (f->path, &error);
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(PoAccount) last = NULL;
  int fds[2];
  pid_t pid;
  guint32 n, committed = 0;
  char key[32];

  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (pipe (fds), ==, 0);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      PoStore *child = po_store_open (f->path, 0, NULL);

      close (fds[0]);
      for (guint32 i = 1; child != NULL; i++)
        {
          PoAccount *a = make_account ("x");

          g_snprintf (key, sizeof key, "acct-%u", i);
          po_record_set_text (&a->key, key);
          if (!po_store_insert_account (child, a, NULL))
            _exit (3);
          po_account_free (a);
          if (write (fds[1], &i, sizeof i) != sizeof i)
            _exit (4);
        }
      _exit (5);
    }

  close (fds[1]);
  while (committed < 200 && read (fds[0], &n, sizeof n) == sizeof n)
    committed = n;
  kill (pid, SIGKILL);
  /* Rows committed after the last one we read may exist too. */
  g_assert_cmpint (waitpid (pid, NULL, 0), ==, pid);
  close (fds[0]);

  store = po_store_open (f->path, 0, &error);
  g_assert_no_error (error);
  g_assert_true (po_store_check (store, report, &error));
  g_assert_no_error (error);
  g_assert_cmpint (po_store_count (store, &po_account_class, NULL), >=, committed);
  g_snprintf (key, sizeof key, "acct-%u", committed);
  last = po_store_find_account (store, key, &error);
  g_assert_no_error (error);
  g_assert_nonnull (last);
}

static void
test_dates (void)
{
  PoDay d;
  PoMonth m;
  g_autofree char *s = NULL;
  g_autofree char *ms = NULL;

  g_assert_true (po_day_parse ("2024-02-29", &d));
  s = po_day_format (d);
  g_assert_cmpstr (s, ==, "2024-02-29");
  g_assert_false (po_day_parse ("2023-02-29", NULL));
  g_assert_false (po_day_parse ("2024-13-01", NULL));
  g_assert_false (po_day_parse ("2024-1-01", NULL));
  g_assert_false (po_day_parse ("2024-01-01T00", NULL));
  g_assert_false (po_day_parse ("0000-01-01", NULL));
  g_assert_false (po_day_parse (NULL, NULL));

  m = po_month_of_day (d);
  g_assert_cmpint (po_month_year (m), ==, 2024);
  g_assert_cmpint (po_month_number (m), ==, 2);
  g_assert_cmpuint (po_month_last_day (m), ==, d);
  g_assert_cmpuint (po_month_first_day (m + 1), ==, d + 1);
  ms = po_month_format (m);
  g_assert_cmpstr (ms, ==, "2024-02");
  g_assert_true (po_month_parse ("2026-11", &m));
  g_assert_false (po_month_parse ("2026-13", &m));
  g_assert_false (po_month_parse ("2026-1", &m));

  g_assert_true (po_day_parse ("2024-01-31", &d));
  g_assert_cmpuint (po_day_add_months (d, 1), ==, po_day_from_ymd (2024, 2, 29));
  g_assert_cmpuint (po_day_add_months (d, -2), ==, po_day_from_ymd (2023, 11, 30));
}

static void
test_enums (void)
{
  int v = -1;
  g_autofree char *nicks = po_enum_nicks (&po_segment_enum);

  g_assert_true (po_enum_parse (&po_segment_enum, "mid_market", &v));
  g_assert_cmpint (v, ==, PO_SEGMENT_MID_MARKET);
  g_assert_false (po_enum_parse (&po_segment_enum, "Mid-Market", &v));
  g_assert_false (po_enum_parse (&po_segment_enum, NULL, &v));
  g_assert_cmpstr (nicks, ==, "enterprise, mid_market, smb, product_led");
  g_assert_cmpint (po_touch_default_for_segment (PO_SEGMENT_ENTERPRISE), ==, PO_TOUCH_HIGH);
  g_assert_cmpint (po_touch_default_for_segment (PO_SEGMENT_MID_MARKET), ==, PO_TOUCH_LOW);
  g_assert_cmpint (po_touch_default_for_segment (PO_SEGMENT_PRODUCT_LED), ==, PO_TOUCH_TECH);
}

static void
test_settings_validation (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoStore) store = po_store_create (f->path, &error);
  PoSettings s;

  po_settings_init_defaults (&s);
  s.gross_margin = 1.5;
  g_assert_false (po_settings_save (&s, store, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "gross_margin"));
  g_clear_error (&error);

  s.gross_margin = 0.7;
  s.health_weights[PO_COMPONENT_USAGE] = 50;
  g_assert_true (po_settings_save (&s, store, &error));
  po_settings_clear (&s);
  g_assert_true (po_settings_load (&s, store, &error));
  g_assert_cmpfloat (s.gross_margin, ==, 0.7);
  g_assert_cmpint (s.health_weights[PO_COMPONENT_USAGE], ==, 50);
  po_settings_clear (&s);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  g_test_add_func ("/core/date/parse-format", test_dates);
  g_test_add_func ("/core/enums/parse", test_enums);
  ADD ("/core/store/create/defaults", test_create_defaults);
  ADD ("/core/store/records/crud", test_crud);
  ADD ("/core/store/transaction/rollback", test_transaction_rollback);
  ADD ("/core/store/error/not-sqlite", test_error_not_sqlite);
  ADD ("/core/store/error/not-workspace", test_error_not_workspace);
  ADD ("/core/store/error/too-new", test_error_too_new);
  ADD ("/core/store/error/corrupt", test_error_corrupt);
  ADD ("/core/store/error/read-only", test_read_only);
  ADD ("/core/store/error/locked", test_locked);
  ADD ("/core/store/migrate/v1", test_migrate_v1);
  ADD ("/core/store/transitions/kinds", test_transition_kinds);
  ADD ("/core/store/durability/kill-9", test_kill_survival);
  ADD ("/core/settings/validation", test_settings_validation);
#undef ADD

  return g_test_run ();
}
