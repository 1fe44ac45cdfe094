/* test-account-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "po-account-list.h"

typedef struct
{
  char     *dir;
  PoStore  *store;
  PoDay     day;
  gint64    acme, bolt, cask;
} Fixture;

static PoDay
ymd (int y, int m, int d)
{
  return po_day_from_ymd (y, m, d);
}

static gint64
add_account (Fixture    *f,
             const char *key,
             const char *name,
             PoSegment   segment,
             const char *owner,
             PoForecast  forecast)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoAccount) a = po_account_new ();

  a->key = g_strdup (key);
  a->name = g_strdup (name);
  a->segment = segment;
  a->touch = po_touch_default_for_segment (segment);
  a->owner = g_strdup (owner);
  a->signed_on = ymd (2025, 1, 15);
  a->renewal_on = ymd (2026, 1, 15);
  a->renewal_forecast = forecast;
  g_assert_true (po_store_insert_account (f->store, a, &error));
  g_assert_no_error (error);
  return a->id;
}

static void
add_line (Fixture *f, gint64 account, gint64 cents, PoDay start, PoDay end)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoSubscriptionLine) l = po_subscription_line_new ();

  l->account_id = account;
  l->item = g_strdup ("operator");
  l->mrr_cents = cents;
  l->quantity = 1;
  l->start_on = start;
  l->end_on = end;
  g_assert_true (po_store_insert_subscription_line (f->store, l, &error));
  g_assert_no_error (error);
}

static gint64
add_track (Fixture *f, gint64 account, const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoTrack) t = po_track_new ();

  t->account_id = account;
  t->key = g_strdup (key);
  t->name = g_strdup (key);
  g_assert_true (po_store_insert_track (f->store, t, &error));
  g_assert_no_error (error);
  return t->id;
}

static void
add_transition (Fixture *f, gint64 track, PoDay on, const char *phase)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoTransition) t = po_transition_new ();

  t->track_id = track;
  t->on_date = on;
  t->phase = g_strdup (phase);
  g_assert_true (po_store_insert_transition (f->store, t, &error));
  g_assert_no_error (error);
}

static void
add_task (Fixture *f, gint64 account, PoDay due, PoTaskStatus status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoTask) t = po_task_new ();

  t->account_id = account;
  t->title = g_strdup ("Call");
  t->due_on = due;
  t->status = status;
  g_assert_true (po_store_insert_task (f->store, t, &error));
  g_assert_no_error (error);
}

static void
add_tag (Fixture *f, gint64 account, const char *tag)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoAccountTag) t = po_account_tag_new ();

  t->account_id = account;
  t->tag = g_strdup (tag);
  g_assert_true (po_store_insert_account_tag (f->store, t, &error));
  g_assert_no_error (error);
}

static void
add_sample (Fixture *f, gint64 account, PoHealthComponent c, PoDay on, int value)
{
  g_autoptr(GError) error = NULL;
  PoHealthSample s = { account, c, on, value };

  g_assert_true (po_store_add_health_sample (f->store, &s, &error));
  g_assert_no_error (error);
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(PoChurnRecord) churn = po_churn_record_new ();
  gint64 t;

  f->dir = g_dir_make_tmp ("po-account-list-XXXXXX", NULL);
  path = g_build_filename (f->dir, "ws.peakone", NULL);
  f->store = po_store_create (path, &error);
  g_assert_no_error (error);
  f->day = ymd (2025, 6, 30);

  g_assert_true (po_store_begin (f->store, &error));
  /* Acme: two lines, one ended; two tracks; green and rising. */
  f->acme = add_account (f, "acme", "Acme GmbH", PO_SEGMENT_SMB, "Jana", PO_FORECAST_LIKELY);
  add_line (f, f->acme, 29900, ymd (2025, 1, 15), PO_DAY_NONE);
  add_line (f, f->acme, 19900, ymd (2025, 2, 1), ymd (2025, 6, 1));
  add_line (f, f->acme, 5000, ymd (2025, 7, 1), PO_DAY_NONE);
  t = add_track (f, f->acme, "finance");
  add_transition (f, t, ymd (2025, 1, 15), "onboarding");
  add_transition (f, t, ymd (2025, 3, 1), "adoption");
  t = add_track (f, f->acme, "sales");
  add_transition (f, t, ymd (2025, 5, 1), "onboarding");
  add_task (f, f->acme, ymd (2025, 6, 1), PO_TASK_OPEN);       /* overdue */
  add_task (f, f->acme, ymd (2025, 7, 10), PO_TASK_SNOOZED);
  add_task (f, f->acme, ymd (2025, 5, 1), PO_TASK_DONE);
  add_tag (f, f->acme, "dach");
  add_tag (f, f->acme, "beta");
  add_sample (f, f->acme, PO_COMPONENT_USAGE, ymd (2025, 5, 30), 50);
  add_sample (f, f->acme, PO_COMPONENT_USAGE, ymd (2025, 6, 29), 80);

  /* Bolt: enterprise, red, no tracks. */
  f->bolt = add_account (f, "bolt", "Bolt AG", PO_SEGMENT_ENTERPRISE, "Max", PO_FORECAST_AT_RISK);
  add_line (f, f->bolt, 249900, ymd (2025, 1, 15), PO_DAY_NONE);
  add_sample (f, f->bolt, PO_COMPONENT_USAGE, ymd (2025, 6, 20), 30);
  add_sample (f, f->bolt, PO_COMPONENT_SUPPORT, ymd (2025, 6, 20), 20);
  add_tag (f, f->bolt, "dach");

  /* Cask: churned, no health. */
  f->cask = add_account (f, "cask", "cask ltd", PO_SEGMENT_SMB, "Jana", PO_FORECAST_UNKNOWN);
  add_line (f, f->cask, 29900, ymd (2025, 1, 15), ymd (2025, 4, 1));
  t = add_track (f, f->cask, "main");
  add_transition (f, t, ymd (2025, 1, 15), "onboarding");
  add_transition (f, t, ymd (2025, 2, 15), "adoption");
  add_transition (f, t, ymd (2025, 3, 1), "onboarding");
  churn->account_id = f->cask;
  churn->on_date = ymd (2025, 4, 1);
  churn->category = PO_CHURN_AVOIDABLE;
  g_assert_true (po_store_insert_churn_record (f->store, churn, &error));
  g_assert_true (po_store_commit (f->store, &error));
  g_assert_no_error (error);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_clear_object (&f->store);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static PoAccountList *
