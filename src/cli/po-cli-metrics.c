/* po-cli-metrics.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * peak-one-cli metrics WORKSPACE --month YYYY-MM [--format json|text]
 * (DESIGN.md §8, docs/cli-metrics.md).
 */

#define G_LOG_DOMAIN "po-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "po-cli.h"
#include "po-metrics.h"

static void
add_value (JsonBuilder   *b,
           const char    *name,
           PoMetricValue  v)
{
  json_builder_set_member_name (b, name);
  if (v.has_value)
    json_builder_add_double_value (b, v.value);
  else
    json_builder_add_null_value (b);
}

static void
add_cents (JsonBuilder   *b,
           const char    *name,
           PoMetricCents  v)
{
  json_builder_set_member_name (b, name);
  if (v.has_value)
    json_builder_add_int_value (b, v.value);
  else
    json_builder_add_null_value (b);
}

static void
add_int (JsonBuilder *b,
         const char  *name,
         gint64       v)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, v);
}

static char *
summary_to_json (const PoMonthSummary *s)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *month = po_month_format (s->month);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "month");
  json_builder_add_string_value (b, month);
  add_int (b, "mrr_cents", s->mrr_cents);
  add_int (b, "active_accounts", s->active_accounts);
  json_builder_set_member_name (b, "movements");
  json_builder_begin_object (b);
  add_int (b, "new", s->movements.new_cents);
  add_int (b, "expansion", s->movements.expansion_cents);
  add_int (b, "contraction", s->movements.contraction_cents);
  add_int (b, "churn", s->movements.churn_cents);
  add_int (b, "reactivation", s->movements.reactivation_cents);
  json_builder_end_object (b);
  add_value (b, "nrr_12m", s->nrr_12m);
  add_value (b, "grr_12m", s->grr_12m);
  add_value (b, "nre", s->nre);
  add_value (b, "logo_churn_rate", s->logo_churn_rate);
  add_value (b, "gross_mrr_churn_rate", s->gross_mrr_churn_rate);
  add_value (b, "quick_ratio", s->quick_ratio);
  add_cents (b, "arpa_cents", s->arpa_cents);
  add_cents (b, "clv_cents", s->clv_cents);
  add_value (b, "nps_12m", s->nps_12m);
  json_builder_set_member_name (b, "health");
  json_builder_begin_object (b);
  add_int (b, "green", s->health[PO_HEALTH_BAND_GREEN]);
  add_int (b, "yellow", s->health[PO_HEALTH_BAND_YELLOW]);
  add_int (b, "red", s->health[PO_HEALTH_BAND_RED]);
  add_int (b, "none", s->health[PO_HEALTH_BAND_NONE]);
  json_builder_end_object (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_data (gen, NULL);
}

static char *
format_cents (gint64 cents)
{
  return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%02d", cents < 0 ? "-" : "",
                          ABS (cents) / 100, (int) (ABS (cents) % 100));
}

static char *
format_value (PoMetricValue v,
              gboolean      percent)
{
  if (!v.has_value)
    return g_strdup ("—");
  if (percent)
    return g_strdup_printf ("%.1f %%", v.value * 100);
  return g_strdup_printf ("%.2f", v.value);
}

static char *
format_opt_cents (PoMetricCents v)
{
  return v.has_value ? format_cents (v.value) : g_strdup ("—");
}

static void
print_row (const char *label,
           char       *value)
{
  /* Pad by characters, not bytes: labels may be translated. */
  glong pad = 26 - g_utf8_strlen (label, -1);

  g_print ("%s%*s %s\n", label, (int) MAX (pad, 1), "", value);
  g_free (value);
}

static void
print_text (const PoMonthSummary *s)
{
  print_row (_("Month"), po_month_format (s->month));
  print_row (_("MRR"), format_cents (s->mrr_cents));
  print_row (_("Active accounts"), g_strdup_printf ("%u", s->active_accounts));
  print_row (_("New"), format_cents (s->movements.new_cents));
  print_row (_("Expansion"), format_cents (s->movements.expansion_cents));
  print_row (_("Contraction"), format_cents (s->movements.contraction_cents));
  print_row (_("Churn"), format_cents (s->movements.churn_cents));
  print_row (_("Reactivation"), format_cents (s->movements.reactivation_cents));
  print_row (_("NRR (12 months)"), format_value (s->nrr_12m, TRUE));
  print_row (_("GRR (12 months)"), format_value (s->grr_12m, TRUE));
  print_row (_("NRE"), format_value (s->nre, TRUE));
  print_row (_("Logo churn rate"), format_value (s->logo_churn_rate, TRUE));
  print_row (_("Gross MRR churn rate"), format_value (s->gross_mrr_churn_rate, TRUE));
  print_row (_("Quick ratio"), format_value (s->quick_ratio, FALSE));
  print_row (_("ARPA"), format_opt_cents (s->arpa_cents));
  print_row (_("CLV"), format_opt_cents (s->clv_cents));
  print_row (_("NPS (12 months)"), s->nps_12m.has_value ? g_strdup_printf ("%.1f", s->nps_12m.value)
                                                        : g_strdup ("—"));
  print_row (_("Green accounts"), g_strdup_printf ("%u", s->health[PO_HEALTH_BAND_GREEN]));
  print_row (_("Yellow accounts"), g_strdup_printf ("%u", s->health[PO_HEALTH_BAND_YELLOW]));
  print_row (_("Red accounts"), g_strdup_printf ("%u", s->health[PO_HEALTH_BAND_RED]));
  print_row (_("Accounts without score"), g_strdup_printf ("%u", s->health[PO_HEALTH_BAND_NONE]));
}

int
po_cli_metrics (int    argc,
                char **argv)
{
  g_autofree char *month_text = NULL;
  g_autofree char *format = NULL;
  const GOptionEntry entries[] = {
    { "month", 0, 0, G_OPTION_ARG_STRING, &month_text, N_("The month"), "YYYY-MM" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("Output format: json (default) or text"), "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE.peakone — revenue metrics of a month"));
  g_autoptr(PoStore) store = NULL;
  g_autoptr(PoMetrics) metrics = NULL;
  PoSettings settings = { 0 };
  PoMonthSummary summary;
  GError *error = NULL;
  gboolean json = TRUE;
  PoMonth month;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = po_cli_parse_query (context, &argc, &argv,
                               "WORKSPACE.peakone --month YYYY-MM [--format json|text]",
                               &month_text, _("peak-one-cli: metrics needs --month YYYY-MM\n"),
                               &format, &json);
  if (status != PO_CLI_OK)
    return status;
  if (!po_month_parse (month_text, &month))
    {
      g_printerr (_("peak-one-cli: %s: --month “%s” is not a month (YYYY-MM)\n"), argv[1], month_text);
      return PO_CLI_BAD_INPUT;
    }

  store = po_cli_open_workspace (argv[1], &settings, &error);
  if (store == NULL)
    return po_cli_fail (error);
  metrics = po_metrics_load (store, &settings, month, PO_METRICS_LOAD_HEALTH, &error);
  po_settings_clear (&settings);
  if (metrics == NULL)
    return po_cli_fail (error);
  po_metrics_month_summary (metrics, month, &summary);

  if (json)
    {
      g_autofree char *text = summary_to_json (&summary);

      g_print ("%s\n", text);
    }
  else
    print_text (&summary);
  return PO_CLI_OK;
}
