/* po-account-detail.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One account: KPIs, health explained, each track's phase timeline with
 * its exit criteria, the add-transition form with inline validation,
 * contacts, subscription lines, activity, churn and notes. The lists are
 * rebuilt from the store after every change (one account is small); the
 * forms keep their input.
 */

#define G_LOG_DOMAIN "po-account-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "po-account-actions.h"
#include "po-account-activity.h"
#include "po-account-detail-private.h"
#include "po-health-explain.h"
#include "po-view-helpers.h"

G_DEFINE_FINAL_TYPE (PoAccountDetail, po_account_detail, GTK_TYPE_WIDGET)

static void reload (PoAccountDetail *self);

void
_po_account_detail_toast (PoAccountDetail *self,
       const char      *text,
       gboolean         offer_undo)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "accounts.toast", "(sb)", text, offer_undo);
}

static const PoPhase *
find_phase (PoAccountDetail *self,
            const char      *code)
{
  for (guint i = 0; self->phases != NULL && i < self->phases->len; i++)
    {
      PoPhase *p = g_ptr_array_index (self->phases, i);

      if (g_strcmp0 (p->code, code) == 0)
        return p;
    }
  return NULL;
}

static const char *
phase_title (PoAccountDetail *self,
             const char      *code)
{
  const PoPhase *p = find_phase (self, code);

  return p != NULL ? p->title : code;
}

static void
unref_maybe (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
track_group (PoAccountDetail *self,
             GtkWidget       *widget)
{
  g_ptr_array_add (self->dynamic, NULL);
  g_ptr_array_add (self->dynamic, g_object_ref (widget));
}

void
_po_account_detail_group_row (PoAccountDetail     *self,
           AdwPreferencesGroup *group,
           GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->dynamic, g_object_ref (group));
  g_ptr_array_add (self->dynamic, g_object_ref (row));
}

static void
clear_dynamic (PoAccountDetail *self)
{
  for (guint i = 0; i + 1 < self->dynamic->len; i += 2)
    {
      GtkWidget *group = g_ptr_array_index (self->dynamic, i);
      GtkWidget *row = g_ptr_array_index (self->dynamic, i + 1);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
      else
        gtk_box_remove (self->tracks_box, row);
    }
  g_ptr_array_set_size (self->dynamic, 0);
}

