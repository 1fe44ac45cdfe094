/* po-report-pages.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One function per kind of page, drawing in points on the A4 sheet:
 * title, contents, key figures, journey map, cohorts, the flowing
 * sections and NRE scenarios, each with the running header and footer.
 */

#define G_LOG_DOMAIN "po-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "po-chart-sparkline.h"
#include "po-report-private.h"

#define NAVY   "#1c2b4a"
#define ACCENT "#3584e4"
#define GOOD   "#1f8a4c"
#define BAD    "#c01c28"
#define DIM    "#5e6b80"
#define RULE   "#d5dbe5"

PoColor
_po_report_color (const char *spec)
{
  PoColor color = { 0, 0, 0, 1 };

  po_color_parse (&color, spec);
  return color;
}

static void
fill_rect (cairo_t    *cr,
           const char *spec,
           double      x,
           double      y,
           double      w,
           double      h)
{
  po_color_set_source (cr, _po_report_color (spec));
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill (cr);
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static int
section_number (PoReportSection section)
{
  return section >= PO_REPORT_SECTION_KPIS ? (int) section - PO_REPORT_SECTION_KPIS + 1 : 0;
}

static void
page_size (const PoReportPage *page,
           double             *width,
           double             *height)
{
  *width = page->landscape ? PO_REPORT_A4_LONG : PO_REPORT_A4_SHORT;
  *height = page->landscape ? PO_REPORT_A4_SHORT : PO_REPORT_A4_LONG;
}

static void
draw_header (PoReport           *self,
             cairo_t            *cr,
             const PoReportPage *page,
             gboolean            continued)
{
  double w, h, x = PO_REPORT_MARGIN;
  double inner;
  g_autofree char *running = g_strdup_printf ("%s · %s", _("Data room"), self->workspace_name);
  g_autofree char *number = NULL;
  g_autofree char *title = NULL;

  page_size (page, &w, &h);
  inner = w - 2 * x;
  fill_rect (cr, NAVY, 0, 0, w, 6);
  _po_report_text (self, cr, running, PO_REPORT_FONT_SMALL, PANGO_WEIGHT_BOLD,
                   _po_report_color (DIM), x, 26, inner * 0.7, PANGO_ALIGN_LEFT);
  _po_report_text (self, cr, self->month_text, PO_REPORT_FONT_SMALL, PANGO_WEIGHT_NORMAL,
                   _po_report_color (DIM), x + inner * 0.3, 26, inner * 0.7, PANGO_ALIGN_RIGHT);

  if (page->section == PO_REPORT_SECTION_CONTENTS)
    number = g_strdup ("");
  else if (page->section == PO_REPORT_SECTION_APPENDIX)
    number = g_strdup (_("Appendix"));
  else
    number = g_strdup_printf ("%02d", section_number (page->section));
  _po_report_text (self, cr, number, 10, PANGO_WEIGHT_BOLD, _po_report_color (ACCENT),
                   x, 52, inner, PANGO_ALIGN_LEFT);
  title = continued ? g_strdup_printf (_("%s (continued)"), self->section_titles[page->section])
                    : g_strdup (self->section_titles[page->section]);
  _po_report_text (self, cr, title, 21, PANGO_WEIGHT_BOLD, _po_report_color (NAVY),
                   x, 68, inner, PANGO_ALIGN_LEFT);
  fill_rect (cr, ACCENT, x, 104, 36, 2.5);
  fill_rect (cr, RULE, x + 36, 105, inner - 36, 0.6);
}

static void
draw_footer (PoReport           *self,
             cairo_t            *cr,
             const PoReportPage *page,
             guint               index)
{
  double w, h, x = PO_REPORT_MARGIN;
  double y;
  g_autofree char *left = g_strdup_printf ("%s — %s", self->workspace_name, self->section_titles[PO_REPORT_SECTION_TITLE]);
  g_autofree char *right = g_strdup_printf (_("Page %u of %u"), index + 1, self->pages->len);

  page_size (page, &w, &h);
  y = h - PO_REPORT_FOOTER + 14;
  fill_rect (cr, RULE, x, y - 6, w - 2 * x, 0.6);
  _po_report_text (self, cr, left, PO_REPORT_FONT_SMALL, PANGO_WEIGHT_NORMAL, _po_report_color (DIM),
                   x, y, (w - 2 * x) * 0.75, PANGO_ALIGN_LEFT);
  _po_report_text (self, cr, right, PO_REPORT_FONT_SMALL, PANGO_WEIGHT_NORMAL, _po_report_color (DIM),
                   w / 2, y, w / 2 - x, PANGO_ALIGN_RIGHT);
}

/* Title */

static void
draw_title_page (PoReport *self,
                 cairo_t  *cr)
{
  double w = PO_REPORT_A4_SHORT, h = PO_REPORT_A4_LONG;
  double x = 56, inner = w - 2 * x;
  double band = h * 0.56;
  double y;
  PoColor white = { 1, 1, 1, 1 };
  PoColor soft = { 0.78, 0.84, 0.93, 1 };
  g_autofree char *prepared = NULL;

  fill_rect (cr, NAVY, 0, 0, w, band);
  fill_rect (cr, ACCENT, 0, band, w, 5);

  /* a quiet rising curve: growth after the sale */
  cairo_save (cr);
  po_color_set_source (cr, po_color_with_alpha (_po_report_color (ACCENT), 0.35));
  cairo_set_line_width (cr, 1.2);
  for (int k = 0; k < 5; k++)
    {
      cairo_move_to (cr, w * 0.38, band - 40 - 14 * k);
      cairo_curve_to (cr, w * 0.62, band - 50 - 14 * k, w * 0.78, band - 120 - 26 * k,
                      w + 10, band - 250 - 34 * k);
      cairo_stroke (cr);
    }
  cairo_restore (cr);

  y = 92;
  y += _po_report_text (self, cr, self->section_titles[PO_REPORT_SECTION_TITLE], 11, PANGO_WEIGHT_BOLD,
                        soft, x, y, inner, PANGO_ALIGN_LEFT) + 14;
  y += _po_report_text (self, cr, self->workspace_name, 34, PANGO_WEIGHT_BOLD, white,
                        x, y, inner, PANGO_ALIGN_LEFT) + 8;
  y += _po_report_text (self, cr, self->month_text, 17, PANGO_WEIGHT_NORMAL, soft,
                        x, y, inner, PANGO_ALIGN_LEFT) + 26;
  _po_report_text (self, cr, _("Customer journey · Retention cohorts · Upgrade triggers · NRE scenarios"),
                   9.5, PANGO_WEIGHT_NORMAL, soft, x, y, inner * 0.8, PANGO_ALIGN_LEFT);

  /* three headline figures */
  y = band + 48;
  for (guint i = 0; i < 3 && i < self->cards->len; i++)
    {
      static const guint picks[] = { 0, 1, 7 };
      PoReportCard *card = g_ptr_array_index (self->cards, MIN (picks[i], self->cards->len - 1));
      double cx = x + i * inner / 3;

      fill_rect (cr, ACCENT, cx, y, 2, 58);
      _po_report_text (self, cr, card->label, 8.5, PANGO_WEIGHT_BOLD, _po_report_color (DIM),
                       cx + 12, y, inner / 3 - 20, PANGO_ALIGN_LEFT);
      _po_report_text (self, cr, card->value, 20, PANGO_WEIGHT_BOLD, _po_report_color (NAVY),
                       cx + 12, y + 16, inner / 3 - 20, PANGO_ALIGN_LEFT);
      if (card->detail != NULL)
        _po_report_text (self, cr, card->detail, 7.5, PANGO_WEIGHT_NORMAL,
                         _po_report_color (card->tone > 0 ? GOOD : card->tone < 0 ? BAD : DIM),
                         cx + 12, y + 44, inner / 3 - 20, PANGO_ALIGN_LEFT);
    }

  y += 110;
  _po_report_text (self, cr, self->headline, 10, PANGO_WEIGHT_NORMAL, _po_report_color (NAVY),
                   x, y, inner, PANGO_ALIGN_LEFT);

  if (g_str_equal (self->author, "Peak One"))
    prepared = g_strdup_printf (_("Prepared with Peak One on %s. Confidential — for the recipient's evaluation only."),
                                self->date_text);
  else
    prepared = g_strdup_printf (_("Prepared by %s on %s with Peak One. Confidential — for the recipient's evaluation only."),
                                self->author, self->date_text);
  fill_rect (cr, RULE, x, h - 78, inner, 0.6);
  _po_report_text (self, cr, prepared, 8, PANGO_WEIGHT_NORMAL, _po_report_color (DIM),
                   x, h - 68, inner, PANGO_ALIGN_LEFT);
}

/* Contents */

static const char *
section_blurb (PoReportSection section)
{
  switch (section)
    {
    case PO_REPORT_SECTION_KPIS:
      return _("MRR, NRE against its target of 120 %, GRR, logo churn, ARPA, CLV and quick ratio with two years of history.");
    case PO_REPORT_SECTION_JOURNEY:
      return _("The post-sale customer journey with live figures from the workspace.");
    case PO_REPORT_SECTION_COHORTS:
      return _("Revenue and logo retention of every monthly cohort of the last two years.");
    case PO_REPORT_SECTION_TRIGGERS:
      return _("The expansion path, with windows, probabilities and the triggers that justify each step.");
    case PO_REPORT_SECTION_SCENARIOS:
      return _("Expected MRR and NRE of every scenario side by side, and when each crosses 120 %.");
    case PO_REPORT_SECTION_APPENDIX:
      return _("Definitions of every metric, with this month's numbers plugged into the formulas.");
    case PO_REPORT_SECTION_TITLE:
    case PO_REPORT_SECTION_CONTENTS:
    case PO_REPORT_N_SECTIONS:
    default:
      return "";
    }
}

static void
draw_contents (PoReport *self,
               cairo_t  *cr)
{
  double x = PO_REPORT_MARGIN, inner = PO_REPORT_A4_SHORT - 2 * x;
  double y = PO_REPORT_BODY_TOP + 14;

  for (PoReportSection s = PO_REPORT_SECTION_KPIS; s < PO_REPORT_N_SECTIONS; s++)
    {
      g_autofree char *number = s == PO_REPORT_SECTION_APPENDIX ? g_strdup ("A")
                                                                : g_strdup_printf ("%d", section_number (s));
      g_autofree char *page = g_strdup_printf ("%d", self->section_pages[s] + 1);
      g_autofree char *link = g_strdup_printf ("page=%d", self->section_pages[s] + 1);
      double th;

      cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
      _po_report_text (self, cr, number, 15, PANGO_WEIGHT_BOLD, _po_report_color (ACCENT),
                       x, y - 2, 28, PANGO_ALIGN_LEFT);
      th = _po_report_text (self, cr, self->section_titles[s], 13, PANGO_WEIGHT_BOLD,
                            _po_report_color (NAVY), x + 34, y, inner - 90, PANGO_ALIGN_LEFT);
      _po_report_text (self, cr, page, 13, PANGO_WEIGHT_BOLD, _po_report_color (NAVY),
                       x + inner - 50, y, 50, PANGO_ALIGN_RIGHT);
      cairo_tag_end (cr, CAIRO_TAG_LINK);

      /* dotted leader */
      cairo_save (cr);
      po_color_set_source (cr, _po_report_color ("#b5bfcf"));
      cairo_set_line_width (cr, 0.8);
      cairo_set_dash (cr, (double[]) { 0.8, 3.2 }, 2, 0);
      cairo_move_to (cr, x + 34, y + th + 3);
      cairo_line_to (cr, x + inner - 24, y + th + 3);
      cairo_stroke (cr);
      cairo_restore (cr);

      y += th + 9;
      y += _po_report_text (self, cr, section_blurb (s), 8.5, PANGO_WEIGHT_NORMAL, _po_report_color (DIM),
                            x + 34, y, inner - 110, PANGO_ALIGN_LEFT) + 24;
    }
}

/* Key figures */

static void
draw_card (PoReport     *self,
           cairo_t      *cr,
           PoReportCard *card,
           double        x,
           double        y,
           double        w,
           double        h)
{
  PoChartSparkline spark = {
    .title = card->label,
    .values = card->spark,
    .n_values = card->n_spark,
    .kind = card->kind,
    .color = card->color,
    .area = TRUE,
    .monthly = TRUE,
    .first_month = self->month - (PO_REPORT_SPARK_MONTHS - 1),
  };
  double pad = 9;

  rounded_rect (cr, x, y, w, h, 5);
  po_color_set_source (cr, _po_report_color ("#f6f8fb"));
  cairo_fill_preserve (cr);
  po_color_set_source (cr, _po_report_color ("#e1e6ee"));
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);

  _po_report_text (self, cr, card->label, 7.5, PANGO_WEIGHT_BOLD, _po_report_color (DIM),
                   x + pad, y + pad, w - 2 * pad, PANGO_ALIGN_LEFT);
  _po_report_text (self, cr, card->value, 14.5, PANGO_WEIGHT_BOLD, _po_report_color (NAVY),
                   x + pad, y + pad + 12, w - 2 * pad, PANGO_ALIGN_LEFT);

  cairo_save (cr);
  cairo_translate (cr, x + pad, y + pad + 36);
  po_chart_sparkline_draw (cr, w - 2 * pad, h - 2 * pad - 52, &spark, &self->chart_style);
  cairo_restore (cr);

  if (card->detail != NULL)
    _po_report_text (self, cr, card->detail, 6.5, PANGO_WEIGHT_NORMAL,
                     _po_report_color (card->tone > 0 ? GOOD : card->tone < 0 ? BAD : DIM),
                     x + pad, y + h - pad - 9, w - 2 * pad, PANGO_ALIGN_LEFT);
}

