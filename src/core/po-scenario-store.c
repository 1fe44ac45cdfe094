/* po-scenario-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-scenario-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "po-scenario-store.h"
#include "po-scenario-private.h"
#include "po-store-private.h"

/* Seed 000, "Typischer Account-Pfad": Operator at start; Manager plus an
 * entity after 6–12 months; Executive plus forecast & board logic after
 * 12–24 months; Board later.  The probabilities are a starting point the
 * user edits. */
static const PoScenarioTemplateStep template_path[] = {
  { PO_ACTION_UPGRADE, "manager", 6, 12, 0.60,
    N_("Company growth: more people decide with the numbers every week") },
  { PO_ACTION_ADD, "entity", 6, 12, 0.50,
    N_("New role or entity: a second company or business unit joins") },
  { PO_ACTION_UPGRADE, "executive", 12, 24, 0.40,
    N_("Rising complexity: management steers several entities from one view") },
  { PO_ACTION_ADD, "forecast", 12, 24, 0.40,
    N_("Planning need: forecasts and board reporting are asked for") },
  { PO_ACTION_UPGRADE, "board", 24, 48, 0.25,
    N_("Board or group structure: owners and boards work in Peak One") },
};

const PoScenarioTemplateStep *
po_scenario_template_path (guint *n_steps)
{
  if (n_steps != NULL)
    *n_steps = G_N_ELEMENTS (template_path);
  return template_path;
}

void
po_scenario_add_template_path (PoScenario *scenario)
{
  g_return_if_fail (scenario != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (template_path); i++)
    {
      const PoScenarioTemplateStep *t = &template_path[i];
      g_autoptr(PoScenarioPathStep) step =
        po_scenario_path_step_new (t->action, t->item, t->from_month, t->to_month, t->probability);

      po_scenario_add_step (scenario, step);
    }
}

/* Editing helpers */

PoScenario *
po_scenario_edit_copy (const PoScenario *scenario,
                       const char       *name,
                       int               start_month)
{
  PoScenario *copy;

  g_return_val_if_fail (scenario != NULL, NULL);

  copy = po_scenario_copy (scenario);
  if (name != NULL)
    {
      g_free (copy->name);
      copy->name = g_strdup (name);
    }
  copy->start_month = start_month;
  return copy;
}

static void
rates_unset (GArray     *rates,
             const char *code)
{
  for (guint i = 0; i < rates->len; i++)
    {
      PoScenarioRateEntry *rate = &g_array_index (rates, PoScenarioRateEntry, i);

      if (g_strcmp0 (rate->code, code) == 0)
        {
          g_free (rate->code);
          g_array_remove_index (rates, i);
          return;
        }
    }
}

/* @tier: a tier, or %NULL / "default" for the default rate. */
void
po_scenario_edit_unset_churn (PoScenario *scenario,
                              const char *tier)
{
  g_return_if_fail (scenario != NULL);

  if (tier == NULL || strcmp (tier, "default") == 0)
    {
      scenario->has_default_churn = FALSE;
      scenario->default_churn = 0.0;
    }
  else
    rates_unset (scenario->churn, tier);
}

void
po_scenario_edit_unset_new (PoScenario *scenario,
                            const char *tier)
{
  g_return_if_fail (scenario != NULL);
  g_return_if_fail (tier != NULL);

  rates_unset (scenario->new_per_month, tier);
}

void
po_scenario_edit_replace_step (PoScenario               *scenario,
                               guint                     index,
                               const PoScenarioPathStep *step)
{
  g_return_if_fail (scenario != NULL);
  g_return_if_fail (step != NULL);
  g_return_if_fail (index < scenario->path->len);

  po_scenario_path_step_free (g_ptr_array_index (scenario->path, index));
  g_ptr_array_index (scenario->path, index) = po_scenario_path_step_copy (step);
}

