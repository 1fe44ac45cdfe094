/* po-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PoReport: reads the workspace once, measures and paginates, then draws
 * any page onto any cairo_t and writes the PDF (one A4 page at a time,
 * the journey map in landscape, with an outline and metadata).
 */

#define G_LOG_DOMAIN "po-report"

#include "config.h"

#include "po-report.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "po-chart-data.h"
#include "po-format.h"
#include "po-journey-map.h"
#include "po-render.h"
#include "po-report-private.h"
#include "po-scenario-store.h"
#include "po-settings.h"

G_DEFINE_FINAL_TYPE (PoReport, po_report, G_TYPE_OBJECT)

static void
table_free (PoReportTable *table)
{
  for (guint i = 0; i < table->n_cols; i++)
    g_free (table->headers[i]);
  g_free (table);
}

static void
block_clear (PoReportBlock *block)
{
  g_strfreev (block->cells);
}

static void
po_report_finalize (GObject *object)
{
  PoReport *self = (PoReport *) object;

  g_free (self->language);
  g_free (self->workspace_name);
  g_free (self->author);
  g_free (self->title);
  g_free (self->month_text);
  g_free (self->date_text);
  g_free (self->font);
  g_free (self->headline);
  g_free (self->journey_note);
  g_free (self->cohort_note);
  g_clear_pointer (&self->created, g_date_time_unref);
  for (guint i = 0; i < PO_REPORT_N_SECTIONS; i++)
    g_free (self->section_titles[i]);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->mrr_chart, po_chart_data_unref);
  g_clear_pointer (&self->retention_chart, po_chart_data_unref);
  g_clear_pointer (&self->revenue_cohorts, po_chart_data_unref);
  g_clear_pointer (&self->logo_cohorts, po_chart_data_unref);
  g_clear_pointer (&self->journey, po_journey_map_unref);
  g_clear_pointer (&self->scenarios, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_array_unref);

  G_OBJECT_CLASS (po_report_parent_class)->finalize (object);
}

static void
po_report_class_init (PoReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = po_report_finalize;
}

static void
po_report_init (PoReport *self)
{
  self->cards = g_ptr_array_new_with_free_func ((GDestroyNotify) _po_report_card_free);
  self->scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) _po_report_scenario_free);
  self->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) table_free);
  self->blocks = g_array_new (FALSE, TRUE, sizeof (PoReportBlock));
  g_array_set_clear_func (self->blocks, (GDestroyNotify) block_clear);
  self->pages = g_array_new (FALSE, TRUE, sizeof (PoReportPage));
}

PoMonth
po_report_default_month (PoStore *store)
{
  PoMonth last_complete = po_month_of_day (po_day_today ()) - 1;

  g_return_val_if_fail (PO_IS_STORE (store), last_complete);

  return MIN (po_scenario_store_default_start_month (store), last_complete);
}

gboolean
po_report_language_supported (const char *language)
{
  return g_strcmp0 (language, "de") == 0 || g_strcmp0 (language, "en") == 0;
}

const char *
po_report_default_language (void)
{
  PoNumberStyle style;

  po_number_style_default (&style);
  return g_str_equal (style.language, "de") ? "de" : "en";
}

