/* po-journey-health.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One scan over every transition dated on or before `to`, ordered by track
 * and date, walks each track's stays and files them in the cell of the
 * track's account (segment × signed-date cohort); one more query counts
 * the NPS responses of the period per cell. The splits and the totals are
 * sums over cells; the medians gather the cells' durations.
 */

#define G_LOG_DOMAIN "po-journey-health"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "po-journey-health.h"
#include "po-metrics-private.h"
#include "po-phase-model.h"
#include "po-store-private.h"
#include "po-time-to-value.h"

typedef struct
{
  guint   entered;
  guint   resolved;
  guint   forward;
  GArray *days;                 /* of int, completed stays */
} PhaseCell;

typedef struct
{
  PhaseCell *phases;            /* n_phases */
  guint      transitions;
  guint      regressions;
  guint      responses;
  guint      promoters;
  guint      detractors;
} Cell;

struct _PoJourneyHealth
{
  PoMetrics           *metrics;   /* borrowed, for the overall NPS */
  char                *model;
  PoDay                from;
  PoDay                to;
  PoSignedCohortGrain  grain;
  GPtrArray           *codes;
  GPtrArray           *titles;
  GArray              *cohorts;   /* of int keys, ascending */
  int                 *account_cell; /* per metrics account, or -1 */
  Cell                *cells;     /* PO_N_SEGMENTS × n_cohorts */
};

static int
cohort_key (PoSignedCohortGrain grain,
            PoDay               signed_on)
{
  PoMonth m = _po_metrics_month_of_day (signed_on);
  int year = m / 12;

  return grain == PO_SIGNED_COHORT_YEAR ? year : year * 4 + (m % 12) / 3;
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;

  return (x > y) - (x < y);
}

int
po_journey_health_find_cohort (PoJourneyHealth *self,
                               PoDay            signed_on)
{
  int key;
  guint lo = 0, hi;

  g_return_val_if_fail (self != NULL, -1);

  if (signed_on == PO_DAY_NONE)
    return -1;
  key = cohort_key (self->grain, signed_on);
  hi = self->cohorts->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int k = g_array_index (self->cohorts, int, mid);

      if (k == key)
        return (int) mid;
      if (k < key)
        lo = mid + 1;
      else
        hi = mid;
    }
  return -1;
}

static void
build_cells (PoJourneyHealth *self)
{
  PoMetrics *m = self->metrics;
  guint n_cells, n_phases = self->codes->len;

  for (guint a = 0; a < m->n_accounts; a++)
    if (m->accounts[a].signed_on != PO_DAY_NONE)
      {
        int key = cohort_key (self->grain, m->accounts[a].signed_on);

        g_array_append_val (self->cohorts, key);
      }
  g_array_sort (self->cohorts, compare_int);
  for (guint i = 1; i < self->cohorts->len;)
    if (g_array_index (self->cohorts, int, i) == g_array_index (self->cohorts, int, i - 1))
      g_array_remove_index (self->cohorts, i);
    else
      i++;

  n_cells = PO_N_SEGMENTS * MAX (self->cohorts->len, 1);
  self->cells = g_new0 (Cell, n_cells);
  for (guint c = 0; c < n_cells; c++)
    {
      self->cells[c].phases = g_new0 (PhaseCell, MAX (n_phases, 1));
      for (guint p = 0; p < n_phases; p++)
        self->cells[c].phases[p].days = g_array_new (FALSE, FALSE, sizeof (int));
    }

  self->account_cell = g_new (int, MAX (m->n_accounts, 1));
  for (guint a = 0; a < m->n_accounts; a++)
    {
      int cohort = po_journey_health_find_cohort (self, m->accounts[a].signed_on);

      self->account_cell[a] = cohort < 0 || m->accounts[a].segment >= PO_N_SEGMENTS
                              ? -1
                              : (int) (m->accounts[a].segment * self->cohorts->len + cohort);
    }
}

static Cell *
cell_of_account (PoJourneyHealth *self,
                 gint64           account_id)
{
  int a = po_metrics_find_account (self->metrics, account_id);

  if (a < 0 || self->account_cell[a] < 0)
    return NULL;
  return &self->cells[self->account_cell[a]];
}

