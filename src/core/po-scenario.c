/* po-scenario.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-scenario"

#include "config.h"

#include "po-scenario.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "po-scenario-private.h"

G_DEFINE_QUARK (po-scenario-error-quark, po_scenario_error)
G_DEFINE_BOXED_TYPE (PoScenarioPathStep, po_scenario_path_step,
                     po_scenario_path_step_copy, po_scenario_path_step_free)
G_DEFINE_BOXED_TYPE (PoScenario, po_scenario, po_scenario_ref, po_scenario_unref)

static void
rate_clear (gpointer data)
{
  PoScenarioRateEntry *rate = data;

  g_clear_pointer (&rate->code, g_free);
}

static GArray *
rates_new (void)
{
  GArray *rates = g_array_new (FALSE, TRUE, sizeof (PoScenarioRateEntry));

  g_array_set_clear_func (rates, rate_clear);
  return rates;
}

/* Returns the index of @code, or the insertion point as -(index + 1). */
static int
rates_find (const GArray *rates,
            const char   *code)
{
  for (guint i = 0; i < rates->len; i++)
    {
      int cmp = strcmp (g_array_index (rates, PoScenarioRateEntry, i).code, code);

      if (cmp == 0)
        return (int) i;
      if (cmp > 0)
        return -((int) i + 1);
    }

  return -((int) rates->len + 1);
}

static void
rates_set (GArray     *rates,
           const char *code,
           double      value)
{
  int pos = rates_find (rates, code);

  if (pos >= 0)
    {
      g_array_index (rates, PoScenarioRateEntry, pos).value = value;
    }
  else
    {
      PoScenarioRateEntry rate = { g_strdup (code), value };

      g_array_insert_val (rates, (guint) (-pos - 1), rate);
    }
}

static char **
rates_dup_codes (const GArray *rates)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < rates->len; i++)
    g_strv_builder_add (builder, g_array_index (rates, PoScenarioRateEntry, i).code);

  return g_strv_builder_end (builder);
}

static gboolean
is_probability (double p)
{
  return isfinite (p) && p >= 0.0 && p <= 1.0;
}

static gboolean
lookup_kind (const PoScenarioCatalog *catalog,
             const char              *code,
             PoItemKind               want,
             gint64                  *mrr_cents,
             const char              *where,
             GError                 **error)
{
  PoItemKind kind;

  if (!po_scenario_catalog_lookup (catalog, code, &kind, mrr_cents))
    {
      g_set_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_UNKNOWN_ITEM,
                   _("%s: unknown catalog item “%s”"), where, code);
      return FALSE;
    }

  if (kind != want)
    {
      g_set_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID,
                   want == PO_ITEM_TIER
                   ? _("%s: “%s” is an add-on, not a tier")
                   : _("%s: “%s” is a tier, not an add-on"),
                   where, code);
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_steps (const GPtrArray         *steps,
                const PoScenarioCatalog *catalog,
                const char              *where,
                GError                 **error)
{
  gint64 last_upgrade = G_MININT64;

  for (guint i = 0; i < steps->len; i++)
    {
      const PoScenarioPathStep *step = g_ptr_array_index (steps, i);
      g_autofree char *at = g_strdup_printf ("%s[%u]", where, i);
      gint64 price = 0;

      if (step->item == NULL)
        {
          g_set_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID,
                       _("%s: the step has no item"), at);
          return FALSE;
        }

      if (!lookup_kind (catalog, step->item,
                        step->action == PO_ACTION_UPGRADE
                        ? PO_ITEM_TIER : PO_ITEM_ADDON,
                        &price, at, error))
        return FALSE;

      if (step->from_month < 0 || step->from_month > step->to_month)
        {
          g_set_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID,
                       _("%s: the window %d–%d is not a range of months of age"),
                       at, step->from_month, step->to_month);
          return FALSE;
        }

      if (!is_probability (step->probability))
        {
          g_set_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID,
                       _("%s: the probability must lie between 0 and 1"), at);
          return FALSE;
        }

      if (step->action == PO_ACTION_UPGRADE)
        {
          if (price <= last_upgrade)
            {
              g_set_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID,
                           _("%s: upgrade targets on a path must rise in price"), at);
              return FALSE;
            }
          last_upgrade = price;
        }
    }

  return TRUE;
}

