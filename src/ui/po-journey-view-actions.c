/* po-journey-view-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journey view's actions: edits from the canvas, lanes, stages and
 * maps, undo and redo, zoom, export and presentation mode.
 */

#define G_LOG_DOMAIN "po-journey-view"

#include "config.h"

#include "po-journey-view-private.h"

#include <glib/gi18n.h>

#include "po-journey-presentation.h"

static gboolean
editable (PoJourneyView *self)
{
  return self->history != NULL && self->map != NULL && self->map_id != 0 &&
         po_journey_canvas_get_editable (self->canvas);
}

void
_po_journey_view_update_actions (PoJourneyView *self)
{
  static const char * const edits[] = {
    "journey.rename-map", "journey.add-lane", "journey.add-stage", "journey.delete-map",
    "journey.lane-rename", "journey.lane-up", "journey.lane-down", "journey.lane-insert",
    "journey.lane-remove", "journey.stage-rename", "journey.stage-left", "journey.stage-right",
    "journey.stage-insert", "journey.stage-remove",
  };
  gboolean writable = self->store != NULL && !po_store_is_read_only (self->store) && self->history != NULL;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "journey.undo", writable && po_history_can_undo (self->history));
  gtk_widget_action_set_enabled (widget, "journey.redo", writable && po_history_can_redo (self->history));
  gtk_widget_action_set_enabled (widget, "journey.new-map", writable);
  gtk_widget_action_set_enabled (widget, "journey.present", self->map != NULL);
  gtk_widget_action_set_enabled (widget, "journey.export", self->map != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    gtk_widget_action_set_enabled (widget, edits[i], editable (self));
}

static void
report (PoJourneyView *self,
        gboolean       ok,
        GError        *error)
{
  if (!ok && error != NULL)
    _po_journey_view_toast_error (self, error);
}

/* Canvas edits */

static void
on_edited (PoJourneyCanvas  *canvas,
           int               kind,
           int               lane,
           int               phase,
           const char       *text,
           PoJourneyView    *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;

  if (!editable (self))
    return;

  switch (kind)
    {
    case PO_JOURNEY_HIT_CELL:
      ok = po_journey_store_set_cell (self->history, self->map_id,
                                      po_journey_map_get_lane (self->map, lane)->code,
                                      po_journey_map_get_phase (self->map, phase)->code, text, &error);
      break;
    case PO_JOURNEY_HIT_LANE:
      ok = po_journey_store_set_lane_title (self->history, self->map_id,
                                            po_journey_map_get_lane (self->map, lane)->code, text, &error);
      break;
    case PO_JOURNEY_HIT_PHASE:
      ok = po_journey_store_set_stage_title (self->history, self->map_id,
                                             po_journey_map_get_phase (self->map, phase)->code, text, &error);
      break;
    case PO_JOURNEY_HIT_TITLE:
      ok = po_journey_store_set_title (self->history, self->map_id, text, &error);
      break;
    default:
      return;
    }
  report (self, ok, error);
}

static void
on_emotion_edited (PoJourneyCanvas *canvas,
                   int              phase,
                   double           value,
                   PoJourneyView   *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!editable (self))
    return;
  ok = po_journey_store_set_emotion (self->history, self->map_id,
                                     po_journey_map_get_phase (self->map, phase)->code, value, &error);
  report (self, ok, error);
  if (!ok)
    _po_journey_view_reload (self);
}

void
_po_journey_view_connect_canvas (PoJourneyView *self)
{
  g_signal_connect (self->canvas, "edited", G_CALLBACK (on_edited), self);
  g_signal_connect (self->canvas, "emotion-edited", G_CALLBACK (on_emotion_edited), self);
}

static void
begin_edit (PoJourneyView    *self,
            PoJourneyHitKind  kind,
            int               lane,
            int               phase)
{
  PoJourneyHit hit = { kind, lane, phase, -1 };

  po_journey_canvas_begin_edit (self->canvas, &hit);
}

/* Lanes and stages */

