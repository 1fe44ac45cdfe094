/* po-idle.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Handing work from a worker thread to the thread that runs @context.
 * g_main_context_invoke() is not that: when the worker's thread-default
 * context is the same global default context and nobody holds it at that
 * moment, it runs the function right there in the worker — where a GTK
 * signal or widget call then crashes. An attached idle source always runs
 * in the context's own thread.
 */

#define G_LOG_DOMAIN "po-idle"

#include "config.h"

#include "po-idle.h"

void
po_idle_add_to_context (GMainContext   *context,
                        GSourceFunc     func,
                        gpointer        data,
                        GDestroyNotify  notify)
{
  GSource *source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, func, data, notify);
  g_source_set_static_name (source, "[peak-one] worker to main");
  g_source_attach (source, context);
  g_source_unref (source);
}
