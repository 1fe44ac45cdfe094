/* po-chart-widget.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-chart-widget"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "po-chart-widget.h"
#include "po-render.h"

#define EXPORT_WIDTH     1200
#define EXPORT_HEIGHT    675
#define MAX_POPOVER_ROWS 200

struct _PoChartWidget
{
  GtkWidget              parent_instance;

  PoChartData           *data;
  PoNumberStyle          numbers;
  gboolean               interactive;
  int                    cursor;        /* keyboard: column index, -1 none */

  GtkPopover            *popover;
  GtkFileChooserNative  *chooser;
};

G_DEFINE_FINAL_TYPE (PoChartWidget, po_chart_widget, GTK_TYPE_WIDGET)

enum {
  HIT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

void
po_chart_widget_get_style (PoChartWidget *self,
                           PoChartStyle  *style)
{
  g_return_if_fail (PO_IS_CHART_WIDGET (self));

  po_chart_style_init (style, is_dark (), &self->numbers);
  /* the card behind the chart shows through */
  style->flags |= PO_CHART_TRANSPARENT;
}

static void
po_chart_widget_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  PoChartWidget *self = PO_CHART_WIDGET (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  PoChartStyle style;
  cairo_t *cr;

  if (self->data == NULL || width < 2 || height < 2)
    return;

  po_chart_widget_get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  po_chart_data_draw (self->data, cr, width, height, &style);
  cairo_destroy (cr);
}

static void
po_chart_widget_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  PoChartWidget *self = PO_CHART_WIDGET (widget);

  if (self->popover != NULL)
    gtk_popover_present (self->popover);
}

static gboolean
hit_at (PoChartWidget *self,
        double         x,
        double         y,
        PoChartHit    *hit)
{
  PoChartStyle style;

  if (self->data == NULL)
    return FALSE;
  po_chart_widget_get_style (self, &style);
  return po_chart_data_hit (self->data, &style, gtk_widget_get_width (GTK_WIDGET (self)),
                            gtk_widget_get_height (GTK_WIDGET (self)), x, y, hit);
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  PoChartWidget *self = PO_CHART_WIDGET (widget);
  g_autofree char *text = NULL;
  PoChartHit hit;

  if (!self->interactive || !hit_at (self, x, y, &hit))
    return FALSE;
  text = po_chart_data_hit_text (self->data, &hit, &self->numbers);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  PoChartWidget *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "po-account-id"));

  if (id <= 0)
    return;
  gtk_popover_popdown (self->popover);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-account", "x", id);
}

static void
clear_popover (PoChartWidget *self)
{
  if (self->popover == NULL)
    return;
  gtk_widget_unparent (GTK_WIDGET (self->popover));
  self->popover = NULL;
}