new_list (Fixture *f)
{
  PoAccountList *list = po_account_list_new (f->store);

  po_account_list_set_day (list, f->day);
  return list;
}

static PoAccountRow *
row_of (PoAccountList *list,
        gint64         id)
{
  PoAccountRow *row = po_account_list_find (list, id, NULL);

  g_assert_nonnull (row);
  return row;
}

static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("po-account-list-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "empty.peakone", NULL);
  g_autoptr(PoStore) store = po_store_create (path, &error);
  g_autoptr(PoAccountList) list = NULL;
  g_auto(GStrv) owners = NULL;

  g_assert_no_error (error);
  list = po_account_list_new (store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == PO_TYPE_ACCOUNT_ROW);
  owners = po_account_list_dup_owners (list);
  g_assert_cmpuint (g_strv_length (owners), ==, 0);
  g_clear_object (&store);
  g_clear_object (&list);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
    g_unlink (path);
    g_rmdir (dir);
  }
}

static void
test_values (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(PoAccountList) list = new_list (f);
  g_autoptr(PoAccountRow) acme = NULL, bolt = NULL, cask = NULL, first = NULL;
  const char * const acme_phases[] = { "adoption", "onboarding", NULL };
  const char * const acme_tags[] = { "beta", "dach", NULL };
  g_auto(GStrv) owners = NULL;
  g_auto(GStrv) tags = NULL;
  int trend = 0;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  /* Ordered by name, ignoring case. */
  first = g_list_model_get_item (G_LIST_MODEL (list), 2);
  g_assert_cmpstr (po_account_row_get_key (first), ==, "cask");

  acme = row_of (list, f->acme);
  g_assert_cmpstr (po_account_row_get_name (acme), ==, "Acme GmbH");
  g_assert_cmpint (po_account_row_get_segment (acme), ==, PO_SEGMENT_SMB);
  g_assert_cmpint (po_account_row_get_touch (acme), ==, PO_TOUCH_TECH);
  g_assert_cmpstr (po_account_row_get_owner (acme), ==, "Jana");
  /* The ended line (June 1) and the future one (July 1) do not count. */
  g_assert_cmpint (po_account_row_get_mrr_cents (acme), ==, 29900);
  g_assert_cmpint (po_account_row_get_health (acme), ==, 80);
  g_assert_cmpint (po_account_row_get_band (acme), ==, PO_HEALTH_BAND_GREEN);
  g_assert_true (po_account_row_get_trend (acme, &trend));
  g_assert_cmpint (trend, ==, 30);
  g_assert_true (g_strv_equal (po_account_row_get_phases (acme), acme_phases));
  g_assert_true (po_account_row_has_phase (acme, "onboarding"));
  g_assert_false (po_account_row_has_phase (acme, "renewal"));
  g_assert_cmpuint (po_account_row_get_open_tasks (acme), ==, 2);
  g_assert_cmpuint (po_account_row_get_overdue_tasks (acme), ==, 1);
  g_assert_true (g_strv_equal (po_account_row_get_tags (acme), acme_tags));
  g_assert_cmpuint (po_account_row_get_renewal_on (acme), ==, ymd (2026, 1, 15));
  g_assert_cmpint (po_account_row_get_forecast (acme), ==, PO_FORECAST_LIKELY);
  g_assert_cmpuint (po_account_row_get_churned_on (acme), ==, PO_DAY_NONE);

  bolt = row_of (list, f->bolt);
  g_assert_cmpint (po_account_row_get_mrr_cents (bolt), ==, 249900);
  /* (30·30 + 15·20) / 45 = 26.67 → 27 */
  g_assert_cmpint (po_account_row_get_health (bolt), ==, 27);
  g_assert_cmpint (po_account_row_get_band (bolt), ==, PO_HEALTH_BAND_RED);
  g_assert_false (po_account_row_get_trend (bolt, NULL));
  g_assert_cmpuint (g_strv_length ((char **) po_account_row_get_phases (bolt)), ==, 0);
  g_assert_cmpuint (po_account_row_get_open_tasks (bolt), ==, 0);

  cask = row_of (list, f->cask);
  g_assert_cmpint (po_account_row_get_mrr_cents (cask), ==, 0);
  g_assert_cmpint (po_account_row_get_health (cask), ==, PO_HEALTH_MISSING);
  g_assert_cmpint (po_account_row_get_band (cask), ==, PO_HEALTH_BAND_NONE);
  g_assert_cmpstr (po_account_row_get_phases (cask)[0], ==, "onboarding");
  g_assert_cmpuint (po_account_row_get_churned_on (cask), ==, ymd (2025, 4, 1));

  owners = po_account_list_dup_owners (list);
  g_assert_cmpuint (g_strv_length (owners), ==, 2);
  g_assert_cmpstr (owners[0], ==, "Jana");
  tags = po_account_list_dup_tags (list);
  g_assert_true (g_strv_equal ((const char * const *) tags, acme_tags));

  /* On another day the ended line counts again. */
  po_account_list_set_day (list, ymd (2025, 3, 1));
  g_clear_object (&acme);
  acme = row_of (list, f->acme);
  g_assert_cmpint (po_account_row_get_mrr_cents (acme), ==, 29900 + 19900);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *log)
{
  guint entry[3] = { position, removed, added };

  g_array_append_vals (log, entry, 3);
}

