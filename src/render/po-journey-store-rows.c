/* po-journey-store-rows.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-journey-store"

#include "config.h"

#include "po-journey-store-private.h"

#include <glib/gi18n-lib.h>

/* Lanes and stages of a journey map: add, remove, move and rename, each
 * one undoable step. */

/* Lanes and stages: ordered rows with a code */

typedef struct
{
  const PoRecordClass *klass;
  gsize                map_offset;
  gsize                position_offset;
  gsize                code_offset;
  gsize                title_offset;
} Ordered;

static const Ordered lanes_info = {
  &po_journey_lane_class,
  G_STRUCT_OFFSET (PoJourneyLaneRecord, map_id),
  G_STRUCT_OFFSET (PoJourneyLaneRecord, position),
  G_STRUCT_OFFSET (PoJourneyLaneRecord, code),
  G_STRUCT_OFFSET (PoJourneyLaneRecord, title),
};

static const Ordered stages_info = {
  &po_journey_stage_class,
  G_STRUCT_OFFSET (PoJourneyStage, map_id),
  G_STRUCT_OFFSET (PoJourneyStage, position),
  G_STRUCT_OFFSET (PoJourneyStage, code),
  G_STRUCT_OFFSET (PoJourneyStage, title),
};

#define ROW_POSITION(info, row) G_STRUCT_MEMBER (int, row, (info)->position_offset)
#define ROW_CODE(info, row)     G_STRUCT_MEMBER (char *, row, (info)->code_offset)
#define ROW_TITLE(info, row)    G_STRUCT_MEMBER (char *, row, (info)->title_offset)

static int
find_row (const Ordered *info,
          GPtrArray     *rows,
          const char    *code)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (ROW_CODE (info, g_ptr_array_index (rows, i)), code) == 0)
      return i;
  return -1;
}

/* Writes positions 0…n−1 in array order. */
static gboolean
renumber (PoStore        *store,
          const Ordered  *info,
          GPtrArray      *rows,
          GError        **error)
{
  for (guint i = 0; i < rows->len; i++)
    {
      gpointer row = g_ptr_array_index (rows, i);

      if (ROW_POSITION (info, row) == (int) i)
        continue;
      ROW_POSITION (info, row) = i;
      if (!po_store_update (store, info->klass, row, error))
        return FALSE;
    }
  return TRUE;
}

static char *
unique_code (const Ordered *info,
             GPtrArray     *rows,
             const char    *prefix)
{
  char *code = NULL;

  for (guint n = rows->len + 1; code == NULL || find_row (info, rows, code) >= 0; n++)
    {
      g_free (code);
      code = g_strdup_printf ("%s-%u", prefix, n);
    }
  return code;
}

static gboolean
not_found (GError     **error,
           const char  *code)
{
  g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_FOUND,
               _("The journey map has no row or column “%s”"), code);
  return FALSE;
}

/* The map's stages, made from its model's phases on first use. */
static GPtrArray *
ensure_stages (PoStore  *store,
               gint64    map_id,
               GError  **error)
{
  g_autoptr(PoJourneyMapRecord) record = NULL;
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GPtrArray) phases = NULL;

  stages = po_store_list_journey_stage (store, map_id, error);
  if (stages == NULL || stages->len > 0)
    return g_steal_pointer (&stages);

  record = po_store_get_journey_map_record (store, map_id, error);
  if (record == NULL)
    return NULL;
  phases = po_store_list_where (store, &po_phase_class, "model", record->phase_model, error);
  if (phases == NULL)
    return NULL;
  for (guint i = 0; i < phases->len; i++)
    {
      const PoPhase *p = g_ptr_array_index (phases, i);
      PoJourneyStage *stage = po_journey_stage_new ();

      stage->map_id = map_id;
      stage->position = i;
      stage->code = g_strdup (p->code);
      stage->title = g_strdup (p->title);
      g_ptr_array_add (stages, stage);
      if (!po_store_insert_journey_stage (store, stage, error))
        return NULL;
    }
  return g_steal_pointer (&stages);
}