static gboolean
load_phases (PoJourneyHealth  *self,
             PoStore          *store,
             GHashTable       *index,
             GError          **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _po_store_prepare (store,
                            "SELECT code, title FROM phases WHERE model = ?1 ORDER BY position, id",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, self->model, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (self->codes, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (self->titles, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
      g_hash_table_insert (index, g_ptr_array_index (self->codes, self->codes->len - 1),
                           GUINT_TO_POINTER (self->codes->len - 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);
  if (self->codes->len == 0)
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_FOUND,
                   _("The workspace has no phase model “%s”"), self->model);
      return FALSE;
    }
  return TRUE;
}

static gboolean
in_period (PoJourneyHealth *self,
           PoDay            day)
{
  return (self->from == PO_DAY_NONE || day >= self->from) && day <= self->to;
}

/* Whether a stay begun on @since and still open on `to` has outlasted the
 * segment's maximum duration of the phase. */
static gboolean
outlasted (PoJourneyHealth *self,
           const char      *phase,
           PoSegment        segment,
           PoDay            since)
{
  if (segment >= PO_N_SEGMENTS)
    return FALSE;
  if (g_str_equal (phase, "onboarding"))
    return (gint64) self->to - (gint64) since > po_segment_onboarding_days (segment).max;
  if (g_str_equal (phase, "adoption"))
    return self->to > po_day_add_months (since, po_segment_adoption_months (segment).max);
  return FALSE;
}

static PoTransitionKind
kind_for (guint from,
          guint to)
{
  if (to == from + 1)
    return PO_TRANSITION_FORWARD;
  if (to > from + 1)
    return PO_TRANSITION_SKIP;
  if (to == 0)
    return PO_TRANSITION_RESTART;
  return PO_TRANSITION_REGRESSION;
}

/* A stay in @phase from @since to @until (PO_DAY_NONE: open on `to`). */
static void
add_stay (PoJourneyHealth  *self,
          Cell             *cell,
          guint             phase,
          PoSegment         segment,
          PoDay             since,
          PoDay             until,
          gboolean          by_churn,
          PoTransitionKind  left_by)
{
  PhaseCell *p = &cell->phases[phase];
  int days;

  if (!in_period (self, since))
    return;
  p->entered++;
  if (until == PO_DAY_NONE)
    {
      if (outlasted (self, g_ptr_array_index (self->codes, phase), segment, since))
        p->resolved++;
      return;
    }
  p->resolved++;
  if (by_churn)
    return;
  days = (int) ((gint64) until - (gint64) since);
  g_array_append_val (p->days, days);
  if (left_by == PO_TRANSITION_FORWARD || left_by == PO_TRANSITION_SKIP)
    p->forward++;
}

typedef struct
{
  Cell      *cell;
  PoSegment  segment;
  int        phase;             /* -1 before the first transition */
  PoDay      since;
  PoDay      churn_on;
} Walk;

static void
end_track (PoJourneyHealth *self,
           Walk            *w)
{
  if (w->cell == NULL || w->phase < 0)
    return;
  if (w->churn_on != PO_DAY_NONE && w->churn_on <= self->to && w->churn_on >= w->since)
    add_stay (self, w->cell, w->phase, w->segment, w->since, w->churn_on, TRUE, 0);
  else
    add_stay (self, w->cell, w->phase, w->segment, w->since, PO_DAY_NONE, FALSE, 0);
}

static gboolean
scan_transitions (PoJourneyHealth  *self,
                  PoStore          *store,
                  GHashTable       *index,
                  GError          **error)
{
  sqlite3_stmt *stmt;
  Walk w = { NULL, 0, -1, PO_DAY_NONE, PO_DAY_NONE };
  gint64 track = 0;
  gboolean first = TRUE;
  int rc;

  stmt = _po_store_prepare (store,
                            "SELECT t.track_id, k.account_id, t.on_date, t.phase, c.on_date"
                            " FROM phase_transitions t"
                            " JOIN tracks k ON k.id = t.track_id"
                            " LEFT JOIN churn_records c ON c.account_id = k.account_id"
                            " WHERE t.on_date <= ?1"
                            " ORDER BY t.track_id, t.on_date, t.id",
                            error);
  if (stmt == NULL)
    return FALSE;
  _po_store_bind_day (stmt, 1, self->to);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 row_track = sqlite3_column_int64 (stmt, 0);
      PoDay on = _po_store_column_day (stmt, 2);
      gpointer value;
      guint phase;

      if (first || row_track != track)
        {
          gint64 account_id = sqlite3_column_int64 (stmt, 1);
          int a;

          end_track (self, &w);
          first = FALSE;
          track = row_track;
          w.cell = cell_of_account (self, account_id);
          a = po_metrics_find_account (self->metrics, account_id);
          w.segment = a >= 0 ? self->metrics->accounts[a].segment : PO_N_SEGMENTS;
          w.phase = -1;
          w.since = PO_DAY_NONE;
          w.churn_on = _po_store_column_day (stmt, 4);
        }
      if (w.cell == NULL ||
          !g_hash_table_lookup_extended (index, sqlite3_column_text (stmt, 3), NULL, &value))
        continue;
      phase = GPOINTER_TO_UINT (value);
      if (w.phase == (int) phase)
        continue;

      if (w.phase >= 0)
        {
          PoTransitionKind kind = kind_for (w.phase, phase);

          add_stay (self, w.cell, w.phase, w.segment, w.since, on, FALSE, kind);
          if (in_period (self, on) && kind == PO_TRANSITION_REGRESSION)
            w.cell->regressions++;
        }
      if (in_period (self, on))
        w.cell->transitions++;
      w.phase = phase;
      w.since = on;
    }
  end_track (self, &w);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);
  return TRUE;
}

