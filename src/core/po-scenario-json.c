/* po-scenario-json.c
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

/* The § 7 `scenarios[]` element:
 *
 *   { "name": "Base", "start_month": "2026-11", "months": 36,
 *     "churn_monthly": { "default": 0.02, "operator": 0.03 },
 *     "new_per_month": { "operator": 3 },
 *     "path": [ { "action": "upgrade", "item": "manager", "from_month": 6,
 *                 "to_month": 12, "probability": 0.6 } ],
 *     "price_change": { "percent": 5, "effective_month": 12,
 *                       "notice_months": 3, "annual_prepay_share": 0.3 } }
 *
 * `effective_month` is a scenario month t, as in the § 7 example.
 * Catalog references are checked later, by po_scenario_validate(). */

static gboolean
fail (GError    **error,
      const char *where,
      const char *message)
{
  g_set_error (error, PO_SCENARIO_ERROR, PO_SCENARIO_ERROR_INVALID,
               "%s: %s", where, message);
  return FALSE;
}

static void
warn_unknown_members (JsonObject         *object,
                      const char         *where,
                      const char * const *known)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (known, l->data))
        g_warning (_("%s: unknown key “%s” ignored"), where, (const char *) l->data);
    }
}

static JsonNode *
member (JsonObject *object,
        const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node) ? node : NULL;
}

static gboolean
get_number (JsonNode   *node,
            const char *where,
            double     *value,
            GError    **error)
{
  GType type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;

  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return fail (error, where, _("must be a number"));

  *value = json_node_get_double (node);
  if (!isfinite (*value))
    return fail (error, where, _("must be a number"));

  return TRUE;
}

static gboolean
get_int (JsonNode   *node,
         const char *where,
         int        *value,
         GError    **error)
{
  gint64 v;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fail (error, where, _("must be a whole number"));

  v = json_node_get_int (node);
  if (v < G_MININT || v > G_MAXINT)
    return fail (error, where, _("is out of range"));

  *value = (int) v;
  return TRUE;
}

static const char *
get_string (JsonNode   *node,
            const char *where,
            GError    **error)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      fail (error, where, _("must be a string"));
      return NULL;
    }

  return json_node_get_string (node);
}

static JsonNode *
require (JsonObject *object,
         const char *name,
         const char *where,
         GError    **error)
{
  JsonNode *node = member (object, name);

  if (node == NULL)
    {
      g_autofree char *at = g_strdup_printf ("%s%s%s", where, *where ? "." : "", name);

      fail (error, at, _("is required"));
    }

  return node;
}

static gboolean
parse_rates (PoScenario *self,
             JsonNode   *node,
             const char *where,
             gboolean    churn,
             GError    **error)
{
  JsonObject *object;
  g_autoptr(GList) members = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, where, _("must be an object"));

  object = json_node_get_object (node);
  members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *code = l->data;
      g_autofree char *at = g_strdup_printf ("%s.%s", where, code);
      double value;

      if (!get_number (json_object_get_member (object, code), at, &value, error))
        return FALSE;

      if (churn)
        {
          if (value < 0.0 || value > 1.0)
            return fail (error, at, _("must lie between 0 and 1"));
          po_scenario_set_churn (self, code, value);
        }
      else
        {
          if (value < 0.0)
            return fail (error, at, _("must not be negative"));
          po_scenario_set_new_per_month (self, code, value);
        }
    }

  return TRUE;
}

