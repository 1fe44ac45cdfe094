/* po-journey-map.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-journey-map"

#include "config.h"

#include "po-journey-map.h"

#include <math.h>

struct _PoJourneyMap
{
  gatomicrefcount  ref_count;
  char            *title;
  char            *subtitle;
  GPtrArray       *phases;      /* PoJourneyPhase */
  GPtrArray       *lanes;       /* PoJourneyLane */
  GPtrArray       *cells;       /* GPtrArray of char* per lane, one per phase */
  GPtrArray       *personas;    /* PoJourneyPersona */
  GArray          *transitions; /* PoJourneyTransition */
};

G_DEFINE_BOXED_TYPE (PoJourneyMap, po_journey_map, po_journey_map_ref, po_journey_map_unref)

static void
phase_free (gpointer data)
{
  PoJourneyPhase *phase = data;

  g_free (phase->code);
  g_free (phase->title);
  g_free (phase->duration);
  g_free (phase);
}

static void
lane_free (gpointer data)
{
  PoJourneyLane *lane = data;

  g_free (lane->code);
  g_free (lane->title);
  g_free (lane);
}

static void
persona_free (gpointer data)
{
  PoJourneyPersona *persona = data;

  g_free (persona->name);
  g_free (persona->role);
  g_free (persona->goal);
  g_free (persona->quote);
  g_free (persona);
}

/* Empty strings are stored as NULL so "no text" has one representation. */
static char *
dup_text (const char *text)
{
  if (text == NULL || text[0] == '\0')
    return NULL;
  return g_strdup (text);
}

static void
replace_text (char       **field,
              const char  *text)
{
  char *copy = dup_text (text);

  g_free (*field);
  *field = copy;
}

static void
po_journey_map_free (PoJourneyMap *self)
{
  g_free (self->title);
  g_free (self->subtitle);
  g_ptr_array_unref (self->phases);
  g_ptr_array_unref (self->lanes);
  g_ptr_array_unref (self->cells);
  g_ptr_array_unref (self->personas);
  g_array_unref (self->transitions);
  g_free (self);
}

PoJourneyMap *
po_journey_map_new (const char *title)
{
  PoJourneyMap *self = g_new0 (PoJourneyMap, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->title = dup_text (title);
  self->phases = g_ptr_array_new_with_free_func (phase_free);
  self->lanes = g_ptr_array_new_with_free_func (lane_free);
  self->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->personas = g_ptr_array_new_with_free_func (persona_free);
  self->transitions = g_array_new (FALSE, TRUE, sizeof (PoJourneyTransition));

  return self;
}

PoJourneyMap *
po_journey_map_ref (PoJourneyMap *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
po_journey_map_unref (PoJourneyMap *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    po_journey_map_free (self);
}

const char *
po_journey_map_get_title (PoJourneyMap *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

void
po_journey_map_set_title (PoJourneyMap *self,
                          const char   *title)
{
  g_return_if_fail (self != NULL);

  replace_text (&self->title, title);
}

const char *
po_journey_map_get_subtitle (PoJourneyMap *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->subtitle;
}

void
po_journey_map_set_subtitle (PoJourneyMap *self,
                             const char   *subtitle)
{
  g_return_if_fail (self != NULL);

  replace_text (&self->subtitle, subtitle);
}

guint
po_journey_map_add_phase (PoJourneyMap *self,
                          const char   *code,
                          const char   *title,
                          const char   *duration)
{
  PoJourneyPhase *phase;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (code != NULL, 0);

  phase = g_new0 (PoJourneyPhase, 1);
  phase->code = g_strdup (code);
  phase->title = g_strdup (title != NULL ? title : code);
  phase->duration = dup_text (duration);
  phase->emotion = NAN;
  phase->median_days = NAN;
  phase->completion_rate = NAN;
  g_ptr_array_add (self->phases, phase);

  for (guint i = 0; i < self->cells->len; i++)
    g_ptr_array_add (g_ptr_array_index (self->cells, i), NULL);

  return self->phases->len - 1;
}

guint
po_journey_map_get_n_phases (PoJourneyMap *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->phases->len;
}

const PoJourneyPhase *
po_journey_map_get_phase (PoJourneyMap *self,
                          guint         phase)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (phase < self->phases->len, NULL);

  return g_ptr_array_index (self->phases, phase);
}

int
po_journey_map_find_phase (PoJourneyMap *self,
                           const char   *code)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (code != NULL, -1);

  for (guint i = 0; i < self->phases->len; i++)
    {
      const PoJourneyPhase *phase = g_ptr_array_index (self->phases, i);

      if (g_strcmp0 (phase->code, code) == 0)
        return (int) i;
    }

  return -1;
}

void
po_journey_map_set_phase_title (PoJourneyMap *self,
                                guint         phase,
                                const char   *title)
{
  PoJourneyPhase *p;

  g_return_if_fail (self != NULL);
  g_return_if_fail (phase < self->phases->len);

  p = g_ptr_array_index (self->phases, phase);
  g_free (p->title);
  p->title = g_strdup (title != NULL ? title : p->code);
}

void
po_journey_map_set_phase_duration (PoJourneyMap *self,
                                   guint         phase,
                                   const char   *duration)
{
  PoJourneyPhase *p;

  g_return_if_fail (self != NULL);
  g_return_if_fail (phase < self->phases->len);

  p = g_ptr_array_index (self->phases, phase);
  replace_text (&p->duration, duration);
}

guint
po_journey_map_add_lane (PoJourneyMap      *self,
                         const char        *code,
                         const char        *title,
                         PoJourneyLaneKind  kind)
{
  PoJourneyLane *lane;
  GPtrArray *row;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (code != NULL, 0);

  lane = g_new0 (PoJourneyLane, 1);
  lane->code = g_strdup (code);
  lane->title = g_strdup (title != NULL ? title : code);
  lane->kind = kind;
  g_ptr_array_add (self->lanes, lane);

  row = g_ptr_array_new_full (self->phases->len, g_free);
  g_ptr_array_set_size (row, self->phases->len);
  g_ptr_array_add (self->cells, row);

  return self->lanes->len - 1;
}

guint
po_journey_map_get_n_lanes (PoJourneyMap *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->lanes->len;
}

const PoJourneyLane *
po_journey_map_get_lane (PoJourneyMap *self,
                         guint         lane)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (lane < self->lanes->len, NULL);

  return g_ptr_array_index (self->lanes, lane);
}

