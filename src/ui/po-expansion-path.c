/* po-expansion-path.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per-account expansion paths (DESIGN.md § 6, seed 000): pick an
 * account, see its planned steps on a timeline against what really
 * happened in its subscription history, edit the steps (action, window,
 * probability, trigger) or apply the typical path; below, the
 * upgrade-trigger definitions across all accounts, editable.
 */

#define G_LOG_DOMAIN "po-expansion-path"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "po-chart-path.h"
#include "po-expansion-path.h"
#include "po-scenario-store.h"
#include "po-view-helpers.h"

#define MAX_AGE 72

struct _PoExpansionPath
{
  GtkBox               parent_instance;

  guint refresh_id;

  PoStore             *store;
  PoHistory           *history;
  gint64               account_id;
  GHashTable          *names;        /* key → name */
  GHashTable          *ids;          /* key → id */
  GPtrArray           *steps;        /* PoPlanStep of the account */
  gboolean             from_template;
  PoNumberStyle        numbers;

  /* timeline data */
  GArray              *chart_steps;  /* PoChartPathStep */
  GPtrArray           *labels;
  double               planned[MAX_AGE];
  double               actual[MAX_AGE];
  PoChartPath          path;
  char                *title;

  GtkStringList       *keys;
  GtkCustomFilter     *filter;
  GtkSingleSelection  *selection;
  GtkSearchEntry      *search;
  GtkLabel            *heading;
  GtkLabel            *caption;
  GtkDrawingArea      *timeline;
  AdwPreferencesGroup *steps_group;
  AdwPreferencesGroup *triggers_group;
  GPtrArray           *rows;         /* (group, row) pairs */
};

G_DEFINE_FINAL_TYPE (PoExpansionPath, po_expansion_path, GTK_TYPE_BOX)

static void po_expansion_path_refresh (PoExpansionPath *self);

static gint64
price_of (PoStore    *store,
          const char *code)
{
  g_autoptr(GPtrArray) rows = po_store_list_where (store, &po_catalog_item_class, "code", code, NULL);

  return rows && rows->len > 0 ? ((PoCatalogItem *) rows->pdata[0])->mrr_cents : 0;
}

static char *
item_label (PoStore    *store,
            const char *code)
{
  g_autoptr(GPtrArray) rows = po_store_list_where (store, &po_catalog_item_class, "code", code, NULL);

  return g_strdup (rows && rows->len > 0 ? ((PoCatalogItem *) rows->pdata[0])->name : code);
}

static char *
step_title (PoStore          *store,
            const PoPlanStep *step)
{
  g_autofree char *name = item_label (store, step->item);

  return step->action == PO_ACTION_UPGRADE ? g_strdup_printf (_("Upgrade to %s"), name)
                                           : g_strdup_printf (_("Add %s"), name);
}

/* Timeline data: actual MRR by age from the subscription lines, the
 * expected MRR of the plan (no churn: the path alone), and the age at
 * which each step's item first appeared. */
