/* po-report-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data room report window. Every picture of a page — thumbnail,
 * preview, printed sheet, PDF page — comes from po_report_draw_page(), so
 * what the founder sees is what the investor gets. Building the report
 * and writing the PDF run in GTasks; the window only draws.
 */

#define G_LOG_DOMAIN "po-report-dialog"

#include "config.h"

#include "po-idle.h"
#include "po-report-dialog.h"

#include <glib/gi18n.h>

#define N_MONTHS      24
#define THUMB_WIDTH   112
#define PREVIEW_PAD   24

struct _PoReportDialog
{
  AdwWindow       parent_instance;

  PoStore        *store;
  PoReport       *report;
  PoMonth         month;
  char           *language;
  guint           page;
  PoMonth         months[N_MONTHS];

  GCancellable   *build_cancellable;
  GCancellable   *save_cancellable;
  guint           build_serial;
  gboolean        building;
  guint           pulse_id;
  gboolean        saving;
  double          save_fraction;

  AdwToastOverlay *toasts;
  GtkDropDown    *month_dropdown;
  GtkDropDown    *language_dropdown;
  GtkStack       *stack;
  GtkListBox     *thumbs;
  GtkDrawingArea *preview;
  GtkLabel       *page_label;
  GtkRevealer    *progress_revealer;
  GtkProgressBar *progress;
  GtkLabel       *progress_label;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (PoReportDialog, po_report_dialog, ADW_TYPE_WINDOW)

static const char * const languages[] = { "en", "de" };

static void rebuild (PoReportDialog *self);

static gboolean
pulse (gpointer user_data)
{
  PoReportDialog *self = user_data;

  gtk_progress_bar_pulse (self->progress);
  return G_SOURCE_CONTINUE;
}

static void
update_state (PoReportDialog *self)
{
  guint n = self->report != NULL ? po_report_n_pages (self->report) : 0;
  gboolean ready = self->report != NULL && !self->building;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.save", ready && !self->saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.print", ready && !self->saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.cancel", self->saving || self->building);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.previous-page", ready && self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.next-page", ready && self->page + 1 < n);
  gtk_revealer_set_reveal_child (self->progress_revealer, self->saving || self->building);
  if (self->building && self->pulse_id == 0)
    self->pulse_id = g_timeout_add (120, pulse, self);
  else if (!self->building)
    g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->building)
    gtk_label_set_text (self->progress_label, _("Building the report…"));
  else if (self->saving)
    {
      gtk_label_set_text (self->progress_label, _("Writing the PDF…"));
      gtk_progress_bar_set_fraction (self->progress, self->save_fraction);
    }
  if (ready)
    {
      g_autofree char *text = g_strdup_printf (_("Page %u of %u"), self->page + 1, n);

      gtk_label_set_text (self->page_label, text);
    }
  else
    gtk_label_set_text (self->page_label, "");
}

/* Drawing */

static void
draw_sheet (PoReport *report,
            guint     page,
            cairo_t  *cr,
            double    x,
            double    y,
            double    width,
            double    height)
{
  double pw, ph, scale;

  po_report_get_page_size (report, page, &pw, &ph);
  scale = MIN (width / pw, height / ph);
  cairo_save (cr);
  cairo_translate (cr, x + (width - pw * scale) / 2, y + (height - ph * scale) / 2);
  /* a soft shadow under the sheet */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.12);
  cairo_rectangle (cr, 1, 2, pw * scale, ph * scale);
  cairo_fill (cr);
  po_report_draw_page (report, page, cr, pw * scale, ph * scale);
  cairo_restore (cr);
}

static void
preview_draw (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  PoReportDialog *self = user_data;

  if (self->report == NULL || self->page >= po_report_n_pages (self->report))
    return;
  draw_sheet (self->report, self->page, cr, PREVIEW_PAD, PREVIEW_PAD,
              width - 2 * PREVIEW_PAD, height - 2 * PREVIEW_PAD);
}

static void
thumb_draw (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  PoReportDialog *self = user_data;
  guint page = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "page"));

  if (self->report != NULL && page < po_report_n_pages (self->report))
    draw_sheet (self->report, page, cr, 0, 0, width, height);
}

