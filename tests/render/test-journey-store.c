/* test-journey-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "po-journey-store.h"

#include <glib/gstdio.h>
#include <math.h>

#include "po-journey-defaults.h"

typedef struct
{
  char      *dir;
  char      *path;
  PoStore   *store;
  PoHistory *history;
  gint64     main_id;
} Fixture;

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoJourneyMapRecord) record = NULL;

  f->dir = g_dir_make_tmp ("po-journey-store-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "ws.peakone", NULL);
  f->store = po_store_create (f->path, &error);
  g_assert_no_error (error);
  f->history = po_history_new (f->store);

  g_assert_true (po_journey_store_ensure_defaults (f->store, &error));
  g_assert_no_error (error);
  record = po_journey_store_find_map (f->store, "post-sale", &error);
  g_assert_no_error (error);
  f->main_id = record->id;
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GDir) d = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_clear_object (&f->history);
  g_clear_object (&f->store);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static PoJourneyMap *
load (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  PoJourneyMap *map = po_journey_store_load (f->store, f->main_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (map);
  return map;
}

static const char *
cell (PoJourneyMap *map,
      const char   *lane,
      const char   *phase)
{
  int l = po_journey_map_find_lane (map, lane);
  int p = po_journey_map_find_phase (map, phase);

  g_assert_cmpint (l, >=, 0);
  g_assert_cmpint (p, >=, 0);
  return po_journey_map_get_cell (map, l, p);
}

static void
undo (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (po_history_undo (f->history, &error));
  g_assert_no_error (error);
}

static void
test_defaults_once (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) maps = NULL;
  g_autoptr(GPtrArray) again = NULL;
  const PoJourneyMapRecord *first, *second;

  maps = po_journey_store_list_maps (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (maps->len, ==, 2);
  first = g_ptr_array_index (maps, 0);
  second = g_ptr_array_index (maps, 1);
  g_assert_cmpstr (first->key, ==, "post-sale");
  g_assert_cmpstr (first->phase_model, ==, "post-sale");
  g_assert_null (first->segment);
  g_assert_cmpstr (second->key, ==, "peak-one");
  g_assert_cmpstr (second->phase_model, ==, "peak-one");

  /* A second call installs nothing more. */
  g_assert_true (po_journey_store_ensure_defaults (f->store, &error));
  again = po_journey_store_list_maps (f->store, &error);
  g_assert_cmpuint (again->len, ==, 2);
  /* Installing is no user action: nothing to undo. */
  g_assert_false (po_history_can_undo (f->history));
}

static void
test_defaults_read_only (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "empty.peakone", NULL);
  g_autoptr(PoStore) created = po_store_create (path, &error);
  g_autoptr(PoStore) read_only = NULL;

  g_assert_no_error (error);
  g_clear_object (&created);
  read_only = po_store_open (path, PO_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (po_journey_store_ensure_defaults (read_only, &error));
  g_assert_no_error (error);
  g_assert_cmpint (po_store_count (read_only, &po_journey_map_record_class, NULL), ==, 0);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoJourneyMap) map = load (f);
  g_autoptr(PoJourneyMap) defaults = po_journey_defaults_new ("post-sale", NULL, &error);

  g_assert_cmpstr (po_journey_map_get_title (map), ==, po_journey_map_get_title (defaults));
  g_assert_cmpstr (po_journey_map_get_subtitle (map), ==, po_journey_map_get_subtitle (defaults));
  g_assert_cmpuint (po_journey_map_get_n_phases (map), ==, po_journey_map_get_n_phases (defaults));
  g_assert_cmpuint (po_journey_map_get_n_lanes (map), ==, po_journey_map_get_n_lanes (defaults));

  for (guint p = 0; p < po_journey_map_get_n_phases (map); p++)
    {
      const PoJourneyPhase *a = po_journey_map_get_phase (map, p);
      const PoJourneyPhase *b = po_journey_map_get_phase (defaults, p);

      g_assert_cmpstr (a->code, ==, b->code);
      g_assert_cmpstr (a->title, ==, b->title);
      g_assert_cmpstr (a->duration, ==, b->duration);
      g_assert_cmpfloat (a->emotion, ==, b->emotion);
      for (guint l = 0; l < po_journey_map_get_n_lanes (map); l++)
        g_assert_cmpstr (po_journey_map_get_cell (map, l, p), ==, po_journey_map_get_cell (defaults, l, p));
    }
  for (guint l = 0; l < po_journey_map_get_n_lanes (map); l++)
    {
      g_assert_cmpstr (po_journey_map_get_lane (map, l)->code, ==, po_journey_map_get_lane (defaults, l)->code);
      g_assert_cmpstr (po_journey_map_get_lane (map, l)->title, ==, po_journey_map_get_lane (defaults, l)->title);
      g_assert_cmpint (po_journey_map_get_lane (map, l)->kind, ==, po_journey_map_get_lane (defaults, l)->kind);
    }
}

