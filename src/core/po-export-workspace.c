/* po-export-workspace.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parts of the §7 document around the accounts: settings, catalog
 * and scenarios. Small, so each is built as one node.
 */

#define G_LOG_DOMAIN "po-export"

#include "config.h"

#include "po-import-private.h"
#include "po-settings.h"

/* Header */

JsonNode *
_po_export_settings_node (PoStore  *store,
               GError  **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  PoSettings s;

  if (!po_settings_load (&s, store, error))
    {
      po_settings_clear (&s);
      return NULL;
    }
  json_builder_begin_object (b);
  _po_export_add_string (b, "currency", s.currency);
  _po_export_add_string (b, "phase_model", s.phase_model);
  _po_export_add_number (b, "gross_margin", s.gross_margin);
  json_builder_set_member_name (b, "health");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "weights");
  json_builder_begin_object (b);
  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    _po_export_add_int (b, po_enum_nick (&po_component_enum, c), s.health_weights[c]);
  json_builder_end_object (b);
  _po_export_add_int (b, "red_below", s.red_below);
  _po_export_add_int (b, "yellow_below", s.yellow_below);
  _po_export_add_int (b, "stale_after_days", s.stale_after_days);
  json_builder_end_object (b);
  _po_export_add_int (b, "fiscal_month_start", s.fiscal_month_start);
  _po_export_add_int (b, "reactivation_window_days", s.reactivation_window_days);
  json_builder_set_member_name (b, "quick_ratio_includes_reactivation");
  json_builder_add_boolean_value (b, s.quick_ratio_includes_reactivation);
  json_builder_set_member_name (b, "lead_time_days");
  json_builder_begin_object (b);
  for (guint seg = 0; seg < PO_N_SEGMENTS; seg++)
    _po_export_add_int (b, po_enum_nick (&po_segment_enum, seg), s.lead_time_days[seg]);
  json_builder_end_object (b);
  json_builder_end_object (b);
  po_settings_clear (&s);
  return json_builder_get_root (b);
}

JsonNode *
_po_export_catalog_node (PoStore  *store,
              GError  **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(GPtrArray) items = po_store_list_catalog_item (store, 0, error);

  if (items == NULL)
    return NULL;
  json_builder_begin_object (b);
  for (int kind = PO_ITEM_TIER; kind <= PO_ITEM_ADDON; kind++)
    {
      json_builder_set_member_name (b, kind == PO_ITEM_TIER ? "tiers" : "addons");
      json_builder_begin_array (b);
      for (guint i = 0; i < items->len; i++)
        {
          PoCatalogItem *item = items->pdata[i];

          if ((int) item->kind != kind)
            continue;
          json_builder_begin_object (b);
          _po_export_add_string (b, "code", item->code);
          _po_export_add_string (b, "name", item->name);
          _po_export_add_int (b, "mrr_cents", item->mrr_cents);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

JsonNode *
_po_export_scenarios_node (PoStore  *store,
                GError  **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(GPtrArray) scenarios = po_store_list_scenario_record (store, 0, error);

  if (scenarios == NULL)
    return NULL;
  json_builder_begin_array (b);
  for (guint i = 0; i < scenarios->len; i++)
    {
      PoScenarioRecord *s = scenarios->pdata[i];
      g_autoptr(GPtrArray) rates = po_store_list_scenario_rate (store, s->id, error);
      g_autoptr(GPtrArray) steps = NULL;

      if (rates == NULL || (steps = po_store_list_scenario_step (store, s->id, error)) == NULL)
        return NULL;
      json_builder_begin_object (b);
      _po_export_add_string (b, "name", s->name);
      _po_export_add_string (b, "start_month", s->start_month);
      _po_export_add_int (b, "months", s->months);
      for (int kind = PO_RATE_CHURN; kind <= PO_RATE_NEW; kind++)
        {
          json_builder_set_member_name (b, kind == PO_RATE_CHURN ? "churn_monthly" : "new_per_month");
          json_builder_begin_object (b);
          /* "default" first, then the tiers by code. */
          for (int pass = 0; pass < 2; pass++)
            for (guint j = 0; j < rates->len; j++)
              {
                PoScenarioRate *r = rates->pdata[j];

                if ((int) r->kind == kind && g_str_equal (r->item, "default") == (pass == 0))
                  _po_export_add_number (b, r->item, r->value);
              }
          json_builder_end_object (b);
        }
      json_builder_set_member_name (b, "path");
      json_builder_begin_array (b);
      for (guint j = 0; j < steps->len; j++)
        {
          PoScenarioStep *step = steps->pdata[j];

          json_builder_begin_object (b);
          _po_export_add_enum (b, "action", &po_plan_action_enum, step->action);
          _po_export_add_string (b, "item", step->item);
          _po_export_add_int (b, "from_month", step->from_month);
          _po_export_add_int (b, "to_month", step->to_month);
          _po_export_add_number (b, "probability", step->probability);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_set_member_name (b, "price_change");
      if (!s->has_price_change)
        json_builder_add_null_value (b);
      else
        {
          json_builder_begin_object (b);
          _po_export_add_number (b, "percent", s->price_percent);
          _po_export_add_int (b, "effective_month", s->price_effective_month);
          _po_export_add_int (b, "notice_months", s->price_notice_months);
          _po_export_add_number (b, "annual_prepay_share", s->price_prepay_share);
          json_builder_end_object (b);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return json_builder_get_root (b);
}