static void
fill_thumbnails (PoReportDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->thumbs))) != NULL)
    gtk_list_box_remove (self->thumbs, child);
  if (self->report == NULL)
    return;

  for (guint p = 0; p < po_report_n_pages (self->report); p++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *area = gtk_drawing_area_new ();
      g_autofree char *number = g_strdup_printf ("%u", p + 1);
      GtkWidget *label = gtk_label_new (number);
      double w, h;

      po_report_get_page_size (self->report, p, &w, &h);
      g_object_set_data (G_OBJECT (area), "page", GUINT_TO_POINTER (p));
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), THUMB_WIDTH);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), (int) (THUMB_WIDTH * MAX (h / w, 0.71)));
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), thumb_draw, self, NULL);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_widget_set_margin_start (box, 8);
      gtk_widget_set_margin_end (box, 8);
      gtk_box_append (GTK_BOX (box), area);
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_box_append (self->thumbs, box);
    }
  gtk_list_box_select_row (self->thumbs, gtk_list_box_get_row_at_index (self->thumbs, (int) self->page));
}

static void
thumb_selected (GtkListBox    *box,
                GtkListBoxRow *row,
                gpointer       user_data)
{
  PoReportDialog *self = user_data;

  if (row != NULL)
    po_report_dialog_set_page (self, (guint) gtk_list_box_row_get_index (row));
}

/* Building the report in a worker */

typedef struct
{
  PoStore *worker;
  PoMonth  month;
  char    *language;
  guint    serial;
} BuildData;

static void
build_data_free (BuildData *data)
{
  g_clear_object (&data->worker);
  g_free (data->language);
  g_free (data);
}

static void
build_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  BuildData *data = task_data;
  GError *error = NULL;
  PoReport *report = po_report_new (data->worker, data->month, data->language, cancellable, &error);

  g_clear_object (&data->worker);
  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, g_object_unref);
}

static void
build_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  PoReportDialog *self = PO_REPORT_DIALOG (source);
  BuildData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  PoReport *report = g_task_propagate_pointer (G_TASK (result), &error);

  if (data->serial != self->build_serial)
    {
      g_clear_object (&report);
      return;
    }
  self->building = FALSE;
  if (report == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      update_state (self);
      return;
    }
  g_clear_object (&self->report);
  self->report = report;
  self->page = MIN (self->page, po_report_n_pages (report) - 1);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  fill_thumbnails (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
  update_state (self);
}

static void
rebuild (PoReportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  BuildData *data;

  if (self->store == NULL)
    return;
  g_cancellable_cancel (self->build_cancellable);
  g_clear_object (&self->build_cancellable);
  self->build_cancellable = g_cancellable_new ();

  data = g_new0 (BuildData, 1);
  data->worker = po_store_open_worker (self->store, &error);
  if (data->worker == NULL)
    {
      build_data_free (data);
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  data->month = self->month;
  data->language = g_strdup (self->language);
  data->serial = ++self->build_serial;
  self->building = TRUE;

  task = g_task_new (self, self->build_cancellable, build_done, NULL);
  g_task_set_source_tag (task, rebuild);
  g_task_set_task_data (task, data, (GDestroyNotify) build_data_free);
  g_task_run_in_thread (task, build_thread);
  update_state (self);
}

/* Saving in a worker */

typedef struct
{
  PoReport       *report;
  char           *path;
  PoReportDialog *self;    /* a reference while the task runs */
  int             permille; /* written by the worker, read here */
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->report);
  g_clear_object (&data->self);
  g_free (data->path);
  g_free (data);
}

static gboolean
save_progress_idle (gpointer user_data)
{
  GTask *task = user_data;
  SaveData *data = g_task_get_task_data (task);

  if (data->self->saving)
    {
      data->self->save_fraction = g_atomic_int_get (&data->permille) / 1000.0;
      update_state (data->self);
    }
  return G_SOURCE_REMOVE;
}

static void
save_progress (double   fraction,
               gpointer user_data)
{
  GTask *task = user_data;
  SaveData *data = g_task_get_task_data (task);

  g_atomic_int_set (&data->permille, (int) (fraction * 1000));
  po_idle_add_to_context (g_task_get_context (task), save_progress_idle,
                          g_object_ref (task), g_object_unref);
}

