/* test-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One bad file per rule of DESIGN.md §7 (tests/data/import/): the error
 * names the JSON path and the line, and the workspace is unchanged.
 */

#include "config.h"

#include <string.h>

#include "test-import-fixture.h"

typedef struct
{
  const char *file;
  int         code;
  const char *path;        /* expected in the message, or NULL */
  const char *needle;      /* its first line is the expected line, or NULL */
  const char *fragment;    /* expected in the message, or NULL */
} BadFile;

static const BadFile bad_files[] = {
  { "bad-format.json", PO_IMPORT_ERROR_FORMAT, "format", "peak-one-crm", "peak-one-workspace" },
  { "bad-version.json", PO_IMPORT_ERROR_FORMAT, "version", "\"version\": 2", "version 1" },
  { "bad-date.json", PO_IMPORT_ERROR_INVALID, "accounts[0].subscriptions[0].start", "2024-02-30", "date" },
  { "bad-date-format.json", PO_IMPORT_ERROR_INVALID, "accounts[0].signed_on", "15.01.2024", "YYYY-MM-DD" },
  { "float-cents.json", PO_IMPORT_ERROR_INVALID, "accounts[0].subscriptions[0].mrr_cents", "299.5", "299.5" },
  { "negative-cents.json", PO_IMPORT_ERROR_INVALID, "accounts[0].billing[0].amount_cents", "-5", "negative" },
  { "bad-enum.json", PO_IMPORT_ERROR_INVALID, "accounts[0].segment", "gold",
    "enterprise, mid_market, smb, product_led" },
  { "duplicate-account.json", PO_IMPORT_ERROR_DUPLICATE, "accounts[2].id", NULL, "accounts[0]" },
  { "duplicate-contact.json", PO_IMPORT_ERROR_DUPLICATE, "accounts[0].contacts[1].id", NULL, "c1" },
  { "dangling-contact.json", PO_IMPORT_ERROR_REFERENCE, "accounts[0].nps[0].contact", "c9", "c9" },
  { "unknown-item.json", PO_IMPORT_ERROR_REFERENCE, "accounts[1].subscriptions[0].item", "platinum", "catalog" },
  { "unknown-phase.json", PO_IMPORT_ERROR_REFERENCE, "accounts[0].tracks[0].transitions[1].phase", "flying",
    "post-sale" },
  { "unknown-criterion.json", PO_IMPORT_ERROR_REFERENCE, "accounts[0].tracks[0].criteria[0].code",
    "party_held", "party_held" },
  { "end-before-start.json", PO_IMPORT_ERROR_INVALID, "accounts[0].subscriptions[0].end", "2023-12-31", NULL },
  { "probability.json", PO_IMPORT_ERROR_INVALID, "accounts[0].plan[0].probability", "1.5", "0…1" },
  { "health-range.json", PO_IMPORT_ERROR_INVALID, "accounts[0].health[2].value", "101", "0…100" },
  { "nps-range.json", PO_IMPORT_ERROR_INVALID, "accounts[0].nps[0].score", "\"score\": 11", "0…10" },
  { "emotion-range.json", PO_IMPORT_ERROR_INVALID, "journey_maps[0].emotion.onboarding", "\"onboarding\": 3", NULL },
  { "months-range.json", PO_IMPORT_ERROR_INVALID, "scenarios[0].months", "61", "1…60" },
  { "missing-name.json", PO_IMPORT_ERROR_INVALID, "accounts[0].name", NULL, "required" },
  { "duplicate-sample.json", PO_IMPORT_ERROR_DUPLICATE, "accounts[0].health[1]", NULL, "2024-02-01" },
  { "tier-expected.json", PO_IMPORT_ERROR_REFERENCE, "accounts[0].plan[0].item", "\"entity\"", "not a tier" },
  { "bad-churn.json", PO_IMPORT_ERROR_INVALID, "accounts[0].churn.category", "bored", "avoidable" },
  { "zero-quantity.json", PO_IMPORT_ERROR_INVALID, "accounts[0].subscriptions[0].quantity", "\"quantity\": 0", NULL },
  { "bad-month.json", PO_IMPORT_ERROR_INVALID, "scenarios[0].start_month", "2026-13", "YYYY-MM" },
  { "accounts-object.json", PO_IMPORT_ERROR_INVALID, "accounts", "\"accounts\"", "array" },
  { "unknown-lane.json", PO_IMPORT_ERROR_REFERENCE, "journey_maps[0].cells[0].lane", "mood", "mood" },
  { "negative-catalog.json", PO_IMPORT_ERROR_INVALID, "catalog.tiers[0].mrr_cents", "\"mrr_cents\": -1", NULL },
  { "bad-settings.json", PO_IMPORT_ERROR_INVALID, "settings.gross_margin", "1.5", NULL },
  { "not-utf8.json", PO_IMPORT_ERROR_ENCODING, NULL, "ACME", "byte offset" },
  { "syntax.json", PO_IMPORT_ERROR_SYNTAX, NULL, "Beta Ltd", NULL },
  { "comment.json", PO_IMPORT_ERROR_SYNTAX, NULL, "/* hi */", NULL },
  { "duplicate-key.json", PO_IMPORT_ERROR_SYNTAX, NULL, NULL, "duplicate member “version”" },
  { "too-deep.json", PO_IMPORT_ERROR_LIMIT, NULL, "\"deep\"", "64" },
  { "not-object.json", PO_IMPORT_ERROR_FORMAT, NULL, NULL, "object" },
  { "empty.json", PO_IMPORT_ERROR_SYNTAX, NULL, NULL, "end of the document" },
};

