/* po-journey-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-journey-store"

#include "config.h"

#include "po-journey-store-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "po-journey-defaults.h"
#include "po-phase-model.h"

/* Reading */

GPtrArray *
po_journey_store_list_maps (PoStore  *store,
                            GError  **error)
{
  g_return_val_if_fail (PO_IS_STORE (store), NULL);

  return po_store_list_journey_map_record (store, 0, error);
}

PoJourneyMapRecord *
po_journey_store_find_map (PoStore     *store,
                           const char  *key,
                           GError     **error)
{
  g_autoptr(GPtrArray) maps = NULL;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  maps = po_store_list_where (store, &po_journey_map_record_class, "key", key, error);
  if (maps == NULL)
    return NULL;
  if (maps->len == 0)
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_FOUND,
                   _("The workspace has no journey map “%s”"), key);
      return NULL;
    }
  return g_ptr_array_steal_index (maps, 0);
}

static const char *
segment_label (const char *segment)
{
  int value;

  if (segment == NULL || !po_enum_parse (&po_segment_enum, segment, &value))
    return NULL;
  return po_enum_label (&po_segment_enum, value);
}

char *
po_journey_store_describe_map (const PoJourneyMapRecord *record)
{
  const char *label;

  g_return_val_if_fail (record != NULL, NULL);

  label = segment_label (record->segment);
  if (label == NULL)
    return g_strdup (record->title);
  /* TRANSLATORS: a journey map in the map chooser: "title · segment" */
  return g_strdup_printf (_("%s · %s"), record->title, label);
}

static PoJourneyLaneKind
lane_kind_to_render (PoLaneKind kind)
{
  return kind == PO_LANE_EMOTION ? PO_JOURNEY_LANE_EMOTION : PO_JOURNEY_LANE_TEXT;
}

static gboolean
add_columns (PoStore                  *store,
             PoJourneyMap             *map,
             const PoJourneyMapRecord *record,
             GError                  **error)
{
  g_autoptr(GPtrArray) stages = po_store_list_journey_stage (store, record->id, error);
  g_autoptr(GPtrArray) phases = NULL;

  if (stages == NULL)
    return FALSE;
  if (stages->len > 0)
    {
      for (guint i = 0; i < stages->len; i++)
        {
          const PoJourneyStage *s = g_ptr_array_index (stages, i);

          po_journey_map_add_phase (map, s->code, s->title, NULL);
        }
      return TRUE;
    }

  phases = po_store_list_where (store, &po_phase_class, "model", record->phase_model, error);
  if (phases == NULL)
    return FALSE;
  for (guint i = 0; i < phases->len; i++)
    {
      const PoPhase *p = g_ptr_array_index (phases, i);

      po_journey_map_add_phase (map, p->code, p->title, NULL);
    }
  return TRUE;
}

PoJourneyMap *
po_journey_store_load (PoStore  *store,
                       gint64    map_id,
                       GError  **error)
{
  g_autoptr(PoJourneyMapRecord) record = NULL;
  g_autoptr(PoJourneyMap) map = NULL;
  g_autoptr(GPtrArray) lanes = NULL;
  g_autoptr(GPtrArray) cells = NULL;
  g_autoptr(GPtrArray) emotions = NULL;
  g_autoptr(GPtrArray) personas = NULL;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  record = po_store_get_journey_map_record (store, map_id, error);
  if (record == NULL)
    return NULL;

  map = po_journey_map_new (record->title);
  if (!add_columns (store, map, record, error))
    return NULL;

  /* Durations and subtitle of the built-in models for the map's segment;
   * a custom model has neither, only the segment's name. */
  if (!po_journey_defaults_set_segment (map, record->phase_model, record->segment, NULL))
    po_journey_map_set_subtitle (map, segment_label (record->segment));

  if ((lanes = po_store_list_journey_lane (store, map_id, error)) == NULL ||
      (cells = po_store_list_journey_cell (store, map_id, error)) == NULL ||
      (emotions = po_store_list_journey_emotion (store, map_id, error)) == NULL ||
      (personas = po_store_list_journey_persona (store, map_id, error)) == NULL)
    return NULL;

  for (guint i = 0; i < lanes->len; i++)
    {
      const PoJourneyLaneRecord *l = g_ptr_array_index (lanes, i);

      po_journey_map_add_lane (map, l->code, l->title, lane_kind_to_render (l->kind));
    }
  for (guint i = 0; i < cells->len; i++)
    {
      const PoJourneyCell *c = g_ptr_array_index (cells, i);
      int lane = po_journey_map_find_lane (map, c->lane);
      int phase = po_journey_map_find_phase (map, c->phase);

      if (lane >= 0 && phase >= 0)
        po_journey_map_set_cell (map, lane, phase, c->text);
    }
  for (guint i = 0; i < emotions->len; i++)
    {
      const PoJourneyEmotion *e = g_ptr_array_index (emotions, i);
      int phase = po_journey_map_find_phase (map, e->phase);

      if (phase >= 0)
        po_journey_map_set_emotion (map, phase, e->value);
    }
  for (guint i = 0; i < personas->len; i++)
    {
      const PoJourneyPersonaRecord *p = g_ptr_array_index (personas, i);

      po_journey_map_add_persona (map, p->name, p->role, p->goal, p->quote);
    }

  return g_steal_pointer (&map);
}