static double
chart_title (PoReport   *self,
             cairo_t    *cr,
             const char *title,
             double      x,
             double      y,
             double      width)
{
  return _po_report_text (self, cr, title, 10, PANGO_WEIGHT_BOLD, _po_report_color (NAVY),
                          x, y, width, PANGO_ALIGN_LEFT) + 4;
}

static void
draw_chart_box (PoReport    *self,
                cairo_t     *cr,
                PoChartData *chart,
                const char  *title,
                double       x,
                double       y,
                double       w,
                double       h)
{
  double th = chart_title (self, cr, title, x, y, w);

  cairo_save (cr);
  cairo_translate (cr, x, y + th);
  _po_report_draw_chart (chart, cr, w, h - th, &self->chart_style);
  cairo_restore (cr);
}

static void
draw_kpis (PoReport *self,
           cairo_t  *cr)
{
  double x = PO_REPORT_MARGIN, inner = PO_REPORT_A4_SHORT - 2 * x;
  double y = PO_REPORT_BODY_TOP;
  double gap = 8, cw = (inner - 3 * gap) / 4, ch = 104;
  double chart_h;

  y += _po_report_text (self, cr, self->headline, 9.5, PANGO_WEIGHT_NORMAL, _po_report_color (NAVY),
                        x, y, inner, PANGO_ALIGN_LEFT) + 12;
  for (guint i = 0; i < self->cards->len; i++)
    draw_card (self, cr, g_ptr_array_index (self->cards, i),
               x + (i % 4) * (cw + gap), y + (i / 4) * (ch + gap), cw, ch);
  y += 2 * ch + gap + 18;

  chart_h = (PO_REPORT_A4_LONG - PO_REPORT_FOOTER - 8 - y - 14) / 2;
  draw_chart_box (self, cr, self->mrr_chart, _("MRR, last 24 months"), x, y, inner, chart_h);
  y += chart_h + 14;
  draw_chart_box (self, cr, self->retention_chart, _("NRE and GRR against the target of 120 %"),
                  x, y, inner, chart_h);
}

