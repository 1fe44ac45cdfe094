/* po-defaults.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-defaults"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "po-defaults.h"
#include "po-phase-model.h"
#include "po-settings.h"

/* Seed 000: the tier ladder and the expansion add-ons. */
static const PoBuiltinCatalogItem catalog[] = {
  { "operator", PO_ITEM_TIER, N_("Operator"), 29900 },
  { "manager", PO_ITEM_TIER, N_("Manager"), 99900 },
  { "executive", PO_ITEM_TIER, N_("Executive"), 249900 },
  { "board", PO_ITEM_TIER, N_("Board"), 499900 },
  { "group", PO_ITEM_TIER, N_("Group"), 1249900 },
  { "entity", PO_ITEM_ADDON, N_("Additional entity"), 19900 },
  { "forecast", PO_ITEM_ADDON, N_("Forecast & board logic"), 49000 },
  { "advisory", PO_ITEM_ADDON, N_("Advisory layer"), 99000 },
};

#define PLAYBOOK(name, ...) static const PoBuiltinPlaybookStep name[] = { __VA_ARGS__ };

PLAYBOOK (pb_health_red,
          { N_("Review the account's health components"), 0 },
          { N_("Call the champion about the risk"), 2 },
          { N_("Agree a recovery plan with the customer"), 7 })
PLAYBOOK (pb_health_drop,
          { N_("Find the cause of the health drop"), 1 },
          { N_("Check in with the main contact"), 3 })
PLAYBOOK (pb_renewal_window,
          { N_("Prepare the renewal internally"), 0 },
          { N_("Start the renewal conversation"), 14 },
          { N_("Send the renewal proposal"), 30 })
PLAYBOOK (pb_renewal_late,
          { N_("Escalate the renewal to the account owner's lead"), 0 },
          { N_("Get a signature date from the customer"), 3 })
PLAYBOOK (pb_silent,
          { N_("Reach out to the silent account"), 0 },
          { N_("Schedule a value review"), 7 })
PLAYBOOK (pb_payment,
          { N_("Contact billing about the failed payment"), 0 },
          { N_("Send the dunning reminder"), 3 })
PLAYBOOK (pb_champion,
          { N_("Identify a new champion"), 3 },
          { N_("Re-onboard the new stakeholders"), 14 })
PLAYBOOK (pb_onboarding,
          { N_("Find what blocks the onboarding"), 0 },
          { N_("Agree a go-live date with the customer"), 7 })
PLAYBOOK (pb_expansion,
          { N_("Qualify the expansion opportunity"), 3 },
          { N_("Propose the next tier or entity"), 14 })
PLAYBOOK (pb_advocacy,
          { N_("Ask for a reference or case study"), 7 },
          { N_("Invite to the customer advisory board"), 30 })

#define RULE(code, title, desc, threshold, pb) \
  { code, title, desc, threshold, pb, G_N_ELEMENTS (pb) }

/* DESIGN.md §4: the ten built-in early-warning rules. */
static const PoBuiltinSignalRule signal_rules[] = {
  RULE ("health_red", N_("Health red"),
        N_("Health score below the red band (threshold: score)"), 40, pb_health_red),
  RULE ("health_drop", N_("Health drop"),
        N_("Health trend over 30 days at or below the threshold (points)"), -15, pb_health_drop),
  RULE ("renewal_window", N_("Renewal window open"),
        N_("Inside the segment's renewal lead time and forecast not commit (threshold unused)"), 0,
        pb_renewal_window),
  RULE ("renewal_late", N_("Renewal late"),
        N_("Renewal within the threshold (days) and forecast not commit"), 30, pb_renewal_late),
  RULE ("silent_account", N_("Silent account"),
        N_("No touchpoint for the threshold (days), high- and low-touch accounts"), 45, pb_silent),
  RULE ("payment_failed", N_("Payment failed"),
        N_("A failed payment without a later recovery (threshold unused)"), 0, pb_payment),
  RULE ("champion_left", N_("Champion left"),
        N_("A champion contact has left (threshold unused)"), 0, pb_champion),
  RULE ("onboarding_stalled", N_("Onboarding stalled"),
        N_("Onboarding longer than the segment's maximum (threshold: extra days allowed)"), 0,
        pb_onboarding),
  RULE ("expansion_ready", N_("Expansion ready"),
        N_("Score at or above the threshold, 6+ months since signing, seats or entities at the tier limit"),
        80, pb_expansion),
  RULE ("advocacy_candidate", N_("Advocacy candidate"),
        N_("Score at or above the threshold, renewed at least once, latest NPS 9–10"), 80, pb_advocacy),
};

