/* po-metrics-explain.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The explanation record, the KPI names, the policies line and the
 * locale-neutral number formatting; the formulas themselves are in
 * po-metrics-explain-kpis.c.
 */

#define G_LOG_DOMAIN "po-metrics-explain"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "po-metrics-explain-private.h"

static const char * const kpi_nicks[PO_N_KPIS] = {
  "mrr", "movements", "nrr_12m", "grr_12m", "nre", "logo_churn_rate",
  "gross_mrr_churn_rate", "quick_ratio", "arpa", "clv", "nps_12m",
};

static const char * const kpi_titles[PO_N_KPIS] = {
  N_("Monthly recurring revenue"),
  N_("MRR movements"),
  N_("Net revenue retention, 12 months"),
  N_("Gross revenue retention, 12 months"),
  N_("Net revenue expansion"),
  N_("Logo churn rate"),
  N_("Gross MRR churn rate"),
  N_("Quick ratio"),
  N_("Average revenue per account"),
  N_("Customer lifetime value"),
  N_("Net promoter score, 12 months"),
};

const char *
po_kpi_nick (PoKpi kpi)
{
  g_return_val_if_fail (kpi < PO_N_KPIS, NULL);
  return kpi_nicks[kpi];
}

gboolean
po_kpi_from_nick (const char *nick,
                  PoKpi      *kpi)
{
  g_return_val_if_fail (nick != NULL, FALSE);

  for (guint k = 0; k < PO_N_KPIS; k++)
    if (g_str_equal (nick, kpi_nicks[k]))
      {
        if (kpi != NULL)
          *kpi = k;
        return TRUE;
      }
  return FALSE;
}

const char *
po_kpi_title (PoKpi kpi)
{
  g_return_val_if_fail (kpi < PO_N_KPIS, NULL);
  return _(kpi_titles[kpi]);
}

/* Digits of @scaled (>= 0) with @decimals of them after the decimal mark
 * and the integer part grouped by three. */
static char *
format_scaled (guint64 scaled,
               int     decimals,
               gboolean negative)
{
  /* TRANSLATORS: the decimal mark of numbers in formulas: "," in German. */
  const char *mark = C_("decimal separator", ".");
  /* TRANSLATORS: the thousands separator of numbers in formulas: "." in German. */
  const char *group = C_("thousands separator", ",");
  g_autofree char *digits = NULL;
  GString *out = g_string_new (negative ? "−" : "");
  guint64 pow = 1;
  gsize n;

  for (int i = 0; i < decimals; i++)
    pow *= 10;
  digits = g_strdup_printf ("%" G_GUINT64_FORMAT, scaled / pow);
  n = strlen (digits);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (out, group);
      g_string_append_c (out, digits[i]);
    }
  if (decimals > 0)
    g_string_append_printf (out, "%s%0*" G_GUINT64_FORMAT, mark, decimals, scaled % pow);
  return g_string_free (out, FALSE);
}

char *
po_explain_format_number (double value,
                          int    decimals)
{
  double scale = 1;

  g_return_val_if_fail (decimals >= 0 && decimals <= 6, NULL);

  if (!isfinite (value))
    return g_strdup ("—");
  for (int i = 0; i < decimals; i++)
    scale *= 10;
  return format_scaled ((guint64) llround (fabs (value) * scale), decimals,
                        llround (fabs (value) * scale) != 0 && value < 0);
}

char *
po_explain_format_percent (double ratio,
                           int    decimals)
{
  g_autofree char *number = po_explain_format_number (ratio * 100.0, decimals);

  /* TRANSLATORS: a percentage in a formula; %s is the number. */
  return g_strdup_printf (C_("percent", "%s %%"), number);
}

static const char *
currency_symbol (const char *currency)
{
  static const struct { const char *code, *symbol; } symbols[] = {
    { "EUR", "€" }, { "USD", "$" }, { "GBP", "£" }, { "CHF", "CHF" },
  };

  for (guint i = 0; currency != NULL && i < G_N_ELEMENTS (symbols); i++)
    if (g_str_equal (currency, symbols[i].code))
      return symbols[i].symbol;
  return currency != NULL ? currency : "";
}