static void
lane_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PoJourneyView *self = PO_JOURNEY_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  const char *lane_code;
  guint lane = g_variant_get_uint32 (parameter);
  gboolean ok = TRUE;

  if (!editable (self) || lane >= po_journey_map_get_n_lanes (self->map))
    return;
  lane_code = po_journey_map_get_lane (self->map, lane)->code;

  if (g_str_equal (action_name, "journey.lane-rename"))
    begin_edit (self, PO_JOURNEY_HIT_LANE, lane, -1);
  else if (g_str_equal (action_name, "journey.lane-up"))
    ok = po_journey_store_move_lane (self->history, self->map_id, lane_code, -1, &error);
  else if (g_str_equal (action_name, "journey.lane-down"))
    ok = po_journey_store_move_lane (self->history, self->map_id, lane_code, +1, &error);
  else if (g_str_equal (action_name, "journey.lane-insert"))
    {
      code = po_journey_store_add_lane (self->history, self->map_id, lane + 1, _("New lane"), &error);
      ok = code != NULL;
      if (ok)
        begin_edit (self, PO_JOURNEY_HIT_LANE, po_journey_map_find_lane (self->map, code), -1);
    }
  else if (g_str_equal (action_name, "journey.lane-remove"))
    {
      ok = po_journey_store_remove_lane (self->history, self->map_id, lane_code, &error);
      if (ok)
        _po_journey_view_toast (self, _("Lane removed"), TRUE);
    }
  report (self, ok, error);
}

static void
stage_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PoJourneyView *self = PO_JOURNEY_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  const char *stage_code;
  guint stage = g_variant_get_uint32 (parameter);
  gboolean ok = TRUE;

  if (!editable (self) || stage >= po_journey_map_get_n_phases (self->map))
    return;
  stage_code = po_journey_map_get_phase (self->map, stage)->code;

  if (g_str_equal (action_name, "journey.stage-rename"))
    begin_edit (self, PO_JOURNEY_HIT_PHASE, -1, stage);
  else if (g_str_equal (action_name, "journey.stage-left"))
    ok = po_journey_store_move_stage (self->history, self->map_id, stage_code, -1, &error);
  else if (g_str_equal (action_name, "journey.stage-right"))
    ok = po_journey_store_move_stage (self->history, self->map_id, stage_code, +1, &error);
  else if (g_str_equal (action_name, "journey.stage-insert"))
    {
      code = po_journey_store_add_stage (self->history, self->map_id, stage + 1, _("New stage"), &error);
      ok = code != NULL;
      if (ok)
        begin_edit (self, PO_JOURNEY_HIT_PHASE, -1, po_journey_map_find_phase (self->map, code));
    }
  else if (g_str_equal (action_name, "journey.stage-remove"))
    {
      ok = po_journey_store_remove_stage (self->history, self->map_id, stage_code, &error);
      if (ok)
        _po_journey_view_toast (self, _("Stage removed"), TRUE);
    }
  report (self, ok, error);
}

static void
map_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PoJourneyView *self = PO_JOURNEY_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  gboolean ok = TRUE;

  if (!editable (self))
    return;

  if (g_str_equal (action_name, "journey.rename-map"))
    begin_edit (self, PO_JOURNEY_HIT_TITLE, -1, -1);
  else if (g_str_equal (action_name, "journey.add-lane"))
    {
      code = po_journey_store_add_lane (self->history, self->map_id, -1, _("New lane"), &error);
      ok = code != NULL;
      if (ok)
        begin_edit (self, PO_JOURNEY_HIT_LANE, po_journey_map_find_lane (self->map, code), -1);
    }
  else if (g_str_equal (action_name, "journey.add-stage"))
    {
      code = po_journey_store_add_stage (self->history, self->map_id, -1, _("New stage"), &error);
      ok = code != NULL;
      if (ok)
        begin_edit (self, PO_JOURNEY_HIT_PHASE, -1, po_journey_map_find_phase (self->map, code));
    }
  else if (g_str_equal (action_name, "journey.delete-map"))
    {
      ok = po_journey_store_delete_map (self->history, self->map_id, &error);
      if (ok)
        _po_journey_view_toast (self, _("Journey map deleted"), TRUE);
    }
  report (self, ok, error);
}

static void
new_map_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PoJourneyView *self = PO_JOURNEY_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parts = g_strsplit (g_variant_get_string (parameter, NULL), ":", 2);
  gint64 id;

  if (self->history == NULL || parts[0] == NULL)
    return;
  id = po_journey_store_create_map (self->history, parts[0], parts[1], &error);
  if (id == 0)
    {
      report (self, FALSE, error);
      return;
    }
  self->map_id = id;
  _po_journey_view_reload (self);
  po_journey_canvas_zoom_reset (self->canvas);
}

/* Undo, redo and zoom */

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PoJourneyView *self = PO_JOURNEY_VIEW (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->history == NULL)
    return;
  if (g_str_equal (action_name, "journey.undo"))
    ok = po_history_undo (self->history, &error);
  else
    ok = po_history_redo (self->history, &error);
  report (self, ok, error);
  /* The store's ::changed reloads the map; a failed step leaves it as is. */
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PoJourneyView *self = PO_JOURNEY_VIEW (widget);

  if (g_str_equal (action_name, "journey.zoom-in"))
    po_journey_canvas_zoom_in (self->canvas);
  else if (g_str_equal (action_name, "journey.zoom-out"))
    po_journey_canvas_zoom_out (self->canvas);
  else
    po_journey_canvas_zoom_reset (self->canvas);
}

