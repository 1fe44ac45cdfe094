/* po-records.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-records"

#include "config.h"

#include "po-records.h"

#define F(T, m, type)  { #m, type, G_STRUCT_OFFSET (T, m), NULL, FALSE }
#define TEXT(T, m)     F (T, m, PO_FIELD_TEXT)
#define NTEXT(T, m)    { #m, PO_FIELD_TEXT, G_STRUCT_OFFSET (T, m), NULL, TRUE }
#define DAY(T, m)      F (T, m, PO_FIELD_DAY)
#define REF(T, m)      F (T, m, PO_FIELD_REF)
#define INT(T, m)      F (T, m, PO_FIELD_INT)
#define INT64(T, m)    F (T, m, PO_FIELD_INT64)
#define DOUBLE(T, m)   F (T, m, PO_FIELD_DOUBLE)
#define BOOL(T, m)     F (T, m, PO_FIELD_BOOL)
#define ENUM(T, m, e)  { #m, PO_FIELD_ENUM, G_STRUCT_OFFSET (T, m), &e, FALSE }

#define DEFINE_RECORD(T, name, table, parent, order, ...)                          \
  static const PoField name##_fields[] = { __VA_ARGS__ };                         \
  T *                                                                             \
  po_##name##_new (void)                                                          \
  {                                                                               \
    return po_record_new (&po_##name##_class);                                    \
  }                                                                               \
  void                                                                            \
  po_##name##_free (T *self)                                                      \
  {                                                                               \
    po_record_free (&po_##name##_class, self);                                    \
  }                                                                               \
  const PoRecordClass po_##name##_class = {                                       \
    table, sizeof (T), name##_fields, G_N_ELEMENTS (name##_fields),               \
    parent, order, (GDestroyNotify) po_##name##_free                              \
  };

DEFINE_RECORD (PoAccount, account, "accounts", NULL, "name COLLATE NOCASE, id",
               TEXT (PoAccount, key),
               TEXT (PoAccount, name),
               ENUM (PoAccount, segment, po_segment_enum),
               ENUM (PoAccount, touch, po_touch_enum),
               TEXT (PoAccount, owner),
               DAY (PoAccount, signed_on),
               DAY (PoAccount, renewal_on),
               ENUM (PoAccount, renewal_forecast, po_forecast_enum),
               TEXT (PoAccount, notes))

DEFINE_RECORD (PoAccountTag, account_tag, "account_tags", "account_id", "tag",
               REF (PoAccountTag, account_id),
               TEXT (PoAccountTag, tag))

DEFINE_RECORD (PoEntity, entity, "entities", "account_id", "key",
               REF (PoEntity, account_id),
               TEXT (PoEntity, key),
               TEXT (PoEntity, name))

DEFINE_RECORD (PoContact, contact, "contacts", "account_id", "key",
               REF (PoContact, account_id),
               TEXT (PoContact, key),
               TEXT (PoContact, name),
               ENUM (PoContact, role, po_role_enum),
               DAY (PoContact, left_on))

DEFINE_RECORD (PoSubscriptionLine, subscription_line, "subscription_lines", "account_id",
               "start_on, item, id",
               REF (PoSubscriptionLine, account_id),
               TEXT (PoSubscriptionLine, item),
               INT64 (PoSubscriptionLine, mrr_cents),
               INT (PoSubscriptionLine, quantity),
               DAY (PoSubscriptionLine, start_on),
               DAY (PoSubscriptionLine, end_on))

DEFINE_RECORD (PoTrack, track, "tracks", "account_id", "key",
               REF (PoTrack, account_id),
               TEXT (PoTrack, key),
               TEXT (PoTrack, name),
               REF (PoTrack, entity_id))

DEFINE_RECORD (PoTransition, transition, "phase_transitions", "track_id", "on_date, id",
               REF (PoTransition, track_id),
               DAY (PoTransition, on_date),
               TEXT (PoTransition, phase),
               TEXT (PoTransition, reason),
               TEXT (PoTransition, note))

DEFINE_RECORD (PoTrackCriterion, track_criterion, "track_criteria", "track_id", "phase, code",
               REF (PoTrackCriterion, track_id),
               TEXT (PoTrackCriterion, phase),
               TEXT (PoTrackCriterion, code),
               DAY (PoTrackCriterion, done_on))

DEFINE_RECORD (PoTouchpoint, touchpoint, "touchpoints", "account_id", "on_date, id",
               REF (PoTouchpoint, account_id),
               DAY (PoTouchpoint, on_date),
               ENUM (PoTouchpoint, kind, po_touchpoint_enum),
               TEXT (PoTouchpoint, note))

DEFINE_RECORD (PoNpsResponse, nps_response, "nps_responses", "account_id", "on_date, id",
               REF (PoNpsResponse, account_id),
               DAY (PoNpsResponse, on_date),
               REF (PoNpsResponse, contact_id),
               INT (PoNpsResponse, score))

DEFINE_RECORD (PoBillingEvent, billing_event, "billing_events", "account_id", "on_date, id",
               REF (PoBillingEvent, account_id),
               DAY (PoBillingEvent, on_date),
               ENUM (PoBillingEvent, kind, po_billing_enum),
               INT64 (PoBillingEvent, amount_cents))

DEFINE_RECORD (PoChurnRecord, churn_record, "churn_records", "account_id", "on_date, id",
               REF (PoChurnRecord, account_id),
               DAY (PoChurnRecord, on_date),
               ENUM (PoChurnRecord, category, po_churn_enum),
               TEXT (PoChurnRecord, reason),
               TEXT (PoChurnRecord, note))

DEFINE_RECORD (PoTask, task, "tasks", "account_id", "due_on, id",
               REF (PoTask, account_id),
               TEXT (PoTask, title),
               DAY (PoTask, due_on),
               ENUM (PoTask, status, po_task_status_enum),
               TEXT (PoTask, origin),
               INT (PoTask, playbook_step),
               DAY (PoTask, created_on),
               DAY (PoTask, done_on),
               TEXT (PoTask, owner))

DEFINE_RECORD (PoCatalogItem, catalog_item, "catalog_items", NULL, "kind DESC, position, code",
               TEXT (PoCatalogItem, code),
               ENUM (PoCatalogItem, kind, po_item_kind_enum),
               TEXT (PoCatalogItem, name),
               INT64 (PoCatalogItem, mrr_cents),
               INT (PoCatalogItem, position))

DEFINE_RECORD (PoPlanStep, plan_step, "plan_steps", "account_id", "position, id",
               REF (PoPlanStep, account_id),
               INT (PoPlanStep, position),
               ENUM (PoPlanStep, action, po_plan_action_enum),
               TEXT (PoPlanStep, item),
               INT (PoPlanStep, from_month),
               INT (PoPlanStep, to_month),
               DOUBLE (PoPlanStep, probability),
               TEXT (PoPlanStep, trigger))

DEFINE_RECORD (PoScenarioRecord, scenario_record, "scenarios", NULL, "name, id",
               TEXT (PoScenarioRecord, name),
               TEXT (PoScenarioRecord, start_month),
               INT (PoScenarioRecord, months),
               BOOL (PoScenarioRecord, has_price_change),
               DOUBLE (PoScenarioRecord, price_percent),
               INT (PoScenarioRecord, price_effective_month),
               INT (PoScenarioRecord, price_notice_months),
               DOUBLE (PoScenarioRecord, price_prepay_share))

DEFINE_RECORD (PoScenarioRate, scenario_rate, "scenario_rates", "scenario_id", "kind, item",
               REF (PoScenarioRate, scenario_id),
               ENUM (PoScenarioRate, kind, po_rate_kind_enum),
               TEXT (PoScenarioRate, item),
               DOUBLE (PoScenarioRate, value))

DEFINE_RECORD (PoScenarioStep, scenario_step, "scenario_steps", "scenario_id", "position, id",
               REF (PoScenarioStep, scenario_id),
               INT (PoScenarioStep, position),
               ENUM (PoScenarioStep, action, po_plan_action_enum),
               TEXT (PoScenarioStep, item),
               INT (PoScenarioStep, from_month),
               INT (PoScenarioStep, to_month),
               DOUBLE (PoScenarioStep, probability))

DEFINE_RECORD (PoPhaseModel, phase_model, "phase_models", NULL, "code",
               TEXT (PoPhaseModel, code),
               TEXT (PoPhaseModel, title),
               BOOL (PoPhaseModel, builtin))

DEFINE_RECORD (PoPhase, phase, "phases", NULL, "model, position",
               TEXT (PoPhase, model),
               TEXT (PoPhase, code),
               INT (PoPhase, position),
               TEXT (PoPhase, title),
               TEXT (PoPhase, goal),
               TEXT (PoPhase, mechanics))

DEFINE_RECORD (PoExitCriterion, exit_criterion, "exit_criteria", NULL, "model, phase, position",
               TEXT (PoExitCriterion, model),
               TEXT (PoExitCriterion, phase),
               TEXT (PoExitCriterion, code),
               TEXT (PoExitCriterion, title),
               INT (PoExitCriterion, position))

DEFINE_RECORD (PoJourneyMapRecord, journey_map_record, "journey_maps", NULL, "position, key",
               TEXT (PoJourneyMapRecord, key),
               TEXT (PoJourneyMapRecord, title),
               TEXT (PoJourneyMapRecord, phase_model),
               NTEXT (PoJourneyMapRecord, segment),
               INT (PoJourneyMapRecord, position))

DEFINE_RECORD (PoJourneyLaneRecord, journey_lane, "journey_lanes", "map_id", "position, id",
               REF (PoJourneyLaneRecord, map_id),
               INT (PoJourneyLaneRecord, position),
               TEXT (PoJourneyLaneRecord, code),
               TEXT (PoJourneyLaneRecord, title),
               ENUM (PoJourneyLaneRecord, kind, po_lane_kind_enum))

DEFINE_RECORD (PoJourneyCell, journey_cell, "journey_cells", "map_id", "lane, phase",
               REF (PoJourneyCell, map_id),
               TEXT (PoJourneyCell, lane),
               TEXT (PoJourneyCell, phase),
               TEXT (PoJourneyCell, text))

DEFINE_RECORD (PoJourneyEmotion, journey_emotion, "journey_emotions", "map_id", "phase",
               REF (PoJourneyEmotion, map_id),
               TEXT (PoJourneyEmotion, phase),
               DOUBLE (PoJourneyEmotion, value))

DEFINE_RECORD (PoJourneyPersonaRecord, journey_persona, "journey_personas", "map_id", "position, id",
               REF (PoJourneyPersonaRecord, map_id),
               INT (PoJourneyPersonaRecord, position),
               TEXT (PoJourneyPersonaRecord, name),
               TEXT (PoJourneyPersonaRecord, role),
               TEXT (PoJourneyPersonaRecord, goal),
               TEXT (PoJourneyPersonaRecord, quote))

DEFINE_RECORD (PoJourneyStage, journey_stage, "journey_stages", "map_id", "position, id",
               REF (PoJourneyStage, map_id),
               INT (PoJourneyStage, position),
               TEXT (PoJourneyStage, code),
               TEXT (PoJourneyStage, title))

DEFINE_RECORD (PoSignalRule, signal_rule, "signal_rules", NULL, "code",
               TEXT (PoSignalRule, code),
               BOOL (PoSignalRule, enabled),
               DOUBLE (PoSignalRule, threshold))

DEFINE_RECORD (PoPlaybookStep, playbook_step, "playbook_steps", NULL, "rule_code, position, id",
               TEXT (PoPlaybookStep, rule_code),
               INT (PoPlaybookStep, position),
               TEXT (PoPlaybookStep, title),
               INT (PoPlaybookStep, due_offset_days))
