/* po-journey-stats.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-journey-stats"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "po-journey-stats.h"
#include "po-phase-model.h"
#include "po-store-private.h"

/* One scan over the transitions of the matching tracks, ordered by track
 * and date, walks each track's stays; nothing is loaded per account, so a
 * workspace of 2,000 accounts takes one query and a few milliseconds. */

typedef struct
{
  PoJourneyStats  *stats;
  const char      *model;
  PoDay            from;
  PoDay            to;
  GArray         **durations;   /* per phase, of int days */
  guint           *pair_counts; /* n × n */
  guint            n_phases;
} Scan;

void
po_journey_filter_init (PoJourneyFilter *filter)
{
  g_return_if_fail (filter != NULL);

  filter->segment = -1;
  filter->account_id = 0;
  filter->owner = NULL;
  filter->from = PO_DAY_NONE;
  filter->to = PO_DAY_NONE;
}

static void
phase_stats_clear (gpointer data)
{
  PoJourneyPhaseStats *p = data;

  g_clear_pointer (&p->code, g_free);
  g_clear_pointer (&p->title, g_free);
}

void
po_journey_stats_free (PoJourneyStats *stats)
{
  if (stats == NULL)
    return;

  g_free (stats->model);
  g_clear_pointer (&stats->phases, g_array_unref);
  g_clear_pointer (&stats->pairs, g_array_unref);
  g_free (stats);
}

static gboolean
load_phases (PoStore         *store,
             PoJourneyStats  *stats,
             GHashTable      *index,
             GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _po_store_prepare (store,
                            "SELECT code, title FROM phases WHERE model = ?1 ORDER BY position, id",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, stats->model, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PoJourneyPhaseStats p = { 0 };

      p.code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      p.title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      p.median_days = NAN;
      p.mean_days = NAN;
      p.completion_rate = NAN;
      g_hash_table_insert (index, p.code, GUINT_TO_POINTER (stats->phases->len));
      g_array_append_val (stats->phases, p);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);

  if (stats->phases->len == 0)
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_FOUND,
                   _("The workspace has no phase model “%s”"), stats->model);
      return FALSE;
    }
  return TRUE;
}

/* The day after which a stay that began on @since has outlasted the
 * segment's maximum duration of the phase (seed 001), or PO_DAY_NONE when
 * the phase has no maximum. */
static PoDay
stay_limit (const char *model,
            const char *phase,
            PoSegment   segment,
            PoDay       since)
{
  if (g_strcmp0 (model, PO_PHASE_MODEL_POST_SALE) != 0 || segment >= PO_N_SEGMENTS)
    return PO_DAY_NONE;

  if (g_str_equal (phase, "onboarding"))
    return since + po_segment_onboarding_days (segment).max;
  if (g_str_equal (phase, "adoption"))
    return po_day_add_months (since, po_segment_adoption_months (segment).max);
  if (g_str_equal (phase, "renewal"))
    return since + po_segment_renewal_lead_days (segment).max;
  return PO_DAY_NONE;
}