/* Presentation and export */

GtkWidget *
po_journey_view_present (PoJourneyView *self)
{
  GtkRoot *root;
  GtkWidget *window;

  g_return_val_if_fail (PO_IS_JOURNEY_VIEW (self), NULL);

  if (self->map == NULL)
    return NULL;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  window = po_journey_presentation_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->map);
  gtk_window_fullscreen (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  po_journey_view_present (PO_JOURNEY_VIEW (widget));
}

gboolean
po_journey_view_export (PoJourneyView  *self,
                        const char     *path,
                        const char     *paper,
                        GError        **error)
{
  PoJourneyRenderOptions options;
  PoPaperSize size = PO_PAPER_SIZE_CUSTOM;
  double width = 0, height = 0;

  g_return_val_if_fail (PO_IS_JOURNEY_VIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->map == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no journey map to export"));
      return FALSE;
    }

  po_journey_render_options_init (&options);
  if (g_strcmp0 (paper, "a4") == 0)
    size = PO_PAPER_SIZE_A4_LANDSCAPE;
  else if (g_strcmp0 (paper, "a3") == 0)
    size = PO_PAPER_SIZE_A3_LANDSCAPE;
  else if (g_str_has_suffix (path, ".png") || g_str_has_suffix (path, ".PNG"))
    {
      /* Twice the natural size: sharp on paper and on high-density screens. */
      po_journey_render_natural_size (self->map, &options, &width, &height);
      width *= 2;
      height *= 2;
    }
  return po_journey_render_to_file (self->map, &options, path, size, width, height, error);
}

typedef struct
{
  PoJourneyView *view;
  char          *paper;
} ExportJob;

static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    ExportJob       *job)
{
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL && po_journey_view_export (job->view, path, job->paper, &error))
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);

          _po_journey_view_toast (job->view, message, FALSE);
        }
      else if (error != NULL)
        _po_journey_view_toast_error (job->view, error);
    }

  g_object_unref (job->view);
  g_free (job->paper);
  g_free (job);
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PoJourneyView *self = PO_JOURNEY_VIEW (widget);
  const char *kind = g_variant_get_string (parameter, NULL);
  const char *extension = g_str_has_prefix (kind, "pdf") ? "pdf" : kind;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;
  GtkRoot *root = gtk_widget_get_root (widget);
  ExportJob *job;

  if (self->map == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Export Journey Map"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  name = g_strdup_printf ("%s.%s", po_journey_map_get_title (self->map), extension);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  if (g_str_equal (extension, "png"))
    {
      gtk_file_filter_set_name (filter, _("PNG image"));
      gtk_file_filter_add_mime_type (filter, "image/png");
    }
  else if (g_str_equal (extension, "svg"))
    {
      gtk_file_filter_set_name (filter, _("SVG drawing"));
      gtk_file_filter_add_mime_type (filter, "image/svg+xml");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("PDF document"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);

  job = g_new0 (ExportJob, 1);
  job->view = g_object_ref (self);
  job->paper = g_str_equal (kind, "pdf-a4") ? g_strdup ("a4")
             : g_str_equal (kind, "pdf-a3") ? g_strdup ("a3") : NULL;
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
_po_journey_view_class_init_actions (GtkWidgetClass *widget_class)
{
  static const char * const lane_actions[] = {
    "journey.lane-rename", "journey.lane-up", "journey.lane-down", "journey.lane-insert", "journey.lane-remove",
  };
  static const char * const stage_actions[] = {
    "journey.stage-rename", "journey.stage-left", "journey.stage-right", "journey.stage-insert",
    "journey.stage-remove",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lane_actions); i++)
    gtk_widget_class_install_action (widget_class, lane_actions[i], "u", lane_action);
  for (guint i = 0; i < G_N_ELEMENTS (stage_actions); i++)
    gtk_widget_class_install_action (widget_class, stage_actions[i], "u", stage_action);

  gtk_widget_class_install_action (widget_class, "journey.rename-map", NULL, map_action);
  gtk_widget_class_install_action (widget_class, "journey.add-lane", NULL, map_action);
  gtk_widget_class_install_action (widget_class, "journey.add-stage", NULL, map_action);
  gtk_widget_class_install_action (widget_class, "journey.delete-map", NULL, map_action);
  gtk_widget_class_install_action (widget_class, "journey.new-map", "s", new_map_action);
  gtk_widget_class_install_action (widget_class, "journey.undo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "journey.redo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "journey.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "journey.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "journey.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "journey.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "journey.export", "s", export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "journey.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "journey.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "journey.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "journey.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "journey.present", NULL);
}
