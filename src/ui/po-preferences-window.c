/* po-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-preferences-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "po-account-actions.h"
#include "po-defaults.h"
#include "po-phase-model.h"
#include "po-preferences-window.h"

struct _PoPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  PoStore              *store;
  PoHistory            *history;
  PoSettings            settings;
  GPtrArray            *rules;             /* PoSignalRule */
  GPtrArray            *models;            /* phase model codes */
  gboolean              loading;

  AdwPreferencesGroup  *weights_group;
  AdwPreferencesGroup  *bands_group;
  AdwPreferencesGroup  *signals_group;
  AdwPreferencesGroup  *lead_group;
  AdwPreferencesGroup  *workspace_group;

  GtkSpinButton        *weights[PO_N_COMPONENTS];
  GtkSpinButton        *red_below;
  GtkSpinButton        *yellow_below;
  GtkSpinButton        *stale_days;
  GtkSpinButton        *lead[PO_N_SEGMENTS];
  GtkSwitch           **rule_switches;
  GtkSpinButton       **rule_thresholds;
  AdwEntryRow          *currency_row;
  GtkSpinButton        *margin;
  AdwComboRow          *model_row;
};

G_DEFINE_FINAL_TYPE (PoPreferencesWindow, po_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void save (PoPreferencesWindow *self);

static GtkWidget *
row_of (GtkWidget *child)
{
  return gtk_widget_get_ancestor (child, ADW_TYPE_PREFERENCES_ROW);
}

static void
mark (GtkWidget *widget,
      gboolean   bad)
{
  GtkWidget *row = ADW_IS_PREFERENCES_ROW (widget) ? widget : row_of (widget);

  if (row != NULL)
    (bad ? gtk_widget_add_css_class : gtk_widget_remove_css_class) (row, "error");
}

static GtkSpinButton *
spin_row (PoPreferencesWindow *self,
          AdwPreferencesGroup *group,
          const char          *title,
          const char          *subtitle,
          double               lower,
          double               upper,
          double               step,
          guint                digits)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, step);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (group, row);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (save), self);
  return GTK_SPIN_BUTTON (spin);
}

static gboolean
validate (PoPreferencesWindow *self,
          PoSettings          *s)
{
  int total = 0;
  gboolean bands_ok, currency_ok;

  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    total += s->health_weights[c];
  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    mark (GTK_WIDGET (self->weights[c]), total == 0);
  bands_ok = s->red_below <= s->yellow_below;
  mark (GTK_WIDGET (self->red_below), !bands_ok);
  mark (GTK_WIDGET (self->yellow_below), !bands_ok);
  currency_ok = s->currency != NULL && strlen (s->currency) == 3;
  for (const char *p = s->currency; currency_ok && *p; p++)
    currency_ok = g_ascii_isupper (*p);
  mark (GTK_WIDGET (self->currency_row), !currency_ok);
  return total > 0 && bands_ok && currency_ok;
}

static void
save (PoPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  PoSettings s = self->settings;
  g_autofree char *currency = NULL;
  guint model;

  if (self->loading || self->history == NULL)
    return;
  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    s.health_weights[c] = gtk_spin_button_get_value_as_int (self->weights[c]);
  s.red_below = gtk_spin_button_get_value_as_int (self->red_below);
  s.yellow_below = gtk_spin_button_get_value_as_int (self->yellow_below);
  s.stale_after_days = gtk_spin_button_get_value_as_int (self->stale_days);
  for (guint g = 0; g < PO_N_SEGMENTS; g++)
    s.lead_time_days[g] = gtk_spin_button_get_value_as_int (self->lead[g]);
  currency = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (self->currency_row)), -1);
  s.currency = g_strstrip (currency);
  s.gross_margin = gtk_spin_button_get_value (self->margin) / 100.0;
  model = adw_combo_row_get_selected (self->model_row);
  if (model < self->models->len)
    s.phase_model = g_ptr_array_index (self->models, model);
  for (guint i = 0; i < self->rules->len; i++)
    {
      PoSignalRule *rule = g_ptr_array_index (self->rules, i);

      rule->enabled = gtk_switch_get_active (self->rule_switches[i]);
      rule->threshold = gtk_spin_button_get_value (self->rule_thresholds[i]);
    }
  if (!validate (self, &s))
    return;
  if (!po_account_actions_save_settings (self->history, &s, self->rules, &error))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
      return;
    }
  /* Keep our copy in step (its strings stay ours). */
  s.currency = self->settings.currency;
  s.phase_model = self->settings.phase_model;
  self->settings = s;
  g_free (self->settings.currency);
  self->settings.currency = g_strdup (currency);
  if (model < self->models->len)
    {
      g_free (self->settings.phase_model);
      self->settings.phase_model = g_strdup (g_ptr_array_index (self->models, model));
    }
}

