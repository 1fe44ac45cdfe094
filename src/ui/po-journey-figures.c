/* po-journey-figures.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-journey-figures"

#include "config.h"

#include "po-journey-figures.h"

#include <glib/gi18n.h>
#include <math.h>

static void
append_figures (GString              *out,
                const PoJourneyPhase *p,
                const char           *separator)
{
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u track now", "%u tracks now", p->tracks_now),
                          p->tracks_now);
  g_string_append (out, separator);
  if (isnan (p->median_days))
    g_string_append (out, _("no completed stay yet"));
  else
    g_string_append_printf (out, _("median %.0f days in the stage"), p->median_days);
  g_string_append (out, separator);
  if (isnan (p->completion_rate))
    g_string_append (out, _("completion not known yet"));
  else
    g_string_append_printf (out, _("%.0f %% of stays completed"), p->completion_rate * 100);
}

static void
append_flows (GString      *out,
              PoJourneyMap *map,
              guint         phase,
              const char   *separator)
{
  guint in = 0, out_forward = 0, back = 0;

  for (guint i = 0; i < po_journey_map_get_n_transitions (map); i++)
    {
      const PoJourneyTransition *t = po_journey_map_get_transition (map, i);

      if (t->to == phase)
        in += t->count;
      if (t->from == phase && t->kind != PO_JOURNEY_TRANSITION_REGRESSION)
        out_forward += t->count;
      if (t->from == phase && t->kind == PO_JOURNEY_TRANSITION_REGRESSION)
        back += t->count;
    }
  if (in + out_forward + back == 0)
    return;
  g_string_append (out, separator);
  /* TRANSLATORS: transitions into and out of a journey stage */
  g_string_append_printf (out, _("%u in, %u on, %u back"), in, out_forward, back);
}

char *
po_journey_figures_phase (PoJourneyMap *map,
                          guint         phase,
                          gboolean      multiline)
{
  const PoJourneyPhase *p;
  GString *out;
  const char *separator = multiline ? "\n" : " · ";

  g_return_val_if_fail (map != NULL, NULL);
  g_return_val_if_fail (phase < po_journey_map_get_n_phases (map), NULL);

  p = po_journey_map_get_phase (map, phase);
  out = g_string_new (p->title);
  if (p->duration != NULL && multiline)
    g_string_append_printf (out, " (%s)", p->duration);
  if (p->has_stats)
    {
      g_string_append (out, multiline ? "\n" : ": ");
      append_figures (out, p, separator);
      append_flows (out, map, phase, separator);
    }
  return g_string_free (out, FALSE);
}

char *
po_journey_figures_describe (PoJourneyMap *map)
{
  GString *out;
  guint n_phases, n_lanes;

  g_return_val_if_fail (map != NULL, NULL);

  n_phases = po_journey_map_get_n_phases (map);
  n_lanes = po_journey_map_get_n_lanes (map);
  out = g_string_new (NULL);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "Journey map with %u stage", "Journey map with %u stages", n_phases),
                          n_phases);
  g_string_append (out, " ");
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "and %u lane.", "and %u lanes.", n_lanes), n_lanes);
  for (guint i = 0; i < n_phases; i++)
    {
      g_autofree char *figures = po_journey_figures_phase (map, i, FALSE);

      g_string_append_printf (out, " %s.", figures);
    }
  return g_string_free (out, FALSE);
}
