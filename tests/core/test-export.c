/* test-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "test-import-fixture.h"

#if __has_include("po-demo.h")
#include "po-demo.h"
#define HAVE_DEMO 1
#else
#define HAVE_DEMO 0
#endif

static JsonObject *
parse_object (const char *text,
              JsonParser *parser)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static char *
member_names (JsonObject *object)
{
  g_autoptr(GList) names = json_object_get_members (object);
  GString *s = g_string_new (NULL);

  for (const GList *l = names; l != NULL; l = l->next)
    g_string_append_printf (s, "%s%s", s->len ? "," : "", (const char *) l->data);
  return g_string_free (s, FALSE);
}

static void
test_shape (IoFixture     *f,
            gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *root_names = NULL, *account_names = NULL;
  JsonObject *root, *acme, *zeta;
  JsonArray *accounts, *subs, *nps, *tags;

  io_fixture_fill (f->store);
  text = io_fixture_export (f->store);
  root = parse_object (text, parser);

  root_names = member_names (root);
  g_assert_cmpstr (root_names, ==,
                   "format,version,exported_at,settings,catalog,accounts,scenarios,journey_maps");
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "peak-one-workspace");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (root, "exported_at"), ==, IO_FIXTURE_STAMP);
  /* Pretty-printed with two spaces; shortest doubles. */
  g_assert_true (g_str_has_prefix (text, "{\n  \"format\" : \"peak-one-workspace\",\n"));
  g_assert_nonnull (strstr (text, "\"gross_margin\" : 0.75,"));
  g_assert_nonnull (strstr (text, "\"probability\" : 0.6,"));
  g_assert_null (strstr (text, "0000000"));

  accounts = json_object_get_array_member (root, "accounts");
  g_assert_cmpuint (json_array_get_length (accounts), ==, 2);
  acme = json_array_get_object_element (accounts, 0);
  zeta = json_array_get_object_element (accounts, 1);
  g_assert_cmpstr (json_object_get_string_member (acme, "id"), ==, "acme");
  account_names = member_names (acme);
  g_assert_cmpstr (account_names, ==,
                   "id,name,segment,touch,owner,signed_on,renewal_on,renewal_forecast,tags,notes,"
                   "entities,contacts,subscriptions,tracks,health,touchpoints,nps,billing,churn,"
                   "tasks,plan");
  tags = json_object_get_array_member (acme, "tags");
  g_assert_cmpstr (json_array_get_string_element (tags, 0), ==, "beta");

  /* Sorted by date; integer cents. */
  subs = json_object_get_array_member (acme, "subscriptions");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (subs, 0), "start"),
                   ==, "2024-01-15");
  g_assert_true (json_object_get_null_member (json_array_get_object_element (subs, 1), "end"));
  g_assert_cmpint (json_node_get_value_type (json_object_get_member (json_array_get_object_element (subs, 0),
                                                                     "mrr_cents")), ==, G_TYPE_INT64);
  nps = json_object_get_array_member (acme, "nps");
  g_assert_true (json_object_get_null_member (json_array_get_object_element (nps, 0), "contact"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (nps, 1), "contact"),
                   ==, "c1");

  g_assert_true (json_object_get_null_member (acme, "churn"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (zeta, "churn"),
                                                  "category"), ==, "structural");
}

static void
test_round_trip (IoFixture     *f,
                 gconstpointer  data)
{
  g_autofree char *first = NULL, *second = NULL;
  g_autoptr(PoStore) copy = io_fixture_new_store (f, "copy.peakone");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PoImportResult) result = po_import_result_new ();
  g_autoptr(GError) error = NULL;

  io_fixture_fill (f->store);
  first = io_fixture_export (f->store);
  bytes = g_bytes_new_static (first, strlen (first));
  g_assert_true (po_import_bytes (copy, bytes, "first.json", NULL, result, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result->n_accounts, ==, 2);
  g_assert_cmpuint (result->n_warnings, ==, 0);

  second = io_fixture_export (copy);
  g_assert_cmpstr (first, ==, second);
}