GtkWidget *
_po_account_detail_new_row (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

void
_po_account_detail_add_suffix (GtkWidget  *row,
            const char *text,
            const char *css)
{
  GtkWidget *label = gtk_label_new (text);

  if (css != NULL)
    gtk_widget_add_css_class (label, css);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
}

/* Transitions */

static PoTransitionKind
kind_of (PoAccountDetail *self,
         const char      *previous,
         const char      *phase)
{
  const PoPhase *p = find_phase (self, phase), *q = find_phase (self, previous);
  const PoPhase *first = self->phases != NULL && self->phases->len > 0 ? g_ptr_array_index (self->phases, 0) : NULL;

  if (previous == NULL || p == NULL || q == NULL)
    return PO_TRANSITION_START;
  if (p->position == q->position + 1)
    return PO_TRANSITION_FORWARD;
  if (p->position > q->position + 1)
    return PO_TRANSITION_SKIP;
  if (first != NULL && p->position == first->position)
    return PO_TRANSITION_RESTART;
  return PO_TRANSITION_REGRESSION;
}

static void
on_criterion_toggled (GtkCheckButton  *check,
                      PoAccountDetail *self)
{
  g_autoptr(GError) error = NULL;
  gint64 track = *(gint64 *) g_object_get_data (G_OBJECT (check), "po-track");
  const char *phase = g_object_get_data (G_OBJECT (check), "po-phase");
  const char *code = g_object_get_data (G_OBJECT (check), "po-code");
  gboolean active = gtk_check_button_get_active (check);

  if (!po_account_actions_set_criterion (self->history, track, phase, code,
                                         active ? po_day_today () : PO_DAY_NONE, &error))
    _po_account_detail_toast (self, error->message, FALSE);
}

static void
add_criteria (PoAccountDetail     *self,
              AdwPreferencesGroup *group,
              PoTrack             *track,
              const char          *current)
{
  g_autoptr(GPtrArray) done = po_store_list_track_criterion (self->store, track->id, NULL);
  g_autoptr(GPtrArray) criteria = po_store_list_where (self->store, &po_exit_criterion_class, "model",
                                                       self->settings.phase_model, NULL);

  for (guint p = 0; self->phases != NULL && p < self->phases->len; p++)
    {
      PoPhase *phase = g_ptr_array_index (self->phases, p);
      GtkWidget *expander = NULL;
      guint n = 0, n_done = 0;

      for (guint i = 0; criteria != NULL && i < criteria->len; i++)
        {
          PoExitCriterion *c = g_ptr_array_index (criteria, i);
          PoDay done_on = PO_DAY_NONE;
          g_autofree char *subtitle = NULL;
          GtkWidget *row, *check;

          if (g_strcmp0 (c->phase, phase->code) != 0)
            continue;
          if (expander == NULL)
            {
              expander = adw_expander_row_new ();
              adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), g_strcmp0 (phase->code, current) == 0);
            }
          for (guint d = 0; done != NULL && d < done->len; d++)
            {
              PoTrackCriterion *tc = g_ptr_array_index (done, d);

              if (g_strcmp0 (tc->phase, c->phase) == 0 && g_strcmp0 (tc->code, c->code) == 0)
                done_on = tc->done_on;
            }
          if (done_on != PO_DAY_NONE)
            {
              g_autofree char *day = po_day_format (done_on);

              /* TRANSLATORS: an exit criterion's completion, "done on 2026-02-20" */
              subtitle = g_strdup_printf (_("done on %s"), day);
              n_done++;
            }
          n++;
          row = _po_account_detail_new_row (c->title, subtitle);
          check = gtk_check_button_new ();
          gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), done_on != PO_DAY_NONE);
          g_object_set_data_full (G_OBJECT (check), "po-track", g_memdup2 (&track->id, sizeof track->id), g_free);
          g_object_set_data_full (G_OBJECT (check), "po-phase", g_strdup (c->phase), g_free);
          g_object_set_data_full (G_OBJECT (check), "po-code", g_strdup (c->code), g_free);
          g_signal_connect (check, "toggled", G_CALLBACK (on_criterion_toggled), self);
          gtk_widget_set_name (check, c->code);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
        }
      if (expander != NULL)
        {
          /* TRANSLATORS: "Exit criteria: Onboarding" */
          g_autofree char *title = g_strdup_printf (_("Exit criteria: %s"), phase->title);
          /* TRANSLATORS: "3 of 5 done" */
          g_autofree char *subtitle = g_strdup_printf (_("%u of %u done"), n_done, n);

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
          adw_preferences_group_add (group, expander);
        }
    }
}

static void
load_tracks (PoAccountDetail *self,
             GtkStringList   *names)
{
  g_autoptr(GPtrArray) tracks = po_store_list_track (self->store, self->account_id, NULL);

  g_array_set_size (self->track_ids, 0);
  g_ptr_array_set_size (self->track_phases, 0);
  for (guint t = 0; tracks != NULL && t < tracks->len; t++)
    {
      PoTrack *track = g_ptr_array_index (tracks, t);
      g_autoptr(GPtrArray) transitions = po_store_list_transition (self->store, track->id, NULL);
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      const char *previous = NULL;
      g_autofree char *title = NULL;
      g_autofree char *description = NULL;

      g_array_append_val (self->track_ids, track->id);
      gtk_string_list_append (names, track->name);
      /* TRANSLATORS: a track's heading, "Journey: Finance" */
      title = g_strdup_printf (_("Journey: %s"), track->name);
      adw_preferences_group_set_title (group, title);
      for (guint i = 0; transitions != NULL && i < transitions->len; i++)
        {
          PoTransition *tr = g_ptr_array_index (transitions, i);
          PoTransitionKind kind = kind_of (self, previous, tr->phase);
          g_autofree char *day = po_day_format (tr->on_date);
          g_autofree char *subtitle = *tr->reason ? g_strdup_printf ("%s · %s", day, tr->reason) : g_strdup (day);
          GtkWidget *row = _po_account_detail_new_row (phase_title (self, tr->phase), subtitle);
          gboolean back = kind == PO_TRANSITION_REGRESSION || kind == PO_TRANSITION_RESTART;

          _po_account_detail_add_suffix (row, po_enum_label (&po_transition_enum, kind), back ? "error" : "dim-label");
          if (back)
            {
              GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

              gtk_widget_add_css_class (icon, "error");
              adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
            }
          adw_preferences_group_add (group, row);
          previous = tr->phase;
        }
      if (previous != NULL)
        {
          PoTransition *last = g_ptr_array_index (transitions, transitions->len - 1);
          g_autofree char *since = po_day_format (last->on_date);

          /* TRANSLATORS: "Now in Adoption since 2026-03-01" */
          description = g_strdup_printf (_("Now in %s since %s"), phase_title (self, previous), since);
          adw_preferences_group_set_description (group, description);
        }
      g_ptr_array_add (self->track_phases, g_strdup (previous));
      add_criteria (self, group, track, previous);
      gtk_box_append (self->tracks_box, GTK_WIDGET (group));
      track_group (self, GTK_WIDGET (group));
    }
}

