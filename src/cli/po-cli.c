/* po-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * peak-one-cli: the headless tool (DESIGN.md §8).
 */

#define G_LOG_DOMAIN "po-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "po-cli.h"

typedef struct
{
  const char *name;
  const char *args;
  const char *summary;
  PoCliRun    run;
} PoCliCommand;

static const PoCliCommand commands[] = {
  { "demo", "OUT.peakone [--accounts N] [--years Y] [--seed S]", N_("Create a demo workspace with realistic data"), po_cli_demo },
  { "import", "IN.json|IN.csv WORKSPACE.peakone [--merge replace|skip]", N_("Import a JSON or CSV file into a workspace (created if missing)"), po_cli_import },
  { "export", "WORKSPACE.peakone OUT.json", N_("Export a workspace as JSON (“-” for standard output)"), po_cli_export },
  { "check", "WORKSPACE.peakone", N_("Check a workspace's integrity"), po_cli_check },
  { "metrics", "WORKSPACE.peakone --month YYYY-MM [--format json|text]", N_("Revenue metrics of a month"), po_cli_metrics },
  { "health", "WORKSPACE.peakone --on YYYY-MM-DD [--format json|text]", N_("Every account's health on a day"), po_cli_health },
  { "plan", "WORKSPACE.peakone --scenario NAME [--format json|text]", N_("Project a pricing and expansion scenario"), po_cli_plan },
  { "render", "WORKSPACE.peakone TARGET --output FILE.(png|svg|pdf) [--map KEY] [--segment S] [--width W --height H] [--paper a4|a3]", N_("Draw the journey map or a chart to PNG, SVG or PDF"), po_cli_render },
  { "report", "WORKSPACE.peakone --output FILE.pdf [--month YYYY-MM] [--lang de|en]", N_("Write the data room report as one PDF"), po_cli_report },
};

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: peak-one-cli COMMAND [OPTIONS…]"));
  fprintf (out, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-8s %s\n           %s\n", commands[i].name, commands[i].args,
             _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “peak-one-cli COMMAND --help” for the options of a command."));
}

/* Parses @context's options and checks the number of positional arguments
 * (argv[1..]). Returns PO_CLI_OK or PO_CLI_USAGE after printing why. */
int
po_cli_parse_options (GOptionContext   *context,
                      int              *argc,
                      char           ***argv,
                      int               n_positional,
                      const char       *usage)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("peak-one-cli: %s\n", error->message);
      return PO_CLI_USAGE;
    }
  if (*argc - 1 != n_positional)
    {
      g_printerr ("%s: peak-one-cli %s %s\n", _("Usage"), (*argv)[0], usage);
      return PO_CLI_USAGE;
    }
  return PO_CLI_OK;
}

/* Prints @error (which names the file and place) and returns the exit
 * status for bad input. Takes ownership of @error. */
int
po_cli_fail (GError *error)
{
  g_printerr ("peak-one-cli: %s\n", error->message);
  g_error_free (error);
  return PO_CLI_BAD_INPUT;
}

/* Shared by the metrics, health and plan commands: --format json|text. */
gboolean
po_cli_parse_format (const char *format,
                     gboolean   *json)
{
  if (format == NULL || g_str_equal (format, "json"))
    *json = TRUE;
  else if (g_str_equal (format, "text"))
    *json = FALSE;
  else
    {
      g_printerr (_("peak-one-cli: --format must be “json” or “text”, not “%s”\n"), format);
      return FALSE;
    }
  return TRUE;
}

/* Options of a command that reads one WORKSPACE and prints json or text:
 * parses @context, then checks that the command's @required option (the
 * storage of its entry) was given, else prints @missing, and reads the
 * --format option's @format into @json. Returns PO_CLI_OK or PO_CLI_USAGE
 * after printing why. */
int
po_cli_parse_query (GOptionContext   *context,
                    int              *argc,
                    char           ***argv,
                    const char       *usage,
                    char            **required,
                    const char       *missing,
                    char            **format,
                    gboolean         *json)
{
  int status = po_cli_parse_options (context, argc, argv, 1, usage);

  if (status != PO_CLI_OK)
    return status;
  if (*required == NULL)
    {
      g_printerr ("%s", missing);
      return PO_CLI_USAGE;
    }
  if (!po_cli_parse_format (*format, json))
    return PO_CLI_USAGE;
  return PO_CLI_OK;
}

/* Opens the workspace at @path read-only and loads its settings into
 * @settings (which the caller clears). */
PoStore *
po_cli_open_workspace (const char  *path,
                       PoSettings  *settings,
                       GError     **error)
{
  g_autoptr(PoStore) store = po_store_open (path, PO_STORE_OPEN_READ_ONLY, error);

  if (store == NULL)
    return NULL;
  if (!po_settings_load (settings, store, error))
    return NULL;
  return g_steal_pointer (&store);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("peak-one-cli");

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? PO_CLI_USAGE : PO_CLI_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("peak-one-cli %s\n", PACKAGE_VERSION);
      return PO_CLI_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  g_printerr (_("peak-one-cli: unknown command “%s”\n"), argv[1]);
  print_usage (stderr);
  return PO_CLI_USAGE;
}
