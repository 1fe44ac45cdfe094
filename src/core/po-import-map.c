/* po-import-map.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The `journey_maps[]` element of a §7 document, also the body of a
 * single journey map document.
 */

#define G_LOG_DOMAIN "po-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "po-import-private.h"

/* Lanes given by code alone take these titles (DESIGN.md §5). */
static const struct
{
  const char *code;
  const char *title;
} default_lanes[] = {
  { "goal", N_("Customer goal") },
  { "actions", N_("Customer actions") },
  { "touchpoints", N_("Touchpoints") },
  { "mechanics", N_("Our mechanics") },
  { "signals", N_("Signals & metrics") },
  { "emotion", N_("Emotion") },
  { "pain_points", N_("Pain points") },
  { "opportunities", N_("Opportunities") },
  { "owner", N_("Owner") },
  { "backstage", N_("Backstage") },
};

/* Journey maps */

/* The title of a lane given by @code alone. */
const char *
_po_import_default_lane_title (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (default_lanes); i++)
    if (g_str_equal (default_lanes[i].code, code))
      return _(default_lanes[i].title);
  return code;
}

static gboolean
import_lanes (PoImportContext *ctx,
              JsonObject      *map,
              gint64           map_id,
              GHashTable      *lanes)
{
  static const char * const known[] = { "code", "title", "kind", NULL };
  JsonArray *array;
  gsize base;

  if (!_po_import_get_array (ctx, map, "lanes", &array))
    return FALSE;
  if (array == NULL)
    return TRUE;
  base = _po_import_push_key (ctx, "lanes");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      PoJourneyLaneRecord lane = { 0 };
      gsize len = _po_import_push_index (ctx, i);
      const char *code = NULL, *title = NULL;
      int kind = -1;

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        code = json_node_get_string (node);
      else
        {
          JsonObject *o = _po_import_object (ctx, node, NULL);

          if (o == NULL)
            return FALSE;
          _po_import_check_keys (ctx, o, known);
          if (!_po_import_get_string (ctx, o, "code", TRUE, &code) ||
              !_po_import_get_string (ctx, o, "title", FALSE, &title) ||
              !_po_import_get_enum (ctx, o, "kind", FALSE, &po_lane_kind_enum, &kind))
            return FALSE;
        }
      if (*code == '\0')
        return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, NULL, _("must not be empty"));
      if (!g_hash_table_add (lanes, g_strdup (code)))
        return _po_import_fail (ctx, PO_IMPORT_ERROR_DUPLICATE, NULL, _("duplicate lane “%s”"), code);
      lane.map_id = map_id;
      lane.position = (int) i;
      lane.code = (char *) code;
      lane.title = (char *) (title != NULL ? title : _po_import_default_lane_title (code));
      lane.kind = kind >= 0 ? kind : g_str_equal (code, "emotion") ? PO_LANE_EMOTION : PO_LANE_TEXT;
      if (!po_store_insert_journey_lane (ctx->store, &lane, NULL))
        return _po_import_fail_sqlite (ctx, NULL, "lane");
      ctx->result->n_rows++;
      _po_import_pop (ctx, len);
    }
  _po_import_pop (ctx, base);
  return TRUE;
}

static gboolean
import_stages (PoImportContext *ctx,
               JsonObject      *map,
               gint64           map_id,
               GHashTable      *phases)
{
  static const char * const known[] = { "code", "title", NULL };
  JsonArray *array;
  gsize base;

  if (!_po_import_get_array (ctx, map, "stages", &array))
    return FALSE;
  if (array == NULL || json_array_get_length (array) == 0)
    return TRUE;
  g_hash_table_remove_all (phases);
  base = _po_import_push_key (ctx, "stages");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize len = _po_import_push_index (ctx, i);
      JsonObject *o = _po_import_object (ctx, json_array_get_element (array, i), NULL);
      PoJourneyStage stage = { 0 };
      const char *code = NULL, *title = NULL;

      if (o == NULL)
        return FALSE;
      _po_import_check_keys (ctx, o, known);
      if (!_po_import_get_string (ctx, o, "code", TRUE, &code) ||
          !_po_import_get_string (ctx, o, "title", FALSE, &title))
        return FALSE;
      if (!g_hash_table_add (phases, g_strdup (code)))
        return _po_import_fail (ctx, PO_IMPORT_ERROR_DUPLICATE, "code", _("duplicate stage “%s”"), code);
      stage.map_id = map_id;
      stage.position = (int) i;
      stage.code = (char *) code;
      stage.title = (char *) (title != NULL ? title : code);
      if (!po_store_insert_journey_stage (ctx->store, &stage, NULL))
        return _po_import_fail_sqlite (ctx, NULL, "stage");
      ctx->result->n_rows++;
      _po_import_pop (ctx, len);
    }
  _po_import_pop (ctx, base);
  return TRUE;
}