static void
build_timeline (PoExpansionPath *self,
                PoAccount       *account)
{
  g_autoptr(GPtrArray) lines = po_store_list_subscription_line (self->store, account->id, NULL);
  int signed_month = po_month_of_day (account->signed_on);
  int today_age = po_month_of_day (po_day_today ()) - signed_month;
  guint n = 13;
  double p[32] = { 1.0 };
  double mrr_k[32];
  const char *tier = NULL;
  gint64 tier_price = -1;
  guint n_steps = MIN (self->steps->len, 30), k0 = 0;

  for (guint i = 0; i < n_steps; i++)
    n = MAX (n, (guint) ((PoPlanStep *) self->steps->pdata[i])->to_month + 4);
  if (today_age >= 0)
    n = MAX (n, (guint) today_age + 2);
  n = MIN (n, MAX_AGE);

  for (guint a = 0; a < n; a++)
    {
      PoDay last = po_month_last_day (signed_month + a);
      double sum = 0;

      for (guint i = 0; i < lines->len; i++)
        {
          PoSubscriptionLine *l = lines->pdata[i];

          if (l->start_on <= last && (l->end_on == PO_DAY_NONE || l->end_on > last))
            {
              sum += l->mrr_cents;
              if (a == 0 || (tier == NULL && price_of (self->store, l->item) > 0))
                {
                  gint64 price = price_of (self->store, l->item);
                  g_autoptr(GPtrArray) kind = po_store_list_where (self->store, &po_catalog_item_class,
                                                                   "code", l->item, NULL);

                  if (kind && kind->len > 0 && ((PoCatalogItem *) kind->pdata[0])->kind == PO_ITEM_TIER &&
                      price > tier_price)
                    {
                      tier = ((PoCatalogItem *) kind->pdata[0])->code;
                      tier_price = price;
                    }
                }
            }
        }
      self->actual[a] = (int) a <= today_age ? sum : NAN;
    }

  /* The plan: k0 as the engine enters a path, then the chain of § 6. */
  for (guint j = 0; j < n_steps; j++)
    {
      PoPlanStep *s = self->steps->pdata[j];

      if (s->action == PO_ACTION_UPGRADE && tier != NULL && price_of (self->store, s->item) <= tier_price)
        k0 = j + 1;
    }
  mrr_k[k0] = isfinite (self->actual[0]) && self->actual[0] > 0 ? self->actual[0] : MAX (tier_price, 0);
  {
    gint64 held = MAX (tier_price, 0);

    for (guint j = k0; j < n_steps; j++)
      {
        PoPlanStep *s = self->steps->pdata[j];
        gint64 price = price_of (self->store, s->item);

        mrr_k[j + 1] = mrr_k[j] + (s->action == PO_ACTION_UPGRADE ? price - held : price);
        if (s->action == PO_ACTION_UPGRADE)
          held = price;
      }
  }
  memset (p, 0, sizeof p);
  p[k0] = 1.0;
  for (guint a = 0; a < n; a++)
    {
      double expected = 0;

      for (int k = (int) n_steps - 1; a > 0 && k >= (int) k0; k--)
        {
          PoPlanStep *s = self->steps->pdata[k];
          double window = s->to_month - s->from_month + 1;

          if ((int) a >= s->from_month && (int) a <= s->to_month && window > 0)
            {
              double move = p[k] * (1.0 - pow (1.0 - s->probability, 1.0 / window));

              p[k] -= move;
              p[k + 1] += move;
            }
        }
      for (guint k = k0; k <= n_steps; k++)
        expected += p[k] * mrr_k[k];
      self->planned[a] = expected;
    }

  g_array_set_size (self->chart_steps, 0);
  g_ptr_array_set_size (self->labels, 0);
  for (guint j = 0; j < n_steps; j++)
    {
      PoPlanStep *s = self->steps->pdata[j];
      PoChartPathStep cs = { NULL, s->action, s->from_month, s->to_month, s->probability, -1 };

      for (guint a = 0; a < n && cs.actual_age < 0; a++)
        {
          PoDay last = po_month_last_day (signed_month + a);

          for (guint i = 0; i < lines->len && cs.actual_age < 0; i++)
            {
              PoSubscriptionLine *l = lines->pdata[i];

              if (g_strcmp0 (l->item, s->item) == 0 && l->start_on <= last &&
                  (l->end_on == PO_DAY_NONE || l->end_on > last) &&
                  (a > 0 || s->action == PO_ACTION_ADD))
                cs.actual_age = (int) a;
            }
        }
      if (j < k0 && cs.actual_age < 0)
        cs.actual_age = 0;
      g_ptr_array_add (self->labels, item_label (self->store, s->item));
      cs.label = g_ptr_array_index (self->labels, self->labels->len - 1);
      g_array_append_val (self->chart_steps, cs);
    }

  g_free (self->title);
  self->title = g_strdup (account->name);
  self->path = (PoChartPath) {
    .title = self->title,
    .signed_month = signed_month,
    .n_months = n,
    .planned = self->planned,
    .actual = self->actual,
    .today_age = today_age,
    .steps = (const PoChartPathStep *) self->chart_steps->data,
    .n_steps = self->chart_steps->len,
  };
}

