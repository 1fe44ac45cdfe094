/* po-signals.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How each rule reads (threshold = the rule's row in signal_rules):
 * - only current accounts: no churn record dated <= D, and a subscription
 *   line counted on D (start <= D < end) unless the account has no line;
 * - health_red: score(D) < threshold;
 * - health_drop: score(D) − score(D − 30) <= threshold (a negative number);
 * - renewal_window: 0 <= renewal − D <= the segment's lead time (setting
 *   lead_time.<segment>) and forecast not commit;
 * - renewal_late: renewal − D <= threshold (days; overdue counts) and
 *   forecast not commit;
 * - silent_account: high- or low-touch, D − (latest touchpoint <= D, else
 *   the signed date) >= threshold days;
 * - payment_failed: a payment_failed event <= D with no payment_recovered
 *   or invoice_paid event dated on or after it;
 * - champion_left: a champion contact whose left_on lies within the last
 *   PO_SIGNALS_CHAMPION_LOOKBACK_DAYS days;
 * - onboarding_stalled: a track whose latest phase (<= D) is onboarding
 *   since more than po_segment_onboarding_days (segment).max + threshold
 *   days;
 * - expansion_ready: score >= threshold, D >= signed + 6 months, and the
 *   account grows inside its tier: a current tier line with quantity > 1,
 *   a current "entity" add-on line, or more than one entity recorded;
 * - advocacy_candidate: score >= threshold, renewed at least once (a track
 *   left the renewal phase, or D >= signed + 12 months and the renewal
 *   date lies beyond that first anniversary), latest NPS response 9–10.
 * Event rules (payment_failed, champion_left) fire only for an event newer
 * than the rule's last tasks for the account, or while those are open; a
 * firing rule creates its playbook's tasks only when none of its earlier
 * tasks for that account is open or snoozed.
 */

#define G_LOG_DOMAIN "po-signals"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "po-phase-model.h"
#include "po-signals-private.h"
#include "po-store-private.h"

typedef struct
{
  gboolean enabled;
  double   threshold;
} RuleConfig;

void
po_alert_clear (PoAlert *alert)
{
  g_clear_pointer (&alert->account_key, g_free);
  g_clear_pointer (&alert->rule, g_free);
  g_clear_pointer (&alert->detail, g_free);
}

static gboolean
load_rules (PoStore     *store,
            RuleConfig   rules[N_RULES],
            GError     **error)
{
  sqlite3_stmt *stmt = _po_store_prepare (store, "SELECT code, enabled, threshold FROM signal_rules", error);
  int rc;

  memset (rules, 0, sizeof (RuleConfig) * N_RULES);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    for (guint r = 0; r < N_RULES; r++)
      if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), _po_signal_rule_codes[r]) == 0)
        {
          rules[r].enabled = sqlite3_column_int (stmt, 1) != 0;
          rules[r].threshold = sqlite3_column_double (stmt, 2);
        }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);
  return TRUE;
}

static gboolean
is_current (const PoSignalAccount *a)
{
  return !a->churned && (a->n_lines == 0 || a->n_current_lines > 0);
}

static gboolean
renewed (const PoSignalAccount *a,
         PoDay                  on)
{
  PoDay anniversary;

  if (a->left_renewal)
    return TRUE;
  if (a->signed_on == PO_DAY_NONE)
    return FALSE;
  anniversary = po_day_add_months (a->signed_on, 12);
  return on >= anniversary && a->renewal_on != PO_DAY_NONE && a->renewal_on > anniversary;
}

static char *
day_text (PoDay d)
{
  return po_day_format (d);
}

