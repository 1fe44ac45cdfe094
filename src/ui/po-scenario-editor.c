/* po-scenario-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The assumptions of one scenario (DESIGN.md § 6). Every change of a
 * field is validated and saved at once as one undoable action; a value
 * the engine refuses stays in its field, marked, with the reason below
 * the group, and nothing is written.
 */

#define G_LOG_DOMAIN "po-scenario-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "po-format.h"
#include "po-scenario-editor.h"
#include "po-scenario-store.h"
#include "po-view-helpers.h"

typedef struct
{
  AdwExpanderRow *row;
  AdwComboRow    *action;
  AdwComboRow    *item;
  GtkSpinButton  *from;
  GtkSpinButton  *to;
  GtkSpinButton  *probability;
} StepUi;

struct _PoScenarioEditor
{
  AdwBin                parent_instance;

  guint refresh_id;

  PoStore              *store;
  PoHistory            *history;
  gint64                scenario_id;
  PoScenario           *scenario;
  GPtrArray            *tiers;          /* PoCatalogItem */
  GPtrArray            *addons;         /* PoCatalogItem */
  char                 *layout_key;
  guint                 updating;

  GPtrArray            *dynamic_rows;   /* (group, row) pairs */
  GHashTable           *churn_spins;    /* code → GtkSpinButton */
  GHashTable           *churn_clears;   /* code → GtkButton */
  GHashTable           *new_spins;      /* code → GtkSpinButton */
  GArray               *steps;          /* StepUi */

  AdwEntryRow          *name_row;
  AdwEntryRow          *start_row;
  GtkSpinButton        *months_spin;
  GtkLabel             *basics_error;
  AdwPreferencesGroup  *churn_group;
  AdwPreferencesGroup  *new_group;
  AdwPreferencesGroup  *path_group;
  GtkLabel             *path_error;
  AdwExpanderRow       *price_row;
  GtkSpinButton        *price_percent_spin;
  GtkSpinButton        *price_effective_spin;
  GtkSpinButton        *price_notice_spin;
  GtkSpinButton        *price_prepay_spin;
  GtkLabel             *price_error;
};

G_DEFINE_FINAL_TYPE (PoScenarioEditor, po_scenario_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_HISTORY,
  PROP_SCENARIO_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void po_scenario_editor_refresh (PoScenarioEditor *self);

/* Helpers */

static const char *
item_name (GPtrArray  *items,
           const char *code)
{
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      PoCatalogItem *item = g_ptr_array_index (items, i);

      if (g_strcmp0 (item->code, code) == 0)
        return item->name;
    }
  return code;
}

static int
item_index (GPtrArray  *items,
            const char *code)
{
  for (guint i = 0; items != NULL && i < items->len; i++)
    if (g_strcmp0 (((PoCatalogItem *) g_ptr_array_index (items, i))->code, code) == 0)
      return (int) i;
  return -1;
}

static GtkSpinButton *
spin_new (double      lower,
          double      upper,
          double      step,
          guint       digits,
          const char *name)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, step);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  if (name != NULL)
    gtk_widget_set_name (spin, name);
  return GTK_SPIN_BUTTON (spin);
}

static void
add_dynamic (PoScenarioEditor    *self,
             AdwPreferencesGroup *group,
             GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->dynamic_rows, g_object_ref (group));
  g_ptr_array_add (self->dynamic_rows, g_object_ref (row));
}

static void
clear_dynamic (PoScenarioEditor *self)
{
  for (guint i = 0; i + 1 < self->dynamic_rows->len; i += 2)
    adw_preferences_group_remove (g_ptr_array_index (self->dynamic_rows, i),
                                  g_ptr_array_index (self->dynamic_rows, i + 1));
  g_ptr_array_set_size (self->dynamic_rows, 0);
  g_hash_table_remove_all (self->churn_spins);
  g_hash_table_remove_all (self->churn_clears);
  g_hash_table_remove_all (self->new_spins);
  g_array_set_size (self->steps, 0);
}

