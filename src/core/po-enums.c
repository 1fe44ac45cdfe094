/* po-enums.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "po-enums.h"

#define DEFINE_ENUM(var, type_name, ...)                         \
  static const PoEnumValue var##_values[] = { __VA_ARGS__ };     \
  const PoEnumType var = { type_name, var##_values, G_N_ELEMENTS (var##_values) };

DEFINE_ENUM (po_segment_enum, "segment",
             { "enterprise", N_("Enterprise") },
             { "mid_market", N_("Mid-market") },
             { "smb", N_("SMB") },
             { "product_led", N_("Product-led") })

DEFINE_ENUM (po_touch_enum, "touch",
             { "high", N_("High touch") },
             { "low", N_("Low touch") },
             { "tech", N_("Tech touch") })

DEFINE_ENUM (po_forecast_enum, "renewal forecast",
             { "unknown", N_("Unknown") },
             { "commit", N_("Commit") },
             { "likely", N_("Likely") },
             { "at_risk", N_("At risk") })

DEFINE_ENUM (po_role_enum, "contact role",
             { "champion", N_("Champion") },
             { "executive", N_("Executive") },
             { "user", N_("User") },
             { "billing", N_("Billing") })

DEFINE_ENUM (po_touchpoint_enum, "touchpoint kind",
             { "call", N_("Call") },
             { "meeting", N_("Meeting") },
             { "email", N_("Email") },
             { "qbr", N_("QBR") },
             { "ticket", N_("Ticket") },
             { "training", N_("Training") },
             { "in_app", N_("In-app") })

DEFINE_ENUM (po_billing_enum, "billing event kind",
             { "invoice_paid", N_("Invoice paid") },
             { "payment_failed", N_("Payment failed") },
             { "payment_recovered", N_("Payment recovered") },
             { "dunning_step", N_("Dunning step") })

DEFINE_ENUM (po_churn_enum, "churn category",
             { "unintentional", N_("Unintentional") },
             { "avoidable", N_("Avoidable") },
             { "structural", N_("Structural") })

DEFINE_ENUM (po_task_status_enum, "task status",
             { "open", N_("Open") },
             { "done", N_("Done") },
             { "snoozed", N_("Snoozed") })

DEFINE_ENUM (po_component_enum, "health component",
             { "usage", N_("Usage") },
             { "support", N_("Support") },
             { "nps", N_("NPS") },
             { "growth", N_("Growth") },
             { "billing", N_("Billing") },
             { "executive", N_("Executive") })

DEFINE_ENUM (po_transition_enum, "transition kind",
             { "start", N_("Start") },
             { "forward", N_("Forward") },
             { "skip", N_("Skip") },
             { "regression", N_("Regression") },
             { "restart", N_("Restart") })

DEFINE_ENUM (po_item_kind_enum, "catalog item kind",
             { "tier", N_("Tier") },
             { "addon", N_("Add-on") })

DEFINE_ENUM (po_plan_action_enum, "plan action",
             { "upgrade", N_("Upgrade") },
             { "add", N_("Add") })

DEFINE_ENUM (po_rate_kind_enum, "scenario rate kind",
             { "churn", N_("Monthly churn") },
             { "new", N_("New accounts per month") })

DEFINE_ENUM (po_lane_kind_enum, "lane kind",
             { "text", N_("Text") },
             { "emotion", N_("Emotion curve") })

const char *
po_enum_nick (const PoEnumType *type,
              int               value)
{
  g_return_val_if_fail (type != NULL, NULL);
  g_return_val_if_fail (value >= 0 && (guint) value < type->n_values, NULL);

  return type->values[value].nick;
}

const char *
po_enum_label (const PoEnumType *type,
               int               value)
{
  g_return_val_if_fail (type != NULL, NULL);
  g_return_val_if_fail (value >= 0 && (guint) value < type->n_values, NULL);

  return g_dgettext (GETTEXT_PACKAGE, type->values[value].label);
}

gboolean
po_enum_parse (const PoEnumType *type,
               const char       *nick,
               int              *value)
{
  g_return_val_if_fail (type != NULL, FALSE);

  if (nick == NULL)
    return FALSE;
  for (guint i = 0; i < type->n_values; i++)
    if (g_str_equal (type->values[i].nick, nick))
      {
        if (value != NULL)
          *value = (int) i;
        return TRUE;
      }
  return FALSE;
}

/* "a, b, c" for error messages. */
char *
po_enum_nicks (const PoEnumType *type)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < type->n_values; i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", type->values[i].nick);
  return g_string_free (s, FALSE);
}

PoTouch
po_touch_default_for_segment (PoSegment segment)
{
  switch (segment)
    {
    case PO_SEGMENT_ENTERPRISE:
      return PO_TOUCH_HIGH;
    case PO_SEGMENT_MID_MARKET:
      return PO_TOUCH_LOW;
    case PO_SEGMENT_SMB:
    case PO_SEGMENT_PRODUCT_LED:
    case PO_N_SEGMENTS:
    default:
      return PO_TOUCH_TECH;
    }
}