static gint64
selected_track (PoAccountDetail *self)
{
  guint i = adw_combo_row_get_selected (self->track_row);

  return i < self->track_ids->len ? g_array_index (self->track_ids, gint64, i) : 0;
}

static const char *
selected_phase (PoAccountDetail *self)
{
  guint i = adw_combo_row_get_selected (self->phase_row);

  return self->phases != NULL && i < self->phases->len ? ((PoPhase *) g_ptr_array_index (self->phases, i))->code : NULL;
}

static gboolean
validate_transition (PoAccountDetail *self)
{
  g_autoptr(GError) error = NULL;
  PoDay day = PO_DAY_NONE;
  PoTransitionKind kind = PO_TRANSITION_START;
  gboolean ok, date_bad, phase_bad;

  if (self->store == NULL || self->account_id == 0)
    return FALSE;
  po_day_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &day);
  ok = po_account_actions_validate_transition (self->store, selected_track (self), day,
                                               selected_phase (self), &kind, &error);
  date_bad = !ok && (error->code == PO_ACTION_ERROR_DATE || error->code == PO_ACTION_ERROR_DATE_ORDER);
  phase_bad = !ok && (error->code == PO_ACTION_ERROR_PHASE || error->code == PO_ACTION_ERROR_SAME_PHASE);
  (date_bad ? gtk_widget_add_css_class : gtk_widget_remove_css_class) (GTK_WIDGET (self->date_row), "error");
  (phase_bad ? gtk_widget_add_css_class : gtk_widget_remove_css_class) (GTK_WIDGET (self->phase_row), "error");
  if (ok)
    {
      gboolean back = kind == PO_TRANSITION_REGRESSION || kind == PO_TRANSITION_RESTART;
      g_autofree char *text = g_strdup_printf (_("Kind of transition: %s"), po_enum_label (&po_transition_enum, kind));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->transition_status_row), text);
      (back ? gtk_widget_add_css_class : gtk_widget_remove_css_class) (GTK_WIDGET (self->transition_status_row), "error");
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->transition_status_row), error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->transition_status_row), "error");
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_transition_button), ok);
  return ok;
}

/* The form proposes the phase after the track's current one. */
static void
select_next_phase (PoAccountDetail *self)
{
  guint track = adw_combo_row_get_selected (self->track_row);
  const PoPhase *current;

  if (track < self->track_phases->len &&
      (current = find_phase (self, g_ptr_array_index (self->track_phases, track))) != NULL)
    for (guint i = 0; self->phases != NULL && i < self->phases->len; i++)
      if (g_ptr_array_index (self->phases, i) == current)
        adw_combo_row_set_selected (self->phase_row, MIN (i + 1, self->phases->len - 1));
  validate_transition (self);
}

static void
on_add_transition (PoAccountDetail *self)
{
  g_autoptr(GError) error = NULL;
  PoDay day = PO_DAY_NONE;

  if (!validate_transition (self))
    return;
  po_day_parse (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &day);
  if (po_account_actions_add_transition (self->history, selected_track (self), day, selected_phase (self),
                                         gtk_editable_get_text (GTK_EDITABLE (self->reason_row)), NULL,
                                         &error) == 0)
    {
      _po_account_detail_toast (self, error->message, FALSE);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), "");
  _po_account_detail_toast (self, _("Transition added"), TRUE);
}