void
po_scenario_edit_remove_step (PoScenario *scenario,
                              guint       index)
{
  g_return_if_fail (scenario != NULL);
  g_return_if_fail (index < scenario->path->len);

  g_ptr_array_remove_index (scenario->path, index);
}

/* Transactions */

static gboolean
action_begin (PoStore     *store,
              PoHistory   *history,
              const char  *label,
              GError     **error)
{
  if (history != NULL)
    {
      g_return_val_if_fail (po_history_get_store (history) == store, FALSE);
      return po_history_begin (history, label, error);
    }
  return po_store_begin (store, error);
}

static gboolean
action_commit (PoStore    *store,
               PoHistory  *history,
               GError    **error)
{
  if (history != NULL)
    return po_history_commit (history, error);
  return po_store_commit (store, error);
}

static void
action_rollback (PoStore   *store,
                 PoHistory *history)
{
  if (history != NULL)
    po_history_rollback (history);
  else
    po_store_rollback (store);
}

/* Reading */

static gboolean
record_to_scenario (PoStore                 *store,
                    const PoScenarioRecord  *record,
                    PoScenario             **out,
                    GError                 **error)
{
  g_autoptr(PoScenario) scenario = NULL;
  g_autoptr(GPtrArray) rates = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  int start_month = 0;

  if (!po_scenario_month_index_parse (record->start_month, &start_month))
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_CORRUPT,
                   _("Scenario “%s”: the start month “%s” is not a month"),
                   record->name, record->start_month);
      return FALSE;
    }

  scenario = po_scenario_new (record->name, start_month, MAX (record->months, 0));

  rates = po_store_list_scenario_rate (store, record->id, error);
  if (rates == NULL)
    return FALSE;
  for (guint i = 0; i < rates->len; i++)
    {
      const PoScenarioRate *rate = g_ptr_array_index (rates, i);

      if (rate->kind == PO_RATE_CHURN)
        po_scenario_set_churn (scenario, rate->item, rate->value);
      else
        po_scenario_set_new_per_month (scenario, rate->item, rate->value);
    }

  steps = po_store_list_scenario_step (store, record->id, error);
  if (steps == NULL)
    return FALSE;
  for (guint i = 0; i < steps->len; i++)
    {
      const PoScenarioStep *row = g_ptr_array_index (steps, i);
      g_autoptr(PoScenarioPathStep) step =
        po_scenario_path_step_new (row->action, row->item, row->from_month,
                                   row->to_month, row->probability);

      po_scenario_add_step (scenario, step);
    }

  if (record->has_price_change)
    {
      PoScenarioPriceChange change = {
        .percent = record->price_percent,
        .effective_month = record->price_effective_month,
        .notice_months = MAX (record->price_notice_months, 0),
        .annual_prepay_share = record->price_prepay_share,
      };

      po_scenario_set_price_change (scenario, &change);
    }

  *out = g_steal_pointer (&scenario);
  return TRUE;
}

PoScenario *
po_scenario_store_load (PoStore  *store,
                        gint64    id,
                        GError  **error)
{
  g_autoptr(PoScenarioRecord) record = NULL;
  PoScenario *scenario = NULL;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);

  record = po_store_get_scenario_record (store, id, error);
  if (record == NULL)
    return NULL;
  if (!record_to_scenario (store, record, &scenario, error))
    return NULL;
  return scenario;
}

static PoScenarioRecord *
find_record (PoStore     *store,
             const char  *name,
             GError     **error)
{
  g_autoptr(GPtrArray) rows = po_store_list_where (store, &po_scenario_record_class,
                                                   "name", name, error);

  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_FOUND,
                   _("%s: no scenario is called “%s”"), po_store_get_path (store), name);
      return NULL;
    }
  return po_record_copy (&po_scenario_record_class, g_ptr_array_index (rows, 0));
}

