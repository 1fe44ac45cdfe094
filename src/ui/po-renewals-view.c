/* po-renewals-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-renewals-view"

#include "config.h"

#include <glib/gi18n.h>

#include "po-account-actions.h"
#include "po-phase-model.h"
#include "po-renewals-view.h"
#include "po-view-helpers.h"

#define LATE_DAYS 30

struct _PoRenewalsView
{
  AdwBin              parent_instance;

  PoAccountList      *accounts;
  PoHistory          *history;
  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkCustomFilter    *filter;
  PoSettings          settings;
  PoDay               today;

  GtkLabel           *summary_label;
  GtkDropDown        *window_dropdown;
  GtkColumnView      *column_view;
};

G_DEFINE_FINAL_TYPE (PoRenewalsView, po_renewals_view, ADW_TYPE_BIN)

static void on_map (PoRenewalsView *self);

enum { COL_ACCOUNT, COL_SEGMENT, COL_RENEWAL, COL_DAYS, COL_LEAD, COL_MILESTONE, COL_FORECAST, COL_MRR, N_COLS };

static const char *milestone_names[] = {
  N_("internal preparation"), N_("start the conversation"), N_("proposal"), N_("negotiation"), N_("signed"),
};

static gint64
days_left (PoRenewalsView *self,
           PoAccountRow   *row)
{
  return (gint64) po_account_row_get_renewal_on (row) - self->today;
}

/* Late: past the date, or within 30 days and not committed. */
static gboolean
is_late (PoRenewalsView *self,
         PoAccountRow   *row)
{
  gint64 left = days_left (self, row);

  return left < 0 || (left <= LATE_DAYS && po_account_row_get_forecast (row) != PO_FORECAST_COMMIT);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PoRenewalsView *self = user_data;
  PoAccountRow *row = item;
  guint window = gtk_drop_down_get_selected (self->window_dropdown);
  gint64 left;
  int lead;

  if (po_account_row_get_renewal_on (row) == PO_DAY_NONE || po_account_row_get_churned_on (row) != PO_DAY_NONE)
    return FALSE;
  left = days_left (self, row);
  lead = self->settings.lead_time_days[po_account_row_get_segment (row)];
  switch (window)
    {
    case 0:   /* inside the lead time, or late */
      return left <= MAX (lead, LATE_DAYS) && left >= -90;
    case 1:   /* late only */
      return left >= -90 && is_late (self, row);
    default:  /* the next 180 days */
      return left >= -90 && left <= 180;
    }
}

static void
on_forecast_selected (GtkDropDown    *dropdown,
                      GParamSpec     *pspec,
                      PoRenewalsView *self)
{
  g_autoptr(GError) error = NULL;
  GtkListItem *item = g_object_get_data (G_OBJECT (dropdown), "po-list-item");
  PoAccountRow *row = item != NULL ? gtk_list_item_get_item (item) : NULL;
  PoForecast forecast = gtk_drop_down_get_selected (dropdown);

  if (row == NULL || forecast == po_account_row_get_forecast (row) || self->history == NULL)
    return;
  if (!po_account_actions_set_renewal (self->history, po_account_row_get_id (row),
                                       po_account_row_get_renewal_on (row), forecast, &error))
    gtk_widget_activate_action (GTK_WIDGET (self), "accounts.toast", "(sb)", error->message, FALSE);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "accounts.toast", "(sb)", _("Forecast changed"), TRUE);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            PoRenewalsView           *self)
{
  guint col = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "po-col"));
  GtkWidget *widget;

  if (col == COL_FORECAST)
    {
      g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

      for (guint i = 0; i < po_forecast_enum.n_values; i++)
        gtk_string_list_append (list, po_enum_label (&po_forecast_enum, i));
      widget = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL);
      gtk_widget_add_css_class (widget, "flat");
      g_object_set_data (G_OBJECT (widget), "po-list-item", item);
      g_signal_connect (widget, "notify::selected", G_CALLBACK (on_forecast_selected), self);
    }
  else
    {
      widget = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (widget), col == COL_DAYS || col == COL_MRR ? 1.0 : 0.0);
      gtk_label_set_ellipsize (GTK_LABEL (widget), PANGO_ELLIPSIZE_END);
      if (col != COL_ACCOUNT && col != COL_SEGMENT && col != COL_MILESTONE)
        gtk_widget_add_css_class (widget, "numeric");
    }
  gtk_list_item_set_child (item, widget);
}