static void
test_edit_cell_undo (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoJourneyMap) before = load (f);
  g_autoptr(PoJourneyMap) edited = NULL;
  g_autoptr(PoJourneyMap) undone = NULL;
  g_autoptr(PoJourneyMap) cleared = NULL;
  g_autofree char *original = g_strdup (cell (before, "goal", "adoption"));

  g_assert_true (po_journey_store_set_cell (f->history, f->main_id, "goal", "adoption",
                                            "Every team uses it weekly", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (po_history_get_undo_label (f->history), ==, "Edit card");
  edited = load (f);
  g_assert_cmpstr (cell (edited, "goal", "adoption"), ==, "Every team uses it weekly");

  undo (f);
  undone = load (f);
  g_assert_cmpstr (cell (undone, "goal", "adoption"), ==, original);

  /* An empty card removes the row; a new one inserts it. */
  g_assert_true (po_journey_store_set_cell (f->history, f->main_id, "goal", "adoption", "", &error));
  cleared = load (f);
  g_assert_null (cell (cleared, "goal", "adoption"));
  undo (f);
  g_clear_pointer (&cleared, po_journey_map_unref);
  cleared = load (f);
  g_assert_cmpstr (cell (cleared, "goal", "adoption"), ==, original);
}

static void
test_emotion_undo (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoJourneyMap) map = NULL;
  int adoption;

  g_assert_true (po_journey_store_set_emotion (f->history, f->main_id, "adoption", 1.5, &error));
  g_assert_no_error (error);
  map = load (f);
  adoption = po_journey_map_find_phase (map, "adoption");
  g_assert_cmpfloat (po_journey_map_get_emotion (map, adoption), ==, 1.5);

  /* Clamped to −2…+2. */
  g_assert_true (po_journey_store_set_emotion (f->history, f->main_id, "adoption", -7, &error));
  g_clear_pointer (&map, po_journey_map_unref);
  map = load (f);
  g_assert_cmpfloat (po_journey_map_get_emotion (map, adoption), ==, -2.0);

  undo (f);
  undo (f);
  g_clear_pointer (&map, po_journey_map_unref);
  map = load (f);
  g_assert_cmpfloat (po_journey_map_get_emotion (map, adoption), ==, -1.0);
}

static void
test_lanes (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoJourneyMap) map = NULL;
  g_autofree char *code = NULL;
  guint n;

  map = load (f);
  n = po_journey_map_get_n_lanes (map);
  g_clear_pointer (&map, po_journey_map_unref);

  code = po_journey_store_add_lane (f->history, f->main_id, 1, "Backstage", &error);
  g_assert_no_error (error);
  g_assert_nonnull (code);
  g_assert_true (po_journey_store_set_cell (f->history, f->main_id, code, "renewal", "Prepare the QBR deck", &error));
  map = load (f);
  g_assert_cmpuint (po_journey_map_get_n_lanes (map), ==, n + 1);
  g_assert_cmpint (po_journey_map_find_lane (map, code), ==, 1);
  g_assert_cmpstr (po_journey_map_get_lane (map, 1)->title, ==, "Backstage");
  g_assert_cmpstr (cell (map, code, "renewal"), ==, "Prepare the QBR deck");

  g_assert_true (po_journey_store_move_lane (f->history, f->main_id, code, -1, &error));
  g_assert_true (po_journey_store_set_lane_title (f->history, f->main_id, code, "Backstage (team)", &error));
  g_clear_pointer (&map, po_journey_map_unref);
  map = load (f);
  g_assert_cmpint (po_journey_map_find_lane (map, code), ==, 0);
  g_assert_cmpstr (po_journey_map_get_lane (map, 0)->title, ==, "Backstage (team)");
  g_assert_cmpint (po_journey_map_find_lane (map, "goal"), ==, 1);

  /* Removing takes its cards along; undo brings both back. */
  g_assert_true (po_journey_store_remove_lane (f->history, f->main_id, code, &error));
  g_assert_cmpint (po_store_count (f->store, &po_journey_cell_class, NULL), ==, 54 + 36);
  g_clear_pointer (&map, po_journey_map_unref);
  map = load (f);
  g_assert_cmpint (po_journey_map_find_lane (map, code), ==, -1);
  g_assert_cmpuint (po_journey_map_get_n_lanes (map), ==, n);

  undo (f);
  g_clear_pointer (&map, po_journey_map_unref);
  map = load (f);
  g_assert_cmpint (po_journey_map_find_lane (map, code), ==, 0);
  g_assert_cmpstr (cell (map, code, "renewal"), ==, "Prepare the QBR deck");

  g_assert_false (po_journey_store_remove_lane (f->history, f->main_id, "no-such-lane", &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_FOUND);
}

