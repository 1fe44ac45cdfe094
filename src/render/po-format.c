/* po-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-format"

#include "config.h"

#include "po-format.h"

#include <float.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#define NULL_TEXT "\xe2\x80\x94" /* — */

typedef struct
{
  const char *language;
  const char *decimal_point;
  const char *thousands_sep;
  gboolean    currency_after;
  gboolean    percent_space;
  const char *compact_suffix[4];
  gboolean    compact_space;
  const char *month_abbr[12];
} LanguageStyle;

/* Locale data, not messages: kept here rather than in the .po files so a
 * chart exported for a German audience looks the same on every machine. */
static const LanguageStyle language_styles[] = {
  { "en", ".", ",", FALSE, FALSE, { "", "k", "M", "B" }, FALSE,
    { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" } },
  { "de", ",", ".", TRUE, TRUE, { "", "Tsd.", "Mio.", "Mrd." }, TRUE,
    { "Jan", "Feb", "M\xc3\xa4r", "Apr", "Mai", "Jun",
      "Jul", "Aug", "Sep", "Okt", "Nov", "Dez" } },
};

static const struct
{
  const char *code;
  const char *symbol;
} currency_symbols[] = {
  { "EUR", "\xe2\x82\xac" },
  { "USD", "$" },
  { "GBP", "\xc2\xa3" },
  { "JPY", "\xc2\xa5" },
  { "CHF", "CHF" },
};

static void
copy_field (char       *dest,
            gsize       dest_size,
            const char *src)
{
  g_strlcpy (dest, src, dest_size);
}

void
po_number_style_for_language (PoNumberStyle *style,
                              const char    *language)
{
  const LanguageStyle *ls = &language_styles[0];
  char lang[8] = { 0 };

  g_return_if_fail (style != NULL);

  if (language != NULL)
    {
      gsize i;

      for (i = 0; i < sizeof lang - 1 && language[i] != '\0'; i++)
        {
          char c = language[i];

          if (c == '_' || c == '-' || c == '.' || c == '@' || c == ':')
            break;
          lang[i] = g_ascii_tolower (c);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (language_styles); i++)
    {
      if (strcmp (language_styles[i].language, lang) == 0)
        {
          ls = &language_styles[i];
          break;
        }
    }

  memset (style, 0, sizeof *style);
  copy_field (style->language, sizeof style->language, ls->language);
  copy_field (style->decimal_point, sizeof style->decimal_point, ls->decimal_point);
  copy_field (style->thousands_sep, sizeof style->thousands_sep, ls->thousands_sep);
  style->currency_after = ls->currency_after;
  style->percent_space = ls->percent_space;
  style->compact_space = ls->compact_space;
  for (guint i = 0; i < 4; i++)
    copy_field (style->compact_suffix[i], sizeof style->compact_suffix[i], ls->compact_suffix[i]);
  for (guint i = 0; i < 12; i++)
    copy_field (style->month_abbr[i], sizeof style->month_abbr[i], ls->month_abbr[i]);
  po_number_style_set_currency (style, "EUR");
}

static gboolean
is_c_locale (const char *name)
{
  return name == NULL || name[0] == '\0' ||
         strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0 ||
         g_str_has_prefix (name, "C.");
}

/* The language of the number locale: LC_ALL, LC_NUMERIC, LANG in that
 * order (the C library's own precedence), then the first entry of
 * LANGUAGE when the number locale is the plain C locale. */
void
po_number_style_default (PoNumberStyle *style)
{
  const char *name = setlocale (LC_NUMERIC, NULL);
  static const char * const vars[] = { "LC_ALL", "LC_NUMERIC", "LANG" };

  if (is_c_locale (name))
    {
      name = NULL;
      for (guint i = 0; i < G_N_ELEMENTS (vars) && name == NULL; i++)
        {
          const char *value = g_getenv (vars[i]);

          if (value != NULL && value[0] != '\0')
            name = value;
        }
    }

  if (is_c_locale (name))
    {
      const char *language = g_getenv ("LANGUAGE");

      name = NULL;
      if (language != NULL && language[0] != '\0')
        name = language;
    }

  po_number_style_for_language (style, is_c_locale (name) ? "en" : name);
}

void
po_number_style_set_currency (PoNumberStyle *style,
                              const char    *currency_code)
{
  const char *symbol = currency_code;

  g_return_if_fail (style != NULL);

  if (currency_code == NULL || currency_code[0] == '\0')
    symbol = "EUR";

  for (guint i = 0; i < G_N_ELEMENTS (currency_symbols); i++)
    {
      if (g_ascii_strcasecmp (currency_symbols[i].code, symbol) == 0)
        {
          symbol = currency_symbols[i].symbol;
          break;
        }
    }

  copy_field (style->currency_symbol, sizeof style->currency_symbol, symbol);
}

static void
append_grouped (GString             *out,
                const PoNumberStyle *style,
                guint64              units)
{
  char digits[32];
  gsize len;

  len = (gsize) g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, units);
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, style->thousands_sep);
      g_string_append_c (out, digits[i]);
    }
}

