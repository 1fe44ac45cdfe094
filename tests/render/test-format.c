/* test-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "po-format.h"

static PoNumberStyle de, en;

#define EURO "\xe2\x82\xac"
#define DASH "\xe2\x80\x94"

static void
check (char       *got,
       const char *expected)
{
  g_assert_cmpstr (got, ==, expected);
  g_free (got);
}

static void
test_currency_german (void)
{
  check (po_format_currency (&de, 123456), "1.234,56 " EURO);
  check (po_format_currency (&de, 0), "0,00 " EURO);
  check (po_format_currency (&de, 5), "0,05 " EURO);
  check (po_format_currency (&de, 123456789012), "1.234.567.890,12 " EURO);
  check (po_format_currency (&de, 99), "0,99 " EURO);
}

static void
test_currency_english (void)
{
  check (po_format_currency (&en, 123456), EURO "1,234.56");
  check (po_format_currency (&en, 100), EURO "1.00");
  check (po_format_currency (&en, 100000000), EURO "1,000,000.00");
}

static void
test_currency_negative (void)
{
  check (po_format_currency (&de, -123456), "-1.234,56 " EURO);
  check (po_format_currency (&en, -123456), "-" EURO "1,234.56");
  check (po_format_currency (&de, G_MININT64 + 1), "-92.233.720.368.547.758,07 " EURO);
  check (po_format_currency_whole (&de, -49), "0 " EURO);
  check (po_format_currency_whole (&de, -50), "-1 " EURO);
}

static void
test_currency_whole_rounding (void)
{
  check (po_format_currency_whole (&de, 123449), "1.234 " EURO);
  check (po_format_currency_whole (&de, 123450), "1.235 " EURO);
  check (po_format_currency_whole (&en, 1234567), EURO "12,346");
  check (po_format_currency_whole (&en, -123450), "-" EURO "1,235");
}

static void
test_currency_null (void)
{
  check (po_format_currency (&de, PO_FORMAT_NULL_CENTS), DASH);
  check (po_format_currency_whole (&en, PO_FORMAT_NULL_CENTS), DASH);
  check (po_format_currency_compact (&en, NAN), DASH);
  check (po_format_percent (&de, NAN, 1), DASH);
  check (po_format_value (&de, PO_VALUE_CURRENCY, NAN), DASH);
}

static void
test_currency_symbol (void)
{
  PoNumberStyle style = en;

  po_number_style_set_currency (&style, "USD");
  check (po_format_currency (&style, 123456), "$1,234.56");
  po_number_style_set_currency (&style, "CHF");
  check (po_format_currency (&style, 123456), "CHF 1,234.56");
  po_number_style_set_currency (&style, "XYZ");
  check (po_format_currency (&style, 100), "XYZ 1.00");

  style = de;
  po_number_style_set_currency (&style, "usd");
  check (po_format_currency (&style, 123456), "1.234,56 $");
}

static void
test_compact (void)
{
  check (po_format_currency_compact (&de, 1250000), "12,5 Tsd. " EURO);
  check (po_format_currency_compact (&en, 1250000), EURO "12.5k");
  check (po_format_currency_compact (&de, 120000000), "1,2 Mio. " EURO);
  check (po_format_currency_compact (&en, 120000000), EURO "1.2M");
  check (po_format_currency_compact (&en, 95000), EURO "950");
  check (po_format_currency_compact (&en, 1000000), EURO "10k");
  check (po_format_currency_compact (&en, 12500000), EURO "125k");
  check (po_format_currency_compact (&en, 99995000), EURO "1M");
  check (po_format_currency_compact (&en, 99940000), EURO "999k");
  check (po_format_currency_compact (&en, 9994000), EURO "99.9k");
  check (po_format_currency_compact (&en, -1250000), "-" EURO "12.5k");
  check (po_format_currency_compact (&de, -1250000), "-12,5 Tsd. " EURO);
  check (po_format_currency_compact (&de, 0), "0 " EURO);
  check (po_format_currency_compact (&en, 250000000000), EURO "2.5B");
  check (po_format_value_compact (&de, PO_VALUE_NUMBER, 12500), "12,5 Tsd.");
  check (po_format_value_compact (&en, PO_VALUE_NUMBER, 12500), "12.5k");
  check (po_format_value_compact (&en, PO_VALUE_NUMBER, 999.6), "1k");
}

static void
test_scaled (void)
{
  check (po_format_value_scaled (&de, PO_VALUE_CURRENCY, 250000, 3, 1), "2,5 Tsd. " EURO);
  check (po_format_value_scaled (&de, PO_VALUE_CURRENCY, 500000, 3, 1), "5,0 Tsd. " EURO);
  check (po_format_value_scaled (&en, PO_VALUE_CURRENCY, 0, 3, 1), EURO "0");
  check (po_format_value_scaled (&en, PO_VALUE_PERCENT, 0.25, 0, 0), "25%");
}

static void
test_percent (void)
{
  check (po_format_percent (&de, 1.234, 1), "123,4 %");
  check (po_format_percent (&en, 1.234, 1), "123.4%");
  check (po_format_percent (&en, -0.05, 1), "-5.0%");
  check (po_format_percent (&de, 0.00049, 1), "0,0 %");
  check (po_format_percent (&en, -0.0004, 1), "0.0%");
  check (po_format_percent (&en, 0.12345, 2), "12.35%");
  check (po_format_percent (&en, 1.2, 0), "120%");
  check (po_format_percent (&en, 12.5, 0), "1,250%");
  check (po_format_value (&de, PO_VALUE_PERCENT, 1.2), "120,0 %");
}

static void
test_number (void)
{
  check (po_format_number (&de, 1234.5, 1), "1.234,5");
  check (po_format_number (&en, 1234.5, 0), "1,235");
  check (po_format_number (&en, 2.675, 2), "2.68");
  check (po_format_number (&en, -0.4, 0), "0");
  check (po_format_number (&en, NAN, 2), DASH);
  check (po_format_value (&en, PO_VALUE_NUMBER, 42), "42");
  check (po_format_value (&en, PO_VALUE_NUMBER, 4.5), "4.5");
  check (po_format_value (&de, PO_VALUE_NUMBER, 4.25), "4,25");
}

static void
test_month (void)
{
  int m = po_month_index (2024, 3);

  g_assert_cmpint (po_month_index_year (m), ==, 2024);
  g_assert_cmpint (po_month_index_month (m), ==, 3);
  check (po_format_month (&de, m, PO_MONTH_FORMAT_SHORT_YEAR), "M\xc3\xa4r 2024");
  check (po_format_month (&en, m, PO_MONTH_FORMAT_SHORT), "Mar");
  check (po_format_month (&en, po_month_index (2024, 12), PO_MONTH_FORMAT_QUARTER_YEAR), "Q4 2024");
  check (po_format_month (&de, po_month_index (2025, 1), PO_MONTH_FORMAT_QUARTER), "Q1");
  check (po_format_month (&en, po_month_index (2025, 1), PO_MONTH_FORMAT_YEAR), "2025");
  check (po_format_month (&en, po_month_index (2024, 12), PO_MONTH_FORMAT_SHORT_YEAR), "Dec 2024");
}

static void
test_language_parsing (void)
{
  PoNumberStyle style;

  po_number_style_for_language (&style, "de_AT.UTF-8@euro");
  g_assert_cmpstr (style.language, ==, "de");
  g_assert_cmpstr (style.decimal_point, ==, ",");
  po_number_style_for_language (&style, "en_GB");
  g_assert_cmpstr (style.language, ==, "en");
  po_number_style_for_language (&style, "xx");
  g_assert_cmpstr (style.language, ==, "en");
  po_number_style_for_language (&style, NULL);
  g_assert_cmpstr (style.decimal_point, ==, ".");
}

static void
test_default_style (void)
{
  PoNumberStyle style;

  /* The tests run with LC_ALL=C.UTF-8; then LANGUAGE decides. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "de_DE:en", TRUE);
  po_number_style_default (&style);
  g_assert_cmpstr (style.language, ==, "de");

  g_setenv ("LC_ALL", "en_US.UTF-8", TRUE);
  po_number_style_default (&style);
  g_assert_cmpstr (style.language, ==, "en");

  g_setenv ("LC_ALL", "C", TRUE);
  g_unsetenv ("LANGUAGE");
  po_number_style_default (&style);
  g_assert_cmpstr (style.language, ==, "en");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  po_number_style_for_language (&de, "de");
  po_number_style_for_language (&en, "en");

  g_test_add_func ("/render/format/currency/german", test_currency_german);
  g_test_add_func ("/render/format/currency/english", test_currency_english);
  g_test_add_func ("/render/format/currency/negative", test_currency_negative);
  g_test_add_func ("/render/format/currency/whole-rounding", test_currency_whole_rounding);
  g_test_add_func ("/render/format/currency/null", test_currency_null);
  g_test_add_func ("/render/format/currency/symbol", test_currency_symbol);
  g_test_add_func ("/render/format/compact", test_compact);
  g_test_add_func ("/render/format/scaled", test_scaled);
  g_test_add_func ("/render/format/percent", test_percent);
  g_test_add_func ("/render/format/number", test_number);
  g_test_add_func ("/render/format/month", test_month);
  g_test_add_func ("/render/format/language-parsing", test_language_parsing);
  g_test_add_func ("/render/format/default-style", test_default_style);

  return g_test_run ();
}
