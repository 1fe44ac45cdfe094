/* test-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "po-history.h"

typedef struct
{
  char      *dir;
  PoStore   *store;
  PoHistory *history;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("po-history-XXXXXX", NULL);
  path = g_build_filename (f->dir, "ws.peakone", NULL);
  f->store = po_store_create (path, &error);
  g_assert_no_error (error);
  f->history = po_history_new (f->store);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_clear_object (&f->history);
  g_clear_object (&f->store);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static gint64
add_account (Fixture    *f,
             const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoAccount) a = po_account_new ();
  g_autoptr(PoSubscriptionLine) l = po_subscription_line_new ();

  a->key = g_strdup (key);
  a->name = g_strdup (key);
  a->segment = PO_SEGMENT_SMB;
  a->touch = PO_TOUCH_TECH;
  a->signed_on = po_day_from_ymd (2024, 1, 15);

  g_assert_true (po_history_begin (f->history, "Add account", &error));
  g_assert_true (po_store_insert_account (f->store, a, &error));
  l->account_id = a->id;
  l->item = g_strdup ("operator");
  l->mrr_cents = 29900;
  l->quantity = 1;
  l->start_on = a->signed_on;
  g_assert_true (po_store_insert_subscription_line (f->store, l, &error));
  g_assert_true (po_history_commit (f->history, &error));
  g_assert_no_error (error);
  return a->id;
}

static gint64
count (Fixture             *f,
       const PoRecordClass *klass)
{
  return po_store_count (f->store, klass, NULL);
}

static void
test_undo_redo_insert (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (po_history_can_undo (f->history));
  add_account (f, "acme");
  g_assert_true (po_history_can_undo (f->history));
  g_assert_cmpstr (po_history_get_undo_label (f->history), ==, "Add account");

  g_assert_true (po_history_undo (f->history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, &po_account_class), ==, 0);
  g_assert_cmpint (count (f, &po_subscription_line_class), ==, 0);
  g_assert_false (po_history_can_undo (f->history));
  g_assert_true (po_history_can_redo (f->history));

  g_assert_true (po_history_redo (f->history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, &po_account_class), ==, 1);
  g_assert_cmpint (count (f, &po_subscription_line_class), ==, 1);
}

static void
test_undo_update (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = add_account (f, "acme");
  g_autoptr(PoAccount) a = po_store_get_account (f->store, id, &error);
  g_autoptr(PoAccount) after = NULL;

  g_assert_true (po_history_begin (f->history, "Rename", &error));
  po_record_set_text (&a->name, "ACME AG");
  g_assert_true (po_store_update_account (f->store, a, &error));
  g_assert_true (po_history_commit (f->history, &error));

  g_assert_true (po_history_undo (f->history, &error));
  after = po_store_get_account (f->store, id, &error);
  g_assert_cmpstr (after->name, ==, "acme");
  g_assert_cmpstr (po_history_get_redo_label (f->history), ==, "Rename");

  /* A new action clears the redo stack. */
  add_account (f, "beta");
  g_assert_false (po_history_can_redo (f->history));
}

static void
test_undo_cascade_delete (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = add_account (f, "acme");
  PoHealthSample s = { id, PO_COMPONENT_USAGE, po_day_from_ymd (2024, 2, 1), 70 };

  g_assert_true (po_history_begin (f->history, "Sample", &error));
  g_assert_true (po_store_add_health_sample (f->store, &s, &error));
  g_assert_true (po_history_commit (f->history, &error));

  g_assert_true (po_history_begin (f->history, "Delete account", &error));
  g_assert_true (po_store_delete_account (f->store, id, &error));
  g_assert_true (po_history_commit (f->history, &error));
  g_assert_cmpint (count (f, &po_subscription_line_class), ==, 0);
  g_assert_cmpint (po_store_count_health_samples (f->store, NULL), ==, 0);

  /* The rows removed by ON DELETE CASCADE come back too. */
  g_assert_true (po_history_undo (f->history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, &po_account_class), ==, 1);
  g_assert_cmpint (count (f, &po_subscription_line_class), ==, 1);
  g_assert_cmpint (po_store_count_health_samples (f->store, NULL), ==, 1);

  g_assert_true (po_history_redo (f->history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, &po_account_class), ==, 0);
  g_assert_cmpint (po_store_count_health_samples (f->store, NULL), ==, 0);
}

static void
test_rollback_records_nothing (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoAccount) a = po_account_new ();

  a->key = g_strdup ("x");
  a->name = g_strdup ("x");
  a->signed_on = po_day_from_ymd (2024, 1, 1);
  g_assert_true (po_history_begin (f->history, "Add", &error));
  g_assert_true (po_store_insert_account (f->store, a, &error));
  po_history_rollback (f->history);
  g_assert_cmpint (count (f, &po_account_class), ==, 0);
  g_assert_false (po_history_can_undo (f->history));

  /* An action that changes nothing is no undo step. */
  g_assert_true (po_history_begin (f->history, "Nothing", &error));
  g_assert_true (po_history_commit (f->history, &error));
  g_assert_false (po_history_can_undo (f->history));
}

static void
test_conflict_refused (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = add_account (f, "acme");
  g_autoptr(PoAccount) a = po_store_get_account (f->store, id, &error);

  g_assert_true (po_history_begin (f->history, "Rename", &error));
  po_record_set_text (&a->name, "one");
  g_assert_true (po_store_update_account (f->store, a, &error));
  g_assert_true (po_history_commit (f->history, &error));

  /* Changed outside the history: undo must not silently overwrite it. */
  po_record_set_text (&a->name, "two");
  g_assert_true (po_store_update_account (f->store, a, &error));
  g_assert_false (po_history_undo (f->history, &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_CONSTRAINT);
  g_clear_pointer (&a, po_account_free);
  a = po_store_get_account (f->store, id, NULL);
  g_assert_cmpstr (a->name, ==, "two");
  g_assert_true (po_history_can_undo (f->history));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/core/history/insert", test_undo_redo_insert);
  ADD ("/core/history/update", test_undo_update);
  ADD ("/core/history/cascade-delete", test_undo_cascade_delete);
  ADD ("/core/history/rollback", test_rollback_records_nothing);
  ADD ("/core/history/conflict", test_conflict_refused);
#undef ADD

  return g_test_run ();
}
