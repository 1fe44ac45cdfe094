/* po-report.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data room report (DESIGN.md §8, seed 000 "Verlinkte Unterlagen"):
 * one multi-page A4 document a founder can send to an investor — title
 * page, contents, KPI summary, the journey map with its live overlay,
 * retention cohorts, upgrade-trigger definitions, NRE scenarios and an
 * appendix with the metric definitions.
 *
 * po_report_new() reads everything from the workspace once (call it in a
 * worker thread with the thread's own store connection); afterwards the
 * report never touches the store, and the same po_report_draw_page()
 * paints the preview, the printed page and the PDF page.
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "po-date.h"
#include "po-store.h"

G_BEGIN_DECLS

#define PO_TYPE_REPORT (po_report_get_type ())

G_DECLARE_FINAL_TYPE (PoReport, po_report, PO, REPORT, GObject)

typedef enum
{
  PO_REPORT_SECTION_TITLE,
  PO_REPORT_SECTION_CONTENTS,
  PO_REPORT_SECTION_KPIS,
  PO_REPORT_SECTION_JOURNEY,
  PO_REPORT_SECTION_COHORTS,
  PO_REPORT_SECTION_TRIGGERS,
  PO_REPORT_SECTION_SCENARIOS,
  PO_REPORT_SECTION_APPENDIX,
  PO_REPORT_N_SECTIONS
} PoReportSection;

/* Called after each written page with the share done (0..1]. */
typedef void (*PoReportProgress) (double   fraction,
                                  gpointer user_data);

/* The last complete month before today that the workspace's data reaches
 * (the newest subscription line's start month, at most last month). */
PoMonth      po_report_default_month     (PoStore          *store);
/* "de" or "en": the language of the process's locale. */
const char  *po_report_default_language  (void);
/* TRUE for a language the report is written in ("de", "en"). */
gboolean     po_report_language_supported (const char      *language);

/* @language: "de", "en" or NULL for po_report_default_language(). */
PoReport    *po_report_new               (PoStore          *store,
                                          PoMonth           month,
                                          const char       *language,
                                          GCancellable     *cancellable,
                                          GError          **error);

PoMonth      po_report_get_month         (PoReport         *self);
const char  *po_report_get_language      (PoReport         *self);
/* The workspace's name (settings key "name", else the file name). */
const char  *po_report_get_workspace_name (PoReport        *self);
/* "Data room report — ACME — October 2026", the PDF title. */
const char  *po_report_get_title         (PoReport         *self);

guint        po_report_n_pages           (PoReport         *self);
/* The page's size in points (A4 portrait, or landscape for the map). */
void         po_report_get_page_size     (PoReport         *self,
                                          guint             page,
                                          double           *width,
                                          double           *height);
/* The first page (0-based) of a section, -1 when it has none. */
int          po_report_get_section_page  (PoReport         *self,
                                          PoReportSection   section);
/* Translated section title, in the report's language. */
const char  *po_report_get_section_title (PoReport         *self,
                                          PoReportSection   section);

/* Draws page @page (0-based) scaled to fit @width × @height user units of
 * @cr, centred, on a white sheet. */
void         po_report_draw_page         (PoReport         *self,
                                          guint             page,
                                          cairo_t          *cr,
                                          double            width,
                                          double            height);

/* Writes the whole report as a PDF with outline and metadata. */
gboolean     po_report_write_pdf         (PoReport         *self,
                                          const char       *path,
                                          GCancellable     *cancellable,
                                          PoReportProgress  progress,
                                          gpointer          progress_data,
                                          GError          **error);

G_END_DECLS