static void
show_accounts (PoChartWidget    *self,
               const PoChartHit *hit,
               GArray           *ids)
{
  PoChartSource *source = po_chart_data_get_source (self->data);
  g_autofree char *text = po_chart_data_hit_text (self->data, hit, &self->numbers);
  g_autofree char *count = NULL;
  GtkWidget *box, *heading, *list, *scroller;
  char *newline;

  clear_popover (self);
  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (self));
  gtk_popover_set_pointing_to (self->popover,
                               &(GdkRectangle) { (int) hit->x - 1, (int) hit->y - 1, 2, 2 });

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  if (text != NULL && (newline = strchr (text, '\n')) != NULL)
    *newline = '\0';
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u account", "%s · %u accounts", ids->len),
                           text ? text : "", ids->len);
  heading = gtk_label_new (count);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_box_append (GTK_BOX (box), heading);

  list = gtk_list_box_new ();
  gtk_widget_set_name (list, "chart-accounts");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < ids->len && i < MAX_POPOVER_ROWS; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      const char *name = source ? po_chart_source_account_name (source, id) : NULL;
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = gtk_label_new (name ? name : "—");

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_set_margin_top (label, 8);
      gtk_widget_set_margin_bottom (label, 8);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      g_object_set_data (G_OBJECT (row), "po-account-id", GSIZE_TO_POINTER ((gsize) id));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  g_signal_connect (list, "row-activated", G_CALLBACK (on_row_activated), self);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_widget_set_size_request (scroller, 260, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_box_append (GTK_BOX (box), scroller);
  if (ids->len > MAX_POPOVER_ROWS)
    {
      g_autofree char *more = g_strdup_printf (_("and %u more"), ids->len - MAX_POPOVER_ROWS);
      GtkWidget *label = gtk_label_new (more);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_popover_set_child (self->popover, box);
  gtk_popover_popup (self->popover);
}

static void
activate_hit (PoChartWidget    *self,
              const PoChartHit *hit)
{
  g_autoptr(GArray) ids = po_chart_data_hit_accounts (self->data, hit);

  g_signal_emit (self, signals[HIT_ACTIVATED], 0, hit);
  if (ids != NULL && ids->len > 0)
    show_accounts (self, hit, ids);
}

gboolean
po_chart_widget_activate_at (PoChartWidget *self,
                             double         x,
                             double         y)
{
  PoChartHit hit;

  g_return_val_if_fail (PO_IS_CHART_WIDGET (self), FALSE);

  if (!hit_at (self, x, y, &hit))
    return FALSE;
  activate_hit (self, &hit);
  return TRUE;
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   PoChartWidget   *self)
{
  if (!self->interactive)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  po_chart_widget_activate_at (self, x, y);
}

/* Keyboard: a cursor over the columns of charts over months, or over the
 * marks of a renewal timeline. */
static int
n_columns (PoChartWidget *self)
{
  switch (po_chart_data_get_kind (self->data))
    {
    case PO_CHART_KIND_LINE:
      return (int) po_chart_data_get_line (self->data)->n_months;
    case PO_CHART_KIND_BARS:
      return (int) po_chart_data_get_bars (self->data)->n_months;
    case PO_CHART_KIND_DISTRIBUTION:
      return (int) po_chart_data_get_distribution (self->data)->n_months;
    case PO_CHART_KIND_RENEWALS:
      return (int) po_chart_data_get_renewals (self->data)->n_marks;
    case PO_CHART_KIND_HEATMAP:
      return (int) po_chart_data_get_heatmap (self->data)->n_rows;
    case PO_CHART_KIND_SPARKLINE:
    default:
      return 0;
    }
}

static void
cursor_hit (PoChartWidget *self,
            PoChartHit    *hit)
{
  int first = 0;

  po_chart_hit_clear (hit);
  hit->index = self->cursor;
  hit->x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  hit->y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
  switch (po_chart_data_get_kind (self->data))
    {
    case PO_CHART_KIND_LINE:
      first = po_chart_data_get_line (self->data)->first_month;
      hit->series = 0;
      break;
    case PO_CHART_KIND_BARS:
      first = po_chart_data_get_bars (self->data)->first_month;
      break;
    case PO_CHART_KIND_DISTRIBUTION:
      first = po_chart_data_get_distribution (self->data)->first_month;
      break;
    case PO_CHART_KIND_HEATMAP:
      /* a cohort row: its first month */
      hit->row = self->cursor;
      hit->index = 0;
      first = po_chart_data_get_heatmap (self->data)->row_months[self->cursor] - self->cursor;
      break;
    case PO_CHART_KIND_RENEWALS:
    case PO_CHART_KIND_SPARKLINE:
    default:
      break;
    }
  hit->month = first + self->cursor;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PoChartWidget         *self)
{
  int n;
  PoChartHit hit;

  if (self->data == NULL || !self->interactive || (n = n_columns (self)) == 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Up:
      self->cursor = self->cursor < 0 ? n - 1 : MAX (self->cursor - 1, 0);
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Down:
      self->cursor = self->cursor < 0 ? n - 1 : MIN (self->cursor + 1, n - 1);
      break;
    case GDK_KEY_Home:
      self->cursor = 0;
      break;
    case GDK_KEY_End:
      self->cursor = n - 1;
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      if (self->cursor < 0)
        self->cursor = n - 1;
      cursor_hit (self, &hit);
      activate_hit (self, &hit);
      return TRUE;
    default:
      return FALSE;
    }

  /* say where the cursor is */
  cursor_hit (self, &hit);
  {
    g_autofree char *text = po_chart_data_hit_text (self->data, &hit, &self->numbers);

    gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  }
  return TRUE;
}

/* Export */

static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    PoChartWidget   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  PoChartRenderJob job;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);
  if (file == NULL || self->data == NULL)
    return;

  path = g_file_get_path (file);
  job.data = self->data;
  po_chart_style_init (&job.style, FALSE, &self->numbers);
  if (!po_render_to_file (path, EXPORT_WIDTH, EXPORT_HEIGHT, po_chart_data_render_func, &job, &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *message = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                   _("Could not export the chart"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
    }
}

void
po_chart_widget_export (PoChartWidget *self)
{
  GtkRoot *root;
  g_autofree char *name = NULL;
  const char *patterns[][2] = {
    { N_("PNG image"), "*.png" },
    { N_("SVG image"), "*.svg" },
    { N_("PDF document"), "*.pdf" },
  };

  g_return_if_fail (PO_IS_CHART_WIDGET (self));

  if (self->data == NULL || self->chooser != NULL)
    return;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  self->chooser = gtk_file_chooser_native_new (_("Export Chart"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  name = g_strdup_printf ("%s.png", po_chart_data_get_title (self->data));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      GtkFileFilter *filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(patterns[i][0]));
      gtk_file_filter_add_pattern (filter, patterns[i][1]);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
      g_object_unref (filter);
    }
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  po_chart_widget_export (PO_CHART_WIDGET (widget));
}

static void
on_dark_changed (PoChartWidget *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
po_chart_widget_dispose (GObject *object)
{
  PoChartWidget *self = (PoChartWidget *) object;

  clear_popover (self);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_pointer (&self->data, po_chart_data_unref);

  G_OBJECT_CLASS (po_chart_widget_parent_class)->dispose (object);
}

static void
po_chart_widget_class_init (PoChartWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = po_chart_widget_dispose;
  widget_class->snapshot = po_chart_widget_snapshot;
  widget_class->size_allocate = po_chart_widget_size_allocate;

  /**
   * PoChartWidget::hit-activated:
   * @hit: (type gpointer): the PoChartHit clicked or chosen
   */
  signals[HIT_ACTIVATED] =
    g_signal_new ("hit-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_install_action (widget_class, "chart.export", NULL, export_action);
  gtk_widget_class_set_css_name (widget_class, "pochart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
po_chart_widget_init (PoChartWidget *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  const char * const *languages = g_get_language_names ();

  self->cursor = -1;
  po_number_style_for_language (&self->numbers, languages[0]);

  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (GTK_WIDGET (self), "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed), self, G_CONNECT_SWAPPED);
  po_chart_widget_set_interactive (self, TRUE);
}

GtkWidget *
po_chart_widget_new (void)
{
  return g_object_new (PO_TYPE_CHART_WIDGET, NULL);
}

void
po_chart_widget_set_data (PoChartWidget *self,
                          PoChartData   *data)
{
  g_autofree char *description = NULL;

  g_return_if_fail (PO_IS_CHART_WIDGET (self));

  if (data != NULL)
    po_chart_data_ref (data);
  g_clear_pointer (&self->data, po_chart_data_unref);
  self->data = data;
  self->cursor = -1;
  clear_popover (self);

  if (data != NULL)
    {
      description = po_chart_data_describe (data, &self->numbers);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, po_chart_data_get_title (data),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.export", data != NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

PoChartData *
po_chart_widget_get_data (PoChartWidget *self)
{
  g_return_val_if_fail (PO_IS_CHART_WIDGET (self), NULL);
  return self->data;
}

void
po_chart_widget_set_numbers (PoChartWidget       *self,
                             const PoNumberStyle *numbers)
{
  g_return_if_fail (PO_IS_CHART_WIDGET (self));
  g_return_if_fail (numbers != NULL);

  self->numbers = *numbers;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
po_chart_widget_set_interactive (PoChartWidget *self,
                                 gboolean       interactive)
{
  g_return_if_fail (PO_IS_CHART_WIDGET (self));

  self->interactive = interactive;
  gtk_widget_set_focusable (GTK_WIDGET (self), interactive);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), interactive);
  gtk_widget_set_can_target (GTK_WIDGET (self), interactive);
}

GtkPopover *
po_chart_widget_get_popover (PoChartWidget *self)
{
  g_return_val_if_fail (PO_IS_CHART_WIDGET (self), NULL);
  return self->popover;
}