static void
append_fixed (GString             *out,
              const PoNumberStyle *style,
              guint64              scaled,
              int                  decimals)
{
  guint64 pow10 = 1;

  for (int i = 0; i < decimals; i++)
    pow10 *= 10;

  append_grouped (out, style, scaled / pow10);
  if (decimals > 0)
    g_string_append_printf (out, "%s%0*" G_GUINT64_FORMAT,
                            style->decimal_point, decimals, scaled % pow10);
}

/* Rounds |value| half away from zero to @decimals places and returns the
 * result scaled by 10^decimals; FALSE when it does not fit. */
static gboolean
scale_round (double   value,
             int      decimals,
             guint64 *scaled)
{
  double s = fabs (value) * pow (10.0, decimals);

  if (!isfinite (s) || s >= 9.0e18)
    return FALSE;
  /* Nudge so that 0.125 stored as 0.12499999 still rounds up. */
  *scaled = (guint64) floor (s + 0.5 + s * 4 * DBL_EPSILON);
  return TRUE;
}

static char *
format_fixed (const PoNumberStyle *style,
              double               value,
              int                  decimals)
{
  GString *out;
  guint64 scaled;

  decimals = CLAMP (decimals, 0, 9);
  if (isnan (value))
    return g_strdup (NULL_TEXT);
  if (!scale_round (value, decimals, &scaled))
    return g_strdup (value < 0 ? "-\xe2\x88\x9e" : "\xe2\x88\x9e");

  out = g_string_new (NULL);
  if (value < 0 && scaled > 0)
    g_string_append_c (out, '-');
  append_fixed (out, style, scaled, decimals);
  return g_string_free (out, FALSE);
}

char *
po_format_number (const PoNumberStyle *style,
                  double               value,
                  int                  decimals)
{
  g_return_val_if_fail (style != NULL, NULL);

  return format_fixed (style, value, decimals);
}

static gboolean
symbol_is_word (const PoNumberStyle *style)
{
  return g_unichar_isalpha (g_utf8_get_char (style->currency_symbol));
}

/* Wraps an unsigned amount in the currency symbol and the sign. */
static char *
wrap_currency (const PoNumberStyle *style,
               gboolean             negative,
               const char          *amount)
{
  const char *sign = negative ? "-" : "";

  if (style->currency_after)
    return g_strdup_printf ("%s%s %s", sign, amount, style->currency_symbol);
  else if (symbol_is_word (style))
    return g_strdup_printf ("%s%s %s", sign, style->currency_symbol, amount);
  else
    return g_strdup_printf ("%s%s%s", sign, style->currency_symbol, amount);
}

static guint64
abs_cents (gint64 cents)
{
  return cents < 0 ? (guint64) (-(cents + 1)) + 1 : (guint64) cents;
}