static void
show_error (GtkLabel   *label,
            GtkWidget  *source,
            const char *message)
{
  gtk_label_set_label (label, message);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
  if (source != NULL)
    gtk_widget_add_css_class (source, "error");
}

static void
clear_errors (PoScenarioEditor *self)
{
  GtkLabel *labels[] = { self->basics_error, self->path_error, self->price_error };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    gtk_widget_set_visible (GTK_WIDGET (labels[i]), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->start_row), "error");
  for (guint i = 0; i < self->steps->len; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (g_array_index (self->steps, StepUi, i).row), "error");
}

/* Validates and saves @edited (consumed) as one undoable action. */
static gboolean
commit (PoScenarioEditor *self,
        PoScenario       *edited,
        GtkLabel         *error_label,
        GtkWidget        *source)
{
  g_autoptr(PoScenario) scenario = edited;
  g_autoptr(GError) error = NULL;
  gint64 id = self->scenario_id;

  if (self->updating > 0 || self->store == NULL || id <= 0)
    return FALSE;

  clear_errors (self);
  if (!po_scenario_store_save (self->store, self->history, &id, scenario, &error))
    {
      show_error (error_label, source, error->message);
      return FALSE;
    }
  return TRUE;
}

static PoScenario *
edit_copy (PoScenarioEditor *self)
{
  return po_scenario_copy (self->scenario);
}

/* Fields */

static void
on_name_apply (PoScenarioEditor *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  if (self->scenario == NULL)
    return;
  if (name[0] == '\0')
    {
      clear_errors (self);
      show_error (self->basics_error, GTK_WIDGET (self->name_row), _("A scenario needs a name."));
      return;
    }
  commit (self, po_scenario_edit_copy (self->scenario, name, po_scenario_get_start_month (self->scenario)),
          self->basics_error, GTK_WIDGET (self->name_row));
}

static void
on_start_apply (PoScenarioEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->start_row));
  int month = 0;

  if (self->scenario == NULL)
    return;
  if (!po_scenario_month_index_parse (text, &month))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a month; write it as YYYY-MM, e.g. 2026-11."), text);

      clear_errors (self);
      show_error (self->basics_error, GTK_WIDGET (self->start_row), message);
      return;
    }
  commit (self, po_scenario_edit_copy (self->scenario, NULL, month),
          self->basics_error, GTK_WIDGET (self->start_row));
}

static void
on_months_changed (PoScenarioEditor *self)
{
  PoScenario *copy;

  if (self->scenario == NULL || self->updating)
    return;
  copy = edit_copy (self);
  po_scenario_set_months (copy, gtk_spin_button_get_value_as_int (self->months_spin));
  commit (self, copy, self->basics_error, GTK_WIDGET (self->months_spin));
}

static void
on_churn_changed (GtkSpinButton    *spin,
                  PoScenarioEditor *self)
{
  const char *code = g_object_get_data (G_OBJECT (spin), "code");
  PoScenario *copy;

  if (self->scenario == NULL || self->updating)
    return;
  copy = edit_copy (self);
  po_scenario_set_churn (copy, code, gtk_spin_button_get_value (spin) / 100.0);
  commit (self, copy, self->basics_error, GTK_WIDGET (spin));
}

static void
on_churn_clear (GtkButton        *button,
                PoScenarioEditor *self)
{
  PoScenario *copy;

  if (self->scenario == NULL)
    return;
  copy = edit_copy (self);
  po_scenario_edit_unset_churn (copy, g_object_get_data (G_OBJECT (button), "code"));
  commit (self, copy, self->basics_error, NULL);
}

