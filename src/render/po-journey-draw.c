/* po-journey-draw.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-journey-draw"

#include "config.h"

#include <string.h>

#include "po-journey-draw-private.h"

/* Colours, shapes and text shared by the journey map's drawing code. */

/* GNOME palette; red is kept for regressions. */
static const Rgb phase_accents[] = {
  RGB (0x3584e4), /* blue 3 */
  RGB (0x2190a4), /* teal */
  RGB (0x2ec27e), /* green 4 */
  RGB (0xe5a50a), /* yellow 5 */
  RGB (0xff7800), /* orange 3 */
  RGB (0x9141ac), /* purple 3 */
  RGB (0x986a44), /* brown 3 */
  RGB (0x1c71d8), /* blue 4 */
};

Rgb
_po_journey_mix (Rgb    a,
                 Rgb    b,
                 double t)
{
  Rgb r = { a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t };
  return r;
}

void
_po_journey_set_rgb (cairo_t *cr,
                     Rgb      c,
                     double   alpha)
{
  cairo_set_source_rgba (cr, c.r, c.g, c.b, alpha);
}

Rgb
_po_journey_phase_accent (guint phase)
{
  return phase_accents[phase % G_N_ELEMENTS (phase_accents)];
}

Rgb
_po_journey_emotion_color (double value)
{
  double t = CLAMP (value / PO_JOURNEY_EMOTION_MAX, -1.0, 1.0);

  if (t >= 0)
    return _po_journey_mix (color_emotion_mid, color_emotion_high, t);
  return _po_journey_mix (color_emotion_mid, color_emotion_low, -t);
}

void
_po_journey_rounded_rect (cairo_t *cr,
                          double   x,
                          double   y,
                          double   w,
                          double   h,
                          double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

void
_po_journey_card (Ctx                     *ctx,
                  const cairo_rectangle_t *r,
                  double                   radius,
                  Rgb                      fill,
                  Rgb                      border)
{
  cairo_t *cr = ctx->cr;

  _po_journey_rounded_rect (cr, r->x, r->y, r->width, r->height, radius * ctx->u);
  _po_journey_set_rgb (cr, fill, 1.0);
  cairo_fill_preserve (cr);
  _po_journey_set_rgb (cr, border, 1.0);
  cairo_set_line_width (cr, 1.0 * ctx->u);
  cairo_stroke (cr);
}

PangoLayout *
_po_journey_text_layout (Ctx             *ctx,
                         const char      *text,
                         const TextStyle *style,
                         double           width,
                         double           height)
{
  PangoLayout *layout = pango_layout_new (ctx->pango);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);
  g_autofree char *bulleted = NULL;

  pango_font_description_set_absolute_size (font, style->size * ctx->u * PANGO_SCALE);
  pango_font_description_set_weight (font, style->weight);
  if (style->italic)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  if (style->bullets && strchr (text, '\n') != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
      GString *s = g_string_new (NULL);
      int indent;

      for (guint i = 0; lines[i] != NULL; i++)
        {
          if (lines[i][0] == '\0')
            continue;
          if (s->len > 0)
            g_string_append_c (s, '\n');
          g_string_append (s, "•\u2002");
          g_string_append (s, lines[i]);
        }
      bulleted = g_string_free (s, FALSE);
      text = bulleted;

      pango_layout_set_text (layout, "•\u2002", -1);
      pango_layout_get_size (layout, &indent, NULL);
      pango_layout_set_indent (layout, -indent);
    }

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_alignment (layout, style->align);
  if (style->max_lines != 1)
    pango_layout_set_line_spacing (layout, 1.12);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  if (style->max_lines > 0)
    pango_layout_set_height (layout, -style->max_lines);
  else if (height > 0)
    pango_layout_set_height (layout, (int) (height * PANGO_SCALE));

  return layout;
}

/* Draws @text wrapped into @width and, if @height > 0, ellipsized to it;
 * returns the height used. */
double
_po_journey_draw_text (Ctx             *ctx,
                       const char      *text,
                       const TextStyle *style,
                       Rgb              color,
                       double           alpha,
                       double           x,
                       double           y,
                       double           width,
                       double           height)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;

  if (text == NULL || text[0] == '\0')
    return 0;

  layout = _po_journey_text_layout (ctx, text, style, width, height);
  pango_layout_get_extents (layout, NULL, &logical);

  if (!ctx->hide_text)
    {
      cairo_save (ctx->cr);
      if (height > 0)
        {
          cairo_rectangle (ctx->cr, x - 2 * ctx->u, y, width + 4 * ctx->u, height);
          cairo_clip (ctx->cr);
        }
      _po_journey_set_rgb (ctx->cr, color, alpha);
      cairo_move_to (ctx->cr, x, y);
      pango_cairo_show_layout (ctx->cr, layout);
      cairo_restore (ctx->cr);
      /* Leave no current point behind for the next arc. */
      cairo_new_path (ctx->cr);
    }

  return (double) logical.height / PANGO_SCALE;
}

double
_po_journey_text_width (Ctx             *ctx,
                        const char      *text,
                        const TextStyle *style)
{
  g_autoptr(PangoLayout) layout = _po_journey_text_layout (ctx, text, style, 100000, 0);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

char *
_po_journey_format_count (guint count)
{
  return g_strdup_printf ("%'u", count);
}