/* Returns the detail text when rule @r fires for @a, else NULL. */
static char *
check_rule (PoRuleId               r,
            double                 threshold,
            const PoSignalAccount *a,
            const PoSettings      *settings,
            PoDay                  on)
{
  gint64 days;

  switch (r)
    {
    case RULE_HEALTH_RED:
      if (a->score != PO_HEALTH_MISSING && a->score < threshold)
        return g_strdup_printf (_("Health score %d is below %g"), a->score, threshold);
      return NULL;

    case RULE_HEALTH_DROP:
      if (a->has_trend && a->trend <= threshold)
        return g_strdup_printf (_("Health score fell by %d points in %d days"), -a->trend,
                                PO_HEALTH_TREND_DAYS);
      return NULL;

    case RULE_RENEWAL_WINDOW:
      if (a->renewal_on == PO_DAY_NONE || a->forecast == PO_FORECAST_COMMIT)
        return NULL;
      days = (gint64) a->renewal_on - on;
      if (days >= 0 && days <= settings->lead_time_days[a->segment])
        {
          g_autofree char *d = day_text (a->renewal_on);
          return g_strdup_printf (_("Renewal on %s in %d days, forecast %s"), d, (int) days,
                                  po_enum_label (&po_forecast_enum, a->forecast));
        }
      return NULL;

    case RULE_RENEWAL_LATE:
      if (a->renewal_on == PO_DAY_NONE || a->forecast == PO_FORECAST_COMMIT)
        return NULL;
      days = (gint64) a->renewal_on - on;
      if (days <= threshold)
        {
          g_autofree char *d = day_text (a->renewal_on);
          if (days < 0)
            return g_strdup_printf (_("Renewal on %s is %d days overdue, forecast %s"),
                                    d, (int) -days, po_enum_label (&po_forecast_enum, a->forecast));
          return g_strdup_printf (_("Renewal on %s in %d days, forecast %s"), d, (int) days,
                                  po_enum_label (&po_forecast_enum, a->forecast));
        }
      return NULL;

    case RULE_SILENT_ACCOUNT:
      {
        PoDay since = MAX (a->last_touch, a->signed_on);

        if (a->touch == PO_TOUCH_TECH || since == PO_DAY_NONE || since > on)
          return NULL;
        days = (gint64) on - since;
        if (days >= threshold)
          return a->last_touch != PO_DAY_NONE
                   ? g_strdup_printf (_("No touchpoint for %d days"), (int) days)
                   : g_strdup_printf (_("No touchpoint since signing, %d days ago"), (int) days);
        return NULL;
      }

    case RULE_PAYMENT_FAILED:
      if (a->last_failure != PO_DAY_NONE && a->last_recovery < a->last_failure &&
          (a->last_failure > a->tasks[r].last_created || a->tasks[r].n_open > 0))
        {
          g_autofree char *d = day_text (a->last_failure);
          return g_strdup_printf (_("Payment failed on %s without recovery"), d);
        }
      return NULL;

    case RULE_CHAMPION_LEFT:
      if (a->champion_left != PO_DAY_NONE &&
          (gint64) on - a->champion_left <= PO_SIGNALS_CHAMPION_LOOKBACK_DAYS &&
          (a->champion_left > a->tasks[r].last_created || a->tasks[r].n_open > 0))
        {
          g_autofree char *d = day_text (a->champion_left);
          return g_strdup_printf (_("Champion %s left on %s"), a->champion_name, d);
        }
      return NULL;

    case RULE_ONBOARDING_STALLED:
      {
        gint64 allowed = po_segment_onboarding_days (a->segment).max + (gint64) threshold;

        if (a->onboarding_since == PO_DAY_NONE)
          return NULL;
        days = (gint64) on - a->onboarding_since;
        if (days > allowed)
          return g_strdup_printf (_("Track “%s” in onboarding for %d days (allowed %d)"),
                                  a->onboarding_track, (int) days, (int) allowed);
        return NULL;
      }

    case RULE_EXPANSION_READY:
      if (a->score == PO_HEALTH_MISSING || a->score < threshold || a->signed_on == PO_DAY_NONE ||
          on < po_day_add_months (a->signed_on, 6))
        return NULL;
      if (a->tier_quantity > 1 || a->entity_addons > 0 || a->n_entities > 1)
        return g_strdup_printf (_("Score %d, signed 6+ months ago, %d seats on the tier, %u entities"),
                                a->score, MAX (a->tier_quantity, 1), a->n_entities);
      return NULL;

    case RULE_ADVOCACY_CANDIDATE:
      if (a->score != PO_HEALTH_MISSING && a->score >= threshold && a->latest_nps >= 9 && renewed (a, on))
        return g_strdup_printf (_("Score %d, renewed, latest NPS %d"), a->score, a->latest_nps);
      return NULL;

    case N_RULES:
    default:
      return NULL;
    }
}