PoJourneyMap *
po_journey_store_default_map (const char  *model,
                              const char  *segment,
                              GError     **error)
{
  return po_journey_defaults_new (model, segment, error);
}

/* The overlay */

void
po_journey_store_apply_stats (PoJourneyMap         *map,
                              const PoJourneyStats *stats)
{
  g_return_if_fail (map != NULL);
  g_return_if_fail (stats != NULL);

  po_journey_map_clear_overlay (map);

  for (guint i = 0; i < stats->phases->len; i++)
    {
      const PoJourneyPhaseStats *p = &g_array_index (stats->phases, PoJourneyPhaseStats, i);
      int phase = po_journey_map_find_phase (map, p->code);

      if (phase >= 0)
        po_journey_map_set_phase_stats (map, phase, p->tracks_now, p->median_days,
                                        p->completion_rate);
    }

  for (guint i = 0; i < stats->pairs->len; i++)
    {
      const PoJourneyPairStats *pair = &g_array_index (stats->pairs, PoJourneyPairStats, i);
      const PoJourneyPhaseStats *from = &g_array_index (stats->phases, PoJourneyPhaseStats, pair->from);
      const PoJourneyPhaseStats *to = &g_array_index (stats->phases, PoJourneyPhaseStats, pair->to);
      int f = po_journey_map_find_phase (map, from->code);
      int t = po_journey_map_find_phase (map, to->code);

      if (f >= 0 && t >= 0 && f != t)
        po_journey_map_add_transition (map, f, t, pair->count);
    }
}

gboolean
po_journey_store_fill_overlay (PoJourneyMap           *map,
                               PoStore                *store,
                               const char             *model,
                               const PoJourneyFilter  *filter,
                               GError                **error)
{
  g_autoptr(PoJourneyStats) stats = NULL;

  g_return_val_if_fail (map != NULL, FALSE);
  g_return_val_if_fail (PO_IS_STORE (store), FALSE);

  stats = po_journey_stats_compute (store, model, filter, error);
  if (stats == NULL)
    return FALSE;
  po_journey_store_apply_stats (map, stats);
  return TRUE;
}

/* Writing */

static gboolean
key_exists (PoStore    *store,
            const char *key)
{
  g_autoptr(GPtrArray) maps = po_store_list_where (store, &po_journey_map_record_class,
                                                   "key", key, NULL);

  return maps == NULL || maps->len > 0;
}

static char *
unique_key (PoStore    *store,
            const char *model,
            const char *segment)
{
  g_autofree char *base = segment != NULL ? g_strdup_printf ("%s-%s", model, segment)
                                          : g_strdup (model);
  char *key = g_strdup (base);

  for (guint n = 2; key_exists (store, key); n++)
    {
      g_free (key);
      key = g_strdup_printf ("%s-%u", base, n);
    }
  return key;
}