/* Loading */

static void
set_kpi (PoAccountDetail *self,
         guint            i,
         const char      *value,
         const char      *caption,
         const char      *css)
{
  gtk_label_set_label (self->kpi_values[i], value);
  gtk_label_set_label (self->kpi_captions[i], caption != NULL ? caption : "");
  for (guint c = 0; c < 3; c++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->kpi_captions[i]), (const char *[]) { "error", "warning", "success" }[c]);
  if (css != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->kpi_captions[i]), css);
}

static void
set_kpis (PoAccountDetail *self,
          PoAccount       *account,
          gint64           mrr,
          PoAccountHealth *health)
{
  static const char * const band_css[] = { NULL, "error", "warning", "success" };
  g_autofree char *money = po_view_format_money (self->settings.currency, mrr);
  g_autofree char *score = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *renewal = NULL;
  g_autofree char *when = NULL;

  set_kpi (self, 0, money, _("Monthly recurring revenue today"), NULL);

  score = health->score >= 0 ? g_strdup_printf ("%d", health->score) : g_strdup ("—");
  if (health->has_trend)
    /* TRANSLATORS: health caption, "Yellow · ↘ −4 in 30 days" */
    caption = g_strdup_printf (_("%s · %s %+d in 30 days"), po_health_band_label (health->band),
                               health->trend > 0 ? "↗" : health->trend < 0 ? "↘" : "→", health->trend);
  else
    caption = g_strdup (po_health_band_label (health->band));
  set_kpi (self, 1, score, caption, band_css[health->band]);

  if (account->renewal_on != PO_DAY_NONE)
    {
      gint64 days = (gint64) account->renewal_on - po_day_today ();

      renewal = po_day_format (account->renewal_on);
      when = g_strdup_printf (days >= 0
                              ? g_dngettext (GETTEXT_PACKAGE, "in %d day · %s", "in %d days · %s", (gulong) days)
                              : g_dngettext (GETTEXT_PACKAGE, "%d day late · %s", "%d days late · %s", (gulong) -days),
                              (int) ABS (days), po_enum_label (&po_forecast_enum, account->renewal_forecast));
      set_kpi (self, 2, renewal, when,
               days < 0 || account->renewal_forecast == PO_FORECAST_AT_RISK ? "error"
               : account->renewal_forecast == PO_FORECAST_COMMIT ? "success" : NULL);
    }
  else
    set_kpi (self, 2, "—", _("No renewal date"), NULL);
}

static void
reload (PoAccountDetail *self)
{
  g_autoptr(PoAccount) account = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) phase_names = gtk_string_list_new (NULL);
  g_autofree char *subtitle = NULL;
  PoAccountHealth health = { 0 };
  guint track = adw_combo_row_get_selected (self->track_row);
  guint phase = adw_combo_row_get_selected (self->phase_row);
  gint64 mrr;

  clear_dynamic (self);
  if (self->store == NULL || self->account_id == 0 ||
      (account = po_store_get_account (self->store, self->account_id, NULL)) == NULL)
    {
      adw_window_title_set_title (self->window_title, "");
      return;
    }

  po_settings_clear (&self->settings);
  po_settings_load (&self->settings, self->store, NULL);
  g_clear_pointer (&self->phases, g_ptr_array_unref);
  self->phases = po_store_list_where (self->store, &po_phase_class, "model", self->settings.phase_model, NULL);
  for (guint i = 0; self->phases != NULL && i < self->phases->len; i++)
    gtk_string_list_append (phase_names, ((PoPhase *) g_ptr_array_index (self->phases, i))->title);

  adw_window_title_set_title (self->window_title, account->name);
  /* TRANSLATORS: "SMB · Tech touch · Jana · signed 2025-01-15" */
  {
    g_autofree char *signed_on = po_day_format (account->signed_on);

    subtitle = g_strdup_printf (_("%s · %s · %s · signed %s"),
                                po_enum_label (&po_segment_enum, account->segment),
                                po_enum_label (&po_touch_enum, account->touch),
                                *account->owner ? account->owner : _("no owner"), signed_on);
  }
  adw_window_title_set_subtitle (self->window_title, subtitle);

  load_tracks (self, names);
  adw_combo_row_set_model (self->track_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->track_row, track < self->track_ids->len ? track : 0);
  adw_combo_row_set_model (self->phase_row, G_LIST_MODEL (phase_names));
  adw_combo_row_set_selected (self->phase_row, phase != GTK_INVALID_LIST_POSITION ? phase : 0);
  _po_account_detail_load_contacts (self);
  mrr = _po_account_detail_load_lines (self);
  _po_account_detail_load_churn (self);
  po_account_activity_load (self->activity, self->history, self->account_id, self->settings.currency);

  if (!po_health_account_on (self->store, &self->settings, self->account_id, po_day_today (), &health, NULL))
    for (guint c = 0; c < PO_N_COMPONENTS; c++)
      health.components[c] = PO_HEALTH_MISSING;
  set_kpis (self, account, mrr, &health);
  po_health_explain_set_values (self->health_explain, &self->settings, health.components);
  po_account_health_clear (&health);

  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
    GtkTextIter start, end;
    g_autofree char *current = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    current = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    if (g_strcmp0 (current, account->notes) != 0)
      gtk_text_buffer_set_text (buffer, account->notes, -1);
  }
  validate_transition (self);
}

