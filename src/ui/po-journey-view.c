/* po-journey-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-journey-view"

#include "config.h"

#include "po-journey-view-private.h"

#include <glib/gi18n.h>

#include "po-phase-model.h"

G_DEFINE_FINAL_TYPE (PoJourneyView, po_journey_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const period_labels[N_PERIODS] = {
  N_("All time"),
  N_("Last 30 days"),
  N_("Last 90 days"),
  N_("Last 12 months"),
  N_("This year"),
  N_("Last year"),
};

/* Toasts */

void
_po_journey_view_toast (PoJourneyView *self,
                        const char    *message,
                        gboolean       with_undo)
{
  AdwToast *toast = adw_toast_new (message);

  if (with_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "journey.undo");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_po_journey_view_toast_error (PoJourneyView *self,
                              GError        *error)
{
  g_warning ("%s", error->message);
  _po_journey_view_toast (self, error->message, FALSE);
}

/* Filters */

static void
period_range (PoJourneyPeriod  period,
              PoDay           *from,
              PoDay           *to)
{
  PoDay today = po_day_today ();
  int year, month, day;

  po_day_to_ymd (today, &year, &month, &day);
  *to = PO_DAY_NONE;
  switch (period)
    {
    case PERIOD_30_DAYS:
      *from = today - 29;
      break;
    case PERIOD_90_DAYS:
      *from = today - 89;
      break;
    case PERIOD_12_MONTHS:
      *from = po_day_add_months (today, -12) + 1;
      break;
    case PERIOD_THIS_YEAR:
      *from = po_day_from_ymd (year, 1, 1);
      break;
    case PERIOD_LAST_YEAR:
      *from = po_day_from_ymd (year - 1, 1, 1);
      *to = po_day_from_ymd (year - 1, 12, 31);
      break;
    case PERIOD_ALL:
    case N_PERIODS:
    default:
      *from = PO_DAY_NONE;
      break;
    }
}

static void
get_filter (PoJourneyView   *self,
            PoJourneyFilter *filter)
{
  guint segment = gtk_drop_down_get_selected (self->segment_dropdown);
  guint owner = gtk_drop_down_get_selected (self->owner_dropdown);
  guint account = gtk_drop_down_get_selected (self->account_dropdown);

  po_journey_filter_init (filter);
  if (segment != GTK_INVALID_LIST_POSITION && segment > 0)
    filter->segment = segment - 1;
  if (owner != GTK_INVALID_LIST_POSITION && owner > 0 && self->owners != NULL &&
      owner - 1 < g_strv_length (self->owners))
    filter->owner = self->owners[owner - 1];
  if (account != GTK_INVALID_LIST_POSITION && account > 0 && account - 1 < self->account_ids->len)
    filter->account_id = g_array_index (self->account_ids, gint64, account - 1);
  period_range (gtk_drop_down_get_selected (self->period_dropdown), &filter->from, &filter->to);
}

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (ellipsize)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 6);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_label (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       string != NULL ? gtk_string_object_get_string (string) : "");
}

/* The button ellipsizes (long account and map names must not widen the
 * window); the popup list shows the names whole. */
static void
setup_dropdown (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) button = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list = gtk_signal_list_item_factory_new ();

  g_signal_connect (button, "setup", G_CALLBACK (setup_label), GINT_TO_POINTER (TRUE));
  g_signal_connect (button, "bind", G_CALLBACK (bind_label), NULL);
  g_signal_connect (list, "setup", G_CALLBACK (setup_label), GINT_TO_POINTER (FALSE));
  g_signal_connect (list, "bind", G_CALLBACK (bind_label), NULL);
  gtk_drop_down_set_factory (dropdown, button);
  gtk_drop_down_set_list_factory (dropdown, list);
  gtk_drop_down_set_expression (dropdown, gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
}

static void
set_strings (GtkDropDown        *dropdown,
             const char * const *strings)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (strings);

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
}

/* Owners and accounts change with the workspace; keep the selection by
 * value. */