const PoBuiltinSignalRule *
po_builtin_signal_rules (guint *n_rules)
{
  *n_rules = G_N_ELEMENTS (signal_rules);
  return signal_rules;
}

const PoBuiltinSignalRule *
po_builtin_signal_rule (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (signal_rules); i++)
    if (g_strcmp0 (signal_rules[i].code, code) == 0)
      return &signal_rules[i];
  return NULL;
}

const PoBuiltinCatalogItem *
po_builtin_catalog (guint *n_items)
{
  *n_items = G_N_ELEMENTS (catalog);
  return catalog;
}

gboolean
po_defaults_install_phase_model (PoStore     *store,
                                 const char  *code,
                                 GError     **error)
{
  const PoBuiltinModel *model = po_phase_model_builtin (code);
  PoPhaseModel row = { 0 };

  g_return_val_if_fail (model != NULL, FALSE);

  row.code = (char *) model->code;
  row.title = (char *) _(model->title);
  row.builtin = TRUE;
  if (!po_store_insert_phase_model (store, &row, error))
    return FALSE;

  for (guint i = 0; i < model->n_phases; i++)
    {
      const PoBuiltinPhase *p = &model->phases[i];
      PoPhase phase = { 0, (char *) model->code, (char *) p->code, (int) i,
                        (char *) _(p->title), (char *) _(p->goal), (char *) _(p->mechanics) };

      if (!po_store_insert_phase (store, &phase, error))
        return FALSE;
    }
  for (guint i = 0; i < model->n_criteria; i++)
    {
      const PoBuiltinCriterion *c = &model->criteria[i];
      PoExitCriterion criterion = { 0, (char *) model->code, (char *) c->phase, (char *) c->code,
                                    (char *) _(c->title), (int) i };

      if (!po_store_insert_exit_criterion (store, &criterion, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_po_defaults_install (PoStore  *store,
                      GError  **error)
{
  PoSettings settings;
  gboolean ok;

  po_settings_init_defaults (&settings);
  ok = po_settings_save (&settings, store, error);
  po_settings_clear (&settings);
  if (!ok)
    return FALSE;

  for (guint i = 0; i < po_phase_model_n_builtin (); i++)
    if (!po_defaults_install_phase_model (store, po_phase_model_builtin_nth (i)->code, error))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (catalog); i++)
    {
      PoCatalogItem item = { 0, (char *) catalog[i].code, catalog[i].kind,
                             (char *) _(catalog[i].name), catalog[i].mrr_cents, (int) i };

      if (!po_store_insert_catalog_item (store, &item, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (signal_rules); i++)
    {
      const PoBuiltinSignalRule *r = &signal_rules[i];
      PoSignalRule rule = { 0, (char *) r->code, TRUE, r->threshold };

      if (!po_store_insert_signal_rule (store, &rule, error))
        return FALSE;
      for (guint j = 0; j < r->n_playbook; j++)
        {
          PoPlaybookStep step = { 0, (char *) r->code, (int) j,
                                  (char *) _(r->playbook[j].title), r->playbook[j].due_offset_days };

          if (!po_store_insert_playbook_step (store, &step, error))
            return FALSE;
        }
    }
  return TRUE;
}