static void
on_new_changed (GtkSpinButton    *spin,
                PoScenarioEditor *self)
{
  const char *code = g_object_get_data (G_OBJECT (spin), "code");
  double value = gtk_spin_button_get_value (spin);
  PoScenario *copy;

  if (self->scenario == NULL || self->updating)
    return;
  copy = edit_copy (self);
  if (value > 0)
    po_scenario_set_new_per_month (copy, code, value);
  else
    po_scenario_edit_unset_new (copy, code);
  commit (self, copy, self->basics_error, GTK_WIDGET (spin));
}

static void
on_price_changed (PoScenarioEditor *self)
{
  PoScenario *copy;

  if (self->scenario == NULL || self->updating)
    return;
  copy = edit_copy (self);
  if (adw_expander_row_get_enable_expansion (self->price_row))
    {
      PoScenarioPriceChange change = {
        .percent = gtk_spin_button_get_value (self->price_percent_spin),
        .effective_month = gtk_spin_button_get_value_as_int (self->price_effective_spin),
        .notice_months = gtk_spin_button_get_value_as_int (self->price_notice_spin),
        .annual_prepay_share = gtk_spin_button_get_value (self->price_prepay_spin) / 100.0,
      };

      po_scenario_set_price_change (copy, &change);
    }
  else
    po_scenario_set_price_change (copy, NULL);
  commit (self, copy, self->price_error, NULL);
}

static void
on_price_toggled (PoScenarioEditor *self)
{
  on_price_changed (self);
}

/* Path steps */

static void
on_step_changed (GtkWidget        *widget,
                 GParamSpec       *pspec,
                 PoScenarioEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "step"));
  const StepUi *ui;
  const PoScenarioPathStep *old;
  g_autoptr(PoScenarioPathStep) step = NULL;
  PoPlanAction action;
  GPtrArray *items;
  guint selected;
  PoScenario *copy;

  if (self->scenario == NULL || self->updating || index >= self->steps->len)
    return;
  ui = &g_array_index (self->steps, StepUi, index);
  old = po_scenario_get_step (self->scenario, index);
  action = adw_combo_row_get_selected (ui->action) == 0 ? PO_ACTION_UPGRADE : PO_ACTION_ADD;
  items = action == PO_ACTION_UPGRADE ? self->tiers : self->addons;
  selected = adw_combo_row_get_selected (ui->item);
  if (action != old->action || selected >= items->len)
    selected = 0;
  if (items->len == 0)
    return;

  step = po_scenario_path_step_new (action,
                                    ((PoCatalogItem *) g_ptr_array_index (items, selected))->code,
                                    gtk_spin_button_get_value_as_int (ui->from),
                                    gtk_spin_button_get_value_as_int (ui->to),
                                    gtk_spin_button_get_value (ui->probability) / 100.0);
  copy = edit_copy (self);
  po_scenario_edit_replace_step (copy, index, step);
  commit (self, copy, self->path_error, GTK_WIDGET (ui->row));
}

static void
on_step_spin_changed (GtkSpinButton    *spin,
                      PoScenarioEditor *self)
{
  on_step_changed (GTK_WIDGET (spin), NULL, self);
}

static void
on_remove_step (GtkButton        *button,
                PoScenarioEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "step"));
  PoScenario *copy;

  if (self->scenario == NULL || index >= po_scenario_get_n_steps (self->scenario))
    return;
  copy = edit_copy (self);
  po_scenario_edit_remove_step (copy, index);
  commit (self, copy, self->path_error, NULL);
}

