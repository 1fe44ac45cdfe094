/* test-scenario.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "po-scenario.h"

#define START 24322       /* 2026-11 */

/* The § 7 example of DESIGN.md. */
static const char *example =
  "{ \"name\": \"Base\", \"start_month\": \"2026-11\", \"months\": 36,\n"
  "  \"churn_monthly\": { \"default\": 0.02, \"operator\": 0.03 },\n"
  "  \"new_per_month\": { \"operator\": 3 },\n"
  "  \"path\": [ { \"action\": \"upgrade\", \"item\": \"manager\", \"from_month\": 6,\n"
  "              \"to_month\": 12, \"probability\": 0.6 },\n"
  "            { \"action\": \"add\", \"item\": \"entity\", \"from_month\": 6,\n"
  "              \"to_month\": 12, \"probability\": 0.5 } ],\n"
  "  \"price_change\": { \"percent\": 5, \"effective_month\": 12,\n"
  "                    \"notice_months\": 3, \"annual_prepay_share\": 0.3 } }";

static PoScenarioCatalog *
make_catalog (void)
{
  PoScenarioCatalog *catalog = po_scenario_catalog_new ();

  po_scenario_catalog_add (catalog, "operator", PO_ITEM_TIER, 29900);
  po_scenario_catalog_add (catalog, "manager", PO_ITEM_TIER, 99900);
  po_scenario_catalog_add (catalog, "executive", PO_ITEM_TIER, 249900);
  po_scenario_catalog_add (catalog, "entity", PO_ITEM_ADDON, 19900);

  return catalog;
}

static PoScenario *
parse (const char  *json,
       GError     **error)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);

  g_assert_nonnull (node);
  return po_scenario_from_json_node (node, error);
}

static char *
serialize (const PoScenario *scenario)
{
  g_autoptr(JsonNode) node = po_scenario_to_json_node (scenario);

  return json_to_string (node, TRUE);
}

static void
test_month_index (void)
{
  int index = 0;
  g_autofree char *text = NULL;

  g_assert_true (po_scenario_month_index_parse ("2026-11", &index));
  g_assert_cmpint (index, ==, 2026 * 12 + 10);
  text = po_scenario_month_index_format (index);
  g_assert_cmpstr (text, ==, "2026-11");
  g_clear_pointer (&text, g_free);

  g_assert_true (po_scenario_month_index_parse ("2027-01", &index));
  g_assert_cmpint (index, ==, START + 2);
  text = po_scenario_month_index_format (START + 14);
  g_assert_cmpstr (text, ==, "2028-01");

  g_assert_false (po_scenario_month_index_parse ("2026-13", &index));
  g_assert_false (po_scenario_month_index_parse ("2026-00", &index));
  g_assert_false (po_scenario_month_index_parse ("2026-1", &index));
  g_assert_false (po_scenario_month_index_parse ("2026-11-01", &index));
  g_assert_false (po_scenario_month_index_parse ("20x6-11", &index));
  g_assert_false (po_scenario_month_index_parse (NULL, &index));
}

static void
test_round_cents (void)
{
  g_assert_cmpint (po_scenario_round_cents (0.5), ==, 1);
  g_assert_cmpint (po_scenario_round_cents (2.5), ==, 3);
  g_assert_cmpint (po_scenario_round_cents (1.4999), ==, 1);
  g_assert_cmpint (po_scenario_round_cents (0.49999999999999994), ==, 0);
  g_assert_cmpint (po_scenario_round_cents (19933.333), ==, 19933);
  g_assert_cmpint (po_scenario_round_cents (12.0), ==, 12);
  g_assert_cmpint (po_scenario_round_cents (0.0), ==, 0);
}

static void
test_churn_lookup (void)
{
  g_autoptr(PoScenario) scenario = po_scenario_new ("Rates", START, 12);
  g_auto(GStrv) tiers = NULL;

  g_assert_cmpfloat (po_scenario_get_churn (scenario, "operator"), ==, 0.0);
  g_assert_false (po_scenario_has_churn (scenario, NULL));

  po_scenario_set_churn (scenario, NULL, 0.02);
  po_scenario_set_churn (scenario, "operator", 0.03);
  g_assert_cmpfloat (po_scenario_get_churn (scenario, "operator"), ==, 0.03);
  g_assert_cmpfloat (po_scenario_get_churn (scenario, "manager"), ==, 0.02);
  g_assert_cmpfloat (po_scenario_get_churn (scenario, NULL), ==, 0.02);
  g_assert_true (po_scenario_has_churn (scenario, "operator"));
  g_assert_false (po_scenario_has_churn (scenario, "manager"));

  po_scenario_set_churn (scenario, "executive", 0.01);
  tiers = po_scenario_dup_churn_tiers (scenario);
  g_assert_cmpuint (g_strv_length (tiers), ==, 2);
  g_assert_cmpstr (tiers[0], ==, "executive");
  g_assert_cmpstr (tiers[1], ==, "operator");

  po_scenario_set_uniform_churn (scenario, 0.05);
  g_assert_cmpfloat (po_scenario_get_churn (scenario, "operator"), ==, 0.05);
  g_assert_false (po_scenario_has_churn (scenario, "operator"));
}

