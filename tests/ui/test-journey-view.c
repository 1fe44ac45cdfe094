/* test-journey-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journey view on a temporary workspace: edit a card in place, drag an
 * emotion point, lanes and maps through the view's actions, undo, export,
 * and presentation mode driven by its keys.
 */

#include "config.h"

#include "po-journey-store.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "po-journey-canvas.h"
#include "po-journey-presentation.h"
#include "po-journey-view.h"

typedef struct
{
  char          *dir;
  PoStore       *store;
  GtkWindow     *window;
  PoJourneyView *view;
  PoJourneyCanvas *canvas;
} Fixture;

static gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

#define WAIT_FOR(cond)                                                  \
  G_STMT_START {                                                        \
    guint wake = g_timeout_add (5, wake_up, NULL);                      \
    for (guint i_ = 0; i_ < 2000 && !(cond); i_++)                      \
      g_main_context_iteration (NULL, TRUE);                            \
    g_source_remove (wake);                                             \
    g_assert_true (cond);                                               \
  } G_STMT_END

static void
settle (void)
{
  for (guint i = 0; i < 200 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
add_track (PoStore    *store,
           const char *key,
           PoSegment   segment,
           const char *owner,
           const char *first,
           const char *second)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoAccount) a = po_account_new ();
  g_autoptr(PoTrack) t = po_track_new ();
  const char *steps[2][2] = { { "2024-01-01", first }, { "2024-03-01", second } };

  a->key = g_strdup (key);
  a->name = g_strdup (key);
  a->segment = segment;
  a->touch = po_touch_default_for_segment (segment);
  a->owner = g_strdup (owner);
  po_day_parse ("2024-01-01", &a->signed_on);
  g_assert_true (po_store_insert_account (store, a, &error));
  t->account_id = a->id;
  t->key = g_strdup ("core");
  t->name = g_strdup ("Core");
  g_assert_true (po_store_insert_track (store, t, &error));
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PoTransition) tr = po_transition_new ();

      if (steps[i][1] == NULL)
        continue;
      tr->track_id = t->id;
      po_day_parse (steps[i][0], &tr->on_date);
      tr->phase = g_strdup (steps[i][1]);
      g_assert_true (po_store_insert_transition (store, tr, &error));
    }
  g_assert_no_error (error);
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("po-journey-view-XXXXXX", NULL);
  path = g_build_filename (f->dir, "ws.peakone", NULL);
  f->store = po_store_create (path, &error);
  g_assert_no_error (error);

  g_assert_true (po_store_begin (f->store, &error));
  add_track (f->store, "acme", PO_SEGMENT_SMB, "Jana", "onboarding", "adoption");
  add_track (f->store, "globex", PO_SEGMENT_ENTERPRISE, "Max", "onboarding", NULL);
  add_track (f->store, "initech", PO_SEGMENT_SMB, "Jana", "adoption", "retention");
  g_assert_true (po_store_commit (f->store, &error));
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1400, 900);
  f->view = PO_JOURNEY_VIEW (po_journey_view_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  po_journey_view_set_store (f->view, f->store);
  f->canvas = PO_JOURNEY_CANVAS (po_journey_view_get_canvas (f->view));
  gtk_window_present (f->window);
  WAIT_FOR (gtk_widget_get_width (GTK_WIDGET (f->canvas)) > 100 &&
            po_journey_canvas_get_layout (f->canvas) != NULL);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  gtk_window_destroy (f->window);
  settle ();
  g_clear_object (&f->store);
  d = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *p = g_build_filename (f->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static PoJourneyMap *
shown (Fixture *f)
{
  return po_journey_canvas_get_map (f->canvas);
}

static char *
stored_cell (Fixture    *f,
             const char *lane,
             const char *phase)
{
  g_autoptr(GPtrArray) cells = po_store_list_journey_cell (f->store, po_journey_view_get_map_id (f->view), NULL);

  for (guint i = 0; i < cells->len; i++)
    {
      const PoJourneyCell *c = g_ptr_array_index (cells, i);

      if (g_str_equal (c->lane, lane) && g_str_equal (c->phase, phase))
        return g_strdup (c->text);
    }
  return NULL;
}

static double
stored_emotion (Fixture    *f,
                const char *phase)
{
  g_autoptr(GPtrArray) emotions = po_store_list_journey_emotion (f->store, po_journey_view_get_map_id (f->view), NULL);

  for (guint i = 0; i < emotions->len; i++)
    {
      const PoJourneyEmotion *e = g_ptr_array_index (emotions, i);

      if (g_str_equal (e->phase, phase))
        return e->value;
    }
  return NAN;
}

static void
center_of (Fixture                 *f,
           const cairo_rectangle_t *r,
           double                  *x,
           double                  *y)
{
  po_journey_canvas_map_to_widget (f->canvas, r->x + r->width / 2, r->y + r->height / 2, x, y);
}

static void
test_defaults_and_overlay (Fixture       *f,
                           gconstpointer  data)
{
  PoJourneyMap *map = shown (f);
  int onboarding, adoption;

  g_assert_nonnull (map);
  g_assert_cmpint (po_store_count (f->store, &po_journey_map_record_class, NULL), ==, 2);
  g_assert_cmpuint (po_journey_map_get_n_phases (map), ==, 6);
  g_assert_true (po_journey_canvas_get_editable (f->canvas));
  onboarding = po_journey_map_find_phase (map, "onboarding");
  adoption = po_journey_map_find_phase (map, "adoption");
  g_assert_cmpuint (po_journey_map_get_phase (map, onboarding)->tracks_now, ==, 1);
  g_assert_cmpuint (po_journey_map_get_phase (map, adoption)->tracks_now, ==, 1);
  g_assert_true (po_journey_map_has_overlay (map));
}

static void
test_edit_card (Fixture       *f,
                gconstpointer  data)
{
  PoJourneyMap *map = shown (f);
  int lane = po_journey_map_find_lane (map, "goal");
  int phase = po_journey_map_find_phase (map, "adoption");
  g_autofree char *original = g_strdup (po_journey_map_get_cell (map, lane, phase));
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  cairo_rectangle_t rect;
  PoJourneyHit hit;
  double x, y;

  /* Hit testing finds the card where it is drawn. */
  g_assert_true (po_journey_layout_get_cell_rect (po_journey_canvas_get_layout (f->canvas), lane, phase, &rect));
  center_of (f, &rect, &x, &y);
  g_assert_true (po_journey_canvas_hit (f->canvas, x, y, &hit));
  g_assert_cmpint (hit.kind, ==, PO_JOURNEY_HIT_CELL);
  g_assert_cmpint (hit.lane, ==, lane);
  g_assert_cmpint (hit.phase, ==, phase);

  /* A click opens the editor with the card's text; Enter commits. */
  g_assert_true (po_journey_canvas_activate_at (f->canvas, x, y));
  settle ();
  {
    GtkTextBuffer *buffer = po_journey_canvas_get_edit_buffer (f->canvas);
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, original);
    gtk_text_buffer_set_text (buffer, "Every team uses it weekly", -1);
  }
  po_journey_canvas_commit_edit (f->canvas);
  settle ();

  after = stored_cell (f, "goal", "adoption");
  g_assert_cmpstr (after, ==, "Every team uses it weekly");
  map = shown (f);
  g_assert_cmpstr (po_journey_map_get_cell (map, lane, phase), ==, "Every team uses it weekly");

  /* Undo restores the store and the map shown. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "journey.undo", NULL);
  settle ();
  undone = stored_cell (f, "goal", "adoption");
  g_assert_cmpstr (undone, ==, original);
  g_assert_cmpstr (po_journey_map_get_cell (shown (f), lane, phase), ==, original);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "journey.redo", NULL);
  settle ();
  g_assert_cmpstr (po_journey_map_get_cell (shown (f), lane, phase), ==, "Every team uses it weekly");
}

static void
test_drag_emotion (Fixture       *f,
                   gconstpointer  data)
{
  PoJourneyMap *map = shown (f);
  int phase = po_journey_map_find_phase (map, "adoption");
  double mx, my, x, y, y2;

  g_assert_cmpfloat (stored_emotion (f, "adoption"), ==, -1.0);

  /* Far up: clamped at +2. */
  g_assert_true (po_journey_layout_get_emotion_point (po_journey_canvas_get_layout (f->canvas), phase, &mx, &my));
  po_journey_canvas_map_to_widget (f->canvas, mx, my, &x, &y);
  po_journey_canvas_drag (f->canvas, x, y, 0, -2000);
  settle ();
  g_assert_cmpfloat (stored_emotion (f, "adoption"), ==, 2.0);
  g_assert_cmpfloat (po_journey_map_get_emotion (shown (f), phase), ==, 2.0);

  /* Half-way down from +2 to 0 snaps to a step of 0.5. */
  g_assert_true (po_journey_layout_get_emotion_point (po_journey_canvas_get_layout (f->canvas), phase, &mx, &my));
  po_journey_canvas_map_to_widget (f->canvas, mx, my, &x, &y);
  {
    int other = po_journey_map_find_phase (shown (f), "onboarding");   /* at 0 */
    double ox, oy;

    g_assert_true (po_journey_layout_get_emotion_point (po_journey_canvas_get_layout (f->canvas), other, &ox, &oy));
    po_journey_canvas_map_to_widget (f->canvas, ox, oy, &ox, &y2);
  }
  po_journey_canvas_drag (f->canvas, x, y, 0, (y2 - y) * 0.3);
  settle ();
  g_assert_cmpfloat (stored_emotion (f, "adoption"), ==, 1.5);

  /* Two steps, two undos. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "journey.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "journey.undo", NULL);
  settle ();
  g_assert_cmpfloat (stored_emotion (f, "adoption"), ==, -1.0);
  g_assert_cmpfloat (po_journey_map_get_emotion (shown (f), phase), ==, -1.0);
}

static void
test_lanes_and_maps (Fixture       *f,
                     gconstpointer  data)
{
  PoJourneyMap *map = shown (f);
  int goal = po_journey_map_find_lane (map, "goal");
  gint64 first = po_journey_view_get_map_id (f->view);

  g_assert_cmpint (goal, ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "journey.lane-down", "u", 0);
  settle ();
  g_assert_cmpint (po_journey_map_find_lane (shown (f), "goal"), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "journey.undo", NULL);
  settle ();
  g_assert_cmpint (po_journey_map_find_lane (shown (f), "goal"), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "journey.stage-remove", "u", 5);
  settle ();
  g_assert_cmpuint (po_journey_map_get_n_phases (shown (f)), ==, 5);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "journey.undo", NULL);
  settle ();
  g_assert_cmpuint (po_journey_map_get_n_phases (shown (f)), ==, 6);

  /* A new map per segment is shown at once. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "journey.new-map", "s", "peak-one:enterprise");
  settle ();
  g_assert_cmpint (po_store_count (f->store, &po_journey_map_record_class, NULL), ==, 3);
  g_assert_cmpint (po_journey_view_get_map_id (f->view), !=, first);
  g_assert_cmpuint (po_journey_map_get_n_phases (shown (f)), ==, 4);

  po_journey_view_select_map (f->view, first);
  settle ();
  g_assert_cmpint (po_journey_view_get_map_id (f->view), ==, first);
  g_assert_cmpuint (po_journey_map_get_n_phases (shown (f)), ==, 6);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "map.pdf", NULL);
  g_autofree char *png = g_build_filename (f->dir, "map.png", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (po_journey_view_export (f->view, pdf, "a4", &error));
  g_assert_no_error (error);
  g_assert_true (po_journey_view_export (f->view, png, NULL, &error));
  g_assert_true (g_file_get_contents (png, &contents, &length, &error));
  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpint (memcmp (contents, "\x89PNG", 4), ==, 0);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, &error));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
}

static void
test_presentation (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *window = po_journey_view_present (f->view);
  PoJourneyPresentation *presentation = PO_JOURNEY_PRESENTATION (window);
  PoJourneyCanvas *canvas = po_journey_presentation_get_canvas (presentation);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  WAIT_FOR (gtk_widget_get_mapped (window) && po_journey_canvas_get_layout (canvas) != NULL);
  g_assert_true (po_journey_canvas_get_fill (canvas));
  g_assert_false (po_journey_canvas_get_editable (canvas));
  g_assert_cmpint (po_journey_presentation_get_phase (presentation), ==, -1);

  g_assert_true (po_journey_presentation_handle_key (presentation, GDK_KEY_Right, 0));
  g_assert_cmpint (po_journey_presentation_get_phase (presentation), ==, 0);
  g_assert_cmpint (po_journey_canvas_get_options (canvas)->highlight_phase, ==, 0);
  g_assert_true (po_journey_presentation_handle_key (presentation, GDK_KEY_Right, 0));
  g_assert_true (po_journey_presentation_handle_key (presentation, GDK_KEY_Right, 0));
  g_assert_cmpint (po_journey_presentation_get_phase (presentation), ==, 2);
  g_assert_true (po_journey_presentation_handle_key (presentation, GDK_KEY_Left, 0));
  g_assert_cmpint (po_journey_presentation_get_phase (presentation), ==, 1);
  g_assert_true (po_journey_presentation_handle_key (presentation, GDK_KEY_End, 0));
  g_assert_cmpint (po_journey_presentation_get_phase (presentation), ==, 5);
  g_assert_true (po_journey_presentation_handle_key (presentation, GDK_KEY_Right, 0));
  g_assert_cmpint (po_journey_presentation_get_phase (presentation), ==, 5);
  g_assert_false (po_journey_presentation_handle_key (presentation, GDK_KEY_a, 0));
  /* The large type of presentation mode. */
  g_assert_cmpfloat (po_journey_canvas_get_options (canvas)->scale, >, 1.0);
  settle ();

  g_assert_true (po_journey_presentation_handle_key (presentation, GDK_KEY_Escape, 0));
  WAIT_FOR (window == NULL);
}

static void
test_read_only (Fixture       *f,
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

  po_journey_view_set_store (f->view, read_only);
  settle ();
  g_assert_nonnull (shown (f));
  g_assert_cmpuint (po_journey_map_get_n_phases (shown (f)), ==, 6);
  g_assert_false (po_journey_canvas_get_editable (f->canvas));
  g_assert_cmpint (po_store_count (read_only, &po_journey_map_record_class, NULL), ==, 0);
  po_journey_view_set_store (f->view, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/ui/journey-view/defaults-and-overlay", test_defaults_and_overlay);
  ADD ("/ui/journey-view/edit-card", test_edit_card);
  ADD ("/ui/journey-view/drag-emotion", test_drag_emotion);
  ADD ("/ui/journey-view/lanes-and-maps", test_lanes_and_maps);
  ADD ("/ui/journey-view/export", test_export);
  ADD ("/ui/journey-view/presentation", test_presentation);
  ADD ("/ui/journey-view/read-only", test_read_only);
#undef ADD

  return g_test_run ();
}