/* GObject */

static void
po_account_detail_dispose (GObject *object)
{
  PoAccountDetail *self = (PoAccountDetail *) object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, reload, self);
  g_clear_pointer (&self->dynamic, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PO_TYPE_ACCOUNT_DETAIL);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL; )
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->history);
  g_clear_pointer (&self->phases, g_ptr_array_unref);
  g_clear_pointer (&self->track_ids, g_array_unref);
  g_clear_pointer (&self->track_phases, g_ptr_array_unref);
  po_settings_clear (&self->settings);

  G_OBJECT_CLASS (po_account_detail_parent_class)->dispose (object);
}

static void
po_account_detail_class_init (PoAccountDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = po_account_detail_dispose;

  g_type_ensure (PO_TYPE_HEALTH_EXPLAIN);
  g_type_ensure (PO_TYPE_ACCOUNT_ACTIVITY);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-account-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, PoAccountDetail, window_title);
  gtk_widget_class_bind_template_child (widget_class, PoAccountDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, PoAccountDetail, kpi_box);
  gtk_widget_class_bind_template_child (widget_class, PoAccountDetail, health_explain);
  gtk_widget_class_bind_template_child (widget_class, PoAccountDetail, tracks_box);
  gtk_widget_class_bind_template_child (widget_class, PoAccountDetail, track_row);
  gtk_widget_class_bind_template_child (widget_class, PoAccountDetail, phase_row);
  gtk_widget_class_bind_template_child (widget_class, PoAccountDetail, date_row);
  gtk_widget_class_bind_template_child (widget_class, PoAccountDetail, reason_row);
  gtk_widget_class_bind_template_child (widget_class, PoAccountDetail, transition_status_row);
  gtk_widget_class_bind_template_child (widget_class, PoAccountDetail, add_transition_button);
  gtk_widget_class_bind_template_child (widget_class, PoAccountDetail, contacts_group);
  gtk_widget_class_bind_template_child (widget_class, PoAccountDetail, lines_group);
  gtk_widget_class_bind_template_child (widget_class, PoAccountDetail, activity);
  gtk_widget_class_bind_template_child (widget_class, PoAccountDetail, churn_group);
  gtk_widget_class_bind_template_child (widget_class, PoAccountDetail, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, validate_transition);
  gtk_widget_class_bind_template_callback (widget_class, on_add_transition);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_save_notes", G_CALLBACK (_po_account_detail_on_save_notes));
}