static gboolean
scan_nps (PoJourneyHealth  *self,
          PoStore          *store,
          GError          **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _po_store_prepare (store,
                            "SELECT account_id, score FROM nps_responses"
                            " WHERE (?1 IS NULL OR on_date >= ?1) AND on_date <= ?2",
                            error);
  if (stmt == NULL)
    return FALSE;
  if (self->from != PO_DAY_NONE)
    _po_store_bind_day (stmt, 1, self->from);
  _po_store_bind_day (stmt, 2, self->to);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Cell *cell = cell_of_account (self, sqlite3_column_int64 (stmt, 0));
      int score = sqlite3_column_int (stmt, 1);

      if (cell == NULL)
        continue;
      cell->responses++;
      cell->promoters += score >= 9;
      cell->detractors += score <= 6;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);
  return TRUE;
}

PoJourneyHealth *
po_journey_health_compute (PoStore              *store,
                           PoMetrics            *metrics,
                           PoDay                 from,
                           PoDay                 to,
                           PoSignedCohortGrain   grain,
                           GError              **error)
{
  g_autoptr(PoJourneyHealth) self = NULL;
  g_autoptr(GHashTable) index = NULL;
  gboolean own_txn, ok;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (metrics != NULL, NULL);
  g_return_val_if_fail (to != PO_DAY_NONE, NULL);
  g_return_val_if_fail (grain == PO_SIGNED_COHORT_QUARTER || grain == PO_SIGNED_COHORT_YEAR, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (PoJourneyHealth, 1);
  self->metrics = metrics;
  self->model = g_strdup (metrics->settings.phase_model != NULL ? metrics->settings.phase_model
                                                               : PO_PHASE_MODEL_POST_SALE);
  self->from = from;
  self->to = to;
  self->grain = grain;
  self->codes = g_ptr_array_new_with_free_func (g_free);
  self->titles = g_ptr_array_new_with_free_func (g_free);
  self->cohorts = g_array_new (FALSE, FALSE, sizeof (int));
  index = g_hash_table_new (g_str_hash, g_str_equal);

  own_txn = !po_store_in_transaction (store);
  if (own_txn && !_po_store_exec (store, "BEGIN DEFERRED", error))
    return NULL;
  ok = load_phases (self, store, index, error);
  if (ok)
    {
      build_cells (self);
      ok = scan_transitions (self, store, index, error) && scan_nps (self, store, error);
    }
  if (own_txn)
    _po_store_exec (store, "COMMIT", NULL);
  return ok ? g_steal_pointer (&self) : NULL;
}

void
po_journey_health_free (PoJourneyHealth *self)
{
  if (self == NULL)
    return;
  if (self->cells != NULL)
    {
      guint n_cells = PO_N_SEGMENTS * MAX (self->cohorts->len, 1);

      for (guint c = 0; c < n_cells; c++)
        {
          for (guint p = 0; p < self->codes->len; p++)
            g_array_unref (self->cells[c].phases[p].days);
          g_free (self->cells[c].phases);
        }
      g_free (self->cells);
    }
  g_free (self->account_cell);
  g_clear_pointer (&self->codes, g_ptr_array_unref);
  g_clear_pointer (&self->titles, g_ptr_array_unref);
  g_clear_pointer (&self->cohorts, g_array_unref);
  g_free (self->model);
  g_free (self);
}

const char *
po_journey_health_get_model (PoJourneyHealth *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->model;
}

guint
po_journey_health_get_n_phases (PoJourneyHealth *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->codes->len;
}

const char *
po_journey_health_get_phase_code (PoJourneyHealth *self,
                                  guint            phase)
{
  g_return_val_if_fail (self != NULL && phase < self->codes->len, NULL);
  return g_ptr_array_index (self->codes, phase);
}

const char *
po_journey_health_get_phase_title (PoJourneyHealth *self,
                                   guint            phase)
{
  g_return_val_if_fail (self != NULL && phase < self->titles->len, NULL);
  return g_ptr_array_index (self->titles, phase);
}

int
po_journey_health_find_phase (PoJourneyHealth *self,
                              const char      *code)
{
  g_return_val_if_fail (self != NULL && code != NULL, -1);

  for (guint p = 0; p < self->codes->len; p++)
    if (g_str_equal (g_ptr_array_index (self->codes, p), code))
      return (int) p;
  return -1;
}

guint
po_journey_health_get_n_cohorts (PoJourneyHealth *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->cohorts->len;
}

char *
po_journey_health_get_cohort_label (PoJourneyHealth *self,
                                    guint            cohort)
{
  int key;

  g_return_val_if_fail (self != NULL && cohort < self->cohorts->len, NULL);

  key = g_array_index (self->cohorts, int, cohort);
  if (self->grain == PO_SIGNED_COHORT_YEAR)
    return g_strdup_printf ("%04d", key);
  /* Keys are non-negative: years are >= 1. */
  return g_strdup_printf ("%04d-Q%d", key / 4, key % 4 + 1);
}

/* Runs the statement after it for every cell of the split. */
#define FOREACH_CELL(self, segment, cohort, cell)                                   \
  for (guint _s = 0; _s < PO_N_SEGMENTS; _s++)                                      \
    for (guint _c = 0; _c < (self)->cohorts->len; _c++)                             \
      for (Cell *cell = &(self)->cells[_s * (self)->cohorts->len + _c]; cell != NULL; \
           cell = NULL)                                                             \
        if (((segment) < 0 || (guint) (segment) == _s) &&                           \
            ((cohort) < 0 || (guint) (cohort) == _c))

static gboolean
valid_split (PoJourneyHealth *self,
             int              segment,
             int              cohort)
{
  return segment >= PO_JOURNEY_HEALTH_ALL && segment < PO_N_SEGMENTS &&
         cohort >= PO_JOURNEY_HEALTH_ALL && cohort < (int) self->cohorts->len;
}

void
po_journey_health_get_phase (PoJourneyHealth *self,
                             guint            phase,
                             int              segment,
                             int              cohort,
                             PoPhaseHealth   *out)
{
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (int));
  gint64 sum = 0;

  g_return_if_fail (out != NULL);
  memset (out, 0, sizeof *out);
  g_return_if_fail (self != NULL && phase < self->codes->len);
  g_return_if_fail (valid_split (self, segment, cohort));

  FOREACH_CELL (self, segment, cohort, cell)
    {
      PhaseCell *p = &cell->phases[phase];

      out->n_entered += p->entered;
      out->n_resolved += p->resolved;
      out->n_left_forward += p->forward;
      g_array_append_vals (days, p->days->data, p->days->len);
    }
  if (out->n_resolved > 0)
    {
      out->completion_rate.has_value = TRUE;
      out->completion_rate.value = (double) out->n_left_forward / out->n_resolved;
    }
  out->n_completed = days->len;
  g_array_sort (days, compare_int);
  for (guint i = 0; i < days->len; i++)
    sum += g_array_index (days, int, i);
  if (days->len > 0)
    {
      out->mean_days.has_value = TRUE;
      out->mean_days.value = (double) sum / days->len;
    }
  out->median_days = po_time_to_value_median_of ((const int *) (gpointer) days->data, days->len);
}

