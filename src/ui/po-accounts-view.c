/* po-accounts-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The daily workflow: every account in a sortable, filterable column view
 * (a few cell widgets recycled while scrolling, never one per account),
 * the account detail on a leaflet page, and the Tasks and Renewals pages.
 * Edits anywhere below are one PoHistory step each; Ctrl+Z and
 * Ctrl+Shift+Z undo and redo them.
 */

#define G_LOG_DOMAIN "po-accounts-view"

#include "config.h"

#include <glib/gi18n.h>

#include "po-account-columns.h"
#include "po-account-detail.h"
#include "po-account-list.h"
#include "po-accounts-view.h"
#include "po-add-account-dialog.h"
#include "po-renewals-view.h"
#include "po-settings.h"
#include "po-tasks-view.h"
#include "po-view-helpers.h"

struct _PoAccountsView
{
  AdwBin              parent_instance;

  PoStore            *store;
  PoHistory          *history;
  PoAccountList      *list;
  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkCustomFilter    *filter;
  PoAccountFilter     criteria;
  PoAccountColumnsContext columns;
  GPtrArray          *phase_codes;     /* dropdown position − 1 → code */
  guint               refresh_choices_id;

  AdwToastOverlay    *toast_overlay;
  AdwLeaflet         *leaflet;
  AdwViewStack       *pages;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *segment_dropdown;
  GtkDropDown        *band_dropdown;
  GtkDropDown        *phase_dropdown;
  GtkDropDown        *owner_dropdown;
  GtkDropDown        *tag_dropdown;
  GtkLabel           *count_label;
  GtkStack           *list_stack;
  GtkColumnView      *column_view;
  PoAccountDetail    *detail;
  PoTasksView        *tasks_view;
  PoRenewalsView     *renewals_view;
};

G_DEFINE_FINAL_TYPE (PoAccountsView, po_accounts_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Filtering */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PoAccountsView *self = user_data;

  return po_account_filter_matches (&self->criteria, item);
}

static void
update_state (PoAccountsView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model));
  guint total = self->list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  g_autofree char *shown_text = po_view_format_count (shown);
  g_autofree char *total_text = po_view_format_count (total);
  g_autofree char *caption = NULL;

  if (shown == total)
    caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s account", "%s accounts", total), total_text);
  else
    /* TRANSLATORS: "12 of 2,000 accounts" */
    caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s account", "%s of %s accounts", total),
                               shown_text, total_text);
  gtk_label_set_label (self->count_label, caption);

  if (total == 0 && (self->list == NULL || !po_account_list_get_loading (self->list)))
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else if (shown == 0 && total > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");
}

static void
refilter (PoAccountsView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
}

static void
on_search_changed (PoAccountsView *self)
{
  po_account_filter_set_search (&self->criteria, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  refilter (self);
}

static void
on_search_activate (PoAccountsView *self)
{
  /* Enter opens the first match. */
  g_autoptr(PoAccountRow) row = g_list_model_get_item (G_LIST_MODEL (self->sort_model), 0);

  if (row != NULL)
    po_accounts_view_open_account (self, po_account_row_get_id (row));
}

static char *
dropdown_string (GtkDropDown *dropdown)
{
  guint pos = gtk_drop_down_get_selected (dropdown);
  GListModel *model = gtk_drop_down_get_model (dropdown);
  g_autoptr(GtkStringObject) item = NULL;

  if (pos == 0 || pos == GTK_INVALID_LIST_POSITION || model == NULL)
    return NULL;
  item = g_list_model_get_item (model, pos);
  return item != NULL ? g_strdup (gtk_string_object_get_string (item)) : NULL;
}

static void
on_filter_selected (PoAccountsView *self)
{
  guint segment = gtk_drop_down_get_selected (self->segment_dropdown);
  guint band = gtk_drop_down_get_selected (self->band_dropdown);
  guint phase = gtk_drop_down_get_selected (self->phase_dropdown);

  self->criteria.segment = segment > 0 && segment != GTK_INVALID_LIST_POSITION ? (int) segment - 1 : -1;
  /* Green, yellow, red, no score. */
  self->criteria.band = band == 1 ? PO_HEALTH_BAND_GREEN : band == 2 ? PO_HEALTH_BAND_YELLOW
                      : band == 3 ? PO_HEALTH_BAND_RED : band == 4 ? PO_HEALTH_BAND_NONE : -1;
  g_free (self->criteria.phase);
  self->criteria.phase = phase > 0 && self->phase_codes != NULL && phase <= self->phase_codes->len
                         ? g_strdup (g_ptr_array_index (self->phase_codes, phase - 1)) : NULL;
  g_free (self->criteria.owner);
  self->criteria.owner = dropdown_string (self->owner_dropdown);
  g_free (self->criteria.tag);
  self->criteria.tag = dropdown_string (self->tag_dropdown);
  refilter (self);
}

static void
set_choices (PoAccountsView     *self,
             GtkDropDown        *dropdown,
             const char         *all,
             const char * const *choices)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new ((const char * const[]) { all, NULL });
  g_autofree char *current = dropdown_string (dropdown);
  guint selected = 0;

  for (guint i = 0; choices != NULL && choices[i] != NULL; i++)
    {
      gtk_string_list_append (list, choices[i]);
      if (g_strcmp0 (current, choices[i]) == 0)
        selected = i + 1;
    }
  g_signal_handlers_block_by_func (dropdown, on_filter_selected, self);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (dropdown, selected);
  g_signal_handlers_unblock_by_func (dropdown, on_filter_selected, self);
}

