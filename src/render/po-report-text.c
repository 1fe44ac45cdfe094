/* po-report-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text, tables and the flow of the report's long sections (upgrade
 * triggers, appendix): blocks are measured once when the report is built
 * (with unhinted metrics, so a measurement holds on every surface) and
 * cut into pages; drawing a page only walks its blocks.
 */

#define G_LOG_DOMAIN "po-report"

#include "config.h"

#include <math.h>

#include "po-report-private.h"

#define CELL_PAD_X      5.0
#define CELL_PAD_Y      4.5
#define ROW_FONT        8.0
#define HEADER_FONT     7.5
#define HEADING_FONT    11.5
#define HEADING_ABOVE   16.0
#define HEADING_BELOW   7.0
#define TEXT_BELOW      11.0
#define DEF_TITLE_FONT  10.0
#define DEF_FORMULA     7.5
#define DEF_GAP         12.0

PangoLayout *
_po_report_layout (cairo_t        *cr,
                   const char     *family,
                   const char     *text,
                   double          size,
                   int             weight,
                   double          width,
                   PangoAlignment  align)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (family);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: the same line breaks on image, PDF and print. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, align);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

/* Draws @text with its top-left at (@x, @y); returns its height. */
double
_po_report_text (PoReport       *self,
                 cairo_t        *cr,
                 const char     *text,
                 double          size,
                 int             weight,
                 PoColor         color,
                 double          x,
                 double          y,
                 double          width,
                 PangoAlignment  align)
{
  g_autoptr(PangoLayout) layout = _po_report_layout (cr, self->font, text, size, weight, width, align);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  if (cr != NULL && color.alpha > 0)
    {
      cairo_save (cr);
      po_color_set_source (cr, color);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);
    }
  return (double) h / PANGO_SCALE;
}

static double
measure (PoReport   *self,
         cairo_t    *cr,
         const char *text,
         double      size,
         int         weight,
         double      width)
{
  PoColor none = { 0, 0, 0, 0 };

  return _po_report_text (self, cr, text, size, weight, none, 0, 0, width, PANGO_ALIGN_LEFT);
}

PoReportTable *
_po_report_add_table (PoReport              *self,
                      guint                  n_cols,
                      const char * const    *headers,
                      const double          *widths,
                      const PangoAlignment  *align)
{
  PoReportTable *table = g_new0 (PoReportTable, 1);

  g_return_val_if_fail (n_cols <= PO_REPORT_MAX_COLS, NULL);

  table->n_cols = n_cols;
  for (guint i = 0; i < n_cols; i++)
    {
      table->headers[i] = g_strdup (headers[i]);
      table->widths[i] = widths[i];
      table->align[i] = align != NULL ? align[i] : PANGO_ALIGN_LEFT;
    }
  g_ptr_array_add (self->tables, table);
  return table;
}

void
_po_report_add_block (PoReport           *self,
                      PoReportBlockKind   kind,
                      PoReportTable      *table,
                      char              **cells)
{
  PoReportBlock block = { kind, table, cells, FALSE, 0 };

  if (kind == PO_REPORT_BLOCK_ROW && self->blocks->len > 0)
    {
      PoReportBlock *prev = &g_array_index (self->blocks, PoReportBlock, self->blocks->len - 1);

      block.shaded = prev->kind == PO_REPORT_BLOCK_ROW && prev->table == table && !prev->shaded;
    }
  g_array_append_val (self->blocks, block);
}

void
_po_report_add_text (PoReport          *self,
                     PoReportBlockKind  kind,
                     const char        *text)
{
  char **cells = g_new0 (char *, 2);

  cells[0] = g_strdup (text);
  _po_report_add_block (self, kind, NULL, cells);
}

void
_po_report_begin_flow (PoReport        *self,
                       PoReportSection  section)
{
  self->first_block[section] = self->blocks->len;
}

void
_po_report_end_flow (PoReport        *self,
                     PoReportSection  section)
{
  self->n_blocks[section] = self->blocks->len - self->first_block[section];
}