char *
po_format_currency (const PoNumberStyle *style,
                    gint64               cents)
{
  g_autoptr(GString) amount = NULL;
  guint64 a;

  g_return_val_if_fail (style != NULL, NULL);

  if (cents == PO_FORMAT_NULL_CENTS)
    return g_strdup (NULL_TEXT);

  a = abs_cents (cents);
  amount = g_string_new (NULL);
  append_fixed (amount, style, a, 2);
  return wrap_currency (style, cents < 0, amount->str);
}

/* Whole currency units, rounded half away from zero. */
char *
po_format_currency_whole (const PoNumberStyle *style,
                          gint64               cents)
{
  g_autoptr(GString) amount = NULL;
  guint64 units;

  g_return_val_if_fail (style != NULL, NULL);

  if (cents == PO_FORMAT_NULL_CENTS)
    return g_strdup (NULL_TEXT);

  units = (abs_cents (cents) + 50) / 100;
  amount = g_string_new (NULL);
  append_grouped (amount, style, units);
  return wrap_currency (style, cents < 0 && units > 0, amount->str);
}

int
po_format_compact_exponent (PoValueKind kind,
                            double      magnitude)
{
  double m = fabs (magnitude);

  if (kind == PO_VALUE_PERCENT || !isfinite (m))
    return 0;
  if (kind == PO_VALUE_CURRENCY)
    m /= 100.0;
  if (m >= 1e9)
    return 9;
  if (m >= 1e6)
    return 6;
  if (m >= 1e3)
    return 3;
  return 0;
}

static char *
format_scaled (const PoNumberStyle *style,
               PoValueKind          kind,
               double               value,
               int                  exponent,
               int                  decimals,
               gboolean             trim)
{
  g_autoptr(GString) amount = g_string_new (NULL);
  const char *suffix;
  double v;
  guint64 scaled;
  gboolean negative;

  if (isnan (value))
    return g_strdup (NULL_TEXT);

  exponent = CLAMP (exponent / 3 * 3, 0, 9);
  decimals = CLAMP (decimals, 0, 6);

  if (kind == PO_VALUE_PERCENT)
    return po_format_percent (style, value, decimals);

  v = kind == PO_VALUE_CURRENCY ? value / 100.0 : value;
  v /= pow (10.0, exponent);
  if (!scale_round (v, decimals, &scaled))
    return g_strdup (value < 0 ? "-\xe2\x88\x9e" : "\xe2\x88\x9e");

  /* zero needs no scale: "0 €", not "0 Tsd. €" */
  if (scaled == 0)
    {
      exponent = 0;
      decimals = 0;
    }

  if (trim)
    {
      while (decimals > 0 && scaled % 10 == 0)
        {
          scaled /= 10;
          decimals--;
        }
    }

  negative = value < 0 && scaled > 0;
  append_fixed (amount, style, scaled, decimals);
  suffix = style->compact_suffix[exponent / 3];
  if (suffix[0] != '\0')
    {
      if (style->compact_space)
        g_string_append_c (amount, ' ');
      g_string_append (amount, suffix);
    }

  if (kind == PO_VALUE_CURRENCY)
    return wrap_currency (style, negative, amount->str);

  if (negative)
    g_string_prepend_c (amount, '-');
  return g_string_free (g_steal_pointer (&amount), FALSE);
}

/* Formats @value divided by 10^@exponent (0, 3, 6 or 9) with exactly
 * @decimals places, for axis labels that share one scale. */
char *
po_format_value_scaled (const PoNumberStyle *style,
                        PoValueKind          kind,
                        double               value,
                        int                  exponent,
                        int                  decimals)
{
  g_return_val_if_fail (style != NULL, NULL);

  return format_scaled (style, kind, value, exponent, decimals, FALSE);
}