static void
save_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;

  if (po_report_write_pdf (data->report, data->path, cancellable, save_progress, task, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
save_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  PoReportDialog *self = PO_REPORT_DIALOG (source);
  SaveData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  self->saving = FALSE;
  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *name = g_path_get_basename (data->path);

      message = g_strdup_printf (_("Saved “%s”"), name);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    message = g_strdup (_("Saving cancelled"));
  else
    message = g_strdup (error->message);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
  update_state (self);
}

void
po_report_dialog_save_to (PoReportDialog *self,
                          const char     *path)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_return_if_fail (PO_IS_REPORT_DIALOG (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (self->report != NULL && !self->saving);

  g_clear_object (&self->save_cancellable);
  self->save_cancellable = g_cancellable_new ();
  data = g_new0 (SaveData, 1);
  data->report = g_object_ref (self->report);
  data->path = g_strdup (path);
  data->self = g_object_ref (self);
  self->saving = TRUE;
  self->save_fraction = 0;

  task = g_task_new (self, self->save_cancellable, save_done, NULL);
  g_task_set_source_tag (task, po_report_dialog_save_to);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
  update_state (self);
}

static void
chooser_response (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  PoReportDialog *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL && self->report != NULL && !self->saving)
        po_report_dialog_save_to (self, path);
    }
  g_clear_object (&self->chooser);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PoReportDialog *self = PO_REPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *month = po_month_format (self->month);
  g_autofree char *name = NULL;

  if (self->report == NULL || self->chooser != NULL)
    return;
  /* Translators: the suggested file name, "ACME Data Room 2026-10.pdf" */
  name = g_strdup_printf (_("%s Data Room %s.pdf"), po_report_get_workspace_name (self->report), month);
  self->chooser = gtk_file_chooser_native_new (_("Save Data Room Report"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Printing: the same page drawing on the print context */

static void
print_request_page_setup (GtkPrintOperation *operation,
                          GtkPrintContext   *context,
                          int                page,
                          GtkPageSetup      *setup,
                          gpointer           user_data)
{
  PoReport *report = user_data;
  double w, h;

  po_report_get_page_size (report, (guint) page, &w, &h);
  gtk_page_setup_set_orientation (setup, w > h ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                               : GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
print_draw_page (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 gpointer           user_data)
{
  PoReport *report = user_data;

  po_report_draw_page (report, (guint) page, gtk_print_context_get_cairo_context (context),
                       gtk_print_context_get_width (context), gtk_print_context_get_height (context));
}

static void
unref_report (gpointer  data,
              GClosure *closure)
{
  g_object_unref (data);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PoReportDialog *self = PO_REPORT_DIALOG (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) a4 = NULL;
  g_autoptr(GError) error = NULL;

  if (self->report == NULL)
    return;
  operation = gtk_print_operation_new ();
  setup = gtk_page_setup_new ();
  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, (int) po_report_n_pages (self->report));
  gtk_print_operation_set_job_name (operation, po_report_get_title (self->report));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "request-page-setup", G_CALLBACK (print_request_page_setup),
                         g_object_ref (self->report), unref_report, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (print_draw_page),
                         g_object_ref (self->report), unref_report, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PoReportDialog *self = PO_REPORT_DIALOG (widget);

  if (self->saving)
    g_cancellable_cancel (self->save_cancellable);
  else if (self->building)
    {
      g_cancellable_cancel (self->build_cancellable);
      self->building = FALSE;
      self->build_serial++;
      update_state (self);
    }
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PoReportDialog *self = PO_REPORT_DIALOG (widget);

  if (g_str_equal (action_name, "report.next-page"))
    po_report_dialog_set_page (self, self->page + 1);
  else if (self->page > 0)
    po_report_dialog_set_page (self, self->page - 1);
}

/* Month and language */

static void
month_changed (GtkDropDown *dropdown,
               GParamSpec  *pspec,
               gpointer     user_data)
{
  PoReportDialog *self = user_data;
  guint i = gtk_drop_down_get_selected (dropdown);

  if (i < N_MONTHS && self->months[i] != self->month)
    po_report_dialog_set_month (self, self->months[i]);
}

static void
language_changed (GtkDropDown *dropdown,
                  GParamSpec  *pspec,
                  gpointer     user_data)
{
  PoReportDialog *self = user_data;
  guint i = gtk_drop_down_get_selected (dropdown);

  if (i < G_N_ELEMENTS (languages))
    po_report_dialog_set_language (self, languages[i]);
}

static void
fill_months (PoReportDialog *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; i < N_MONTHS; i++)
    {
      g_autofree char *text = NULL;

      self->months[i] = self->month - (PoMonth) i;
      text = po_month_format (self->months[i]);
      gtk_string_list_append (model, text);
    }
  gtk_drop_down_set_model (self->month_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->month_dropdown, 0);
}

/* Construction */

static GtkWidget *
build_body (PoReportDialog *self)
{
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *side = gtk_scrolled_window_new ();
  GtkWidget *main_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *nav = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *previous = gtk_button_new_from_icon_name ("go-previous-symbolic");
  GtkWidget *next = gtk_button_new_from_icon_name ("go-next-symbolic");
  GtkWidget *loading = adw_status_page_new ();
  GtkWidget *progress_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->thumbs = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->thumbs), "navigation-sidebar");
  g_signal_connect (self->thumbs, "row-selected", G_CALLBACK (thumb_selected), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (side), GTK_WIDGET (self->thumbs));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (side), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (side, THUMB_WIDTH + 40, -1);

  self->preview = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->preview), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->preview), TRUE);
  gtk_drawing_area_set_draw_func (self->preview, preview_draw, self, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->preview), "view");

  gtk_actionable_set_action_name (GTK_ACTIONABLE (previous), "report.previous-page");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (next), "report.next-page");
  gtk_widget_set_tooltip_text (previous, _("Previous Page"));
  gtk_widget_set_tooltip_text (next, _("Next Page"));
  self->page_label = GTK_LABEL (gtk_label_new (""));
  gtk_widget_add_css_class (GTK_WIDGET (self->page_label), "numeric");
  gtk_widget_set_halign (nav, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (nav, 6);
  gtk_widget_set_margin_bottom (nav, 6);
  gtk_box_append (GTK_BOX (nav), previous);
  gtk_box_append (GTK_BOX (nav), GTK_WIDGET (self->page_label));
  gtk_box_append (GTK_BOX (nav), next);
  gtk_box_append (GTK_BOX (main_box), GTK_WIDGET (self->preview));
  gtk_box_append (GTK_BOX (main_box), nav);

  gtk_paned_set_start_child (GTK_PANED (paned), side);
  gtk_paned_set_end_child (GTK_PANED (paned), main_box);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_resize_start_child (GTK_PANED (paned), FALSE);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (loading), "x-office-document-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (loading), _("Preparing the Data Room Report"));
  adw_status_page_set_description (ADW_STATUS_PAGE (loading),
                                   _("Key figures, journey map, cohorts, upgrade triggers and NRE scenarios"));
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, loading, "loading");
  gtk_stack_add_named (self->stack, paned, "preview");
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);

  self->progress_label = GTK_LABEL (gtk_label_new (""));
  self->progress = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->progress), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->progress), GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "report.cancel");
  gtk_widget_set_margin_start (progress_box, 12);
  gtk_widget_set_margin_end (progress_box, 12);
  gtk_widget_set_margin_top (progress_box, 6);
  gtk_widget_set_margin_bottom (progress_box, 6);
  gtk_box_append (GTK_BOX (progress_box), GTK_WIDGET (self->progress_label));
  gtk_box_append (GTK_BOX (progress_box), GTK_WIDGET (self->progress));
  gtk_box_append (GTK_BOX (progress_box), cancel);
  self->progress_revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_child (self->progress_revealer, progress_box);

  gtk_box_append (GTK_BOX (outer), GTK_WIDGET (self->stack));
  gtk_box_append (GTK_BOX (outer), GTK_WIDGET (self->progress_revealer));
  return outer;
}