static gboolean
validate_rates (const GArray            *rates,
                const PoScenarioCatalog *catalog,
                gboolean                 probabilities,
                const char              *where,
                GError                 **error)
{
  for (guint i = 0; i < rates->len; i++)
    {
      const PoScenarioRateEntry *rate = &g_array_index (rates, PoScenarioRateEntry, i);
      g_autofree char *at = g_strdup_printf ("%s.%s", where, rate->code);

      if (!lookup_kind (catalog, rate->code, PO_ITEM_TIER, NULL, at, error))
        return FALSE;

      if (probabilities ? !is_probability (rate->value)
                        : !(isfinite (rate->value) && rate->value >= 0.0))
        {
          g_set_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID,
                       probabilities
                       ? _("%s: the probability must lie between 0 and 1")
                       : _("%s: the count must not be negative"),
                       at);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
po_scenario_month_index_parse (const char *text,
                               int        *month_index)
{
  guint64 year, month;
  char *end = NULL;

  g_return_val_if_fail (month_index != NULL, FALSE);

  if (text == NULL || strlen (text) != 7 || text[4] != '-' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[5]))
    return FALSE;

  year = g_ascii_strtoull (text, &end, 10);
  if (end != text + 4 || year < 1)
    return FALSE;

  month = g_ascii_strtoull (text + 5, &end, 10);
  if (end != text + 7 || month < 1 || month > 12)
    return FALSE;

  *month_index = (int) (year * 12 + month - 1);
  return TRUE;
}

char *
po_scenario_month_index_format (int month_index)
{
  g_return_val_if_fail (month_index >= 12, NULL);

  return g_strdup_printf ("%04d-%02d", month_index / 12, month_index % 12 + 1);
}

/* Half up, as every cents figure in Peak One.  Computed from the floor
 * rather than as floor (x + 0.5), which rounds 0.49999999999999994 up. */
gint64
po_scenario_round_cents (double cents)
{
  double whole = floor (cents);

  if (cents - whole >= 0.5)
    whole += 1.0;

  return (gint64) whole;
}

PoScenarioPathStep *
po_scenario_path_step_new (PoPlanAction action,
                           const char  *item,
                           int          from_month,
                           int          to_month,
                           double       probability)
{
  PoScenarioPathStep *step;

  g_return_val_if_fail (item != NULL, NULL);

  step = g_new0 (PoScenarioPathStep, 1);
  step->action = action;
  step->item = g_strdup (item);
  step->from_month = from_month;
  step->to_month = to_month;
  step->probability = probability;

  return step;
}

PoScenarioPathStep *
po_scenario_path_step_copy (const PoScenarioPathStep *step)
{
  g_return_val_if_fail (step != NULL, NULL);

  return po_scenario_path_step_new (step->action, step->item, step->from_month,
                               step->to_month, step->probability);
}

void
po_scenario_path_step_free (PoScenarioPathStep *step)
{
  if (step == NULL)
    return;

  g_free (step->item);
  g_free (step);
}

PoScenario *
po_scenario_new (const char *name,
                 int         start_month,
                 guint       months)
{
  PoScenario *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_atomic_rc_box_new0 (PoScenario);
  self->name = g_strdup (name);
  self->start_month = start_month;
  self->months = months;
  self->churn = rates_new ();
  self->new_per_month = rates_new ();
  self->path = g_ptr_array_new_with_free_func ((GDestroyNotify) po_scenario_path_step_free);

  return self;
}

PoScenario *
po_scenario_copy (const PoScenario *self)
{
  PoScenario *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = po_scenario_new (self->name, self->start_month, self->months);
  copy->has_default_churn = self->has_default_churn;
  copy->default_churn = self->default_churn;
  for (guint i = 0; i < self->churn->len; i++)
    {
      const PoScenarioRateEntry *rate = &g_array_index (self->churn, PoScenarioRateEntry, i);
      rates_set (copy->churn, rate->code, rate->value);
    }
  for (guint i = 0; i < self->new_per_month->len; i++)
    {
      const PoScenarioRateEntry *rate = &g_array_index (self->new_per_month, PoScenarioRateEntry, i);
      rates_set (copy->new_per_month, rate->code, rate->value);
    }
  for (guint i = 0; i < self->path->len; i++)
    po_scenario_add_step (copy, g_ptr_array_index (self->path, i));
  copy->has_price_change = self->has_price_change;
  copy->price_change = self->price_change;

  return copy;
}

PoScenario *
po_scenario_ref (PoScenario *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
scenario_clear (gpointer data)
{
  PoScenario *self = data;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->churn, g_array_unref);
  g_clear_pointer (&self->new_per_month, g_array_unref);
  g_clear_pointer (&self->path, g_ptr_array_unref);
}

void
po_scenario_unref (PoScenario *self)
{
  g_atomic_rc_box_release_full (self, scenario_clear);
}

const char *
po_scenario_get_name (const PoScenario *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

int
po_scenario_get_start_month (const PoScenario *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->start_month;
}

guint
po_scenario_get_months (const PoScenario *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->months;
}

void
po_scenario_set_months (PoScenario *self,
                        guint       months)
{
  g_return_if_fail (self != NULL);

  self->months = months;
}

/* @tier: a tier code, or %NULL for the default of all tiers. */
void
po_scenario_set_churn (PoScenario *self,
                       const char *tier,
                       double      probability)
{
  g_return_if_fail (self != NULL);

  if (tier == NULL || strcmp (tier, "default") == 0)
    {
      self->has_default_churn = TRUE;
      self->default_churn = probability;
    }
  else
    {
      rates_set (self->churn, tier, probability);
    }
}

/* Drops the per-tier rates: every tier churns with @probability. */
void
po_scenario_set_uniform_churn (PoScenario *self,
                               double      probability)
{
  g_return_if_fail (self != NULL);

  g_array_set_size (self->churn, 0);
  self->has_default_churn = TRUE;
  self->default_churn = probability;
}

gboolean
po_scenario_has_churn (const PoScenario *self,
                       const char       *tier)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (tier == NULL)
    return self->has_default_churn;

  return rates_find (self->churn, tier) >= 0;
}

/* `churn_monthly[tier]`, else `churn_monthly.default`, else 0. */
double
po_scenario_get_churn (const PoScenario *self,
                       const char       *tier)
{
  int pos;

  g_return_val_if_fail (self != NULL, 0.0);

  if (tier != NULL && (pos = rates_find (self->churn, tier)) >= 0)
    return g_array_index (self->churn, PoScenarioRateEntry, pos).value;

  return self->has_default_churn ? self->default_churn : 0.0;
}

char **
po_scenario_dup_churn_tiers (const PoScenario *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return rates_dup_codes (self->churn);
}

void
po_scenario_set_new_per_month (PoScenario *self,
                               const char *tier,
                               double      count)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (tier != NULL);

  rates_set (self->new_per_month, tier, count);
}

