/* po-mrr-movements.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MRR movements (DESIGN.md §3), per account and month, with p = MRR at the
 * end of the month before and c = MRR at the month's end:
 *   p = 0 < c   new, or reactivation when the account was active at an
 *               earlier month end (see below);
 *   p > 0 = c   churn (−p);
 *   0 < p < c   expansion (c − p);  0 < c < p  contraction (p − c).
 * So new + expansion + reactivation − contraction − churn = ΔMRR exactly.
 *
 * Reactivation window (setting reactivation_window_days = N): let L be the
 * last month before m with MRR > 0. N = 0: any such L makes the return a
 * reactivation. N > 0: the return is a reactivation when
 *   return_day − last_day(L) <= N,
 * where return_day is the earliest start date of the account's lines with
 * positive MRR that count at m's end but did not count at the end of m − 1
 * (the day the account came back); a later return is new.
 */

#define G_LOG_DOMAIN "po-metrics"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "po-metrics-private.h"

static gboolean
line_counts (const PoMetricsLine *line,
             PoDay                month_end)
{
  return line->start_on <= month_end && (line->end_on == PO_DAY_NONE || line->end_on > month_end);
}

PoDay
_po_metrics_return_day (PoMetrics *self,
                        guint      index,
                        PoMonth    month)
{
  const PoMetricsAccount *acc = &self->accounts[index];
  PoDay end = po_month_last_day (month);
  PoDay prev_end = po_month_last_day (month - 1);
  PoDay day = PO_DAY_NONE;

  for (guint l = 0; l < acc->n_lines; l++)
    {
      const PoMetricsLine *line = &self->lines[acc->first_line + l];

      if (line->mrr_cents > 0 && line_counts (line, end) && !line_counts (line, prev_end) &&
          (day == PO_DAY_NONE || line->start_on < day))
        day = line->start_on;
    }
  return day;
}

void
_po_metrics_classify (PoMetrics *self)
{
  guint n = self->n_months;
  int window = self->settings.reactivation_window_days;

  self->month_mrr = g_new0 (gint64, MAX (n, 1));
  self->month_active = g_new0 (guint, MAX (n, 1));
  self->month_movements = g_new0 (PoMovements, MAX (n, 1));

  for (guint a = 0; a < self->n_accounts; a++)
    {
      const gint64 *row = self->mrr + (gsize) a * n;
      guint8 *kinds = self->movement + (gsize) a * n;
      int last_active = -1;         /* month index of the last MRR > 0 */

      for (guint m = 0; m < n; m++)
        {
          gint64 p = m > 0 ? row[m - 1] : 0;
          gint64 c = row[m];
          PoMovements *mv = &self->month_movements[m];
          PoMovementKind kind = PO_MOVEMENT_NONE;

          self->month_mrr[m] += c;
          if (p > 0 && c <= 0)
            {
              kind = PO_MOVEMENT_CHURN;
              mv->churn_cents += p;
            }
          else if (p <= 0 && c > 0)
            {
              gboolean react = last_active >= 0;

              if (react && window > 0)
                {
                  PoMonth month = self->first + m;
                  PoDay back = _po_metrics_return_day (self, a, month);
                  PoDay gone = po_month_last_day (self->first + last_active);

                  react = back != PO_DAY_NONE && (gint64) back - (gint64) gone <= window;
                }
              kind = react ? PO_MOVEMENT_REACTIVATION : PO_MOVEMENT_NEW;
              if (react)
                mv->reactivation_cents += c;
              else
                mv->new_cents += c;
            }
          else if (p > 0 && c > p)
            {
              kind = PO_MOVEMENT_EXPANSION;
              mv->expansion_cents += c - p;
            }
          else if (p > 0 && c < p)
            {
              kind = PO_MOVEMENT_CONTRACTION;
              mv->contraction_cents += p - c;
            }
          if (c > 0)
            {
              self->month_active[m]++;
              last_active = m;
            }
          kinds[m] = kind;
          mv->n[kind]++;
        }
    }
}

static const char * const movement_nicks[PO_N_MOVEMENTS] = {
  "none", "new", "expansion", "contraction", "churn", "reactivation",
};

static const char * const movement_labels[PO_N_MOVEMENTS] = {
  N_("No change"), N_("New"), N_("Expansion"), N_("Contraction"), N_("Churn"), N_("Reactivation"),
};

const char *
po_movement_kind_nick (PoMovementKind kind)
{
  g_return_val_if_fail (kind < PO_N_MOVEMENTS, NULL);
  return movement_nicks[kind];
}

const char *
po_movement_kind_label (PoMovementKind kind)
{
  g_return_val_if_fail (kind < PO_N_MOVEMENTS, NULL);
  return _(movement_labels[kind]);
}