static gboolean
refresh_choices (gpointer data)
{
  PoAccountsView *self = data;
  g_auto(GStrv) owners = NULL;
  g_auto(GStrv) tags = NULL;

  self->refresh_choices_id = 0;
  if (self->list == NULL)
    return G_SOURCE_REMOVE;
  owners = po_account_list_dup_owners (self->list);
  tags = po_account_list_dup_tags (self->list);
  set_choices (self, self->owner_dropdown, _("All owners"), (const char * const *) owners);
  set_choices (self, self->tag_dropdown, _("All tags"), (const char * const *) tags);
  return G_SOURCE_REMOVE;
}

static void
on_list_items_changed (PoAccountsView *self)
{
  update_state (self);
  if (self->refresh_choices_id == 0)
    self->refresh_choices_id = g_idle_add_full (G_PRIORITY_LOW, refresh_choices, self, NULL);
}

static void
load_workspace_settings (PoAccountsView *self)
{
  g_autoptr(GPtrArray) phases = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  g_autofree char *model = NULL;
  PoSettings settings;

  g_hash_table_remove_all (self->columns.phase_titles);
  g_clear_pointer (&self->phase_codes, g_ptr_array_unref);
  g_clear_pointer (&self->columns.currency, g_free);
  self->phase_codes = g_ptr_array_new_with_free_func (g_free);
  if (self->store != NULL)
    {
      po_settings_load (&settings, self->store, NULL);
      self->columns.currency = g_strdup (settings.currency);
      model = g_strdup (settings.phase_model);
      po_settings_clear (&settings);
      phases = po_store_list_where (self->store, &po_phase_class, "model", model, NULL);
    }
  for (guint i = 0; phases != NULL && i < phases->len; i++)
    {
      PoPhase *phase = g_ptr_array_index (phases, i);

      g_hash_table_insert (self->columns.phase_titles, g_strdup (phase->code), g_strdup (phase->title));
      g_ptr_array_add (self->phase_codes, g_strdup (phase->code));
      g_ptr_array_add (titles, phase->title);
    }
  g_ptr_array_add (titles, NULL);
  set_choices (self, self->phase_dropdown, _("All phases"), (const char * const *) titles->pdata);
}

/* Actions */

static void
show_toast (PoAccountsView *self,
            const char     *text,
            gboolean        offer_undo)
{
  AdwToast *toast = adw_toast_new (text);

  if (offer_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "accounts.undo");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
update_history_actions (PoAccountsView *self)
{
  po_view_enable_undo_redo (GTK_WIDGET (self), self->history, "accounts.undo", "accounts.redo");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "accounts.add",
                                 self->store != NULL && !po_store_is_read_only (self->store));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PoAccountsView *self = PO_ACCOUNTS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  gboolean undo = g_str_equal (action_name, "accounts.undo");

  if (self->history == NULL)
    return;
  label = g_strdup (undo ? po_history_get_undo_label (self->history)
                         : po_history_get_redo_label (self->history));
  if (label == NULL)
    return;
  if (!(undo ? po_history_undo (self->history, &error) : po_history_redo (self->history, &error)))
    {
      show_toast (self, error->message, FALSE);
      return;
    }
  {
    /* TRANSLATORS: a toast, %s is the undone action such as "Add Transition" */
    g_autofree char *text = g_strdup_printf (undo ? _("Undone: %s") : _("Redone: %s"), label);

    show_toast (self, text, FALSE);
  }
}

