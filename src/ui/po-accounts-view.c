/* po-accounts-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-accounts-view"

#include "config.h"

#include <glib/gi18n.h>

#include "po-accounts-view.h"
#include "po-summary.h"
#include "po-view-helpers.h"

struct _PoAccountsView
{
  AdwBin      parent_instance;

  PoStore    *store;

  GtkLabel              *caption_label;
  AdwPreferencesGroup   *segments_group;
  AdwPreferencesGroup   *touch_group;

  GtkWidget             *segment_rows[PO_N_SEGMENTS];
  GtkWidget             *touch_rows[PO_TOUCH_TECH + 1];

};

G_DEFINE_FINAL_TYPE (PoAccountsView, po_accounts_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_share (GtkWidget *row,
           guint      count,
           guint      total)
{
  g_autofree char *text = po_view_format_count (count);
  GtkWidget *bar = gtk_widget_get_prev_sibling (g_object_get_data (G_OBJECT (row), "po-value-label"));

  po_value_row_set_value (row, text);
  if (GTK_IS_LEVEL_BAR (bar))
    gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), total > 0 ? (double) count / total : 0.0);
}

static void
po_accounts_view_refresh (PoAccountsView *self)
{
  g_autoptr(PoSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *caption = NULL;

  for (guint s = 0; s < PO_N_SEGMENTS; s++)
    set_share (self->segment_rows[s], 0, 0);
  for (guint t = 0; t <= PO_TOUCH_TECH; t++)
    set_share (self->touch_rows[t], 0, 0);
  gtk_label_set_label (self->caption_label, "");
  if (self->store == NULL)
    return;

  summary = po_summary_load (self->store, po_day_today (), PO_SUMMARY_ACCOUNTS, &error);
  if (summary == NULL)
    {
      g_warning ("Cannot summarise the accounts: %s", error->message);
      return;
    }

  caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u account in the workspace",
                                          "%u accounts in the workspace", summary->n_accounts),
                             summary->n_accounts);
  gtk_label_set_label (self->caption_label, caption);
  for (guint s = 0; s < PO_N_SEGMENTS; s++)
    set_share (self->segment_rows[s], summary->by_segment[s], summary->n_accounts);
  for (guint t = 0; t <= PO_TOUCH_TECH; t++)
    set_share (self->touch_rows[t], summary->by_touch[t], summary->n_accounts);
}

static void
po_accounts_view_dispose (GObject *object)
{
  PoAccountsView *self = (PoAccountsView *) object;

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), PO_TYPE_ACCOUNTS_VIEW);

  G_OBJECT_CLASS (po_accounts_view_parent_class)->dispose (object);
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
  object_class->get_property = po_accounts_view_get_property;
  object_class->set_property = po_accounts_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         PO_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-accounts-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PoAccountsView, caption_label);
  gtk_widget_class_bind_template_child (widget_class, PoAccountsView, segments_group);
  gtk_widget_class_bind_template_child (widget_class, PoAccountsView, touch_group);
}

static void
po_accounts_view_init (PoAccountsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint s = 0; s < PO_N_SEGMENTS; s++)
    {
      g_autofree char *name = g_strdup_printf ("segment-%s", po_enum_nick (&po_segment_enum, s));

      self->segment_rows[s] = po_value_row_new_with_bar (po_enum_label (&po_segment_enum, s),
                                                         "—", name, 0.0);
      adw_preferences_group_add (self->segments_group, self->segment_rows[s]);
    }
  for (guint t = 0; t <= PO_TOUCH_TECH; t++)
    {
      g_autofree char *name = g_strdup_printf ("touch-%s", po_enum_nick (&po_touch_enum, t));

      self->touch_rows[t] = po_value_row_new_with_bar (po_enum_label (&po_touch_enum, t),
                                                       "—", name, 0.0);
      adw_preferences_group_add (self->touch_group, self->touch_rows[t]);
    }

  po_accounts_view_refresh (self);
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
  g_return_if_fail (PO_IS_ACCOUNTS_VIEW (self));
  g_return_if_fail (store == NULL || PO_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, po_accounts_view_refresh, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (po_accounts_view_refresh),
                             self, G_CONNECT_SWAPPED);
  po_accounts_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}
