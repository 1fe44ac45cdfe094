/* po-cli-plan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * peak-one-cli plan WORKSPACE --scenario NAME [--format json|text]
 * (DESIGN.md §6, §8): the exact month-by-month projection of one
 * scenario.
 */

#define G_LOG_DOMAIN "po-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "po-cli.h"
#include "po-format.h"
#include "po-scenario-solver.h"
#include "po-scenario-store.h"

static char *
projection_to_json (const PoScenarioProjection *projection)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = po_scenario_projection_to_json_node (projection);

  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_data (gen, NULL);
}

static void
print_text (const PoScenario           *scenario,
            const PoScenarioProjection *projection)
{
  PoNumberStyle numbers;
  g_autofree char *start = po_scenario_month_index_format (po_scenario_get_start_month (scenario));
  guint n = po_scenario_projection_get_n_months (projection);
  guint first;

  po_number_style_default (&numbers);

  g_print (_("Scenario “%s”: %u months after %s\n\n"),
           po_scenario_get_name (scenario), n, start);
  g_print ("%5s  %-8s  %16s  %10s  %14s  %8s\n",
           _("Month"), _("Calendar"), _("MRR"), _("Accounts"), _("ARPA"), _("NRE"));
  for (guint t = 1; t <= n; t++)
    {
      const PoScenarioMonth *m = po_scenario_projection_get_month (projection, t);
      g_autofree char *calendar = po_scenario_month_index_format (po_scenario_get_start_month (scenario) + (int) t);
      g_autofree char *mrr = po_format_currency (&numbers, po_scenario_round_cents (m->mrr_cents));
      g_autofree char *accounts = po_format_number (&numbers, m->accounts, 1);
      g_autofree char *arpa = m->has_arpa
        ? po_format_currency (&numbers, po_scenario_round_cents (m->arpa_cents))
        : g_strdup ("—");
      g_autofree char *nre = m->has_nre ? po_format_percent (&numbers, m->nre, 1) : g_strdup ("—");

      /* printf pads by bytes; pad by characters for "€" and "—". */
      g_print ("%5u  %-8s  %*s  %10s  %*s  %*s\n", t, calendar,
               (int) (16 + strlen (mrr) - g_utf8_strlen (mrr, -1)), mrr,
               accounts,
               (int) (14 + strlen (arpa) - g_utf8_strlen (arpa, -1)), arpa,
               (int) (8 + strlen (nre) - g_utf8_strlen (nre, -1)), nre);
    }

  first = po_scenario_projection_first_nre_month (projection, PO_SCENARIO_NRE_TARGET);
  g_print ("\n");
  if (first > 0)
    g_print (_("NRE reaches 120 %% in month %u.\n"), first);
  else
    g_print (_("NRE stays below 120 %% over the horizon.\n"));
}

int
po_cli_plan (int    argc,
             char **argv)
{
  g_autofree char *name = NULL;
  g_autofree char *format = NULL;
  GOptionEntry entries[] = {
    { "scenario", 0, 0, G_OPTION_ARG_STRING, &name, N_("The scenario to project"), N_("NAME") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("Output format: json (default) or text"), "json|text" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE.peakone — project a scenario"));
  g_autoptr(PoStore) store = NULL;
  g_autoptr(PoScenario) scenario = NULL;
  g_autoptr(PoScenarioProjection) projection = NULL;
  GError *error = NULL;
  gboolean json = TRUE;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = po_cli_parse_options (context, &argc, &argv, 1,
                                 "WORKSPACE.peakone --scenario NAME [--format json|text]");
  if (status != PO_CLI_OK)
    return status;
  if (name == NULL)
    {
      g_printerr ("%s: peak-one-cli plan WORKSPACE.peakone --scenario NAME [--format json|text]\n",
                  _("Usage"));
      return PO_CLI_USAGE;
    }
  if (!po_cli_parse_format (format, &json))
    return PO_CLI_USAGE;

  store = po_store_open (argv[1], PO_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return po_cli_fail (error);
  scenario = po_scenario_store_load_by_name (store, name, NULL, &error);
  if (scenario == NULL)
    return po_cli_fail (error);
  projection = po_scenario_store_project (store, scenario, &error);
  if (projection == NULL)
    {
      g_prefix_error (&error, _("%s: scenario “%s”: "), argv[1], name);
      return po_cli_fail (error);
    }

  if (json)
    {
      g_autofree char *text = projection_to_json (projection);

      g_print ("%s\n", text);
    }
  else
    print_text (scenario, projection);

  return PO_CLI_OK;
}