static char *
format_compact (const PoNumberStyle *style,
                PoValueKind          kind,
                double               value)
{
  double units = kind == PO_VALUE_CURRENCY ? value / 100.0 : value;
  int exponent = po_format_compact_exponent (kind, value);
  double scaled = fabs (units) / pow (10.0, exponent);
  int decimals = exponent > 0 && scaled < 99.95 ? 1 : 0;

  /* 999 950 is "1 M", not "1,000 k". */
  if (exponent < 9 && exponent > 0 && round (scaled) >= 1000.0)
    {
      exponent += 3;
      decimals = 1;
    }
  else if (exponent == 0 && round (fabs (units)) >= 1000.0)
    {
      exponent = 3;
      decimals = 1;
    }

  return format_scaled (style, kind, value, exponent, decimals, TRUE);
}

/* Short forms for axes and tight labels: "12,5 Tsd. €" / "€12.5k". */
char *
po_format_currency_compact (const PoNumberStyle *style,
                            double               cents)
{
  g_return_val_if_fail (style != NULL, NULL);

  return format_compact (style, PO_VALUE_CURRENCY, cents);
}

char *
po_format_percent (const PoNumberStyle *style,
                   double               fraction,
                   int                  decimals)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (style != NULL, NULL);

  if (isnan (fraction))
    return g_strdup (NULL_TEXT);

  number = format_fixed (style, fraction * 100.0, decimals);
  return g_strconcat (number, style->percent_space ? " %" : "%", NULL);
}

/* The full form used in text: currency in whole units, percent with one
 * decimal, numbers with as many decimals as they need (up to two). */
char *
po_format_value (const PoNumberStyle *style,
                 PoValueKind          kind,
                 double               value)
{
  g_return_val_if_fail (style != NULL, NULL);

  if (isnan (value))
    return g_strdup (NULL_TEXT);

  switch (kind)
    {
    case PO_VALUE_CURRENCY:
      if (fabs (value) >= 9.0e18)
        return format_fixed (style, value, 0);
      return po_format_currency_whole (style, (gint64) llround (value));

    case PO_VALUE_PERCENT:
      return po_format_percent (style, value, 1);

    case PO_VALUE_NUMBER:
    default:
      if (fabs (value - round (value)) < 1e-9)
        return format_fixed (style, value, 0);
      if (fabs (value * 10 - round (value * 10)) < 1e-9)
        return format_fixed (style, value, 1);
      return format_fixed (style, value, 2);
    }
}

char *
po_format_value_compact (const PoNumberStyle *style,
                         PoValueKind          kind,
                         double               value)
{
  g_return_val_if_fail (style != NULL, NULL);

  if (isnan (value))
    return g_strdup (NULL_TEXT);

  if (kind == PO_VALUE_PERCENT)
    {
      double p = value * 100.0;

      return po_format_percent (style, value, fabs (p - round (p)) < 0.05 ? 0 : 1);
    }

  return format_compact (style, kind, value);
}

char *
po_format_month (const PoNumberStyle *style,
                 int                  month_index,
                 PoMonthFormat        format)
{
  int year = po_month_index_year (month_index);
  int month = po_month_index_month (month_index);

  g_return_val_if_fail (style != NULL, NULL);

  switch (format)
    {
    case PO_MONTH_FORMAT_SHORT:
      return g_strdup (style->month_abbr[month - 1]);
    case PO_MONTH_FORMAT_QUARTER:
      return g_strdup_printf ("Q%d", (month - 1) / 3 + 1);
    case PO_MONTH_FORMAT_QUARTER_YEAR:
      return g_strdup_printf ("Q%d %d", (month - 1) / 3 + 1, year);
    case PO_MONTH_FORMAT_YEAR:
      return g_strdup_printf ("%d", year);
    case PO_MONTH_FORMAT_SHORT_YEAR:
    default:
      return g_strdup_printf ("%s %d", style->month_abbr[month - 1], year);
    }
}
