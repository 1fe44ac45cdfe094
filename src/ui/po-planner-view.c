/* po-planner-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-planner-view"

#include "config.h"

#include <glib/gi18n.h>

#include "po-planner-view.h"
#include "po-summary.h"
#include "po-view-helpers.h"

struct _PoPlannerView
{
  AdwBin      parent_instance;

  PoStore    *store;

  GtkLabel              *caption_label;
  AdwPreferencesGroup   *overview_group;
  GtkListBox            *scenarios_list;

  GtkWidget             *scenarios_row;
  GtkWidget             *tiers_row;
  GtkWidget             *addons_row;

};

G_DEFINE_FINAL_TYPE (PoPlannerView, po_planner_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_count (GtkWidget *row,
           guint      count)
{
  g_autofree char *text = po_view_format_count (count);

  po_value_row_set_value (row, text);
}

static void
po_planner_view_refresh (PoPlannerView *self)
{
  g_autoptr(PoSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  guint n_scenarios;

  po_list_box_remove_all (self->scenarios_list);
  po_value_row_set_value (self->scenarios_row, "—");
  po_value_row_set_value (self->tiers_row, "—");
  po_value_row_set_value (self->addons_row, "—");
  gtk_label_set_label (self->caption_label, "");
  if (self->store == NULL)
    return;

  summary = po_summary_load (self->store, po_day_today (), PO_SUMMARY_PLANNER, &error);
  if (summary == NULL)
    {
      g_warning ("Cannot summarise the planner: %s", error->message);
      return;
    }

  n_scenarios = g_strv_length (summary->scenarios);
  gtk_label_set_label (self->caption_label,
                       _("Pricing tiers, expansion paths and portfolio scenarios"));
  set_count (self->scenarios_row, n_scenarios);
  set_count (self->tiers_row, summary->n_tiers);
  set_count (self->addons_row, summary->n_addons);

  for (guint i = 0; i < n_scenarios; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), summary->scenarios[i]);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("po-planner-symbolic"));
      gtk_list_box_append (self->scenarios_list, row);
    }
  if (n_scenarios == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No scenarios yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->scenarios_list, row);
    }
}

static void
po_planner_view_dispose (GObject *object)
{
  PoPlannerView *self = (PoPlannerView *) object;

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), PO_TYPE_PLANNER_VIEW);

  G_OBJECT_CLASS (po_planner_view_parent_class)->dispose (object);
}

static void
po_planner_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PoPlannerView *self = PO_PLANNER_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_planner_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PoPlannerView *self = PO_PLANNER_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      po_planner_view_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_planner_view_class_init (PoPlannerViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = po_planner_view_dispose;
  object_class->get_property = po_planner_view_get_property;
  object_class->set_property = po_planner_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PO_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-planner-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PoPlannerView, caption_label);
  gtk_widget_class_bind_template_child (widget_class, PoPlannerView, overview_group);
  gtk_widget_class_bind_template_child (widget_class, PoPlannerView, scenarios_list);
}

static void
po_planner_view_init (PoPlannerView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->scenarios_row = po_value_row_new (_("Scenarios"), "—", "scenarios-count");
  self->tiers_row = po_value_row_new (_("Tiers in the catalog"), "—", "tiers-count");
  self->addons_row = po_value_row_new (_("Add-ons in the catalog"), "—", "addons-count");
  adw_preferences_group_add (self->overview_group, self->scenarios_row);
  adw_preferences_group_add (self->overview_group, self->tiers_row);
  adw_preferences_group_add (self->overview_group, self->addons_row);

  po_planner_view_refresh (self);
}

GtkWidget *
po_planner_view_new (void)
{
  return g_object_new (PO_TYPE_PLANNER_VIEW, NULL);
}

PoStore *
po_planner_view_get_store (PoPlannerView *self)
{
  g_return_val_if_fail (PO_IS_PLANNER_VIEW (self), NULL);
  return self->store;
}

void
po_planner_view_set_store (PoPlannerView *self,
                           PoStore *store)
{
  g_return_if_fail (PO_IS_PLANNER_VIEW (self));
  g_return_if_fail (store == NULL || PO_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, po_planner_view_refresh, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (po_planner_view_refresh),
                             self, G_CONNECT_SWAPPED);
  po_planner_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