static void
test_parse_example (void)
{
  g_autoptr(PoScenarioCatalog) catalog = make_catalog ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PoScenario) scenario = parse (example, &error);
  const PoScenarioPathStep *step;
  const PoScenarioPriceChange *change;

  g_assert_no_error (error);
  g_assert_cmpstr (po_scenario_get_name (scenario), ==, "Base");
  g_assert_cmpint (po_scenario_get_start_month (scenario), ==, START);
  g_assert_cmpuint (po_scenario_get_months (scenario), ==, 36);
  g_assert_cmpfloat (po_scenario_get_churn (scenario, "operator"), ==, 0.03);
  g_assert_cmpfloat (po_scenario_get_churn (scenario, "manager"), ==, 0.02);
  g_assert_cmpfloat (po_scenario_get_new_per_month (scenario, "operator"), ==, 3.0);
  g_assert_cmpfloat (po_scenario_get_new_per_month (scenario, "manager"), ==, 0.0);

  g_assert_cmpuint (po_scenario_get_n_steps (scenario), ==, 2);
  step = po_scenario_get_step (scenario, 0);
  g_assert_cmpint (step->action, ==, PO_ACTION_UPGRADE);
  g_assert_cmpstr (step->item, ==, "manager");
  g_assert_cmpint (step->from_month, ==, 6);
  g_assert_cmpint (step->to_month, ==, 12);
  g_assert_cmpfloat (step->probability, ==, 0.6);
  step = po_scenario_get_step (scenario, 1);
  g_assert_cmpint (step->action, ==, PO_ACTION_ADD);
  g_assert_cmpstr (step->item, ==, "entity");

  change = po_scenario_get_price_change (scenario);
  g_assert_nonnull (change);
  g_assert_cmpfloat (change->percent, ==, 5.0);
  g_assert_cmpint (change->effective_month, ==, 12);
  g_assert_cmpuint (change->notice_months, ==, 3);
  g_assert_cmpfloat (change->annual_prepay_share, ==, 0.3);

  g_assert_true (po_scenario_validate (scenario, catalog, NULL, &error));
  g_assert_no_error (error);
}

static void
test_minimal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoScenario) scenario =
    parse ("{\"name\":\"Min\",\"start_month\":\"2026-01\",\"months\":1,\"price_change\":null}", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (po_scenario_get_n_steps (scenario), ==, 0);
  g_assert_null (po_scenario_get_price_change (scenario));
  g_assert_cmpfloat (po_scenario_get_churn (scenario, "operator"), ==, 0.0);
}

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoScenario) first = parse (example, &error);
  g_autoptr(PoScenario) second = NULL;
  g_autoptr(PoScenario) copy = NULL;
  g_autofree char *once = NULL;
  g_autofree char *twice = NULL;
  g_autofree char *copied = NULL;

  g_assert_no_error (error);
  once = serialize (first);
  second = parse (once, &error);
  g_assert_no_error (error);
  twice = serialize (second);
  g_assert_cmpstr (once, ==, twice);

  copy = po_scenario_copy (first);
  copied = serialize (copy);
  g_assert_cmpstr (once, ==, copied);

  /* Fixed key order, "default" first. */
  g_assert_true (strstr (once, "\"name\"") < strstr (once, "\"start_month\""));
  g_assert_true (strstr (once, "\"default\"") < strstr (once, "\"operator\""));
  g_assert_nonnull (strstr (once, "\"start_month\" : \"2026-11\""));
}

/* Core logs structurally, which g_test_expect_message() does not see
 * in GLib 2.74: check the warning on a subprocess's stderr. */
