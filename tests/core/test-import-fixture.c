/* test-import-fixture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "po-settings.h"
#include "test-import-fixture.h"

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);

      if (g_file_test (p, G_FILE_TEST_IS_DIR))
        remove_tree (p);
      else
        g_unlink (p);
    }
  g_rmdir (dir);
}

PoStore *
io_fixture_new_store (IoFixture  *f,
                      const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  PoStore *store = po_store_create (path, &error);

  g_assert_no_error (error);
  return store;
}

void
io_fixture_setup (IoFixture     *f,
                  gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("po-io-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->store = io_fixture_new_store (f, "ws.peakone");
}

void
io_fixture_teardown (IoFixture     *f,
                     gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->dir);
}

static PoDay
day (const char *text)
{
  PoDay d = PO_DAY_NONE;

  g_assert_true (po_day_parse (text, &d));
  return d;
}

static gint64
add_account (PoStore    *store,
             const char *key,
             const char *name,
             PoSegment   segment,
             const char *signed_on)
{
  g_autoptr(GError) error = NULL;
  PoAccount a = { 0 };

  a.key = (char *) key;
  a.name = (char *) name;
  a.segment = segment;
  a.touch = po_touch_default_for_segment (segment);
  a.owner = (char *) "Jana";
  a.signed_on = day (signed_on);
  a.renewal_on = po_day_add_months (a.signed_on, 12);
  a.renewal_forecast = PO_FORECAST_LIKELY;
  a.notes = (char *) "Line one\nline “two” \\ / \t tab";
  g_assert_true (po_store_insert_account (store, &a, &error));
  g_assert_no_error (error);
  return a.id;
}

#define INSERT(kind, rec) \
  G_STMT_START { g_autoptr(GError) e_ = NULL; \
    g_assert_true (po_store_insert_##kind (store, rec, &e_)); g_assert_no_error (e_); } G_STMT_END

void
io_fixture_fill (PoStore *store)
{
  g_autoptr(GError) error = NULL;
  PoSettings settings;
  gint64 acme, zeta, track;
  PoCatalogItem item = { 0, (char *) "seats", PO_ITEM_ADDON, (char *) "Extra seats", 4900, 20 };
  PoEntity entity = { 0 };
  PoContact eva = { 0 }, max = { 0 };
  PoTrack t = { 0 };
  PoScenarioRecord sc = { 0 };
  PoJourneyMapRecord map = { 0 };

  po_settings_load (&settings, store, &error);
  g_assert_no_error (error);
  settings.gross_margin = 0.75;
  settings.health_weights[PO_COMPONENT_USAGE] = 35;
  settings.reactivation_window_days = 90;
  g_assert_true (po_settings_save (&settings, store, &error));
  po_settings_clear (&settings);

  g_assert_true (po_store_begin (store, &error));
  INSERT (catalog_item, &item);

  /* Inserted out of key order: the export sorts. */
  zeta = add_account (store, "zeta", "Zeta AG", PO_SEGMENT_ENTERPRISE, "2023-03-01");
  acme = add_account (store, "acme", "ACME GmbH", PO_SEGMENT_SMB, "2024-01-15");

  {
    PoAccountTag tag1 = { 0, acme, (char *) "dach" }, tag2 = { 0, acme, (char *) "beta" };
    INSERT (account_tag, &tag1);
    INSERT (account_tag, &tag2);
  }
  entity.account_id = acme;
  entity.key = (char *) "acme-de";
  entity.name = (char *) "ACME Deutschland";
  INSERT (entity, &entity);
  eva.account_id = acme;
  eva.key = (char *) "c1";
  eva.name = (char *) "Eva";
  eva.role = PO_ROLE_CHAMPION;
  INSERT (contact, &eva);
  max.account_id = acme;
  max.key = (char *) "c0";
  max.name = (char *) "Max";
  max.role = PO_ROLE_BILLING;
  max.left_on = day ("2024-09-30");
  INSERT (contact, &max);
  {
    PoSubscriptionLine l1 = { 0, acme, (char *) "operator", 29900, 1, day ("2024-01-15"), day ("2024-07-15") };
    PoSubscriptionLine l2 = { 0, acme, (char *) "manager", 99900, 1, day ("2024-07-15"), PO_DAY_NONE };
    PoSubscriptionLine l3 = { 0, acme, (char *) "seats", 4900, 3, day ("2024-07-15"), PO_DAY_NONE };
    PoSubscriptionLine l4 = { 0, zeta, (char *) "group", 1249900, 1, day ("2023-03-01"), PO_DAY_NONE };
    INSERT (subscription_line, &l2);
    INSERT (subscription_line, &l1);
    INSERT (subscription_line, &l3);
    INSERT (subscription_line, &l4);
  }
  t.account_id = acme;
  t.key = (char *) "core";
  t.name = (char *) "Finance";
  t.entity_id = entity.id;
  INSERT (track, &t);
  track = t.id;
  {
    PoTransition a = { 0, track, day ("2024-01-15"), (char *) "onboarding", (char *) "", (char *) "" };
    PoTransition b = { 0, track, day ("2024-02-20"), (char *) "adoption", (char *) "go-live", (char *) "Smooth" };
    PoTrackCriterion c = { 0, track, (char *) "onboarding", (char *) "go_live_confirmed", day ("2024-02-20") };
    PoTrackCriterion d = { 0, track, (char *) "onboarding", (char *) "first_business_value_documented", PO_DAY_NONE };
    INSERT (transition, &a);
    INSERT (transition, &b);
    INSERT (track_criterion, &c);
    INSERT (track_criterion, &d);
  }
  for (guint i = 0; i < 8; i++)
    {
      PoHealthSample s = { acme, i % PO_N_COMPONENTS, day ("2024-02-01") + 7 * (i / 3), (int) (50 + i) };
      g_assert_true (po_store_add_health_sample (store, &s, &error));
      g_assert_no_error (error);
    }
  {
    PoTouchpoint tp = { 0, acme, day ("2024-02-03"), PO_TOUCHPOINT_CALL, (char *) "Kickoff" };
    PoNpsResponse n1 = { 0, acme, day ("2024-06-01"), eva.id, 9 };
    PoNpsResponse n2 = { 0, acme, day ("2024-05-01"), 0, 6 };
    PoBillingEvent be = { 0, acme, day ("2024-03-01"), PO_BILLING_PAYMENT_FAILED, 29900 };
    PoChurnRecord ch = { 0, zeta, day ("2025-03-01"), PO_CHURN_STRUCTURAL, (char *) "Merged", (char *) "" };
    PoTask t1 = { 0, acme, (char *) "QBR vorbereiten", day ("2024-04-01"), PO_TASK_OPEN, (char *) "manual",
                  0, PO_DAY_NONE, PO_DAY_NONE, (char *) "" };
    PoTask t2 = { 0, acme, (char *) "Call the champion", PO_DAY_NONE, PO_TASK_DONE, (char *) "health_red",
                  1, day ("2024-03-02"), day ("2024-03-05"), (char *) "Jana" };
    PoPlanStep p1 = { 0, acme, 0, PO_ACTION_UPGRADE, (char *) "manager", 6, 12, 0.6, (char *) "second entity" };
    PoPlanStep p2 = { 0, acme, 1, PO_ACTION_ADD, (char *) "entity", 6, 12, 1.0, (char *) "" };
    INSERT (touchpoint, &tp);
    INSERT (nps_response, &n1);
    INSERT (nps_response, &n2);
    INSERT (billing_event, &be);
    INSERT (churn_record, &ch);
    INSERT (task, &t1);
    INSERT (task, &t2);
    INSERT (plan_step, &p1);
    INSERT (plan_step, &p2);
  }

  sc.name = (char *) "Base";
  sc.start_month = (char *) "2026-11";
  sc.months = 36;
  sc.has_price_change = TRUE;
  sc.price_percent = 5;
  sc.price_effective_month = 12;
  sc.price_notice_months = 3;
  sc.price_prepay_share = 0.3;
  INSERT (scenario_record, &sc);
  {
    PoScenarioRate r1 = { 0, sc.id, PO_RATE_CHURN, (char *) "operator", 0.03 };
    PoScenarioRate r2 = { 0, sc.id, PO_RATE_CHURN, (char *) "default", 0.02 };
    PoScenarioRate r3 = { 0, sc.id, PO_RATE_NEW, (char *) "operator", 3 };
    PoScenarioStep s1 = { 0, sc.id, 0, PO_ACTION_UPGRADE, (char *) "manager", 6, 12, 0.6 };
    PoScenarioStep s2 = { 0, sc.id, 1, PO_ACTION_ADD, (char *) "entity", 6, 12, 0.5 };
    PoScenarioRecord lean = { 0, (char *) "Lean", (char *) "2027-01", 12, FALSE, 0, 0, 1, 0 };
    INSERT (scenario_rate, &r1);
    INSERT (scenario_rate, &r2);
    INSERT (scenario_rate, &r3);
    INSERT (scenario_step, &s1);
    INSERT (scenario_step, &s2);
    INSERT (scenario_record, &lean);
  }

  map.key = (char *) "main";
  map.title = (char *) "Post-Sale Journey";
  map.phase_model = (char *) "post-sale";
  INSERT (journey_map_record, &map);
  {
    PoJourneyLaneRecord l1 = { 0, map.id, 0, (char *) "goal", (char *) "Customer goal", PO_LANE_TEXT };
    PoJourneyLaneRecord l2 = { 0, map.id, 1, (char *) "emotion", (char *) "Emotion", PO_LANE_EMOTION };
    PoJourneyLaneRecord l3 = { 0, map.id, 2, (char *) "backstage", (char *) "Hinter der Bühne", PO_LANE_TEXT };
    PoJourneyCell c1 = { 0, map.id, (char *) "goal", (char *) "onboarding", (char *) "Go-live" };
    PoJourneyCell c2 = { 0, map.id, (char *) "backstage", (char *) "adoption", (char *) "Usage review" };
    PoJourneyEmotion e1 = { 0, map.id, (char *) "adoption", 0 };
    PoJourneyEmotion e2 = { 0, map.id, (char *) "onboarding", 1.5 };
    PoJourneyPersonaRecord pe = { 0, map.id, 0, (char *) "Clara", (char *) "CFO", (char *) "Close faster",
                            (char *) "“No more spreadsheets”" };
    INSERT (journey_lane, &l1);
    INSERT (journey_lane, &l2);
    INSERT (journey_lane, &l3);
    INSERT (journey_cell, &c2);
    INSERT (journey_cell, &c1);
    INSERT (journey_emotion, &e1);
    INSERT (journey_emotion, &e2);
    INSERT (journey_persona, &pe);
  }
  {
    PoJourneyMapRecord m2 = { 0, (char *) "custom", (char *) "Workshop", (char *) "peak-one",
                              (char *) "smb", 1 };
    INSERT (journey_map_record, &m2);
    {
      PoJourneyStage s1 = { 0, m2.id, 0, (char *) "first", (char *) "First contact" };
      PoJourneyStage s2 = { 0, m2.id, 1, (char *) "deal", (char *) "Deal" };
      PoJourneyCell c = { 0, m2.id, (char *) "goal", (char *) "deal", (char *) "Sign" };
      PoJourneyLaneRecord l = { 0, m2.id, 0, (char *) "goal", (char *) "Customer goal", PO_LANE_TEXT };
      INSERT (journey_stage, &s1);
      INSERT (journey_stage, &s2);
      INSERT (journey_lane, &l);
      INSERT (journey_cell, &c);
    }
  }
  g_assert_true (po_store_commit (store, &error));
  g_assert_no_error (error);
}

char *
io_fixture_export (PoStore *store)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  PoExportOptions options = { IO_FIXTURE_STAMP, NULL, NULL };

  g_assert_true (po_export_to_stream (store, out, &options, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));
  g_output_stream_close (out, NULL, NULL);
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}