static void
on_account_added (PoAccountsView *self,
                  gint64          account_id)
{
  show_toast (self, _("Account added"), TRUE);
  po_accounts_view_open_account (self, account_id);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  PoAccountsView *self = PO_ACCOUNTS_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (self->history == NULL)
    return;
  dialog = po_add_account_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->history);
  g_signal_connect_object (dialog, "account-added", G_CALLBACK (on_account_added), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  PoAccountsView *self = PO_ACCOUNTS_VIEW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "browse");
  adw_view_stack_set_visible_child_name (self->pages, "accounts");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  PoAccountsView *self = PO_ACCOUNTS_VIEW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "browse");
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  po_accounts_view_open_account (PO_ACCOUNTS_VIEW (widget), g_variant_get_int64 (param));
}

static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  const char *text = NULL;
  gboolean offer_undo = FALSE;

  g_variant_get (param, "(&sb)", &text, &offer_undo);
  show_toast (PO_ACCOUNTS_VIEW (widget), text, offer_undo);
}

static void
on_row_activated (PoAccountsView *self,
                  guint           position)
{
  g_autoptr(PoAccountRow) row = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  if (row != NULL)
    po_accounts_view_open_account (self, po_account_row_get_id (row));
}

/* GObject */

static void
po_accounts_view_dispose (GObject *object)
{
  PoAccountsView *self = (PoAccountsView *) object;

  g_clear_handle_id (&self->refresh_choices_id, g_source_remove);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_func (self->history, update_history_actions, self);
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PO_TYPE_ACCOUNTS_VIEW);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->list);
  g_clear_object (&self->history);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (po_accounts_view_parent_class)->dispose (object);
}

static void
po_accounts_view_finalize (GObject *object)
{
  PoAccountsView *self = (PoAccountsView *) object;

  po_account_filter_clear (&self->criteria);
  g_clear_pointer (&self->columns.phase_titles, g_hash_table_unref);
  g_clear_pointer (&self->phase_codes, g_ptr_array_unref);
  g_free (self->columns.currency);

  G_OBJECT_CLASS (po_accounts_view_parent_class)->finalize (object);
}

static void
po_accounts_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PoAccountsView *self = PO_ACCOUNTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_accounts_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PoAccountsView *self = PO_ACCOUNTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      po_accounts_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_HISTORY:
      po_accounts_view_set_history (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_accounts_view_class_init (PoAccountsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = po_accounts_view_dispose;
  object_class->finalize = po_accounts_view_finalize;
  object_class->get_property = po_accounts_view_get_property;
  object_class->set_property = po_accounts_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PO_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, PO_TYPE_HISTORY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PO_TYPE_ACCOUNT_DETAIL);
  g_type_ensure (PO_TYPE_TASKS_VIEW);
  g_type_ensure (PO_TYPE_RENEWALS_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-accounts-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PoAccountsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PoAccountsView, pages);
  gtk_widget_class_bind_template_child (widget_class, PoAccountsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PoAccountsView, segment_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PoAccountsView, band_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PoAccountsView, phase_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PoAccountsView, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PoAccountsView, tag_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PoAccountsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, PoAccountsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PoAccountsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, PoAccountsView, detail);
  gtk_widget_class_bind_template_child (widget_class, PoAccountsView, tasks_view);
  gtk_widget_class_bind_template_child (widget_class, PoAccountsView, renewals_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "accounts.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "accounts.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "accounts.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "accounts.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "accounts.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "accounts.open", "x", open_action);
  gtk_widget_class_install_action (widget_class, "accounts.toast", "(sb)", toast_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "accounts.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "accounts.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "accounts.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "accounts.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "accounts.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "accounts.back", NULL);
}

static void
po_accounts_view_init (PoAccountsView *self)
{
  g_autoptr(GtkStringList) segments = gtk_string_list_new ((const char * const[]) { _("All segments"), NULL });
  g_autoptr(GtkStringList) bands = gtk_string_list_new ((const char * const[]) {
    _("All health"), _("Green"), _("Yellow"), _("Red"), _("No score"), NULL });
  g_autoptr(GtkSingleSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The bin's own child: not a bound template child, which dispose_template
   * would unparent behind AdwBin's back. */
  self->toast_overlay = ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self)));

  po_account_filter_init (&self->criteria);
  self->columns.phase_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint s = 0; s < PO_N_SEGMENTS; s++)
    gtk_string_list_append (segments, po_enum_label (&po_segment_enum, s));
  gtk_drop_down_set_model (self->segment_dropdown, G_LIST_MODEL (segments));
  gtk_drop_down_set_model (self->band_dropdown, G_LIST_MODEL (bands));
  set_choices (self, self->owner_dropdown, _("All owners"), NULL);
  set_choices (self, self->tag_dropdown, _("All tags"), NULL);
  load_workspace_settings (self);
  for (GtkWidget *w = gtk_widget_get_first_child (gtk_widget_get_parent (GTK_WIDGET (self->segment_dropdown)));
       w != NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_DROP_DOWN (w))
      g_signal_connect_swapped (w, "notify::selected", G_CALLBACK (on_filter_selected), self);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  po_account_columns_add (self->column_view, &self->columns);
  g_signal_connect_swapped (self->sort_model, "items-changed", G_CALLBACK (update_state), self);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  update_history_actions (self);
  update_state (self);
}