/* @id: (out) (optional): the scenario's row id. */
PoScenario *
po_scenario_store_load_by_name (PoStore     *store,
                                const char  *name,
                                gint64      *id,
                                GError     **error)
{
  g_autoptr(PoScenarioRecord) record = NULL;
  PoScenario *scenario = NULL;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  record = find_record (store, name, error);
  if (record == NULL)
    return NULL;
  if (!record_to_scenario (store, record, &scenario, error))
    return NULL;
  if (id != NULL)
    *id = record->id;
  return scenario;
}

PoScenarioCatalog *
po_scenario_store_load_catalog (PoStore  *store,
                                GError  **error)
{
  g_autoptr(GPtrArray) items = NULL;
  PoScenarioCatalog *catalog;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);

  items = po_store_list_catalog_item (store, 0, error);
  if (items == NULL)
    return NULL;

  catalog = po_scenario_catalog_new ();
  for (guint i = 0; i < items->len; i++)
    {
      const PoCatalogItem *item = g_ptr_array_index (items, i);

      po_scenario_catalog_add (catalog, item->code, item->kind, item->mrr_cents);
    }
  return catalog;
}

/* The accounts active at the end of @start_month: MRR_m(a) > 0 over the
 * lines with start <= last day and (end null or end > last day); the
 * current tier is the highest-priced tier among those lines (by catalog
 * price, then line amount); their own plan steps, in order. */
GPtrArray *
po_scenario_store_load_accounts (PoStore  *store,
                                 int       start_month,
                                 GError  **error)
{
  static const char mrr_sql[] =
    "SELECT a.id, a.key, a.signed_on, sum (l.mrr_cents),"
    "  (SELECT c.code FROM subscription_lines t JOIN catalog_items c ON c.code = t.item"
    "   WHERE t.account_id = a.id AND c.kind = 'tier' AND t.start_on <= ?1"
    "     AND (t.end_on IS NULL OR t.end_on > ?1)"
    "   ORDER BY c.mrr_cents DESC, t.mrr_cents DESC, c.position DESC LIMIT 1)"
    " FROM accounts a JOIN subscription_lines l ON l.account_id = a.id"
    " WHERE l.start_on <= ?1 AND (l.end_on IS NULL OR l.end_on > ?1)"
    " GROUP BY a.id HAVING sum (l.mrr_cents) > 0 ORDER BY a.key";
  static const char steps_sql[] =
    "SELECT account_id, action, item, from_month, to_month, probability"
    " FROM plan_steps ORDER BY account_id, position, id";
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);

  stmt = _po_store_prepare (store, mrr_sql, error);
  if (stmt == NULL)
    return NULL;
  _po_store_bind_day (stmt, 1, po_month_last_day (start_month));

  accounts = g_ptr_array_new_with_free_func ((GDestroyNotify) po_scenario_account_unref);
  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);
      PoDay signed_on = _po_store_column_day (stmt, 2);
      int signed_month = signed_on != PO_DAY_NONE ? po_month_of_day (signed_on) : start_month;
      const char *tier = (const char *) sqlite3_column_text (stmt, 4);
      PoScenarioAccount *account;

      account = po_scenario_account_new ((const char *) sqlite3_column_text (stmt, 1),
                                         signed_month, sqlite3_column_int64 (stmt, 3), tier);
      *id = sqlite3_column_int64 (stmt, 0);
      g_ptr_array_add (accounts, account);
      g_hash_table_insert (by_id, id, account);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _po_store_set_error (store, error);
      return NULL;
    }

  stmt = _po_store_prepare (store, steps_sql, error);
  if (stmt == NULL)
    rc = SQLITE_ERROR;
  else
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 account_id = sqlite3_column_int64 (stmt, 0);
          PoScenarioAccount *account = g_hash_table_lookup (by_id, &account_id);
          g_autoptr(PoScenarioPathStep) step = NULL;
          int action = PO_ACTION_UPGRADE;

          if (account == NULL)
            continue;
          po_enum_parse (&po_plan_action_enum, (const char *) sqlite3_column_text (stmt, 1), &action);
          step = po_scenario_path_step_new (action, (const char *) sqlite3_column_text (stmt, 2),
                                            sqlite3_column_int (stmt, 3),
                                            sqlite3_column_int (stmt, 4),
                                            sqlite3_column_double (stmt, 5));
          po_scenario_account_add_step (account, step);
        }
      sqlite3_reset (stmt);
      if (rc != SQLITE_DONE)
        _po_store_set_error (store, error);
    }

  if (rc != SQLITE_DONE)
    return NULL;
  return g_steal_pointer (&accounts);
}

