/* po-journey-render.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-journey-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "po-journey-draw-private.h"
#include "po-render.h"

static void
draw_title (Ctx *ctx)
{
  const cairo_rectangle_t *r = &ctx->layout->title;
  TextStyle title = { PO_JOURNEY_FONT_TITLE, PANGO_WEIGHT_BOLD, FALSE, PANGO_ALIGN_LEFT, 1, FALSE };
  TextStyle sub = { PO_JOURNEY_FONT_SUBTITLE, PANGO_WEIGHT_NORMAL, FALSE, PANGO_ALIGN_LEFT, 1, FALSE };
  double h;

  if (r->height <= 0)
    return;

  h = _po_journey_draw_text (ctx, po_journey_map_get_title (ctx->map), &title, color_text, 1.0,
                             r->x, r->y, r->width, 0);
  _po_journey_draw_text (ctx, po_journey_map_get_subtitle (ctx->map), &sub, color_secondary, 1.0,
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

      _po_journey_card (ctx, r, 12, color_canvas, color_line);

      cairo_arc (ctx->cr, r->x + pad + d / 2, r->y + pad + d / 2, d / 2, 0, 2 * G_PI);
      _po_journey_set_rgb (ctx->cr, _po_journey_mix (color, color_canvas, 0.15), 1.0);
      cairo_fill (ctx->cr);
      _po_journey_draw_text (ctx, letters, &avatar, color_canvas, 1.0,
                             r->x + pad, r->y + pad + d / 2 - 9 * u, d, 0);

      y = r->y + pad;
      y += _po_journey_draw_text (ctx, p->name, &name, color_text, 1.0, tx, y, tw, 0);
      _po_journey_draw_text (ctx, p->role, &role, color_secondary, 1.0, tx, y, tw, 0);

      y = r->y + pad + d + 6 * u;
      if (p->goal != NULL)
        {
          g_autofree char *text = g_strdup_printf (_("Goal: %s"), p->goal);

          if (p->quote != NULL)
            goal.max_lines = 1;
          y += _po_journey_draw_text (ctx, text, &goal, color_text, 1.0,
                                      r->x + pad, y, r->width - 2 * pad, 0);
        }
      if (p->quote != NULL)
        {
          g_autofree char *text = g_strdup_printf (_("“%s”"), p->quote);

          quote.max_lines = p->goal != NULL ? 1 : 2;
          _po_journey_draw_text (ctx, text, &quote, color_secondary, 1.0,
                                 r->x + pad, y + 2 * u, r->width - 2 * pad, 0);
        }
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
      Rgb accent = _po_journey_phase_accent (p);
      g_autofree char *number = g_strdup_printf ("%u", p + 1);
      double pad = PO_JOURNEY_CARD_PAD * u;
      double d = 20 * u;
      double x = r->x + pad, y = r->y + 14 * u;

      _po_journey_rounded_rect (ctx->cr, r->x, r->y, r->width, r->height, 10 * u);
      _po_journey_set_rgb (ctx->cr, _po_journey_mix (accent, color_canvas, 0.86), 1.0);
      cairo_fill_preserve (ctx->cr);
      cairo_save (ctx->cr);
      cairo_clip (ctx->cr);
      _po_journey_set_rgb (ctx->cr, accent, 1.0);
      cairo_rectangle (ctx->cr, r->x, r->y, r->width, 5 * u);
      cairo_fill (ctx->cr);
      cairo_restore (ctx->cr);

      /* Step number in a disc, then the title. */
      cairo_arc (ctx->cr, x + d / 2, y + d / 2, d / 2, 0, 2 * G_PI);
      _po_journey_set_rgb (ctx->cr, accent, 1.0);
      cairo_fill (ctx->cr);
      _po_journey_draw_text (ctx, number, &step, color_canvas, 1.0, x, y + d / 2 - 6.5 * u, d, 0);

      _po_journey_draw_text (ctx, phase->title, &title, color_text, 1.0,
                             x + d + 7 * u, y + d / 2 - 10 * u, r->width - 2 * pad - d - 7 * u, 0);
      _po_journey_draw_text (ctx, phase->duration, &duration, color_secondary, 1.0,
                             x, y + d + 6 * u, r->width - 2 * pad, 0);

      _po_journey_draw_badge (ctx, p);
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

      _po_journey_rounded_rect (ctx->cr, r->x, r->y, r->width, r->height, 8 * u);
      _po_journey_set_rgb (ctx->cr, color_lane, 1.0);
      cairo_fill (ctx->cr);

      _po_journey_draw_text (ctx, lane->title, &title, color_text, 0.85,
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

              _po_journey_draw_text (ctx, labels[i], &scale, color_faint, 1.0,
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
          Rgb accent = _po_journey_phase_accent (p);

          if (text == NULL)
            {
              static const double dash[] = { 4.0, 3.0 };
              double scaled[2] = { dash[0] * u, dash[1] * u };

              _po_journey_rounded_rect (ctx->cr, r->x + 0.5 * u, r->y + 0.5 * u, r->width - u, r->height - u, 8 * u);
              cairo_set_dash (ctx->cr, scaled, 2, 0);
              cairo_set_line_width (ctx->cr, 1.0 * u);
              _po_journey_set_rgb (ctx->cr, color_line, 1.0);
              cairo_stroke (ctx->cr);
              cairo_set_dash (ctx->cr, NULL, 0, 0);
              continue;
            }

          _po_journey_card (ctx, r, 8, _po_journey_mix (accent, color_canvas, 0.95), _po_journey_mix (accent, color_canvas, 0.72));
          _po_journey_draw_text (ctx, text, &body, color_text, 1.0,
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
  _po_journey_card (ctx, &band, 10, color_canvas, color_line);

  _po_journey_emotion_geometry (first, u, &mid, &amplitude);

  /* Guides at −2, −1, 0, +1, +2. */
  for (int v = -2; v <= 2; v++)
    {
      double y = round ((mid - v / 2.0 * amplitude) / u) * u + 0.5 * u;

      cairo_move_to (ctx->cr, band.x + 8 * u, y);
      cairo_line_to (ctx->cr, band.x + band.width - 8 * u, y);
      _po_journey_set_rgb (ctx->cr, v == 0 ? color_line : _po_journey_mix (color_line, color_canvas, 0.5), 1.0);
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

      _po_journey_draw_text (ctx, text, &caption, color_secondary, 1.0,
                             c->x + PO_JOURNEY_CARD_PAD * u,
                             c->y + c->height - (PO_JOURNEY_EMOTION_CAPTION + 1) * u,
                             c->width - 2 * PO_JOURNEY_CARD_PAD * u, 0);

      if (isnan (x))
        continue;

      cairo_new_sub_path (ctx->cr);
      cairo_arc (ctx->cr, x, y, r, 0, 2 * G_PI);
      _po_journey_set_rgb (ctx->cr, color_canvas, 1.0);
      cairo_fill_preserve (ctx->cr);
      _po_journey_set_rgb (ctx->cr, _po_journey_emotion_color (value), 1.0);
      cairo_set_line_width (ctx->cr, 2.5 * u);
      cairo_stroke (ctx->cr);
      cairo_arc (ctx->cr, x, y, r * 0.4, 0, 2 * G_PI);
      cairo_fill (ctx->cr);
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
  _po_journey_set_rgb (ctx->cr, color_canvas, 0.72);
  cairo_fill (ctx->cr);
  cairo_restore (ctx->cr);

  _po_journey_rounded_rect (ctx->cr, col.x + u, lay->columns[h].y - 4 * u, col.width - 2 * u,
                            lay->columns[h].height + 8 * u, 12 * u);
  _po_journey_set_rgb (ctx->cr, _po_journey_phase_accent (h), 1.0);
  cairo_set_line_width (ctx->cr, 2.0 * u);
  cairo_stroke (ctx->cr);
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

  _po_journey_set_rgb (cr, color_canvas, 1.0);
  cairo_rectangle (cr, 0, 0, layout->width, layout->height);
  cairo_fill (cr);

  draw_title (&ctx);
  draw_personas (&ctx);
  draw_headers (&ctx);
  draw_lane_titles (&ctx);
  draw_cells (&ctx);
  draw_emotion (&ctx);
  _po_journey_draw_transitions (&ctx, FALSE);
  draw_highlight (&ctx);
  _po_journey_draw_transitions (&ctx, TRUE);
  _po_journey_draw_legend (&ctx);

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