static gint64
insert_map (PoStore       *store,
            PoJourneyMap  *map,
            const char    *model,
            const char    *segment,
            int            position,
            GError       **error)
{
  g_autoptr(PoJourneyMapRecord) record = po_journey_map_record_new ();
  guint n_lanes = po_journey_map_get_n_lanes (map);
  guint n_phases = po_journey_map_get_n_phases (map);

  record->key = unique_key (store, model, segment);
  record->title = g_strdup (po_journey_map_get_title (map));
  record->phase_model = g_strdup (model);
  record->segment = g_strdup (segment);
  record->position = position;
  if (!po_store_insert_journey_map_record (store, record, error))
    return 0;

  for (guint l = 0; l < n_lanes; l++)
    {
      const PoJourneyLane *lane = po_journey_map_get_lane (map, l);
      PoJourneyLaneRecord row = { 0, record->id, (int) l, lane->code, lane->title,
                            lane->kind == PO_JOURNEY_LANE_EMOTION ? PO_LANE_EMOTION : PO_LANE_TEXT };

      if (!po_store_insert_journey_lane (store, &row, error))
        return 0;

      for (guint p = 0; p < n_phases; p++)
        {
          const char *text = po_journey_map_get_cell (map, l, p);
          PoJourneyCell cell = { 0, record->id, lane->code,
                                 po_journey_map_get_phase (map, p)->code, (char *) text };

          if (text != NULL && text[0] != '\0' && !po_store_insert_journey_cell (store, &cell, error))
            return 0;
        }
    }

  for (guint p = 0; p < n_phases; p++)
    {
      const PoJourneyPhase *phase = po_journey_map_get_phase (map, p);
      PoJourneyEmotion emotion = { 0, record->id, phase->code, phase->emotion };

      if (!isnan (phase->emotion) && !po_store_insert_journey_emotion (store, &emotion, error))
        return 0;
    }

  for (guint i = 0; i < po_journey_map_get_n_personas (map); i++)
    {
      const PoJourneyPersona *p = po_journey_map_get_persona (map, i);
      PoJourneyPersonaRecord row = { 0, record->id, (int) i, p->name, p->role, p->goal, p->quote };

      if (!po_store_insert_journey_persona (store, &row, error))
        return 0;
    }

  return record->id;
}

gboolean
po_journey_store_ensure_defaults (PoStore  *store,
                                  GError  **error)
{
  g_autofree char *model = NULL;
  const char *order[2];
  gint64 n;

  g_return_val_if_fail (PO_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (po_store_is_read_only (store))
    return TRUE;
  n = po_store_count (store, &po_journey_map_record_class, error);
  if (n < 0)
    return FALSE;
  if (n > 0)
    return TRUE;

  model = po_store_get_setting (store, "phase_model");
  if (g_strcmp0 (model, PO_PHASE_MODEL_PEAK_ONE) == 0)
    {
      order[0] = PO_PHASE_MODEL_PEAK_ONE;
      order[1] = PO_PHASE_MODEL_POST_SALE;
    }
  else
    {
      order[0] = PO_PHASE_MODEL_POST_SALE;
      order[1] = PO_PHASE_MODEL_PEAK_ONE;
    }

  if (!po_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(PoJourneyMap) map = po_journey_defaults_new (order[i], NULL, error);

      if (map == NULL || insert_map (store, map, order[i], NULL, i, error) == 0)
        {
          po_store_rollback (store);
          return FALSE;
        }
    }
  return po_store_commit (store, error);
}

/* Ends one undoable step: @ok says whether the edit between begin and
 * here succeeded. */
gboolean
_po_journey_store_finish (PoHistory  *history,
                          gboolean    ok,
                          GError    **error)
{
  if (!ok)
    {
      po_history_rollback (history);
      return FALSE;
    }
  return po_history_commit (history, error);
}

static int
next_position (PoStore *store)
{
  g_autoptr(GPtrArray) maps = po_store_list_journey_map_record (store, 0, NULL);
  int position = 0;

  for (guint i = 0; maps != NULL && i < maps->len; i++)
    position = MAX (position, ((PoJourneyMapRecord *) g_ptr_array_index (maps, i))->position + 1);
  return position;
}

gint64
po_journey_store_create_map (PoHistory   *history,
                             const char  *model,
                             const char  *segment,
                             GError     **error)
{
  PoStore *store;
  g_autoptr(PoJourneyMap) map = NULL;
  gint64 id;

  g_return_val_if_fail (PO_IS_HISTORY (history), 0);
  g_return_val_if_fail (model != NULL, 0);

  if (segment != NULL && segment[0] == '\0')
    segment = NULL;
  map = po_journey_defaults_new (model, segment, error);
  if (map == NULL)
    return 0;

  store = po_history_get_store (history);
  if (!po_history_begin (history, _("New journey map"), error))
    return 0;
  id = insert_map (store, map, model, segment, next_position (store), error);
  if (!_po_journey_store_finish (history, id != 0, error))
    return 0;
  return id;
}

gboolean
po_journey_store_delete_map (PoHistory  *history,
                             gint64      map_id,
                             GError    **error)
{
  gboolean ok;

  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);

  if (!po_history_begin (history, _("Delete journey map"), error))
    return FALSE;
  ok = po_store_delete_journey_map_record (po_history_get_store (history), map_id, error);
  return _po_journey_store_finish (history, ok, error);
}