/* The month of the latest subscription line start, not after the current
 * month; the current month for an empty workspace. */
int
po_scenario_store_default_start_month (PoStore *store)
{
  int today = po_month_of_day (po_day_today ());
  sqlite3_stmt *stmt;
  int month = today;

  g_return_val_if_fail (PO_IS_STORE (store), today);

  stmt = _po_store_prepare (store, "SELECT max (start_on) FROM subscription_lines", NULL);
  if (stmt != NULL)
    {
      if (sqlite3_step (stmt) == SQLITE_ROW &&
          sqlite3_column_type (stmt, 0) != SQLITE_NULL)
        {
          PoDay day = _po_store_column_day (stmt, 0);

          if (day != PO_DAY_NONE)
            month = MIN (po_month_of_day (day), today);
        }
      sqlite3_reset (stmt);
    }
  return month;
}

static gboolean
name_taken (PoStore    *store,
            const char *name)
{
  g_autoptr(GPtrArray) rows = po_store_list_where (store, &po_scenario_record_class,
                                                   "name", name, NULL);

  return rows != NULL && rows->len > 0;
}

/* @base, or "@base 2", "@base 3"… whichever no scenario has yet. */
char *
po_scenario_store_unique_name (PoStore    *store,
                               const char *base)
{
  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (base != NULL, NULL);

  if (!name_taken (store, base))
    return g_strdup (base);
  for (guint n = 2; ; n++)
    {
      g_autofree char *name = g_strdup_printf ("%s %u", base, n);

      if (!name_taken (store, name))
        return g_steal_pointer (&name);
    }
}

/* A new scenario: 36 months from the default start month, 2 % monthly
 * churn, three new Operator accounts a month, the typical path. */
PoScenario *
po_scenario_store_new_default (PoStore    *store,
                               const char *name)
{
  PoScenario *scenario;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  scenario = po_scenario_new (name, po_scenario_store_default_start_month (store), 36);
  po_scenario_set_churn (scenario, NULL, 0.02);
  po_scenario_set_new_per_month (scenario, "operator", 3.0);
  po_scenario_add_template_path (scenario);
  return scenario;
}

PoScenarioProjection *
po_scenario_store_project (PoStore           *store,
                           const PoScenario  *scenario,
                           GError           **error)
{
  g_autoptr(PoScenarioCatalog) catalog = NULL;
  g_autoptr(GPtrArray) accounts = NULL;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (scenario != NULL, NULL);

  catalog = po_scenario_store_load_catalog (store, error);
  if (catalog == NULL)
    return NULL;
  accounts = po_scenario_store_load_accounts (store, po_scenario_get_start_month (scenario), error);
  if (accounts == NULL)
    return NULL;
  return po_scenario_project_exact (scenario, catalog, accounts, error);
}

/* Writing */

typedef struct
{
  PoRateKind  kind;
  const char *item;
  double      value;
  gboolean    seen;
} WantedRate;