static void
test_timestamp (IoFixture     *f,
                gconstpointer  data)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  const char *text;

  g_setenv ("PO_EXPORT_TIMESTAMP", "2001-02-03T04:05:06Z", TRUE);
  g_assert_true (po_export_to_stream (f->store, out, NULL, NULL, &error));
  g_unsetenv ("PO_EXPORT_TIMESTAMP");
  g_assert_no_error (error);
  g_output_stream_write_all (out, "", 1, NULL, NULL, NULL);
  text = g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out));
  g_assert_nonnull (strstr (text, "\"exported_at\" : \"2001-02-03T04:05:06Z\""));
  /* An empty workspace still has the default settings and catalog. */
  g_assert_nonnull (strstr (text, "\"accounts\" : [],"));
  g_assert_nonnull (strstr (text, "\"code\" : \"operator\""));
}

static void
test_file_atomic (IoFixture     *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "out.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  PoExportOptions options = { IO_FIXTURE_STAMP, NULL, NULL };

  io_fixture_fill (f->store);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_cancellable_cancel (cancellable);
  g_assert_false (po_export_to_file (f->store, path, &options, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_clear_pointer (&contents, g_free);
  g_clear_error (&error);

  g_assert_true (po_export_to_file (f->store, path, &options, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "{\n"));
}

static void
test_journey_map_one (IoFixture     *f,
                      gconstpointer  data)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) again = g_memory_output_stream_new_resizable ();
  g_autoptr(PoStore) copy = io_fixture_new_store (f, "copy.peakone");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;

  io_fixture_fill (f->store);
  g_assert_true (po_journey_map_export_one (f->store, "custom", out, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_close (out, NULL, NULL);
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  g_assert_true (g_str_has_prefix (g_bytes_get_data (bytes, NULL),
                                   "{\n  \"format\" : \"peak-one-journey-map\",\n  \"version\" : 1,\n"));

  g_assert_true (po_journey_map_import_one (copy, bytes, "map.json", PO_IMPORT_MERGE_REPLACE, &key, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (key, ==, "custom");
  g_assert_true (po_journey_map_export_one (copy, "custom", again, NULL, &error));
  g_output_stream_close (again, NULL, NULL);
  {
    g_autoptr(GBytes) second = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (again));
    g_assert_true (g_bytes_equal (bytes, second));
  }

  /* A workspace document is not a map document. */
  g_assert_false (po_journey_map_import_one (copy, g_bytes_new_static ("{\"format\":\"peak-one-workspace\",\"version\":1}", 43),
                                             "ws.json", PO_IMPORT_MERGE_REPLACE, NULL, &error));
  g_assert_error (error, PO_IMPORT_ERROR, PO_IMPORT_ERROR_FORMAT);
}

#if HAVE_DEMO
static void
test_demo_round_trip (IoFixture     *f,
                      gconstpointer  data)
{
  PoDemoOptions options;
  g_autofree char *first = NULL, *second = NULL;
  g_autoptr(PoStore) copy = io_fixture_new_store (f, "copy.peakone");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  po_demo_options_init (&options);
  options.accounts = 40;
  options.years = 2;
  g_assert_true (po_demo_generate (f->store, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  first = io_fixture_export (f->store);
  bytes = g_bytes_new_static (first, strlen (first));
  g_assert_true (po_import_bytes (copy, bytes, "demo.json", NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  second = io_fixture_export (copy);
  g_assert_cmpuint (strlen (first), ==, strlen (second));
  g_assert_cmpstr (first, ==, second);
}
#endif

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, IoFixture, NULL, io_fixture_setup, func, io_fixture_teardown)
  ADD ("/core/export/shape", test_shape);
  ADD ("/core/export/round-trip", test_round_trip);
  ADD ("/core/export/timestamp", test_timestamp);
  ADD ("/core/export/file-atomic", test_file_atomic);
  ADD ("/core/export/journey-map-one", test_journey_map_one);
#if HAVE_DEMO
  ADD ("/core/export/demo-round-trip", test_demo_round_trip);
#endif
#undef ADD

  return g_test_run ();
}
