/* test-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "po-csv-import.h"
#include "test-import-fixture.h"

static void
test_cents (void)
{
  static const struct { const char *text; gint64 cents; } good[] = {
    { "1.234,56", 123456 }, { "1234,56", 123456 }, { "1,234.56", 123456 }, { "1234.56", 123456 },
    { "299", 29900 }, { "299,5", 29950 }, { "2.499", 249900 }, { " 12 € ", 1200 }, { "1 234,00", 123400 },
    { "0", 0 },
  };
  static const char * const bad[] = { "-5", "", "abc", "1,2,3", "12.34.56", "1.23456", "1,2345.00", "€" };
  gint64 cents;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_test_message ("%s", good[i].text);
      g_assert_true (po_csv_parse_cents (good[i].text, &cents));
      g_assert_cmpint (cents, ==, good[i].cents);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("%s", bad[i]);
      g_assert_false (po_csv_parse_cents (bad[i], &cents));
    }
}

static void
test_days (void)
{
  PoDay a, b;

  g_assert_true (po_csv_parse_day ("2024-01-15", &a));
  g_assert_true (po_csv_parse_day ("15.01.2024", &b));
  g_assert_cmpuint (a, ==, b);
  g_assert_false (po_csv_parse_day ("31.02.2024", &a));
  g_assert_false (po_csv_parse_day ("2024-02-30", &a));
  g_assert_false (po_csv_parse_day ("1.1.2024", &a));
}

static void
test_preview (void)
{
  g_autoptr(GBytes) semi = g_bytes_new_static ("Kunde;Name;Segment;Vertragsbeginn\nacme;\"A;B\";smb;15.01.2024\nb;B;smb;2024-01-02\n", 77);
  g_autoptr(GBytes) plain = g_bytes_new_static ("acme,ACME,smb,2024-01-15\n", 25);
  g_autoptr(PoCsvPreview) p = NULL;
  g_autoptr(PoCsvPreview) q = NULL;
  int mapping[PO_CSV_N_FIELDS];

  p = po_csv_preview (semi, 1, NULL);
  g_assert_nonnull (p);
  g_assert_cmpint (p->delimiter, ==, ';');
  g_assert_true (p->has_header);
  g_assert_cmpstr (p->header[0], ==, "Kunde");
  g_assert_cmpuint (p->rows->len, ==, 1);
  g_assert_cmpstr (((char **) p->rows->pdata[0])[1], ==, "A;B");
  g_assert_cmpint (po_csv_guess_target (p), ==, PO_CSV_TARGET_ACCOUNTS);
  po_csv_guess_mapping (p, PO_CSV_TARGET_ACCOUNTS, mapping);
  g_assert_cmpint (mapping[PO_CSV_FIELD_ACCOUNT], ==, 0);
  g_assert_cmpint (mapping[PO_CSV_FIELD_SIGNED_ON], ==, 3);
  g_assert_cmpint (mapping[PO_CSV_FIELD_OWNER], ==, -1);

  q = po_csv_preview (plain, 10, NULL);
  g_assert_false (q->has_header);
  g_assert_cmpint (q->delimiter, ==, ',');
}

static void
test_import (IoFixture     *f,
             gconstpointer  data)
{
  const char *accounts = "id,name,segment,signed_on\nnew1,New One,Mid-market,01.02.2024\nnew2,New Two,smb,2024-03-01\n";
  const char *lines = "account;plan;betrag;beginn;ende\nnew1;operator;299,00;01.02.2024;\nnew2;Manager;\"1.998,00\";2024-03-01;2025-03-01\n";
  const char *bad = "account,item,mrr,start\nnew1,operator,12.5.5,2024-01-01\nghost,operator,1,2024-01-01\nnew2,gold,1,2024-01-01\n";
  g_autoptr(GBytes) a = g_bytes_new_static (accounts, strlen (accounts));
  g_autoptr(GBytes) l = g_bytes_new_static (lines, strlen (lines));
  g_autoptr(GBytes) b = g_bytes_new_static (bad, strlen (bad));
  g_autoptr(PoCsvPreview) preview = NULL;
  g_autoptr(GPtrArray) errors = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(PoAccount) new1 = NULL;
  g_autoptr(GPtrArray) new1_lines = NULL;
  int mapping[PO_CSV_N_FIELDS];
  guint n = 0;
  PoCsvRowError *e;

  preview = po_csv_preview (a, 5, &error);
  po_csv_guess_mapping (preview, PO_CSV_TARGET_ACCOUNTS, mapping);
  g_assert_true (po_csv_import (f->store, a, "a.csv", PO_CSV_TARGET_ACCOUNTS, mapping, NULL, NULL, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  new1 = po_store_find_account (f->store, "new1", NULL);
  g_assert_cmpint (new1->segment, ==, PO_SEGMENT_MID_MARKET);
  g_assert_cmpint (new1->touch, ==, PO_TOUCH_LOW);

  g_clear_pointer (&preview, po_csv_preview_free);
  preview = po_csv_preview (l, 5, &error);
  g_assert_cmpint (po_csv_guess_target (preview), ==, PO_CSV_TARGET_SUBSCRIPTIONS);
  po_csv_guess_mapping (preview, PO_CSV_TARGET_SUBSCRIPTIONS, mapping);
  g_assert_true (po_csv_import (f->store, l, "l.csv", PO_CSV_TARGET_SUBSCRIPTIONS, mapping, NULL, NULL, &n, NULL, &error));
  g_assert_no_error (error);
  new1_lines = po_store_list_subscription_line (f->store, new1->id, NULL);
  g_assert_cmpuint (new1_lines->len, ==, 1);
  g_assert_cmpint (((PoSubscriptionLine *) new1_lines->pdata[0])->mrr_cents, ==, 29900);

  /* All or nothing, with one error per bad row. */
  before = io_fixture_export (f->store);
  g_clear_pointer (&preview, po_csv_preview_free);
  preview = po_csv_preview (b, 5, &error);
  po_csv_guess_mapping (preview, PO_CSV_TARGET_SUBSCRIPTIONS, mapping);
  g_assert_false (po_csv_import (f->store, b, "b.csv", PO_CSV_TARGET_SUBSCRIPTIONS, mapping, NULL, &errors, NULL, NULL, &error));
  g_assert_error (error, PO_IMPORT_ERROR, PO_IMPORT_ERROR_INVALID);
  g_assert_cmpuint (errors->len, ==, 3);
  e = errors->pdata[0];
  g_assert_cmpuint (e->row, ==, 2);
  g_assert_cmpuint (e->column, ==, 3);
  e = errors->pdata[1];
  g_assert_cmpuint (e->row, ==, 3);
  g_assert_cmpuint (e->column, ==, 1);
  e = errors->pdata[2];
  g_assert_cmpuint (e->column, ==, 2);
  after = io_fixture_export (f->store);
  g_assert_cmpstr (before, ==, after);

  /* Required fields must be mapped. */
  g_clear_error (&error);
  mapping[PO_CSV_FIELD_MRR] = -1;
  g_assert_false (po_csv_import (f->store, b, "b.csv", PO_CSV_TARGET_SUBSCRIPTIONS, mapping, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, PO_IMPORT_ERROR, PO_IMPORT_ERROR_FORMAT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/csv/cents", test_cents);
  g_test_add_func ("/core/csv/days", test_days);
  g_test_add_func ("/core/csv/preview", test_preview);
  g_test_add ("/core/csv/import", IoFixture, NULL, io_fixture_setup, test_import, io_fixture_teardown);

  return g_test_run ();
}
