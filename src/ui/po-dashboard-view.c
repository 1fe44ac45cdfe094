/* po-dashboard-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-dashboard-view"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "po-dashboard-view.h"
#include "po-summary.h"
#include "po-view-helpers.h"

struct _PoDashboardView
{
  AdwBin      parent_instance;

  PoStore    *store;

  GtkLabel   *title_label;
  GtkLabel   *caption_label;
  GtkLabel   *accounts_value;
  GtkLabel   *mrr_value;
  GtkLabel   *paying_value;
  GtkLabel   *arpa_value;
  GtkLabel   *tracks_value;
  GtkLabel   *scenarios_value;
  GtkLabel   *phase_model_value;
  GtkLabel   *currency_value;
};

G_DEFINE_FINAL_TYPE (PoDashboardView, po_dashboard_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_count (GtkLabel *label,
           guint64   count)
{
  g_autofree char *text = po_view_format_count (count);

  gtk_label_set_label (label, text);
}

static void
clear_figures (PoDashboardView *self)
{
  GtkLabel *labels[] = {
    self->accounts_value, self->mrr_value, self->paying_value, self->arpa_value,
    self->tracks_value, self->scenarios_value, self->phase_model_value,
    self->currency_value,
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    gtk_label_set_label (labels[i], "—");
  gtk_label_set_label (self->caption_label, "");
  gtk_label_set_label (self->title_label, _("Dashboard"));
}

/* The workspace's name: its file name without the extension. */
static char *
workspace_name (PoStore *store)
{
  char *name = g_filename_display_basename (po_store_get_path (store));

  if (g_str_has_suffix (name, ".peakone") && strlen (name) > strlen (".peakone"))
    name[strlen (name) - strlen (".peakone")] = '\0';
  return name;
}

static void
po_dashboard_view_refresh (PoDashboardView *self)
{
  g_autoptr(PoSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mrr = NULL;
  g_autofree char *arpa = NULL;
  g_autofree char *day = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *name = NULL;

  clear_figures (self);
  if (self->store == NULL)
    return;

  summary = po_summary_load (self->store, po_day_today (), PO_SUMMARY_ALL, &error);
  if (summary == NULL)
    {
      g_warning ("Cannot summarise the workspace: %s", error->message);
      return;
    }

  name = workspace_name (self->store);
  gtk_label_set_label (self->title_label, name);
  day = po_view_format_day (summary->day);
  /* TRANSLATORS: %s is today's date */
  caption = g_strdup_printf (_("Your customer base on %s"), day);
  gtk_label_set_label (self->caption_label, caption);

  set_count (self->accounts_value, summary->n_accounts);
  mrr = po_view_format_money (summary->currency, summary->mrr_cents);
  gtk_label_set_label (self->mrr_value, mrr);
  set_count (self->paying_value, summary->n_paying);
  if (summary->n_paying > 0)
    {
      /* Integer cents, rounded half up (DESIGN.md §3 ARPA). */
      gint64 cents = (summary->mrr_cents * 2 + summary->n_paying) / (2 * (gint64) summary->n_paying);

      arpa = po_view_format_money (summary->currency, cents);
      gtk_label_set_label (self->arpa_value, arpa);
    }
  set_count (self->tracks_value, summary->n_tracks);
  set_count (self->scenarios_value, g_strv_length (summary->scenarios));
  gtk_label_set_label (self->phase_model_value, summary->phase_model_title);
  gtk_label_set_label (self->currency_value, summary->currency);
}

static void
po_dashboard_view_dispose (GObject *object)
{
  PoDashboardView *self = (PoDashboardView *) object;

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), PO_TYPE_DASHBOARD_VIEW);

  G_OBJECT_CLASS (po_dashboard_view_parent_class)->dispose (object);
}

static void
po_dashboard_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PoDashboardView *self = PO_DASHBOARD_VIEW (object);

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
po_dashboard_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PoDashboardView *self = PO_DASHBOARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      po_dashboard_view_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_dashboard_view_class_init (PoDashboardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = po_dashboard_view_dispose;
  object_class->get_property = po_dashboard_view_get_property;
  object_class->set_property = po_dashboard_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PO_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-dashboard-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, title_label);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, caption_label);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, accounts_value);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, mrr_value);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, paying_value);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, arpa_value);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, tracks_value);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, scenarios_value);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, phase_model_value);
  gtk_widget_class_bind_template_child (widget_class, PoDashboardView, currency_value);
}

static void
po_dashboard_view_init (PoDashboardView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
po_dashboard_view_new (void)
{
  return g_object_new (PO_TYPE_DASHBOARD_VIEW, NULL);
}

PoStore *
po_dashboard_view_get_store (PoDashboardView *self)
{
  g_return_val_if_fail (PO_IS_DASHBOARD_VIEW (self), NULL);
  return self->store;
}

void
po_dashboard_view_set_store (PoDashboardView *self,
                             PoStore         *store)
{
  g_return_if_fail (PO_IS_DASHBOARD_VIEW (self));
  g_return_if_fail (store == NULL || PO_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, po_dashboard_view_refresh, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (po_dashboard_view_refresh),
                             self, G_CONNECT_SWAPPED);
  po_dashboard_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
