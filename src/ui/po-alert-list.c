/* po-alert-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-alert-list"

#include "config.h"

#include <glib/gi18n.h>

#include "po-alert-list.h"
#include "po-defaults.h"

#define MAX_ROWS 100

struct _PoAlertList
{
  GtkWidget    parent_instance;

  GtkWidget   *stack;
  GtkListBox  *list;
  GtkWidget   *more_label;
  guint        n_alerts;
};

G_DEFINE_FINAL_TYPE (PoAlertList, po_alert_list, GTK_TYPE_WIDGET)

/* Rules that mean money at risk come first and in red; opportunities in
 * green; the rest are warnings. */
static const char *
rule_icon (const char  *rule,
           const char **css)
{
  static const char * const danger[] = { "health_red", "renewal_late", "payment_failed", "champion_left" };
  static const char * const good[] = { "expansion_ready", "advocacy_candidate" };

  for (guint i = 0; i < G_N_ELEMENTS (danger); i++)
    if (g_str_equal (rule, danger[i]))
      {
        *css = "error";
        return "dialog-error-symbolic";
      }
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    if (g_str_equal (rule, good[i]))
      {
        *css = "success";
        return "emblem-ok-symbolic";
      }
  *css = "warning";
  return "dialog-warning-symbolic";
}

static int
rule_rank (const char *rule)
{
  const char *css;

  rule_icon (rule, &css);
  return g_str_equal (css, "error") ? 0 : g_str_equal (css, "warning") ? 1 : 2;
}

static int
compare_alerts (gconstpointer a,
                gconstpointer b)
{
  const PoAlert *aa = a, *ab = b;
  int ra = rule_rank (aa->rule), rb = rule_rank (ab->rule);

  if (ra != rb)
    return ra - rb;
  return g_strcmp0 (aa->account_key, ab->account_key);
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  PoAlertList   *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "po-account-id"));

  if (id > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-account", "x", id);
}

static GtkWidget *
make_row (const PoAlert *alert,
          PoChartSource *source)
{
  const PoBuiltinSignalRule *rule = po_builtin_signal_rule (alert->rule);
  const char *name = source ? po_chart_source_account_name (source, alert->account_id) : NULL;
  const char *css = NULL;
  const char *icon_name = rule_icon (alert->rule, &css);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *title = gtk_label_new (name ? name : alert->account_key);
  GtkWidget *detail;
  g_autofree char *subtitle = NULL;

  subtitle = g_strdup_printf ("%s · %s", rule ? _(rule->title) : alert->rule,
                              alert->detail ? alert->detail : "");
  detail = gtk_label_new (subtitle);

  gtk_widget_add_css_class (icon, css);
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_label_set_lines (GTK_LABEL (detail), 2);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), detail);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "po-account-id", GSIZE_TO_POINTER ((gsize) alert->account_id));
  gtk_widget_set_tooltip_text (row, _("Open the account"));
  return row;
}

static void
po_alert_list_dispose (GObject *object)
{
  PoAlertList *self = PO_ALERT_LIST (object);

  g_clear_pointer (&self->stack, gtk_widget_unparent);

  G_OBJECT_CLASS (po_alert_list_parent_class)->dispose (object);
}

static void
po_alert_list_class_init (PoAlertListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = po_alert_list_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "poalertlist");
}

static void
po_alert_list_init (PoAlertList *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *empty = gtk_label_new (_("No alerts: every account looks fine."));

  self->stack = gtk_stack_new ();
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_set_name (GTK_WIDGET (self->list), "alert-list");
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (self->list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));
  self->more_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->more_label, "dim-label");
  gtk_box_append (GTK_BOX (box), self->more_label);

  gtk_widget_add_css_class (empty, "dim-label");
  gtk_widget_set_margin_top (empty, 24);
  gtk_widget_set_margin_bottom (empty, 24);
  gtk_stack_add_named (GTK_STACK (self->stack), box, "alerts");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
}

GtkWidget *
po_alert_list_new (void)
{
  return g_object_new (PO_TYPE_ALERT_LIST, NULL);
}

void
po_alert_list_set_alerts (PoAlertList   *self,
                          GArray        *alerts,
                          PoChartSource *source)
{
  g_autofree PoAlert *sorted = NULL;
  GtkWidget *child;

  g_return_if_fail (PO_IS_ALERT_LIST (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  self->n_alerts = alerts ? alerts->len : 0;
  if (self->n_alerts > 0)
    {
      sorted = g_memdup2 (alerts->data, sizeof (PoAlert) * alerts->len);
      qsort (sorted, alerts->len, sizeof (PoAlert), compare_alerts);
      for (guint i = 0; i < alerts->len && i < MAX_ROWS; i++)
        gtk_list_box_append (self->list, make_row (&sorted[i], source));
    }
  if (self->n_alerts > MAX_ROWS)
    {
      g_autofree char *more = g_strdup_printf (_("and %u more"), self->n_alerts - MAX_ROWS);

      gtk_label_set_label (GTK_LABEL (self->more_label), more);
    }
  gtk_widget_set_visible (self->more_label, self->n_alerts > MAX_ROWS);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), self->n_alerts > 0 ? "alerts" : "empty");
}

guint
po_alert_list_get_n_alerts (PoAlertList *self)
{
  g_return_val_if_fail (PO_IS_ALERT_LIST (self), 0);
  return self->n_alerts;
}

GtkWidget *
po_alert_list_get_row (PoAlertList *self,
                       guint        index)
{
  g_return_val_if_fail (PO_IS_ALERT_LIST (self), NULL);
  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, (int) index));
}
