/* po-records.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The workspace's rows as C structs (DESIGN.md §2, docs/schema.md). Each
 * has a PoRecordClass, typed allocation functions and, through
 * po-store.h, typed insert/get/update/delete/list functions.
 */

#pragma once

#include "po-record.h"

G_BEGIN_DECLS

typedef struct
{
  gint64      id;
  char       *key;              /* the interchange id, unique per workspace */
  char       *name;
  PoSegment   segment;
  PoTouch     touch;
  char       *owner;
  PoDay       signed_on;
  PoDay       renewal_on;
  PoForecast  renewal_forecast;
  char       *notes;
} PoAccount;

typedef struct
{
  gint64  id;
  gint64  account_id;
  char   *tag;
} PoAccountTag;

typedef struct
{
  gint64  id;
  gint64  account_id;
  char   *key;
  char   *name;
} PoEntity;

typedef struct
{
  gint64         id;
  gint64         account_id;
  char          *key;
  char          *name;
  PoContactRole  role;
  PoDay          left_on;
} PoContact;

typedef struct
{
  gint64  id;
  gint64  account_id;
  char   *item;
  gint64  mrr_cents;
  int     quantity;
  PoDay   start_on;
  PoDay   end_on;               /* exclusive; PO_DAY_NONE = open */
} PoSubscriptionLine;

typedef struct
{
  gint64  id;
  gint64  account_id;
  char   *key;
  char   *name;
  gint64  entity_id;
} PoTrack;

typedef struct
{
  gint64  id;
  gint64  track_id;
  PoDay   on_date;
  char   *phase;
  char   *reason;
  char   *note;
} PoTransition;

typedef struct
{
  gint64  id;
  gint64  track_id;
  char   *phase;
  char   *code;
  PoDay   done_on;
} PoTrackCriterion;

typedef struct
{
  gint64            id;
  gint64            account_id;
  PoDay             on_date;
  PoTouchpointKind  kind;
  char             *note;
} PoTouchpoint;

typedef struct
{
  gint64  id;
  gint64  account_id;
  PoDay   on_date;
  gint64  contact_id;
  int     score;
} PoNpsResponse;

typedef struct
{
  gint64         id;
  gint64         account_id;
  PoDay          on_date;
  PoBillingKind  kind;
  gint64         amount_cents;
} PoBillingEvent;

typedef struct
{
  gint64           id;
  gint64           account_id;
  PoDay            on_date;
  PoChurnCategory  category;
  char            *reason;
  char            *note;
} PoChurnRecord;

typedef struct
{
  gint64        id;
  gint64        account_id;
  char         *title;
  PoDay         due_on;
  PoTaskStatus  status;
  char         *origin;           /* "manual" or a signal rule code */
  int           playbook_step;
  PoDay         created_on;
  PoDay         done_on;
  char         *owner;
} PoTask;

typedef struct
{
  gint64      id;
  char       *code;
  PoItemKind  kind;
  char       *name;
  gint64      mrr_cents;
  int         position;
} PoCatalogItem;

typedef struct
{
  gint64        id;
  gint64        account_id;
  int           position;
  PoPlanAction  action;
  char         *item;
  int           from_month;
  int           to_month;
  double        probability;
  char         *trigger;
} PoPlanStep;

typedef struct
{
  gint64    id;
  char     *name;
  char     *start_month;          /* YYYY-MM */
  int       months;
  gboolean  has_price_change;
  double    price_percent;
  int       price_effective_month;
  int       price_notice_months;
  double    price_prepay_share;
} PoScenarioRecord;

typedef struct
{
  gint64      id;
  gint64      scenario_id;
  PoRateKind  kind;
  char       *item;               /* tier code, or "default" for churn */
  double      value;
} PoScenarioRate;

typedef struct
{
  gint64        id;
  gint64        scenario_id;
  int           position;
  PoPlanAction  action;
  char         *item;
  int           from_month;
  int           to_month;
  double        probability;
} PoScenarioStep;

typedef struct
{
  gint64     id;
  char      *code;
  char      *title;
  gboolean   builtin;
} PoPhaseModel;

typedef struct
{
  gint64  id;
  char   *model;
  char   *code;
  int     position;
  char   *title;
  char   *goal;
  char   *mechanics;
} PoPhase;