/* The next of the 180/120/90/60/30 day milestones; past the last one the
 * signature is due, unless the renewal is committed. */
static char *
milestone_text (PoRenewalsView *self,
                PoAccountRow   *row,
                gboolean       *overdue)
{
  PoDay renewal = po_account_row_get_renewal_on (row);

  *overdue = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (po_renewal_milestones); i++)
    {
      PoDay due = renewal - po_renewal_milestones[i];

      if (due >= self->today)
        {
          g_autofree char *day = po_day_format (due);

          /* TRANSLATORS: the next renewal milestone, "90 days: proposal, 2026-12-05" */
          return g_strdup_printf (_("%d days: %s, %s"), po_renewal_milestones[i],
                                  _(milestone_names[i]), day);
        }
    }
  if (po_account_row_get_forecast (row) == PO_FORECAST_COMMIT)
    return g_strdup (_("Committed; every milestone passed"));
  *overdue = TRUE;
  {
    g_autofree char *day = po_day_format (renewal - po_renewal_milestones[G_N_ELEMENTS (po_renewal_milestones) - 1]);

    /* TRANSLATORS: the 30-day milestone passed without a signature */
    return g_strdup_printf (_("Signature overdue since %s"), day);
  }
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           PoRenewalsView           *self)
{
  guint col = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "po-col"));
  PoAccountRow *row = gtk_list_item_get_item (item);
  GtkWidget *widget = gtk_list_item_get_child (item);
  gint64 left = days_left (self, row);
  int lead = self->settings.lead_time_days[po_account_row_get_segment (row)];
  g_autofree char *text = NULL;
  const char *css = NULL;

  switch (col)
    {
    case COL_FORECAST:
      g_signal_handlers_block_by_func (widget, on_forecast_selected, self);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), po_account_row_get_forecast (row));
      g_signal_handlers_unblock_by_func (widget, on_forecast_selected, self);
      return;
    case COL_ACCOUNT:
      text = g_strdup (po_account_row_get_name (row));
      break;
    case COL_SEGMENT:
      text = g_strdup (po_enum_label (&po_segment_enum, po_account_row_get_segment (row)));
      break;
    case COL_RENEWAL:
      text = po_day_format (po_account_row_get_renewal_on (row));
      break;
    case COL_DAYS:
      if (left >= 0)
        text = g_strdup_printf ("%d", (int) left);
      else
        /* TRANSLATORS: a renewal past its date, "12 late" (days) */
        text = g_strdup_printf (_("%d late"), (int) -left);
      css = is_late (self, row) ? "error" : left <= lead ? "warning" : NULL;
      break;
    case COL_LEAD:
      {
        g_autofree char *opens = po_day_format (po_account_row_get_renewal_on (row) - lead);

        /* TRANSLATORS: the lead time window, "120 days, from 2026-08-01" */
        text = g_strdup_printf (_("%d days, from %s"), lead, opens);
        css = left <= lead ? NULL : "dim-label";
      }
      break;
    case COL_MILESTONE:
      {
        gboolean overdue = FALSE;

        text = milestone_text (self, row, &overdue);
        css = overdue ? "error" : NULL;
      }
      break;
    case COL_MRR:
      text = po_view_format_money (self->settings.currency, po_account_row_get_mrr_cents (row));
      break;
    default:
      break;
    }
  gtk_label_set_label (GTK_LABEL (widget), text);
  gtk_widget_remove_css_class (widget, "error");
  gtk_widget_remove_css_class (widget, "warning");
  gtk_widget_remove_css_class (widget, "dim-label");
  if (css != NULL)
    gtk_widget_add_css_class (widget, css);
}

static int
compare_renewal (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return po_account_row_compare ((PoAccountRow *) a, (PoAccountRow *) b, PO_ACCOUNT_COLUMN_RENEWAL);
}

static int
compare_column (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return po_account_row_compare ((PoAccountRow *) a, (PoAccountRow *) b, GPOINTER_TO_INT (user_data));
}

static void
update_summary (PoRenewalsView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)), late = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PoAccountRow) row = g_list_model_get_item (G_LIST_MODEL (self->sort_model), i);

      late += is_late (self, row);
    }
  text = g_strdup_printf (_("%u renewals shown, %u late or at risk of slipping (within %d days and not committed)"),
                          n, late, LATE_DAYS);
  gtk_label_set_label (self->summary_label, text);
}