gboolean
po_journey_store_set_title (PoHistory   *history,
                            gint64       map_id,
                            const char  *title,
                            GError     **error)
{
  PoStore *store;
  g_autoptr(PoJourneyMapRecord) record = NULL;
  gboolean ok;

  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (title != NULL, FALSE);

  store = po_history_get_store (history);
  if (!po_history_begin (history, _("Rename journey map"), error))
    return FALSE;
  record = po_store_get_journey_map_record (store, map_id, error);
  ok = record != NULL;
  if (ok)
    {
      po_record_set_text (&record->title, title);
      ok = po_store_update_journey_map_record (store, record, error);
    }
  return _po_journey_store_finish (history, ok, error);
}

gboolean
po_journey_store_set_cell (PoHistory   *history,
                           gint64       map_id,
                           const char  *lane,
                           const char  *phase,
                           const char  *text,
                           GError     **error)
{
  PoStore *store;
  g_autoptr(GPtrArray) cells = NULL;
  PoJourneyCell *found = NULL;
  gboolean empty = text == NULL || text[0] == '\0';
  gboolean ok = TRUE;

  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (lane != NULL && phase != NULL, FALSE);

  store = po_history_get_store (history);
  if (!po_history_begin (history, _("Edit card"), error))
    return FALSE;

  cells = po_store_list_journey_cell (store, map_id, error);
  if (cells == NULL)
    return _po_journey_store_finish (history, FALSE, error);
  for (guint i = 0; i < cells->len && found == NULL; i++)
    {
      PoJourneyCell *c = g_ptr_array_index (cells, i);

      if (g_str_equal (c->lane, lane) && g_str_equal (c->phase, phase))
        found = c;
    }

  if (found != NULL && empty)
    ok = po_store_delete_journey_cell (store, found->id, error);
  else if (found != NULL)
    {
      po_record_set_text (&found->text, text);
      ok = po_store_update_journey_cell (store, found, error);
    }
  else if (!empty)
    {
      PoJourneyCell cell = { 0, map_id, (char *) lane, (char *) phase, (char *) text };

      ok = po_store_insert_journey_cell (store, &cell, error);
    }
  return _po_journey_store_finish (history, ok, error);
}

gboolean
po_journey_store_set_emotion (PoHistory   *history,
                              gint64       map_id,
                              const char  *phase,
                              double       value,
                              GError     **error)
{
  PoStore *store;
  g_autoptr(GPtrArray) emotions = NULL;
  PoJourneyEmotion *found = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (phase != NULL, FALSE);

  if (!isnan (value))
    value = CLAMP (value, PO_JOURNEY_EMOTION_MIN, PO_JOURNEY_EMOTION_MAX);

  store = po_history_get_store (history);
  if (!po_history_begin (history, _("Move emotion point"), error))
    return FALSE;

  emotions = po_store_list_journey_emotion (store, map_id, error);
  if (emotions == NULL)
    return _po_journey_store_finish (history, FALSE, error);
  for (guint i = 0; i < emotions->len && found == NULL; i++)
    {
      PoJourneyEmotion *e = g_ptr_array_index (emotions, i);

      if (g_str_equal (e->phase, phase))
        found = e;
    }

  if (found != NULL && isnan (value))
    ok = po_store_delete_journey_emotion (store, found->id, error);
  else if (found != NULL)
    {
      found->value = value;
      ok = po_store_update_journey_emotion (store, found, error);
    }
  else if (!isnan (value))
    {
      PoJourneyEmotion emotion = { 0, map_id, (char *) phase, value };

      ok = po_store_insert_journey_emotion (store, &emotion, error);
    }
  return _po_journey_store_finish (history, ok, error);
}
