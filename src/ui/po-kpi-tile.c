/* po-kpi-tile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-kpi-tile"

#include "config.h"

#include <glib/gi18n.h>

#include "po-chart-widget.h"
#include "po-kpi-tile.h"

struct _PoKpiTile
{
  GtkWidget       parent_instance;

  GtkBox         *box;
  GtkLabel       *title_label;
  GtkLabel       *value_label;
  GtkBox         *change_box;
  GtkImage       *change_icon;
  GtkLabel       *change_label;
  GtkLabel       *caption_label;
  PoChartWidget  *sparkline;
};

G_DEFINE_FINAL_TYPE (PoKpiTile, po_kpi_tile, GTK_TYPE_WIDGET)

static void
update_accessible (PoKpiTile *self)
{
  g_autofree char *label = g_strdup_printf ("%s: %s", gtk_label_get_label (self->title_label),
                                            gtk_label_get_label (self->value_label));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  gtk_label_get_label (self->change_label),
                                  -1);
}

static void
po_kpi_tile_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PO_TYPE_KPI_TILE);

  G_OBJECT_CLASS (po_kpi_tile_parent_class)->dispose (object);
}

static void
po_kpi_tile_class_init (PoKpiTileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = po_kpi_tile_dispose;

  g_type_ensure (PO_TYPE_CHART_WIDGET);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-kpi-tile.ui");
  gtk_widget_class_bind_template_child (widget_class, PoKpiTile, box);
  gtk_widget_class_bind_template_child (widget_class, PoKpiTile, title_label);
  gtk_widget_class_bind_template_child (widget_class, PoKpiTile, value_label);
  gtk_widget_class_bind_template_child (widget_class, PoKpiTile, change_box);
  gtk_widget_class_bind_template_child (widget_class, PoKpiTile, change_icon);
  gtk_widget_class_bind_template_child (widget_class, PoKpiTile, change_label);
  gtk_widget_class_bind_template_child (widget_class, PoKpiTile, caption_label);
  gtk_widget_class_bind_template_child (widget_class, PoKpiTile, sparkline);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pokpitile");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
po_kpi_tile_init (PoKpiTile *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  po_chart_widget_set_interactive (self->sparkline, FALSE);
  po_kpi_tile_set_change (self, PO_KPI_CHANGE_NONE, NULL, TRUE);
}

GtkWidget *
po_kpi_tile_new (void)
{
  return g_object_new (PO_TYPE_KPI_TILE, NULL);
}

void
po_kpi_tile_set_title (PoKpiTile  *self,
                       const char *title)
{
  g_return_if_fail (PO_IS_KPI_TILE (self));

  gtk_label_set_label (self->title_label, title);
  update_accessible (self);
}

const char *
po_kpi_tile_get_title (PoKpiTile *self)
{
  g_return_val_if_fail (PO_IS_KPI_TILE (self), NULL);
  return gtk_label_get_label (self->title_label);
}

void
po_kpi_tile_set_value (PoKpiTile  *self,
                       const char *value)
{
  g_return_if_fail (PO_IS_KPI_TILE (self));

  gtk_label_set_label (self->value_label, value ? value : "—");
  update_accessible (self);
}

const char *
po_kpi_tile_get_value (PoKpiTile *self)
{
  g_return_val_if_fail (PO_IS_KPI_TILE (self), NULL);
  return gtk_label_get_label (self->value_label);
}

void
po_kpi_tile_set_change (PoKpiTile   *self,
                        PoKpiChange  change,
                        const char  *text,
                        gboolean     good)
{
  GtkWidget *box;

  g_return_if_fail (PO_IS_KPI_TILE (self));

  box = GTK_WIDGET (self->change_box);
  gtk_widget_remove_css_class (box, "success");
  gtk_widget_remove_css_class (box, "error");
  gtk_widget_remove_css_class (box, "dim-label");
  switch (change)
    {
    case PO_KPI_CHANGE_UP:
      gtk_image_set_from_icon_name (self->change_icon, "go-up-symbolic");
      break;
    case PO_KPI_CHANGE_DOWN:
      gtk_image_set_from_icon_name (self->change_icon, "go-down-symbolic");
      break;
    case PO_KPI_CHANGE_FLAT:
      gtk_image_set_from_icon_name (self->change_icon, "go-next-symbolic");
      break;
    case PO_KPI_CHANGE_NONE:
    default:
      gtk_image_clear (self->change_icon);
      break;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->change_icon), change != PO_KPI_CHANGE_NONE);
  if (change == PO_KPI_CHANGE_UP || change == PO_KPI_CHANGE_DOWN)
    gtk_widget_add_css_class (box, good ? "success" : "error");
  else
    gtk_widget_add_css_class (box, "dim-label");
  gtk_label_set_label (self->change_label, text ? text : _("No previous period"));
  update_accessible (self);
}

const char *
po_kpi_tile_get_change (PoKpiTile *self)
{
  g_return_val_if_fail (PO_IS_KPI_TILE (self), NULL);
  return gtk_label_get_label (self->change_label);
}

void
po_kpi_tile_set_caption (PoKpiTile  *self,
                         const char *caption)
{
  g_return_if_fail (PO_IS_KPI_TILE (self));

  gtk_label_set_label (self->caption_label, caption);
  gtk_widget_set_visible (GTK_WIDGET (self->caption_label), caption != NULL && *caption != '\0');
}

void
po_kpi_tile_set_sparkline (PoKpiTile   *self,
                           PoChartData *sparkline)
{
  g_return_if_fail (PO_IS_KPI_TILE (self));

  po_chart_widget_set_data (self->sparkline, sparkline);
}