static char *
data_path (const char *file)
{
  return g_build_filename (TEST_DATA_DIR, "import", file, NULL);
}

static guint
line_of (const char *file,
         const char *needle)
{
  g_autofree char *path = data_path (file);
  g_autofree char *contents = NULL;
  const char *at;
  guint line = 1;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  at = strstr (contents, needle);
  g_assert_nonnull (at);
  for (const char *p = contents; p < at; p++)
    line += *p == '\n';
  return line;
}

static void
check_bad_file (PoStore       *store,
                const BadFile *bad)
{
  g_autofree char *path = data_path (bad->file);
  g_autofree char *before = io_fixture_export (store);
  g_autofree char *after = NULL;
  g_autoptr(PoImportResult) result = po_import_result_new ();
  g_autoptr(GError) error = NULL;

  g_test_message ("%s", bad->file);
  g_assert_false (po_import_file (store, path, NULL, result, NULL, &error));
  g_assert_error (error, PO_IMPORT_ERROR, bad->code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (result->error);
  if (bad->path != NULL)
    {
      g_autofree char *with_colon = g_strdup_printf (" %s: ", bad->path);

      g_assert_nonnull (strstr (error->message, with_colon));
      g_assert_cmpstr (result->error->path, ==, bad->path);
    }
  if (bad->needle != NULL)
    {
      guint line = line_of (bad->file, bad->needle);
      g_autofree char *place = g_strdup_printf ("%s:%u:", path, line);

      g_assert_true (g_str_has_prefix (error->message, place));
      g_assert_cmpuint (result->error->line, ==, line);
    }
  if (bad->fragment != NULL)
    g_assert_nonnull (strstr (error->message, bad->fragment));

  after = io_fixture_export (store);
  g_assert_cmpstr (before, ==, after);
}

static void
test_bad_files (IoFixture     *f,
                gconstpointer  data)
{
  g_autoptr(PoStore) empty = io_fixture_new_store (f, "empty.peakone");

  io_fixture_fill (f->store);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      check_bad_file (f->store, &bad_files[i]);
      check_bad_file (empty, &bad_files[i]);
    }
}

