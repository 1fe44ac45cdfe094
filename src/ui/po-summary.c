/* po-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-summary"

#include "config.h"

#include "po-settings.h"
#include "po-summary.h"

static void
phase_count_clear (gpointer data)
{
  PoPhaseCount *count = data;

  g_clear_pointer (&count->code, g_free);
  g_clear_pointer (&count->title, g_free);
}

void
po_summary_free (PoSummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->currency);
  g_free (summary->phase_model);
  g_free (summary->phase_model_title);
  g_clear_pointer (&summary->phases, g_array_unref);
  g_strfreev (summary->scenarios);
  g_free (summary);
}

static gboolean
load_accounts (PoSummary  *summary,
               PoStore    *store,
               GError    **error)
{
  g_autoptr(GPtrArray) accounts = po_store_list_account (store, 0, error);

  if (accounts == NULL)
    return FALSE;
  summary->n_accounts = accounts->len;
  for (guint i = 0; i < accounts->len; i++)
    {
      const PoAccount *account = g_ptr_array_index (accounts, i);

      if (account->segment >= 0 && account->segment < PO_N_SEGMENTS)
        summary->by_segment[account->segment]++;
      if (account->touch >= 0 && account->touch <= PO_TOUCH_TECH)
        summary->by_touch[account->touch]++;
    }
  return TRUE;
}

static gboolean
load_mrr (PoSummary  *summary,
          PoStore    *store,
          GError    **error)
{
  g_autoptr(GPtrArray) lines = po_store_list_subscription_line (store, 0, error);
  g_autoptr(GHashTable) paying = NULL;

  if (lines == NULL)
    return FALSE;
  paying = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < lines->len; i++)
    {
      PoSubscriptionLine *line = g_ptr_array_index (lines, i);

      if (line->start_on > summary->day)
        continue;
      if (line->end_on != PO_DAY_NONE && line->end_on <= summary->day)
        continue;
      summary->mrr_cents += line->mrr_cents;
      if (line->mrr_cents > 0)
        g_hash_table_add (paying, &line->account_id);
    }
  summary->n_paying = g_hash_table_size (paying);
  return TRUE;
}

static PoPhaseCount *
find_phase (GArray     *phases,
            const char *code)
{
  for (guint i = 0; i < phases->len; i++)
    {
      PoPhaseCount *count = &g_array_index (phases, PoPhaseCount, i);

      if (g_strcmp0 (count->code, code) == 0)
        return count;
    }
  return NULL;
}

static gboolean
load_counts (PoSummary  *summary,
             PoStore    *store,
             GError    **error)
{
  gint64 n_accounts, n_tracks, n_maps, n_scenarios;

  if ((n_accounts = po_store_count (store, &po_account_class, error)) < 0 ||
      (n_tracks = po_store_count (store, &po_track_class, error)) < 0 ||
      (n_maps = po_store_count (store, &po_journey_map_record_class, error)) < 0 ||
      (n_scenarios = po_store_count (store, &po_scenario_record_class, error)) < 0)
    return FALSE;
  summary->n_accounts = (guint) n_accounts;
  summary->n_tracks = (guint) n_tracks;
  summary->n_journey_maps = (guint) n_maps;
  summary->n_scenarios = (guint) n_scenarios;
  return TRUE;
}

static gboolean
load_phases (PoSummary  *summary,
             PoStore    *store,
             GError    **error)
{
  g_autoptr(GPtrArray) phases = NULL;
  g_autoptr(GPtrArray) transitions = NULL;
  g_autoptr(GHashTable) current = NULL;
  GHashTableIter iter;
  gpointer value;

  phases = po_store_list_phase (store, 0, error);
  if (phases == NULL)
    return FALSE;
  for (guint i = 0; i < phases->len; i++)
    {
      const PoPhase *phase = g_ptr_array_index (phases, i);
      PoPhaseCount count = { 0 };

      if (g_strcmp0 (phase->model, summary->phase_model) != 0)
        continue;
      count.code = g_strdup (phase->code);
      count.title = g_strdup (phase->title);
      g_array_append_val (summary->phases, count);
    }

  /* Listed by date, so the last transition seen per track is its latest. */
  transitions = po_store_list_transition (store, 0, error);
  if (transitions == NULL)
    return FALSE;
  current = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < transitions->len; i++)
    {
      PoTransition *transition = g_ptr_array_index (transitions, i);

      if (transition->on_date > summary->day)
        continue;
      g_hash_table_insert (current, &transition->track_id, transition->phase);
    }

  g_hash_table_iter_init (&iter, current);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      PoPhaseCount *count = find_phase (summary->phases, value);

      if (count == NULL)
        {
          PoPhaseCount other = { g_strdup (value), g_strdup (value), 0 };

          g_array_append_val (summary->phases, other);
          count = &g_array_index (summary->phases, PoPhaseCount, summary->phases->len - 1);
        }
      count->n_tracks++;
    }
  return TRUE;
}

