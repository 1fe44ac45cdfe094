/* po-export-map.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Journey maps in the §7 format: the `journey_maps[]` element, and the
 * same element alone as a {"format": "peak-one-journey-map"} document.
 */

#define G_LOG_DOMAIN "po-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "po-export.h"
#include "po-import-private.h"

/* A lane with its default title and kind is written as its code alone,
 * as in the §7 example. */
static gboolean
lane_is_default (const PoJourneyLaneRecord *lane)
{
  PoLaneKind kind = g_str_equal (lane->code, "emotion") ? PO_LANE_EMOTION : PO_LANE_TEXT;

  if (lane->kind != kind)
    return FALSE;
  return g_strcmp0 (lane->title, _po_import_default_lane_title (lane->code)) == 0;
}

static int
index_of (GPtrArray  *codes,
          const char *code)
{
  for (guint i = 0; i < codes->len; i++)
    if (g_str_equal (codes->pdata[i], code))
      return (int) i;
  return G_MAXINT;
}

typedef struct
{
  GPtrArray *lanes;
  GPtrArray *phases;
} CellOrder;

static int
compare_cells (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const PoJourneyCell *x = *(PoJourneyCell * const *) a;
  const PoJourneyCell *y = *(PoJourneyCell * const *) b;
  CellOrder *order = user_data;
  int d;

  if ((d = index_of (order->lanes, x->lane) - index_of (order->lanes, y->lane)) != 0)
    return d;
  if ((d = index_of (order->phases, x->phase) - index_of (order->phases, y->phase)) != 0)
    return d;
  if ((d = strcmp (x->lane, y->lane)) != 0)
    return d;
  return strcmp (x->phase, y->phase);
}

static int
compare_emotions (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const PoJourneyEmotion *x = *(PoJourneyEmotion * const *) a;
  const PoJourneyEmotion *y = *(PoJourneyEmotion * const *) b;
  int d = index_of (user_data, x->phase) - index_of (user_data, y->phase);

  return d != 0 ? d : strcmp (x->phase, y->phase);
}

