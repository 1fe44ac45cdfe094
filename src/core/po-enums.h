/* po-enums.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every enumeration of the domain (DESIGN.md §2) is stored by its nick, the
 * same string the JSON interchange format uses. */
typedef struct
{
  const char *nick;
  const char *label;   /* N_() marked, translate with po_enum_label() */
} PoEnumValue;

typedef struct
{
  const char        *name;
  const PoEnumValue *values;
  guint              n_values;
} PoEnumType;

typedef enum { PO_SEGMENT_ENTERPRISE, PO_SEGMENT_MID_MARKET, PO_SEGMENT_SMB, PO_SEGMENT_PRODUCT_LED, PO_N_SEGMENTS } PoSegment;
typedef enum { PO_TOUCH_HIGH, PO_TOUCH_LOW, PO_TOUCH_TECH } PoTouch;
typedef enum { PO_FORECAST_UNKNOWN, PO_FORECAST_COMMIT, PO_FORECAST_LIKELY, PO_FORECAST_AT_RISK } PoForecast;
typedef enum { PO_ROLE_CHAMPION, PO_ROLE_EXECUTIVE, PO_ROLE_USER, PO_ROLE_BILLING } PoContactRole;
typedef enum { PO_TOUCHPOINT_CALL, PO_TOUCHPOINT_MEETING, PO_TOUCHPOINT_EMAIL, PO_TOUCHPOINT_QBR,
               PO_TOUCHPOINT_TICKET, PO_TOUCHPOINT_TRAINING, PO_TOUCHPOINT_IN_APP } PoTouchpointKind;
typedef enum { PO_BILLING_INVOICE_PAID, PO_BILLING_PAYMENT_FAILED, PO_BILLING_PAYMENT_RECOVERED,
               PO_BILLING_DUNNING_STEP } PoBillingKind;
typedef enum { PO_CHURN_UNINTENTIONAL, PO_CHURN_AVOIDABLE, PO_CHURN_STRUCTURAL } PoChurnCategory;
typedef enum { PO_TASK_OPEN, PO_TASK_DONE, PO_TASK_SNOOZED } PoTaskStatus;
typedef enum { PO_COMPONENT_USAGE, PO_COMPONENT_SUPPORT, PO_COMPONENT_NPS, PO_COMPONENT_GROWTH,
               PO_COMPONENT_BILLING, PO_COMPONENT_EXECUTIVE, PO_N_COMPONENTS } PoHealthComponent;
typedef enum { PO_TRANSITION_START, PO_TRANSITION_FORWARD, PO_TRANSITION_SKIP,
               PO_TRANSITION_REGRESSION, PO_TRANSITION_RESTART } PoTransitionKind;
typedef enum { PO_ITEM_TIER, PO_ITEM_ADDON } PoItemKind;
typedef enum { PO_ACTION_UPGRADE, PO_ACTION_ADD } PoPlanAction;
typedef enum { PO_RATE_CHURN, PO_RATE_NEW } PoRateKind;
typedef enum { PO_LANE_TEXT, PO_LANE_EMOTION } PoLaneKind;

extern const PoEnumType po_segment_enum;
extern const PoEnumType po_touch_enum;
extern const PoEnumType po_forecast_enum;
extern const PoEnumType po_role_enum;
extern const PoEnumType po_touchpoint_enum;
extern const PoEnumType po_billing_enum;
extern const PoEnumType po_churn_enum;
extern const PoEnumType po_task_status_enum;
extern const PoEnumType po_component_enum;
extern const PoEnumType po_transition_enum;
extern const PoEnumType po_item_kind_enum;
extern const PoEnumType po_plan_action_enum;
extern const PoEnumType po_rate_kind_enum;
extern const PoEnumType po_lane_kind_enum;

const char *po_enum_nick       (const PoEnumType *type,
                                int               value);
const char *po_enum_label      (const PoEnumType *type,
                                int               value);
gboolean    po_enum_parse      (const PoEnumType *type,
                                const char       *nick,
                                int              *value);
char       *po_enum_nicks      (const PoEnumType *type);

PoTouch     po_touch_default_for_segment (PoSegment segment);

G_END_DECLS