int
po_journey_map_find_lane (PoJourneyMap *self,
                          const char   *code)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (code != NULL, -1);

  for (guint i = 0; i < self->lanes->len; i++)
    {
      const PoJourneyLane *lane = g_ptr_array_index (self->lanes, i);

      if (g_strcmp0 (lane->code, code) == 0)
        return (int) i;
    }

  return -1;
}

void
po_journey_map_set_lane_title (PoJourneyMap *self,
                               guint         lane,
                               const char   *title)
{
  PoJourneyLane *l;

  g_return_if_fail (self != NULL);
  g_return_if_fail (lane < self->lanes->len);

  l = g_ptr_array_index (self->lanes, lane);
  g_free (l->title);
  l->title = g_strdup (title != NULL ? title : l->code);
}

void
po_journey_map_set_cell (PoJourneyMap *self,
                         guint         lane,
                         guint         phase,
                         const char   *text)
{
  GPtrArray *row;

  g_return_if_fail (self != NULL);
  g_return_if_fail (lane < self->lanes->len);
  g_return_if_fail (phase < self->phases->len);

  row = g_ptr_array_index (self->cells, lane);
  replace_text ((char **) &row->pdata[phase], text);
}

/* Returns NULL for an empty cell. */
const char *
po_journey_map_get_cell (PoJourneyMap *self,
                         guint         lane,
                         guint         phase)
{
  GPtrArray *row;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (lane < self->lanes->len, NULL);
  g_return_val_if_fail (phase < self->phases->len, NULL);

  row = g_ptr_array_index (self->cells, lane);
  return g_ptr_array_index (row, phase);
}

/* A NaN @value clears the emotion of @phase; others are clamped to −2..+2. */
void
po_journey_map_set_emotion (PoJourneyMap *self,
                            guint         phase,
                            double        value)
{
  PoJourneyPhase *p;

  g_return_if_fail (self != NULL);
  g_return_if_fail (phase < self->phases->len);

  p = g_ptr_array_index (self->phases, phase);
  if (isnan (value))
    p->emotion = NAN;
  else
    p->emotion = CLAMP (value, PO_JOURNEY_EMOTION_MIN, PO_JOURNEY_EMOTION_MAX);
}

double
po_journey_map_get_emotion (PoJourneyMap *self,
                            guint         phase)
{
  const PoJourneyPhase *p;

  g_return_val_if_fail (self != NULL, NAN);
  g_return_val_if_fail (phase < self->phases->len, NAN);

  p = g_ptr_array_index (self->phases, phase);
  return p->emotion;
}