/* The phase codes of @map in order: its stages, else its model's phases. */
static GPtrArray *
map_phase_codes (PoStore                  *store,
                 const PoJourneyMapRecord *map,
                 GPtrArray                *stages,
                 GError                  **error)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  for (guint i = 0; i < stages->len; i++)
    g_ptr_array_add (codes, g_strdup (((PoJourneyStage *) stages->pdata[i])->code));
  if (codes->len > 0)
    return g_steal_pointer (&codes);

  stmt = _po_store_prepare (store, "SELECT code FROM phases WHERE model = ? ORDER BY position", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, map->phase_model, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (codes, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  return g_steal_pointer (&codes);
}

JsonNode *
_po_export_journey_map (PoStore                   *store,
                        const PoJourneyMapRecord  *map,
                        GError                   **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(GPtrArray) lanes = po_store_list_journey_lane (store, map->id, error);
  g_autoptr(GPtrArray) cells = NULL;
  g_autoptr(GPtrArray) emotions = NULL;
  g_autoptr(GPtrArray) personas = NULL;
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GPtrArray) phases = NULL;
  g_autoptr(GPtrArray) lane_codes = g_ptr_array_new ();
  CellOrder order;

  if (lanes == NULL ||
      (cells = po_store_list_journey_cell (store, map->id, error)) == NULL ||
      (emotions = po_store_list_journey_emotion (store, map->id, error)) == NULL ||
      (personas = po_store_list_journey_persona (store, map->id, error)) == NULL ||
      (stages = po_store_list_journey_stage (store, map->id, error)) == NULL ||
      (phases = map_phase_codes (store, map, stages, error)) == NULL)
    return NULL;

  for (guint i = 0; i < lanes->len; i++)
    g_ptr_array_add (lane_codes, ((PoJourneyLaneRecord *) lanes->pdata[i])->code);
  order.lanes = lane_codes;
  order.phases = phases;
  g_ptr_array_sort_with_data (cells, compare_cells, &order);
  g_ptr_array_sort_with_data (emotions, compare_emotions, phases);

  json_builder_begin_object (b);
  _po_export_add_string (b, "id", map->key);
  _po_export_add_string (b, "title", map->title);
  _po_export_add_string (b, "phase_model", map->phase_model);

  json_builder_set_member_name (b, "lanes");
  json_builder_begin_array (b);
  for (guint i = 0; i < lanes->len; i++)
    {
      PoJourneyLaneRecord *lane = lanes->pdata[i];

      if (lane_is_default (lane))
        {
          json_builder_add_string_value (b, lane->code);
          continue;
        }
      json_builder_begin_object (b);
      _po_export_add_string (b, "code", lane->code);
      _po_export_add_string (b, "title", lane->title);
      _po_export_add_enum (b, "kind", &po_lane_kind_enum, lane->kind);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "cells");
  json_builder_begin_array (b);
  for (guint i = 0; i < cells->len; i++)
    {
      PoJourneyCell *cell = cells->pdata[i];

      json_builder_begin_object (b);
      _po_export_add_string (b, "lane", cell->lane);
      _po_export_add_string (b, "phase", cell->phase);
      _po_export_add_string (b, "text", cell->text);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "emotion");
  json_builder_begin_object (b);
  for (guint i = 0; i < emotions->len; i++)
    {
      PoJourneyEmotion *e = emotions->pdata[i];

      _po_export_add_number (b, e->phase, e->value);
    }
  json_builder_end_object (b);

  /* Beyond the §7 example, only when present. */
  if (map->segment != NULL)
    _po_export_add_string (b, "segment", map->segment);
  if (personas->len > 0)
    {
      json_builder_set_member_name (b, "personas");
      json_builder_begin_array (b);
      for (guint i = 0; i < personas->len; i++)
        {
          PoJourneyPersonaRecord *p = personas->pdata[i];

          json_builder_begin_object (b);
          _po_export_add_string (b, "name", p->name);
          _po_export_add_string (b, "role", p->role);
          _po_export_add_string (b, "goal", p->goal);
          _po_export_add_string (b, "quote", p->quote);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }
  if (stages->len > 0)
    {
      json_builder_set_member_name (b, "stages");
      json_builder_begin_array (b);
      for (guint i = 0; i < stages->len; i++)
        {
          PoJourneyStage *s = stages->pdata[i];

          json_builder_begin_object (b);
          _po_export_add_string (b, "code", s->code);
          _po_export_add_string (b, "title", s->title);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

gboolean
po_journey_map_export_one (PoStore        *store,
                           const char     *key,
                           GOutputStream  *out,
                           GCancellable   *cancellable,
                           GError        **error)
{
  g_autoptr(GPtrArray) maps = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) document = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *object, *map_object;

  g_return_val_if_fail (PO_IS_STORE (store), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  maps = po_store_list_where (store, &po_journey_map_record_class, "key", key, error);
  if (maps == NULL)
    return FALSE;
  if (maps->len == 0)
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_FOUND,
                   _("No journey map “%s” in the workspace"), key);
      return FALSE;
    }
  if ((node = _po_export_journey_map (store, maps->pdata[0], error)) == NULL)
    return FALSE;

  /* The element's members after "format" and "version". */
  object = json_object_new ();
  json_object_set_string_member (object, "format", "peak-one-journey-map");
  json_object_set_int_member (object, "version", 1);
  map_object = json_node_get_object (node);
  members = json_object_get_members (map_object);
  for (const GList *l = members; l != NULL; l = l->next)
    json_object_set_member (object, l->data, json_object_dup_member (map_object, l->data));
  document = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);

  return _po_export_write_node (out, document, 0, cancellable, error) &&
         g_output_stream_write_all (out, "\n", 1, NULL, cancellable, error);
}