static GtkWidget *
build_header (PoReportDialog *self)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *title = adw_window_title_new (_("Data Room Report"), "");
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save PDF…"));
  GtkWidget *print = gtk_button_new_from_icon_name ("printer-symbolic");
  const char *language_names[] = { _("English"), _("German"), NULL };

  self->month_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->month_dropdown), _("Month of the report"));
  self->language_dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (language_names));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->language_dropdown), _("Language of the report"));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "report.save");
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (print), "report.print");
  gtk_widget_set_tooltip_text (print, _("Print…"));

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->month_dropdown));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->language_dropdown));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), print);
  return header;
}

static void
po_report_dialog_dispose (GObject *object)
{
  PoReportDialog *self = PO_REPORT_DIALOG (object);

  g_cancellable_cancel (self->build_cancellable);
  g_cancellable_cancel (self->save_cancellable);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (po_report_dialog_parent_class)->dispose (object);
}

static void
po_report_dialog_finalize (GObject *object)
{
  PoReportDialog *self = PO_REPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->report);
  g_clear_object (&self->build_cancellable);
  g_clear_object (&self->save_cancellable);
  g_free (self->language);

  G_OBJECT_CLASS (po_report_dialog_parent_class)->finalize (object);
}

static void
po_report_dialog_class_init (PoReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = po_report_dialog_dispose;
  object_class->finalize = po_report_dialog_finalize;

  gtk_widget_class_install_action (widget_class, "report.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "report.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "report.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "report.previous-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "report.next-page", NULL, page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "report.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "report.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "report.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "report.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
po_report_dialog_init (PoReportDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->language = g_strdup (po_report_default_language ());
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_box_append (GTK_BOX (box), build_header (self));
  gtk_box_append (GTK_BOX (box), build_body (self));
  adw_toast_overlay_set_child (self->toasts, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
  gtk_window_set_title (GTK_WINDOW (self), _("Data Room Report"));
  gtk_window_set_default_size (GTK_WINDOW (self), 980, 760);
  update_state (self);
}

PoReportDialog *
po_report_dialog_new (GtkWindow *parent,
                      PoStore   *store)
{
  PoReportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PO_IS_STORE (store), NULL);

  self = g_object_new (PO_TYPE_REPORT_DIALOG,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->store = g_object_ref (store);
  self->month = po_report_default_month (store);
  fill_months (self);
  gtk_drop_down_set_selected (self->language_dropdown, g_str_equal (self->language, "de") ? 1 : 0);
  g_signal_connect (self->month_dropdown, "notify::selected", G_CALLBACK (month_changed), self);
  g_signal_connect (self->language_dropdown, "notify::selected", G_CALLBACK (language_changed), self);
  rebuild (self);
  return self;
}

PoMonth
po_report_dialog_get_month (PoReportDialog *self)
{
  g_return_val_if_fail (PO_IS_REPORT_DIALOG (self), 0);
  return self->month;
}

void
po_report_dialog_set_month (PoReportDialog *self,
                            PoMonth         month)
{
  g_return_if_fail (PO_IS_REPORT_DIALOG (self));

  if (month == self->month && (self->report != NULL || self->building))
    return;
  self->month = month;
  for (guint i = 0; i < N_MONTHS; i++)
    if (self->months[i] == month && gtk_drop_down_get_selected (self->month_dropdown) != i)
      gtk_drop_down_set_selected (self->month_dropdown, i);
  rebuild (self);
}

const char *
po_report_dialog_get_language (PoReportDialog *self)
{
  g_return_val_if_fail (PO_IS_REPORT_DIALOG (self), NULL);
  return self->language;
}

void
po_report_dialog_set_language (PoReportDialog *self,
                               const char     *language)
{
  g_return_if_fail (PO_IS_REPORT_DIALOG (self));
  g_return_if_fail (po_report_language_supported (language));

  if (g_strcmp0 (language, self->language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);
  gtk_drop_down_set_selected (self->language_dropdown, g_str_equal (language, "de") ? 1 : 0);
  rebuild (self);
}

PoReport *
po_report_dialog_get_report (PoReportDialog *self)
{
  g_return_val_if_fail (PO_IS_REPORT_DIALOG (self), NULL);
  return self->building ? NULL : self->report;
}

guint
po_report_dialog_get_page (PoReportDialog *self)
{
  g_return_val_if_fail (PO_IS_REPORT_DIALOG (self), 0);
  return self->page;
}

void
po_report_dialog_set_page (PoReportDialog *self,
                           guint           page)
{
  g_return_if_fail (PO_IS_REPORT_DIALOG (self));

  if (self->report == NULL || page >= po_report_n_pages (self->report) || page == self->page)
    return;
  self->page = page;
  gtk_list_box_select_row (self->thumbs, gtk_list_box_get_row_at_index (self->thumbs, (int) page));
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
  update_state (self);
}

gboolean
po_report_dialog_is_busy (PoReportDialog *self)
{
  g_return_val_if_fail (PO_IS_REPORT_DIALOG (self), FALSE);
  return self->building || self->saving;
}