static void
refresh_filter_choices (PoJourneyView *self)
{
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GStrvBuilder) owner_names = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) account_names = g_strv_builder_new ();
  g_auto(GStrv) owner_strv = NULL;
  g_auto(GStrv) account_strv = NULL;
  g_autofree char *old_owner = NULL;
  PoJourneyFilter filter;
  gint64 old_account;
  guint owner_pos = 0, account_pos = 0;

  get_filter (self, &filter);
  old_owner = g_strdup (filter.owner);
  old_account = filter.account_id;

  g_clear_pointer (&self->owners, g_strfreev);
  g_array_set_size (self->account_ids, 0);
  if (self->store != NULL)
    {
      self->owners = po_journey_stats_list_owners (self->store, NULL);
      accounts = po_store_list_account (self->store, 0, NULL);
    }

  g_strv_builder_add (owner_names, _("All owners"));
  for (guint i = 0; self->owners != NULL && self->owners[i] != NULL; i++)
    {
      g_strv_builder_add (owner_names, self->owners[i]);
      if (g_strcmp0 (old_owner, self->owners[i]) == 0)
        owner_pos = i + 1;
    }
  g_strv_builder_add (account_names, _("All accounts"));
  for (guint i = 0; accounts != NULL && i < accounts->len; i++)
    {
      const PoAccount *a = g_ptr_array_index (accounts, i);

      g_strv_builder_add (account_names, a->name);
      g_array_append_val (self->account_ids, a->id);
      if (a->id == old_account)
        account_pos = i + 1;
    }

  owner_strv = g_strv_builder_end (owner_names);
  account_strv = g_strv_builder_end (account_names);
  set_strings (self->owner_dropdown, (const char * const *) owner_strv);
  set_strings (self->account_dropdown, (const char * const *) account_strv);
  gtk_drop_down_set_selected (self->owner_dropdown, owner_pos);
  gtk_drop_down_set_selected (self->account_dropdown, account_pos);
}

/* Loading */

static void
refresh_maps (PoJourneyView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  guint selected = 0;
  gboolean found = FALSE;

  g_clear_pointer (&self->maps, g_ptr_array_unref);
  if (self->store == NULL)
    return;

  if (!po_journey_store_ensure_defaults (self->store, &error))
    {
      _po_journey_view_toast_error (self, error);
      g_clear_error (&error);
    }
  self->maps = po_journey_store_list_maps (self->store, &error);
  if (self->maps == NULL)
    {
      _po_journey_view_toast_error (self, error);
      return;
    }

  for (guint i = 0; i < self->maps->len; i++)
    {
      const PoJourneyMapRecord *r = g_ptr_array_index (self->maps, i);
      g_autofree char *name = po_journey_store_describe_map (r);

      g_strv_builder_add (names, name);
      if (r->id == self->map_id)
        {
          selected = i;
          found = TRUE;
        }
    }
  if (self->maps->len == 0)
    g_strv_builder_add (names, _("Default journey map"));

  strv = g_strv_builder_end (names);
  set_strings (self->map_dropdown, (const char * const *) strv);
  gtk_drop_down_set_selected (self->map_dropdown, selected);
  if (!found)
    self->map_id = self->maps->len > 0
      ? ((PoJourneyMapRecord *) g_ptr_array_index (self->maps, 0))->id : 0;
}

static const PoJourneyMapRecord *
current_record (PoJourneyView *self)
{
  for (guint i = 0; self->maps != NULL && i < self->maps->len; i++)
    {
      const PoJourneyMapRecord *r = g_ptr_array_index (self->maps, i);

      if (r->id == self->map_id)
        return r;
    }
  return NULL;
}

static void
update_summary (PoJourneyView        *self,
                const PoJourneyStats *stats)
{
  g_autofree char *tracks = NULL;
  g_autofree char *moves = NULL;
  g_autofree char *text = NULL;
  g_autofree char *day = NULL;

  if (stats == NULL)
    {
      gtk_label_set_label (self->summary_label, "");
      return;
    }

  tracks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u track", "%u tracks", stats->n_tracks),
                            stats->n_tracks);
  moves = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u transition", "%u transitions",
                                        stats->n_transitions), stats->n_transitions);
  day = po_day_format (stats->to);
  if (stats->n_transitions > 0)
    /* TRANSLATORS: "120 tracks · 340 transitions, 4 % backwards · as of 2026-11-23" */
    text = g_strdup_printf (_("%s · %s, %.0f %% backwards · as of %s"), tracks, moves,
                            100.0 * (stats->n_by_kind[PO_TRANSITION_REGRESSION] +
                                     stats->n_by_kind[PO_TRANSITION_RESTART]) / stats->n_transitions,
                            day);
  else
    /* TRANSLATORS: "120 tracks · 0 transitions · as of 2026-11-23" */
    text = g_strdup_printf (_("%s · %s · as of %s"), tracks, moves, day);
  gtk_label_set_label (self->summary_label, text);
}

