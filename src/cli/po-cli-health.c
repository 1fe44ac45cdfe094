/* po-cli-health.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * peak-one-cli health WORKSPACE --on YYYY-MM-DD [--format json|text]
 * (DESIGN.md §8, docs/cli-metrics.md).
 */

#define G_LOG_DOMAIN "po-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "po-cli.h"
#include "po-health.h"

static char *
health_to_json (PoDay   on,
                GArray *accounts)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *day = po_day_format (on);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "on");
  json_builder_add_string_value (b, day);
  json_builder_set_member_name (b, "accounts");
  json_builder_begin_array (b);
  for (guint i = 0; i < accounts->len; i++)
    {
      const PoAccountHealth *h = &g_array_index (accounts, PoAccountHealth, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, h->key);
      json_builder_set_member_name (b, "score");
      if (h->score != PO_HEALTH_MISSING)
        json_builder_add_int_value (b, h->score);
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "band");
      if (h->band != PO_HEALTH_BAND_NONE)
        json_builder_add_string_value (b, po_health_band_nick (h->band));
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "trend");
      if (h->has_trend)
        json_builder_add_int_value (b, h->trend);
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "components");
      json_builder_begin_object (b);
      for (guint c = 0; c < PO_N_COMPONENTS; c++)
        {
          json_builder_set_member_name (b, po_enum_nick (&po_component_enum, c));
          if (h->components[c] != PO_HEALTH_MISSING)
            json_builder_add_int_value (b, h->components[c]);
          else
            json_builder_add_null_value (b);
        }
      json_builder_end_object (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_data (gen, NULL);
}

static char *
cell (int value)
{
  return value != PO_HEALTH_MISSING ? g_strdup_printf ("%d", value) : g_strdup ("—");
}

/* Pads by characters so “—” and translated headers line up. */
static void
print_cell (const char *text,
            int         width,
            gboolean    left)
{
  int pad = MAX (width - (int) g_utf8_strlen (text, -1), 0);

  if (left)
    g_print ("%s%*s", text, pad, "");
  else
    g_print ("%*s%s", pad, "", text);
}

static void
print_text (PoDay   on,
            GArray *accounts)
{
  g_autofree char *day = po_day_format (on);
  int id_width = (int) g_utf8_strlen (_("Account"), -1);
  const char *headers[] = { N_("Score"), N_("Band"), N_("Trend") };

  for (guint i = 0; i < accounts->len; i++)
    id_width = MAX (id_width, (int) g_utf8_strlen (g_array_index (accounts, PoAccountHealth, i).key, -1));

  g_print (_("Health on %s\n\n"), day);
  print_cell (_("Account"), id_width, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      g_print ("  ");
      print_cell (_(headers[i]), 7, FALSE);
    }
  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    {
      g_print ("  ");
      print_cell (po_enum_label (&po_component_enum, c), 9, FALSE);
    }
  g_print ("\n");

  for (guint i = 0; i < accounts->len; i++)
    {
      const PoAccountHealth *h = &g_array_index (accounts, PoAccountHealth, i);
      g_autofree char *score = cell (h->score);
      g_autofree char *trend = h->has_trend ? g_strdup_printf ("%+d", h->trend) : g_strdup ("—");

      print_cell (h->key, id_width, TRUE);
      g_print ("  ");
      print_cell (score, 7, FALSE);
      g_print ("  ");
      print_cell (h->band != PO_HEALTH_BAND_NONE ? po_health_band_label (h->band) : "—", 7, FALSE);
      g_print ("  ");
      print_cell (trend, 7, FALSE);
      for (guint c = 0; c < PO_N_COMPONENTS; c++)
        {
          g_autofree char *v = cell (h->components[c]);

          g_print ("  ");
          print_cell (v, 9, FALSE);
        }
      g_print ("\n");
    }
}

int
po_cli_health (int    argc,
               char **argv)
{
  g_autofree char *on_text = NULL;
  g_autofree char *format = NULL;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on_text, N_("The day"), "YYYY-MM-DD" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("Output format: json (default) or text"), "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE.peakone — every account's health on a day"));
  g_autoptr(PoStore) store = NULL;
  g_autoptr(GArray) accounts = NULL;
  PoSettings settings = { 0 };
  GError *error = NULL;
  gboolean json = TRUE;
  PoDay on;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = po_cli_parse_query (context, &argc, &argv,
                               "WORKSPACE.peakone --on YYYY-MM-DD [--format json|text]",
                               &on_text, _("peak-one-cli: health needs --on YYYY-MM-DD\n"),
                               &format, &json);
  if (status != PO_CLI_OK)
    return status;
  if (!po_day_parse (on_text, &on) || on <= PO_HEALTH_TREND_DAYS)
    {
      g_printerr (_("peak-one-cli: %s: --on “%s” is not a date (YYYY-MM-DD)\n"), argv[1], on_text);
      return PO_CLI_BAD_INPUT;
    }

  store = po_cli_open_workspace (argv[1], &settings, &error);
  if (store == NULL)
    return po_cli_fail (error);
  accounts = po_health_on (store, &settings, on, &error);
  po_settings_clear (&settings);
  if (accounts == NULL)
    return po_cli_fail (error);

  if (json)
    {
      g_autofree char *text = health_to_json (on, accounts);

      g_print ("%s\n", text);
    }
  else
    print_text (on, accounts);
  return PO_CLI_OK;
}