PoMetricValue
po_journey_health_regression_rate (PoJourneyHealth *self,
                                   int              segment,
                                   int              cohort,
                                   guint           *n_regressions,
                                   guint           *n_transitions)
{
  PoMetricValue v = { FALSE, 0 };
  guint reg = 0, all = 0;

  g_return_val_if_fail (self != NULL, v);
  g_return_val_if_fail (valid_split (self, segment, cohort), v);

  FOREACH_CELL (self, segment, cohort, cell)
    {
      reg += cell->regressions;
      all += cell->transitions;
    }
  if (n_regressions != NULL)
    *n_regressions = reg;
  if (n_transitions != NULL)
    *n_transitions = all;
  if (all > 0)
    {
      v.has_value = TRUE;
      v.value = (double) reg / all;
    }
  return v;
}

PoMetricValue
po_journey_health_nps (PoJourneyHealth *self,
                       int              segment,
                       int              cohort,
                       guint           *n_responses)
{
  PoMetricValue v = { FALSE, 0 };
  guint n = 0, p = 0, d = 0;

  g_return_val_if_fail (self != NULL, v);
  g_return_val_if_fail (valid_split (self, segment, cohort), v);

  FOREACH_CELL (self, segment, cohort, cell)
    {
      n += cell->responses;
      p += cell->promoters;
      d += cell->detractors;
    }
  if (n_responses != NULL)
    *n_responses = n;
  if (segment < 0 && cohort < 0)
    return po_metrics_nps (self->metrics, self->from != PO_DAY_NONE ? self->from : 1, self->to);
  if (n > 0)
    {
      v.has_value = TRUE;
      v.value = ((double) p - (double) d) * 100.0 / n;
    }
  return v;
}
