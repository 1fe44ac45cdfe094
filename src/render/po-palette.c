/* po-palette.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-palette"

#include "config.h"

#include "po-palette.h"

#include <math.h>
#include <string.h>

/* The GNOME palette as libadwaita names it. The light style takes the
 * deeper shades so lines keep their contrast on white, the dark style the
 * brighter ones. */
static const char * const light_specs[PO_N_COLORS] = {
  [PO_COLOR_AUTO]           = "#3584e4",
  [PO_COLOR_BLUE]           = "#3584e4", /* blue_3 */
  [PO_COLOR_GREEN]          = "#26a269", /* green_5 */
  [PO_COLOR_YELLOW]         = "#e5a50a", /* yellow_5 */
  [PO_COLOR_ORANGE]         = "#e66100", /* orange_4 */
  [PO_COLOR_RED]            = "#c01c28", /* red_4 */
  [PO_COLOR_PURPLE]         = "#9141ac", /* purple_3 */
  [PO_COLOR_BROWN]          = "#986a44", /* brown_3 */
  [PO_COLOR_GRAY]           = "#9a9996", /* light_5 */
  [PO_COLOR_NEW]            = "#26a269",
  [PO_COLOR_EXPANSION]      = "#3584e4",
  [PO_COLOR_REACTIVATION]   = "#9141ac",
  [PO_COLOR_CONTRACTION]    = "#e66100",
  [PO_COLOR_CHURN]          = "#c01c28",
  [PO_COLOR_NET]            = "#241f31", /* dark_4 */
  [PO_COLOR_HEALTH_RED]     = "#e01b24", /* red_3 */
  [PO_COLOR_HEALTH_YELLOW]  = "#e5a50a",
  [PO_COLOR_HEALTH_GREEN]   = "#2ec27e", /* green_4 */
  [PO_COLOR_HEALTH_NONE]    = "#c0bfbc", /* light_4 */
  [PO_COLOR_TARGET]         = "#813d9c", /* purple_4 */
  [PO_COLOR_ACCENT]         = "#1c71d8", /* blue_4, accent_color */
  [PO_COLOR_FOREGROUND]     = "#2e2e2e", /* rgba(0,0,0,.8) on white */
  [PO_COLOR_DIM_FOREGROUND] = "#707070", /* rgba(0,0,0,.55) */
  [PO_COLOR_BACKGROUND]     = "#ffffff", /* view_bg_color */
  [PO_COLOR_GRID]           = "#ebebeb", /* rgba(0,0,0,.08) */
  [PO_COLOR_AXIS]           = "#c0c0c0",
};

static const char * const dark_specs[PO_N_COLORS] = {
  [PO_COLOR_AUTO]           = "#62a0ea",
  [PO_COLOR_BLUE]           = "#62a0ea", /* blue_2 */
  [PO_COLOR_GREEN]          = "#2ec27e", /* green_4 */
  [PO_COLOR_YELLOW]         = "#f6d32d", /* yellow_3 */
  [PO_COLOR_ORANGE]         = "#ffa348", /* orange_2 */
  [PO_COLOR_RED]            = "#e01b24", /* red_3 */
  [PO_COLOR_PURPLE]         = "#c061cb", /* purple_2 */
  [PO_COLOR_BROWN]          = "#b5835a", /* brown_2 */
  [PO_COLOR_GRAY]           = "#77767b", /* dark_1 */
  [PO_COLOR_NEW]            = "#2ec27e",
  [PO_COLOR_EXPANSION]      = "#62a0ea",
  [PO_COLOR_REACTIVATION]   = "#c061cb",
  [PO_COLOR_CONTRACTION]    = "#ffa348",
  [PO_COLOR_CHURN]          = "#ed333b", /* red_2 */
  [PO_COLOR_NET]            = "#ffffff",
  [PO_COLOR_HEALTH_RED]     = "#e01b24",
  [PO_COLOR_HEALTH_YELLOW]  = "#f6d32d",
  [PO_COLOR_HEALTH_GREEN]   = "#2ec27e",
  [PO_COLOR_HEALTH_NONE]    = "#5e5c64", /* dark_2 */
  [PO_COLOR_TARGET]         = "#dc8add", /* purple_1 */
  [PO_COLOR_ACCENT]         = "#78aeed", /* accent_color (dark) */
  [PO_COLOR_FOREGROUND]     = "#f0f0f0",
  [PO_COLOR_DIM_FOREGROUND] = "#a8a8a8",
  [PO_COLOR_BACKGROUND]     = "#1e1e1e", /* view_bg_color (dark) */
  [PO_COLOR_GRID]           = "#2f2f2f", /* rgba(255,255,255,.08) */
  [PO_COLOR_AXIS]           = "#505050",
};

