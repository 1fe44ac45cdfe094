/* bench-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every benchmark program prints one line "name milliseconds" per figure
 * on stdout; bench/run collects the figures of several runs.
 */

#pragma once

#include <glib.h>
#include <stdio.h>

static inline gint64
bench_now (void)
{
  return g_get_monotonic_time ();
}

static inline void
bench_report (const char *name,
              gint64      start_us)
{
  printf ("%s %.3f\n", name, (g_get_monotonic_time () - start_us) / 1000.0);
  fflush (stdout);
}