char *
po_explain_format_cents (gint64      cents,
                         const char *currency)
{
  g_autofree char *amount = NULL;
  guint64 abs_cents = cents < 0 ? (guint64) 0 - (guint64) cents : (guint64) cents;

  amount = format_scaled (abs_cents, 2, cents < 0);
  /* TRANSLATORS: money in a formula: the amount, then the currency symbol.
   * Use "%2$s%1$s" to put the symbol first. */
  return g_strdup_printf (C_("money", "%1$s %2$s"), amount, currency_symbol (currency));
}

char *
_po_explain_cents (PoMetrics *metrics,
                   gint64     cents)
{
  return po_explain_format_cents (cents, metrics->settings.currency);
}

char *
_po_explain_month (PoMonth month)
{
  return po_month_format (month);
}

char *
_po_explain_sub (const char *name,
                 PoMonth     month)
{
  static const char * const sub_digits[10] = {
    "₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉",
  };
  g_autofree char *text = po_month_format (month);
  GString *out = g_string_new (name);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append (out, sub_digits[*p - '0']);
      else
        g_string_append (out, "₋");
    }
  return g_string_free (out, FALSE);
}

static void
term_free (gpointer data)
{
  PoExplanationTerm *t = data;

  g_free (t->key);
  g_free (t->label);
  g_free (t->text);
  g_clear_pointer (&t->account_ids, g_array_unref);
  g_free (t);
}

PoExplanationTerm *
_po_explanation_add_term (PoExplanation *self,
                          const char    *key,
                          const char    *label,
                          PoTermUnit     unit,
                          gint64         amount,
                          double         value,
                          char          *text,
                          GArray        *ids)
{
  PoExplanationTerm *t = g_new0 (PoExplanationTerm, 1);

  t->key = g_strdup (key);
  t->label = g_strdup (label);
  t->unit = unit;
  t->amount = amount;
  t->value = value;
  t->text = text;
  t->account_ids = ids != NULL ? ids : g_array_new (FALSE, FALSE, sizeof (gint64));
  g_ptr_array_add (self->terms, t);
  return t;
}

static char *
policies_text (const PoSettings *s)
{
  g_autofree char *window = NULL;

  if (s->reactivation_window_days > 0)
    window = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Reactivation window: %d day (a later return counts as new)",
                                           "Reactivation window: %d days (a later return counts as new)",
                                           s->reactivation_window_days),
                              s->reactivation_window_days);
  else
    window = g_strdup (_("Reactivation window: none (any earlier activity makes a return a reactivation)"));

  return g_strdup_printf ("%s · %s", window,
                          s->quick_ratio_includes_reactivation
                          ? _("Quick ratio includes reactivation")
                          : _("Quick ratio excludes reactivation"));
}

void
po_explanation_free (PoExplanation *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_free (self->value_text);
  g_free (self->formula);
  g_free (self->policies);
  g_clear_pointer (&self->terms, g_ptr_array_unref);
  g_free (self);
}

const PoExplanationTerm *
po_explanation_find_term (const PoExplanation *self,
                          const char          *key)
{
  g_return_val_if_fail (self != NULL && key != NULL, NULL);

  for (guint i = 0; i < self->terms->len; i++)
    {
      const PoExplanationTerm *t = g_ptr_array_index (self->terms, i);

      if (g_str_equal (t->key, key))
        return t;
    }
  return NULL;
}

PoExplanation *
po_metrics_explain (PoMetrics  *metrics,
                    PoStore    *store,
                    PoKpi       kpi,
                    PoMonth     month,
                    GError    **error)
{
  g_autoptr(PoExplanation) self = NULL;

  g_return_val_if_fail (metrics != NULL, NULL);
  g_return_val_if_fail (store == NULL || PO_IS_STORE (store), NULL);
  g_return_val_if_fail (kpi < PO_N_KPIS, NULL);
  g_return_val_if_fail (month <= po_metrics_get_last_month (metrics), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (PoExplanation, 1);
  self->kpi = kpi;
  self->month = month;
  self->title = g_strdup (po_kpi_title (kpi));
  self->terms = g_ptr_array_new_with_free_func (term_free);
  self->reactivation_window_days = metrics->settings.reactivation_window_days;
  self->quick_ratio_includes_reactivation = metrics->settings.quick_ratio_includes_reactivation;
  self->policies = policies_text (&metrics->settings);

  if (!_po_explain_kpi (self, metrics, store, error))
    return NULL;
  return g_steal_pointer (&self);
}