GtkWidget *
po_accounts_view_new (void)
{
  return g_object_new (PO_TYPE_ACCOUNTS_VIEW, NULL);
}

PoStore *
po_accounts_view_get_store (PoAccountsView *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNTS_VIEW (self), NULL);
  return self->store;
}

void
po_accounts_view_set_store (PoAccountsView *self,
                            PoStore        *store)
{
  g_autoptr(PoHistory) history = NULL;

  g_return_if_fail (PO_IS_ACCOUNTS_VIEW (self));
  g_return_if_fail (store == NULL || PO_IS_STORE (store));

  if (self->store == store)
    return;
  g_set_object (&self->store, store);

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_func (self->list, on_list_items_changed, self);
  g_clear_object (&self->list);
  if (store != NULL)
    {
      self->list = po_account_list_new_background (store);
      g_signal_connect_object (self->list, "items-changed", G_CALLBACK (on_list_items_changed),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->list, "notify::loading", G_CALLBACK (update_state),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed", G_CALLBACK (load_workspace_settings),
                               self, G_CONNECT_SWAPPED);
    }
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->list));
  load_workspace_settings (self);

  /* Without a shared history the view keeps its own. */
  history = po_view_history_for_store (self->history, store);
  po_accounts_view_set_history (self, history);
  po_account_detail_set_context (self->detail, store, self->history);
  po_tasks_view_set_context (self->tasks_view, self->list, self->history);
  po_renewals_view_set_context (self->renewals_view, self->list, self->history);
  adw_leaflet_set_visible_child_name (self->leaflet, "browse");
  update_history_actions (self);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

PoHistory *
po_accounts_view_get_history (PoAccountsView *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNTS_VIEW (self), NULL);
  return self->history;
}

void
po_accounts_view_set_history (PoAccountsView *self,
                              PoHistory      *history)
{
  g_return_if_fail (PO_IS_ACCOUNTS_VIEW (self));
  g_return_if_fail (history == NULL || PO_IS_HISTORY (history));

  if (!po_view_swap_history (self, &self->history, history, G_CALLBACK (update_history_actions)))
    return;
  po_account_detail_set_context (self->detail, self->store, history);
  po_tasks_view_set_context (self->tasks_view, self->list, history);
  po_renewals_view_set_context (self->renewals_view, self->list, history);
  update_history_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

void
po_accounts_view_open_account (PoAccountsView *self,
                               gint64          account_id)
{
  g_return_if_fail (PO_IS_ACCOUNTS_VIEW (self));

  if (self->store == NULL)
    return;
  po_account_detail_set_account_id (self->detail, account_id);
  adw_view_stack_set_visible_child_name (self->pages, "accounts");
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

GListModel *
po_accounts_view_get_model (PoAccountsView *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNTS_VIEW (self), NULL);
  return G_LIST_MODEL (self->sort_model);
}

gboolean
po_accounts_view_is_loading (PoAccountsView *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNTS_VIEW (self), FALSE);
  return self->list != NULL && po_account_list_get_loading (self->list);
}