static void
test_stages (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoJourneyMap) map = NULL;
  g_autofree char *code = NULL;

  /* The first column edit copies the model's phases into stages. */
  g_assert_cmpint (po_store_count (f->store, &po_journey_stage_class, NULL), ==, 0);
  g_assert_true (po_journey_store_set_stage_title (f->history, f->main_id, "retention", "Value realisation", &error));
  g_assert_no_error (error);
  g_assert_cmpint (po_store_count (f->store, &po_journey_stage_class, NULL), ==, 6);
  map = load (f);
  g_assert_cmpstr (po_journey_map_get_phase (map, 2)->title, ==, "Value realisation");
  g_assert_cmpstr (po_journey_map_get_phase (map, 2)->code, ==, "retention");

  code = po_journey_store_add_stage (f->history, f->main_id, 0, "Sales handover", &error);
  g_assert_no_error (error);
  g_assert_true (po_journey_store_move_stage (f->history, f->main_id, "advocacy", -1, &error));
  g_clear_pointer (&map, po_journey_map_unref);
  map = load (f);
  g_assert_cmpuint (po_journey_map_get_n_phases (map), ==, 7);
  g_assert_cmpint (po_journey_map_find_phase (map, code), ==, 0);
  g_assert_cmpint (po_journey_map_find_phase (map, "advocacy"), ==, 5);
  g_assert_cmpint (po_journey_map_find_phase (map, "renewal"), ==, 6);

  g_assert_true (po_journey_store_remove_stage (f->history, f->main_id, "expansion", &error));
  g_clear_pointer (&map, po_journey_map_unref);
  map = load (f);
  g_assert_cmpint (po_journey_map_find_phase (map, "expansion"), ==, -1);
  g_assert_cmpint (po_store_count (f->store, &po_journey_cell_class, NULL), ==, 5 * 9 + 36);
  g_assert_cmpint (po_store_count (f->store, &po_journey_emotion_class, NULL), ==, 5 + 4);

  /* Four undos: back to the model's phases, no stages. */
  for (guint i = 0; i < 4; i++)
    undo (f);
  g_assert_cmpint (po_store_count (f->store, &po_journey_stage_class, NULL), ==, 0);
  g_clear_pointer (&map, po_journey_map_unref);
  map = load (f);
  g_assert_cmpuint (po_journey_map_get_n_phases (map), ==, 6);
  g_assert_cmpstr (po_journey_map_get_phase (map, 2)->title, ==, "Retention");
  g_assert_cmpstr (cell (map, "goal", "expansion"), !=, NULL);
}