static GArray *
wanted_rates (const PoScenario *scenario)
{
  GArray *wanted = g_array_new (FALSE, TRUE, sizeof (WantedRate));

  if (scenario->has_default_churn)
    {
      WantedRate r = { PO_RATE_CHURN, "default", scenario->default_churn, FALSE };
      g_array_append_val (wanted, r);
    }
  for (guint i = 0; i < scenario->churn->len; i++)
    {
      const PoScenarioRateEntry *e = &g_array_index (scenario->churn, PoScenarioRateEntry, i);
      WantedRate r = { PO_RATE_CHURN, e->code, e->value, FALSE };
      g_array_append_val (wanted, r);
    }
  for (guint i = 0; i < scenario->new_per_month->len; i++)
    {
      const PoScenarioRateEntry *e = &g_array_index (scenario->new_per_month, PoScenarioRateEntry, i);
      WantedRate r = { PO_RATE_NEW, e->code, e->value, FALSE };
      g_array_append_val (wanted, r);
    }
  return wanted;
}

static gboolean
save_rates (PoStore           *store,
            gint64             scenario_id,
            const PoScenario  *scenario,
            GError           **error)
{
  g_autoptr(GArray) wanted = wanted_rates (scenario);
  g_autoptr(GPtrArray) rows = po_store_list_scenario_rate (store, scenario_id, error);

  if (rows == NULL)
    return FALSE;

  /* Deletions first, so that a rate moved between rows never meets the
   * UNIQUE (scenario_id, kind, item) constraint. */
  for (guint i = 0; i < rows->len; i++)
    {
      PoScenarioRate *row = g_ptr_array_index (rows, i);
      WantedRate *match = NULL;

      for (guint j = 0; j < wanted->len && match == NULL; j++)
        {
          WantedRate *w = &g_array_index (wanted, WantedRate, j);

          if (!w->seen && w->kind == row->kind && g_strcmp0 (w->item, row->item) == 0)
            match = w;
        }
      if (match == NULL)
        {
          if (!po_store_delete_scenario_rate (store, row->id, error))
            return FALSE;
          continue;
        }
      match->seen = TRUE;
      if (row->value != match->value)
        {
          row->value = match->value;
          if (!po_store_update_scenario_rate (store, row, error))
            return FALSE;
        }
    }

  for (guint j = 0; j < wanted->len; j++)
    {
      const WantedRate *w = &g_array_index (wanted, WantedRate, j);
      g_autoptr(PoScenarioRate) row = NULL;

      if (w->seen)
        continue;
      row = po_scenario_rate_new ();
      row->scenario_id = scenario_id;
      row->kind = w->kind;
      po_record_set_text (&row->item, w->item);
      row->value = w->value;
      if (!po_store_insert_scenario_rate (store, row, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_steps (PoStore           *store,
            gint64             scenario_id,
            const PoScenario  *scenario,
            GError           **error)
{
  g_autoptr(GPtrArray) rows = po_store_list_scenario_step (store, scenario_id, error);
  guint n = scenario->path->len;

  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      PoScenarioStep *row = g_ptr_array_index (rows, i);
      const PoScenarioPathStep *step;
      g_autoptr(PoScenarioStep) before = NULL;

      if (i >= n)
        {
          if (!po_store_delete_scenario_step (store, row->id, error))
            return FALSE;
          continue;
        }
      step = g_ptr_array_index (scenario->path, i);
      before = po_record_copy (&po_scenario_step_class, row);
      row->position = i;
      row->action = step->action;
      po_record_set_text (&row->item, step->item);
      row->from_month = step->from_month;
      row->to_month = step->to_month;
      row->probability = step->probability;
      if (!po_record_equal (&po_scenario_step_class, before, row) &&
          !po_store_update_scenario_step (store, row, error))
        return FALSE;
    }

  for (guint i = rows->len; i < n; i++)
    {
      const PoScenarioPathStep *step = g_ptr_array_index (scenario->path, i);
      g_autoptr(PoScenarioStep) row = po_scenario_step_new ();

      row->scenario_id = scenario_id;
      row->position = i;
      row->action = step->action;
      po_record_set_text (&row->item, step->item);
      row->from_month = step->from_month;
      row->to_month = step->to_month;
      row->probability = step->probability;
      if (!po_store_insert_scenario_step (store, row, error))
        return FALSE;
    }
  return TRUE;
}

static void
fill_record (PoScenarioRecord *record,
             const PoScenario *scenario)
{
  const PoScenarioPriceChange *change = po_scenario_get_price_change (scenario);
  g_autofree char *start = po_scenario_month_index_format (scenario->start_month);

  po_record_set_text (&record->name, scenario->name);
  po_record_set_text (&record->start_month, start);
  record->months = scenario->months;
  record->has_price_change = change != NULL;
  if (change != NULL)
    {
      record->price_percent = change->percent;
      record->price_effective_month = change->effective_month;
      record->price_notice_months = change->notice_months;
      record->price_prepay_share = change->annual_prepay_share;
    }
  else
    {
      /* Keep the last price change's figures for when it is turned on
       * again; only a fresh row starts from the schema's defaults. */
      record->price_notice_months = MAX (record->price_notice_months, 1);
    }
}

static gboolean
validate_for_save (PoStore           *store,
                   gint64             id,
                   const PoScenario  *scenario,
                   GError           **error)
{
  g_autoptr(PoScenarioCatalog) catalog = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *name = g_strstrip (g_strdup (scenario->name ? scenario->name : ""));

  if (name[0] == '\0')
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_INVALID,
                   _("A scenario needs a name"));
      return FALSE;
    }
  rows = po_store_list_where (store, &po_scenario_record_class, "name", scenario->name, error);
  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    if (((PoScenarioRecord *) g_ptr_array_index (rows, i))->id != id)
      {
        g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_EXISTS,
                     _("A scenario called “%s” exists already"), scenario->name);
        return FALSE;
      }

  catalog = po_scenario_store_load_catalog (store, error);
  if (catalog == NULL)
    return FALSE;
  return po_scenario_validate (scenario, catalog, NULL, error);
}