static gboolean
import_personas (PoImportContext *ctx,
                 JsonObject      *map,
                 gint64           map_id)
{
  static const char * const known[] = { "name", "role", "goal", "quote", NULL };
  JsonArray *array;
  gsize base;

  if (!_po_import_get_array (ctx, map, "personas", &array))
    return FALSE;
  if (array == NULL)
    return TRUE;
  base = _po_import_push_key (ctx, "personas");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize len = _po_import_push_index (ctx, i);
      JsonObject *o = _po_import_object (ctx, json_array_get_element (array, i), NULL);
      PoJourneyPersonaRecord p = { 0 };
      const char *name = NULL, *role = "", *goal = "", *quote = "";

      if (o == NULL)
        return FALSE;
      _po_import_check_keys (ctx, o, known);
      if (!_po_import_get_string (ctx, o, "name", TRUE, &name) ||
          !_po_import_get_string (ctx, o, "role", FALSE, &role) ||
          !_po_import_get_string (ctx, o, "goal", FALSE, &goal) ||
          !_po_import_get_string (ctx, o, "quote", FALSE, &quote))
        return FALSE;
      p.map_id = map_id;
      p.position = (int) i;
      p.name = (char *) name;
      p.role = (char *) role;
      p.goal = (char *) goal;
      p.quote = (char *) quote;
      if (!po_store_insert_journey_persona (ctx->store, &p, NULL))
        return _po_import_fail_sqlite (ctx, NULL, "persona");
      ctx->result->n_rows++;
      _po_import_pop (ctx, len);
    }
  _po_import_pop (ctx, base);
  return TRUE;
}

static gboolean
import_cells (PoImportContext *ctx,
              JsonObject      *map,
              gint64           map_id,
              GHashTable      *lanes,
              GHashTable      *phases)
{
  static const char * const known[] = { "lane", "phase", "text", NULL };
  JsonArray *array;
  gsize base;

  if (!_po_import_get_array (ctx, map, "cells", &array))
    return FALSE;
  if (array == NULL)
    return TRUE;
  base = _po_import_push_key (ctx, "cells");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize len = _po_import_push_index (ctx, i);
      JsonObject *o = _po_import_object (ctx, json_array_get_element (array, i), NULL);
      PoJourneyCell cell = { 0 };
      const char *lane = NULL, *phase = NULL, *text = "";

      if (o == NULL)
        return FALSE;
      _po_import_check_keys (ctx, o, known);
      if (!_po_import_get_string (ctx, o, "lane", TRUE, &lane) ||
          !_po_import_get_string (ctx, o, "phase", TRUE, &phase) ||
          !_po_import_get_string (ctx, o, "text", FALSE, &text))
        return FALSE;
      if (!g_hash_table_contains (lanes, lane))
        return _po_import_fail (ctx, PO_IMPORT_ERROR_REFERENCE, "lane",
                                _("“%s” is not a lane of this map"), lane);
      if (!g_hash_table_contains (phases, phase))
        return _po_import_fail (ctx, PO_IMPORT_ERROR_REFERENCE, "phase",
                                _("“%s” is not a phase or stage of this map"), phase);
      cell.map_id = map_id;
      cell.lane = (char *) lane;
      cell.phase = (char *) phase;
      cell.text = (char *) text;
      if (!po_store_insert_journey_cell (ctx->store, &cell, NULL))
        return _po_import_fail_sqlite (ctx, NULL, _("cell"));
      ctx->result->n_rows++;
      _po_import_pop (ctx, len);
    }
  _po_import_pop (ctx, base);
  return TRUE;
}