static void
draw_timeline (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        data)
{
  PoExpansionPath *self = data;
  PoChartStyle style;

  po_chart_style_init (&style, adw_style_manager_get_dark (adw_style_manager_get_default ()), &self->numbers);
  style.flags |= PO_CHART_TRANSPARENT;
  if (self->account_id <= 0)
    {
      po_chart_empty_draw (cr, width, height, _("Pick an account"), &style);
      return;
    }
  po_chart_path_draw (cr, width, height, &self->path, &style);
}

/* Editing */

static GPtrArray *
copy_steps (PoExpansionPath *self)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) po_plan_step_free);

  for (guint i = 0; i < self->steps->len; i++)
    g_ptr_array_add (copy, po_record_copy (&po_plan_step_class, self->steps->pdata[i]));
  return copy;
}

static void
save_steps (PoExpansionPath *self,
            GPtrArray       *steps)
{
  g_autoptr(GError) error = NULL;

  if (!po_scenario_store_save_plan (self->store, self->history, self->account_id, steps, &error))
    gtk_label_set_label (self->caption, error->message);
}

static void
on_step_spin (GtkSpinButton   *spin,
              PoExpansionPath *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "step"));
  const char *field = g_object_get_data (G_OBJECT (spin), "field");
  g_autoptr(GPtrArray) steps = copy_steps (self);
  PoPlanStep *step;

  if (index >= steps->len)
    return;
  step = steps->pdata[index];
  if (g_str_equal (field, "from"))
    step->from_month = gtk_spin_button_get_value_as_int (spin);
  else if (g_str_equal (field, "to"))
    step->to_month = gtk_spin_button_get_value_as_int (spin);
  else
    step->probability = gtk_spin_button_get_value (spin) / 100.0;
  if (step->from_month > step->to_month)
    {
      gtk_label_set_label (self->caption, _("A window ends at or after its start; the change was not saved."));
      gtk_widget_add_css_class (GTK_WIDGET (spin), "error");
      return;
    }
  save_steps (self, steps);
}

static void
on_trigger_apply (AdwEntryRow     *row,
                  PoExpansionPath *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "step"));
  g_autoptr(GPtrArray) steps = copy_steps (self);

  if (index >= steps->len)
    return;
  po_record_set_text (&((PoPlanStep *) steps->pdata[index])->trigger,
                      gtk_editable_get_text (GTK_EDITABLE (row)));
  save_steps (self, steps);
}

static void
on_remove_step (GtkButton       *button,
                PoExpansionPath *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "step"));
  g_autoptr(GPtrArray) steps = copy_steps (self);

  if (index >= steps->len)
    return;
  g_ptr_array_remove_index (steps, index);
  save_steps (self, steps);
}

static void
on_apply_template (PoExpansionPath *self)
{
  g_autoptr(GError) error = NULL;

  if (self->account_id > 0 &&
      !po_scenario_store_apply_template (self->store, self->history, self->account_id, &error))
    gtk_label_set_label (self->caption, error->message);
}

/* Renames one trigger in every plan step that carries it. */
static void
on_definition_apply (AdwEntryRow     *row,
                     PoExpansionPath *self)
{
  g_autoptr(GError) error = NULL;

  if (!po_scenario_store_rename_trigger (self->store, self->history,
                                         g_object_get_data (G_OBJECT (row), "item"),
                                         g_object_get_data (G_OBJECT (row), "trigger"),
                                         gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    gtk_label_set_label (self->caption, error->message);
}

/* Building */

static void
add_row (PoExpansionPath     *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, g_object_ref (group));
  g_ptr_array_add (self->rows, g_object_ref (row));
}

static GtkWidget *
spin_row (const char *title,
          double      value,
          double      upper,
          guint       index,
          const char *field,
          PoExpansionPath *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, upper, 1);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  g_object_set_data (G_OBJECT (spin), "step", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (spin), "field", (gpointer) field);
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_step_spin), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  return row;
}

