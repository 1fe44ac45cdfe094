/* po-scenario.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "po-enums.h"

G_BEGIN_DECLS

/* Scenario model of the pricing and expansion planner (DESIGN.md § 6).
 *
 * Month indices are `year * 12 + month - 1` (so 2026-11 is 24322).
 * Scenario months are counted t = 1..months after the start month;
 * the start month itself is t = 0.  Step windows are in months of
 * account age (calendar months since the signed month).  A price
 * change's effective_month is a scenario month t, as in § 7.
 *
 * Existing accounts (PoScenarioAccount) are those active at the end of
 * the start month, with their MRR then and their tier (%NULL: none,
 * below every tier).  po-scenario-plan.c documents how an account
 * enters its path; po-scenario-exact.c the expectation and NRE;
 * po-scenario-monte-carlo.c the sampling.
 */

#define PO_SCENARIO_ERROR (po_scenario_error_quark ())

typedef enum
{
  PO_SCENARIO_ERROR_INVALID,
  PO_SCENARIO_ERROR_UNKNOWN_ITEM,
  PO_SCENARIO_ERROR_NO_SOLUTION,
} PoScenarioError;

#define PO_SCENARIO_MONTHS_MAX 60

typedef struct _PoScenarioPathStep
{
  PoPlanAction  action;
  char             *item;
  int               from_month;
  int               to_month;
  double            probability;
} PoScenarioPathStep;

typedef struct _PoScenarioPriceChange
{
  double percent;
  /* Scenario month t (1..months) from which the new prices apply. */
  int    effective_month;
  guint  notice_months;
  double annual_prepay_share;
} PoScenarioPriceChange;

typedef struct _PoScenarioCatalog PoScenarioCatalog;
typedef struct _PoScenarioAccount PoScenarioAccount;
typedef struct _PoScenario        PoScenario;

#define PO_TYPE_SCENARIO_PATH_STEP (po_scenario_path_step_get_type ())
#define PO_TYPE_SCENARIO_CATALOG   (po_scenario_catalog_get_type ())
#define PO_TYPE_SCENARIO_ACCOUNT   (po_scenario_account_get_type ())
#define PO_TYPE_SCENARIO           (po_scenario_get_type ())

GQuark po_scenario_error_quark (void);

gboolean  po_scenario_month_index_parse  (const char *text,
                                          int        *month_index);
char     *po_scenario_month_index_format (int         month_index);
gint64    po_scenario_round_cents        (double      cents);

GType               po_scenario_path_step_get_type (void) G_GNUC_CONST;
PoScenarioPathStep *po_scenario_path_step_new      (PoPlanAction              action,
                                                    const char               *item,
                                                    int                       from_month,
                                                    int                       to_month,
                                                    double                    probability);
PoScenarioPathStep *po_scenario_path_step_copy     (const PoScenarioPathStep *step);
void                po_scenario_path_step_free     (PoScenarioPathStep       *step);

GType              po_scenario_catalog_get_type (void) G_GNUC_CONST;
PoScenarioCatalog *po_scenario_catalog_new      (void);
PoScenarioCatalog *po_scenario_catalog_ref      (PoScenarioCatalog       *self);
void               po_scenario_catalog_unref    (PoScenarioCatalog       *self);
void               po_scenario_catalog_add      (PoScenarioCatalog       *self,
                                                 const char              *code,
                                                 PoItemKind               kind,
                                                 gint64                   mrr_cents);
gboolean           po_scenario_catalog_lookup   (const PoScenarioCatalog *self,
                                                 const char              *code,
                                                 PoItemKind              *kind,
                                                 gint64                  *mrr_cents);

GType                     po_scenario_account_get_type         (void) G_GNUC_CONST;
PoScenarioAccount        *po_scenario_account_new              (const char               *id,
                                                                int                       signed_month,
                                                                gint64                    mrr_cents,
                                                                const char               *tier);
PoScenarioAccount        *po_scenario_account_ref              (PoScenarioAccount        *self);
void                      po_scenario_account_unref            (PoScenarioAccount        *self);
void                      po_scenario_account_add_step         (PoScenarioAccount        *self,
                                                                const PoScenarioPathStep *step);
const char               *po_scenario_account_get_id           (const PoScenarioAccount  *self);
int                       po_scenario_account_get_signed_month (const PoScenarioAccount  *self);
gint64                    po_scenario_account_get_mrr_cents    (const PoScenarioAccount  *self);
const char               *po_scenario_account_get_tier         (const PoScenarioAccount  *self);
guint                     po_scenario_account_get_n_steps      (const PoScenarioAccount  *self);
const PoScenarioPathStep *po_scenario_account_get_step         (const PoScenarioAccount  *self,
                                                                guint                     index);

GType                         po_scenario_get_type          (void) G_GNUC_CONST;
PoScenario                   *po_scenario_new               (const char                  *name,
                                                             int                          start_month,
                                                             guint                        months);
PoScenario                   *po_scenario_copy              (const PoScenario            *self);
PoScenario                   *po_scenario_ref               (PoScenario                  *self);
void                          po_scenario_unref             (PoScenario                  *self);
const char                   *po_scenario_get_name          (const PoScenario            *self);
int                           po_scenario_get_start_month   (const PoScenario            *self);
guint                         po_scenario_get_months        (const PoScenario            *self);
void                          po_scenario_set_months        (PoScenario                  *self,
                                                             guint                        months);
void                          po_scenario_set_churn         (PoScenario                  *self,
                                                             const char                  *tier,
                                                             double                       probability);
void                          po_scenario_set_uniform_churn (PoScenario                  *self,
                                                             double                       probability);
double                        po_scenario_get_churn         (const PoScenario            *self,
                                                             const char                  *tier);
char                        **po_scenario_dup_churn_tiers   (const PoScenario            *self);
gboolean                      po_scenario_has_churn         (const PoScenario            *self,
                                                             const char                  *tier);
void                          po_scenario_set_new_per_month (PoScenario                  *self,
                                                             const char                  *tier,
                                                             double                       count);
double                        po_scenario_get_new_per_month (const PoScenario            *self,
                                                             const char                  *tier);
char                        **po_scenario_dup_new_tiers     (const PoScenario            *self);
void                          po_scenario_add_step          (PoScenario                  *self,
                                                             const PoScenarioPathStep    *step);
guint                         po_scenario_get_n_steps       (const PoScenario            *self);
const PoScenarioPathStep     *po_scenario_get_step          (const PoScenario            *self,
                                                             guint                        index);
void                          po_scenario_set_price_change  (PoScenario                  *self,
                                                             const PoScenarioPriceChange *change);
const PoScenarioPriceChange  *po_scenario_get_price_change  (const PoScenario            *self);
gboolean                      po_scenario_validate          (const PoScenario            *self,
                                                             const PoScenarioCatalog     *catalog,
                                                             GPtrArray                   *accounts,
                                                             GError                     **error);

/* The § 7 `scenarios[]` element.  Error messages name the JSON path
 * relative to the element (e.g. "path[1].probability"); an importer
 * prefixes them with "scenarios[N].". */
PoScenario *po_scenario_from_json_node (JsonNode         *node,
                                        GError          **error);
JsonNode   *po_scenario_to_json_node   (const PoScenario *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoScenarioPathStep, po_scenario_path_step_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoScenarioCatalog, po_scenario_catalog_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoScenarioAccount, po_scenario_account_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoScenario, po_scenario_unref)

G_END_DECLS
