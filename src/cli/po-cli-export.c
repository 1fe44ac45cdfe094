/* po-cli-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * peak-one-cli export WORKSPACE.peakone OUT.json ("-" = standard output).
 */

#define G_LOG_DOMAIN "po-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "po-cli.h"
#include "po-export.h"

int
po_cli_export (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE.peakone OUT.json — export a workspace as JSON"));
  g_autofree char *exported_at = NULL;
  GOptionEntry entries[] = {
    { "exported-at", 0, 0, G_OPTION_ARG_STRING, &exported_at,
      N_("The export's timestamp (default: $PO_EXPORT_TIMESTAMP, else now)"), "YYYY-MM-DDTHH:MM:SSZ" },
    { NULL }
  };
  g_autoptr(PoStore) store = NULL;
  PoExportOptions options = { NULL, NULL, NULL };
  GError *error = NULL;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = po_cli_parse_options (context, &argc, &argv, 2, "WORKSPACE.peakone OUT.json");
  if (status != PO_CLI_OK)
    return status;

  store = po_store_open (argv[1], PO_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return po_cli_fail (error);
  options.exported_at = exported_at;

  if (g_str_equal (argv[2], "-"))
    {
      /* Standard output may be a pipe: no temporary file, no rename. */
      g_autoptr(GFile) file = g_file_new_for_path ("/dev/stdout");
      g_autoptr(GFileOutputStream) out = g_file_append_to (file, G_FILE_CREATE_NONE, NULL, &error);
      g_autoptr(GOutputStream) buffered = NULL;

      if (out == NULL)
        return po_cli_fail (error);
      buffered = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (out), 256 * 1024);
      if (!po_export_to_stream (store, buffered, &options, NULL, &error) ||
          !g_output_stream_close (buffered, NULL, &error))
        return po_cli_fail (error);
      return PO_CLI_OK;
    }

  if (!po_export_to_file (store, argv[2], &options, NULL, &error))
    return po_cli_fail (error);
  return PO_CLI_OK;
}
