/* po-settings.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-settings"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "po-phase-model.h"
#include "po-settings.h"

static const int default_weights[PO_N_COMPONENTS] = { 30, 15, 15, 15, 15, 10 };

void
po_settings_init_defaults (PoSettings *settings)
{
  g_return_if_fail (settings != NULL);

  memset (settings, 0, sizeof *settings);
  settings->currency = g_strdup ("EUR");
  settings->phase_model = g_strdup (PO_PHASE_MODEL_POST_SALE);
  settings->gross_margin = 0.8;
  settings->fiscal_month_start = 1;
  memcpy (settings->health_weights, default_weights, sizeof default_weights);
  settings->red_below = 40;
  settings->yellow_below = 70;
  settings->stale_after_days = 90;
  settings->reactivation_window_days = 0;
  settings->quick_ratio_includes_reactivation = TRUE;
  for (guint s = 0; s < PO_N_SEGMENTS; s++)
    settings->lead_time_days[s] = po_segment_renewal_lead_days (s).max;
}

void
po_settings_clear (PoSettings *settings)
{
  g_clear_pointer (&settings->currency, g_free);
  g_clear_pointer (&settings->phase_model, g_free);
}

static int
get_int (PoStore    *store,
         const char *key,
         int         fallback)
{
  g_autofree char *value = po_store_get_setting (store, key);
  gint64 n;

  if (value == NULL || !g_ascii_string_to_signed (value, 10, G_MININT, G_MAXINT, &n, NULL))
    return fallback;
  return (int) n;
}

static double
get_double (PoStore    *store,
            const char *key,
            double      fallback)
{
  g_autofree char *value = po_store_get_setting (store, key);
  char *end = NULL;
  double d;

  if (value == NULL)
    return fallback;
  d = g_ascii_strtod (value, &end);
  return end != value && *end == '\0' ? d : fallback;
}

static void
get_string (PoStore     *store,
            const char  *key,
            char       **field)
{
  char *value = po_store_get_setting (store, key);

  if (value != NULL)
    {
      g_free (*field);
      *field = value;
    }
}

gboolean
po_settings_load (PoSettings  *settings,
                  PoStore     *store,
                  GError     **error)
{
  g_return_val_if_fail (PO_IS_STORE (store), FALSE);

  po_settings_init_defaults (settings);
  get_string (store, "currency", &settings->currency);
  get_string (store, "phase_model", &settings->phase_model);
  settings->gross_margin = get_double (store, "gross_margin", settings->gross_margin);
  settings->fiscal_month_start = get_int (store, "fiscal_month_start", settings->fiscal_month_start);
  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    {
      g_autofree char *key = g_strdup_printf ("health.weight.%s", po_enum_nick (&po_component_enum, c));
      settings->health_weights[c] = get_int (store, key, settings->health_weights[c]);
    }
  settings->red_below = get_int (store, "health.red_below", settings->red_below);
  settings->yellow_below = get_int (store, "health.yellow_below", settings->yellow_below);
  settings->stale_after_days = get_int (store, "health.stale_after_days", settings->stale_after_days);
  settings->reactivation_window_days = get_int (store, "reactivation_window_days",
                                                settings->reactivation_window_days);
  settings->quick_ratio_includes_reactivation =
    get_int (store, "quick_ratio_includes_reactivation", settings->quick_ratio_includes_reactivation) != 0;
  for (guint s = 0; s < PO_N_SEGMENTS; s++)
    {
      g_autofree char *key = g_strdup_printf ("lead_time.%s", po_enum_nick (&po_segment_enum, s));
      settings->lead_time_days[s] = get_int (store, key, settings->lead_time_days[s]);
    }
  return po_settings_validate (settings, error);
}

static gboolean
invalid (GError     **error,
         const char  *key,
         const char  *rule)
{
  g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_INVALID,
               /* Translators: "setting gross_margin: must be between 0 and 1" */
               _("Setting %s: %s"), key, rule);
  return FALSE;
}

gboolean
po_settings_validate (const PoSettings  *settings,
                      GError           **error)
{
  int total = 0;

  if (settings->currency == NULL || strlen (settings->currency) != 3)
    return invalid (error, "currency", _("must be a three-letter ISO 4217 code"));
  if (!(settings->gross_margin >= 0 && settings->gross_margin <= 1))
    return invalid (error, "gross_margin", _("must be between 0 and 1"));
  if (settings->fiscal_month_start < 1 || settings->fiscal_month_start > 12)
    return invalid (error, "fiscal_month_start", _("must be a month 1–12"));
  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    {
      if (settings->health_weights[c] < 0)
        return invalid (error, "health.weight", _("weights cannot be negative"));
      total += settings->health_weights[c];
    }
  if (total == 0)
    return invalid (error, "health.weight", _("at least one weight must be positive"));
  if (settings->red_below < 0 || settings->red_below > settings->yellow_below ||
      settings->yellow_below > 100)
    return invalid (error, "health.red_below", _("bands need 0 ≤ red ≤ yellow ≤ 100"));
  if (settings->stale_after_days < 1)
    return invalid (error, "health.stale_after_days", _("must be at least one day"));
  if (settings->reactivation_window_days < 0)
    return invalid (error, "reactivation_window_days", _("cannot be negative"));
  for (guint s = 0; s < PO_N_SEGMENTS; s++)
    if (settings->lead_time_days[s] < 0)
      return invalid (error, "lead_time", _("cannot be negative"));
  return TRUE;
}

static gboolean
set_int (PoStore     *store,
         const char  *key,
         int          value,
         GError     **error)
{
  g_autofree char *text = g_strdup_printf ("%d", value);
  return po_store_set_setting (store, key, text, error);
}

gboolean
po_settings_save (const PoSettings  *settings,
                  PoStore           *store,
                  GError           **error)
{
  char margin[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (PO_IS_STORE (store), FALSE);

  if (!po_settings_validate (settings, error))
    return FALSE;
  if (!po_store_begin (store, error))
    return FALSE;

  g_ascii_dtostr (margin, sizeof margin, settings->gross_margin);
  if (!po_store_set_setting (store, "currency", settings->currency, error) ||
      !po_store_set_setting (store, "phase_model", settings->phase_model, error) ||
      !po_store_set_setting (store, "gross_margin", margin, error) ||
      !set_int (store, "fiscal_month_start", settings->fiscal_month_start, error) ||
      !set_int (store, "health.red_below", settings->red_below, error) ||
      !set_int (store, "health.yellow_below", settings->yellow_below, error) ||
      !set_int (store, "health.stale_after_days", settings->stale_after_days, error) ||
      !set_int (store, "reactivation_window_days", settings->reactivation_window_days, error) ||
      !set_int (store, "quick_ratio_includes_reactivation",
                settings->quick_ratio_includes_reactivation ? 1 : 0, error))
    goto failed;

  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    {
      g_autofree char *key = g_strdup_printf ("health.weight.%s", po_enum_nick (&po_component_enum, c));
      if (!set_int (store, key, settings->health_weights[c], error))
        goto failed;
    }
  for (guint s = 0; s < PO_N_SEGMENTS; s++)
    {
      g_autofree char *key = g_strdup_printf ("lead_time.%s", po_enum_nick (&po_segment_enum, s));
      if (!set_int (store, key, settings->lead_time_days[s], error))
        goto failed;
    }
  return po_store_commit (store, error);

failed:
  po_store_rollback (store);
  return FALSE;
}