static void
build_steps (PoExpansionPath *self)
{
  for (guint i = 0; i < self->steps->len; i++)
    {
      PoPlanStep *step = self->steps->pdata[i];
      g_autofree char *title = step_title (self->store, step);
      g_autofree char *subtitle = g_strdup_printf (_("Months %d–%d · %.0f %% · %s"), step->from_month,
                                                   step->to_month, 100 * step->probability,
                                                   step->trigger && *step->trigger ? step->trigger : _("no trigger"));
      GtkWidget *row = adw_expander_row_new ();
      GtkWidget *trigger = adw_entry_row_new ();
      GtkWidget *remove_row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_with_label (_("Remove Step"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
      if (self->from_template)
        gtk_widget_set_sensitive (row, FALSE);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), spin_row (_("From month"), step->from_month, 240, i, "from", self));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), spin_row (_("To month"), step->to_month, 240, i, "to", self));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), spin_row (_("Probability (%)"), 100 * step->probability, 100, i, "p", self));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (trigger), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (trigger), _("Trigger"));
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (trigger), TRUE);
      gtk_editable_set_text (GTK_EDITABLE (trigger), step->trigger ? step->trigger : "");
      g_object_set_data (G_OBJECT (trigger), "step", GUINT_TO_POINTER (i));
      g_signal_connect (trigger, "apply", G_CALLBACK (on_trigger_apply), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), trigger);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "destructive-action");
      g_object_set_data (G_OBJECT (remove), "step", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_step), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), remove_row);
      add_row (self, self->steps_group, row);
    }
}

static void
build_definitions (PoExpansionPath *self)
{
  g_autoptr(GPtrArray) triggers = po_scenario_store_list_triggers (self->store, NULL);
  const PoScenarioTemplateStep *template;
  guint n = 0;

  for (guint i = 0; triggers != NULL && i < triggers->len; i++)
    {
      PoScenarioTrigger *t = triggers->pdata[i];
      PoPlanStep step = { .action = t->action, .item = t->item };
      g_autofree char *title = step_title (self->store, &step);
      g_autofree char *full = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u account",
                                                            "%s · %u accounts", t->n_accounts),
                                               title, t->n_accounts);
      GtkWidget *row = adw_entry_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), full);
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      gtk_editable_set_text (GTK_EDITABLE (row), t->trigger);
      g_object_set_data_full (G_OBJECT (row), "trigger", g_strdup (t->trigger), g_free);
      g_object_set_data_full (G_OBJECT (row), "item", g_strdup (t->item), g_free);
      g_signal_connect (row, "apply", G_CALLBACK (on_definition_apply), self);
      add_row (self, self->triggers_group, row);
    }

  template = po_scenario_template_path (&n);
  for (guint i = 0; i < n; i++)
    {
      PoPlanStep step = { .action = template[i].action, .item = (char *) template[i].item };
      g_autofree char *title = step_title (self->store, &step);
      g_autofree char *full = g_strdup_printf (_("%s · typical path, months %d–%d"), title,
                                               template[i].from_month, template[i].to_month);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), full);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(template[i].trigger));
      add_row (self, self->triggers_group, row);
    }
}

static void
po_expansion_path_refresh (PoExpansionPath *self)
{
  g_autoptr(PoAccount) account = NULL;

  for (guint i = 0; i + 1 < self->rows->len; i += 2)
    adw_preferences_group_remove (self->rows->pdata[i], self->rows->pdata[i + 1]);
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->steps, 0);
  self->from_template = FALSE;

  if (self->store != NULL && self->account_id > 0)
    account = po_store_get_account (self->store, self->account_id, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->steps_group), account != NULL);
  if (account == NULL)
    {
      gtk_label_set_label (self->heading, _("Expansion Path"));
      gtk_label_set_label (self->caption, _("Pick an account to see its planned steps against what happened."));
    }
  else
    {
      g_autoptr(GPtrArray) rows = po_store_list_plan_step (self->store, account->id, NULL);
      g_autofree char *signed_on = po_day_format (account->signed_on);
      g_autofree char *caption = NULL;

      for (guint i = 0; rows != NULL && i < rows->len; i++)
        g_ptr_array_add (self->steps, po_record_copy (&po_plan_step_class, rows->pdata[i]));
      if (self->steps->len == 0)
        {
          const PoScenarioTemplateStep *template;
          guint n = 0;

          self->from_template = TRUE;
          template = po_scenario_template_path (&n);
          for (guint i = 0; i < n; i++)
            {
              PoPlanStep *step = po_plan_step_new ();

              step->action = template[i].action;
              step->item = g_strdup (template[i].item);
              step->from_month = template[i].from_month;
              step->to_month = template[i].to_month;
              step->probability = template[i].probability;
              step->trigger = g_strdup (_(template[i].trigger));
              g_ptr_array_add (self->steps, step);
            }
        }
      caption = self->from_template
        ? g_strdup_printf (_("Signed %s · no plan of its own: scenarios use the typical path shown here"), signed_on)
        : g_strdup_printf (_("Signed %s · %u planned steps"), signed_on, self->steps->len);
      gtk_label_set_label (self->heading, account->name);
      gtk_label_set_label (self->caption, caption);
      build_timeline (self, account);
      build_steps (self);
    }
  if (self->store != NULL)
    build_definitions (self);
  {
    g_autofree char *description = po_expansion_path_describe (self);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->timeline), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    description, -1);
  }
  gtk_widget_queue_draw (GTK_WIDGET (self->timeline));
}