static void
test_follows_store (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoAccountList) list = new_list (f);
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(PoAccount) bolt = po_store_get_account (f->store, f->bolt, &error);
  g_autoptr(PoAccountRow) row = NULL;
  guint position = 0;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), log);
  g_assert_nonnull (bolt);
  po_record_set_text (&bolt->owner, "Eva");
  g_assert_true (po_store_update_account (f->store, bolt, &error));
  g_assert_no_error (error);

  /* Only Bolt's row changed. */
  row = po_account_list_find (list, f->bolt, &position);
  g_assert_cmpstr (po_account_row_get_owner (row), ==, "Eva");
  g_assert_cmpuint (log->len, ==, 3);
  g_assert_cmpuint (g_array_index (log, guint, 0), ==, position);
  g_assert_cmpuint (g_array_index (log, guint, 1), ==, 1);
  g_assert_cmpuint (g_array_index (log, guint, 2), ==, 1);

  g_assert_true (po_store_delete_account (f->store, f->bolt, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_null (po_account_list_find (list, f->bolt, NULL));
}

static guint
count_matching (PoAccountList         *list,
                const PoAccountFilter *filter)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(PoAccountRow) row = g_list_model_get_item (G_LIST_MODEL (list), i);

      n += po_account_filter_matches (filter, row);
    }
  return n;
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(PoAccountList) list = new_list (f);
  PoAccountFilter filter;

  po_account_filter_init (&filter);
  g_assert_true (po_account_filter_is_empty (&filter));
  g_assert_cmpuint (count_matching (list, &filter), ==, 3);

  filter.segment = PO_SEGMENT_SMB;
  g_assert_cmpuint (count_matching (list, &filter), ==, 2);
  filter.band = PO_HEALTH_BAND_GREEN;
  g_assert_cmpuint (count_matching (list, &filter), ==, 1);
  po_account_filter_clear (&filter);

  filter.band = PO_HEALTH_BAND_NONE;
  g_assert_cmpuint (count_matching (list, &filter), ==, 1);
  po_account_filter_clear (&filter);

  filter.phase = g_strdup ("onboarding");
  g_assert_cmpuint (count_matching (list, &filter), ==, 2);
  g_free (filter.phase);
  filter.phase = g_strdup ("adoption");
  g_assert_cmpuint (count_matching (list, &filter), ==, 1);
  po_account_filter_clear (&filter);

  filter.owner = g_strdup ("Jana");
  g_assert_cmpuint (count_matching (list, &filter), ==, 2);
  po_account_filter_clear (&filter);

  filter.tag = g_strdup ("dach");
  g_assert_cmpuint (count_matching (list, &filter), ==, 2);
  po_account_filter_clear (&filter);

  /* Search: case-insensitive words, in name, key, owner or tags. */
  po_account_filter_set_search (&filter, "  ACME ");
  g_assert_cmpuint (count_matching (list, &filter), ==, 1);
  po_account_filter_set_search (&filter, "jana");
  g_assert_cmpuint (count_matching (list, &filter), ==, 2);
  po_account_filter_set_search (&filter, "dach max");
  g_assert_cmpuint (count_matching (list, &filter), ==, 1);
  po_account_filter_set_search (&filter, "nobody");
  g_assert_cmpuint (count_matching (list, &filter), ==, 0);
  po_account_filter_set_search (&filter, "");
  g_assert_true (po_account_filter_is_empty (&filter));
  po_account_filter_clear (&filter);
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(PoAccountList) list = new_list (f);
  g_autoptr(PoAccountRow) acme = row_of (list, f->acme);
  g_autoptr(PoAccountRow) bolt = row_of (list, f->bolt);
  g_autoptr(PoAccountRow) cask = row_of (list, f->cask);

  g_assert_cmpint (po_account_row_compare (acme, bolt, PO_ACCOUNT_COLUMN_MRR), <, 0);
  g_assert_cmpint (po_account_row_compare (bolt, acme, PO_ACCOUNT_COLUMN_HEALTH), <, 0);
  /* No score sorts first. */
  g_assert_cmpint (po_account_row_compare (cask, bolt, PO_ACCOUNT_COLUMN_HEALTH), <, 0);
  g_assert_cmpint (po_account_row_compare (bolt, acme, PO_ACCOUNT_COLUMN_SEGMENT), <, 0);
  g_assert_cmpint (po_account_row_compare (acme, cask, PO_ACCOUNT_COLUMN_NAME), <, 0);
  g_assert_cmpint (po_account_row_compare (bolt, cask, PO_ACCOUNT_COLUMN_OPEN_TASKS), <, 0);
  g_assert_cmpint (po_account_row_compare (cask, acme, PO_ACCOUNT_COLUMN_OPEN_TASKS), <, 0);
  /* Acme's first track is in adoption, Cask's in onboarding. */
  g_assert_cmpint (po_account_row_compare (cask, acme, PO_ACCOUNT_COLUMN_PHASES), <, 0);
  g_assert_cmpint (po_account_row_compare (bolt, acme, PO_ACCOUNT_COLUMN_PHASES), <, 0);
  /* Same segment: the name decides. */
  g_assert_cmpint (po_account_row_compare (acme, cask, PO_ACCOUNT_COLUMN_SEGMENT), <, 0);
  g_assert_cmpint (po_account_row_compare (acme, acme, PO_ACCOUNT_COLUMN_MRR), ==, 0);
}

