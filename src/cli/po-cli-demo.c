/* po-cli-demo.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "po-cli.h"
#include "po-demo.h"
#include "po-store.h"

static void
print_progress (double   fraction,
                gpointer user_data)
{
  int *last = user_data;
  int percent = (int) (fraction * 100.0);

  if (percent == *last)
    return;
  *last = percent;
  g_printerr ("\r");
  /* Translators: progress of the demo generator, e.g. "Generating… 42 %" */
  g_printerr (_("Generating… %d %%"), percent);
  if (percent == 100)
    g_printerr ("\n");
}

static void
remove_workspace (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

int
po_cli_demo (int    argc,
             char **argv)
{
  const char *usage = "OUT.peakone [--accounts N] [--years Y] [--seed S]";
  int accounts = PO_DEMO_DEFAULT_ACCOUNTS;
  int years = PO_DEMO_DEFAULT_YEARS;
  gint64 seed = PO_DEMO_DEFAULT_SEED;
  gboolean quiet = FALSE;
  GOptionEntry entries[] = {
    { "accounts", 0, 0, G_OPTION_ARG_INT, &accounts,
      N_("Number of accounts (default 2000)"), "N" },
    { "years", 0, 0, G_OPTION_ARG_INT, &years,
      N_("Years of history up to 2026-11-23 (default 5)"), "Y" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      N_("Random seed; the same seed gives the same workspace (default 42)"), "S" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet,
      N_("Do not show progress"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("OUT.peakone — create a demo workspace with realistic data"));
  g_autoptr(PoStore) store = NULL;
  PoDemoOptions options;
  GError *error = NULL;
  int last = -1;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = po_cli_parse_options (context, &argc, &argv, 1, usage);
  if (status != PO_CLI_OK)
    return status;
  if (accounts < 1 || accounts > PO_DEMO_MAX_ACCOUNTS)
    {
      g_printerr (_("peak-one-cli: --accounts must be between 1 and %d\n"), PO_DEMO_MAX_ACCOUNTS);
      return PO_CLI_USAGE;
    }
  if (years < 1 || years > PO_DEMO_MAX_YEARS)
    {
      g_printerr (_("peak-one-cli: --years must be between 1 and %d\n"), PO_DEMO_MAX_YEARS);
      return PO_CLI_USAGE;
    }
  if (seed < 0 || seed > G_MAXUINT32)
    {
      g_printerr (_("peak-one-cli: --seed must be between 0 and %u\n"), G_MAXUINT32);
      return PO_CLI_USAGE;
    }

  po_demo_options_init (&options);
  options.accounts = (guint) accounts;
  options.years = (guint) years;
  options.seed = (guint32) seed;

  store = po_store_create (argv[1], &error);
  if (store == NULL)
    return po_cli_fail (error);
  if (!po_demo_generate (store, &options, NULL,
                         quiet || !isatty (STDERR_FILENO) ? NULL : print_progress, &last,
                         &error))
    {
      g_clear_object (&store);
      remove_workspace (argv[1]);
      return po_cli_fail (error);
    }
  po_store_close (store);
  g_print (_("%s: demo workspace with %d accounts over %d years (seed %u)\n"),
           argv[1], accounts, years, (guint32) seed);
  return PO_CLI_OK;
}