double
_po_report_body_height (gboolean landscape)
{
  double height = landscape ? PO_REPORT_A4_SHORT : PO_REPORT_A4_LONG;

  return height - PO_REPORT_BODY_TOP - PO_REPORT_FOOTER - 12;
}

static double
body_width (gboolean landscape)
{
  return (landscape ? PO_REPORT_A4_LONG : PO_REPORT_A4_SHORT) - 2 * PO_REPORT_MARGIN;
}

static double
definition_height (PoReport       *self,
                   cairo_t        *cr,
                   char          **cells,
                   double          width)
{
  double h = measure (self, cr, cells[0], DEF_TITLE_FONT, PANGO_WEIGHT_BOLD, width * 0.7) + 4;

  h += measure (self, cr, cells[2], PO_REPORT_FONT_BODY, PANGO_WEIGHT_NORMAL, width) + 5;
  if (cells[3] != NULL && cells[3][0] != '\0')
    h += measure (self, cr, cells[3], DEF_FORMULA, PANGO_WEIGHT_NORMAL, width - 16) + 12;
  return h + DEF_GAP;
}

static double
row_height (PoReport      *self,
            cairo_t       *cr,
            PoReportTable *table,
            char         **cells,
            double         width,
            gboolean       header)
{
  double h = 0;

  for (guint i = 0; i < table->n_cols; i++)
    {
      double w = width * table->widths[i] - 2 * CELL_PAD_X;

      h = MAX (h, measure (self, cr, cells[i], header ? HEADER_FONT : ROW_FONT,
                           header ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL, w));
    }
  return h + 2 * CELL_PAD_Y;
}