static void
draw_journey_page (PoReport *self,
                   cairo_t  *cr)
{
  double x = PO_REPORT_MARGIN, inner = PO_REPORT_A4_LONG - 2 * x;
  double y = PO_REPORT_BODY_TOP;

  y += _po_report_text (self, cr, self->journey_note, PO_REPORT_FONT_SMALL + 0.5, PANGO_WEIGHT_NORMAL,
                        _po_report_color (DIM), x, y, inner, PANGO_ALIGN_LEFT) + 8;
  cairo_save (cr);
  cairo_translate (cr, x, y);
  _po_report_draw_journey (self, cr, inner, PO_REPORT_A4_SHORT - PO_REPORT_FOOTER - 6 - y);
  cairo_restore (cr);
}

static void
draw_cohorts (PoReport *self,
              cairo_t  *cr)
{
  double x = PO_REPORT_MARGIN, inner = PO_REPORT_A4_SHORT - 2 * x;
  double y = PO_REPORT_BODY_TOP;
  double chart_h;

  y += _po_report_text (self, cr, self->cohort_note, 8.5, PANGO_WEIGHT_NORMAL, _po_report_color (NAVY),
                        x, y, inner, PANGO_ALIGN_LEFT) + 12;
  chart_h = (PO_REPORT_A4_LONG - PO_REPORT_FOOTER - 8 - y - 14) / 2;
  draw_chart_box (self, cr, self->revenue_cohorts, _("Revenue retention by cohort"), x, y, inner, chart_h);
  y += chart_h + 14;
  draw_chart_box (self, cr, self->logo_cohorts, _("Logo retention by cohort"), x, y, inner, chart_h);
}

