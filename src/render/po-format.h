/* po-format.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A null amount of money (an undefined KPI such as CLV with no churn). */
#define PO_FORMAT_NULL_CENTS G_MININT64

/* What a chart value means; currency values are in cents, percent values
 * are fractions (1.234 = 123.4 %). */
typedef enum
{
  PO_VALUE_NUMBER,
  PO_VALUE_CURRENCY,
  PO_VALUE_PERCENT,
} PoValueKind;

/* How numbers, money and months are written in one language. Plain data,
 * copy it freely. Build it with po_number_style_for_language() so output
 * does not depend on the process locale, or po_number_style_default(). */
typedef struct
{
  char     language[8];
  char     decimal_point[8];
  char     thousands_sep[8];
  char     currency_symbol[16];
  gboolean currency_after;       /* "1.234,56 €" rather than "€1,234.56" */
  gboolean percent_space;        /* "12,5 %" rather than "12.5%" */
  char     compact_suffix[4][16]; /* units, thousands, millions, billions */
  gboolean compact_space;        /* "12,5 Tsd." rather than "12.5k" */
  char     month_abbr[12][16];
} PoNumberStyle;

typedef enum
{
  PO_MONTH_FORMAT_SHORT,         /* "Mar" */
  PO_MONTH_FORMAT_SHORT_YEAR,    /* "Mar 2024" */
  PO_MONTH_FORMAT_QUARTER,       /* "Q1" */
  PO_MONTH_FORMAT_QUARTER_YEAR,  /* "Q1 2024" */
  PO_MONTH_FORMAT_YEAR,          /* "2024" */
} PoMonthFormat;

void     po_number_style_for_language   (PoNumberStyle       *style,
                                         const char          *language);
void     po_number_style_default        (PoNumberStyle       *style);
void     po_number_style_set_currency   (PoNumberStyle       *style,
                                         const char          *currency_code);

char    *po_format_number               (const PoNumberStyle *style,
                                         double               value,
                                         int                  decimals);
char    *po_format_currency             (const PoNumberStyle *style,
                                         gint64               cents);
char    *po_format_currency_whole       (const PoNumberStyle *style,
                                         gint64               cents);
char    *po_format_currency_compact     (const PoNumberStyle *style,
                                         double               cents);
char    *po_format_percent              (const PoNumberStyle *style,
                                         double               fraction,
                                         int                  decimals);
char    *po_format_value                (const PoNumberStyle *style,
                                         PoValueKind          kind,
                                         double               value);
char    *po_format_value_compact        (const PoNumberStyle *style,
                                         PoValueKind          kind,
                                         double               value);
char    *po_format_value_scaled         (const PoNumberStyle *style,
                                         PoValueKind          kind,
                                         double               value,
                                         int                  exponent,
                                         int                  decimals);
int      po_format_compact_exponent     (PoValueKind          kind,
                                         double               magnitude);
char    *po_format_month                (const PoNumberStyle *style,
                                         int                  month_index,
                                         PoMonthFormat        format);

static inline int
po_month_index (int year,
                int month)
{
  return year * 12 + (month - 1);
}

static inline int
po_month_index_year (int month_index)
{
  return month_index >= 0 ? month_index / 12 : -((-month_index + 11) / 12);
}

static inline int
po_month_index_month (int month_index)
{
  return month_index - po_month_index_year (month_index) * 12 + 1;
}

G_END_DECLS