static gboolean
import_emotion (PoImportContext *ctx,
                JsonObject      *map,
                gint64           map_id,
                GHashTable      *phases)
{
  JsonNode *node = json_object_get_member (map, "emotion");
  g_autoptr(GList) names = NULL;
  JsonObject *o;
  gsize base;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if ((o = _po_import_object (ctx, node, "emotion")) == NULL)
    return FALSE;
  base = _po_import_push_key (ctx, "emotion");
  names = json_object_get_members (o);
  for (const GList *l = names; l != NULL; l = l->next)
    {
      PoJourneyEmotion e = { 0 };

      if (!g_hash_table_contains (phases, l->data))
        return _po_import_fail (ctx, PO_IMPORT_ERROR_REFERENCE, l->data,
                                _("“%s” is not a phase or stage of this map"), (const char *) l->data);
      if (!_po_import_node_number (ctx, json_object_get_member (o, l->data), l->data,
                                   -2.0, 2.0, &e.value))
        return FALSE;
      e.map_id = map_id;
      e.phase = l->data;
      if (!po_store_insert_journey_emotion (ctx->store, &e, NULL))
        return _po_import_fail_sqlite (ctx, l->data, "emotion");
      ctx->result->n_rows++;
    }
  _po_import_pop (ctx, base);
  return TRUE;
}

/* The `journey_maps[]` element; @index is G_MAXUINT for a map document. */
gboolean
_po_import_journey_map (PoImportContext *ctx,
                        JsonNode        *node,
                        guint            index)
{
  static const char * const known[] = {
    "id", "title", "phase_model", "lanes", "cells", "emotion", "segment", "personas", "stages",
    "format", "version", NULL
  };
  g_autoptr(GHashTable) lanes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) phases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  PoJourneyMapRecord row = { 0 };
  const char *key = NULL, *title = NULL, *model = NULL, *first;
  g_autofree char *temp_key = NULL;
  int segment = -1;
  gboolean skip = FALSE, ok;
  JsonObject *o;
  gsize base = ctx->path->len;

  if (index != G_MAXUINT)
    {
      _po_import_push_key (ctx, "journey_maps");
      _po_import_push_index (ctx, index);
    }
  if ((o = _po_import_object (ctx, node, NULL)) == NULL)
    return FALSE;
  _po_import_check_keys (ctx, o, known);
  if (!_po_import_get_string (ctx, o, "id", TRUE, &key) ||
      !_po_import_get_string (ctx, o, "title", FALSE, &title) ||
      !_po_import_get_string (ctx, o, "phase_model", FALSE, &model) ||
      !_po_import_get_enum (ctx, o, "segment", FALSE, &po_segment_enum, &segment))
    return FALSE;
  if (model == NULL)
    model = ctx->phase_model;
  if (!_po_import_phase_model_exists (ctx, model))
    return _po_import_fail (ctx, PO_IMPORT_ERROR_REFERENCE, "phase_model",
                            _("“%s” is not a phase model of this workspace"), model);
  if ((first = g_hash_table_lookup (ctx->map_keys, key)) != NULL)
    return _po_import_fail (ctx, PO_IMPORT_ERROR_DUPLICATE, "id",
                            _("duplicate journey map id “%s” (first used at %s)"), key, first);
  g_hash_table_insert (ctx->map_keys, g_strdup (key), g_strdup (ctx->path->str));

  if (!_po_import_replace_row (ctx, "SELECT id FROM journey_maps WHERE key = ?", key,
                               po_store_delete_journey_map_record, "journey map", &temp_key))
    return FALSE;
  skip = temp_key != NULL;

  row.key = skip ? temp_key : (char *) key;
  row.title = (char *) (title != NULL ? title : key);
  row.phase_model = (char *) model;
  row.segment = segment >= 0 ? (char *) po_enum_nick (&po_segment_enum, segment) : NULL;
  row.position = (int) g_hash_table_size (ctx->map_keys) - 1;
  ok = po_store_insert_journey_map_record (ctx->store, &row, NULL) ||
       _po_import_fail_sqlite (ctx, NULL, "journey map");
  ok = ok &&
       _po_import_model_phases (ctx, model, phases) &&
       import_stages (ctx, o, row.id, phases) &&
       import_lanes (ctx, o, row.id, lanes) &&
       import_personas (ctx, o, row.id) &&
       import_cells (ctx, o, row.id, lanes, phases) &&
       import_emotion (ctx, o, row.id, phases);
  if (skip)
    po_store_rollback (ctx->store);
  if (ok)
    {
      ctx->result->n_rows++;
      _po_import_pop (ctx, base);
    }
  return ok;
}

