/* po-import-workspace.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parts of a §7 document around the accounts: settings, catalog,
 * scenarios and journey maps, and the reference checks that need the
 * whole document.
 */

#define G_LOG_DOMAIN "po-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "po-import-private.h"
#include "po-settings.h"

#define MAX_WEIGHT 1000
#define MAX_DAYS   3650

/* Adds the codes of @model's phases to @phases. */
gboolean
_po_import_model_phases (PoImportContext *ctx,
                         const char      *model,
                         GHashTable      *phases)
{
  sqlite3_stmt *stmt = _po_store_prepare (ctx->store, "SELECT code FROM phases WHERE model = ?", NULL);

  if (stmt == NULL)
    return _po_import_fail_sqlite (ctx, NULL, "phase");
  sqlite3_bind_text (stmt, 1, model, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_add (phases, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
_po_import_load_phase_model (PoImportContext *ctx)
{
  sqlite3_stmt *stmt;

  g_free (ctx->phase_model);
  ctx->phase_model = po_store_get_setting (ctx->store, "phase_model");
  if (ctx->phase_model == NULL)
    ctx->phase_model = g_strdup ("post-sale");
  g_hash_table_remove_all (ctx->phases);
  g_hash_table_remove_all (ctx->criteria);

  if (!_po_import_model_phases (ctx, ctx->phase_model, ctx->phases))
    return FALSE;

  stmt = _po_store_prepare (ctx->store, "SELECT phase, code FROM exit_criteria WHERE model = ?", NULL);
  if (stmt == NULL)
    return _po_import_fail_sqlite (ctx, NULL, "criterion");
  sqlite3_bind_text (stmt, 1, ctx->phase_model, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_add (ctx->criteria, g_strconcat ((const char *) sqlite3_column_text (stmt, 0), "\037",
                                                  (const char *) sqlite3_column_text (stmt, 1), NULL));
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
_po_import_phase_model_exists (PoImportContext *ctx,
                    const char      *code)
{
  sqlite3_stmt *stmt = _po_store_prepare (ctx->store, "SELECT 1 FROM phase_models WHERE code = ?", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

/* Settings */

static gboolean
import_health_settings (PoImportContext *ctx,
                        JsonObject      *settings_object,
                        PoSettings      *s)
{
  static const char * const known[] = { "weights", "red_below", "yellow_below", "stale_after_days", NULL };
  JsonNode *node = json_object_get_member (settings_object, "health");
  JsonObject *o, *weights;
  gsize base;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if ((o = _po_import_object (ctx, node, "health")) == NULL)
    return FALSE;
  base = _po_import_push_key (ctx, "health");
  _po_import_check_keys (ctx, o, known);
  node = json_object_get_member (o, "weights");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      gsize len;

      if ((weights = _po_import_object (ctx, node, "weights")) == NULL)
        return FALSE;
      len = _po_import_push_key (ctx, "weights");
      _po_import_check_keys (ctx, weights, (const char * const[]) {
                               "usage", "support", "nps", "growth", "billing", "executive", NULL });
      for (guint c = 0; c < PO_N_COMPONENTS; c++)
        if (!_po_import_get_int (ctx, weights, po_enum_nick (&po_component_enum, c), FALSE,
                                 0, MAX_WEIGHT, &s->health_weights[c]))
          return FALSE;
      _po_import_pop (ctx, len);
    }
  if (!_po_import_get_int (ctx, o, "red_below", FALSE, 0, 100, &s->red_below) ||
      !_po_import_get_int (ctx, o, "yellow_below", FALSE, 0, 100, &s->yellow_below) ||
      !_po_import_get_int (ctx, o, "stale_after_days", FALSE, 1, MAX_DAYS, &s->stale_after_days))
    return FALSE;
  _po_import_pop (ctx, base);
  return TRUE;
}

static gboolean
import_lead_times (PoImportContext *ctx,
                   JsonObject      *settings_object,
                   PoSettings      *s)
{
  JsonNode *node = json_object_get_member (settings_object, "lead_time_days");
  JsonObject *o;
  gsize base;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if ((o = _po_import_object (ctx, node, "lead_time_days")) == NULL)
    return FALSE;
  base = _po_import_push_key (ctx, "lead_time_days");
  _po_import_check_keys (ctx, o, (const char * const[]) {
                           "enterprise", "mid_market", "smb", "product_led", NULL });
  for (guint seg = 0; seg < PO_N_SEGMENTS; seg++)
    if (!_po_import_get_int (ctx, o, po_enum_nick (&po_segment_enum, seg), FALSE,
                             0, MAX_DAYS, &s->lead_time_days[seg]))
      return FALSE;
  _po_import_pop (ctx, base);
  return TRUE;
}

gboolean
_po_import_settings (PoImportContext *ctx,
                     JsonNode        *node)
{
  static const char * const known[] = {
    "currency", "phase_model", "gross_margin", "health", "fiscal_month_start",
    "reactivation_window_days", "quick_ratio_includes_reactivation", "lead_time_days", NULL
  };
  PoSettings s;
  JsonObject *o;
  const char *currency = NULL, *model = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;
  gsize base;

  if ((o = _po_import_object (ctx, node, "settings")) == NULL)
    return FALSE;
  if (!po_settings_load (&s, ctx->store, NULL))
    {
      po_settings_clear (&s);
      po_settings_init_defaults (&s);
    }
  base = _po_import_push_key (ctx, "settings");
  _po_import_check_keys (ctx, o, known);
  if (!_po_import_get_string (ctx, o, "currency", FALSE, &currency) ||
      !_po_import_get_string (ctx, o, "phase_model", FALSE, &model) ||
      !_po_import_get_number (ctx, o, "gross_margin", FALSE, 0.0, 1.0, &s.gross_margin) ||
      !_po_import_get_int (ctx, o, "fiscal_month_start", FALSE, 1, 12, &s.fiscal_month_start) ||
      !_po_import_get_int (ctx, o, "reactivation_window_days", FALSE, 0, MAX_DAYS,
                           &s.reactivation_window_days) ||
      !_po_import_get_bool (ctx, o, "quick_ratio_includes_reactivation",
                            &s.quick_ratio_includes_reactivation) ||
      !import_health_settings (ctx, o, &s) ||
      !import_lead_times (ctx, o, &s))
    goto out;
  if (currency != NULL)
    {
      if (strlen (currency) != 3 || !g_ascii_isupper (currency[0]) ||
          !g_ascii_isupper (currency[1]) || !g_ascii_isupper (currency[2]))
        {
          _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, "currency",
                           _("“%s” is not a three-letter ISO 4217 code"), currency);
          goto out;
        }
      g_free (s.currency);
      s.currency = g_strdup (currency);
    }
  if (model != NULL)
    {
      if (!_po_import_phase_model_exists (ctx, model))
        {
          _po_import_fail (ctx, PO_IMPORT_ERROR_REFERENCE, "phase_model",
                           _("“%s” is not a phase model of this workspace"), model);
          goto out;
        }
      g_free (s.phase_model);
      s.phase_model = g_strdup (model);
    }
  if (!po_settings_validate (&s, &error))
    {
      _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, NULL, "%s", error->message);
      goto out;
    }
  if (ctx->apply_header && !po_settings_save (&s, ctx->store, &error))
    {
      _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, NULL, "%s", error->message);
      goto out;
    }
  _po_import_pop (ctx, base);
  ok = TRUE;

out:
  po_settings_clear (&s);
  return ok;
}

/* Catalog */

static gboolean
import_items (PoImportContext *ctx,
              JsonObject      *catalog,
              const char      *member,
              PoItemKind       kind,
              GHashTable      *codes,
              int             *position)
{
  static const char * const known[] = { "code", "name", "mrr_cents", NULL };
  JsonArray *array;
  sqlite3_stmt *stmt;
  gsize base;

  if (!_po_import_get_array (ctx, catalog, member, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;
  stmt = _po_store_prepare (ctx->store,
                            ctx->options->merge == PO_IMPORT_MERGE_SKIP && !ctx->fresh
                            ? "INSERT INTO catalog_items (code, kind, name, mrr_cents, position) "
                              "VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING"
                            : "INSERT INTO catalog_items (code, kind, name, mrr_cents, position) "
                              "VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
                              "kind = excluded.kind, name = excluded.name, "
                              "mrr_cents = excluded.mrr_cents, position = excluded.position", NULL);
  if (stmt == NULL)
    return _po_import_fail_sqlite (ctx, NULL, "catalog item");

  base = _po_import_push_key (ctx, member);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize len = _po_import_push_index (ctx, i);
      JsonObject *o = _po_import_object (ctx, json_array_get_element (array, i), NULL);
      const char *code = NULL, *name = NULL;
      gint64 cents = 0;

      if (o == NULL)
        return FALSE;
      _po_import_check_keys (ctx, o, known);
      if (!_po_import_get_string (ctx, o, "code", TRUE, &code) ||
          !_po_import_get_string (ctx, o, "name", FALSE, &name) ||
          !_po_import_get_cents (ctx, o, "mrr_cents", TRUE, &cents))
        return FALSE;
      if (!g_hash_table_add (codes, g_strdup (code)))
        return _po_import_fail (ctx, PO_IMPORT_ERROR_DUPLICATE, "code",
                                _("duplicate catalog code “%s”"), code);
      if (ctx->apply_header || !ctx->fresh)
        {
          sqlite3_reset (stmt);
          sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 2, po_enum_nick (&po_item_kind_enum, kind), -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 3, name != NULL ? name : code, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (stmt, 4, cents);
          sqlite3_bind_int (stmt, 5, (*position)++);
          if (sqlite3_step (stmt) != SQLITE_DONE)
            {
              sqlite3_reset (stmt);
              return _po_import_fail_sqlite (ctx, NULL, "catalog item");
            }
          sqlite3_reset (stmt);
          ctx->result->n_rows++;
        }
      _po_import_pop (ctx, len);
    }
  _po_import_pop (ctx, base);
  return TRUE;
}

gboolean
_po_import_catalog (PoImportContext *ctx,
                    JsonNode        *node)
{
  static const char * const known[] = { "tiers", "addons", NULL };
  g_autoptr(GHashTable) codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObject *o;
  int position = 0;
  gsize base;

  if ((o = _po_import_object (ctx, node, "catalog")) == NULL)
    return FALSE;
  base = _po_import_push_key (ctx, "catalog");
  _po_import_check_keys (ctx, o, known);
  if (!import_items (ctx, o, "tiers", PO_ITEM_TIER, codes, &position) ||
      !import_items (ctx, o, "addons", PO_ITEM_ADDON, codes, &position))
    return FALSE;
  _po_import_pop (ctx, base);

  /* Into a workspace without accounts the document's catalog is the
   * catalog: items it does not list go (references are checked at the
   * end, with the deferred foreign keys). */
  if (ctx->fresh)
    {
      g_autoptr(GPtrArray) items = po_store_list_catalog_item (ctx->store, 0, NULL);

      for (guint i = 0; items != NULL && i < items->len; i++)
        {
          PoCatalogItem *item = items->pdata[i];

          if (!g_hash_table_contains (codes, item->code) &&
              !po_store_delete_catalog_item (ctx->store, item->id, NULL))
            return _po_import_fail_sqlite (ctx, "catalog", "catalog item");
        }
    }
  return TRUE;
}

/* Scenarios */

static gboolean
import_rates (PoImportContext *ctx,
              JsonObject      *scenario,
              const char      *member,
              PoRateKind       kind,
              gint64           scenario_id)
{
  JsonNode *node = json_object_get_member (scenario, member);
  g_autoptr(GList) names = NULL;
  JsonObject *o;
  gsize base;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if ((o = _po_import_object (ctx, node, member)) == NULL)
    return FALSE;
  base = _po_import_push_key (ctx, member);
  names = json_object_get_members (o);
  for (const GList *l = names; l != NULL; l = l->next)
    {
      PoScenarioRate rate = { 0 };

      if (!_po_import_node_number (ctx, json_object_get_member (o, l->data), l->data,
                                   0.0, kind == PO_RATE_CHURN ? 1.0 : 1e6, &rate.value))
        return FALSE;
      if (kind == PO_RATE_NEW || !g_str_equal (l->data, "default"))
        _po_import_ref_item (ctx, l->data, l->data, PO_ITEM_TIER);
      rate.scenario_id = scenario_id;
      rate.kind = kind;
      rate.item = l->data;
      if (!po_store_insert_scenario_rate (ctx->store, &rate, NULL))
        return _po_import_fail_sqlite (ctx, l->data, "scenario rate");
      ctx->result->n_rows++;
    }
  _po_import_pop (ctx, base);
  return TRUE;
}

static gboolean
import_path (PoImportContext *ctx,
             JsonObject      *scenario,
             gint64           scenario_id)
{
  static const char * const known[] = { "action", "item", "from_month", "to_month", "probability", NULL };
  JsonArray *path;
  gsize base;

  if (!_po_import_get_array (ctx, scenario, "path", &path))
    return FALSE;
  if (path == NULL)
    return TRUE;
  base = _po_import_push_key (ctx, "path");
  for (guint i = 0; i < json_array_get_length (path); i++)
    {
      gsize len = _po_import_push_index (ctx, i);
      JsonObject *o = _po_import_object (ctx, json_array_get_element (path, i), NULL);
      PoScenarioStep step = { 0 };
      const char *item = NULL;
      int action = 0;

      if (o == NULL)
        return FALSE;
      _po_import_check_keys (ctx, o, known);
      if (!_po_import_get_enum (ctx, o, "action", TRUE, &po_plan_action_enum, &action) ||
          !_po_import_get_string (ctx, o, "item", TRUE, &item) ||
          !_po_import_get_int (ctx, o, "from_month", TRUE, 0, 1200, &step.from_month))
        return FALSE;
      step.to_month = step.from_month;
      if (!_po_import_get_int (ctx, o, "to_month", FALSE, 0, 1200, &step.to_month) ||
          !_po_import_get_number (ctx, o, "probability", TRUE, 0.0, 1.0, &step.probability))
        return FALSE;
      if (step.to_month < step.from_month)
        return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, "to_month",
                                _("ends before its start (from_month %d)"), step.from_month);
      _po_import_ref_item (ctx, "item", item, action == PO_ACTION_UPGRADE ? PO_ITEM_TIER : PO_ITEM_ADDON);
      step.scenario_id = scenario_id;
      step.position = (int) i;
      step.action = action;
      step.item = (char *) item;
      if (!po_store_insert_scenario_step (ctx->store, &step, NULL))
        return _po_import_fail_sqlite (ctx, NULL, "scenario step");
      ctx->result->n_rows++;
      _po_import_pop (ctx, len);
    }
  _po_import_pop (ctx, base);
  return TRUE;
}

static gboolean
import_price_change (PoImportContext  *ctx,
                     JsonObject       *scenario,
                     PoScenarioRecord *row)
{
  static const char * const known[] = {
    "percent", "effective_month", "notice_months", "annual_prepay_share", NULL
  };
  JsonNode *node = json_object_get_member (scenario, "price_change");
  JsonObject *o;
  gsize base;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if ((o = _po_import_object (ctx, node, "price_change")) == NULL)
    return FALSE;
  base = _po_import_push_key (ctx, "price_change");
  _po_import_check_keys (ctx, o, known);
  row->has_price_change = TRUE;
  row->price_notice_months = 1;
  if (!_po_import_get_number (ctx, o, "percent", TRUE, -100.0, 1000.0, &row->price_percent) ||
      !_po_import_get_int (ctx, o, "effective_month", TRUE, 1, row->months,
                           &row->price_effective_month) ||
      !_po_import_get_int (ctx, o, "notice_months", FALSE, 1, 60, &row->price_notice_months) ||
      !_po_import_get_number (ctx, o, "annual_prepay_share", FALSE, 0.0, 1.0,
                              &row->price_prepay_share))
    return FALSE;
  _po_import_pop (ctx, base);
  return TRUE;
}

/* The id of the row that @key names, 0 if none. An element whose row
 * exists is, with merge = skip, still validated and written, but in a
 * savepoint rolled back afterwards: the workspace's own copy wins. */
gboolean
_po_import_existing_row (PoImportContext *ctx,
              const char      *sql,
              const char      *key,
              gint64          *id)
{
  sqlite3_stmt *stmt = _po_store_prepare (ctx->store, sql, NULL);

  *id = 0;
  if (stmt == NULL)
    return _po_import_fail_sqlite (ctx, NULL, key);
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    *id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Makes way for the element that names the row @key (found with @sql):
 * the workspace's row is deleted or, with merge = skip, kept while the
 * element goes in a savepoint under the key *temp_key returns, which the
 * caller rolls back. *temp_key stays NULL unless the element is skipped. */
gboolean
_po_import_replace_row (PoImportContext  *ctx,
                        const char       *sql,
                        const char       *key,
                        PoImportDeleteRow delete_row,
                        const char       *what,
                        char            **temp_key)
{
  gint64 existing;

  *temp_key = NULL;
  if (!_po_import_existing_row (ctx, sql, key, &existing))
    return FALSE;
  if (existing != 0 && ctx->options->merge == PO_IMPORT_MERGE_SKIP)
    {
      *temp_key = g_strdup_printf ("%s\037skip", key);
      if (!po_store_begin (ctx->store, NULL))
        return _po_import_fail_sqlite (ctx, NULL, what);
    }
  else if (existing != 0 && !delete_row (ctx->store, existing, NULL))
    return _po_import_fail_sqlite (ctx, NULL, what);
  return TRUE;
}

gboolean
_po_import_scenario (PoImportContext *ctx,
                     JsonNode        *node,
                     guint            index)
{
  static const char * const known[] = {
    "name", "start_month", "months", "churn_monthly", "new_per_month", "path", "price_change", NULL
  };
  PoScenarioRecord row = { 0 };
  const char *name = NULL, *start = NULL, *first;
  g_autofree char *temp_name = NULL;
  gboolean skip = FALSE, ok;
  JsonObject *o;
  PoMonth month;
  gsize base = _po_import_push_key (ctx, "scenarios");

  _po_import_push_index (ctx, index);
  if ((o = _po_import_object (ctx, node, NULL)) == NULL)
    return FALSE;
  _po_import_check_keys (ctx, o, known);
  if (!_po_import_get_string (ctx, o, "name", TRUE, &name) ||
      !_po_import_get_string (ctx, o, "start_month", TRUE, &start) ||
      !_po_import_get_int (ctx, o, "months", TRUE, 1, 60, &row.months))
    return FALSE;
  if (!po_month_parse (start, &month))
    return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, "start_month",
                            _("“%s” is not a month (expected YYYY-MM)"), start);
  if ((first = g_hash_table_lookup (ctx->scenario_names, name)) != NULL)
    return _po_import_fail (ctx, PO_IMPORT_ERROR_DUPLICATE, "name",
                            _("duplicate scenario name “%s” (first used at %s)"), name, first);
  g_hash_table_insert (ctx->scenario_names, g_strdup (name), g_strdup (ctx->path->str));

  if (!_po_import_replace_row (ctx, "SELECT id FROM scenarios WHERE name = ?", name,
                               po_store_delete_scenario_record, "scenario", &temp_name))
    return FALSE;
  skip = temp_name != NULL;

  row.name = skip ? temp_name : (char *) name;
  row.start_month = (char *) start;
  row.price_notice_months = 1;
  ok = import_price_change (ctx, o, &row);
  if (ok && !po_store_insert_scenario_record (ctx->store, &row, NULL))
    ok = _po_import_fail_sqlite (ctx, NULL, "scenario");
  ok = ok &&
       import_rates (ctx, o, "churn_monthly", PO_RATE_CHURN, row.id) &&
       import_rates (ctx, o, "new_per_month", PO_RATE_NEW, row.id) &&
       import_path (ctx, o, row.id);
  if (skip)
    po_store_rollback (ctx->store);
  if (ok)
    {
      ctx->result->n_rows++;
      _po_import_pop (ctx, base);
    }
  return ok;
}

/* References */

gboolean
_po_import_check_refs (PoImportContext *ctx)
{
  g_autoptr(GHashTable) kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) items = po_store_list_catalog_item (ctx->store, 0, NULL);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      PoCatalogItem *item = items->pdata[i];

      g_hash_table_insert (kinds, g_strdup (item->code), GINT_TO_POINTER (item->kind + 1));
    }
  for (guint i = 0; i < ctx->item_refs->len; i++)
    {
      PoItemRef *ref = ctx->item_refs->pdata[i];
      int kind = GPOINTER_TO_INT (g_hash_table_lookup (kinds, ref->code)) - 1;

      g_string_assign (ctx->path, ref->path);
      if (kind < 0)
        return _po_import_fail (ctx, PO_IMPORT_ERROR_REFERENCE, NULL,
                                _("“%s” is not in the catalog"), ref->code);
      if (ref->kind == PO_ITEM_TIER && kind != PO_ITEM_TIER)
        return _po_import_fail (ctx, PO_IMPORT_ERROR_REFERENCE, NULL,
                                _("“%s” is an add-on, not a tier"), ref->code);
      if (ref->kind == PO_ITEM_ADDON && kind != PO_ITEM_ADDON)
        return _po_import_fail (ctx, PO_IMPORT_ERROR_REFERENCE, NULL,
                                _("“%s” is a tier, not an add-on"), ref->code);
    }
  g_string_truncate (ctx->path, 0);
  return TRUE;
}