static void
on_add_step_clicked (PoScenarioEditor *self)
{
  g_autoptr(PoScenarioPathStep) step = NULL;
  guint n;
  int from = 6, top_tier = -1;
  PoScenario *copy;

  if (self->scenario == NULL)
    return;
  n = po_scenario_get_n_steps (self->scenario);
  for (guint i = 0; i < n; i++)
    {
      const PoScenarioPathStep *s = po_scenario_get_step (self->scenario, i);

      from = MAX (from, s->to_month);
      if (s->action == PO_ACTION_UPGRADE)
        top_tier = MAX (top_tier, item_index (self->tiers, s->item));
    }

  /* The next tier up, else the first add-on. */
  if (top_tier + 1 < (int) self->tiers->len)
    step = po_scenario_path_step_new (PO_ACTION_UPGRADE,
                                      ((PoCatalogItem *) g_ptr_array_index (self->tiers, top_tier + 1))->code,
                                      from, from + 12, 0.3);
  else if (self->addons->len > 0)
    step = po_scenario_path_step_new (PO_ACTION_ADD,
                                      ((PoCatalogItem *) g_ptr_array_index (self->addons, 0))->code,
                                      from, from + 12, 0.3);
  else
    return;

  copy = edit_copy (self);
  po_scenario_add_step (copy, step);
  commit (self, copy, self->path_error, NULL);
}

static void
on_template_clicked (PoScenarioEditor *self)
{
  const PoScenarioTemplateStep *template;
  PoScenario *copy;
  guint n = 0;

  if (self->scenario == NULL)
    return;
  copy = edit_copy (self);
  while (po_scenario_get_n_steps (copy) > 0)
    po_scenario_edit_remove_step (copy, 0);
  template = po_scenario_template_path (&n);
  for (guint i = 0; i < n; i++)
    {
      GPtrArray *items = template[i].action == PO_ACTION_UPGRADE ? self->tiers : self->addons;
      g_autoptr(PoScenarioPathStep) step = NULL;

      if (item_index (items, template[i].item) < 0)
        continue;
      step = po_scenario_path_step_new (template[i].action, template[i].item, template[i].from_month,
                                        template[i].to_month, template[i].probability);
      po_scenario_add_step (copy, step);
    }
  commit (self, copy, self->path_error, NULL);
}

/* Building */

static GtkStringList *
names_model (GPtrArray *items)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < items->len; i++)
    gtk_string_list_append (list, ((PoCatalogItem *) g_ptr_array_index (items, i))->name);
  return list;
}

static GtkWidget *
spin_row (const char    *title,
          const char    *subtitle,
          GtkSpinButton *spin)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (spin));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (spin));
  return row;
}

static void
build_rates (PoScenarioEditor *self)
{
  GtkSpinButton *spin;
  GtkWidget *row;

  spin = spin_new (0, 100, 0.1, 1, "churn-default");
  g_object_set_data_full (G_OBJECT (spin), "code", g_strdup ("default"), g_free);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_churn_changed), self);
  row = spin_row (_("Default (%)"), _("Every tier without its own rate"), spin);
  add_dynamic (self, self->churn_group, row);
  g_hash_table_insert (self->churn_spins, g_strdup ("default"), spin);

  for (guint i = 0; i < self->tiers->len; i++)
    {
      PoCatalogItem *tier = g_ptr_array_index (self->tiers, i);
      g_autofree char *name = g_strdup_printf ("churn-%s", tier->code);
      g_autofree char *new_name = g_strdup_printf ("new-%s", tier->code);
      g_autofree char *title = g_strdup_printf (_("%s (%%)"), tier->name);
      GtkWidget *clear = gtk_button_new_from_icon_name ("edit-clear-symbolic");

      spin = spin_new (0, 100, 0.1, 1, name);
      g_object_set_data_full (G_OBJECT (spin), "code", g_strdup (tier->code), g_free);
      g_signal_connect (spin, "value-changed", G_CALLBACK (on_churn_changed), self);
      row = spin_row (title, NULL, spin);
      gtk_widget_set_valign (clear, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (clear, "flat");
      gtk_widget_set_tooltip_text (clear, _("Use the default rate"));
      g_object_set_data_full (G_OBJECT (clear), "code", g_strdup (tier->code), g_free);
      g_signal_connect (clear, "clicked", G_CALLBACK (on_churn_clear), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), clear);
      add_dynamic (self, self->churn_group, row);
      g_hash_table_insert (self->churn_spins, g_strdup (tier->code), spin);
      g_hash_table_insert (self->churn_clears, g_strdup (tier->code), clear);

      spin = spin_new (0, 10000, 0.5, 2, new_name);
      g_object_set_data_full (G_OBJECT (spin), "code", g_strdup (tier->code), g_free);
      g_signal_connect (spin, "value-changed", G_CALLBACK (on_new_changed), self);
      row = spin_row (tier->name, NULL, spin);
      add_dynamic (self, self->new_group, row);
      g_hash_table_insert (self->new_spins, g_strdup (tier->code), spin);
    }
}