double
po_scenario_get_new_per_month (const PoScenario *self,
                               const char       *tier)
{
  int pos;

  g_return_val_if_fail (self != NULL, 0.0);

  if (tier != NULL && (pos = rates_find (self->new_per_month, tier)) >= 0)
    return g_array_index (self->new_per_month, PoScenarioRateEntry, pos).value;

  return 0.0;
}

char **
po_scenario_dup_new_tiers (const PoScenario *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return rates_dup_codes (self->new_per_month);
}

void
po_scenario_add_step (PoScenario               *self,
                      const PoScenarioPathStep *step)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (step != NULL);

  g_ptr_array_add (self->path, po_scenario_path_step_copy (step));
}

guint
po_scenario_get_n_steps (const PoScenario *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->path->len;
}

const PoScenarioPathStep *
po_scenario_get_step (const PoScenario *self,
                      guint             index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->path->len, NULL);

  return g_ptr_array_index (self->path, index);
}

/* @change: the price change, or %NULL for none. */
void
po_scenario_set_price_change (PoScenario                  *self,
                              const PoScenarioPriceChange *change)
{
  g_return_if_fail (self != NULL);

  self->has_price_change = change != NULL;
  if (change != NULL)
    self->price_change = *change;
}

const PoScenarioPriceChange *
po_scenario_get_price_change (const PoScenario *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->has_price_change ? &self->price_change : NULL;
}

