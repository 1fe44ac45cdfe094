/* po-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-date"

#include "config.h"

#include "po-date.h"

#include <string.h>

static gboolean
parse_digits (const char *text,
              guint       n,
              int        *value)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      v = v * 10 + (text[i] - '0');
    }
  *value = v;
  return TRUE;
}

/* Strict ISO 8601 calendar date: exactly YYYY-MM-DD, a day that exists. */
gboolean
po_day_parse (const char *text,
              PoDay      *day)
{
  int y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (!parse_digits (text, 4, &y) || !parse_digits (text + 5, 2, &m) ||
      !parse_digits (text + 8, 2, &d))
    return FALSE;
  if (y < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  if (day != NULL)
    *day = po_day_from_ymd (y, m, d);
  return TRUE;
}

PoDay
po_day_from_ymd (int year,
                 int month,
                 int mday)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_dmy (mday, month, year), PO_DAY_NONE);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, mday, month, year);
  return g_date_get_julian (&date);
}

void
po_day_to_ymd (PoDay  day,
               int   *year,
               int   *month,
               int   *mday)
{
  GDate date;

  g_return_if_fail (day != PO_DAY_NONE);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  if (year)
    *year = g_date_get_year (&date);
  if (month)
    *month = g_date_get_month (&date);
  if (mday)
    *mday = g_date_get_day (&date);
}

void
po_day_format_buf (PoDay day,
                   char  buf[PO_DATE_BUF_SIZE])
{
  int y, m, d;

  if (day == PO_DAY_NONE)
    {
      buf[0] = '\0';
      return;
    }
  po_day_to_ymd (day, &y, &m, &d);
  g_snprintf (buf, PO_DATE_BUF_SIZE, "%04d-%02d-%02d", y, m, d);
}

char *
po_day_format (PoDay day)
{
  char buf[PO_DATE_BUF_SIZE];

  if (day == PO_DAY_NONE)
    return NULL;
  po_day_format_buf (day, buf);
  return g_strdup (buf);
}

PoDay
po_day_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return po_day_from_ymd (g_date_time_get_year (now),
                          g_date_time_get_month (now),
                          g_date_time_get_day_of_month (now));
}

/* Same day of month, clamped to the month's last day (Jan 31 + 1 = Feb 28). */
PoDay
po_day_add_months (PoDay day,
                   int   months)
{
  int y, m, d;
  PoMonth target;
  PoDay last;

  po_day_to_ymd (day, &y, &m, &d);
  target = y * 12 + (m - 1) + months;
  last = po_month_last_day (target);
  if (d > (int) g_date_get_days_in_month (po_month_number (target), po_month_year (target)))
    return last;
  return po_day_from_ymd (po_month_year (target), po_month_number (target), d);
}

PoMonth
po_month_of_day (PoDay day)
{
  int y, m;

  po_day_to_ymd (day, &y, &m, NULL);
  return y * 12 + (m - 1);
}

int
po_month_year (PoMonth month)
{
  return month / 12;
}

int
po_month_number (PoMonth month)
{
  return month % 12 + 1;
}

PoDay
po_month_first_day (PoMonth month)
{
  return po_day_from_ymd (po_month_year (month), po_month_number (month), 1);
}

PoDay
po_month_last_day (PoMonth month)
{
  int y = po_month_year (month);
  int m = po_month_number (month);

  return po_day_from_ymd (y, m, g_date_get_days_in_month (m, y));
}

/* Strict YYYY-MM. */
gboolean
po_month_parse (const char *text,
                PoMonth    *month)
{
  int y, m;

  if (text == NULL || strlen (text) != 7 || text[4] != '-')
    return FALSE;
  if (!parse_digits (text, 4, &y) || !parse_digits (text + 5, 2, &m))
    return FALSE;
  if (y < 1 || m < 1 || m > 12)
    return FALSE;
  if (month != NULL)
    *month = y * 12 + (m - 1);
  return TRUE;
}

char *
po_month_format (PoMonth month)
{
  return g_strdup_printf ("%04d-%02d", po_month_year (month), po_month_number (month));
}
