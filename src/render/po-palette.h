/* po-palette.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} PoColor;

/* Colours by meaning, so charts follow the light or dark style. */
typedef enum
{
  PO_COLOR_AUTO = 0,      /* the series' place in the categorical order */

  PO_COLOR_BLUE,
  PO_COLOR_GREEN,
  PO_COLOR_YELLOW,
  PO_COLOR_ORANGE,
  PO_COLOR_RED,
  PO_COLOR_PURPLE,
  PO_COLOR_BROWN,
  PO_COLOR_GRAY,

  /* MRR movements: up */
  PO_COLOR_NEW,
  PO_COLOR_EXPANSION,
  PO_COLOR_REACTIVATION,
  /* … and down */
  PO_COLOR_CONTRACTION,
  PO_COLOR_CHURN,
  PO_COLOR_NET,

  PO_COLOR_HEALTH_RED,
  PO_COLOR_HEALTH_YELLOW,
  PO_COLOR_HEALTH_GREEN,
  PO_COLOR_HEALTH_NONE,

  PO_COLOR_TARGET,
  PO_COLOR_ACCENT,

  PO_COLOR_FOREGROUND,
  PO_COLOR_DIM_FOREGROUND,
  PO_COLOR_BACKGROUND,
  PO_COLOR_GRID,
  PO_COLOR_AXIS,

  PO_N_COLORS
} PoColorRole;

typedef struct
{
  gboolean dark;
  PoColor  colors[PO_N_COLORS];
} PoPalette;

void             po_palette_init         (PoPalette       *palette,
                                          gboolean         dark);
const PoPalette *po_palette_get          (gboolean         dark);
PoColor          po_palette_color        (const PoPalette *palette,
                                          PoColorRole      role);
PoColor          po_palette_series_color (const PoPalette *palette,
                                          guint            index);
PoColor          po_palette_resolve      (const PoPalette *palette,
                                          PoColorRole      role,
                                          guint            series_index);

gboolean         po_color_parse          (PoColor         *color,
                                          const char      *spec);
PoColor          po_color_mix            (PoColor          a,
                                          PoColor          b,
                                          double           t);
PoColor          po_color_with_alpha     (PoColor          color,
                                          double           alpha);
double           po_color_luminance      (PoColor          color);
void             po_color_set_source     (cairo_t         *cr,
                                          PoColor          color);

G_END_DECLS