static gboolean
save_in_transaction (PoStore           *store,
                     gint64            *id,
                     const PoScenario  *scenario,
                     GError           **error)
{
  g_autoptr(PoScenarioRecord) record = NULL;

  if (!validate_for_save (store, *id, scenario, error))
    return FALSE;

  if (*id > 0)
    {
      g_autoptr(PoScenarioRecord) before = NULL;

      record = po_store_get_scenario_record (store, *id, error);
      if (record == NULL)
        return FALSE;
      before = po_record_copy (&po_scenario_record_class, record);
      fill_record (record, scenario);
      if (!po_record_equal (&po_scenario_record_class, before, record) &&
          !po_store_update_scenario_record (store, record, error))
        return FALSE;
    }
  else
    {
      record = po_scenario_record_new ();
      record->price_notice_months = 1;
      fill_record (record, scenario);
      if (!po_store_insert_scenario_record (store, record, error))
        return FALSE;
    }

  if (!save_rates (store, record->id, scenario, error) ||
      !save_steps (store, record->id, scenario, error))
    return FALSE;

  *id = record->id;
  return TRUE;
}

/**
 * po_scenario_store_save:
 * @history: (nullable): records the save as one undo step
 * @id: (inout): the scenario's row id, 0 to insert a new one
 *
 * Writes @scenario: only the rows that differ change, so an edit of one
 * assumption is an update of one row.  Validates against the workspace's
 * catalog first; names are unique.
 */
