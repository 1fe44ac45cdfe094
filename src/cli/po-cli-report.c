/* po-cli-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * peak-one-cli report WORKSPACE --output FILE.pdf [--month YYYY-MM]
 *                               [--lang de|en]
 * The data room report (DESIGN.md §8): one PDF with the KPI summary, the
 * journey map, retention cohorts, upgrade triggers and NRE scenarios.
 */

#define G_LOG_DOMAIN "po-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "po-cli.h"
#include "po-report.h"

static int
usage_error (const char *message)
{
  g_printerr ("peak-one-cli report: %s\n", message);
  return PO_CLI_USAGE;
}

int
po_cli_report (int    argc,
               char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *month_text = NULL;
  g_autofree char *language = NULL;
  g_autofree char *lower = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"), N_("FILE.pdf") },
    { "month", 0, 0, G_OPTION_ARG_STRING, &month_text, N_("The report's month (default: the last complete month of the data)"), "YYYY-MM" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language, N_("The report's language: de or en (default: the locale's)"), "de|en" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE.peakone — the data room report as one PDF"));
  g_autoptr(PoStore) store = NULL;
  g_autoptr(PoReport) report = NULL;
  const char *localedir = g_getenv ("PEAK_ONE_LOCALEDIR");
  GError *error = NULL;
  PoMonth month = 0;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = po_cli_parse_options (context, &argc, &argv, 1,
                                 "WORKSPACE.peakone --output FILE.pdf [--month YYYY-MM] [--lang de|en]");
  if (status != PO_CLI_OK)
    return status;
  if (output == NULL)
    return usage_error (_("--output FILE.pdf is required"));
  lower = g_ascii_strdown (output, -1);
  if (!g_str_has_suffix (lower, ".pdf"))
    return usage_error (_("the output file must end in .pdf"));
  if (language != NULL && !po_report_language_supported (language))
    return usage_error (_("--lang must be de or en"));
  if (month_text != NULL && !po_month_parse (month_text, &month))
    {
      g_printerr (_("peak-one-cli: %s: --month “%s” is not a month (YYYY-MM)\n"), argv[1], month_text);
      return PO_CLI_BAD_INPUT;
    }

  /* An uninstalled build (tests) finds its catalogs here. */
  if (localedir != NULL && localedir[0] != '\0')
    bindtextdomain (GETTEXT_PACKAGE, localedir);

  store = po_store_open (argv[1], PO_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return po_cli_fail (error);
  if (month_text == NULL)
    month = po_report_default_month (store);

  report = po_report_new (store, month, language, NULL, &error);
  if (report == NULL)
    {
      g_prefix_error (&error, "%s: ", argv[1]);
      return po_cli_fail (error);
    }
  if (!po_report_write_pdf (report, output, NULL, NULL, NULL, &error))
    return po_cli_fail (error);
  return PO_CLI_OK;
}