static gboolean
in_period (Scan  *scan,
           PoDay  day)
{
  return (scan->from == PO_DAY_NONE || day >= scan->from) && day <= scan->to;
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

/* A stay in @phase from @since to @until (PO_DAY_NONE: still open). */
static void
add_stay (Scan             *scan,
          guint             phase,
          PoSegment         segment,
          PoDay             since,
          PoDay             until,
          gboolean          by_churn,
          PoTransitionKind  left_by)
{
  PoJourneyPhaseStats *p = &g_array_index (scan->stats->phases, PoJourneyPhaseStats, phase);
  int days;

  if (until == PO_DAY_NONE)
    p->tracks_now++;

  if (!in_period (scan, since))
    return;

  if (until == PO_DAY_NONE)
    {
      PoDay limit = stay_limit (scan->model, p->code, segment, since);

      if (limit != PO_DAY_NONE && scan->to > limit)
        p->n_resolved++;
      return;
    }

  p->n_resolved++;
  if (by_churn)
    return;

  days = (int) (until - since);
  g_array_append_val (scan->durations[phase], days);
  if (left_by == PO_TRANSITION_FORWARD || left_by == PO_TRANSITION_SKIP)
    p->n_left_forward++;
}

static int
compare_int (gconstpointer a,
             gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;

  return (x > y) - (x < y);
}

static void
finish (Scan *scan)
{
  PoJourneyStats *stats = scan->stats;

  for (guint i = 0; i < scan->n_phases; i++)
    {
      PoJourneyPhaseStats *p = &g_array_index (stats->phases, PoJourneyPhaseStats, i);
      GArray *d = scan->durations[i];

      p->n_completed = d->len;
      if (d->len > 0)
        {
          gint64 sum = 0;
          guint mid = d->len / 2;

          g_array_sort (d, compare_int);
          for (guint k = 0; k < d->len; k++)
            sum += g_array_index (d, int, k);
          p->mean_days = (double) sum / d->len;
          if (d->len % 2 == 1)
            p->median_days = g_array_index (d, int, mid);
          else
            p->median_days = (g_array_index (d, int, mid - 1) + g_array_index (d, int, mid)) / 2.0;
        }
      if (p->n_resolved > 0)
        p->completion_rate = (double) p->n_left_forward / p->n_resolved;
    }

  for (guint f = 0; f < scan->n_phases; f++)
    for (guint t = 0; t < scan->n_phases; t++)
      {
        guint count = scan->pair_counts[f * scan->n_phases + t];
        PoJourneyPairStats pair = { f, t, kind_for (f, t), count };

        if (count > 0)
          g_array_append_val (stats->pairs, pair);
      }
}

static gboolean
scan_transitions (PoStore               *store,
                  Scan                  *scan,
                  GHashTable            *index,
                  const PoJourneyFilter *filter,
                  GError               **error)
{
  sqlite3_stmt *stmt;
  gint64 track = 0;
  int cur = -1;
  PoDay since = PO_DAY_NONE, churn_on = PO_DAY_NONE;
  PoSegment segment = PO_SEGMENT_ENTERPRISE;
  int rc;

  stmt = _po_store_prepare (store,
                            "SELECT t.track_id, t.on_date, t.phase, a.segment, c.on_date"
                            " FROM phase_transitions t"
                            " JOIN tracks k ON k.id = t.track_id"
                            " JOIN accounts a ON a.id = k.account_id"
                            " LEFT JOIN churn_records c ON c.account_id = a.id"
                            " WHERE t.on_date <= ?1"
                            "   AND (?2 IS NULL OR a.segment = ?2)"
                            "   AND (?3 = 0 OR a.id = ?3)"
                            "   AND (?4 IS NULL OR a.owner = ?4)"
                            " ORDER BY t.track_id, t.on_date, t.id",
                            error);
  if (stmt == NULL)
    return FALSE;

  _po_store_bind_day (stmt, 1, scan->to);
  if (filter->segment >= 0)
    sqlite3_bind_text (stmt, 2, po_enum_nick (&po_segment_enum, filter->segment), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, filter->account_id);
  if (filter->owner != NULL)
    sqlite3_bind_text (stmt, 4, filter->owner, -1, SQLITE_TRANSIENT);

#define END_TRACK()                                                              \
  G_STMT_START {                                                                 \
    if (cur >= 0)                                                                \
      {                                                                          \
        if (churn_on != PO_DAY_NONE && churn_on <= scan->to && churn_on >= since) \
          add_stay (scan, cur, segment, since, churn_on, TRUE, 0);               \
        else                                                                     \
          add_stay (scan, cur, segment, since, PO_DAY_NONE, FALSE, 0);           \
      }                                                                          \
  } G_STMT_END

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 row_track = sqlite3_column_int64 (stmt, 0);
      PoDay day = _po_store_column_day (stmt, 1);
      gpointer value;
      guint phase;

      if (row_track != track)
        {
          int seg = PO_SEGMENT_ENTERPRISE;

          END_TRACK ();
          track = row_track;
          cur = -1;
          since = PO_DAY_NONE;
          po_enum_parse (&po_segment_enum, (const char *) sqlite3_column_text (stmt, 3), &seg);
          segment = seg;
          churn_on = _po_store_column_day (stmt, 4);
        }

      if (!g_hash_table_lookup_extended (index, sqlite3_column_text (stmt, 2), NULL, &value))
        continue;
      phase = GPOINTER_TO_UINT (value);
      if (cur == (int) phase)
        continue;

      if (cur < 0)
        {
          scan->stats->n_tracks++;
          if (in_period (scan, day))
            {
              scan->stats->n_transitions++;
              scan->stats->n_by_kind[PO_TRANSITION_START]++;
            }
        }
      else
        {
          PoTransitionKind kind = kind_for (cur, phase);

          add_stay (scan, cur, segment, since, day, FALSE, kind);
          if (in_period (scan, day))
            {
              scan->stats->n_transitions++;
              scan->stats->n_by_kind[kind]++;
              scan->pair_counts[cur * scan->n_phases + phase]++;
            }
        }
      cur = phase;
      since = day;
    }
  END_TRACK ();
#undef END_TRACK

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);
  return TRUE;
}