static void
test_unknown_key (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PoScenario) scenario = NULL;

      g_log_set_always_fatal (G_LOG_FATAL_MASK);
      scenario = parse ("{\"name\":\"X\",\"start_month\":\"2026-11\",\"months\":3,"
                        "\"colour\":\"red\",\"path\":[{\"action\":\"add\",\"item\":\"entity\","
                        "\"from_month\":1,\"to_month\":2,\"probability\":0.5,\"trigger\":\"growth\"}]}",
                        &error);
      g_assert_no_error (error);
      g_assert_nonnull (scenario);
      g_assert_cmpuint (po_scenario_get_n_steps (scenario), ==, 1);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*WARNING*scenario: unknown key*colour*ignored*");
  g_test_trap_assert_stderr_unmatched ("*trigger*");
}

typedef struct
{
  const char *json;
  const char *message;
} BadCase;

static void
test_parse_errors (void)
{
  static const BadCase cases[] = {
    { "[]", "scenario: must be an object" },
    { "{\"start_month\":\"2026-11\",\"months\":3}", "name: is required" },
    { "{\"name\":\"X\",\"months\":3}", "start_month: is required" },
    { "{\"name\":\"X\",\"start_month\":\"2026-13\",\"months\":3}", "start_month: must be a month as YYYY-MM" },
    { "{\"name\":\"X\",\"start_month\":\"2026-11\"}", "months: is required" },
    { "{\"name\":\"X\",\"start_month\":\"2026-11\",\"months\":0}", "months: must lie between 1 and 60" },
    { "{\"name\":\"X\",\"start_month\":\"2026-11\",\"months\":61}", "months: must lie between 1 and 60" },
    { "{\"name\":\"X\",\"start_month\":\"2026-11\",\"months\":1.5}", "months: must be a whole number" },
    { "{\"name\":\"X\",\"start_month\":\"2026-11\",\"months\":3,\"churn_monthly\":{\"operator\":1.5}}",
      "churn_monthly.operator: must lie between 0 and 1" },
    { "{\"name\":\"X\",\"start_month\":\"2026-11\",\"months\":3,\"new_per_month\":{\"operator\":-1}}",
      "new_per_month.operator: must not be negative" },
    { "{\"name\":\"X\",\"start_month\":\"2026-11\",\"months\":3,\"new_per_month\":{\"operator\":\"3\"}}",
      "new_per_month.operator: must be a number" },
    { "{\"name\":\"X\",\"start_month\":\"2026-11\",\"months\":3,\"path\":{}}", "path: must be an array" },
    { "{\"name\":\"X\",\"start_month\":\"2026-11\",\"months\":3,\"path\":[{\"action\":\"add\",\"item\":\"entity\","
      "\"from_month\":1,\"to_month\":2,\"probability\":0.5},{\"action\":\"upgrade\",\"item\":\"manager\","
      "\"from_month\":1,\"to_month\":2,\"probability\":1.5}]}",
      "path[1].probability: must lie between 0 and 1" },
    { "{\"name\":\"X\",\"start_month\":\"2026-11\",\"months\":3,\"path\":[{\"action\":\"downgrade\",\"item\":\"x\","
      "\"from_month\":1,\"to_month\":2,\"probability\":0.5}]}",
      "path[0].action: must be “upgrade” or “add”" },
    { "{\"name\":\"X\",\"start_month\":\"2026-11\",\"months\":3,\"path\":[{\"action\":\"add\",\"item\":\"x\","
      "\"from_month\":4,\"to_month\":2,\"probability\":0.5}]}",
      "path[0].to_month: must not lie before from_month" },
    { "{\"name\":\"X\",\"start_month\":\"2026-11\",\"months\":3,\"path\":[{\"action\":\"add\","
      "\"from_month\":1,\"to_month\":2,\"probability\":0.5}]}",
      "path[0].item: is required" },
    { "{\"name\":\"X\",\"start_month\":\"2026-11\",\"months\":3,\"price_change\":{\"percent\":5,"
      "\"effective_month\":4,\"notice_months\":0}}",
      "price_change.notice_months: must be at least 1" },
    { "{\"name\":\"X\",\"start_month\":\"2026-11\",\"months\":3,\"price_change\":{\"percent\":5,"
      "\"notice_months\":2}}",
      "price_change.effective_month: is required" },
    { "{\"name\":\"X\",\"start_month\":\"2026-11\",\"months\":3,\"price_change\":{\"percent\":5,"
      "\"effective_month\":4,\"notice_months\":2,\"annual_prepay_share\":2}}",
      "price_change.annual_prepay_share: must lie between 0 and 1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PoScenario) scenario = parse (cases[i].json, &error);

      g_assert_null (scenario);
      g_assert_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
add_step (PoScenario   *scenario,
          PoPlanAction  action,
          const char   *item)
{
  g_autoptr(PoScenarioPathStep) step = po_scenario_path_step_new (action, item, 1, 2, 0.5);

  po_scenario_add_step (scenario, step);
}

static void
test_validate (void)
{
  g_autoptr(PoScenarioCatalog) catalog = make_catalog ();
  g_autoptr(GPtrArray) accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) po_scenario_account_unref);
  g_autoptr(PoScenario) scenario = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PoScenarioPathStep) step = NULL;

  scenario = po_scenario_new ("V", START, 12);
  add_step (scenario, PO_ACTION_UPGRADE, "platinum");
  g_assert_false (po_scenario_validate (scenario, catalog, NULL, &error));
  g_assert_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_UNKNOWN_ITEM);
  g_assert_cmpstr (error->message, ==, "path[0]: unknown catalog item “platinum”");
  g_clear_error (&error);
  g_clear_pointer (&scenario, po_scenario_unref);

  scenario = po_scenario_new ("V", START, 12);
  add_step (scenario, PO_ACTION_UPGRADE, "entity");
  g_assert_false (po_scenario_validate (scenario, catalog, NULL, &error));
  g_assert_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&scenario, po_scenario_unref);

  scenario = po_scenario_new ("V", START, 12);
  add_step (scenario, PO_ACTION_ADD, "manager");
  g_assert_false (po_scenario_validate (scenario, catalog, NULL, &error));
  g_assert_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&scenario, po_scenario_unref);

  /* Upgrade targets must rise. */
  scenario = po_scenario_new ("V", START, 12);
  add_step (scenario, PO_ACTION_UPGRADE, "executive");
  add_step (scenario, PO_ACTION_ADD, "entity");
  add_step (scenario, PO_ACTION_UPGRADE, "manager");
  g_assert_false (po_scenario_validate (scenario, catalog, NULL, &error));
  g_assert_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "path[2]: upgrade targets on a path must rise in price");
  g_clear_error (&error);
  g_clear_pointer (&scenario, po_scenario_unref);

  scenario = po_scenario_new ("V", START, 12);
  po_scenario_set_churn (scenario, "platinum", 0.1);
  g_assert_false (po_scenario_validate (scenario, catalog, NULL, &error));
  g_assert_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_UNKNOWN_ITEM);
  g_assert_cmpstr (error->message, ==, "churn_monthly.platinum: unknown catalog item “platinum”");
  g_clear_error (&error);
  g_clear_pointer (&scenario, po_scenario_unref);

  scenario = po_scenario_new ("V", START, 61);
  g_assert_false (po_scenario_validate (scenario, catalog, NULL, &error));
  g_assert_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&scenario, po_scenario_unref);

  /* Accounts: a known tier, own plan steps checked too. */
  scenario = po_scenario_new ("V", START, 12);
  g_ptr_array_add (accounts, po_scenario_account_new ("ok", START - 3, 29900, "operator"));
  g_ptr_array_add (accounts, po_scenario_account_new ("none", START - 3, 0, NULL));
  g_assert_true (po_scenario_validate (scenario, catalog, accounts, &error));
  g_assert_no_error (error);

  g_ptr_array_add (accounts, po_scenario_account_new ("odd", START - 3, 29900, "entity"));
  g_assert_false (po_scenario_validate (scenario, catalog, accounts, &error));
  g_assert_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID);
  g_clear_error (&error);
  g_ptr_array_remove_index (accounts, 2);

  step = po_scenario_path_step_new (PO_ACTION_UPGRADE, "manager", 3, 1, 0.5);
  po_scenario_account_add_step (g_ptr_array_index (accounts, 0), step);
  g_assert_cmpuint (po_scenario_account_get_n_steps (g_ptr_array_index (accounts, 0)), ==, 1);
  g_assert_false (po_scenario_validate (scenario, catalog, accounts, &error));
  g_assert_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "accounts[0] (ok).plan[0]: "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/scenario/model/month-index", test_month_index);
  g_test_add_func ("/core/scenario/model/round-cents", test_round_cents);
  g_test_add_func ("/core/scenario/model/churn-lookup", test_churn_lookup);
  g_test_add_func ("/core/scenario/model/validate", test_validate);
  g_test_add_func ("/core/scenario/json/example", test_parse_example);
  g_test_add_func ("/core/scenario/json/minimal", test_minimal);
  g_test_add_func ("/core/scenario/json/round-trip", test_round_trip);
  g_test_add_func ("/core/scenario/json/unknown-key", test_unknown_key);
  g_test_add_func ("/core/scenario/json/errors", test_parse_errors);

  return g_test_run ();
}