void
_po_report_measure_blocks (PoReport *self)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  double width = body_width (FALSE);

  for (guint i = 0; i < self->tables->len; i++)
    {
      PoReportTable *table = g_ptr_array_index (self->tables, i);

      table->header_height = row_height (self, cr, table, table->headers, width, TRUE);
    }

  for (guint i = 0; i < self->blocks->len; i++)
    {
      PoReportBlock *b = &g_array_index (self->blocks, PoReportBlock, i);

      switch (b->kind)
        {
        case PO_REPORT_BLOCK_HEADING:
          b->height = HEADING_ABOVE + measure (self, cr, b->cells[0], HEADING_FONT,
                                               PANGO_WEIGHT_BOLD, width) + HEADING_BELOW;
          break;
        case PO_REPORT_BLOCK_TEXT:
          b->height = measure (self, cr, b->cells[0], PO_REPORT_FONT_BODY,
                               PANGO_WEIGHT_NORMAL, width) + TEXT_BELOW;
          break;
        case PO_REPORT_BLOCK_NOTE:
          b->height = measure (self, cr, b->cells[0], PO_REPORT_FONT_SMALL,
                               PANGO_WEIGHT_NORMAL, width) + TEXT_BELOW;
          break;
        case PO_REPORT_BLOCK_ROW:
          b->height = row_height (self, cr, b->table, b->cells, width, FALSE);
          break;
        case PO_REPORT_BLOCK_DEFINITION:
          b->height = definition_height (self, cr, b->cells, width);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A row needs its table's header above it when it starts a page or the
 * table. */
static gboolean
needs_header (PoReport *self,
              guint     index,
              guint     first_on_page)
{
  PoReportBlock *b = &g_array_index (self->blocks, PoReportBlock, index);
  PoReportBlock *prev;

  if (b->kind != PO_REPORT_BLOCK_ROW)
    return FALSE;
  if (index == first_on_page)
    return TRUE;
  prev = &g_array_index (self->blocks, PoReportBlock, index - 1);
  return prev->kind != PO_REPORT_BLOCK_ROW || prev->table != b->table;
}

static void
add_page (PoReport        *self,
          PoReportSection  section,
          gboolean         landscape,
          guint            first_block,
          guint            n_blocks)
{
  PoReportPage page = { section, landscape, first_block, n_blocks };

  if (self->section_pages[section] < 0)
    self->section_pages[section] = (int) self->pages->len;
  g_array_append_val (self->pages, page);
}

static void
paginate_flow (PoReport        *self,
               PoReportSection  section)
{
  guint first = self->first_block[section];
  guint end = first + self->n_blocks[section];
  double available = _po_report_body_height (FALSE);
  guint page_first = first;
  double used = 0;

  if (first == end)
    {
      add_page (self, section, FALSE, first, 0);
      return;
    }

  for (guint i = first; i < end; i++)
    {
      PoReportBlock *b = &g_array_index (self->blocks, PoReportBlock, i);
      double h = b->height + (needs_header (self, i, page_first) ? b->table->header_height : 0);
      double need = h;

      /* a heading stays with the block under it */
      if (b->kind == PO_REPORT_BLOCK_HEADING && i + 1 < end)
        {
          PoReportBlock *next = &g_array_index (self->blocks, PoReportBlock, i + 1);

          need += next->height + (next->table != NULL ? next->table->header_height : 0);
        }
      if (used + need > available && i > page_first)
        {
          add_page (self, section, FALSE, page_first, i - page_first);
          page_first = i;
          used = 0;
          h = b->height + (needs_header (self, i, page_first) ? b->table->header_height : 0);
          if (b->kind == PO_REPORT_BLOCK_HEADING)
            h -= HEADING_ABOVE;
        }
      used += h;
    }
  add_page (self, section, FALSE, page_first, end - page_first);
}

void
_po_report_paginate (PoReport *self)
{
  g_array_set_size (self->pages, 0);
  for (guint s = 0; s < PO_REPORT_N_SECTIONS; s++)
    self->section_pages[s] = -1;

  add_page (self, PO_REPORT_SECTION_TITLE, FALSE, 0, 0);
  add_page (self, PO_REPORT_SECTION_CONTENTS, FALSE, 0, 0);
  add_page (self, PO_REPORT_SECTION_KPIS, FALSE, 0, 0);
  add_page (self, PO_REPORT_SECTION_JOURNEY, TRUE, 0, 0);
  add_page (self, PO_REPORT_SECTION_COHORTS, FALSE, 0, 0);
  paginate_flow (self, PO_REPORT_SECTION_TRIGGERS);
  add_page (self, PO_REPORT_SECTION_SCENARIOS, FALSE, self->first_block[PO_REPORT_SECTION_SCENARIOS],
            self->n_blocks[PO_REPORT_SECTION_SCENARIOS]);
  paginate_flow (self, PO_REPORT_SECTION_APPENDIX);
}

static void
draw_row (PoReport      *self,
          cairo_t       *cr,
          PoReportTable *table,
          char         **cells,
          double         x,
          double         y,
          double         width,
          double         height,
          gboolean       header,
          gboolean       shaded)
{
  const PoPalette *palette = &self->chart_style.palette;
  PoColor fg = po_palette_color (palette, header ? PO_COLOR_DIM_FOREGROUND : PO_COLOR_FOREGROUND);
  double cx = x;

  if (header || shaded)
    {
      po_color_set_source (cr, header ? _po_report_color ("#e8ecf3") : _po_report_color ("#f5f7fa"));
      cairo_rectangle (cr, x, y, width, height);
      cairo_fill (cr);
    }
  for (guint i = 0; i < table->n_cols; i++)
    {
      double w = width * table->widths[i];

      _po_report_text (self, cr, cells[i], header ? HEADER_FONT : ROW_FONT,
                       header ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL, fg,
                       cx + CELL_PAD_X, y + CELL_PAD_Y, w - 2 * CELL_PAD_X, table->align[i]);
      cx += w;
    }
  po_color_set_source (cr, _po_report_color (header ? "#9aa7bd" : "#dde3ec"));
  cairo_set_line_width (cr, header ? 0.8 : 0.5);
  cairo_move_to (cr, x, y + height);
  cairo_line_to (cr, x + width, y + height);
  cairo_stroke (cr);
}

static void
draw_definition (PoReport  *self,
                 cairo_t   *cr,
                 char     **cells,
                 double     x,
                 double     y,
                 double     width)
{
  const PoPalette *palette = &self->chart_style.palette;
  PoColor fg = po_palette_color (palette, PO_COLOR_FOREGROUND);
  PoColor dim = po_palette_color (palette, PO_COLOR_DIM_FOREGROUND);
  double h;

  h = _po_report_text (self, cr, cells[0], DEF_TITLE_FONT, PANGO_WEIGHT_BOLD,
                       _po_report_color ("#1c2b4a"), x, y, width * 0.7, PANGO_ALIGN_LEFT);
  _po_report_text (self, cr, cells[1], DEF_TITLE_FONT, PANGO_WEIGHT_BOLD,
                   _po_report_color ("#1c5fb8"), x + width * 0.7, y, width * 0.3, PANGO_ALIGN_RIGHT);
  y += h + 4;
  y += _po_report_text (self, cr, cells[2], PO_REPORT_FONT_BODY, PANGO_WEIGHT_NORMAL, fg,
                        x, y, width, PANGO_ALIGN_LEFT) + 5;
  if (cells[3] != NULL && cells[3][0] != '\0')
    {
      g_autoptr(PangoLayout) layout = _po_report_layout (cr, self->font, cells[3], DEF_FORMULA,
                                                          PANGO_WEIGHT_NORMAL, width - 16,
                                                          PANGO_ALIGN_LEFT);
      int lw, lh;

      pango_layout_get_size (layout, &lw, &lh);
      po_color_set_source (cr, _po_report_color ("#f3f5f9"));
      cairo_rectangle (cr, x, y, width, (double) lh / PANGO_SCALE + 8);
      cairo_fill (cr);
      po_color_set_source (cr, _po_report_color ("#3584e4"));
      cairo_rectangle (cr, x, y, 2, (double) lh / PANGO_SCALE + 8);
      cairo_fill (cr);
      po_color_set_source (cr, dim);
      cairo_move_to (cr, x + 10, y + 4);
      pango_cairo_show_layout (cr, layout);
    }
}

void
_po_report_draw_blocks (PoReport           *self,
                        cairo_t            *cr,
                        const PoReportPage *page,
                        double              x,
                        double              y,
                        double              width)
{
  const PoPalette *palette = &self->chart_style.palette;
  PoColor fg = po_palette_color (palette, PO_COLOR_FOREGROUND);
  PoColor dim = po_palette_color (palette, PO_COLOR_DIM_FOREGROUND);

  for (guint i = page->first_block; i < page->first_block + page->n_blocks; i++)
    {
      PoReportBlock *b = &g_array_index (self->blocks, PoReportBlock, i);

      if (needs_header (self, i, page->first_block))
        {
          draw_row (self, cr, b->table, b->table->headers, x, y, width,
                    b->table->header_height, TRUE, FALSE);
          y += b->table->header_height;
        }

      switch (b->kind)
        {
        case PO_REPORT_BLOCK_HEADING:
          _po_report_text (self, cr, b->cells[0], HEADING_FONT, PANGO_WEIGHT_BOLD,
                           _po_report_color ("#1c2b4a"), x,
                           y + (i == page->first_block ? 0 : HEADING_ABOVE),
                           width, PANGO_ALIGN_LEFT);
          if (i == page->first_block)
            y -= HEADING_ABOVE;
          break;
        case PO_REPORT_BLOCK_TEXT:
          _po_report_text (self, cr, b->cells[0], PO_REPORT_FONT_BODY, PANGO_WEIGHT_NORMAL, fg,
                           x, y, width, PANGO_ALIGN_LEFT);
          break;
        case PO_REPORT_BLOCK_NOTE:
          _po_report_text (self, cr, b->cells[0], PO_REPORT_FONT_SMALL, PANGO_WEIGHT_NORMAL, dim,
                           x, y, width, PANGO_ALIGN_LEFT);
          break;
        case PO_REPORT_BLOCK_ROW:
          draw_row (self, cr, b->table, b->cells, x, y, width, b->height, FALSE, b->shaded);
          break;
        case PO_REPORT_BLOCK_DEFINITION:
          draw_definition (self, cr, b->cells, x, y, width);
          break;
        default:
          g_assert_not_reached ();
        }
      y += b->height;
    }
}
