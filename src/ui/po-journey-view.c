/* po-journey-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-journey-view"

#include "config.h"

#include <glib/gi18n.h>

#include "po-journey-view.h"
#include "po-summary.h"
#include "po-view-helpers.h"

struct _PoJourneyView
{
  AdwBin      parent_instance;

  PoStore    *store;

  GtkLabel              *caption_label;
  GtkListBox            *phases_list;
  AdwPreferencesGroup   *maps_group;

  GtkWidget             *maps_row;

};

G_DEFINE_FINAL_TYPE (PoJourneyView, po_journey_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
po_journey_view_refresh (PoJourneyView *self)
{
  g_autoptr(PoSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *maps = NULL;
  guint placed = 0;

  po_list_box_remove_all (self->phases_list);
  po_value_row_set_value (self->maps_row, "—");
  gtk_label_set_label (self->caption_label, "");
  if (self->store == NULL)
    return;

  summary = po_summary_load (self->store, po_day_today (), PO_SUMMARY_PHASES, &error);
  if (summary == NULL)
    {
      g_warning ("Cannot summarise the journey: %s", error->message);
      return;
    }

  for (guint i = 0; i < summary->phases->len; i++)
    {
      const PoPhaseCount *count = &g_array_index (summary->phases, PoPhaseCount, i);
      g_autofree char *name = g_strdup_printf ("phase-%s", count->code);
      g_autofree char *value = po_view_format_count (count->n_tracks);
      double share = summary->n_tracks > 0 ? (double) count->n_tracks / summary->n_tracks : 0.0;

      gtk_list_box_append (self->phases_list,
                           po_value_row_new_with_bar (count->title, value, name, share));
      placed += count->n_tracks;
    }
  if (summary->n_tracks > placed)
    {
      g_autofree char *value = po_view_format_count (summary->n_tracks - placed);

      gtk_list_box_append (self->phases_list,
                           po_value_row_new_with_bar (_("Not started"), value, "phase-none",
                                                      (double) (summary->n_tracks - placed) / summary->n_tracks));
    }

  caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u track across the customer journey",
                                          "%u tracks across the customer journey", summary->n_tracks),
                             summary->n_tracks);
  gtk_label_set_label (self->caption_label, caption);
  maps = po_view_format_count (summary->n_journey_maps);
  po_value_row_set_value (self->maps_row, maps);
}

static void
po_journey_view_dispose (GObject *object)
{
  PoJourneyView *self = (PoJourneyView *) object;

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), PO_TYPE_JOURNEY_VIEW);

  G_OBJECT_CLASS (po_journey_view_parent_class)->dispose (object);
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
  object_class->get_property = po_journey_view_get_property;
  object_class->set_property = po_journey_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PO_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-journey-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PoJourneyView, caption_label);
  gtk_widget_class_bind_template_child (widget_class, PoJourneyView, phases_list);
  gtk_widget_class_bind_template_child (widget_class, PoJourneyView, maps_group);
}

static void
po_journey_view_init (PoJourneyView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->maps_row = po_value_row_new (_("Journey maps in the workspace"), "—", "maps-value");
  adw_preferences_group_add (self->maps_group, self->maps_row);

  po_journey_view_refresh (self);
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
                           PoStore *store)
{
  g_return_if_fail (PO_IS_JOURNEY_VIEW (self));
  g_return_if_fail (store == NULL || PO_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, po_journey_view_refresh, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (po_journey_view_refresh),
                             self, G_CONNECT_SWAPPED);
  po_journey_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