static void
load_map (PoJourneyView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoJourneyMap) map = NULL;
  g_autoptr(PoJourneyStats) stats = NULL;
  const PoJourneyMapRecord *record = current_record (self);
  PoJourneyFilter filter;

  g_clear_pointer (&self->model, g_free);
  if (self->store == NULL)
    {
      g_clear_pointer (&self->map, po_journey_map_unref);
      po_journey_canvas_set_map (self->canvas, NULL);
      update_summary (self, NULL);
      return;
    }

  if (record != NULL)
    {
      self->model = g_strdup (record->phase_model);
      map = po_journey_store_load (self->store, record->id, &error);
    }
  else
    {
      /* A read-only workspace without maps: the defaults, not stored. */
      self->model = po_store_get_setting (self->store, "phase_model");
      if (self->model == NULL || po_phase_model_builtin (self->model) == NULL)
        {
          g_free (self->model);
          self->model = g_strdup (PO_PHASE_MODEL_POST_SALE);
        }
      map = po_journey_store_default_map (self->model, NULL, &error);
    }
  if (map == NULL)
    {
      _po_journey_view_toast_error (self, error);
      return;
    }

  get_filter (self, &filter);
  stats = po_journey_stats_compute (self->store, self->model, &filter, &error);
  if (stats != NULL)
    po_journey_store_apply_stats (map, stats);
  else
    _po_journey_view_toast_error (self, error);
  update_summary (self, stats);

  g_clear_pointer (&self->map, po_journey_map_unref);
  self->map = g_steal_pointer (&map);
  po_journey_canvas_set_map (self->canvas, self->map);
  po_journey_canvas_set_editable (self->canvas, record != NULL && !po_store_is_read_only (self->store));
}

void
_po_journey_view_reload (PoJourneyView *self)
{
  /* Installing the defaults commits, and a commit emits ::changed. */
  if (self->updating)
    {
      self->reload_pending = TRUE;
      return;
    }

  self->updating = TRUE;
  do
    {
      self->reload_pending = FALSE;
      refresh_maps (self);
      refresh_filter_choices (self);
      load_map (self);
    }
  while (self->reload_pending);
  self->updating = FALSE;
  _po_journey_view_update_actions (self);
}

static void
on_map_selected (PoJourneyView *self)
{
  guint i = gtk_drop_down_get_selected (self->map_dropdown);
  const PoJourneyMapRecord *record;
  int segment = -1;

  if (self->updating || self->maps == NULL || i == GTK_INVALID_LIST_POSITION || i >= self->maps->len)
    return;
  record = g_ptr_array_index (self->maps, i);
  if (record->id == self->map_id)
    return;
  self->map_id = record->id;

  /* A segment's map shows that segment's tracks. */
  self->updating = TRUE;
  if (record->segment != NULL && po_enum_parse (&po_segment_enum, record->segment, &segment))
    gtk_drop_down_set_selected (self->segment_dropdown, segment + 1);
  else
    gtk_drop_down_set_selected (self->segment_dropdown, 0);
  self->updating = FALSE;

  load_map (self);
  po_journey_canvas_zoom_reset (self->canvas);
  _po_journey_view_update_actions (self);
}

static void
on_filter_changed (PoJourneyView *self)
{
  if (!self->updating)
    load_map (self);
}

static void
on_zoom_changed (PoJourneyView *self)
{
  g_autofree char *text = g_strdup_printf ("%.0f %%", po_journey_canvas_get_zoom (self->canvas) * 100);

  /* Each new label queues a resize of the bar: only on a real change. */
  if (g_strcmp0 (gtk_label_get_label (self->zoom_label), text) != 0)
    gtk_label_set_label (self->zoom_label, text);
}

/* GObject */

