/* fuzz-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer target: any bytes imported into a fresh workspace must either
 * import or fail with a GError, never crash, and a failed import must
 * leave the workspace empty. Built with -Dfuzzing=true (clang,
 * -fsanitize=fuzzer,address,undefined); see docs/import-export.md.
 */

#include "config.h"

#include <stdint.h>

#include "po-csv-import.h"
#include "po-import.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static PoStore *store;

/* One workspace for the whole run; every input is imported inside an
 * outer transaction that is rolled back, so each starts from the same
 * empty workspace. */
static void
setup (void)
{
  g_autofree char *dir = g_dir_make_tmp ("po-fuzz-XXXXXX", NULL);
  g_autofree char *path = NULL;

  g_assert (dir != NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  path = g_build_filename (dir, "ws.peakone", NULL);
  store = po_store_create (path, NULL);
  g_assert (store != NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  PoImportOptions options;

  if (store == NULL)
    setup ();
  g_assert (po_store_begin (store, NULL));

  po_import_options_init (&options);
  options.max_depth = 32;
  options.max_string_length = 4096;
  if (!po_import_bytes (store, bytes, "fuzz.json", &options, NULL, NULL, &error))
    {
      g_assert (error != NULL);
      g_assert (po_store_count (store, &po_account_class, NULL) == 0);
      g_clear_error (&error);
    }

  /* The same bytes as CSV, when they start like one. */
  if (size > 0 && data[0] != '{')
    {
      g_autoptr(PoCsvPreview) preview = po_csv_preview (bytes, 5, NULL);

      if (preview != NULL)
        {
          int mapping[PO_CSV_N_FIELDS];
          PoCsvTarget target = po_csv_guess_target (preview);
          g_autoptr(GPtrArray) errors = NULL;

          po_csv_guess_mapping (preview, target, mapping);
          po_csv_import (store, bytes, "fuzz.csv", target, mapping, NULL, &errors, NULL, NULL, NULL);
        }
    }

  po_store_rollback (store);
  g_assert (!po_store_in_transaction (store));
  return 0;
}