static void
build_steps (PoScenarioEditor *self)
{
  guint n = po_scenario_get_n_steps (self->scenario);

  for (guint i = 0; i < n; i++)
    {
      const PoScenarioPathStep *step = po_scenario_get_step (self->scenario, i);
      GPtrArray *items = step->action == PO_ACTION_UPGRADE ? self->tiers : self->addons;
      g_autoptr(GtkStringList) actions = gtk_string_list_new (NULL);
      g_autoptr(GtkStringList) names = names_model (items);
      GtkWidget *remove = gtk_button_new_with_label (_("Remove Step"));
      GtkWidget *remove_row = adw_action_row_new ();
      StepUi ui;

      gtk_string_list_append (actions, _("Upgrade to a tier"));
      gtk_string_list_append (actions, _("Add an add-on"));

      ui.row = ADW_EXPANDER_ROW (adw_expander_row_new ());
      ui.action = ADW_COMBO_ROW (adw_combo_row_new ());
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (ui.action), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (ui.action), _("Action"));
      adw_combo_row_set_model (ui.action, G_LIST_MODEL (actions));
      ui.item = ADW_COMBO_ROW (adw_combo_row_new ());
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (ui.item), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (ui.item),
                                     step->action == PO_ACTION_UPGRADE ? _("Tier") : _("Add-on"));
      adw_combo_row_set_model (ui.item, G_LIST_MODEL (names));
      ui.from = spin_new (0, 240, 1, 0, NULL);
      ui.to = spin_new (0, 240, 1, 0, NULL);
      ui.probability = spin_new (0, 100, 5, 0, NULL);

      adw_expander_row_add_row (ui.row, GTK_WIDGET (ui.action));
      adw_expander_row_add_row (ui.row, GTK_WIDGET (ui.item));
      adw_expander_row_add_row (ui.row, spin_row (_("From month"), _("Account age when the window opens"), ui.from));
      adw_expander_row_add_row (ui.row, spin_row (_("To month"), _("Account age when it closes"), ui.to));
      adw_expander_row_add_row (ui.row, spin_row (_("Probability (%)"), _("Chance of the step within its window"), ui.probability));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "destructive-action");
      adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
      adw_expander_row_add_row (ui.row, remove_row);

      g_object_set_data (G_OBJECT (ui.action), "step", GUINT_TO_POINTER (i));
      g_object_set_data (G_OBJECT (ui.item), "step", GUINT_TO_POINTER (i));
      g_object_set_data (G_OBJECT (ui.from), "step", GUINT_TO_POINTER (i));
      g_object_set_data (G_OBJECT (ui.to), "step", GUINT_TO_POINTER (i));
      g_object_set_data (G_OBJECT (ui.probability), "step", GUINT_TO_POINTER (i));
      g_object_set_data (G_OBJECT (remove), "step", GUINT_TO_POINTER (i));
      g_signal_connect (ui.action, "notify::selected", G_CALLBACK (on_step_changed), self);
      g_signal_connect (ui.item, "notify::selected", G_CALLBACK (on_step_changed), self);
      g_signal_connect (ui.from, "value-changed", G_CALLBACK (on_step_spin_changed), self);
      g_signal_connect (ui.to, "value-changed", G_CALLBACK (on_step_spin_changed), self);
      g_signal_connect (ui.probability, "value-changed", G_CALLBACK (on_step_spin_changed), self);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_step), self);

      add_dynamic (self, self->path_group, GTK_WIDGET (ui.row));
      g_array_append_val (self->steps, ui);
    }
}