guint
po_journey_map_add_persona (PoJourneyMap *self,
                            const char   *name,
                            const char   *role,
                            const char   *goal,
                            const char   *quote)
{
  PoJourneyPersona *persona;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (name != NULL, 0);

  persona = g_new0 (PoJourneyPersona, 1);
  persona->name = g_strdup (name);
  persona->role = dup_text (role);
  persona->goal = dup_text (goal);
  persona->quote = dup_text (quote);
  g_ptr_array_add (self->personas, persona);

  return self->personas->len - 1;
}

guint
po_journey_map_get_n_personas (PoJourneyMap *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->personas->len;
}

const PoJourneyPersona *
po_journey_map_get_persona (PoJourneyMap *self,
                            guint         persona)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (persona < self->personas->len, NULL);

  return g_ptr_array_index (self->personas, persona);
}

void
po_journey_map_clear_personas (PoJourneyMap *self)
{
  g_return_if_fail (self != NULL);

  g_ptr_array_set_size (self->personas, 0);
}

/* @completion_rate is a fraction 0..1; pass NaN for unknown values. */
void
po_journey_map_set_phase_stats (PoJourneyMap *self,
                                guint         phase,
                                guint         tracks_now,
                                double        median_days,
                                double        completion_rate)
{
  PoJourneyPhase *p;

  g_return_if_fail (self != NULL);
  g_return_if_fail (phase < self->phases->len);

  p = g_ptr_array_index (self->phases, phase);
  p->has_stats = TRUE;
  p->tracks_now = tracks_now;
  p->median_days = (isnan (median_days) || median_days < 0) ? NAN : median_days;
  p->completion_rate = isnan (completion_rate) ? NAN : CLAMP (completion_rate, 0.0, 1.0);
}

PoJourneyTransitionKind
po_journey_transition_kind_for (guint from,
                                guint to)
{
  if (to < from)
    return PO_JOURNEY_TRANSITION_REGRESSION;
  if (to == from + 1)
    return PO_JOURNEY_TRANSITION_FORWARD;
  return PO_JOURNEY_TRANSITION_SKIP;
}

/* Adds @count transitions from phase @from to phase @to; the kind follows
 * from the phase order.  Repeated calls for the same pair accumulate. */
void
po_journey_map_add_transition (PoJourneyMap *self,
                               guint         from,
                               guint         to,
                               guint         count)
{
  PoJourneyTransition t = { 0 };

  g_return_if_fail (self != NULL);
  g_return_if_fail (from < self->phases->len);
  g_return_if_fail (to < self->phases->len);
  g_return_if_fail (from != to);

  if (count == 0)
    return;

  for (guint i = 0; i < self->transitions->len; i++)
    {
      PoJourneyTransition *other = &g_array_index (self->transitions, PoJourneyTransition, i);

      if (other->from == from && other->to == to)
        {
          other->count = (other->count > G_MAXUINT - count) ? G_MAXUINT : other->count + count;
          return;
        }
    }

  t.from = from;
  t.to = to;
  t.kind = po_journey_transition_kind_for (from, to);
  t.count = count;
  g_array_append_val (self->transitions, t);
}

guint
po_journey_map_get_n_transitions (PoJourneyMap *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->transitions->len;
}

const PoJourneyTransition *
po_journey_map_get_transition (PoJourneyMap *self,
                               guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->transitions->len, NULL);

  return &g_array_index (self->transitions, PoJourneyTransition, index);
}

guint
po_journey_map_get_max_transition_count (PoJourneyMap *self)
{
  guint max = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->transitions->len; i++)
    max = MAX (max, g_array_index (self->transitions, PoJourneyTransition, i).count);

  return max;
}

gboolean
po_journey_map_has_overlay (PoJourneyMap *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->transitions->len > 0)
    return TRUE;

  for (guint i = 0; i < self->phases->len; i++)
    {
      const PoJourneyPhase *p = g_ptr_array_index (self->phases, i);

      if (p->has_stats)
        return TRUE;
    }

  return FALSE;
}

void
po_journey_map_clear_overlay (PoJourneyMap *self)
{
  g_return_if_fail (self != NULL);

  g_array_set_size (self->transitions, 0);
  for (guint i = 0; i < self->phases->len; i++)
    {
      PoJourneyPhase *p = g_ptr_array_index (self->phases, i);

      p->has_stats = FALSE;
      p->tracks_now = 0;
      p->median_days = NAN;
      p->completion_rate = NAN;
    }
}