/**
 * po_scenario_validate:
 * @accounts: (element-type PoScenarioAccount) (nullable): existing accounts
 *
 * Checks the scenario against @catalog: months within 1..60, rates and
 * probabilities within range, every referenced item known and of the
 * right kind, upgrade targets rising in price, and the price change
 * well formed.
 */
gboolean
po_scenario_validate (const PoScenario        *self,
                      const PoScenarioCatalog *catalog,
                      GPtrArray               *accounts,
                      GError                 **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (catalog != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->months < 1 || self->months > PO_SCENARIO_MONTHS_MAX)
    {
      g_set_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID,
                   _("months: a scenario projects 1 to %d months"),
                   PO_SCENARIO_MONTHS_MAX);
      return FALSE;
    }

  if (self->has_default_churn && !is_probability (self->default_churn))
    {
      g_set_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID,
                   _("%s: the probability must lie between 0 and 1"),
                   "churn_monthly.default");
      return FALSE;
    }

  if (!validate_rates (self->churn, catalog, TRUE, "churn_monthly", error) ||
      !validate_rates (self->new_per_month, catalog, FALSE, "new_per_month", error) ||
      !validate_steps (self->path, catalog, "path", error))
    return FALSE;

  if (self->has_price_change)
    {
      const PoScenarioPriceChange *pc = &self->price_change;

      if (!isfinite (pc->percent) || pc->percent <= -100.0)
        {
          g_set_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID,
                       _("%s: a price change must stay above −100 %%"),
                       "price_change.percent");
          return FALSE;
        }
      if (pc->effective_month < 1)
        {
          g_set_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID,
                       _("%s: must be a scenario month from 1 on"),
                       "price_change.effective_month");
          return FALSE;
        }
      if (pc->notice_months < 1)
        {
          g_set_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID,
                       _("%s: the notice must be at least one month"),
                       "price_change.notice_months");
          return FALSE;
        }
      if (!is_probability (pc->annual_prepay_share))
        {
          g_set_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID,
                       _("%s: the share must lie between 0 and 1"),
                       "price_change.annual_prepay_share");
          return FALSE;
        }
    }

  for (guint i = 0; accounts != NULL && i < accounts->len; i++)
    {
      const PoScenarioAccount *account = g_ptr_array_index (accounts, i);
      const char *tier = po_scenario_account_get_tier (account);
      g_autofree char *at = g_strdup_printf ("accounts[%u] (%s)", i,
                                             po_scenario_account_get_id (account));
      g_autofree char *plan_at = g_strdup_printf ("%s.plan", at);
      g_autoptr(GPtrArray) steps = g_ptr_array_new ();

      if (tier != NULL &&
          !lookup_kind (catalog, tier, PO_ITEM_TIER, NULL, at, error))
        return FALSE;

      if (po_scenario_account_get_mrr_cents (account) < 0)
        {
          g_set_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID,
                       _("%s: negative MRR"), at);
          return FALSE;
        }

      for (guint j = 0; j < po_scenario_account_get_n_steps (account); j++)
        g_ptr_array_add (steps, (gpointer) po_scenario_account_get_step (account, j));

      if (!validate_steps (steps, catalog, plan_at, error))
        return FALSE;
    }

  return TRUE;
}