static void
po_journey_view_dispose (GObject *object)
{
  PoJourneyView *self = (PoJourneyView *) object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->history);
  g_clear_pointer (&self->maps, g_ptr_array_unref);
  g_clear_pointer (&self->map, po_journey_map_unref);
  /* The bin's child is a bound template child: let go of it first. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PO_TYPE_JOURNEY_VIEW);

  G_OBJECT_CLASS (po_journey_view_parent_class)->dispose (object);
}

static void
po_journey_view_finalize (GObject *object)
{
  PoJourneyView *self = (PoJourneyView *) object;

  g_free (self->model);
  g_strfreev (self->owners);
  g_array_unref (self->account_ids);

  G_OBJECT_CLASS (po_journey_view_parent_class)->finalize (object);
}

static void
po_journey_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PoJourneyView *self = PO_JOURNEY_VIEW (object);

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
po_journey_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PoJourneyView *self = PO_JOURNEY_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      po_journey_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_HISTORY:
      po_journey_view_set_history (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_journey_view_class_init (PoJourneyViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = po_journey_view_dispose;
  object_class->finalize = po_journey_view_finalize;
  object_class->get_property = po_journey_view_get_property;
  object_class->set_property = po_journey_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PO_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         PO_TYPE_HISTORY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PO_TYPE_JOURNEY_CANVAS);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-journey-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PoJourneyView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PoJourneyView, map_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PoJourneyView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PoJourneyView, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, PoJourneyView, segment_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PoJourneyView, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PoJourneyView, account_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PoJourneyView, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PoJourneyView, canvas);
  gtk_widget_class_bind_template_child (widget_class, PoJourneyView, lane_menu);
  gtk_widget_class_bind_template_child (widget_class, PoJourneyView, stage_menu);

  _po_journey_view_class_init_actions (widget_class);
}

static void
po_journey_view_init (PoJourneyView *self)
{
  g_autoptr(GStrvBuilder) segments = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) periods = g_strv_builder_new ();
  g_auto(GStrv) segment_strv = NULL;
  g_auto(GStrv) period_strv = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->account_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  setup_dropdown (self->map_dropdown);
  setup_dropdown (self->segment_dropdown);
  setup_dropdown (self->owner_dropdown);
  setup_dropdown (self->account_dropdown);
  setup_dropdown (self->period_dropdown);

  g_strv_builder_add (segments, _("All segments"));
  for (guint i = 0; i < PO_N_SEGMENTS; i++)
    g_strv_builder_add (segments, po_enum_label (&po_segment_enum, i));
  segment_strv = g_strv_builder_end (segments);
  set_strings (self->segment_dropdown, (const char * const *) segment_strv);
  for (guint i = 0; i < N_PERIODS; i++)
    g_strv_builder_add (periods, _(period_labels[i]));
  period_strv = g_strv_builder_end (periods);
  set_strings (self->period_dropdown, (const char * const *) period_strv);
  refresh_filter_choices (self);

  g_signal_connect_swapped (self->map_dropdown, "notify::selected", G_CALLBACK (on_map_selected), self);
  g_signal_connect_swapped (self->segment_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->owner_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->account_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->period_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->canvas, "notify::zoom", G_CALLBACK (on_zoom_changed), self);

  po_journey_canvas_set_header_menus (self->canvas, self->lane_menu, self->stage_menu);
  _po_journey_view_connect_canvas (self);
  on_zoom_changed (self);
  _po_journey_view_update_actions (self);
}

GtkWidget *
po_journey_view_new (void)
{
  return g_object_new (PO_TYPE_JOURNEY_VIEW, NULL);
}

PoStore *
po_journey_view_get_store (PoJourneyView *self)
{
  g_return_val_if_fail (PO_IS_JOURNEY_VIEW (self), NULL);

  return self->store;
}

void
po_journey_view_set_store (PoJourneyView *self,
                           PoStore       *store)
{
  g_return_if_fail (PO_IS_JOURNEY_VIEW (self));
  g_return_if_fail (store == NULL || PO_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (_po_journey_view_reload),
                             self, G_CONNECT_SWAPPED);

  /* A history of our own until the window gives us its shared one. */
  if (self->own_history || (self->history != NULL && po_history_get_store (self->history) != store))
    {
      g_clear_object (&self->history);
      self->own_history = FALSE;
    }
  if (self->history == NULL && store != NULL)
    {
      self->history = po_history_new (store);
      self->own_history = TRUE;
      g_signal_connect_object (self->history, "notify::can-undo",
                               G_CALLBACK (_po_journey_view_update_actions), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->history, "notify::can-redo",
                               G_CALLBACK (_po_journey_view_update_actions), self, G_CONNECT_SWAPPED);
    }

  self->map_id = 0;
  _po_journey_view_reload (self);
  po_journey_canvas_zoom_reset (self->canvas);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

PoHistory *
po_journey_view_get_history (PoJourneyView *self)
{
  g_return_val_if_fail (PO_IS_JOURNEY_VIEW (self), NULL);

  return self->history;
}

void
po_journey_view_set_history (PoJourneyView *self,
                             PoHistory     *history)
{
  g_return_if_fail (PO_IS_JOURNEY_VIEW (self));
  g_return_if_fail (history == NULL || PO_IS_HISTORY (history));

  if (self->history == history)
    return;
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_set_object (&self->history, history);
  self->own_history = FALSE;
  if (history != NULL)
    {
      g_signal_connect_object (history, "notify::can-undo",
                               G_CALLBACK (_po_journey_view_update_actions), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (history, "notify::can-redo",
                               G_CALLBACK (_po_journey_view_update_actions), self, G_CONNECT_SWAPPED);
    }
  _po_journey_view_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

gint64
po_journey_view_get_map_id (PoJourneyView *self)
{
  g_return_val_if_fail (PO_IS_JOURNEY_VIEW (self), 0);

  return self->map_id;
}

void
po_journey_view_select_map (PoJourneyView *self,
                            gint64         map_id)
{
  g_return_if_fail (PO_IS_JOURNEY_VIEW (self));

  for (guint i = 0; self->maps != NULL && i < self->maps->len; i++)
    if (((PoJourneyMapRecord *) g_ptr_array_index (self->maps, i))->id == map_id)
      gtk_drop_down_set_selected (self->map_dropdown, i);
}

GtkWidget *
po_journey_view_get_canvas (PoJourneyView *self)
{
  g_return_val_if_fail (PO_IS_JOURNEY_VIEW (self), NULL);

  return GTK_WIDGET (self->canvas);
}