static void
refilter (PoRenewalsView *self)
{
  self->today = po_day_today ();
  if (self->accounts != NULL)
    {
      po_settings_clear (&self->settings);
      po_settings_load (&self->settings, po_account_list_get_store (self->accounts), NULL);
    }
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_summary (self);
}

static void
on_activate (PoRenewalsView *self,
             guint           position)
{
  g_autoptr(PoAccountRow) row = g_list_model_get_item (G_LIST_MODEL (self->sort_model), position);

  if (row != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "accounts.open", "x", po_account_row_get_id (row));
}

static void
po_renewals_view_dispose (GObject *object)
{
  PoRenewalsView *self = (PoRenewalsView *) object;

  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PO_TYPE_RENEWALS_VIEW);
  g_clear_object (&self->accounts);
  g_clear_object (&self->history);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  po_settings_clear (&self->settings);
  G_OBJECT_CLASS (po_renewals_view_parent_class)->dispose (object);
}

static void
po_renewals_view_class_init (PoRenewalsViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = po_renewals_view_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/peakone/PeakOne/po-renewals-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PoRenewalsView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PoRenewalsView, window_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PoRenewalsView, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
}

static void
po_renewals_view_init (PoRenewalsView *self)
{
  const char *titles[N_COLS] = { _("Account"), _("Segment"), _("Renewal"), _("Days Left"), _("Lead Time"),
                                 _("Next Milestone"), _("Forecast"), _("MRR") };
  const int sort_by[N_COLS] = { PO_ACCOUNT_COLUMN_NAME, PO_ACCOUNT_COLUMN_SEGMENT, -1, -1, -1, -1,
                                PO_ACCOUNT_COLUMN_FORECAST, PO_ACCOUNT_COLUMN_MRR };
  g_autoptr(GtkStringList) windows = gtk_string_list_new ((const char * const[]) {
    _("Inside the lead time"), _("Late"), _("Next 180 days"), NULL });
  GtkColumnViewColumn *renewal_column = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  po_settings_init_defaults (&self->settings);
  self->today = po_day_today ();
  gtk_drop_down_set_model (self->window_dropdown, G_LIST_MODEL (windows));

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  po_column_view_set_filtered_model (self->column_view, NULL, GTK_FILTER (self->filter),
                                     &self->filter_model, &self->sort_model);

  for (guint c = 0; c < N_COLS; c++)
    {
      g_autoptr(GtkSorter) sorter = NULL;
      GtkColumnViewColumn *column;

      if (c == COL_RENEWAL || c == COL_DAYS)
        sorter = GTK_SORTER (gtk_custom_sorter_new (compare_renewal, NULL, NULL));
      else if (sort_by[c] >= 0)
        sorter = GTK_SORTER (gtk_custom_sorter_new (compare_column, GINT_TO_POINTER (sort_by[c]), NULL));
      column = po_column_view_append_column (self->column_view, titles[c], c,
                                             G_CALLBACK (setup_cell), G_CALLBACK (bind_cell), self, sorter,
                                             c == COL_ACCOUNT || c == COL_MILESTONE, TRUE);
      if (c == COL_RENEWAL)
        renewal_column = column;
    }
  gtk_column_view_sort_by_column (self->column_view, renewal_column, GTK_SORT_ASCENDING);
  g_signal_connect_swapped (self->window_dropdown, "notify::selected", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->sort_model, "items-changed", G_CALLBACK (update_summary), self);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
}

/* Filtering 50,000 accounts is only worth it while the page shows. */
static void
on_map (PoRenewalsView *self)
{
  if (gtk_filter_list_model_get_model (self->filter_model) != G_LIST_MODEL (self->accounts))
    gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->accounts));
  refilter (self);
}

GtkWidget *
po_renewals_view_new (void)
{
  return g_object_new (PO_TYPE_RENEWALS_VIEW, NULL);
}

void
po_renewals_view_set_context (PoRenewalsView *self,
                              PoAccountList  *accounts,
                              PoHistory      *history)
{
  g_return_if_fail (PO_IS_RENEWALS_VIEW (self));

  g_set_object (&self->accounts, accounts);
  g_set_object (&self->history, history);
  gtk_filter_list_model_set_model (self->filter_model, NULL);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    on_map (self);
}

GListModel *
po_renewals_view_get_model (PoRenewalsView *self)
{
  g_return_val_if_fail (PO_IS_RENEWALS_VIEW (self), NULL);
  return G_LIST_MODEL (self->sort_model);
}
