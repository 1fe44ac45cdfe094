/* po-scenario-account.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-scenario-account"

#include "config.h"

#include "po-scenario.h"

struct _PoScenarioAccount
{
  char      *id;
  int        signed_month;
  gint64     mrr_cents;
  char      *tier;
  GPtrArray *steps;     /* PoScenarioPathStep */
};

G_DEFINE_BOXED_TYPE (PoScenarioAccount, po_scenario_account,
                     po_scenario_account_ref, po_scenario_account_unref)

PoScenarioAccount *
po_scenario_account_new (const char *id,
                         int         signed_month,
                         gint64      mrr_cents,
                         const char *tier)
{
  PoScenarioAccount *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_atomic_rc_box_new0 (PoScenarioAccount);
  self->id = g_strdup (id);
  self->signed_month = signed_month;
  self->mrr_cents = mrr_cents;
  self->tier = g_strdup (tier);
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) po_scenario_path_step_free);

  return self;
}

PoScenarioAccount *
po_scenario_account_ref (PoScenarioAccount *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
account_clear (gpointer data)
{
  PoScenarioAccount *self = data;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->tier, g_free);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
}

void
po_scenario_account_unref (PoScenarioAccount *self)
{
  g_atomic_rc_box_release_full (self, account_clear);
}

void
po_scenario_account_add_step (PoScenarioAccount        *self,
                              const PoScenarioPathStep *step)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (step != NULL);

  g_ptr_array_add (self->steps, po_scenario_path_step_copy (step));
}

const char *
po_scenario_account_get_id (const PoScenarioAccount *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->id;
}

int
po_scenario_account_get_signed_month (const PoScenarioAccount *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->signed_month;
}

gint64
po_scenario_account_get_mrr_cents (const PoScenarioAccount *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->mrr_cents;
}

const char *
po_scenario_account_get_tier (const PoScenarioAccount *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->tier;
}

guint
po_scenario_account_get_n_steps (const PoScenarioAccount *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->steps->len;
}

const PoScenarioPathStep *
po_scenario_account_get_step (const PoScenarioAccount *self,
                              guint                    index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);

  return g_ptr_array_index (self->steps, index);
}
