/* po-cli-check.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "po-cli.h"
#include "po-store.h"

int
po_cli_check (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE.peakone — check integrity"));
  g_autoptr(PoStore) store = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  GError *error = NULL;
  int status;

  status = po_cli_parse_options (context, &argc, &argv, 1, "WORKSPACE.peakone");
  if (status != PO_CLI_OK)
    return status;

  store = po_store_open (argv[1], PO_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return po_cli_fail (error);
  if (!po_store_check (store, report, &error))
    {
      g_printerr ("%s", report->str);
      return po_cli_fail (error);
    }
  g_print (_("%s: ok\n"), argv[1]);
  return PO_CLI_OK;
}