static void
draw_scenarios (PoReport           *self,
                cairo_t            *cr,
                const PoReportPage *page)
{
  double x = PO_REPORT_MARGIN, inner = PO_REPORT_A4_SHORT - 2 * x;
  double y = PO_REPORT_BODY_TOP;
  double chart_h = 205;
  double th;

  th = chart_title (self, cr, _("Expected MRR by scenario"), x, y, inner);
  cairo_save (cr);
  cairo_translate (cr, x, y + th);
  _po_report_draw_scenario_chart (self, cr, FALSE, inner, chart_h - th);
  cairo_restore (cr);
  y += chart_h + 12;

  th = chart_title (self, cr, _("Expected NRE by scenario, against the target of 120 %"), x, y, inner);
  cairo_save (cr);
  cairo_translate (cr, x, y + th);
  _po_report_draw_scenario_chart (self, cr, TRUE, inner, chart_h - th);
  cairo_restore (cr);
  y += chart_h + 16;

  y += chart_title (self, cr, _("When each scenario crosses 120 % NRE"), x, y, inner) + 2;
  _po_report_draw_blocks (self, cr, page, x, y, inner);
}

void
_po_report_draw_sheet (PoReport *self,
                       guint     index,
                       cairo_t  *cr)
{
  const PoReportPage *page = &g_array_index (self->pages, PoReportPage, index);
  gboolean continued = index > 0 && self->section_pages[page->section] != (int) index;

  if (page->section == PO_REPORT_SECTION_TITLE)
    {
      draw_title_page (self, cr);
      return;
    }

  draw_header (self, cr, page, continued);
  switch (page->section)
    {
    case PO_REPORT_SECTION_CONTENTS:
      draw_contents (self, cr);
      break;
    case PO_REPORT_SECTION_KPIS:
      draw_kpis (self, cr);
      break;
    case PO_REPORT_SECTION_JOURNEY:
      draw_journey_page (self, cr);
      break;
    case PO_REPORT_SECTION_COHORTS:
      draw_cohorts (self, cr);
      break;
    case PO_REPORT_SECTION_SCENARIOS:
      draw_scenarios (self, cr, page);
      break;
    case PO_REPORT_SECTION_TRIGGERS:
    case PO_REPORT_SECTION_APPENDIX:
      _po_report_draw_blocks (self, cr, page, PO_REPORT_MARGIN, PO_REPORT_BODY_TOP,
                              PO_REPORT_A4_SHORT - 2 * PO_REPORT_MARGIN);
      break;
    case PO_REPORT_SECTION_TITLE:
    case PO_REPORT_N_SECTIONS:
    default:
      break;
    }
  draw_footer (self, cr, page, index);
}