typedef struct
{
  gint64  id;
  char   *model;
  char   *phase;
  char   *code;
  char   *title;
  int     position;
} PoExitCriterion;

typedef struct
{
  gint64  id;
  char   *key;
  char   *title;
  char   *phase_model;
  char   *segment;                /* NULL = all segments */
  int     position;
} PoJourneyMapRecord;

typedef struct
{
  gint64      id;
  gint64      map_id;
  int         position;
  char       *code;
  char       *title;
  PoLaneKind  kind;
} PoJourneyLaneRecord;

typedef struct
{
  gint64  id;
  gint64  map_id;
  char   *lane;
  char   *phase;
  char   *text;
} PoJourneyCell;

typedef struct
{
  gint64  id;
  gint64  map_id;
  char   *phase;
  double  value;
} PoJourneyEmotion;

typedef struct
{
  gint64  id;
  gint64  map_id;
  int     position;
  char   *name;
  char   *role;
  char   *goal;
  char   *quote;
} PoJourneyPersonaRecord;

typedef struct
{
  gint64  id;
  gint64  map_id;
  int     position;
  char   *code;
  char   *title;
} PoJourneyStage;

typedef struct
{
  gint64    id;
  char     *code;
  gboolean  enabled;
  double    threshold;
} PoSignalRule;

typedef struct
{
  gint64  id;
  char   *rule_code;
  int     position;
  char   *title;
  int     due_offset_days;
} PoPlaybookStep;

/* Health samples are the bulk of a workspace (millions of rows); they live
 * in a WITHOUT ROWID table keyed by (account, component, date) and have
 * their own functions in po-store.h. */
typedef struct
{
  gint64             account_id;
  PoHealthComponent  component;
  PoDay              on_date;
  int                value;
} PoHealthSample;

#define PO_DECLARE_RECORD(TypeName, name)                                   \
  extern const PoRecordClass po_##name##_class;                             \
  TypeName *po_##name##_new  (void);                                        \
  void      po_##name##_free (TypeName *self);                              \
  G_DEFINE_AUTOPTR_CLEANUP_FUNC (TypeName, po_##name##_free)

PO_DECLARE_RECORD (PoAccount, account)
PO_DECLARE_RECORD (PoAccountTag, account_tag)
PO_DECLARE_RECORD (PoEntity, entity)
PO_DECLARE_RECORD (PoContact, contact)
PO_DECLARE_RECORD (PoSubscriptionLine, subscription_line)
PO_DECLARE_RECORD (PoTrack, track)
PO_DECLARE_RECORD (PoTransition, transition)
PO_DECLARE_RECORD (PoTrackCriterion, track_criterion)
PO_DECLARE_RECORD (PoTouchpoint, touchpoint)
PO_DECLARE_RECORD (PoNpsResponse, nps_response)
PO_DECLARE_RECORD (PoBillingEvent, billing_event)
PO_DECLARE_RECORD (PoChurnRecord, churn_record)
PO_DECLARE_RECORD (PoTask, task)
PO_DECLARE_RECORD (PoCatalogItem, catalog_item)
PO_DECLARE_RECORD (PoPlanStep, plan_step)
PO_DECLARE_RECORD (PoScenarioRecord, scenario_record)
PO_DECLARE_RECORD (PoScenarioRate, scenario_rate)
PO_DECLARE_RECORD (PoScenarioStep, scenario_step)
PO_DECLARE_RECORD (PoPhaseModel, phase_model)
PO_DECLARE_RECORD (PoPhase, phase)
PO_DECLARE_RECORD (PoExitCriterion, exit_criterion)
PO_DECLARE_RECORD (PoJourneyMapRecord, journey_map_record)
PO_DECLARE_RECORD (PoJourneyLaneRecord, journey_lane)
PO_DECLARE_RECORD (PoJourneyCell, journey_cell)
PO_DECLARE_RECORD (PoJourneyEmotion, journey_emotion)
PO_DECLARE_RECORD (PoJourneyPersonaRecord, journey_persona)
PO_DECLARE_RECORD (PoJourneyStage, journey_stage)
PO_DECLARE_RECORD (PoSignalRule, signal_rule)
PO_DECLARE_RECORD (PoPlaybookStep, playbook_step)

G_END_DECLS
