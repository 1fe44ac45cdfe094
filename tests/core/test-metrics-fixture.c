/* test-metrics-fixture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "test-metrics-fixture.h"

void
workspace_setup (Workspace     *ws,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  ws->dir = g_dir_make_tmp ("po-metrics-XXXXXX", &error);
  g_assert_no_error (error);
  ws->path = g_build_filename (ws->dir, "ws.peakone", NULL);
  ws->store = po_store_create (ws->path, &error);
  g_assert_no_error (error);
  po_settings_init_defaults (&ws->settings);
}

void
workspace_teardown (Workspace     *ws,
                    gconstpointer  data)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  po_store_close (ws->store);
  g_clear_object (&ws->store);
  po_settings_clear (&ws->settings);
  d = g_dir_open (ws->dir, 0, NULL);
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (ws->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (ws->dir);
  g_free (ws->dir);
  g_free (ws->path);
}

PoDay
day (const char *iso)
{
  PoDay d = PO_DAY_NONE;

  if (iso == NULL)
    return PO_DAY_NONE;
  g_assert_true (po_day_parse (iso, &d));
  return d;
}

PoMonth
month (const char *iso)
{
  PoMonth m = 0;

  g_assert_true (po_month_parse (iso, &m));
  return m;
}

gint64
add_account (Workspace  *ws,
             const char *key,
             PoSegment   segment,
             const char *signed_on)
{
  g_autoptr(PoAccount) a = po_account_new ();
  g_autoptr(GError) error = NULL;

  a->key = g_strdup (key);
  a->name = g_strdup (key);
  a->segment = segment;
  a->touch = po_touch_default_for_segment (segment);
  a->owner = g_strdup ("Jana");
  a->signed_on = day (signed_on);
  a->notes = g_strdup ("");
  g_assert_true (po_store_insert_account (ws->store, a, &error));
  g_assert_no_error (error);
  return a->id;
}

gint64
add_line (Workspace  *ws,
          gint64      account_id,
          const char *item,
          gint64      mrr_cents,
          const char *start,
          const char *end)
{
  g_autoptr(PoSubscriptionLine) l = po_subscription_line_new ();
  g_autoptr(GError) error = NULL;

  l->account_id = account_id;
  l->item = g_strdup (item != NULL ? item : "operator");
  l->mrr_cents = mrr_cents;
  l->quantity = 1;
  l->start_on = day (start);
  l->end_on = day (end);
  g_assert_true (po_store_insert_subscription_line (ws->store, l, &error));
  g_assert_no_error (error);
  return l->id;
}

void
add_sample (Workspace         *ws,
            gint64             account_id,
            PoHealthComponent  component,
            const char        *on,
            int                value)
{
  PoHealthSample s = { account_id, component, day (on), value };
  g_autoptr(GError) error = NULL;

  g_assert_true (po_store_add_health_sample (ws->store, &s, &error));
  g_assert_no_error (error);
}

void
add_nps (Workspace  *ws,
         gint64      account_id,
         const char *on,
         int         score)
{
  g_autoptr(PoNpsResponse) r = po_nps_response_new ();
  g_autoptr(GError) error = NULL;

  r->account_id = account_id;
  r->on_date = day (on);
  r->score = score;
  g_assert_true (po_store_insert_nps_response (ws->store, r, &error));
  g_assert_no_error (error);
}

void
set_setting (Workspace  *ws,
             const char *key,
             const char *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (po_store_set_setting (ws->store, key, value, &error));
  g_assert_no_error (error);
  po_settings_clear (&ws->settings);
  g_assert_true (po_settings_load (&ws->settings, ws->store, &error));
  g_assert_no_error (error);
}
