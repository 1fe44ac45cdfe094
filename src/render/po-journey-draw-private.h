/* po-journey-draw-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "po-journey-layout-private.h"

G_BEGIN_DECLS

#define FONT_FAMILY "Cantarell, Inter, Noto Sans, DejaVu Sans, sans-serif"

typedef struct
{
  double r, g, b;
} Rgb;

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

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

Rgb          _po_journey_mix            (Rgb                      a,
                                         Rgb                      b,
                                         double                   t);
void         _po_journey_set_rgb        (cairo_t                 *cr,
                                         Rgb                      c,
                                         double                   alpha);
Rgb          _po_journey_phase_accent   (guint                    phase);
Rgb          _po_journey_emotion_color  (double                   value);
void         _po_journey_rounded_rect   (cairo_t                 *cr,
                                         double                   x,
                                         double                   y,
                                         double                   w,
                                         double                   h,
                                         double                   r);
void         _po_journey_card           (Ctx                     *ctx,
                                         const cairo_rectangle_t *r,
                                         double                   radius,
                                         Rgb                      fill,
                                         Rgb                      border);
PangoLayout *_po_journey_text_layout    (Ctx                     *ctx,
                                         const char              *text,
                                         const TextStyle         *style,
                                         double                   width,
                                         double                   height);
double       _po_journey_draw_text      (Ctx                     *ctx,
                                         const char              *text,
                                         const TextStyle         *style,
                                         Rgb                      color,
                                         double                   alpha,
                                         double                   x,
                                         double                   y,
                                         double                   width,
                                         double                   height);
double       _po_journey_text_width     (Ctx                     *ctx,
                                         const char              *text,
                                         const TextStyle         *style);
char        *_po_journey_format_count   (guint                    count);

void         _po_journey_draw_badge       (Ctx                   *ctx,
                                           guint                  phase);
void         _po_journey_draw_transitions (Ctx                   *ctx,
                                           gboolean               highlighted);
void         _po_journey_draw_legend      (Ctx                   *ctx);

G_END_DECLS