static gboolean
parse_step (PoScenario *self,
            JsonNode   *node,
            const char *where,
            GError    **error)
{
  static const char * const known[] = {
    "action", "item", "from_month", "to_month", "probability", "trigger", NULL
  };
  g_autofree char *at_action = g_strdup_printf ("%s.action", where);
  g_autofree char *at_item = g_strdup_printf ("%s.item", where);
  g_autofree char *at_from = g_strdup_printf ("%s.from_month", where);
  g_autofree char *at_to = g_strdup_printf ("%s.to_month", where);
  g_autofree char *at_p = g_strdup_printf ("%s.probability", where);
  PoScenarioPathStep step = { 0 };
  JsonObject *object;
  JsonNode *field;
  const char *text;
  int action;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, where, _("must be an object"));

  object = json_node_get_object (node);

  if (!(field = require (object, "action", where, error)) ||
      !(text = get_string (field, at_action, error)))
    return FALSE;
  if (!po_enum_parse (&po_plan_action_enum, text, &action))
    return fail (error, at_action, _("must be “upgrade” or “add”"));
  step.action = (PoPlanAction) action;

  if (!(field = require (object, "item", where, error)) ||
      !(text = get_string (field, at_item, error)))
    return FALSE;
  step.item = (char *) text;

  if (!(field = require (object, "from_month", where, error)) ||
      !get_int (field, at_from, &step.from_month, error))
    return FALSE;
  if (step.from_month < 0)
    return fail (error, at_from, _("must not be negative"));

  if (!(field = require (object, "to_month", where, error)) ||
      !get_int (field, at_to, &step.to_month, error))
    return FALSE;
  if (step.to_month < step.from_month)
    return fail (error, at_to, _("must not lie before from_month"));

  if (!(field = require (object, "probability", where, error)) ||
      !get_number (field, at_p, &step.probability, error))
    return FALSE;
  if (step.probability < 0.0 || step.probability > 1.0)
    return fail (error, at_p, _("must lie between 0 and 1"));

  warn_unknown_members (object, where, known);
  po_scenario_add_step (self, &step);

  return TRUE;
}

static gboolean
parse_price_change (PoScenario *self,
                    JsonNode   *node,
                    GError    **error)
{
  static const char * const known[] = {
    "percent", "effective_month", "notice_months", "annual_prepay_share", NULL
  };
  PoScenarioPriceChange change = { 0 };
  JsonObject *object;
  JsonNode *field;
  int notice;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, "price_change", _("must be an object"));

  object = json_node_get_object (node);

  if (!(field = require (object, "percent", "price_change", error)) ||
      !get_number (field, "price_change.percent", &change.percent, error))
    return FALSE;
  if (change.percent <= -100.0)
    return fail (error, "price_change.percent", _("must stay above −100"));

  if (!(field = require (object, "effective_month", "price_change", error)) ||
      !get_int (field, "price_change.effective_month", &change.effective_month, error))
    return FALSE;
  if (change.effective_month < 1)
    return fail (error, "price_change.effective_month", _("must be a scenario month from 1 on"));

  if (!(field = require (object, "notice_months", "price_change", error)) ||
      !get_int (field, "price_change.notice_months", &notice, error))
    return FALSE;
  if (notice < 1)
    return fail (error, "price_change.notice_months", _("must be at least 1"));
  change.notice_months = (guint) notice;

  if ((field = member (object, "annual_prepay_share")) != NULL)
    {
      if (!get_number (field, "price_change.annual_prepay_share",
                       &change.annual_prepay_share, error))
        return FALSE;
      if (change.annual_prepay_share < 0.0 || change.annual_prepay_share > 1.0)
        return fail (error, "price_change.annual_prepay_share", _("must lie between 0 and 1"));
    }

  warn_unknown_members (object, "price_change", known);
  po_scenario_set_price_change (self, &change);

  return TRUE;
}

/**
 * po_scenario_from_json_node:
 *
 * Returns: (transfer full): the scenario, or %NULL with @error naming
 *   the JSON path of the first problem (relative to the element).
 */
