/* po-health.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-health"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "po-health.h"
#include "po-metrics-private.h"
#include "po-store-private.h"

int
po_health_score (const PoSettings *settings,
                 const int         values[PO_N_COMPONENTS])
{
  gint64 sum = 0, weights = 0;

  g_return_val_if_fail (settings != NULL, PO_HEALTH_MISSING);

  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    {
      gint64 w = settings->health_weights[c];

      if (values[c] == PO_HEALTH_MISSING || w <= 0)
        continue;
      sum += w * values[c];
      weights += w;
    }
  if (weights == 0)
    return PO_HEALTH_MISSING;
  /* round-half-up (sum / weights) in integers: floor ((2·sum + w) / 2w). */
  return (int) ((2 * sum + weights) / (2 * weights));
}

PoHealthBand
po_health_band (const PoSettings *settings,
                int               score)
{
  g_return_val_if_fail (settings != NULL, PO_HEALTH_BAND_NONE);

  if (score == PO_HEALTH_MISSING)
    return PO_HEALTH_BAND_NONE;
  if (score < settings->red_below)
    return PO_HEALTH_BAND_RED;
  if (score < settings->yellow_below)
    return PO_HEALTH_BAND_YELLOW;
  return PO_HEALTH_BAND_GREEN;
}

int
po_health_score_what_if (const PoSettings  *settings,
                         const int          values[PO_N_COMPONENTS],
                         PoHealthComponent  component,
                         int                value)
{
  int copy[PO_N_COMPONENTS];

  g_return_val_if_fail (component < PO_N_COMPONENTS, PO_HEALTH_MISSING);
  g_return_val_if_fail (value == PO_HEALTH_MISSING || (value >= 0 && value <= 100), PO_HEALTH_MISSING);

  memcpy (copy, values, sizeof copy);
  copy[component] = value;
  return po_health_score (settings, copy);
}

void
po_health_contributions (const PoSettings *settings,
                         const int         values[PO_N_COMPONENTS],
                         double            contributions[PO_N_COMPONENTS])
{
  gint64 weights = 0;

  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    if (values[c] != PO_HEALTH_MISSING && settings->health_weights[c] > 0)
      weights += settings->health_weights[c];
  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    {
      int w = settings->health_weights[c];

      contributions[c] = 0;
      if (weights > 0 && values[c] != PO_HEALTH_MISSING && w > 0)
        contributions[c] = (double) w * values[c] / (double) weights;
    }
}

static const char * const band_nicks[PO_N_HEALTH_BANDS] = { "none", "red", "yellow", "green" };
static const char * const band_labels[PO_N_HEALTH_BANDS] = {
  N_("No score"), N_("Red"), N_("Yellow"), N_("Green"),
};

const char *
po_health_band_nick (PoHealthBand band)
{
  g_return_val_if_fail (band < PO_N_HEALTH_BANDS, NULL);
  return band_nicks[band];
}

const char *
po_health_band_label (PoHealthBand band)
{
  g_return_val_if_fail (band < PO_N_HEALTH_BANDS, NULL);
  return _(band_labels[band]);
}

void
po_account_health_clear (PoAccountHealth *health)
{
  g_clear_pointer (&health->key, g_free);
}

static void
fill_health (PoAccountHealth  *out,
             const PoSettings *settings,
             const int         now[PO_N_COMPONENTS],
             const int         before[PO_N_COMPONENTS])
{
  int then = po_health_score (settings, before);

  memcpy (out->components, now, sizeof out->components);
  out->score = po_health_score (settings, now);
  out->band = po_health_band (settings, out->score);
  out->has_trend = out->score != PO_HEALTH_MISSING && then != PO_HEALTH_MISSING;
  out->trend = out->has_trend ? out->score - then : 0;
}

static int
compare_key (gconstpointer a,
             gconstpointer b)
{
  return strcmp (((const PoAccountHealth *) a)->key, ((const PoAccountHealth *) b)->key);
}

GArray *
po_health_on (PoStore           *store,
              const PoSettings  *settings,
              PoDay              day,
              GError           **error)
{
  g_autoptr(PoHealthTable) table = NULL;
  PoDay days[2];
  GArray *result;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (settings != NULL, NULL);
  g_return_val_if_fail (day > PO_HEALTH_TREND_DAYS, NULL);

  days[0] = day - PO_HEALTH_TREND_DAYS;
  days[1] = day;
  table = po_health_table_scan (store, settings, days, 2, error);
  if (table == NULL)
    return NULL;

  result = g_array_sized_new (FALSE, TRUE, sizeof (PoAccountHealth),
                              po_health_table_get_n_accounts (table));
  g_array_set_clear_func (result, (GDestroyNotify) po_account_health_clear);
  for (guint a = 0; a < po_health_table_get_n_accounts (table); a++)
    {
      PoAccountHealth h = { 0 };
      int now[PO_N_COMPONENTS], before[PO_N_COMPONENTS];

      h.account_id = po_health_table_get_account_id (table, a);
      h.key = g_strdup (po_health_table_get_account_key (table, a));
      po_health_table_values (table, a, 1, now);
      po_health_table_values (table, a, 0, before);
      fill_health (&h, settings, now, before);
      g_array_append_val (result, h);
    }
  g_array_sort (result, compare_key);
  return result;
}

gboolean
po_health_account_on (PoStore           *store,
                      const PoSettings  *settings,
                      gint64             account_id,
                      PoDay              day,
                      PoAccountHealth   *out,
                      GError           **error)
{
  sqlite3_stmt *stmt;
  PoDay then = day - PO_HEALTH_TREND_DAYS;
  int now[PO_N_COMPONENTS], before[PO_N_COMPONENTS];
  PoDay now_day[PO_N_COMPONENTS] = { 0 }, before_day[PO_N_COMPONENTS] = { 0 };
  int rc;

  g_return_val_if_fail (PO_IS_STORE (store), FALSE);
  g_return_val_if_fail (settings != NULL && out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    now[c] = before[c] = PO_HEALTH_MISSING;

  stmt = _po_store_prepare (store, "SELECT key FROM accounts WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, account_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, account_id);

      sqlite3_reset (stmt);
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_FOUND,
                   _("No account with id %s"), id_text);
      return FALSE;
    }
  out->account_id = account_id;
  out->key = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);

  /* The primary key (account, component, date) serves this range. */
  stmt = _po_store_prepare (store,
                            "SELECT component, on_date, value FROM health_samples "
                            "WHERE account_id = ? AND on_date <= ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, account_id);
  _po_store_bind_day (stmt, 2, day);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int c = 0;
      PoDay on = _po_metrics_parse_day (sqlite3_column_text (stmt, 1));
      int value = sqlite3_column_int (stmt, 2);

      if (!po_enum_parse (&po_component_enum, (const char *) sqlite3_column_text (stmt, 0), &c))
        continue;
      if (on > now_day[c] && day - on <= (PoDay) settings->stale_after_days)
        now_day[c] = on, now[c] = value;
      if (on <= then && on > before_day[c] && then - on <= (PoDay) settings->stale_after_days)
        before_day[c] = on, before[c] = value;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      po_account_health_clear (out);
      return _po_store_set_error (store, error);
    }
  fill_health (out, settings, now, before);
  return TRUE;
}
