/* po-chart-data-drill.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tooltips and drill-down: the exact figures and the accounts behind
 * what lies under the pointer.
 */

#define G_LOG_DOMAIN "po-chart-data"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "po-chart-data-private.h"

static char *
month_label (const PoNumberStyle *numbers,
             int                  month)
{
  return po_format_month (numbers, month, PO_MONTH_FORMAT_SHORT_YEAR);
}

static void
append_value (GString             *out,
              const PoNumberStyle *numbers,
              const char          *label,
              PoValueKind          kind,
              double               value)
{
  g_autofree char *text = isfinite (value) ? po_format_value (numbers, kind, value) : g_strdup ("—");

  if (out->len > 0)
    g_string_append_c (out, '\n');
  /* Translators: a tooltip line, "New: 1.234,00 €" */
  g_string_append_printf (out, _("%s: %s"), label, text);
}

static char *
line_text (PoChartData         *self,
           const PoChartHit    *hit,
           const PoNumberStyle *numbers)
{
  const PoChartLine *line = &self->u.line;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *month = month_label (numbers, hit->month);
  int i = hit->month - line->first_month;

  g_string_append (out, month);
  for (guint s = 0; s < line->n_series; s++)
    {
      const PoChartSeries *series = &line->series[s];

      if (series->x != NULL)
        {
          if ((int) s == hit->series)
            append_value (out, numbers, series->label, line->kind, series->values[hit->index]);
          continue;
        }
      if (i >= 0 && (guint) i < line->n_months)
        append_value (out, numbers, series->label, line->kind, series->values[i]);
    }
  if (line->has_target && line->target_label != NULL)
    append_value (out, numbers, line->target_label, line->kind, line->target);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
bars_text (PoChartData         *self,
           const PoChartHit    *hit,
           const PoNumberStyle *numbers)
{
  const PoChartBars *bars = &self->u.bars;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *month = month_label (numbers, hit->month);
  int i = hit->index;
  PoMonthSummary sum = { 0 };

  if (i < 0 || (guint) i >= bars->n_months)
    return NULL;
  if (self->source != NULL)
    po_chart_source_summary (self->source, hit->month, self->segment, &sum);

  g_string_append (out, month);
  for (guint s = 0; s < bars->n_series; s++)
    {
      g_autofree char *value = po_format_value (numbers, bars->kind, bars->series[s].values[i]);
      guint n = sum.movements.n[self->series_tag[s]];

      g_string_append_c (out, '\n');
      if (hit->series == (int) s)
        g_string_append (out, "▸ ");
      g_string_append_printf (out,
                              /* Translators: "Expansion: 1.200,00 € (3 accounts)" */
                              g_dngettext (GETTEXT_PACKAGE, "%s: %s (%u account)",
                                           "%s: %s (%u accounts)", n),
                              bars->series[s].label, value, n);
    }
  if (bars->net != NULL)
    append_value (out, numbers, bars->net_label ? bars->net_label : _("Net"), bars->kind, bars->net[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
distribution_text (PoChartData         *self,
                   const PoChartHit    *hit,
                   const PoNumberStyle *numbers)
{
  const PoChartDistribution *dist = &self->u.distribution;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *month = month_label (numbers, hit->month);
  int i = hit->index;
  double total = 0;

  if (i < 0 || (guint) i >= dist->n_months)
    return NULL;
  for (guint s = 0; s < dist->n_series; s++)
    total += dist->series[s].values[i];

  g_string_append (out, month);
  for (guint s = dist->n_series; s-- > 0;)
    {
      double count = dist->series[s].values[i];
      g_autofree char *share = po_format_percent (numbers, total > 0 ? count / total : 0, 1);

      g_string_append_c (out, '\n');
      if (hit->series == (int) s)
        g_string_append (out, "▸ ");
      /* Translators: "Green: 31 (77.5 %)" */
      g_string_append_printf (out, _("%s: %.0f (%s)"), dist->series[s].label, count, share);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
heatmap_text (PoChartData         *self,
              const PoChartHit    *hit,
              const PoNumberStyle *numbers)
{
  const PoChartHeatmap *heat = &self->u.heatmap;
  g_autofree char *cohort = NULL;
  g_autofree char *value = NULL;

  if (hit->row < 0 || (guint) hit->row >= heat->n_rows)
    return NULL;
  cohort = month_label (numbers, heat->row_months[hit->row]);
  value = isfinite (hit->value) ? po_format_percent (numbers, hit->value, 1) : g_strdup ("—");
  return g_strdup_printf (
    /* Translators: "Cohort Mar 2024 (12 accounts)\nMonth 3: 87.5 %" */
    g_dngettext (GETTEXT_PACKAGE, "Cohort %s (%u account)\nMonth %d: %s",
                 "Cohort %s (%u accounts)\nMonth %d: %s",
                 heat->row_sizes ? heat->row_sizes[hit->row] : 0),
    cohort, heat->row_sizes ? heat->row_sizes[hit->row] : 0, hit->index, value);
}

static char *
renewal_text (PoChartData         *self,
              const PoChartHit    *hit,
              const PoNumberStyle *numbers)
{
  const PoChartRenewals *ren = &self->u.renewals;
  const PoRenewalMark *m;
  char date[PO_DATE_BUF_SIZE];
  g_autofree char *mrr = NULL;

  if (hit->index < 0 || (guint) hit->index >= ren->n_marks)
    return NULL;
  m = &ren->marks[hit->index];
  po_day_format_buf (ren->reference_day + m->days, date);
  mrr = po_format_currency (numbers, (gint64) llround (m->mrr_cents));
  return g_strdup_printf (
    /* Translators: "ACME GmbH\nRenews on 2026-12-04, in 11 days\nLikely · 2.499,00 € MRR" */
    g_dngettext (GETTEXT_PACKAGE, "%s\nRenews on %s, in %d day\n%s · %s MRR",
                 "%s\nRenews on %s, in %d days\n%s · %s MRR", m->days),
    m->label ? m->label : "", date, m->days,
    po_enum_label (&po_forecast_enum, m->forecast), mrr);
}

char *
po_chart_data_hit_text (PoChartData         *self,
                        const PoChartHit    *hit,
                        const PoNumberStyle *numbers)
{
  PoNumberStyle fallback;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (hit != NULL, NULL);

  if (numbers == NULL)
    {
      po_number_style_default (&fallback);
      numbers = &fallback;
    }

  switch (self->kind)
    {
    case PO_CHART_KIND_LINE:
      return line_text (self, hit, numbers);
    case PO_CHART_KIND_BARS:
      return bars_text (self, hit, numbers);
    case PO_CHART_KIND_DISTRIBUTION:
      return distribution_text (self, hit, numbers);
    case PO_CHART_KIND_HEATMAP:
      return heatmap_text (self, hit, numbers);
    case PO_CHART_KIND_RENEWALS:
      return renewal_text (self, hit, numbers);
    case PO_CHART_KIND_SPARKLINE:
    default:
      {
        g_autofree char *month = month_label (numbers, hit->month);
        g_autofree char *value = isfinite (hit->value)
                                 ? po_format_value (numbers, self->u.sparkline.kind, hit->value)
                                 : g_strdup ("—");

        /* Translators: "Mar 2024: 12,5 %" */
        return g_strdup_printf (_("%s: %s"), month, value);
      }
    }
}

/* Drill-down */

typedef struct
{
  gint64 id;
  gint64 mrr;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a, *rb = b;

  if (ra->mrr != rb->mrr)
    return (rb->mrr > ra->mrr) - (rb->mrr < ra->mrr);
  return (ra->id > rb->id) - (ra->id < rb->id);
}

typedef gboolean (*AccountFilter) (PoChartSource *source,
                                   guint          index,
                                   PoMonth        month,
                                   int            tag);

static gboolean
filter_active (PoChartSource *source, guint index, PoMonth month, int tag)
{
  return po_metrics_account_mrr (source->metrics, index, month) > 0;
}

static gboolean
filter_movement (PoChartSource *source, guint index, PoMonth month, int tag)
{
  PoMovementKind kind = po_metrics_account_movement (source->metrics, index, month);

  return tag < 0 ? kind != PO_MOVEMENT_NONE : (int) kind == tag;
}

static gboolean
filter_base (PoChartSource *source, guint index, PoMonth month, int tag)
{
  return po_metrics_account_mrr (source->metrics, index, month - 12) > 0;
}

static gboolean
filter_band (PoChartSource *source, guint index, PoMonth month, int tag)
{
  return po_metrics_account_mrr (source->metrics, index, month) > 0 &&
         (int) _po_chart_source_band (source, index, month) == tag;
}

static gboolean
filter_cohort (PoChartSource *source, guint index, PoMonth month, int tag)
{
  /* @tag is the cohort month, @month the month at the cell's age */
  return source->first_active[index] == tag &&
         po_metrics_account_mrr (source->metrics, index, month) > 0;
}

static GArray *
collect (PoChartData   *self,
         PoMonth        month,
         AccountFilter  filter,
         int            tag)
{
  PoChartSource *source = self->source;
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (Ranked));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (month < source->first || month > source->last)
    return ids;

  for (guint a = 0; a < source->n_accounts; a++)
    {
      Ranked r;

      if (!_po_chart_source_in_segment (source, a, self->segment) || !filter (source, a, month, tag))
        continue;
      r.id = po_metrics_get_account_id (source->metrics, a);
      r.mrr = MAX (po_metrics_account_mrr (source->metrics, a, month),
                   po_metrics_account_mrr (source->metrics, a, month - 1));
      g_array_append_val (ranked, r);
    }
  g_array_sort (ranked, compare_ranked);
  for (guint i = 0; i < ranked->len; i++)
    g_array_append_val (ids, g_array_index (ranked, Ranked, i).id);
  return ids;
}

GArray *
po_chart_data_hit_accounts (PoChartData      *self,
                            const PoChartHit *hit)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (hit != NULL, NULL);

  if (self->source == NULL)
    return g_array_new (FALSE, FALSE, sizeof (gint64));

  switch (self->id)
    {
    case PO_CHART_MRR:
      return collect (self, hit->month, filter_active, 0);
    case PO_CHART_MOVEMENTS:
      return collect (self, hit->month, filter_movement,
                      hit->series >= 0 ? self->series_tag[hit->series] : -1);
    case PO_CHART_QUICK_RATIO:
      return collect (self, hit->month, filter_movement, -1);
    case PO_CHART_LOGO_CHURN:
      return collect (self, hit->month, filter_movement, PO_MOVEMENT_CHURN);
    case PO_CHART_RETENTION:
      return collect (self, hit->month, filter_base, 0);
    case PO_CHART_HEALTH_DISTRIBUTION:
      if (hit->series < 0)
        return collect (self, hit->month, filter_active, 0);
      return collect (self, hit->month, filter_band, self->series_tag[hit->series]);
    case PO_CHART_REVENUE_COHORTS:
    case PO_CHART_LOGO_COHORTS:
      if (hit->row < 0 || (guint) hit->row >= self->u.heatmap.n_rows)
        break;
      return collect (self, self->u.heatmap.row_months[hit->row] + hit->index, filter_cohort,
                      self->u.heatmap.row_months[hit->row]);
    case PO_CHART_RENEWALS:
      if (hit->index >= 0 && (guint) hit->index < self->u.renewals.n_marks)
        {
          GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

          g_array_append_val (ids, self->u.renewals.marks[hit->index].account_id);
          return ids;
        }
      break;
    case PO_N_CHARTS:
    default:
      break;
    }
  return g_array_new (FALSE, FALSE, sizeof (gint64));
}