gboolean
po_scenario_store_save (PoStore           *store,
                        PoHistory         *history,
                        gint64            *id,
                        const PoScenario  *scenario,
                        GError           **error)
{
  g_autofree char *label = NULL;
  gint64 new_id;

  g_return_val_if_fail (PO_IS_STORE (store), FALSE);
  g_return_val_if_fail (history == NULL || PO_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (scenario != NULL, FALSE);

  new_id = *id;
  label = new_id > 0
    ? g_strdup_printf (_("Edit Scenario “%s”"), scenario->name)
    : g_strdup_printf (_("Add Scenario “%s”"), scenario->name);
  if (!action_begin (store, history, label, error))
    return FALSE;
  if (!save_in_transaction (store, &new_id, scenario, error))
    {
      action_rollback (store, history);
      return FALSE;
    }
  if (!action_commit (store, history, error))
    return FALSE;
  *id = new_id;
  return TRUE;
}

/* Saves a copy named "NAME (copy)" (numbered when taken); returns its id,
 * 0 on error. */
gint64
po_scenario_store_duplicate (PoStore    *store,
                             PoHistory  *history,
                             gint64      id,
                             GError    **error)
{
  g_autoptr(PoScenario) scenario = NULL;
  g_autoptr(PoScenario) copy = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  gint64 new_id = 0;

  g_return_val_if_fail (PO_IS_STORE (store), 0);

  scenario = po_scenario_store_load (store, id, error);
  if (scenario == NULL)
    return 0;
  /* Translators: the name of a duplicated scenario */
  base = g_strdup_printf (_("%s (copy)"), po_scenario_get_name (scenario));
  name = po_scenario_store_unique_name (store, base);
  copy = po_scenario_edit_copy (scenario, name, po_scenario_get_start_month (scenario));
  if (!po_scenario_store_save (store, history, &new_id, copy, error))
    return 0;
  return new_id;
}

gboolean
po_scenario_store_delete (PoStore    *store,
                          PoHistory  *history,
                          gint64      id,
                          GError    **error)
{
  g_autoptr(PoScenarioRecord) record = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (PO_IS_STORE (store), FALSE);

  record = po_store_get_scenario_record (store, id, error);
  if (record == NULL)
    return FALSE;
  label = g_strdup_printf (_("Delete Scenario “%s”"), record->name);
  if (!action_begin (store, history, label, error))
    return FALSE;
  if (!po_store_delete_scenario_record (store, id, error))
    {
      action_rollback (store, history);
      return FALSE;
    }
  return action_commit (store, history, error);
}

static gboolean
save_plan_in_transaction (PoStore    *store,
                          gint64      account_id,
                          GPtrArray  *steps,
                          GError    **error)
{
  g_autoptr(GPtrArray) rows = po_store_list_plan_step (store, account_id, error);
  guint n = steps != NULL ? steps->len : 0;

  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < MAX (rows->len, n); i++)
    {
      PoPlanStep *row = i < rows->len ? g_ptr_array_index (rows, i) : NULL;
      const PoPlanStep *want = i < n ? g_ptr_array_index (steps, i) : NULL;
      g_autoptr(PoPlanStep) next = NULL;

      if (want == NULL)
        {
          if (!po_store_delete_plan_step (store, row->id, error))
            return FALSE;
          continue;
        }
      next = po_record_copy (&po_plan_step_class, want);
      next->account_id = account_id;
      next->position = i;
      if (row == NULL)
        {
          next->id = 0;
          if (!po_store_insert_plan_step (store, next, error))
            return FALSE;
          continue;
        }
      next->id = row->id;
      if (!po_record_equal (&po_plan_step_class, row, next) &&
          !po_store_update_plan_step (store, next, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * po_scenario_store_save_plan:
 * @steps: (element-type PoPlanStep): the account's expansion path in order
 *
 * Replaces the account's plan steps; ids and positions are taken care of.
 */
gboolean
po_scenario_store_save_plan (PoStore    *store,
                             PoHistory  *history,
                             gint64      account_id,
                             GPtrArray  *steps,
                             GError    **error)
{
  g_return_val_if_fail (PO_IS_STORE (store), FALSE);

  if (!action_begin (store, history, _("Edit Expansion Path"), error))
    return FALSE;
  if (!save_plan_in_transaction (store, account_id, steps, error))
    {
      action_rollback (store, history);
      return FALSE;
    }
  return action_commit (store, history, error);
}

/* Replaces the account's plan with the typical path of seed 000, leaving
 * out the steps whose item the workspace's catalog lacks. */
gboolean
po_scenario_store_apply_template (PoStore    *store,
                                  PoHistory  *history,
                                  gint64      account_id,
                                  GError    **error)
{
  g_autoptr(PoScenarioCatalog) catalog = NULL;
  g_autoptr(GPtrArray) steps = NULL;

  g_return_val_if_fail (PO_IS_STORE (store), FALSE);

  catalog = po_scenario_store_load_catalog (store, error);
  if (catalog == NULL)
    return FALSE;

  steps = g_ptr_array_new_with_free_func ((GDestroyNotify) po_plan_step_free);
  for (guint i = 0; i < G_N_ELEMENTS (template_path); i++)
    {
      const PoScenarioTemplateStep *t = &template_path[i];
      PoPlanStep *step;

      if (!po_scenario_catalog_lookup (catalog, t->item, NULL, NULL))
        continue;
      step = po_plan_step_new ();
      step->action = t->action;
      po_record_set_text (&step->item, t->item);
      step->from_month = t->from_month;
      step->to_month = t->to_month;
      step->probability = t->probability;
      po_record_set_text (&step->trigger, _(t->trigger));
      g_ptr_array_add (steps, step);
    }

  if (!action_begin (store, history, _("Apply Typical Path"), error))
    return FALSE;
  if (!save_plan_in_transaction (store, account_id, steps, error))
    {
      action_rollback (store, history);
      return FALSE;
    }
  return action_commit (store, history, error);
}

void
po_scenario_trigger_free (PoScenarioTrigger *trigger)
{
  if (trigger == NULL)
    return;
  g_free (trigger->item);
  g_free (trigger->trigger);
  g_free (trigger);
}

/* The distinct (action, item, trigger) of all accounts' plan steps with
 * a trigger, in path order. */
GPtrArray *
po_scenario_store_list_triggers (PoStore  *store,
                                 GError  **error)
{
  g_autoptr(GPtrArray) triggers = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);

  stmt = _po_store_prepare (store,
                            "SELECT action, item, trigger, count (DISTINCT account_id) FROM plan_steps"
                            " WHERE trigger <> '' GROUP BY action, item, trigger"
                            " ORDER BY min (position), item, trigger", error);
  if (stmt == NULL)
    return NULL;
  triggers = g_ptr_array_new_with_free_func ((GDestroyNotify) po_scenario_trigger_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PoScenarioTrigger *t = g_new0 (PoScenarioTrigger, 1);
      int action = PO_ACTION_UPGRADE;

      po_enum_parse (&po_plan_action_enum, (const char *) sqlite3_column_text (stmt, 0), &action);
      t->action = action;
      t->item = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      t->trigger = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      t->n_accounts = sqlite3_column_int (stmt, 3);
      g_ptr_array_add (triggers, t);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _po_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&triggers);
}

/* Renames a trigger of @item's steps in every plan that uses it. */
gboolean
po_scenario_store_rename_trigger (PoStore     *store,
                                  PoHistory   *history,
                                  const char  *item,
                                  const char  *old_trigger,
                                  const char  *new_trigger,
                                  GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok;

  g_return_val_if_fail (PO_IS_STORE (store), FALSE);
  g_return_val_if_fail (item != NULL && old_trigger != NULL && new_trigger != NULL, FALSE);

  if (!action_begin (store, history, _("Edit Upgrade Trigger"), error))
    return FALSE;
  stmt = _po_store_prepare (store, "UPDATE plan_steps SET trigger = ?1 WHERE trigger = ?2 AND item = ?3", error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_text (stmt, 1, new_trigger, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, old_trigger, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, item, -1, SQLITE_TRANSIENT);
      ok = sqlite3_step (stmt) == SQLITE_DONE || _po_store_set_error (store, error);
      sqlite3_reset (stmt);
    }
  if (!ok)
    {
      action_rollback (store, history);
      return FALSE;
    }
  return action_commit (store, history, error);
}