static GPtrArray *
list_rows (PoStore        *store,
           const Ordered  *info,
           gint64          map_id,
           GError        **error)
{
  if (info == &stages_info)
    return ensure_stages (store, map_id, error);
  return po_store_list (store, info->klass, map_id, error);
}

static gboolean
set_row_title (PoHistory      *history,
               const Ordered  *info,
               const char     *label,
               gint64          map_id,
               const char     *code,
               const char     *title,
               GError        **error)
{
  PoStore *store = po_history_get_store (history);
  g_autoptr(GPtrArray) rows = NULL;
  gboolean ok = FALSE;
  int i;

  if (!po_history_begin (history, label, error))
    return FALSE;
  rows = list_rows (store, info, map_id, error);
  if (rows != NULL && (i = find_row (info, rows, code)) < 0)
    not_found (error, code);
  else if (rows != NULL)
    {
      gpointer row = g_ptr_array_index (rows, i);

      po_record_set_text (&ROW_TITLE (info, row), title);
      ok = po_store_update (store, info->klass, row, error);
    }
  return _po_journey_store_finish (history, ok, error);
}

static gboolean
move_row (PoHistory      *history,
          const Ordered  *info,
          const char     *label,
          gint64          map_id,
          const char     *code,
          int             delta,
          GError        **error)
{
  PoStore *store = po_history_get_store (history);
  g_autoptr(GPtrArray) rows = NULL;
  gboolean ok = FALSE;
  int i, j;

  if (!po_history_begin (history, label, error))
    return FALSE;
  rows = list_rows (store, info, map_id, error);
  if (rows != NULL && (i = find_row (info, rows, code)) < 0)
    not_found (error, code);
  else if (rows != NULL)
    {
      j = CLAMP (i + delta, 0, (int) rows->len - 1);
      if (j != i)
        {
          gpointer row = g_ptr_array_steal_index (rows, i);

          g_ptr_array_insert (rows, j, row);
        }
      ok = renumber (store, info, rows, error);
    }
  return _po_journey_store_finish (history, ok, error);
}

static char *
add_row (PoHistory      *history,
         const Ordered  *info,
         const char     *label,
         gint64          map_id,
         int             position,
         const char     *title,
         const char     *prefix,
         GError        **error)
{
  PoStore *store = po_history_get_store (history);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *code = NULL;
  gboolean ok = FALSE;

  if (!po_history_begin (history, label, error))
    return NULL;
  rows = list_rows (store, info, map_id, error);
  if (rows != NULL)
    {
      gpointer row = po_record_new (info->klass);

      code = unique_code (info, rows, prefix);
      G_STRUCT_MEMBER (gint64, row, info->map_offset) = map_id;
      ROW_CODE (info, row) = g_strdup (code);
      ROW_TITLE (info, row) = g_strdup (title);
      if (position < 0 || position > (int) rows->len)
        position = rows->len;
      ROW_POSITION (info, row) = rows->len;
      g_ptr_array_insert (rows, position, row);
      ok = po_store_insert (store, info->klass, row, error) &&
           renumber (store, info, rows, error);
    }
  if (!_po_journey_store_finish (history, ok, error))
    return NULL;
  return g_steal_pointer (&code);
}