static void
test_maps (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoJourneyMap) map = NULL;
  g_autoptr(PoJourneyMapRecord) record = NULL;
  g_autofree char *description = NULL;
  gint64 id, again;

  id = po_journey_store_create_map (f->history, "post-sale", "enterprise", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  again = po_journey_store_create_map (f->history, "post-sale", "enterprise", &error);
  g_assert_cmpint (again, >, id);

  record = po_store_get_journey_map_record (f->store, id, &error);
  g_assert_cmpstr (record->key, ==, "post-sale-enterprise");
  g_assert_cmpstr (record->segment, ==, "enterprise");
  g_assert_cmpint (record->position, ==, 2);
  description = po_journey_store_describe_map (record);
  g_assert_cmpstr (description, ==, "Post-sale customer journey · Enterprise");
  g_clear_pointer (&record, po_journey_map_record_free);
  record = po_store_get_journey_map_record (f->store, again, &error);
  g_assert_cmpstr (record->key, ==, "post-sale-enterprise-2");

  map = po_journey_store_load (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (po_journey_map_get_phase (map, 0)->duration, ==, "60–180 days");

  g_assert_true (po_journey_store_set_title (f->history, id, "Enterprise journey", &error));
  g_assert_true (po_journey_store_delete_map (f->history, id, &error));
  g_assert_cmpint (po_store_count (f->store, &po_journey_map_record_class, NULL), ==, 3);
  undo (f);
  g_clear_pointer (&record, po_journey_map_record_free);
  record = po_store_get_journey_map_record (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (record->title, ==, "Enterprise journey");
  g_assert_cmpint (po_store_count (f->store, &po_journey_lane_class, NULL), ==, 4 * 9);

  g_assert_null (po_journey_store_find_map (f->store, "nope", &error));
  g_assert_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_FOUND);
}

static void
test_overlay (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoJourneyMap) map = load (f);
  g_autoptr(PoAccount) account = po_account_new ();
  g_autoptr(PoTrack) track = po_track_new ();
  static const char * const steps[][2] = {
    { "2024-01-01", "onboarding" }, { "2024-02-01", "adoption" }, { "2024-03-01", "onboarding" },
  };
  PoJourneyFilter filter;
  const PoJourneyPhase *onboarding;

  g_assert_true (po_store_begin (f->store, &error));
  account->key = g_strdup ("acme");
  account->name = g_strdup ("ACME");
  account->segment = PO_SEGMENT_SMB;
  account->touch = PO_TOUCH_TECH;
  po_day_parse ("2024-01-01", &account->signed_on);
  g_assert_true (po_store_insert_account (f->store, account, &error));
  track->account_id = account->id;
  track->key = g_strdup ("core");
  track->name = g_strdup ("Core");
  g_assert_true (po_store_insert_track (f->store, track, &error));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(PoTransition) t = po_transition_new ();

      t->track_id = track->id;
      po_day_parse (steps[i][0], &t->on_date);
      t->phase = g_strdup (steps[i][1]);
      g_assert_true (po_store_insert_transition (f->store, t, &error));
    }
  g_assert_true (po_store_commit (f->store, &error));
  g_assert_no_error (error);

  po_journey_filter_init (&filter);
  po_day_parse ("2024-03-10", &filter.to);
  g_assert_true (po_journey_store_fill_overlay (map, f->store, "post-sale", &filter, &error));
  g_assert_no_error (error);
  g_assert_true (po_journey_map_has_overlay (map));
  onboarding = po_journey_map_get_phase (map, 0);
  g_assert_true (onboarding->has_stats);
  g_assert_cmpuint (onboarding->tracks_now, ==, 1);
  g_assert_cmpfloat (onboarding->median_days, ==, 31.0);
  g_assert_cmpfloat (onboarding->completion_rate, ==, 1.0);
  g_assert_cmpuint (po_journey_map_get_n_transitions (map), ==, 2);
  g_assert_cmpint (po_journey_map_get_transition (map, 1)->kind, ==, PO_JOURNEY_TRANSITION_REGRESSION);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/render/journey-store/defaults/once", test_defaults_once);
  ADD ("/render/journey-store/defaults/read-only", test_defaults_read_only);
  ADD ("/render/journey-store/round-trip", test_round_trip);
  ADD ("/render/journey-store/edit/cell-undo", test_edit_cell_undo);
  ADD ("/render/journey-store/edit/emotion-undo", test_emotion_undo);
  ADD ("/render/journey-store/edit/lanes", test_lanes);
  ADD ("/render/journey-store/edit/stages", test_stages);
  ADD ("/render/journey-store/maps", test_maps);
  ADD ("/render/journey-store/overlay", test_overlay);
#undef ADD

  return g_test_run ();
}
