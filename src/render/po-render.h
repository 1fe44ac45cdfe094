/* po-render.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

#define PO_RENDER_ERROR (po_render_error_quark ())

typedef enum
{
  PO_RENDER_ERROR_FORMAT,
  PO_RENDER_ERROR_WRITE,
} PoRenderError;

typedef enum
{
  PO_RENDER_FORMAT_PNG,
  PO_RENDER_FORMAT_SVG,
  PO_RENDER_FORMAT_PDF,
} PoRenderFormat;

/* Draws one page of @width × @height user units onto @cr. */
typedef void (*PoRenderFunc) (cairo_t  *cr,
                              double    width,
                              double    height,
                              gpointer  user_data);

GQuark   po_render_error_quark      (void);
gboolean po_render_format_from_path (const char      *path,
                                     PoRenderFormat  *format,
                                     GError         **error);
gboolean po_render_to_file          (const char      *path,
                                     double           width,
                                     double           height,
                                     PoRenderFunc     func,
                                     gpointer         user_data,
                                     GError         **error);

G_END_DECLS