static gboolean
import_file (PoStore                *store,
             const char             *file,
             const PoImportOptions  *options,
             PoImportResult         *result,
             GError                **error)
{
  g_autofree char *path = data_path (file);

  return po_import_file (store, path, options, result, NULL, error);
}

static void
test_valid_defaults (IoFixture     *f,
                     gconstpointer  data)
{
  g_autoptr(PoImportResult) result = po_import_result_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PoAccount) beta = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  PoSubscriptionLine *line;

  g_assert_true (import_file (f->store, "valid.json", NULL, result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->n_accounts, ==, 2);
  g_assert_cmpuint (result->n_warnings, ==, 0);
  g_assert_null (result->error);
  g_assert_cmpint (po_store_count_health_samples (f->store, NULL), ==, 3);

  /* §7 defaults: touch by segment, forecast unknown, quantity 1, end null. */
  beta = po_store_find_account (f->store, "beta", &error);
  g_assert_nonnull (beta);
  g_assert_cmpint (beta->touch, ==, PO_TOUCH_HIGH);
  g_assert_cmpint (beta->renewal_forecast, ==, PO_FORECAST_UNKNOWN);
  lines = po_store_list_subscription_line (f->store, beta->id, &error);
  g_assert_cmpuint (lines->len, ==, 1);
  line = lines->pdata[0];
  g_assert_cmpint (line->quantity, ==, 1);
  g_assert_cmpuint (line->end_on, ==, PO_DAY_NONE);
  /* No catalog in the file: the default one stays. */
  g_assert_cmpint (po_store_count (f->store, &po_catalog_item_class, NULL), ==, 8);
}