/* Removes the row and what hangs on its code (cells, emotion points). */
static gboolean
remove_row (PoHistory      *history,
            const Ordered  *info,
            const char     *label,
            gint64          map_id,
            const char     *code,
            GError        **error)
{
  PoStore *store = po_history_get_store (history);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) cells = NULL;
  g_autoptr(GPtrArray) emotions = NULL;
  gboolean is_stage = info == &stages_info;
  gboolean ok = FALSE;
  int i;

  if (!po_history_begin (history, label, error))
    return FALSE;
  rows = list_rows (store, info, map_id, error);
  if (rows == NULL)
    return _po_journey_store_finish (history, FALSE, error);
  if ((i = find_row (info, rows, code)) < 0)
    return _po_journey_store_finish (history, not_found (error, code), error);
  if (rows->len == 1)
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_INVALID,
                   is_stage ? _("A journey map keeps at least one stage")
                            : _("A journey map keeps at least one lane"));
      return _po_journey_store_finish (history, FALSE, error);
    }

  ok = po_store_delete (store, info->klass, ((PoRecord *) g_ptr_array_index (rows, i))->id, error);
  if (ok)
    {
      g_ptr_array_remove_index (rows, i);
      ok = renumber (store, info, rows, error);
    }
  if (ok)
    ok = (cells = po_store_list_journey_cell (store, map_id, error)) != NULL;
  for (guint k = 0; ok && k < cells->len; k++)
    {
      const PoJourneyCell *c = g_ptr_array_index (cells, k);

      if (g_str_equal (is_stage ? c->phase : c->lane, code))
        ok = po_store_delete_journey_cell (store, c->id, error);
    }
  if (ok && is_stage)
    ok = (emotions = po_store_list_journey_emotion (store, map_id, error)) != NULL;
  for (guint k = 0; ok && is_stage && k < emotions->len; k++)
    {
      const PoJourneyEmotion *e = g_ptr_array_index (emotions, k);

      if (g_str_equal (e->phase, code))
        ok = po_store_delete_journey_emotion (store, e->id, error);
    }
  return _po_journey_store_finish (history, ok, error);
}

gboolean
po_journey_store_set_lane_title (PoHistory   *history,
                                 gint64       map_id,
                                 const char  *lane,
                                 const char  *title,
                                 GError     **error)
{
  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (lane != NULL && title != NULL, FALSE);

  return set_row_title (history, &lanes_info, _("Rename lane"), map_id, lane, title, error);
}

char *
po_journey_store_add_lane (PoHistory   *history,
                           gint64       map_id,
                           int          position,
                           const char  *title,
                           GError     **error)
{
  g_return_val_if_fail (PO_IS_HISTORY (history), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  return add_row (history, &lanes_info, _("Add lane"), map_id, position, title, "lane", error);
}

gboolean
po_journey_store_remove_lane (PoHistory   *history,
                              gint64       map_id,
                              const char  *lane,
                              GError     **error)
{
  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (lane != NULL, FALSE);

  return remove_row (history, &lanes_info, _("Remove lane"), map_id, lane, error);
}

gboolean
po_journey_store_move_lane (PoHistory   *history,
                            gint64       map_id,
                            const char  *lane,
                            int          delta,
                            GError     **error)
{
  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (lane != NULL, FALSE);

  return move_row (history, &lanes_info, _("Move lane"), map_id, lane, delta, error);
}

gboolean
po_journey_store_set_stage_title (PoHistory   *history,
                                  gint64       map_id,
                                  const char  *phase,
                                  const char  *title,
                                  GError     **error)
{
  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (phase != NULL && title != NULL, FALSE);

  return set_row_title (history, &stages_info, _("Rename stage"), map_id, phase, title, error);
}

char *
po_journey_store_add_stage (PoHistory   *history,
                            gint64       map_id,
                            int          position,
                            const char  *title,
                            GError     **error)
{
  g_return_val_if_fail (PO_IS_HISTORY (history), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  return add_row (history, &stages_info, _("Add stage"), map_id, position, title, "stage", error);
}

gboolean
po_journey_store_remove_stage (PoHistory   *history,
                               gint64       map_id,
                               const char  *phase,
                               GError     **error)
{
  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (phase != NULL, FALSE);

  return remove_row (history, &stages_info, _("Remove stage"), map_id, phase, error);
}

gboolean
po_journey_store_move_stage (PoHistory   *history,
                             gint64       map_id,
                             const char  *phase,
                             int          delta,
                             GError     **error)
{
  g_return_val_if_fail (PO_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (phase != NULL, FALSE);

  return move_row (history, &stages_info, _("Move stage"), map_id, phase, delta, error);
}
