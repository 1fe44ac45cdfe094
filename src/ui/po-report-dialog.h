/* po-report-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "po-report.h"
#include "po-store.h"

G_BEGIN_DECLS

#define PO_TYPE_REPORT_DIALOG (po_report_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PoReportDialog, po_report_dialog, PO, REPORT_DIALOG, AdwWindow)

/* The data room report window: page thumbnails and the current page
 * drawn by po_report_draw_page(), the month and language, "Save PDF…"
 * (written in a worker with progress and cancel) and "Print…" (the same
 * page drawing on the print context). The report is built in a worker on
 * its own store connection whenever the month or language changes.
 *
 * The window's actions: report.save, report.print, report.cancel,
 * report.previous-page, report.next-page. */
PoReportDialog *po_report_dialog_new          (GtkWindow       *parent,
                                               PoStore         *store);

PoMonth         po_report_dialog_get_month    (PoReportDialog  *self);
void            po_report_dialog_set_month    (PoReportDialog  *self,
                                               PoMonth          month);
const char     *po_report_dialog_get_language (PoReportDialog  *self);
void            po_report_dialog_set_language (PoReportDialog  *self,
                                               const char      *language);

/* The report shown, NULL while it is being built. */
PoReport       *po_report_dialog_get_report   (PoReportDialog  *self);
guint           po_report_dialog_get_page     (PoReportDialog  *self);
void            po_report_dialog_set_page     (PoReportDialog  *self,
                                               guint            page);
/* TRUE while the report is built or a PDF is written. */
gboolean        po_report_dialog_is_busy      (PoReportDialog  *self);

/* Writes the shown report to @path in a worker (what "Save PDF…" does
 * after the file chooser). */
void            po_report_dialog_save_to      (PoReportDialog  *self,
                                               const char      *path);

G_END_DECLS