static void
test_warnings (IoFixture     *f,
               gconstpointer  data)
{
  g_autoptr(PoImportResult) result = po_import_result_new ();
  g_autoptr(GError) error = NULL;
  PoImportProblem *p;

  g_assert_true (import_file (f->store, "unknown-keys.json", NULL, result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->n_warnings, ==, 3);
  g_assert_cmpuint (result->warnings->len, ==, 3);
  for (guint i = 0; i < result->warnings->len; i++)
    {
      p = result->warnings->pdata[i];
      g_assert_cmpuint (p->line, >, 0);
      g_assert_cmpuint (p->column, >, 0);
    }
  /* Accounts arrive while parsing; the root's own keys are checked last. */
  p = result->warnings->pdata[0];
  g_assert_cmpstr (p->path, ==, "accounts[0].colour");
  g_assert_cmpuint (p->line, ==, line_of ("unknown-keys.json", "\"colour\""));
  p = result->warnings->pdata[1];
  g_assert_cmpstr (p->path, ==, "accounts[0].health[0].source");
  p = result->warnings->pdata[2];
  g_assert_cmpstr (p->path, ==, "extra");
}

static void
test_catalog_last (IoFixture     *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;

  g_assert_true (import_file (f->store, "catalog-last.json", NULL, NULL, &error));
  g_assert_no_error (error);
  /* A fresh workspace takes the document's catalog as it is. */
  items = po_store_list_catalog_item (f->store, 0, &error);
  g_assert_cmpuint (items->len, ==, 4);
}

static guint
count_contacts (PoStore    *store,
                const char *key)
{
  g_autoptr(PoAccount) account = po_store_find_account (store, key, NULL);
  g_autoptr(GPtrArray) contacts = po_store_list_contact (store, account->id, NULL);

  return contacts->len;
}

static void
test_merge (IoFixture     *f,
            gconstpointer  data)
{
  PoImportOptions options;
  g_autoptr(PoImportResult) skip = po_import_result_new ();
  g_autoptr(PoImportResult) replace = po_import_result_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PoAccount) zeta = NULL;

  io_fixture_fill (f->store);
  g_assert_cmpuint (count_contacts (f->store, "acme"), ==, 2);

  po_import_options_init (&options);
  options.merge = PO_IMPORT_MERGE_SKIP;
  g_assert_true (import_file (f->store, "valid.json", &options, skip, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (skip->n_skipped, ==, 1);
  g_assert_cmpuint (skip->n_accounts, ==, 1);
  g_assert_cmpuint (count_contacts (f->store, "acme"), ==, 2);
  {
    g_autoptr(PoAccount) beta = po_store_find_account (f->store, "beta", NULL);
    g_assert_nonnull (beta);
  }

  options.merge = PO_IMPORT_MERGE_REPLACE;
  g_assert_true (import_file (f->store, "valid.json", &options, replace, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (replace->n_replaced, ==, 2);
  /* ACME now has the document's contacts (c1, c2), not the workspace's (c0, c1). */
  {
    g_autoptr(PoAccount) acme = po_store_find_account (f->store, "acme", NULL);
    g_autoptr(GPtrArray) contacts = po_store_list_contact (f->store, acme->id, NULL);

    g_assert_cmpstr (((PoContact *) contacts->pdata[1])->key, ==, "c2");
  }
  /* Accounts not in the document stay. */
  zeta = po_store_find_account (f->store, "zeta", NULL);
  g_assert_nonnull (zeta);
}

static void
test_limits (IoFixture     *f,
             gconstpointer  data)
{
  PoImportOptions options;
  g_autoptr(GError) error = NULL;

  po_import_options_init (&options);
  options.max_string_length = 8;
  g_assert_false (import_file (f->store, "valid.json", &options, NULL, &error));
  g_assert_error (error, PO_IMPORT_ERROR, PO_IMPORT_ERROR_LIMIT);
  g_clear_error (&error);

  po_import_options_init (&options);
  options.max_file_size = 100;
  g_assert_false (import_file (f->store, "valid.json", &options, NULL, &error));
  g_assert_error (error, PO_IMPORT_ERROR, PO_IMPORT_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "100 bytes"));
  g_clear_error (&error);

  po_import_options_init (&options);
  options.max_depth = 3;
  g_assert_false (import_file (f->store, "valid.json", &options, NULL, &error));
  g_assert_error (error, PO_IMPORT_ERROR, PO_IMPORT_ERROR_LIMIT);
  g_clear_error (&error);

  g_assert_cmpint (po_store_count (f->store, &po_account_class, NULL), ==, 0);
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  GArray *steps = user_data;

  g_array_append_val (steps, fraction);
}

static void
test_progress_cancel (IoFixture     *f,
                      gconstpointer  data)
{
  PoImportOptions options;
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = data_path ("valid.json");
  g_autoptr(GError) error = NULL;

  po_import_options_init (&options);
  options.progress = record_progress;
  options.progress_data = steps;

  g_cancellable_cancel (cancellable);
  g_assert_false (po_import_file (f->store, path, &options, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (po_store_count (f->store, &po_account_class, NULL), ==, 0);
  g_clear_error (&error);

  g_array_set_size (steps, 0);
  g_assert_true (po_import_file (f->store, path, &options, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, >=, 3);
  g_assert_cmpfloat (g_array_index (steps, double, 0), ==, 0.0);
  g_assert_cmpfloat (g_array_index (steps, double, steps->len - 1), ==, 1.0);
  for (guint i = 1; i < steps->len; i++)
    g_assert_cmpfloat (g_array_index (steps, double, i), >, g_array_index (steps, double, i - 1));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, IoFixture, NULL, io_fixture_setup, func, io_fixture_teardown)
  ADD ("/core/import/bad-files", test_bad_files);
  ADD ("/core/import/valid-defaults", test_valid_defaults);
  ADD ("/core/import/warnings", test_warnings);
  ADD ("/core/import/catalog-last", test_catalog_last);
  ADD ("/core/import/merge", test_merge);
  ADD ("/core/import/limits", test_limits);
  ADD ("/core/import/progress-cancel", test_progress_cancel);
#undef ADD

  return g_test_run ();
}
