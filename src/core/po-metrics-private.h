/* po-metrics-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-metrics.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  mrr_cents;
  PoDay   start_on;
  PoDay   end_on;               /* exclusive; PO_DAY_NONE = open */
} PoMetricsLine;

typedef struct
{
  gint64     id;
  char      *key;
  PoSegment  segment;
  PoDay      signed_on;
  guint      first_line;        /* into PoMetrics.lines */
  guint      n_lines;
} PoMetricsAccount;

struct _PoMetrics
{
  PoSettings         settings;
  PoMonth            first;     /* first month of the range */
  PoMonth            last;
  guint              n_months;  /* last − first + 1, or 0 */

  PoMetricsAccount  *accounts;
  guint              n_accounts;
  PoMetricsLine     *lines;
  guint              n_lines;

  /* n_accounts × n_months, row-major by account. */
  gint64            *mrr;
  guint8            *movement;

  /* per month */
  gint64            *month_mrr;
  guint             *month_active;
  PoMovements       *month_movements;

  /* NPS responses by date, with running counts for O(log n) periods. */
  PoDay             *nps_days;
  guint             *nps_promoters;   /* prefix counts, n_nps + 1 entries */
  guint             *nps_detractors;
  guint              n_nps;

  /* health band per account and month (PO_HEALTH_BAND_*), or NULL */
  guint8            *health_band;
};

static inline gint64
_po_metrics_cell (PoMetrics *self,
                  guint      index,
                  PoMonth    month)
{
  if (self->n_months == 0 || month < self->first)
    return 0;
  return self->mrr[(gsize) index * self->n_months + (month - self->first)];
}

/* Julian day (as GDate counts, 1 = 0001-01-01) of a trusted ISO
 * YYYY-MM-DD text: the store's CHECK constraints guarantee the format, so
 * the bulk readers skip GDate. PO_DAY_NONE for NULL or a malformed text. */
static inline PoDay
_po_metrics_parse_day (const unsigned char *t)
{
  int y, m, d, era, yoe, doy, doe;

  if (t == NULL || t[4] != '-' || t[7] != '-')
    return PO_DAY_NONE;
  y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
  m = (t[5] - '0') * 10 + (t[6] - '0');
  d = (t[8] - '0') * 10 + (t[9] - '0');
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > 31)
    return PO_DAY_NONE;
  /* H. Hinnant's days_from_civil, shifted so 1970-01-01 is 719163. */
  y -= m <= 2;
  era = y / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return (PoDay) (era * 146097 + doe - 719468 + 719163);
}

/* Month of a day without GDate (inverse of the above). */
PoMonth  _po_metrics_month_of_day   (PoDay       day);

/* po-mrr-movements.c */
void     _po_metrics_classify       (PoMetrics  *self);
/* The day account @index came back in @month: the earliest start of its
 * positive lines counted at @month's end but not at the end of the month
 * before. */
PoDay    _po_metrics_return_day     (PoMetrics  *self,
                                     guint       index,
                                     PoMonth     month);

/* po-metrics.c */
gboolean _po_metrics_load_health    (PoMetrics  *self,
                                     PoStore    *store,
                                     GError    **error);

G_END_DECLS