static char *
layout_key (PoScenarioEditor *self)
{
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < self->tiers->len; i++)
    g_string_append_printf (key, "%s=%s,", ((PoCatalogItem *) g_ptr_array_index (self->tiers, i))->code,
                            ((PoCatalogItem *) g_ptr_array_index (self->tiers, i))->name);
  for (guint i = 0; i < self->addons->len; i++)
    g_string_append_printf (key, "%s=%s,", ((PoCatalogItem *) g_ptr_array_index (self->addons, i))->code,
                            ((PoCatalogItem *) g_ptr_array_index (self->addons, i))->name);
  g_string_append_c (key, '|');
  for (guint i = 0; self->scenario && i < po_scenario_get_n_steps (self->scenario); i++)
    g_string_append_c (key, po_scenario_get_step (self->scenario, i)->action == PO_ACTION_UPGRADE ? 'u' : 'a');
  return g_string_free (key, FALSE);
}

static void
sync_values (PoScenarioEditor *self)
{
  const PoScenarioPriceChange *change = po_scenario_get_price_change (self->scenario);
  g_autofree char *start = po_scenario_month_index_format (po_scenario_get_start_month (self->scenario));
  GHashTableIter iter;
  gpointer key, value;

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), po_scenario_get_name (self->scenario));
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), start);
  gtk_spin_button_set_value (self->months_spin, po_scenario_get_months (self->scenario));

  g_hash_table_iter_init (&iter, self->churn_spins);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gboolean is_default = g_str_equal (key, "default");
      gboolean own = is_default || po_scenario_has_churn (self->scenario, key);
      GtkWidget *clear = g_hash_table_lookup (self->churn_clears, key);
      GtkWidget *row = gtk_widget_get_ancestor (value, ADW_TYPE_ACTION_ROW);

      gtk_spin_button_set_value (value, 100.0 * po_scenario_get_churn (self->scenario, is_default ? NULL : key));
      if (clear != NULL)
        gtk_widget_set_visible (clear, own);
      if (!is_default && row != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), own ? _("Own rate") : _("Uses the default"));
    }

  g_hash_table_iter_init (&iter, self->new_spins);
  while (g_hash_table_iter_next (&iter, &key, &value))
    gtk_spin_button_set_value (value, po_scenario_get_new_per_month (self->scenario, key));

  for (guint i = 0; i < self->steps->len; i++)
    {
      const StepUi *ui = &g_array_index (self->steps, StepUi, i);
      const PoScenarioPathStep *step = po_scenario_get_step (self->scenario, i);
      GPtrArray *items = step->action == PO_ACTION_UPGRADE ? self->tiers : self->addons;
      g_autofree char *title = step->action == PO_ACTION_UPGRADE
        ? g_strdup_printf (_("Upgrade to %s"), item_name (items, step->item))
        : g_strdup_printf (_("Add %s"), item_name (items, step->item));
      g_autofree char *subtitle = g_strdup_printf (_("Months %d–%d · %.0f %%"), step->from_month,
                                                   step->to_month, 100.0 * step->probability);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (ui->row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (ui->row), title);
      adw_expander_row_set_subtitle (ui->row, subtitle);
      adw_combo_row_set_selected (ui->action, step->action == PO_ACTION_UPGRADE ? 0 : 1);
      adw_combo_row_set_selected (ui->item, MAX (item_index (items, step->item), 0));
      gtk_spin_button_set_value (ui->from, step->from_month);
      gtk_spin_button_set_value (ui->to, step->to_month);
      gtk_spin_button_set_value (ui->probability, 100.0 * step->probability);
    }

  adw_expander_row_set_enable_expansion (self->price_row, change != NULL);
  if (change != NULL)
    {
      gtk_spin_button_set_value (self->price_percent_spin, change->percent);
      gtk_spin_button_set_value (self->price_effective_spin, change->effective_month);
      gtk_spin_button_set_value (self->price_notice_spin, change->notice_months);
      gtk_spin_button_set_value (self->price_prepay_spin, 100.0 * change->annual_prepay_share);
    }
  else
    {
      gtk_spin_button_set_value (self->price_percent_spin, 5);
      gtk_spin_button_set_value (self->price_effective_spin, MIN (12, po_scenario_get_months (self->scenario)));
      gtk_spin_button_set_value (self->price_notice_spin, 3);
      gtk_spin_button_set_value (self->price_prepay_spin, 30);
    }
}