/* Account list */

static gboolean
filter_account (gpointer item,
                gpointer data)
{
  PoExpansionPath *self = data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search));
  const char *name = g_hash_table_lookup (self->names, gtk_string_object_get_string (item));
  g_autofree char *folded_name = name ? g_utf8_casefold (name, -1) : NULL;
  g_autofree char *folded_text = g_utf8_casefold (text, -1);

  return text[0] == '\0' || (folded_name && strstr (folded_name, folded_text) != NULL);
}

static void
on_search_changed (PoExpansionPath *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
setup_item (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_item (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           PoExpansionPath          *self)
{
  const char *key = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), g_hash_table_lookup (self->names, key));
}

static void
on_selection (PoExpansionPath *self)
{
  GtkStringObject *item = gtk_single_selection_get_selected_item (self->selection);
  gint64 *id = item ? g_hash_table_lookup (self->ids, gtk_string_object_get_string (item)) : NULL;

  po_expansion_path_set_account (self, id ? *id : 0);
}

static void
fill_accounts (PoExpansionPath *self)
{
  g_autoptr(GPtrArray) accounts = self->store ? po_store_list_account (self->store, 0, NULL) : NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();

  g_hash_table_remove_all (self->names);
  g_hash_table_remove_all (self->ids);
  for (guint i = 0; accounts != NULL && i < accounts->len; i++)
    {
      PoAccount *a = accounts->pdata[i];

      g_hash_table_insert (self->names, g_strdup (a->key), g_strdup (a->name));
      g_hash_table_insert (self->ids, g_strdup (a->key), g_memdup2 (&a->id, sizeof a->id));
      g_ptr_array_add (keys, a->key);
    }
  g_ptr_array_add (keys, NULL);
  gtk_string_list_splice (self->keys, 0, g_list_model_get_n_items (G_LIST_MODEL (self->keys)),
                          (const char * const *) keys->pdata);
}

static void
queue_refresh (PoExpansionPath *self)
{
  po_view_queue_refresh (self, &self->refresh_id, (PoViewRefreshFunc) po_expansion_path_refresh);
}

/* GObject */

static void
po_expansion_path_dispose (GObject *object)
{
  PoExpansionPath *self = PO_EXPANSION_PATH (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, queue_refresh, self);
  g_clear_object (&self->store);
  g_clear_object (&self->history);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (po_expansion_path_parent_class)->dispose (object);
}

static void
po_expansion_path_finalize (GObject *object)
{
  PoExpansionPath *self = PO_EXPANSION_PATH (object);

  g_hash_table_unref (self->names);
  g_hash_table_unref (self->ids);
  g_ptr_array_unref (self->steps);
  g_ptr_array_unref (self->labels);
  g_array_unref (self->chart_steps);
  g_free (self->title);

  G_OBJECT_CLASS (po_expansion_path_parent_class)->finalize (object);
}

static void
po_expansion_path_class_init (PoExpansionPathClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = po_expansion_path_dispose;
  object_class->finalize = po_expansion_path_finalize;
}

