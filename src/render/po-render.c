/* po-render.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-render"

#include "config.h"

#include "po-render.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>

G_DEFINE_QUARK (po-render-error-quark, po_render_error)

gboolean
po_render_format_from_path (const char      *path,
                            PoRenderFormat  *format,
                            GError         **error)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".png"))
    *format = PO_RENDER_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = PO_RENDER_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = PO_RENDER_FORMAT_PDF;
  else
    {
      g_set_error (error, PO_RENDER_ERROR, PO_RENDER_ERROR_FORMAT,
                   "%s: unknown output format (use .png, .svg or .pdf)", path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_status (cairo_status_t   status,
              const char      *path,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, PO_RENDER_ERROR, PO_RENDER_ERROR_WRITE,
               "%s: %s", path, cairo_status_to_string (status));
  return FALSE;
}

/* PNG is rendered at the given size in pixels; SVG and PDF use the size in
 * points, so text stays vector text. */
gboolean
po_render_to_file (const char    *path,
                   double         width,
                   double         height,
                   PoRenderFunc   func,
                   gpointer       user_data,
                   GError       **error)
{
  PoRenderFormat format;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  if (!po_render_format_from_path (path, &format, error))
    return FALSE;

  switch (format)
    {
    case PO_RENDER_FORMAT_SVG:
      surface = cairo_svg_surface_create (path, width, height);
      break;
    case PO_RENDER_FORMAT_PDF:
      surface = cairo_pdf_surface_create (path, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Peak One");
      break;
    case PO_RENDER_FORMAT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
      break;
    }

  if (!check_status (cairo_surface_status (surface), path, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }

  cr = cairo_create (surface);
  func (cr, width, height, user_data);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == PO_RENDER_FORMAT_PNG)
    status = cairo_surface_write_to_png (surface, path);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return check_status (status, path, error);
}