static int
compare_price (gconstpointer a,
               gconstpointer b)
{
  const PoCatalogItem *x = *(PoCatalogItem * const *) a;
  const PoCatalogItem *y = *(PoCatalogItem * const *) b;

  return (x->mrr_cents > y->mrr_cents) - (x->mrr_cents < y->mrr_cents);
}

static void
po_scenario_editor_refresh (PoScenarioEditor *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *key = NULL;

  g_clear_pointer (&self->scenario, po_scenario_unref);
  g_ptr_array_set_size (self->tiers, 0);
  g_ptr_array_set_size (self->addons, 0);

  if (self->store != NULL && self->scenario_id > 0)
    self->scenario = po_scenario_store_load (self->store, self->scenario_id, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self), self->scenario != NULL);
  if (self->scenario == NULL)
    {
      clear_dynamic (self);
      g_clear_pointer (&self->layout_key, g_free);
      return;
    }

  items = po_store_list_catalog_item (self->store, 0, NULL);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      PoCatalogItem *item = g_ptr_array_index (items, i);

      g_ptr_array_add (item->kind == PO_ITEM_TIER ? self->tiers : self->addons,
                       po_record_copy (&po_catalog_item_class, item));
    }
  /* Tiers by price: the order of the ladder. */
  g_ptr_array_sort (self->tiers, compare_price);

  self->updating++;
  key = layout_key (self);
  if (g_strcmp0 (key, self->layout_key) != 0)
    {
      clear_dynamic (self);
      build_rates (self);
      build_steps (self);
      g_free (self->layout_key);
      self->layout_key = g_steal_pointer (&key);
    }
  sync_values (self);
  self->updating--;
}

static void
queue_refresh (PoScenarioEditor *self)
{
  po_view_queue_refresh (self, &self->refresh_id, (PoViewRefreshFunc) po_scenario_editor_refresh);
}

/* GObject */

static void
po_scenario_editor_dispose (GObject *object)
{
  PoScenarioEditor *self = PO_SCENARIO_EDITOR (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, queue_refresh, self);
  g_clear_object (&self->store);
  g_clear_object (&self->history);
  g_clear_pointer (&self->scenario, po_scenario_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), PO_TYPE_SCENARIO_EDITOR);

  G_OBJECT_CLASS (po_scenario_editor_parent_class)->dispose (object);
}

static void
po_scenario_editor_finalize (GObject *object)
{
  PoScenarioEditor *self = PO_SCENARIO_EDITOR (object);

  g_clear_pointer (&self->tiers, g_ptr_array_unref);
  g_clear_pointer (&self->addons, g_ptr_array_unref);
  g_clear_pointer (&self->dynamic_rows, g_ptr_array_unref);
  g_clear_pointer (&self->churn_spins, g_hash_table_unref);
  g_clear_pointer (&self->churn_clears, g_hash_table_unref);
  g_clear_pointer (&self->new_spins, g_hash_table_unref);
  g_clear_pointer (&self->steps, g_array_unref);
  g_free (self->layout_key);

  G_OBJECT_CLASS (po_scenario_editor_parent_class)->finalize (object);
}

