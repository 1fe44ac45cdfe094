/* po-date.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Days are Julian day numbers as GDate counts them (1 = 0001-01-01);
 * 0 means "no date". Months are indices year * 12 + (month - 1). */
typedef guint32 PoDay;
typedef gint32  PoMonth;

#define PO_DAY_NONE ((PoDay) 0)
#define PO_DATE_BUF_SIZE 11

gboolean  po_day_parse          (const char *text,
                                 PoDay      *day);
char     *po_day_format         (PoDay       day);
void      po_day_format_buf     (PoDay       day,
                                 char        buf[PO_DATE_BUF_SIZE]);
PoDay     po_day_from_ymd       (int         year,
                                 int         month,
                                 int         mday);
void      po_day_to_ymd         (PoDay       day,
                                 int        *year,
                                 int        *month,
                                 int        *mday);
PoDay     po_day_today          (void);
PoDay     po_day_add_months     (PoDay       day,
                                 int         months);

PoMonth   po_month_of_day       (PoDay       day);
PoDay     po_month_first_day    (PoMonth     month);
PoDay     po_month_last_day     (PoMonth     month);
gboolean  po_month_parse        (const char *text,
                                 PoMonth    *month);
char     *po_month_format       (PoMonth     month);
int       po_month_year         (PoMonth     month);
int       po_month_number       (PoMonth     month);

G_END_DECLS
