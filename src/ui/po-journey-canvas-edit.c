/* po-journey-canvas-edit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In-place editing on the journey canvas: the text editor popover and the
 * lane and stage menus.
 */

#define G_LOG_DOMAIN "po-journey-canvas"

#include "config.h"

#include "po-journey-canvas-private.h"

#include <glib/gi18n.h>


static const char *
hit_text (PoJourneyCanvas    *self,
          const PoJourneyHit *hit)
{
  switch (hit->kind)
    {
    case PO_JOURNEY_HIT_CELL:
      return po_journey_map_get_cell (self->map, hit->lane, hit->phase);
    case PO_JOURNEY_HIT_LANE:
      return po_journey_map_get_lane (self->map, hit->lane)->title;
    case PO_JOURNEY_HIT_PHASE:
    case PO_JOURNEY_HIT_BADGE:
      return po_journey_map_get_phase (self->map, hit->phase)->title;
    case PO_JOURNEY_HIT_TITLE:
      return po_journey_map_get_title (self->map);
    case PO_JOURNEY_HIT_NONE:
    case PO_JOURNEY_HIT_PERSONA:
    case PO_JOURNEY_HIT_EMOTION_POINT:
    default:
      return NULL;
    }
}

static gboolean
hit_rect (PoJourneyCanvas    *self,
          const PoJourneyHit *hit,
          cairo_rectangle_t  *rect)
{
  switch (hit->kind)
    {
    case PO_JOURNEY_HIT_CELL:
      return po_journey_layout_get_cell_rect (self->layout, hit->lane, hit->phase, rect);
    case PO_JOURNEY_HIT_LANE:
      return po_journey_layout_get_lane_rect (self->layout, hit->lane, rect);
    case PO_JOURNEY_HIT_PHASE:
    case PO_JOURNEY_HIT_BADGE:
      return po_journey_layout_get_phase_rect (self->layout, hit->phase, rect);
    case PO_JOURNEY_HIT_TITLE:
      {
        double w, h;

        po_journey_layout_get_size (self->layout, &w, &h);
        *rect = (cairo_rectangle_t) { 0, 0, w, 60 * po_journey_layout_get_unit (self->layout) };
        return TRUE;
      }
    case PO_JOURNEY_HIT_NONE:
    case PO_JOURNEY_HIT_PERSONA:
    case PO_JOURNEY_HIT_EMOTION_POINT:
    default:
      return FALSE;
    }
}

static char *
edit_heading (PoJourneyCanvas    *self,
              const PoJourneyHit *hit)
{
  switch (hit->kind)
    {
    case PO_JOURNEY_HIT_CELL:
      /* TRANSLATORS: the card editor's heading: "lane · stage" */
      return g_strdup_printf (_("%s · %s"), po_journey_map_get_lane (self->map, hit->lane)->title,
                              po_journey_map_get_phase (self->map, hit->phase)->title);
    case PO_JOURNEY_HIT_LANE:
      return g_strdup (_("Lane name"));
    case PO_JOURNEY_HIT_PHASE:
    case PO_JOURNEY_HIT_BADGE:
      return g_strdup (_("Stage name"));
    case PO_JOURNEY_HIT_TITLE:
      return g_strdup (_("Map title"));
    case PO_JOURNEY_HIT_NONE:
    case PO_JOURNEY_HIT_PERSONA:
    case PO_JOURNEY_HIT_EMOTION_POINT:
    default:
      return NULL;
    }
}

gboolean
po_journey_canvas_begin_edit (PoJourneyCanvas    *self,
                              const PoJourneyHit *hit)
{
  g_autofree char *heading = NULL;
  cairo_rectangle_t rect;
  GdkRectangle area;
  const char *text;

  g_return_val_if_fail (PO_IS_JOURNEY_CANVAS (self), FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  _po_journey_canvas_ensure_layout (self);
  if (!self->editable || self->map == NULL || self->layout == NULL)
    return FALSE;
  if (hit->kind == PO_JOURNEY_HIT_CELL &&
      po_journey_map_get_lane (self->map, hit->lane)->kind != PO_JOURNEY_LANE_TEXT)
    return FALSE;
  if ((heading = edit_heading (self, hit)) == NULL || !hit_rect (self, hit, &rect))
    return FALSE;

  text = hit_text (self, hit);
  self->edit_hit = *hit;
  g_free (self->edit_original);
  self->edit_original = g_strdup (text != NULL ? text : "");
  gtk_label_set_label (self->editor_heading, heading);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->editor_view), self->edit_original, -1);

  area = _po_journey_canvas_widget_rect (self, &rect);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->editor), &area);
  gtk_popover_popup (GTK_POPOVER (self->editor));
  gtk_widget_grab_focus (GTK_WIDGET (self->editor_view));
  return TRUE;
}

GtkTextBuffer *
po_journey_canvas_get_edit_buffer (PoJourneyCanvas *self)
{
  g_return_val_if_fail (PO_IS_JOURNEY_CANVAS (self), NULL);

  return gtk_text_view_get_buffer (self->editor_view);
}