static GtkWidget *
build_sidebar (PoExpansionPath *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkFilterListModel *filtered;
  GtkWidget *list;

  self->keys = gtk_string_list_new (NULL);
  self->filter = gtk_custom_filter_new (filter_account, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (self->keys), GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selection), self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item), self);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (self->selection), factory);
  gtk_widget_add_css_class (list, "navigation-sidebar");

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_widget_set_margin_start (GTK_WIDGET (self->search), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->search), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->search), 12);
  g_object_set (self->search, "placeholder-text", _("Search accounts"), NULL);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (on_search_changed), self);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_widget_set_size_request (box, 240, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search));
  gtk_box_append (GTK_BOX (box), scroller);
  return box;
}

static void
po_expansion_path_init (PoExpansionPath *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *apply = gtk_button_new_with_label (_("Apply Typical Path"));
  const char * const *languages = g_get_language_names ();

  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) po_plan_step_free);
  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->chart_steps = g_array_new (FALSE, TRUE, sizeof (PoChartPathStep));
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  po_number_style_for_language (&self->numbers, languages[0]);
  po_number_style_set_currency (&self->numbers, "EUR");

  gtk_box_append (GTK_BOX (self), build_sidebar (self));
  gtk_box_append (GTK_BOX (self), gtk_separator_new (GTK_ORIENTATION_VERTICAL));

  self->heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->heading, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->heading), "title-3");
  self->caption = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->caption, 0);
  gtk_label_set_wrap (self->caption, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->caption), "dim-label");

  self->timeline = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_widget_set_name (GTK_WIDGET (self->timeline), "path-timeline");
  gtk_drawing_area_set_content_height (self->timeline, 340);
  gtk_drawing_area_set_draw_func (self->timeline, draw_timeline, self, NULL);
  gtk_widget_set_margin_start (GTK_WIDGET (self->timeline), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (self->timeline), 6);
  gtk_widget_set_margin_top (GTK_WIDGET (self->timeline), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->timeline), 6);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->timeline));
  gtk_widget_add_css_class (frame, "view");

  self->steps_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->steps_group, _("Planned Steps"));
  adw_preferences_group_set_description (self->steps_group,
                                         _("Windows in months since signing. Applying the typical path gives the account a plan of its own to edit."));
  gtk_widget_add_css_class (apply, "flat");
  gtk_widget_set_valign (apply, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (apply, "clicked", G_CALLBACK (on_apply_template), self);
  adw_preferences_group_set_header_suffix (self->steps_group, apply);

  self->triggers_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->triggers_group, _("Upgrade Triggers"));
  adw_preferences_group_set_description (self->triggers_group,
                                         _("Which signal justifies which step (seed 000: company growth, rising complexity, new roles or entities). Editing a trigger renames it in every plan that uses it."));

  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->heading));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->caption));
  gtk_box_append (GTK_BOX (content), frame);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->steps_group));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->triggers_group));
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1100);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_hexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (self), scroller);

  po_expansion_path_refresh (self);
}

GtkWidget *
po_expansion_path_new (void)
{
  return g_object_new (PO_TYPE_EXPANSION_PATH, NULL);
}

void
po_expansion_path_set_store (PoExpansionPath *self,
                             PoStore         *store)
{
  g_return_if_fail (PO_IS_EXPANSION_PATH (self));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, queue_refresh, self);
  g_set_object (&self->store, store);
  self->account_id = 0;
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  fill_accounts (self);
  po_expansion_path_refresh (self);
}

void
po_expansion_path_set_history (PoExpansionPath *self,
                               PoHistory       *history)
{
  g_return_if_fail (PO_IS_EXPANSION_PATH (self));

  g_set_object (&self->history, history);
}

void
po_expansion_path_set_account (PoExpansionPath *self,
                               gint64           account_id)
{
  g_return_if_fail (PO_IS_EXPANSION_PATH (self));

  if (self->account_id == account_id)
    return;
  self->account_id = account_id;
  po_expansion_path_refresh (self);
}

char *
po_expansion_path_describe (PoExpansionPath *self)
{
  g_return_val_if_fail (PO_IS_EXPANSION_PATH (self), NULL);

  if (self->account_id <= 0)
    return g_strdup ("");
  return po_chart_path_describe (&self->path, &self->numbers);
}