static gboolean
load_planner (PoSummary  *summary,
              PoStore    *store,
              GError    **error)
{
  g_autoptr(GPtrArray) scenarios = po_store_list_scenario_record (store, 0, error);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  if (scenarios == NULL)
    return FALSE;
  for (guint i = 0; i < scenarios->len; i++)
    {
      const PoScenarioRecord *scenario = g_ptr_array_index (scenarios, i);

      g_strv_builder_add (names, scenario->name);
    }
  summary->scenarios = g_strv_builder_end (names);
  summary->n_scenarios = g_strv_length (summary->scenarios);

  items = po_store_list_catalog_item (store, 0, error);
  if (items == NULL)
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      const PoCatalogItem *item = g_ptr_array_index (items, i);

      if (item->kind == PO_ITEM_TIER)
        summary->n_tiers++;
      else
        summary->n_addons++;
    }
  return TRUE;
}

static gboolean
load_phase_model_title (PoSummary  *summary,
                        PoStore    *store,
                        GError    **error)
{
  g_autoptr(GPtrArray) models = po_store_list_phase_model (store, 0, error);

  if (models == NULL)
    return FALSE;
  for (guint i = 0; i < models->len; i++)
    {
      const PoPhaseModel *model = g_ptr_array_index (models, i);

      if (g_strcmp0 (model->code, summary->phase_model) == 0 && model->title != NULL)
        summary->phase_model_title = g_strdup (model->title);
    }
  if (summary->phase_model_title == NULL)
    summary->phase_model_title = g_strdup (summary->phase_model);
  return TRUE;
}

/**
 * po_summary_load:
 * @store: an open workspace
 * @day: the day the figures are for, usually po_day_today()
 * @flags: which figures to load
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the figures, or %NULL with @error set
 */
PoSummary *
po_summary_load (PoStore         *store,
                 PoDay            day,
                 PoSummaryFlags   flags,
                 GError         **error)
{
  g_autoptr(PoSummary) summary = g_new0 (PoSummary, 1);
  PoSettings settings = { 0 };
  gboolean ok;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);

  /* Loading starts from the defaults itself. */
  ok = po_settings_load (&settings, store, error);
  summary->currency = g_strdup (settings.currency);
  summary->phase_model = g_strdup (settings.phase_model);
  po_settings_clear (&settings);
  if (!ok)
    return NULL;

  if (!load_phase_model_title (summary, store, error))
    return NULL;

  summary->day = day;
  summary->phases = g_array_new (FALSE, TRUE, sizeof (PoPhaseCount));
  g_array_set_clear_func (summary->phases, phase_count_clear);

  if ((flags & (PO_SUMMARY_COUNTS | PO_SUMMARY_PHASES)) && !load_counts (summary, store, error))
    return NULL;
  if ((flags & PO_SUMMARY_ACCOUNTS) && !load_accounts (summary, store, error))
    return NULL;
  if ((flags & PO_SUMMARY_MRR) && !load_mrr (summary, store, error))
    return NULL;
  if ((flags & PO_SUMMARY_PHASES) && !load_phases (summary, store, error))
    return NULL;
  if ((flags & PO_SUMMARY_PLANNER) && !load_planner (summary, store, error))
    return NULL;
  if (summary->scenarios == NULL)
    summary->scenarios = g_new0 (char *, 1);

  return g_steal_pointer (&summary);
}
