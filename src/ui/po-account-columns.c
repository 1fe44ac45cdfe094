/* po-account-columns.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The columns of the accounts list: a factory per column whose few cell
 * widgets are recycled while scrolling, and a sorter per column.
 */

#define G_LOG_DOMAIN "po-accounts-view"

#include "config.h"

#include <glib/gi18n.h>

#include "po-account-columns.h"
#include "po-view-helpers.h"

typedef struct
{
  const char      *title;     /* N_() */
  PoAccountColumn  column;
  gboolean         expand;
  gboolean         numeric;
} ColumnInfo;

static const ColumnInfo columns[] = {
  { N_("Name"), PO_ACCOUNT_COLUMN_NAME, TRUE, FALSE },
  { N_("Segment"), PO_ACCOUNT_COLUMN_SEGMENT, FALSE, FALSE },
  { N_("Touch"), PO_ACCOUNT_COLUMN_TOUCH, FALSE, FALSE },
  { N_("Owner"), PO_ACCOUNT_COLUMN_OWNER, FALSE, FALSE },
  { N_("MRR"), PO_ACCOUNT_COLUMN_MRR, FALSE, TRUE },
  { N_("Health"), PO_ACCOUNT_COLUMN_HEALTH, FALSE, FALSE },
  { N_("Phases"), PO_ACCOUNT_COLUMN_PHASES, TRUE, FALSE },
  { N_("Renewal"), PO_ACCOUNT_COLUMN_RENEWAL, FALSE, FALSE },
  { N_("Open Tasks"), PO_ACCOUNT_COLUMN_OPEN_TASKS, FALSE, TRUE },
};

/* Cells */

static const char * const band_classes[] = { NULL, "error", "warning", "success" };

