/* po-cli-render.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* peak-one-cli render WORKSPACE TARGET --output FILE.(png|svg|pdf): each
 * target is one entry of the table in po-cli-render.c, implemented in its
 * own file. The workspace is open read-only; a target writes nothing to it. */

typedef struct _PoStore PoStore;

typedef struct
{
  PoStore     *store;
  const char  *workspace;  /* its path, for messages */
  const char  *output;     /* ends in .png, .svg or .pdf */
  const char  *map;        /* --map KEY, or NULL */
  const char  *segment;    /* --segment, a valid segment code, or NULL */
  int          width;      /* --width/--height, 0 when not given */
  int          height;
  const char  *paper;      /* "a4", "a3", or NULL */
  const char  *month;      /* --month YYYY-MM (charts), or NULL */
} PoCliRenderRequest;

typedef gboolean (*PoCliRenderFunc) (const PoCliRenderRequest  *request,
                                     GError                   **error);

typedef struct
{
  const char      *name;
  const char      *summary;   /* N_() marked */
  PoCliRenderFunc  render;
} PoCliRenderTarget;

gboolean po_cli_render_journey_map (const PoCliRenderRequest  *request,
                                    GError                   **error);

G_END_DECLS