static void
test_background (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoAccountList) list = po_account_list_new_background (f->store);
  g_autoptr(PoAccount) a = po_account_new ();

  g_assert_true (po_account_list_get_loading (list));
  for (guint i = 0; i < 100000 && po_account_list_get_loading (list); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (po_account_list_get_loading (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);

  a->key = g_strdup ("dune");
  a->name = g_strdup ("Dune");
  a->segment = PO_SEGMENT_PRODUCT_LED;
  a->touch = PO_TOUCH_TECH;
  a->signed_on = ymd (2025, 1, 1);
  g_assert_true (po_store_insert_account (f->store, a, &error));
  g_assert_no_error (error);
  g_assert_true (po_account_list_get_loading (list));
  for (guint i = 0; i < 100000 && po_account_list_get_loading (list); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/account-list/empty", test_empty);
  g_test_add ("/core/account-list/values", Fixture, NULL, setup, test_values, teardown);
  g_test_add ("/core/account-list/follows-store", Fixture, NULL, setup, test_follows_store, teardown);
  g_test_add ("/core/account-list/filters", Fixture, NULL, setup, test_filters, teardown);
  g_test_add ("/core/account-list/sort", Fixture, NULL, setup, test_sort, teardown);
  g_test_add ("/core/account-list/background", Fixture, NULL, setup, test_background, teardown);

  return g_test_run ();
}