static void
set_classes (GtkWidget          *widget,
             const char * const *classes,
             guint               n,
             const char         *active)
{
  for (guint i = 0; i < n; i++)
    if (classes[i] != NULL && g_strcmp0 (classes[i], active) != 0)
      gtk_widget_remove_css_class (widget, classes[i]);
  if (active != NULL)
    gtk_widget_add_css_class (widget, active);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  const ColumnInfo *info = user_data;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), info->numeric ? 1.0 : 0.0);
  gtk_widget_set_hexpand (label, TRUE);
  if (info->numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), label);
  if (info->column == PO_ACCOUNT_COLUMN_HEALTH || info->column == PO_ACCOUNT_COLUMN_RENEWAL)
    {
      GtkWidget *second = gtk_label_new (NULL);

      gtk_widget_set_hexpand (label, FALSE);
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (second, "caption");
      gtk_box_append (GTK_BOX (box), second);
    }
  gtk_list_item_set_child (item, box);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  const ColumnInfo *info = user_data;
  const PoAccountColumnsContext *ctx = g_object_get_data (G_OBJECT (factory), "po-context");
  PoAccountRow *row = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkLabel *label = GTK_LABEL (gtk_widget_get_first_child (box));
  GtkLabel *second = GTK_LABEL (gtk_widget_get_next_sibling (GTK_WIDGET (label)));
  g_autofree char *text = NULL;
  g_autofree char *extra = NULL;
  const char *css = NULL, *css2 = NULL;

  switch (info->column)
    {
    case PO_ACCOUNT_COLUMN_NAME:
      text = g_strdup (po_account_row_get_name (row));
      if (po_account_row_get_churned_on (row) != PO_DAY_NONE)
        css = "dim-label";
      break;
    case PO_ACCOUNT_COLUMN_SEGMENT:
      text = g_strdup (po_enum_label (&po_segment_enum, po_account_row_get_segment (row)));
      break;
    case PO_ACCOUNT_COLUMN_TOUCH:
      text = g_strdup (po_enum_label (&po_touch_enum, po_account_row_get_touch (row)));
      break;
    case PO_ACCOUNT_COLUMN_OWNER:
      text = g_strdup (po_account_row_get_owner (row));
      break;
    case PO_ACCOUNT_COLUMN_MRR:
      text = po_view_format_money (ctx->currency, po_account_row_get_mrr_cents (row));
      break;
    case PO_ACCOUNT_COLUMN_HEALTH:
      {
        int score = po_account_row_get_health (row), trend = 0;
        PoHealthBand band = po_account_row_get_band (row);

        if (score == PO_HEALTH_MISSING)
          text = g_strdup ("—");
        else
          text = g_strdup_printf ("%d %s", score, po_health_band_label (band));
        css = band_classes[band];
        if (po_account_row_get_trend (row, &trend))
          {
            extra = trend > 0 ? g_strdup_printf ("↗ +%d", trend)
                  : trend < 0 ? g_strdup_printf ("↘ −%d", -trend)
                  : g_strdup ("→ 0");
            css2 = trend <= -15 ? "error" : "dim-label";
          }
      }
      break;
    case PO_ACCOUNT_COLUMN_PHASES:
      {
        const char * const *phases = po_account_row_get_phases (row);
        g_autoptr(GString) s = g_string_new (NULL);

        /* Several tracks in one phase read "Adoption ×3". */
        for (guint i = 0; phases[i] != NULL; i++)
          {
            const char *title = g_hash_table_lookup (ctx->phase_titles, phases[i]);
            guint n = 1;
            gboolean seen = FALSE;

            for (guint j = 0; j < i; j++)
              seen |= g_str_equal (phases[j], phases[i]);
            if (seen)
              continue;
            for (guint j = i + 1; phases[j] != NULL; j++)
              n += g_str_equal (phases[j], phases[i]);
            if (s->len > 0)
              g_string_append (s, ", ");
            g_string_append (s, title != NULL ? title : phases[i]);
            if (n > 1)
              g_string_append_printf (s, " ×%u", n);
          }
        text = g_string_free (g_steal_pointer (&s), FALSE);
      }
      break;
    case PO_ACCOUNT_COLUMN_RENEWAL:
      {
        PoDay renewal = po_account_row_get_renewal_on (row);
        PoForecast forecast = po_account_row_get_forecast (row);

        text = renewal != PO_DAY_NONE ? po_day_format (renewal) : g_strdup ("—");
        extra = g_strdup (po_enum_label (&po_forecast_enum, forecast));
        css2 = forecast == PO_FORECAST_AT_RISK ? "error"
             : forecast == PO_FORECAST_COMMIT ? "success" : "dim-label";
      }
      break;
    case PO_ACCOUNT_COLUMN_OPEN_TASKS:
      {
        guint open = po_account_row_get_open_tasks (row);

        text = open > 0 ? g_strdup_printf ("%u", open) : g_strdup ("");
        if (po_account_row_get_overdue_tasks (row) > 0)
          css = "error";
      }
      break;
    case PO_ACCOUNT_COLUMN_TREND:
    case PO_ACCOUNT_COLUMN_FORECAST:
    case PO_N_ACCOUNT_COLUMNS:
    default:
      break;
    }

  gtk_label_set_label (label, text);
  set_classes (GTK_WIDGET (label), (const char * const[]) { "error", "warning", "success", "dim-label" }, 4, css);
  if (second != NULL)
    {
      gtk_label_set_label (second, extra != NULL ? extra : "");
      set_classes (GTK_WIDGET (second), (const char * const[]) { "error", "success", "dim-label" }, 3, css2);
    }
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return po_account_row_compare ((PoAccountRow *) a, (PoAccountRow *) b, GPOINTER_TO_INT (user_data));
}

void
po_account_columns_add (GtkColumnView                 *view,
                        const PoAccountColumnsContext *ctx)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autoptr(GtkSorter) sorter = NULL;

      g_object_set_data (G_OBJECT (factory), "po-context", (gpointer) ctx);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), (gpointer) &columns[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), (gpointer) &columns[i]);
      column = gtk_column_view_column_new (_(columns[i].title), g_object_ref (factory));
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rows, GINT_TO_POINTER (columns[i].column), NULL));
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (columns[i].column == PO_ACCOUNT_COLUMN_NAME)
        gtk_column_view_column_set_fixed_width (column, 260);
      gtk_column_view_append_column (view, column);
    }
}

