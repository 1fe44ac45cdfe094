/* po-journey-render.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-journey-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "po-journey-layout-private.h"
#include "po-render.h"

#define FONT_FAMILY "Cantarell, Inter, Noto Sans, DejaVu Sans, sans-serif"

typedef struct
{
  double r, g, b;
} Rgb;

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

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

static const Rgb color_canvas = RGB (0xffffff);
static const Rgb color_text = RGB (0x241f31);
static const Rgb color_secondary = RGB (0x5e5c64);
static const Rgb color_faint = RGB (0x9a9996);
static const Rgb color_lane = RGB (0xf3f2f1);
static const Rgb color_line = RGB (0xdeddda);
static const Rgb color_forward = RGB (0x3584e4);
static const Rgb color_skip = RGB (0x9141ac);
static const Rgb color_regression = RGB (0xe01b24);
static const Rgb color_emotion_low = RGB (0xe01b24);
static const Rgb color_emotion_mid = RGB (0xe5a50a);
static const Rgb color_emotion_high = RGB (0x26a269);

typedef struct
{
  PoJourneyLayout *layout;
  PoJourneyMap    *map;
  cairo_t         *cr;
  PangoContext    *pango;
  double           u;
  gboolean         hide_text;
} Ctx;

typedef struct
{
  double         size;      /* in units */
  PangoWeight    weight;
  gboolean       italic;
  PangoAlignment align;
  int            max_lines; /* 0: as many as fit the height */
  gboolean       bullets;   /* hanging "•" for multi-line text */
} TextStyle;

static Rgb
mix (Rgb    a,
     Rgb    b,
     double t)
{
  Rgb r = { a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t };
  return r;
}

static void
set_rgb (cairo_t *cr,
         Rgb      c,
         double   alpha)
{
  cairo_set_source_rgba (cr, c.r, c.g, c.b, alpha);
}

static Rgb
phase_accent (guint phase)
{
  return phase_accents[phase % G_N_ELEMENTS (phase_accents)];
}

static Rgb
emotion_color (double value)
{
  double t = CLAMP (value / PO_JOURNEY_EMOTION_MAX, -1.0, 1.0);

  if (t >= 0)
    return mix (color_emotion_mid, color_emotion_high, t);
  return mix (color_emotion_mid, color_emotion_low, -t);
}