static guint
create_tasks (PoStore           *store,
              const char        *code,
              const PoSignalAccount *a,
              PoDay              on,
              GError           **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (int));
  int rc;

  stmt = _po_store_prepare (store,
                            "SELECT title, due_offset_days, position FROM playbook_steps "
                            "WHERE rule_code = ? ORDER BY position, id", error);
  if (stmt == NULL)
    return G_MAXUINT;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int offset = sqlite3_column_int (stmt, 1), position = sqlite3_column_int (stmt, 2);

      g_ptr_array_add (steps, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_array_append_val (offsets, offset);
      g_array_append_val (positions, position);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _po_store_set_error (store, error);
      return G_MAXUINT;
    }
  for (guint i = 0; i < steps->len; i++)
    {
      PoTask task = { 0 };

      task.account_id = a->id;
      task.title = g_ptr_array_index (steps, i);
      task.due_on = on + g_array_index (offsets, int, i);
      task.status = PO_TASK_OPEN;
      task.origin = (char *) code;
      task.playbook_step = g_array_index (positions, int, i);
      task.created_on = on;
      task.owner = a->owner;
      if (!po_store_insert_task (store, &task, error))
        return G_MAXUINT;
    }
  return steps->len;
}

static int
compare_by_key (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  const PoSignalContext *ctx = data;

  return strcmp (ctx->accounts[*(const guint *) a].key, ctx->accounts[*(const guint *) b].key);
}

GArray *
po_signals_evaluate (PoStore           *store,
                     const PoSettings  *settings,
                     PoDay              on,
                     PoSignalsFlags     flags,
                     GError           **error)
{
  g_autoptr(GArray) alerts = NULL;
  g_autofree guint *order = NULL;
  PoSignalContext ctx = { 0 };
  RuleConfig rules[N_RULES];
  gboolean create = (flags & PO_SIGNALS_CREATE_TASKS) != 0;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (settings != NULL, NULL);
  g_return_val_if_fail (on > PO_HEALTH_TREND_DAYS, NULL);

  /* One transaction: the reads see one state and the tasks land together. */
  if (create)
    {
      if (!po_store_begin (store, error))
        return NULL;
    }
  if (!load_rules (store, rules, error) || !_po_signals_load_context (&ctx, store, settings, on, error))
    {
      if (create)
        po_store_rollback (store);
      _po_signals_clear_context (&ctx);
      return NULL;
    }

  alerts = g_array_new (FALSE, TRUE, sizeof (PoAlert));
  g_array_set_clear_func (alerts, (GDestroyNotify) po_alert_clear);

  /* Accounts by key for a stable, readable order. */
  order = g_new (guint, MAX (ctx.n_accounts, 1));
  for (guint i = 0; i < ctx.n_accounts; i++)
    order[i] = i;
  g_qsort_with_data (order, ctx.n_accounts, sizeof (guint), compare_by_key, &ctx);

  for (guint i = 0; i < ctx.n_accounts; i++)
    {
      const PoSignalAccount *a = &ctx.accounts[order[i]];

      if (!is_current (a))
        continue;
      for (guint r = 0; r < N_RULES; r++)
        {
          PoAlert alert = { 0 };
          char *detail;

          if (!rules[r].enabled)
            continue;
          detail = check_rule (r, rules[r].threshold, a, settings, on);
          if (detail == NULL)
            continue;
          alert.account_id = a->id;
          alert.account_key = g_strdup (a->key);
          alert.rule = g_strdup (_po_signal_rule_codes[r]);
          alert.detail = detail;
          if (create && a->tasks[r].n_open == 0)
            {
              alert.n_new_tasks = create_tasks (store, _po_signal_rule_codes[r], a, on, error);
              if (alert.n_new_tasks == G_MAXUINT)
                {
                  po_alert_clear (&alert);
                  po_store_rollback (store);
                  _po_signals_clear_context (&ctx);
                  return NULL;
                }
            }
          g_array_append_val (alerts, alert);
        }
    }
  _po_signals_clear_context (&ctx);
  if (create && !po_store_commit (store, error))
    return NULL;
  return g_steal_pointer (&alerts);
}