static void
po_account_detail_init (PoAccountDetail *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autofree char *today = po_day_format (po_day_today ());
  const char *titles[3] = { _("MRR"), _("Health"), _("Renewal") };
  GtkWidget *button;

  gtk_widget_init_template (GTK_WIDGET (self));
  po_settings_init_defaults (&self->settings);
  self->track_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->track_phases = g_ptr_array_new_with_free_func (g_free);
  self->dynamic = g_ptr_array_new_with_free_func (unref_maybe);

  for (guint i = 0; i < 3; i++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *title = gtk_label_new (titles[i]);

      gtk_widget_add_css_class (card, "card");
      gtk_widget_set_margin_top (title, 14);
      gtk_widget_set_margin_start (title, 16);
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, "heading");
      gtk_widget_add_css_class (title, "dim-label");
      self->kpi_values[i] = GTK_LABEL (gtk_label_new ("—"));
      self->kpi_captions[i] = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (self->kpi_values[i], 0);
      gtk_label_set_xalign (self->kpi_captions[i], 0);
      gtk_widget_set_margin_start (GTK_WIDGET (self->kpi_values[i]), 16);
      gtk_widget_set_margin_start (GTK_WIDGET (self->kpi_captions[i]), 16);
      gtk_widget_set_margin_bottom (GTK_WIDGET (self->kpi_captions[i]), 14);
      gtk_widget_add_css_class (GTK_WIDGET (self->kpi_values[i]), "title-1");
      gtk_widget_add_css_class (GTK_WIDGET (self->kpi_values[i]), "numeric");
      gtk_box_append (GTK_BOX (card), title);
      gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->kpi_values[i]));
      gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->kpi_captions[i]));
      gtk_box_append (self->kpi_box, card);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  g_signal_connect_swapped (self->track_row, "notify::selected", G_CALLBACK (select_next_phase), self);
  g_signal_connect_swapped (self->phase_row, "notify::selected", G_CALLBACK (validate_transition), self);

  self->contact_entry = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->contact_entry), _("Add a champion by name"));
  adw_entry_row_set_show_apply_button (self->contact_entry, TRUE);
  g_signal_connect_swapped (self->contact_entry, "entry-activated", G_CALLBACK (_po_account_detail_on_add_contact), self);
  g_signal_connect_swapped (self->contact_entry, "apply", G_CALLBACK (_po_account_detail_on_add_contact), self);
  adw_preferences_group_add (self->contacts_group, GTK_WIDGET (self->contact_entry));

  self->churn_date_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->churn_date_row), _("Churn date (YYYY-MM-DD)"));
  gtk_editable_set_text (GTK_EDITABLE (self->churn_date_row), today);
  self->churn_category_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->churn_category_row), _("Category"));
  for (guint i = 0; i < po_churn_enum.n_values; i++)
    gtk_string_list_append (categories, po_enum_label (&po_churn_enum, i));
  adw_combo_row_set_model (self->churn_category_row, G_LIST_MODEL (categories));
  self->churn_reason_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->churn_reason_row), _("Reason"));
  button = gtk_button_new_with_mnemonic (_("_Record Churn"));
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (_po_account_detail_on_record_churn), self);
  adw_entry_row_add_suffix (self->churn_reason_row, button);
  adw_preferences_group_add (self->churn_group, GTK_WIDGET (self->churn_date_row));
  adw_preferences_group_add (self->churn_group, GTK_WIDGET (self->churn_category_row));
  adw_preferences_group_add (self->churn_group, GTK_WIDGET (self->churn_reason_row));
  adw_preferences_group_set_description (self->churn_group,
                                         _("Unintentional: billing or payment; avoidable: the product or the service could have kept them; structural: nothing could."));
}

GtkWidget *
po_account_detail_new (void)
{
  return g_object_new (PO_TYPE_ACCOUNT_DETAIL, NULL);
}

void
po_account_detail_set_context (PoAccountDetail *self,
                               PoStore         *store,
                               PoHistory       *history)
{
  g_return_if_fail (PO_IS_ACCOUNT_DETAIL (self));

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_func (self->store, reload, self);
      g_set_object (&self->store, store);
      if (store != NULL)
        g_signal_connect_object (store, "changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
      self->account_id = 0;
    }
  g_set_object (&self->history, history);
  reload (self);
}

gint64
po_account_detail_get_account_id (PoAccountDetail *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_DETAIL (self), 0);
  return self->account_id;
}

void
po_account_detail_set_account_id (PoAccountDetail *self,
                                  gint64           account_id)
{
  g_return_if_fail (PO_IS_ACCOUNT_DETAIL (self));

  if (self->account_id != account_id)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  if (self->account_id != account_id)
    {
      self->account_id = account_id;
      reload (self);
      select_next_phase (self);
      return;
    }
  reload (self);
}