static void
rounded_rect (cairo_t *cr,
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

static void
card (Ctx                     *ctx,
      const cairo_rectangle_t *r,
      double                   radius,
      Rgb                      fill,
      Rgb                      border)
{
  cairo_t *cr = ctx->cr;

  rounded_rect (cr, r->x, r->y, r->width, r->height, radius * ctx->u);
  set_rgb (cr, fill, 1.0);
  cairo_fill_preserve (cr);
  set_rgb (cr, border, 1.0);
  cairo_set_line_width (cr, 1.0 * ctx->u);
  cairo_stroke (cr);
}

static PangoLayout *
text_layout (Ctx             *ctx,
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
static double
draw_text (Ctx             *ctx,
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

  layout = text_layout (ctx, text, style, width, height);
  pango_layout_get_extents (layout, NULL, &logical);

  if (!ctx->hide_text)
    {
      cairo_save (ctx->cr);
      if (height > 0)
        {
          cairo_rectangle (ctx->cr, x - 2 * ctx->u, y, width + 4 * ctx->u, height);
          cairo_clip (ctx->cr);
        }
      set_rgb (ctx->cr, color, alpha);
      cairo_move_to (ctx->cr, x, y);
      pango_cairo_show_layout (ctx->cr, layout);
      cairo_restore (ctx->cr);
      /* Leave no current point behind for the next arc. */
      cairo_new_path (ctx->cr);
    }

  return (double) logical.height / PANGO_SCALE;
}

static double
text_width (Ctx             *ctx,
            const char      *text,
            const TextStyle *style)
{
  g_autoptr(PangoLayout) layout = text_layout (ctx, text, style, 100000, 0);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

static char *
format_count (guint count)
{
  return g_strdup_printf ("%'u", count);
}

static void
draw_title (Ctx *ctx)
{
  const cairo_rectangle_t *r = &ctx->layout->title;
  TextStyle title = { PO_JOURNEY_FONT_TITLE, PANGO_WEIGHT_BOLD, FALSE, PANGO_ALIGN_LEFT, 1, FALSE };
  TextStyle sub = { PO_JOURNEY_FONT_SUBTITLE, PANGO_WEIGHT_NORMAL, FALSE, PANGO_ALIGN_LEFT, 1, FALSE };
  double h;

  if (r->height <= 0)
    return;

  h = draw_text (ctx, po_journey_map_get_title (ctx->map), &title, color_text, 1.0,
                 r->x, r->y, r->width, 0);
  draw_text (ctx, po_journey_map_get_subtitle (ctx->map), &sub, color_secondary, 1.0,
             r->x, r->y + h + 2 * ctx->u, r->width, 0);
}

static char *
initials (const char *name)
{
  g_auto(GStrv) words = g_strsplit_set (name, " \t-", -1);
  GString *s = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL && s->len < 8; i++)
    {
      gunichar c;

      if (words[i][0] == '\0')
        continue;
      c = g_unichar_toupper (g_utf8_get_char (words[i]));
      g_string_append_unichar (s, c);
      if (g_utf8_strlen (s->str, -1) >= 2)
        break;
    }

  return g_string_free (s, FALSE);
}

static void
draw_personas (Ctx *ctx)
{
  static const Rgb avatar_colors[] = {
    RGB (0x1c71d8), RGB (0x26a269), RGB (0xc64600), RGB (0x813d9c), RGB (0x1a5fb4),
  };
  TextStyle name = { 12.5, PANGO_WEIGHT_BOLD, FALSE, PANGO_ALIGN_LEFT, 1, FALSE };
  TextStyle role = { 10.5, PANGO_WEIGHT_NORMAL, FALSE, PANGO_ALIGN_LEFT, 1, FALSE };
  TextStyle goal = { 10.5, PANGO_WEIGHT_NORMAL, FALSE, PANGO_ALIGN_LEFT, 2, FALSE };
  TextStyle quote = { 10.5, PANGO_WEIGHT_NORMAL, TRUE, PANGO_ALIGN_LEFT, 2, FALSE };
  TextStyle avatar = { 14, PANGO_WEIGHT_BOLD, FALSE, PANGO_ALIGN_CENTER, 1, FALSE };
  double u = ctx->u;

  for (guint i = 0; i < ctx->layout->n_personas; i++)
    {
      const PoJourneyPersona *p = po_journey_map_get_persona (ctx->map, i);
      const cairo_rectangle_t *r = &ctx->layout->persona_rects[i];
      Rgb color = avatar_colors[i % G_N_ELEMENTS (avatar_colors)];
      g_autofree char *letters = initials (p->name);
      double pad = 12 * u, d = 38 * u;
      double tx = r->x + pad + d + 10 * u;
      double tw = r->x + r->width - pad - tx;
      double y;

      card (ctx, r, 12, color_canvas, color_line);

      cairo_arc (ctx->cr, r->x + pad + d / 2, r->y + pad + d / 2, d / 2, 0, 2 * G_PI);
      set_rgb (ctx->cr, mix (color, color_canvas, 0.15), 1.0);
      cairo_fill (ctx->cr);
      draw_text (ctx, letters, &avatar, color_canvas, 1.0,
                 r->x + pad, r->y + pad + d / 2 - 9 * u, d, 0);

      y = r->y + pad;
      y += draw_text (ctx, p->name, &name, color_text, 1.0, tx, y, tw, 0);
      draw_text (ctx, p->role, &role, color_secondary, 1.0, tx, y, tw, 0);

      y = r->y + pad + d + 6 * u;
      if (p->goal != NULL)
        {
          g_autofree char *text = g_strdup_printf (_("Goal: %s"), p->goal);

          if (p->quote != NULL)
            goal.max_lines = 1;
          y += draw_text (ctx, text, &goal, color_text, 1.0,
                          r->x + pad, y, r->width - 2 * pad, 0);
        }
      if (p->quote != NULL)
        {
          g_autofree char *text = g_strdup_printf (_("“%s”"), p->quote);

          quote.max_lines = p->goal != NULL ? 1 : 2;
          draw_text (ctx, text, &quote, color_secondary, 1.0,
                     r->x + pad, y + 2 * u, r->width - 2 * pad, 0);
        }
    }
}

static void
draw_badge (Ctx   *ctx,
            guint  phase)
{
  const PoJourneyPhase *p = po_journey_map_get_phase (ctx->map, phase);
  const cairo_rectangle_t *r = &ctx->layout->badge_rects[phase];
  TextStyle big = { PO_JOURNEY_FONT_BADGE_BIG, PANGO_WEIGHT_BOLD, FALSE, PANGO_ALIGN_LEFT, 1, FALSE };
  TextStyle small = { PO_JOURNEY_FONT_SMALL, PANGO_WEIGHT_NORMAL, FALSE, PANGO_ALIGN_LEFT, 1, FALSE };
  TextStyle right = { PO_JOURNEY_FONT_SMALL, PANGO_WEIGHT_NORMAL, FALSE, PANGO_ALIGN_RIGHT, 1, FALSE };
  Rgb accent = phase_accent (phase);
  Rgb strong = mix (accent, color_text, 0.35);
  g_autofree char *count = NULL;
  g_autofree char *median = NULL;
  g_autofree char *done = NULL;
  double u = ctx->u, pad = 8 * u, bar = 4 * u;
  double left_w, right_w, y;

  if (r->width <= 0)
    return;

  card (ctx, r, 8, color_canvas, mix (accent, color_canvas, 0.6));

  /* Completion bar along the bottom edge. */
  cairo_save (ctx->cr);
  rounded_rect (ctx->cr, r->x, r->y, r->width, r->height, 8 * u);
  cairo_clip (ctx->cr);
  set_rgb (ctx->cr, mix (accent, color_canvas, 0.82), 1.0);
  cairo_rectangle (ctx->cr, r->x, r->y + r->height - bar, r->width, bar);
  cairo_fill (ctx->cr);
  if (!isnan (p->completion_rate))
    {
      set_rgb (ctx->cr, accent, 1.0);
      cairo_rectangle (ctx->cr, r->x, r->y + r->height - bar, r->width * p->completion_rate, bar);
      cairo_fill (ctx->cr);
    }
  cairo_restore (ctx->cr);

  count = format_count (p->tracks_now);
  if (isnan (p->median_days))
    median = g_strdup (_("median –"));
  else
    median = g_strdup_printf (_("median %.0f d"), p->median_days);
  if (isnan (p->completion_rate))
    done = g_strdup (_("– complete"));
  else
    done = g_strdup_printf (_("%.0f %% complete"), p->completion_rate * 100);

  left_w = MAX (text_width (ctx, count, &big),
                text_width (ctx, g_dngettext (GETTEXT_PACKAGE, "track now", "tracks now", p->tracks_now), &small));
  right_w = r->width - 3 * pad - left_w;
  if (right_w < 40 * u)
    {
      /* Narrow column: the count alone, the rest below it. */
      left_w = r->width - 2 * pad;
      right_w = 0;
    }

  y = r->y + (r->height - bar - 36 * u) / 2;
  draw_text (ctx, count, &big, strong, 1.0, r->x + pad, y - 2 * u, left_w, 0);
  draw_text (ctx, g_dngettext (GETTEXT_PACKAGE, "track now", "tracks now", p->tracks_now),
             &small, color_secondary, 1.0, r->x + pad, y + 22 * u, left_w, 0);
  if (right_w > 0)
    {
      double rx = r->x + r->width - pad - right_w;

      draw_text (ctx, median, &right, color_secondary, 1.0, rx, y + 4 * u, right_w, 0);
      draw_text (ctx, done, &right, color_secondary, 1.0, rx, y + 20 * u, right_w, 0);
    }
}

static void
draw_headers (Ctx *ctx)
{
  TextStyle title = { PO_JOURNEY_FONT_PHASE, PANGO_WEIGHT_BOLD, FALSE, PANGO_ALIGN_LEFT, 1, FALSE };
  TextStyle duration = { PO_JOURNEY_FONT_DURATION, PANGO_WEIGHT_NORMAL, FALSE, PANGO_ALIGN_LEFT, 1, FALSE };
  TextStyle step = { 10, PANGO_WEIGHT_BOLD, FALSE, PANGO_ALIGN_CENTER, 1, FALSE };
  double u = ctx->u;

  for (guint p = 0; p < ctx->layout->n_phases; p++)
    {
      const PoJourneyPhase *phase = po_journey_map_get_phase (ctx->map, p);
      const cairo_rectangle_t *r = &ctx->layout->headers[p];
      Rgb accent = phase_accent (p);
      g_autofree char *number = g_strdup_printf ("%u", p + 1);
      double pad = PO_JOURNEY_CARD_PAD * u;
      double d = 20 * u;
      double x = r->x + pad, y = r->y + 14 * u;

      rounded_rect (ctx->cr, r->x, r->y, r->width, r->height, 10 * u);
      set_rgb (ctx->cr, mix (accent, color_canvas, 0.86), 1.0);
      cairo_fill_preserve (ctx->cr);
      cairo_save (ctx->cr);
      cairo_clip (ctx->cr);
      set_rgb (ctx->cr, accent, 1.0);
      cairo_rectangle (ctx->cr, r->x, r->y, r->width, 5 * u);
      cairo_fill (ctx->cr);
      cairo_restore (ctx->cr);

      /* Step number in a disc, then the title. */
      cairo_arc (ctx->cr, x + d / 2, y + d / 2, d / 2, 0, 2 * G_PI);
      set_rgb (ctx->cr, accent, 1.0);
      cairo_fill (ctx->cr);
      draw_text (ctx, number, &step, color_canvas, 1.0, x, y + d / 2 - 6.5 * u, d, 0);

      draw_text (ctx, phase->title, &title, color_text, 1.0,
                 x + d + 7 * u, y + d / 2 - 10 * u, r->width - 2 * pad - d - 7 * u, 0);
      draw_text (ctx, phase->duration, &duration, color_secondary, 1.0,
                 x, y + d + 6 * u, r->width - 2 * pad, 0);

      draw_badge (ctx, p);
    }
}

static void
draw_lane_titles (Ctx *ctx)
{
  TextStyle title = { PO_JOURNEY_FONT_LANE, PANGO_WEIGHT_BOLD, FALSE, PANGO_ALIGN_LEFT, 0, FALSE };
  TextStyle scale = { 9, PANGO_WEIGHT_NORMAL, FALSE, PANGO_ALIGN_RIGHT, 1, FALSE };
  double u = ctx->u, pad = PO_JOURNEY_CARD_PAD * u;

  for (guint l = 0; l < ctx->layout->n_lanes; l++)
    {
      const PoJourneyLane *lane = po_journey_map_get_lane (ctx->map, l);
      const cairo_rectangle_t *r = &ctx->layout->lane_rects[l];

      rounded_rect (ctx->cr, r->x, r->y, r->width, r->height, 8 * u);
      set_rgb (ctx->cr, color_lane, 1.0);
      cairo_fill (ctx->cr);

      draw_text (ctx, lane->title, &title, color_text, 0.85,
                 r->x + pad, r->y + pad, r->width - 2 * pad, r->height - 2 * pad);

      if ((int) l == ctx->layout->emotion_lane && ctx->layout->n_phases > 0)
        {
          const cairo_rectangle_t *c = &ctx->layout->cells[l * ctx->layout->n_phases];
          static const char *labels[] = { "+2", "0", "−2" };
          double mid, amplitude;

          _po_journey_emotion_geometry (c, u, &mid, &amplitude);
          for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
            {
              double y = mid - (1.0 - i) * amplitude;

              draw_text (ctx, labels[i], &scale, color_faint, 1.0,
                         r->x + pad, y - 6 * u, r->width - 2 * pad, 0);
            }
        }
    }
}

static void
draw_cells (Ctx *ctx)
{
  TextStyle body = { PO_JOURNEY_FONT_BODY, PANGO_WEIGHT_NORMAL, FALSE, PANGO_ALIGN_LEFT, 0, TRUE };
  double u = ctx->u, pad = PO_JOURNEY_CARD_PAD * u;

  for (guint l = 0; l < ctx->layout->n_lanes; l++)
    {
      if ((int) l == ctx->layout->emotion_lane)
        continue;

      for (guint p = 0; p < ctx->layout->n_phases; p++)
        {
          const cairo_rectangle_t *r = &ctx->layout->cells[l * ctx->layout->n_phases + p];
          const char *text = po_journey_map_get_cell (ctx->map, l, p);
          Rgb accent = phase_accent (p);

          if (text == NULL)
            {
              static const double dash[] = { 4.0, 3.0 };
              double scaled[2] = { dash[0] * u, dash[1] * u };

              rounded_rect (ctx->cr, r->x + 0.5 * u, r->y + 0.5 * u, r->width - u, r->height - u, 8 * u);
              cairo_set_dash (ctx->cr, scaled, 2, 0);
              cairo_set_line_width (ctx->cr, 1.0 * u);
              set_rgb (ctx->cr, color_line, 1.0);
              cairo_stroke (ctx->cr);
              cairo_set_dash (ctx->cr, NULL, 0, 0);
              continue;
            }

          card (ctx, r, 8, mix (accent, color_canvas, 0.95), mix (accent, color_canvas, 0.72));
          draw_text (ctx, text, &body, color_text, 1.0,
                     r->x + pad, r->y + pad - 1 * u, r->width - 2 * pad, r->height - 2 * pad + 2 * u);
        }
    }
}

/* Appends a Catmull-Rom spline through @n points as Bézier curves. */
static void
spline (cairo_t      *cr,
        const double *xs,
        const double *ys,
        guint         n)
{
  cairo_move_to (cr, xs[0], ys[0]);
  for (guint i = 0; i + 1 < n; i++)
    {
      double x0 = xs[i > 0 ? i - 1 : i], y0 = ys[i > 0 ? i - 1 : i];
      double x3 = xs[i + 2 < n ? i + 2 : i + 1], y3 = ys[i + 2 < n ? i + 2 : i + 1];

      cairo_curve_to (cr,
                      xs[i] + (xs[i + 1] - x0) / 6, ys[i] + (ys[i + 1] - y0) / 6,
                      xs[i + 1] - (x3 - xs[i]) / 6, ys[i + 1] - (y3 - ys[i]) / 6,
                      xs[i + 1], ys[i + 1]);
    }
}

static void
draw_emotion (Ctx *ctx)
{
  PoJourneyLayout *lay = ctx->layout;
  TextStyle caption = { PO_JOURNEY_FONT_SMALL, PANGO_WEIGHT_NORMAL, TRUE, PANGO_ALIGN_CENTER, 1, FALSE };
  const cairo_rectangle_t *first, *last;
  cairo_rectangle_t band;
  cairo_pattern_t *gradient;
  double u = ctx->u, amplitude, mid;
  g_autofree double *xs = NULL;
  g_autofree double *ys = NULL;
  guint n_phases = lay->n_phases;

  if (lay->emotion_lane < 0 || n_phases == 0)
    return;

  first = &lay->cells[lay->emotion_lane * n_phases];
  last = &lay->cells[lay->emotion_lane * n_phases + n_phases - 1];
  band.x = first->x;
  band.y = first->y;
  band.width = last->x + last->width - first->x;
  band.height = first->height;
  card (ctx, &band, 10, color_canvas, color_line);

  _po_journey_emotion_geometry (first, u, &mid, &amplitude);

  /* Guides at −2, −1, 0, +1, +2. */
  for (int v = -2; v <= 2; v++)
    {
      double y = round ((mid - v / 2.0 * amplitude) / u) * u + 0.5 * u;

      cairo_move_to (ctx->cr, band.x + 8 * u, y);
      cairo_line_to (ctx->cr, band.x + band.width - 8 * u, y);
      set_rgb (ctx->cr, v == 0 ? color_line : mix (color_line, color_canvas, 0.5), 1.0);
      cairo_set_line_width (ctx->cr, 1.0 * u);
      cairo_stroke (ctx->cr);
    }

  gradient = cairo_pattern_create_linear (0, mid - amplitude, 0, mid + amplitude);
  cairo_pattern_add_color_stop_rgb (gradient, 0.0, color_emotion_high.r, color_emotion_high.g, color_emotion_high.b);
  cairo_pattern_add_color_stop_rgb (gradient, 0.5, color_emotion_mid.r, color_emotion_mid.g, color_emotion_mid.b);
  cairo_pattern_add_color_stop_rgb (gradient, 1.0, color_emotion_low.r, color_emotion_low.g, color_emotion_low.b);

  /* Runs of consecutive phases with a value form one smooth curve. */
  xs = g_new0 (double, n_phases);
  ys = g_new0 (double, n_phases);
  for (guint p = 0; p < n_phases;)
    {
      guint n = 0;

      while (p < n_phases && isnan (lay->emotion_x[p]))
        p++;
      while (p < n_phases && !isnan (lay->emotion_x[p]))
        {
          xs[n] = lay->emotion_x[p];
          ys[n] = lay->emotion_y[p];
          n++;
          p++;
        }
      if (n < 2)
        continue;

      /* A soft wash between the curve and the neutral line. */
      spline (ctx->cr, xs, ys, n);
      cairo_line_to (ctx->cr, xs[n - 1], mid);
      cairo_line_to (ctx->cr, xs[0], mid);
      cairo_close_path (ctx->cr);
      cairo_save (ctx->cr);
      cairo_clip (ctx->cr);
      cairo_set_source (ctx->cr, gradient);
      cairo_paint_with_alpha (ctx->cr, 0.13);
      cairo_restore (ctx->cr);

      spline (ctx->cr, xs, ys, n);
      cairo_set_source (ctx->cr, gradient);
      cairo_set_line_width (ctx->cr, 3.0 * u);
      cairo_set_line_cap (ctx->cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (ctx->cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (ctx->cr);
    }
  cairo_pattern_destroy (gradient);

  for (guint p = 0; p < n_phases; p++)
    {
      const cairo_rectangle_t *c = &lay->cells[lay->emotion_lane * n_phases + p];
      const char *text = po_journey_map_get_cell (ctx->map, lay->emotion_lane, p);
      double value = po_journey_map_get_emotion (ctx->map, p);
      double x = lay->emotion_x[p], y = lay->emotion_y[p];
      double r = PO_JOURNEY_POINT_RADIUS * u;

      draw_text (ctx, text, &caption, color_secondary, 1.0,
                 c->x + PO_JOURNEY_CARD_PAD * u,
                 c->y + c->height - (PO_JOURNEY_EMOTION_CAPTION + 1) * u,
                 c->width - 2 * PO_JOURNEY_CARD_PAD * u, 0);

      if (isnan (x))
        continue;

      cairo_new_sub_path (ctx->cr);
      cairo_arc (ctx->cr, x, y, r, 0, 2 * G_PI);
      set_rgb (ctx->cr, color_canvas, 1.0);
      cairo_fill_preserve (ctx->cr);
      set_rgb (ctx->cr, emotion_color (value), 1.0);
      cairo_set_line_width (ctx->cr, 2.5 * u);
      cairo_stroke (ctx->cr);
      cairo_arc (ctx->cr, x, y, r * 0.4, 0, 2 * G_PI);
      cairo_fill (ctx->cr);
    }
}

static void
arrow_head (cairo_t *cr,
            double   x,
            double   y,
            double   angle,
            double   size)
{
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rotate (cr, angle);
  cairo_move_to (cr, 0, 0);
  cairo_line_to (cr, -size, -size * 0.6);
  cairo_line_to (cr, -size * 0.75, 0);
  cairo_line_to (cr, -size, size * 0.6);
  cairo_close_path (cr);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
count_pill (Ctx    *ctx,
            guint   count,
            Rgb     color,
            double  cx,
            double  cy)
{
  TextStyle style = { PO_JOURNEY_FONT_SMALL, PANGO_WEIGHT_BOLD, FALSE, PANGO_ALIGN_CENTER, 1, FALSE };
  g_autofree char *text = format_count (count);
  double u = ctx->u, h = 17 * u;
  double w = text_width (ctx, text, &style) + 12 * u;

  w = MAX (w, 24 * u);
  rounded_rect (ctx->cr, cx - w / 2, cy - h / 2, w, h, h / 2);
  set_rgb (ctx->cr, color_canvas, 1.0);
  cairo_fill_preserve (ctx->cr);
  set_rgb (ctx->cr, color, 1.0);
  cairo_set_line_width (ctx->cr, 1.2 * u);
  cairo_stroke (ctx->cr);
  draw_text (ctx, text, &style, color, 1.0, cx - w / 2, cy - 6.5 * u, w, 0);
}

static double
column_center (PoJourneyLayout *lay,
               guint            phase)
{
  return lay->headers[phase].x + lay->headers[phase].width / 2;
}

/* Forward arrows run along the flow band like a transit line; regressions
 * curve back below it; skips arch over the headers. */
static void
draw_transitions (Ctx      *ctx,
                  gboolean  highlighted)
{
  int h = ctx->layout->options.highlight_phase;
  PoJourneyLayout *lay = ctx->layout;
  guint n = po_journey_map_get_n_transitions (ctx->map);
  guint max = po_journey_map_get_max_transition_count (ctx->map);
  double u = ctx->u;
  double fy = lay->flow_band.y + 17 * u;
  double ry = lay->flow_band.y + 30 * u;
  double sy = lay->skip_band.y + lay->skip_band.height;

  if (!ctx->layout->options.show_overlay)
    return;

  cairo_set_line_cap (ctx->cr, CAIRO_LINE_CAP_BUTT);
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        const PoJourneyTransition *t = po_journey_map_get_transition (ctx->map, i);
        double w = po_journey_render_transition_width (u, t->count, max);
        double head = MAX (8 * u, w * 1.7);
        double x1 = column_center (lay, t->from), x2 = column_center (lay, t->to);
        gboolean touches = (int) t->from == h || (int) t->to == h;

        /* In presentation mode the highlighted phase's flows stay bright. */
        if (touches != highlighted)
          continue;

        switch (t->kind)
          {
          case PO_JOURNEY_TRANSITION_FORWARD:
            {
              double a = x1 + 12 * u, b = x2 - 12 * u;

              if (pass == 0)
                {
                  set_rgb (ctx->cr, color_forward, 0.9);
                  cairo_set_line_width (ctx->cr, w);
                  cairo_move_to (ctx->cr, a, fy);
                  cairo_line_to (ctx->cr, b - head * 0.8, fy);
                  cairo_stroke (ctx->cr);
                  arrow_head (ctx->cr, b, fy, 0, head);
                }
              else
                count_pill (ctx, t->count, color_forward, (x1 + x2) / 2, fy);
            }
            break;

          case PO_JOURNEY_TRANSITION_SKIP:
            {
              guint level = MIN (t->to - t->from - 1, PO_JOURNEY_MAX_ARC_LEVELS);
              double d = 22 * u + 14 * u * (level - 1);
              double a = x1 + 10 * u, b = x2 - 10 * u;
              double apex = sy - d;

              if (pass == 0)
                {
                  double dash[2] = { 6 * u, 4 * u };

                  set_rgb (ctx->cr, color_skip, 0.85);
                  cairo_set_line_width (ctx->cr, w);
                  cairo_set_dash (ctx->cr, dash, 2, 0);
                  cairo_move_to (ctx->cr, a, sy);
                  cairo_curve_to (ctx->cr, a, sy - d * 1.33, b, sy - d * 1.33, b, sy - head * 0.7);
                  cairo_stroke (ctx->cr);
                  cairo_set_dash (ctx->cr, NULL, 0, 0);
                  arrow_head (ctx->cr, b, sy + 1 * u, G_PI / 2, head);
                }
              else
                count_pill (ctx, t->count, color_skip, (a + b) / 2, apex);
            }
            break;

          case PO_JOURNEY_TRANSITION_REGRESSION:
            {
              guint level = MIN (t->from - t->to, PO_JOURNEY_MAX_ARC_LEVELS);
              double d = 16 * u + 12 * u * (level - 1);
              double a = x1 - 8 * u, b = x2 + 8 * u;

              if (pass == 0)
                {
                  set_rgb (ctx->cr, color_regression, 0.8);
                  cairo_set_line_width (ctx->cr, w);
                  cairo_move_to (ctx->cr, a, ry - 6 * u);
                  cairo_curve_to (ctx->cr, a, ry + d * 1.33, b, ry + d * 1.33, b, ry - 6 * u + head * 0.7);
                  cairo_stroke (ctx->cr);
                  arrow_head (ctx->cr, b, ry - 8 * u, -G_PI / 2, head);
                }
              else
                count_pill (ctx, t->count, color_regression, (a + b) / 2, ry + d);
            }
            break;

          default:
            g_assert_not_reached ();
          }
      }
}

static void
draw_highlight (Ctx *ctx)
{
  PoJourneyLayout *lay = ctx->layout;
  int h = lay->options.highlight_phase;
  double u = ctx->u, gap = PO_JOURNEY_COLUMN_GAP * u;
  cairo_rectangle_t col;

  if (h < 0 || (guint) h >= lay->n_phases)
    return;

  /* Dim everything around the highlighted column. */
  col = lay->columns[h];
  col.x -= gap / 2;
  col.width += gap;
  col.y = lay->skip_band.y;
  col.height = lay->columns[h].y + lay->columns[h].height - col.y;

  cairo_save (ctx->cr);
  cairo_set_fill_rule (ctx->cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_rectangle (ctx->cr, lay->headers[0].x - gap / 2, col.y,
                   lay->headers[lay->n_phases - 1].x + lay->headers[lay->n_phases - 1].width + gap / 2
                   - (lay->headers[0].x - gap / 2),
                   col.height);
  cairo_rectangle (ctx->cr, col.x, col.y, col.width, col.height);
  set_rgb (ctx->cr, color_canvas, 0.72);
  cairo_fill (ctx->cr);
  cairo_restore (ctx->cr);

  rounded_rect (ctx->cr, col.x + u, lay->columns[h].y - 4 * u, col.width - 2 * u,
                lay->columns[h].height + 8 * u, 12 * u);
  set_rgb (ctx->cr, phase_accent (h), 1.0);
  cairo_set_line_width (ctx->cr, 2.0 * u);
  cairo_stroke (ctx->cr);
}

static double
legend_label (Ctx        *ctx,
              const char *text,
              gboolean    bold,
              double      x,
              double      cy)
{
  TextStyle style = { PO_JOURNEY_FONT_SMALL, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                      FALSE, PANGO_ALIGN_LEFT, 1, FALSE };
  double w = text_width (ctx, text, &style);

  draw_text (ctx, text, &style, bold ? color_text : color_secondary, 1.0, x, cy - 6.5 * ctx->u, w + 2, 0);
  return w;
}

static void
draw_legend (Ctx *ctx)
{
  PoJourneyLayout *lay = ctx->layout;
  const cairo_rectangle_t *r = &lay->legend;
  double u = ctx->u, cy = r->y + r->height / 2, x = r->x;
  gboolean transitions = lay->options.show_overlay && po_journey_map_get_n_transitions (ctx->map) > 0;

  if (r->height <= 0)
    return;

  cairo_save (ctx->cr);
  cairo_rectangle (ctx->cr, r->x, r->y, r->width, r->height);
  cairo_clip (ctx->cr);

  if (transitions)
    {
      double dash[2] = { 5 * u, 3 * u };

      x += legend_label (ctx, _("Transitions"), TRUE, x, cy) + 12 * u;

      set_rgb (ctx->cr, color_forward, 0.9);
      cairo_set_line_width (ctx->cr, 3 * u);
      cairo_move_to (ctx->cr, x, cy);
      cairo_line_to (ctx->cr, x + 22 * u, cy);
      cairo_stroke (ctx->cr);
      arrow_head (ctx->cr, x + 28 * u, cy, 0, 8 * u);
      x += 34 * u;
      x += legend_label (ctx, _("Forward"), FALSE, x, cy) + 16 * u;

      set_rgb (ctx->cr, color_skip, 0.85);
      cairo_set_dash (ctx->cr, dash, 2, 0);
      cairo_move_to (ctx->cr, x, cy + 5 * u);
      cairo_curve_to (ctx->cr, x + 4 * u, cy - 8 * u, x + 22 * u, cy - 8 * u, x + 26 * u, cy + 1 * u);
      cairo_stroke (ctx->cr);
      cairo_set_dash (ctx->cr, NULL, 0, 0);
      arrow_head (ctx->cr, x + 26 * u, cy + 6 * u, G_PI / 2, 8 * u);
      x += 34 * u;
      x += legend_label (ctx, _("Skip"), FALSE, x, cy) + 16 * u;

      set_rgb (ctx->cr, color_regression, 0.8);
      cairo_move_to (ctx->cr, x + 26 * u, cy - 5 * u);
      cairo_curve_to (ctx->cr, x + 24 * u, cy + 10 * u, x + 4 * u, cy + 10 * u, x + 2 * u, cy + 1 * u);
      cairo_stroke (ctx->cr);
      arrow_head (ctx->cr, x + 2 * u, cy - 5 * u, -G_PI / 2, 8 * u);
      x += 34 * u;
      x += legend_label (ctx, _("Regression"), FALSE, x, cy) + 10 * u;
      x += legend_label (ctx, _("(line width by count)"), FALSE, x, cy) + 28 * u;
    }

  if (lay->emotion_lane >= 0)
    {
      static const char *labels[] = { "−2", "−1", "0", "+1", "+2" };

      x += legend_label (ctx, _("Emotion"), TRUE, x, cy) + 12 * u;
      for (int v = -2; v <= 2; v++)
        {
          cairo_arc (ctx->cr, x + 6 * u, cy, 5 * u, 0, 2 * G_PI);
          set_rgb (ctx->cr, color_canvas, 1.0);
          cairo_fill_preserve (ctx->cr);
          set_rgb (ctx->cr, emotion_color (v), 1.0);
          cairo_set_line_width (ctx->cr, 2.2 * u);
          cairo_stroke (ctx->cr);
          x += 15 * u;
          x += legend_label (ctx, labels[v + 2], FALSE, x, cy) + 10 * u;
        }
    }

  cairo_restore (ctx->cr);
}

void
po_journey_render_draw (PoJourneyLayout *layout,
                        cairo_t         *cr)
{
  Ctx ctx = { 0 };
  cairo_font_options_t *font_options;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);

  ctx.layout = layout;
  ctx.map = layout->map;
  ctx.cr = cr;
  ctx.u = layout->unit;
  ctx.hide_text = layout->options.hide_text;
  ctx.pango = pango_cairo_create_context (cr);

  /* Unhinted metrics: the same line breaks on screen, PNG and PDF. */
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_SLIGHT);
  cairo_font_options_set_antialias (font_options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (ctx.pango, font_options);
  cairo_font_options_destroy (font_options);

  cairo_save (cr);

  set_rgb (cr, color_canvas, 1.0);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_fill (cr);

  draw_title (&ctx);
  draw_personas (&ctx);
  draw_headers (&ctx);
  draw_lane_titles (&ctx);
  draw_cells (&ctx);
  draw_emotion (&ctx);
  draw_transitions (&ctx, FALSE);
  draw_highlight (&ctx);
  draw_transitions (&ctx, TRUE);
  draw_legend (&ctx);

  cairo_restore (cr);
  g_object_unref (ctx.pango);
}

void
po_journey_render (PoJourneyMap                 *map,
                   const PoJourneyRenderOptions *options,
                   cairo_t                      *cr,
                   double                        width,
                   double                        height)
{
  g_autoptr(PoJourneyLayout) layout = NULL;

  g_return_if_fail (map != NULL);
  g_return_if_fail (cr != NULL);

  if (width <= 0 || height <= 0)
    return;

  layout = po_journey_layout_new (map, options, width, height);
  po_journey_render_draw (layout, cr);
}

/* Landscape page sizes in PostScript points. */
void
po_paper_size_get_points (PoPaperSize  paper,
                          double      *width,
                          double      *height)
{
  double w, h;

  switch (paper)
    {
    case PO_PAPER_SIZE_A3_LANDSCAPE:
      w = 1191;
      h = 842;
      break;
    case PO_PAPER_SIZE_A4_LANDSCAPE:
      w = 842;
      h = 595;
      break;
    case PO_PAPER_SIZE_CUSTOM:
    default:
      w = 0;
      h = 0;
      break;
    }

  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

typedef struct
{
  PoJourneyMap                 *map;
  const PoJourneyRenderOptions *options;
  double                        zoom;
} FileJob;

static void
draw_file_page (cairo_t  *cr,
                double    width,
                double    height,
                gpointer  user_data)
{
  FileJob *job = user_data;

  cairo_scale (cr, job->zoom, job->zoom);
  po_journey_render (job->map, job->options, cr, width / job->zoom, height / job->zoom);
}

/* Writes @map to @path (PNG, SVG or PDF by extension).  With a paper size,
 * SVG and PDF pages have that size in points and PNG is rendered at
 * 144 dpi; otherwise @width × @height give the size (pixels for PNG,
 * points for SVG and PDF), or the natural size when zero.  The map is laid
 * out at its natural size and scaled to fit, so it prints with the same
 * proportions as on screen. */
gboolean
po_journey_render_to_file (PoJourneyMap                  *map,
                           const PoJourneyRenderOptions  *options,
                           const char                    *path,
                           PoPaperSize                    paper,
                           double                         width,
                           double                         height,
                           GError                       **error)
{
  PoJourneyRenderOptions defaults;
  PoRenderFormat format;
  FileJob job;
  double natural_w, natural_h;

  g_return_val_if_fail (map != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options == NULL)
    {
      po_journey_render_options_init (&defaults);
      options = &defaults;
    }

  if (!po_render_format_from_path (path, &format, error))
    return FALSE;

  po_journey_render_natural_size (map, options, &natural_w, &natural_h);

  if (paper != PO_PAPER_SIZE_CUSTOM)
    {
      po_paper_size_get_points (paper, &width, &height);
      if (format == PO_RENDER_FORMAT_PNG)
        {
          width = round (width * 2);
          height = round (height * 2);
        }
    }
  else if (width <= 0 || height <= 0)
    {
      width = natural_w;
      height = natural_h;
    }

  job.map = map;
  job.options = options;
  job.zoom = MIN (width / natural_w, height / natural_h);

  return po_render_to_file (path, width, height, draw_file_page, &job, error);
}