static void
load (PoPreferencesWindow *self)
{
  g_autoptr(GPtrArray) models = NULL;
  g_autoptr(GtkStringList) model_titles = gtk_string_list_new (NULL);

  self->loading = TRUE;
  po_settings_clear (&self->settings);
  po_settings_load (&self->settings, self->store, NULL);
  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    gtk_spin_button_set_value (self->weights[c], self->settings.health_weights[c]);
  gtk_spin_button_set_value (self->red_below, self->settings.red_below);
  gtk_spin_button_set_value (self->yellow_below, self->settings.yellow_below);
  gtk_spin_button_set_value (self->stale_days, self->settings.stale_after_days);
  for (guint g = 0; g < PO_N_SEGMENTS; g++)
    gtk_spin_button_set_value (self->lead[g], self->settings.lead_time_days[g]);
  gtk_editable_set_text (GTK_EDITABLE (self->currency_row), self->settings.currency);
  gtk_spin_button_set_value (self->margin, self->settings.gross_margin * 100);

  models = po_store_list_phase_model (self->store, 0, NULL);
  g_ptr_array_set_size (self->models, 0);
  for (guint i = 0; models != NULL && i < models->len; i++)
    {
      PoPhaseModel *m = g_ptr_array_index (models, i);

      gtk_string_list_append (model_titles, m->title);
      g_ptr_array_add (self->models, g_strdup (m->code));
      if (g_strcmp0 (m->code, self->settings.phase_model) == 0)
        {
          adw_combo_row_set_model (self->model_row, G_LIST_MODEL (model_titles));
          adw_combo_row_set_selected (self->model_row, i);
        }
    }
  if (adw_combo_row_get_model (self->model_row) == NULL)
    adw_combo_row_set_model (self->model_row, G_LIST_MODEL (model_titles));

  self->rules = po_store_list_signal_rule (self->store, 0, NULL);
  if (self->rules == NULL)
    self->rules = g_ptr_array_new ();
  self->rule_switches = g_new0 (GtkSwitch *, self->rules->len + 1);
  self->rule_thresholds = g_new0 (GtkSpinButton *, self->rules->len + 1);
  for (guint i = 0; i < self->rules->len; i++)
    {
      PoSignalRule *rule = g_ptr_array_index (self->rules, i);
      const PoBuiltinSignalRule *builtin = po_builtin_signal_rule (rule->code);
      GtkWidget *sw = gtk_switch_new ();
      GtkSpinButton *spin;

      spin = spin_row (self, self->signals_group, builtin != NULL ? _(builtin->title) : rule->code,
                       builtin != NULL ? _(builtin->description) : NULL, -1000, 1000, 1, 0);
      gtk_spin_button_set_value (spin, rule->threshold);
      gtk_switch_set_active (GTK_SWITCH (sw), rule->enabled);
      gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (sw, _("Enabled"));
      g_signal_connect_swapped (sw, "notify::active", G_CALLBACK (save), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row_of (GTK_WIDGET (spin))), sw);
      self->rule_switches[i] = GTK_SWITCH (sw);
      self->rule_thresholds[i] = spin;
    }
  self->loading = FALSE;
}

