/* po-report-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Inside the data room report. Everything is measured in points on an A4
 * sheet; po_report_draw_page() scales the sheet to the target.
 */

#pragma once

#include <pango/pangocairo.h>

#include "po-chart.h"
#include "po-metrics.h"
#include "po-report.h"

G_BEGIN_DECLS

typedef struct _PoChartSource PoChartSource;
typedef struct _PoChartData   PoChartData;
typedef struct _PoJourneyMap  PoJourneyMap;

#define PO_REPORT_A4_SHORT   595.2756
#define PO_REPORT_A4_LONG    841.8898
#define PO_REPORT_MARGIN     48.0
#define PO_REPORT_BODY_TOP   118.0   /* below a section's header */
#define PO_REPORT_FOOTER     44.0    /* height of the footer band */
#define PO_REPORT_MAX_COLS   7
#define PO_REPORT_SPARK_MONTHS 24

#define PO_REPORT_FONT_BODY   9.0
#define PO_REPORT_FONT_SMALL  7.5

typedef enum
{
  PO_REPORT_BLOCK_HEADING,   /* cells[0], bold, space above */
  PO_REPORT_BLOCK_TEXT,      /* cells[0], body text */
  PO_REPORT_BLOCK_NOTE,      /* cells[0], small dim text */
  PO_REPORT_BLOCK_ROW,       /* one row of table */
  PO_REPORT_BLOCK_DEFINITION,/* cells: title, value, definition, formula */
} PoReportBlockKind;

typedef struct
{
  guint           n_cols;
  char           *headers[PO_REPORT_MAX_COLS];
  double          widths[PO_REPORT_MAX_COLS];   /* shares of the width */
  PangoAlignment  align[PO_REPORT_MAX_COLS];
  double          header_height;
} PoReportTable;

typedef struct
{
  PoReportBlockKind  kind;
  PoReportTable     *table;    /* rows only; owned by the report */
  char             **cells;
  gboolean           shaded;
  double             height;
} PoReportBlock;

typedef struct
{
  PoReportSection section;
  gboolean        landscape;
  guint           first_block;  /* flow sections: blocks on this page */
  guint           n_blocks;
} PoReportPage;

typedef struct
{
  char        *label;
  char        *value;
  char        *detail;     /* "+12.3 % vs. Oct 2025" or a target note */
  int          tone;       /* -1 bad, 0 neutral, +1 good */
  double       spark[PO_REPORT_SPARK_MONTHS];
  guint        n_spark;
  PoValueKind  kind;
  PoColorRole  color;
} PoReportCard;

typedef struct
{
  char    *name;
  int      start_month;
  guint    months;
  double  *mrr;            /* months + 1 values, t = 0..months */
  double  *nre;            /* NaN before t = 12 */
} PoReportScenario;

struct _PoReport
{
  GObject          parent_instance;

  char            *language;
  PoMonth          month;
  char            *workspace_name;
  char            *author;
  char            *title;
  char            *month_text;       /* "October 2026" */
  char            *date_text;        /* the day it was written */
  GDateTime       *created;
  char            *section_titles[PO_REPORT_N_SECTIONS];
  int              section_pages[PO_REPORT_N_SECTIONS];

  PoNumberStyle    numbers;
  PoChartStyle     chart_style;
  char            *font;

  /* KPI summary */
  PoMonthSummary   summary;
  GPtrArray       *cards;            /* PoReportCard */
  PoChartData     *retention_chart;
  PoChartData     *mrr_chart;
  char            *headline;

  /* journey map with its live overlay */
  PoJourneyMap    *journey;
  char            *journey_note;

  /* cohorts */
  PoChartData     *revenue_cohorts;
  PoChartData     *logo_cohorts;
  char            *cohort_note;

  /* NRE scenarios */
  GPtrArray       *scenarios;        /* PoReportScenario */
  int              scenario_first;   /* first month of the chart */
  guint            scenario_months;

  /* flowing sections: upgrade triggers, scenario table, appendix */
  GPtrArray       *tables;           /* PoReportTable, owned */
  GArray          *blocks;           /* PoReportBlock */
  guint            first_block[PO_REPORT_N_SECTIONS];
  guint            n_blocks[PO_REPORT_N_SECTIONS];

  GArray          *pages;            /* PoReportPage */
};

/* po-report-language.c: the report's language while building and drawing */
gpointer       _po_report_language_push   (const char          *language);
void           _po_report_language_pop    (gpointer             token);

/* po-report-text.c: text, blocks and pagination */
PangoLayout   *_po_report_layout          (cairo_t             *cr,
                                           const char          *family,
                                           const char          *text,
                                           double               size,
                                           int                  weight,
                                           double               width,
                                           PangoAlignment       align);
double         _po_report_text            (PoReport            *self,
                                           cairo_t             *cr,
                                           const char          *text,
                                           double               size,
                                           int                  weight,
                                           PoColor              color,
                                           double               x,
                                           double               y,
                                           double               width,
                                           PangoAlignment       align);
PoReportTable *_po_report_add_table       (PoReport            *self,
                                           guint                n_cols,
                                           const char * const  *headers,
                                           const double        *widths,
                                           const PangoAlignment *align);
void           _po_report_add_block       (PoReport            *self,
                                           PoReportBlockKind    kind,
                                           PoReportTable       *table,
                                           char               **cells);
void           _po_report_add_text        (PoReport            *self,
                                           PoReportBlockKind    kind,
                                           const char          *text);
void           _po_report_begin_flow      (PoReport            *self,
                                           PoReportSection      section);
void           _po_report_end_flow        (PoReport            *self,
                                           PoReportSection      section);
void           _po_report_measure_blocks  (PoReport            *self);
void           _po_report_paginate        (PoReport            *self);
void           _po_report_draw_blocks     (PoReport            *self,
                                           cairo_t             *cr,
                                           const PoReportPage  *page,
                                           double               x,
                                           double               y,
                                           double               width);
double         _po_report_body_height     (gboolean             landscape);

/* po-report-pages.c */
void           _po_report_draw_sheet      (PoReport            *self,
                                           guint                index,
                                           cairo_t             *cr);
PoColor        _po_report_color           (const char          *spec);

/* po-report-content.c: reading the workspace */
gboolean       _po_report_load_charts     (PoReport            *self,
                                           PoStore             *store,
                                           GCancellable        *cancellable,
                                           GError             **error);
gboolean       _po_report_load_journey    (PoReport            *self,
                                           PoStore             *store,
                                           GError             **error);
gboolean       _po_report_load_plans      (PoReport            *self,
                                           PoStore             *store,
                                           GError             **error);
void           _po_report_draw_chart      (PoChartData         *chart,
                                           cairo_t             *cr,
                                           double               width,
                                           double               height,
                                           const PoChartStyle  *style);
void           _po_report_draw_scenario_chart (PoReport        *self,
                                           cairo_t             *cr,
                                           gboolean             nre,
                                           double               width,
                                           double               height);
void           _po_report_draw_journey    (PoReport            *self,
                                           cairo_t             *cr,
                                           double               width,
                                           double               height);

/* po-report-appendix.c */
gboolean       _po_report_load_appendix   (PoReport            *self,
                                           const PoSettings    *settings,
                                           PoMetrics           *metrics,
                                           GError             **error);

void           _po_report_card_free       (PoReportCard        *card);
void           _po_report_scenario_free   (PoReportScenario    *scenario);

G_END_DECLS
