/* po-journey-overlay.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-journey-overlay"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "po-journey-draw-private.h"

/* The live overlay of the journey map: per-phase badges, transition arrows
 * and the legend that explains them. */

void
_po_journey_draw_badge (Ctx   *ctx,
                        guint  phase)
{
  const PoJourneyPhase *p = po_journey_map_get_phase (ctx->map, phase);
  const cairo_rectangle_t *r = &ctx->layout->badge_rects[phase];
  TextStyle big = { PO_JOURNEY_FONT_BADGE_BIG, PANGO_WEIGHT_BOLD, FALSE, PANGO_ALIGN_LEFT, 1, FALSE };
  TextStyle small = { PO_JOURNEY_FONT_SMALL, PANGO_WEIGHT_NORMAL, FALSE, PANGO_ALIGN_LEFT, 1, FALSE };
  TextStyle right = { PO_JOURNEY_FONT_SMALL, PANGO_WEIGHT_NORMAL, FALSE, PANGO_ALIGN_RIGHT, 1, FALSE };
  Rgb accent = _po_journey_phase_accent (phase);
  Rgb strong = _po_journey_mix (accent, color_text, 0.35);
  g_autofree char *count = NULL;
  g_autofree char *median = NULL;
  g_autofree char *done = NULL;
  double u = ctx->u, pad = 8 * u, bar = 4 * u;
  double left_w, right_w, y;

  if (r->width <= 0)
    return;

  _po_journey_card (ctx, r, 8, color_canvas, _po_journey_mix (accent, color_canvas, 0.6));

  /* Completion bar along the bottom edge. */
  cairo_save (ctx->cr);
  _po_journey_rounded_rect (ctx->cr, r->x, r->y, r->width, r->height, 8 * u);
  cairo_clip (ctx->cr);
  _po_journey_set_rgb (ctx->cr, _po_journey_mix (accent, color_canvas, 0.82), 1.0);
  cairo_rectangle (ctx->cr, r->x, r->y + r->height - bar, r->width, bar);
  cairo_fill (ctx->cr);
  if (!isnan (p->completion_rate))
    {
      _po_journey_set_rgb (ctx->cr, accent, 1.0);
      cairo_rectangle (ctx->cr, r->x, r->y + r->height - bar, r->width * p->completion_rate, bar);
      cairo_fill (ctx->cr);
    }
  cairo_restore (ctx->cr);

  count = _po_journey_format_count (p->tracks_now);
  if (isnan (p->median_days))
    median = g_strdup (_("median –"));
  else
    median = g_strdup_printf (_("median %.0f d"), p->median_days);
  if (isnan (p->completion_rate))
    done = g_strdup (_("– complete"));
  else
    done = g_strdup_printf (_("%.0f %% complete"), p->completion_rate * 100);

  left_w = MAX (_po_journey_text_width (ctx, count, &big),
                _po_journey_text_width (ctx, g_dngettext (GETTEXT_PACKAGE, "track now", "tracks now", p->tracks_now), &small));
  right_w = r->width - 3 * pad - left_w;
  if (right_w < 40 * u)
    {
      /* Narrow column: the count alone, the rest below it. */
      left_w = r->width - 2 * pad;
      right_w = 0;
    }

  y = r->y + (r->height - bar - 36 * u) / 2;
  _po_journey_draw_text (ctx, count, &big, strong, 1.0, r->x + pad, y - 2 * u, left_w, 0);
  _po_journey_draw_text (ctx, g_dngettext (GETTEXT_PACKAGE, "track now", "tracks now", p->tracks_now),
                         &small, color_secondary, 1.0, r->x + pad, y + 22 * u, left_w, 0);
  if (right_w > 0)
    {
      double rx = r->x + r->width - pad - right_w;

      _po_journey_draw_text (ctx, median, &right, color_secondary, 1.0, rx, y + 4 * u, right_w, 0);
      _po_journey_draw_text (ctx, done, &right, color_secondary, 1.0, rx, y + 20 * u, right_w, 0);
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
  g_autofree char *text = _po_journey_format_count (count);
  double u = ctx->u, h = 17 * u;
  double w = _po_journey_text_width (ctx, text, &style) + 12 * u;

  w = MAX (w, 24 * u);
  _po_journey_rounded_rect (ctx->cr, cx - w / 2, cy - h / 2, w, h, h / 2);
  _po_journey_set_rgb (ctx->cr, color_canvas, 1.0);
  cairo_fill_preserve (ctx->cr);
  _po_journey_set_rgb (ctx->cr, color, 1.0);
  cairo_set_line_width (ctx->cr, 1.2 * u);
  cairo_stroke (ctx->cr);
  _po_journey_draw_text (ctx, text, &style, color, 1.0, cx - w / 2, cy - 6.5 * u, w, 0);
}

static double
column_center (PoJourneyLayout *lay,
               guint            phase)
{
  return lay->headers[phase].x + lay->headers[phase].width / 2;
}

/* Forward arrows run along the flow band like a transit line; regressions
 * curve back below it; skips arch over the headers. */
void
_po_journey_draw_transitions (Ctx      *ctx,
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
                  _po_journey_set_rgb (ctx->cr, color_forward, 0.9);
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

                  _po_journey_set_rgb (ctx->cr, color_skip, 0.85);
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
                  _po_journey_set_rgb (ctx->cr, color_regression, 0.8);
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

static double
legend_label (Ctx        *ctx,
              const char *text,
              gboolean    bold,
              double      x,
              double      cy)
{
  TextStyle style = { PO_JOURNEY_FONT_SMALL, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                      FALSE, PANGO_ALIGN_LEFT, 1, FALSE };
  double w = _po_journey_text_width (ctx, text, &style);

  _po_journey_draw_text (ctx, text, &style, bold ? color_text : color_secondary, 1.0, x, cy - 6.5 * ctx->u, w + 2, 0);
  return w;
}

void
_po_journey_draw_legend (Ctx *ctx)
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

      _po_journey_set_rgb (ctx->cr, color_forward, 0.9);
      cairo_set_line_width (ctx->cr, 3 * u);
      cairo_move_to (ctx->cr, x, cy);
      cairo_line_to (ctx->cr, x + 22 * u, cy);
      cairo_stroke (ctx->cr);
      arrow_head (ctx->cr, x + 28 * u, cy, 0, 8 * u);
      x += 34 * u;
      x += legend_label (ctx, _("Forward"), FALSE, x, cy) + 16 * u;

      _po_journey_set_rgb (ctx->cr, color_skip, 0.85);
      cairo_set_dash (ctx->cr, dash, 2, 0);
      cairo_move_to (ctx->cr, x, cy + 5 * u);
      cairo_curve_to (ctx->cr, x + 4 * u, cy - 8 * u, x + 22 * u, cy - 8 * u, x + 26 * u, cy + 1 * u);
      cairo_stroke (ctx->cr);
      cairo_set_dash (ctx->cr, NULL, 0, 0);
      arrow_head (ctx->cr, x + 26 * u, cy + 6 * u, G_PI / 2, 8 * u);
      x += 34 * u;
      x += legend_label (ctx, _("Skip"), FALSE, x, cy) + 16 * u;

      _po_journey_set_rgb (ctx->cr, color_regression, 0.8);
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
          _po_journey_set_rgb (ctx->cr, color_canvas, 1.0);
          cairo_fill_preserve (ctx->cr);
          _po_journey_set_rgb (ctx->cr, _po_journey_emotion_color (v), 1.0);
          cairo_set_line_width (ctx->cr, 2.2 * u);
          cairo_stroke (ctx->cr);
          x += 15 * u;
          x += legend_label (ctx, labels[v + 2], FALSE, x, cy) + 10 * u;
        }
    }

  cairo_restore (ctx->cr);
}
