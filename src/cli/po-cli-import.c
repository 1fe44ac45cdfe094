/* po-cli-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * peak-one-cli import IN.json|IN.csv WORKSPACE.peakone: creates the
 * workspace when it does not exist, else merges into it. Accounts whose
 * id exists are replaced by default (--merge=skip keeps the workspace's).
 * On bad input nothing is written, and a workspace this command created
 * is removed again.
 */

#define G_LOG_DOMAIN "po-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "po-cli.h"
#include "po-csv-import.h"
#include "po-import.h"

static void
remove_workspace (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

static gboolean
parse_merge (const char    *text,
             PoImportMerge *merge)
{
  if (text == NULL || g_str_equal (text, "replace"))
    *merge = PO_IMPORT_MERGE_REPLACE;
  else if (g_str_equal (text, "skip"))
    *merge = PO_IMPORT_MERGE_SKIP;
  else
    return FALSE;
  return TRUE;
}

static gboolean
import_json (PoStore        *store,
             const char     *path,
             PoImportMerge   merge,
             GError        **error)
{
  g_autoptr(PoImportResult) result = po_import_result_new ();
  PoImportOptions options;

  po_import_options_init (&options);
  options.merge = merge;
  if (!po_import_file (store, path, &options, result, NULL, error))
    return FALSE;

  for (guint i = 0; i < result->warnings->len; i++)
    {
      PoImportProblem *p = result->warnings->pdata[i];

      g_printerr (_("%s:%u:%u: warning: %s: %s\n"), path, p->line, p->column, p->path, p->message);
    }
  if (result->n_warnings > result->warnings->len)
    g_printerr (_("%s: %u more warnings\n"), path, result->n_warnings - result->warnings->len);
  g_print (_("%s: %u accounts imported (%u replaced, %u skipped)\n"), path,
           result->n_accounts, result->n_replaced, result->n_skipped);
  return TRUE;
}

static gboolean
parse_column (const PoCsvPreview *preview,
              const char         *text,
              int                *column)
{
  guint64 n;

  if (g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT, &n, NULL))
    {
      *column = (int) n - 1;
      return TRUE;
    }
  for (guint c = 0; preview->header != NULL && preview->header[c] != NULL; c++)
    if (g_str_equal (preview->header[c], text))
      {
        *column = (int) c;
        return TRUE;
      }
  return FALSE;
}

static gboolean
import_csv (PoStore             *store,
            const char          *path,
            const char          *target_text,
            const char * const  *map,
            PoImportMerge        merge,
            GError             **error)
{
  g_autoptr(GMappedFile) mapped = g_mapped_file_new (path, FALSE, error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PoCsvPreview) preview = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  int mapping[PO_CSV_N_FIELDS];
  PoCsvOptions options;
  PoCsvTarget target;
  guint n_rows = 0;

  if (mapped == NULL)
    return FALSE;
  bytes = g_mapped_file_get_bytes (mapped);
  if ((preview = po_csv_preview (bytes, 5, error)) == NULL)
    {
      g_prefix_error (error, "%s: ", path);
      return FALSE;
    }
  if (target_text == NULL)
    target = po_csv_guess_target (preview);
  else if (!po_csv_target_parse (target_text, &target))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--csv-target must be accounts, subscriptions or health, not “%s”"), target_text);
      return FALSE;
    }
  po_csv_guess_mapping (preview, target, mapping);
  for (guint i = 0; map != NULL && map[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (map[i], "=", 2);
      PoCsvField field;

      if (pair[0] == NULL || pair[1] == NULL || !po_csv_field_parse (pair[0], &field) ||
          !parse_column (preview, pair[1], &mapping[field]))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--map %s: expected FIELD=COLUMN with a known field and column"), map[i]);
          return FALSE;
        }
    }

  po_csv_options_init (&options);
  options.merge = merge;
  if (!po_csv_import (store, bytes, path, target, mapping, &options, &errors, &n_rows, NULL, error))
    {
      for (guint i = 0; errors != NULL && i < errors->len; i++)
        {
          PoCsvRowError *e = errors->pdata[i];

          g_printerr (_("%s: row %u, column %u: %s\n"), path, e->row, e->column, e->message);
        }
      return FALSE;
    }
  g_print (_("%s: %u %s rows imported\n"), path, n_rows, po_csv_target_nick (target));
  return TRUE;
}

int
po_cli_import (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context =
    g_option_context_new (_("IN.json|IN.csv WORKSPACE.peakone — import into a workspace"));
  g_autofree char *merge_text = NULL;
  g_autofree char *csv_target = NULL;
  g_auto(GStrv) csv_map = NULL;
  GOptionEntry entries[] = {
    { "merge", 0, 0, G_OPTION_ARG_STRING, &merge_text,
      N_("Accounts that exist already: replace (default) or skip"), "replace|skip" },
    { "csv-target", 0, 0, G_OPTION_ARG_STRING, &csv_target,
      N_("What a CSV file holds: accounts, subscriptions or health (default: guessed from its header)"),
      "TARGET" },
    { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &csv_map,
      N_("Map a field to a CSV column (by number from 1 or by header), repeatable"), "FIELD=COLUMN" },
    { NULL }
  };
  g_autoptr(PoStore) store = NULL;
  PoImportMerge merge;
  gboolean created = FALSE, ok;
  GError *error = NULL;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = po_cli_parse_options (context, &argc, &argv, 2, "IN.json|IN.csv WORKSPACE.peakone");
  if (status != PO_CLI_OK)
    return status;
  if (!parse_merge (merge_text, &merge))
    {
      g_printerr (_("peak-one-cli: --merge must be “replace” or “skip”, not “%s”\n"), merge_text);
      return PO_CLI_USAGE;
    }

  if (g_file_test (argv[2], G_FILE_TEST_EXISTS))
    store = po_store_open (argv[2], PO_STORE_OPEN_DEFAULT, &error);
  else
    {
      store = po_store_create (argv[2], &error);
      created = store != NULL;
    }
  if (store == NULL)
    return po_cli_fail (error);

  if (g_str_has_suffix (argv[1], ".csv") || g_str_has_suffix (argv[1], ".CSV"))
    ok = import_csv (store, argv[1], csv_target, (const char * const *) csv_map, merge, &error);
  else
    ok = import_json (store, argv[1], merge, &error);

  if (!ok)
    {
      if (created)
        {
          po_store_close (store);
          remove_workspace (argv[2]);
        }
      return po_cli_fail (error);
    }
  return PO_CLI_OK;
}