/**
 * po_journey_stats_compute:
 * @store: the workspace
 * @model: (nullable): a phase model code; %NULL for the workspace's
 * @filter: (nullable): which tracks and which period; %NULL for all
 *
 * Returns: (transfer full): the statistics, or %NULL with @error set
 */
PoJourneyStats *
po_journey_stats_compute (PoStore                *store,
                          const char             *model,
                          const PoJourneyFilter  *filter,
                          GError                **error)
{
  g_autoptr(PoJourneyStats) stats = NULL;
  g_autoptr(GHashTable) index = NULL;
  PoJourneyFilter all;
  Scan scan = { 0 };
  gboolean ok;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (filter == NULL)
    {
      po_journey_filter_init (&all);
      filter = &all;
    }

  stats = g_new0 (PoJourneyStats, 1);
  stats->model = model != NULL ? g_strdup (model) : po_store_get_setting (store, "phase_model");
  if (stats->model == NULL)
    stats->model = g_strdup (PO_PHASE_MODEL_POST_SALE);
  stats->from = filter->from;
  stats->to = filter->to != PO_DAY_NONE ? filter->to : po_day_today ();
  stats->phases = g_array_new (FALSE, TRUE, sizeof (PoJourneyPhaseStats));
  g_array_set_clear_func (stats->phases, phase_stats_clear);
  stats->pairs = g_array_new (FALSE, TRUE, sizeof (PoJourneyPairStats));

  index = g_hash_table_new (g_str_hash, g_str_equal);
  if (!load_phases (store, stats, index, error))
    return NULL;

  scan.stats = stats;
  scan.model = stats->model;
  scan.from = stats->from;
  scan.to = stats->to;
  scan.n_phases = stats->phases->len;
  scan.durations = g_new0 (GArray *, scan.n_phases);
  for (guint i = 0; i < scan.n_phases; i++)
    scan.durations[i] = g_array_new (FALSE, FALSE, sizeof (int));
  scan.pair_counts = g_new0 (guint, scan.n_phases * scan.n_phases);

  ok = scan_transitions (store, &scan, index, filter, error);
  if (ok)
    finish (&scan);

  for (guint i = 0; i < scan.n_phases; i++)
    g_array_unref (scan.durations[i]);
  g_free (scan.durations);
  g_free (scan.pair_counts);

  return ok ? g_steal_pointer (&stats) : NULL;
}

const PoJourneyPhaseStats *
po_journey_stats_find_phase (const PoJourneyStats *stats,
                             const char           *code)
{
  g_return_val_if_fail (stats != NULL, NULL);
  g_return_val_if_fail (code != NULL, NULL);

  for (guint i = 0; i < stats->phases->len; i++)
    {
      const PoJourneyPhaseStats *p = &g_array_index (stats->phases, PoJourneyPhaseStats, i);

      if (g_str_equal (p->code, code))
        return p;
    }
  return NULL;
}

guint
po_journey_stats_count_pair (const PoJourneyStats *stats,
                             const char           *from,
                             const char           *to)
{
  const PoJourneyPhaseStats *f, *t;
  guint fi, ti;

  g_return_val_if_fail (stats != NULL, 0);

  f = po_journey_stats_find_phase (stats, from);
  t = po_journey_stats_find_phase (stats, to);
  if (f == NULL || t == NULL)
    return 0;
  fi = f - (const PoJourneyPhaseStats *) (gpointer) stats->phases->data;
  ti = t - (const PoJourneyPhaseStats *) (gpointer) stats->phases->data;

  for (guint i = 0; i < stats->pairs->len; i++)
    {
      const PoJourneyPairStats *pair = &g_array_index (stats->pairs, PoJourneyPairStats, i);

      if (pair->from == fi && pair->to == ti)
        return pair->count;
    }
  return 0;
}

double
po_journey_stats_regression_rate (const PoJourneyStats *stats)
{
  g_return_val_if_fail (stats != NULL, NAN);

  if (stats->n_transitions == 0)
    return NAN;
  return (double) stats->n_by_kind[PO_TRANSITION_REGRESSION] / stats->n_transitions;
}

GStrv
po_journey_stats_list_owners (PoStore  *store,
                              GError  **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);

  stmt = _po_store_prepare (store,
                            "SELECT DISTINCT owner FROM accounts WHERE owner <> '' ORDER BY owner",
                            error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _po_store_set_error (store, error);
      return NULL;
    }
  return g_strv_builder_end (builder);
}