/* Categorical order: neighbours differ in hue and in lightness. */
static const PoColorRole series_order[] = {
  PO_COLOR_BLUE, PO_COLOR_GREEN, PO_COLOR_ORANGE, PO_COLOR_PURPLE,
  PO_COLOR_RED, PO_COLOR_YELLOW, PO_COLOR_BROWN, PO_COLOR_GRAY,
};

static int
hex_value (char c)
{
  return g_ascii_xdigit_value (c);
}

/* "#rrggbb", "#rrggbbaa" or "#rgb". */
gboolean
po_color_parse (PoColor    *color,
                const char *spec)
{
  gsize len;
  int v[8];

  g_return_val_if_fail (color != NULL, FALSE);

  if (spec == NULL || spec[0] != '#')
    return FALSE;
  spec++;
  len = strlen (spec);
  if (len != 3 && len != 6 && len != 8)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    {
      v[i] = hex_value (spec[i]);
      if (v[i] < 0)
        return FALSE;
    }

  if (len == 3)
    {
      color->red = v[0] * 17 / 255.0;
      color->green = v[1] * 17 / 255.0;
      color->blue = v[2] * 17 / 255.0;
      color->alpha = 1.0;
    }
  else
    {
      color->red = (v[0] * 16 + v[1]) / 255.0;
      color->green = (v[2] * 16 + v[3]) / 255.0;
      color->blue = (v[4] * 16 + v[5]) / 255.0;
      color->alpha = len == 8 ? (v[6] * 16 + v[7]) / 255.0 : 1.0;
    }

  return TRUE;
}

void
po_palette_init (PoPalette *palette,
                 gboolean   dark)
{
  const char * const *specs = dark ? dark_specs : light_specs;

  g_return_if_fail (palette != NULL);

  palette->dark = !!dark;
  for (guint i = 0; i < PO_N_COLORS; i++)
    {
      if (!po_color_parse (&palette->colors[i], specs[i]))
        g_assert_not_reached ();
    }
}

const PoPalette *
po_palette_get (gboolean dark)
{
  static PoPalette palettes[2];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      po_palette_init (&palettes[0], FALSE);
      po_palette_init (&palettes[1], TRUE);
      g_once_init_leave (&initialized, 1);
    }

  return &palettes[dark ? 1 : 0];
}

PoColor
po_palette_color (const PoPalette *palette,
                  PoColorRole      role)
{
  if (palette == NULL)
    palette = po_palette_get (FALSE);
  if ((guint) role >= PO_N_COLORS)
    role = PO_COLOR_AUTO;
  return palette->colors[role];
}

PoColor
po_palette_series_color (const PoPalette *palette,
                         guint            index)
{
  return po_palette_color (palette, series_order[index % G_N_ELEMENTS (series_order)]);
}

/* @role, or the categorical colour of @series_index for PO_COLOR_AUTO. */
PoColor
po_palette_resolve (const PoPalette *palette,
                    PoColorRole      role,
                    guint            series_index)
{
  if (role == PO_COLOR_AUTO)
    return po_palette_series_color (palette, series_index);
  return po_palette_color (palette, role);
}

PoColor
po_color_mix (PoColor a,
              PoColor b,
              double  t)
{
  PoColor c;

  t = CLAMP (t, 0.0, 1.0);
  c.red = a.red + (b.red - a.red) * t;
  c.green = a.green + (b.green - a.green) * t;
  c.blue = a.blue + (b.blue - a.blue) * t;
  c.alpha = a.alpha + (b.alpha - a.alpha) * t;
  return c;
}

PoColor
po_color_with_alpha (PoColor color,
                     double  alpha)
{
  color.alpha = CLAMP (alpha, 0.0, 1.0);
  return color;
}

static double
linear (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/* Relative luminance (WCAG), 0 black to 1 white. */
double
po_color_luminance (PoColor color)
{
  return 0.2126 * linear (color.red) + 0.7152 * linear (color.green) + 0.0722 * linear (color.blue);
}

void
po_color_set_source (cairo_t *cr,
                     PoColor  color)
{
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha);
}