static void
po_scenario_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PoScenarioEditor *self = PO_SCENARIO_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_SCENARIO_ID:
      g_value_set_int64 (value, self->scenario_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_scenario_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PoScenarioEditor *self = PO_SCENARIO_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      po_scenario_editor_set_store (self, g_value_get_object (value));
      break;
    case PROP_HISTORY:
      g_set_object (&self->history, g_value_get_object (value));
      break;
    case PROP_SCENARIO_ID:
      po_scenario_editor_set_scenario_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_scenario_editor_class_init (PoScenarioEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = po_scenario_editor_dispose;
  object_class->finalize = po_scenario_editor_finalize;
  object_class->get_property = po_scenario_editor_get_property;
  object_class->set_property = po_scenario_editor_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PO_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, PO_TYPE_HISTORY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCENARIO_ID] =
    g_param_spec_int64 ("scenario-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-scenario-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PoScenarioEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, PoScenarioEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, PoScenarioEditor, months_spin);
  gtk_widget_class_bind_template_child (widget_class, PoScenarioEditor, basics_error);
  gtk_widget_class_bind_template_child (widget_class, PoScenarioEditor, churn_group);
  gtk_widget_class_bind_template_child (widget_class, PoScenarioEditor, new_group);
  gtk_widget_class_bind_template_child (widget_class, PoScenarioEditor, path_group);
  gtk_widget_class_bind_template_child (widget_class, PoScenarioEditor, path_error);
  gtk_widget_class_bind_template_child (widget_class, PoScenarioEditor, price_row);
  gtk_widget_class_bind_template_child (widget_class, PoScenarioEditor, price_percent_spin);
  gtk_widget_class_bind_template_child (widget_class, PoScenarioEditor, price_effective_spin);
  gtk_widget_class_bind_template_child (widget_class, PoScenarioEditor, price_notice_spin);
  gtk_widget_class_bind_template_child (widget_class, PoScenarioEditor, price_prepay_spin);
  gtk_widget_class_bind_template_child (widget_class, PoScenarioEditor, price_error);
  gtk_widget_class_bind_template_callback (widget_class, on_name_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_start_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_months_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_price_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_price_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_add_step_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_template_clicked);
}

static void
po_scenario_editor_init (PoScenarioEditor *self)
{
  self->tiers = g_ptr_array_new_with_free_func ((GDestroyNotify) po_catalog_item_free);
  self->addons = g_ptr_array_new_with_free_func ((GDestroyNotify) po_catalog_item_free);
  self->dynamic_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->churn_spins = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->churn_clears = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->new_spins = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->steps = g_array_new (FALSE, TRUE, sizeof (StepUi));

  self->updating++;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->updating--;
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
}

GtkWidget *
po_scenario_editor_new (void)
{
  return g_object_new (PO_TYPE_SCENARIO_EDITOR, NULL);
}

void
po_scenario_editor_set_store (PoScenarioEditor *self,
                              PoStore          *store)
{
  g_return_if_fail (PO_IS_SCENARIO_EDITOR (self));
  g_return_if_fail (store == NULL || PO_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, queue_refresh, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (queue_refresh),
                             self, G_CONNECT_SWAPPED);
  g_clear_pointer (&self->layout_key, g_free);
  po_scenario_editor_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
po_scenario_editor_set_history (PoScenarioEditor *self,
                                PoHistory        *history)
{
  g_return_if_fail (PO_IS_SCENARIO_EDITOR (self));

  g_set_object (&self->history, history);
}

void
po_scenario_editor_set_scenario_id (PoScenarioEditor *self,
                                    gint64            id)
{
  g_return_if_fail (PO_IS_SCENARIO_EDITOR (self));

  if (self->scenario_id == id)
    return;
  self->scenario_id = id;
  clear_errors (self);
  g_clear_pointer (&self->layout_key, g_free);
  po_scenario_editor_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENARIO_ID]);
}

gint64
po_scenario_editor_get_scenario_id (PoScenarioEditor *self)
{
  g_return_val_if_fail (PO_IS_SCENARIO_EDITOR (self), 0);

  return self->scenario_id;
}