void
po_journey_canvas_commit_edit (PoJourneyCanvas *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  PoJourneyHit hit;

  g_return_if_fail (PO_IS_JOURNEY_CANVAS (self));

  if (self->edit_original == NULL)
    return;

  buffer = gtk_text_view_get_buffer (self->editor_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  hit = self->edit_hit;

  /* A name cannot be empty; a card can. */
  if (hit.kind != PO_JOURNEY_HIT_CELL && text[0] == '\0')
    {
      po_journey_canvas_cancel_edit (self);
      return;
    }

  if (!g_str_equal (text, self->edit_original))
    {
      g_clear_pointer (&self->edit_original, g_free);
      gtk_popover_popdown (GTK_POPOVER (self->editor));
      _po_journey_canvas_emit_edited (self, &hit, text);
      return;
    }
  po_journey_canvas_cancel_edit (self);
}

void
po_journey_canvas_cancel_edit (PoJourneyCanvas *self)
{
  g_return_if_fail (PO_IS_JOURNEY_CANVAS (self));

  g_clear_pointer (&self->edit_original, g_free);
  gtk_popover_popdown (GTK_POPOVER (self->editor));
}

static gboolean
on_editor_key (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               PoJourneyCanvas       *self)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) &&
      !(state & GDK_SHIFT_MASK))
    {
      po_journey_canvas_commit_edit (self);
      return TRUE;
    }
  if (keyval == GDK_KEY_Escape)
    {
      po_journey_canvas_cancel_edit (self);
      return TRUE;
    }
  return FALSE;
}

void
_po_journey_canvas_create_editor (PoJourneyCanvas *self)
{
  GtkWidget *box, *scroller, *hint;
  GtkEventController *keys;

  self->editor = gtk_popover_new ();
  gtk_widget_set_parent (self->editor, GTK_WIDGET (self));
  gtk_widget_add_css_class (self->editor, "po-journey-editor");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  self->editor_heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->editor_heading, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->editor_heading), "heading");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->editor_heading));

  self->editor_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->editor_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (self->editor_view, 6);
  gtk_text_view_set_bottom_margin (self->editor_view, 6);
  gtk_text_view_set_left_margin (self->editor_view, 6);
  gtk_text_view_set_right_margin (self->editor_view, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Card text"), -1);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_editor_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->editor_view), keys);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scroller), 300);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 110);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->editor_view));
  gtk_widget_add_css_class (scroller, "card");
  gtk_box_append (GTK_BOX (box), scroller);

  hint = gtk_label_new (_("Enter saves · Shift+Enter starts a new line · Esc cancels"));
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_widget_add_css_class (hint, "caption");
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (box), hint);

  gtk_popover_set_child (GTK_POPOVER (self->editor), box);
}

/* A copy of @model whose items target @index. */
static GMenuModel *
retarget_menu (GMenuModel *model,
               guint       index)
{
  GMenu *menu = g_menu_new ();
  int n = g_menu_model_get_n_items (model);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new_from_model (model, i);
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      g_autofree char *action = NULL;

      if (section != NULL)
        {
          g_autoptr(GMenuModel) copy = retarget_menu (section, index);

          g_menu_item_set_section (item, copy);
        }
      else if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_menu_item_set_action_and_target_value (item, action, g_variant_new_uint32 (index));
      g_menu_append_item (menu, item);
    }
  return G_MENU_MODEL (menu);
}

static gboolean
show_menu (PoJourneyCanvas    *self,
           const PoJourneyHit *hit)
{
  GMenuModel *model = hit->kind == PO_JOURNEY_HIT_LANE ? self->lane_menu : self->stage_menu;
  g_autoptr(GMenuModel) targeted = NULL;
  cairo_rectangle_t rect;
  GdkRectangle area;

  if (model == NULL || !hit_rect (self, hit, &rect))
    return FALSE;

  targeted = retarget_menu (model, hit->kind == PO_JOURNEY_HIT_LANE ? hit->lane : hit->phase);
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), targeted);
  area = _po_journey_canvas_widget_rect (self, &rect);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &area);
  gtk_popover_set_position (GTK_POPOVER (self->menu),
                            hit->kind == PO_JOURNEY_HIT_LANE ? GTK_POS_RIGHT : GTK_POS_BOTTOM);
  gtk_popover_popup (GTK_POPOVER (self->menu));
  return TRUE;
}

gboolean
po_journey_canvas_activate_at (PoJourneyCanvas *self,
                               double           x,
                               double           y)
{
  PoJourneyHit hit;

  g_return_val_if_fail (PO_IS_JOURNEY_CANVAS (self), FALSE);

  if (!self->editable || !po_journey_canvas_hit (self, x, y, &hit))
    return FALSE;

  switch (hit.kind)
    {
    case PO_JOURNEY_HIT_LANE:
    case PO_JOURNEY_HIT_PHASE:
    case PO_JOURNEY_HIT_BADGE:
      if (hit.kind == PO_JOURNEY_HIT_BADGE)
        hit.kind = PO_JOURNEY_HIT_PHASE;
      return show_menu (self, &hit) || po_journey_canvas_begin_edit (self, &hit);
    case PO_JOURNEY_HIT_CELL:
    case PO_JOURNEY_HIT_TITLE:
      return po_journey_canvas_begin_edit (self, &hit);
    case PO_JOURNEY_HIT_NONE:
    case PO_JOURNEY_HIT_PERSONA:
    case PO_JOURNEY_HIT_EMOTION_POINT:
    default:
      return FALSE;
    }
}