PoScenario *
po_scenario_from_json_node (JsonNode *node,
                            GError  **error)
{
  static const char * const known[] = {
    "name", "start_month", "months", "churn_monthly", "new_per_month",
    "path", "price_change", NULL
  };
  g_autoptr(PoScenario) self = NULL;
  JsonObject *object;
  JsonNode *field;
  const char *name;
  const char *start;
  int start_month;
  int months;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, "scenario", _("must be an object"));
      return NULL;
    }

  object = json_node_get_object (node);

  if (!(field = require (object, "name", "", error)) ||
      !(name = get_string (field, "name", error)))
    return NULL;

  if (!(field = require (object, "start_month", "", error)) ||
      !(start = get_string (field, "start_month", error)))
    return NULL;
  if (!po_scenario_month_index_parse (start, &start_month))
    {
      fail (error, "start_month", _("must be a month as YYYY-MM"));
      return NULL;
    }

  if (!(field = require (object, "months", "", error)) ||
      !get_int (field, "months", &months, error))
    return NULL;
  if (months < 1 || months > PO_SCENARIO_MONTHS_MAX)
    {
      fail (error, "months", _("must lie between 1 and 60"));
      return NULL;
    }

  self = po_scenario_new (name, start_month, (guint) months);

  if ((field = member (object, "churn_monthly")) != NULL &&
      !parse_rates (self, field, "churn_monthly", TRUE, error))
    return NULL;

  if ((field = member (object, "new_per_month")) != NULL &&
      !parse_rates (self, field, "new_per_month", FALSE, error))
    return NULL;

  if ((field = member (object, "path")) != NULL)
    {
      JsonArray *array;

      if (!JSON_NODE_HOLDS_ARRAY (field))
        {
          fail (error, "path", _("must be an array"));
          return NULL;
        }

      array = json_node_get_array (field);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *at = g_strdup_printf ("path[%u]", i);

          if (!parse_step (self, json_array_get_element (array, i), at, error))
            return NULL;
        }
    }

  if ((field = member (object, "price_change")) != NULL &&
      !parse_price_change (self, field, error))
    return NULL;

  warn_unknown_members (object, "scenario", known);

  return g_steal_pointer (&self);
}

static void
add_rates (JsonBuilder  *builder,
           const GArray *rates)
{
  for (guint i = 0; i < rates->len; i++)
    {
      const PoScenarioRateEntry *rate = &g_array_index (rates, PoScenarioRateEntry, i);

      json_builder_set_member_name (builder, rate->code);
      json_builder_add_double_value (builder, rate->value);
    }
}

/* Keys in a fixed order, rates sorted by tier code after "default", path
 * steps in path order: export → import → export is byte-identical. */
JsonNode *
po_scenario_to_json_node (const PoScenario *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *start = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  start = po_scenario_month_index_format (self->start_month);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, self->name);
  json_builder_set_member_name (builder, "start_month");
  json_builder_add_string_value (builder, start);
  json_builder_set_member_name (builder, "months");
  json_builder_add_int_value (builder, self->months);

  json_builder_set_member_name (builder, "churn_monthly");
  json_builder_begin_object (builder);
  if (self->has_default_churn)
    {
      json_builder_set_member_name (builder, "default");
      json_builder_add_double_value (builder, self->default_churn);
    }
  add_rates (builder, self->churn);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "new_per_month");
  json_builder_begin_object (builder);
  add_rates (builder, self->new_per_month);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "path");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->path->len; i++)
    {
      const PoScenarioPathStep *step = g_ptr_array_index (self->path, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "action");
      json_builder_add_string_value (builder, po_enum_nick (&po_plan_action_enum, step->action));
      json_builder_set_member_name (builder, "item");
      json_builder_add_string_value (builder, step->item);
      json_builder_set_member_name (builder, "from_month");
      json_builder_add_int_value (builder, step->from_month);
      json_builder_set_member_name (builder, "to_month");
      json_builder_add_int_value (builder, step->to_month);
      json_builder_set_member_name (builder, "probability");
      json_builder_add_double_value (builder, step->probability);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (self->has_price_change)
    {
      const PoScenarioPriceChange *pc = &self->price_change;

      json_builder_set_member_name (builder, "price_change");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "percent");
      json_builder_add_double_value (builder, pc->percent);
      json_builder_set_member_name (builder, "effective_month");
      json_builder_add_int_value (builder, pc->effective_month);
      json_builder_set_member_name (builder, "notice_months");
      json_builder_add_int_value (builder, pc->notice_months);
      json_builder_set_member_name (builder, "annual_prepay_share");
      json_builder_add_double_value (builder, pc->annual_prepay_share);
      json_builder_end_object (builder);
    }

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