static char *
workspace_name (PoStore *store)
{
  g_autofree char *name = po_store_get_setting (store, "name");
  g_autofree char *base = NULL;
  char *dot;

  if (name != NULL && name[0] != '\0')
    return g_steal_pointer (&name);
  base = g_path_get_basename (po_store_get_path (store));
  if ((dot = strrchr (base, '.')) != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

static char *
long_month (PoMonth month)
{
  static const char * const names[] = {
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"), N_("July"),
    N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
  };

  /* Translators: a month and its year, "October 2026" */
  return g_strdup_printf (C_("month and year", "%s %d"), _(names[po_month_number (month) - 1]),
                          po_month_year (month));
}

static void
set_titles (PoReport *self)
{
  self->section_titles[PO_REPORT_SECTION_TITLE] = g_strdup (_("Data room report"));
  self->section_titles[PO_REPORT_SECTION_CONTENTS] = g_strdup (_("Contents"));
  self->section_titles[PO_REPORT_SECTION_KPIS] = g_strdup (_("Key figures"));
  self->section_titles[PO_REPORT_SECTION_JOURNEY] = g_strdup (_("Customer journey map"));
  self->section_titles[PO_REPORT_SECTION_COHORTS] = g_strdup (_("Retention cohorts"));
  self->section_titles[PO_REPORT_SECTION_TRIGGERS] = g_strdup (_("Upgrade-trigger definitions"));
  self->section_titles[PO_REPORT_SECTION_SCENARIOS] = g_strdup (_("NRE scenarios"));
  self->section_titles[PO_REPORT_SECTION_APPENDIX] = g_strdup (_("Metric definitions"));
  self->title = g_strdup_printf ("%s — %s — %s", self->section_titles[PO_REPORT_SECTION_TITLE],
                                 self->workspace_name, self->month_text);
}

static gboolean
build (PoReport      *self,
       PoStore       *store,
       GCancellable  *cancellable,
       GError       **error)
{
  PoSettings settings;
  g_autofree char *author = po_store_get_setting (store, "author");
  int year, month, day;

  if (!po_settings_load (&settings, store, error))
    {
      po_settings_clear (&settings);
      return FALSE;
    }
  po_number_style_for_language (&self->numbers, self->language);
  po_number_style_set_currency (&self->numbers, settings.currency);
  po_chart_style_init (&self->chart_style, FALSE, &self->numbers);
  self->chart_style.font_scale = 0.68;
  self->font = g_strdup (self->chart_style.font_family);

  self->workspace_name = workspace_name (store);
  self->author = author != NULL && author[0] != '\0' ? g_steal_pointer (&author) : g_strdup ("Peak One");
  self->month_text = long_month (self->month);
  self->created = g_date_time_new_now_local ();
  g_date_time_get_ymd (self->created, &year, &month, &day);
  {
    g_autofree char *month_name = long_month (po_month_index (year, month));

    /* Translators: a date, "23 November 2026" */
    self->date_text = g_strdup_printf (C_("day month year", "%d %s"), day, month_name);
  }
  set_titles (self);

  if (!_po_report_load_charts (self, store, cancellable, error))
    goto fail;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto fail;
  if (!_po_report_load_journey (self, store, error))
    goto fail;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto fail;
  if (!_po_report_load_plans (self, store, error))
    goto fail;

  po_settings_clear (&settings);
  _po_report_measure_blocks (self);
  _po_report_paginate (self);
  return TRUE;

fail:
  po_settings_clear (&settings);
  return FALSE;
}

PoReport *
po_report_new (PoStore       *store,
               PoMonth        month,
               const char    *language,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(PoReport) self = NULL;
  gpointer token;
  gboolean ok;

  g_return_val_if_fail (PO_IS_STORE (store), NULL);
  g_return_val_if_fail (language == NULL || po_report_language_supported (language), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (PO_TYPE_REPORT, NULL);
  self->language = g_strdup (language != NULL ? language : po_report_default_language ());
  self->month = month;

  token = _po_report_language_push (self->language);
  ok = build (self, store, cancellable, error);
  _po_report_language_pop (token);
  if (!ok)
    return NULL;
  return g_steal_pointer (&self);
}

PoMonth
po_report_get_month (PoReport *self)
{
  g_return_val_if_fail (PO_IS_REPORT (self), 0);
  return self->month;
}

const char *
po_report_get_language (PoReport *self)
{
  g_return_val_if_fail (PO_IS_REPORT (self), NULL);
  return self->language;
}

const char *
po_report_get_workspace_name (PoReport *self)
{
  g_return_val_if_fail (PO_IS_REPORT (self), NULL);
  return self->workspace_name;
}

const char *
po_report_get_title (PoReport *self)
{
  g_return_val_if_fail (PO_IS_REPORT (self), NULL);
  return self->title;
}

guint
po_report_n_pages (PoReport *self)
{
  g_return_val_if_fail (PO_IS_REPORT (self), 0);
  return self->pages->len;
}

void
po_report_get_page_size (PoReport *self,
                         guint     page,
                         double   *width,
                         double   *height)
{
  gboolean landscape;

  g_return_if_fail (PO_IS_REPORT (self));
  g_return_if_fail (page < self->pages->len);

  landscape = g_array_index (self->pages, PoReportPage, page).landscape;
  if (width != NULL)
    *width = landscape ? PO_REPORT_A4_LONG : PO_REPORT_A4_SHORT;
  if (height != NULL)
    *height = landscape ? PO_REPORT_A4_SHORT : PO_REPORT_A4_LONG;
}

int
po_report_get_section_page (PoReport        *self,
                            PoReportSection  section)
{
  g_return_val_if_fail (PO_IS_REPORT (self), -1);
  g_return_val_if_fail (section < PO_REPORT_N_SECTIONS, -1);
  return self->section_pages[section];
}

const char *
po_report_get_section_title (PoReport        *self,
                             PoReportSection  section)
{
  g_return_val_if_fail (PO_IS_REPORT (self), NULL);
  g_return_val_if_fail (section < PO_REPORT_N_SECTIONS, NULL);
  return self->section_titles[section];
}

void
po_report_draw_page (PoReport *self,
                     guint     page,
                     cairo_t  *cr,
                     double    width,
                     double    height)
{
  double pw, ph, scale;
  gpointer token;

  g_return_if_fail (PO_IS_REPORT (self));
  g_return_if_fail (page < self->pages->len);
  g_return_if_fail (cr != NULL);

  po_report_get_page_size (self, page, &pw, &ph);
  scale = MIN (width / pw, height / ph);
  if (!(scale > 0))
    return;

  token = _po_report_language_push (self->language);
  cairo_save (cr);
  cairo_translate (cr, (width - pw * scale) / 2, (height - ph * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, pw, ph);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  _po_report_draw_sheet (self, page, cr);
  cairo_restore (cr);
  _po_report_language_pop (token);
}

static void
add_outline (PoReport        *self,
             cairo_surface_t *surface)
{
  for (PoReportSection s = PO_REPORT_SECTION_CONTENTS; s < PO_REPORT_N_SECTIONS; s++)
    {
      g_autofree char *link = NULL;
      int id;

      if (self->section_pages[s] < 0)
        continue;
      link = g_strdup_printf ("page=%d", self->section_pages[s] + 1);
      id = cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, self->section_titles[s],
                                          link, 0);
      /* the continuation pages of a long section */
      for (guint p = (guint) self->section_pages[s] + 1; p < self->pages->len; p++)
        {
          g_autofree char *child_link = NULL;
          g_autofree char *child = NULL;

          if (g_array_index (self->pages, PoReportPage, p).section != s)
            break;
          child_link = g_strdup_printf ("page=%u", p + 1);
          child = g_strdup_printf (_("Page %u"), p + 1);
          cairo_pdf_surface_add_outline (surface, id, child, child_link, 0);
        }
    }
}

static void
set_metadata (PoReport        *self,
              cairo_surface_t *surface)
{
  g_autofree char *date = g_date_time_format (self->created, "%Y-%m-%dT%H:%M:%S%:z");

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  self->section_titles[PO_REPORT_SECTION_TITLE]);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Peak One");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

gboolean
po_report_write_pdf (PoReport          *self,
                     const char        *path,
                     GCancellable      *cancellable,
                     PoReportProgress   progress,
                     gpointer           progress_data,
                     GError           **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  gpointer token;
  cairo_t *cr;
  guint n;

  g_return_val_if_fail (PO_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  n = self->pages->len;
  surface = cairo_pdf_surface_create (path, PO_REPORT_A4_SHORT, PO_REPORT_A4_LONG);
  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PO_RENDER_ERROR, PO_RENDER_ERROR_WRITE, "%s: %s", path,
                   cairo_status_to_string (status));
      cairo_surface_destroy (surface);
      return FALSE;
    }

  token = _po_report_language_push (self->language);
  set_metadata (self, surface);
  add_outline (self, surface);
  _po_report_language_pop (token);

  cr = cairo_create (surface);
  for (guint page = 0; page < n; page++)
    {
      double w, h;

      if (g_cancellable_is_cancelled (cancellable))
        break;
      po_report_get_page_size (self, page, &w, &h);
      cairo_pdf_surface_set_size (surface, w, h);
      po_report_draw_page (self, page, cr, w, h);
      cairo_show_page (cr);
      if (progress != NULL)
        progress ((double) (page + 1) / n, progress_data);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (path);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PO_RENDER_ERROR, PO_RENDER_ERROR_WRITE, "%s: %s", path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