static void
po_preferences_window_dispose (GObject *object)
{
  PoPreferencesWindow *self = (PoPreferencesWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PO_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->history);
  g_clear_pointer (&self->rules, g_ptr_array_unref);
  g_clear_pointer (&self->models, g_ptr_array_unref);
  g_clear_pointer (&self->rule_switches, g_free);
  g_clear_pointer (&self->rule_thresholds, g_free);
  po_settings_clear (&self->settings);

  G_OBJECT_CLASS (po_preferences_window_parent_class)->dispose (object);
}

static void
po_preferences_window_class_init (PoPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = po_preferences_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PoPreferencesWindow, weights_group);
  gtk_widget_class_bind_template_child (widget_class, PoPreferencesWindow, bands_group);
  gtk_widget_class_bind_template_child (widget_class, PoPreferencesWindow, signals_group);
  gtk_widget_class_bind_template_child (widget_class, PoPreferencesWindow, lead_group);
  gtk_widget_class_bind_template_child (widget_class, PoPreferencesWindow, workspace_group);
}

static void
po_preferences_window_init (PoPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  po_settings_init_defaults (&self->settings);
  self->models = g_ptr_array_new_with_free_func (g_free);
  self->loading = TRUE;

  for (guint c = 0; c < PO_N_COMPONENTS; c++)
    self->weights[c] = spin_row (self, self->weights_group, po_enum_label (&po_component_enum, c), NULL,
                                 0, 100, 1, 0);
  self->red_below = spin_row (self, self->bands_group, _("Red below"), _("Scores under this are red"), 0, 100, 1, 0);
  self->yellow_below = spin_row (self, self->bands_group, _("Yellow below"),
                                 _("Scores from red up to this are yellow; above, green"), 0, 100, 1, 0);
  self->stale_days = spin_row (self, self->bands_group, _("Samples stale after (days)"),
                               _("Older samples are left out of the score"), 1, 3650, 1, 0);
  for (guint g = 0; g < PO_N_SEGMENTS; g++)
    {
      g_autofree char *typical = NULL;
      PoRange range = po_segment_renewal_lead_days (g);

      /* TRANSLATORS: "typically 120–180 days" */
      typical = g_strdup_printf (_("typically %d–%d days"), range.min, range.max);
      self->lead[g] = spin_row (self, self->lead_group, po_enum_label (&po_segment_enum, g), typical, 0, 730, 1, 0);
    }
  self->currency_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->currency_row), _("Currency (ISO 4217, e.g. EUR)"));
  adw_entry_row_set_show_apply_button (self->currency_row, TRUE);
  g_signal_connect_swapped (self->currency_row, "apply", G_CALLBACK (save), self);
  g_signal_connect_swapped (self->currency_row, "entry-activated", G_CALLBACK (save), self);
  adw_preferences_group_add (self->workspace_group, GTK_WIDGET (self->currency_row));
  self->margin = spin_row (self, self->workspace_group, _("Gross margin (%)"),
                           _("Used for the customer lifetime value"), 0, 100, 1, 0);
  self->model_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->model_row), _("Phase model"));
  g_signal_connect_swapped (self->model_row, "notify::selected", G_CALLBACK (save), self);
  adw_preferences_group_add (self->workspace_group, GTK_WIDGET (self->model_row));
}

GtkWidget *
po_preferences_window_new (GtkWindow *parent,
                           PoStore   *store,
                           PoHistory *history)
{
  PoPreferencesWindow *self;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (history == NULL || PO_IS_HISTORY (history), NULL);

  self = g_object_new (PO_TYPE_PREFERENCES_WINDOW, "transient-for", parent, "modal", parent != NULL, NULL);
  self->store = g_object_ref (store);
  self->history = history != NULL ? g_object_ref (history) : po_history_new (store);
  load (self);
  return GTK_WIDGET (self);
}
