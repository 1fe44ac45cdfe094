/* po-cli-render.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-cli"

#include "config.h"

#include "po-cli-render.h"

#include "po-journey-store.h"

#include <glib/gi18n.h>

#include "po-cli.h"
#include "po-cli-render-charts.h"
#include "po-journey-defaults.h"
#include "po-journey-render.h"
#include "po-phase-model.h"

static const PoCliRenderTarget targets[] = {
  { "journey-map", N_("The journey map with its live overlay"), po_cli_render_journey_map },
  { "mrr", N_("MRR and its movements by month"), po_cli_render_mrr },
  /* xgettext:no-c-format */
  { "nre", N_("NRE and GRR against the 120 % target"), po_cli_render_nre },
  { "health", N_("Active accounts by health band"), po_cli_render_health },
  { "cohorts", N_("Revenue and logo retention by cohort"), po_cli_render_cohorts },
  { "renewals", N_("Renewals of the next 180 days by forecast"), po_cli_render_renewals },
  { "scenarios", N_("Every scenario's expected MRR"), po_cli_render_scenarios },
};

static const PoCliRenderTarget *
find_target (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    if (g_str_equal (targets[i].name, name))
      return &targets[i];
  return NULL;
}

static int
usage_error (const char *message)
{
  g_printerr ("peak-one-cli render: %s\n", message);
  return PO_CLI_USAGE;
}

static char *
target_names (void)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    g_string_append_printf (names, "%s%s", i > 0 ? "|" : "", targets[i].name);
  return g_string_free (g_steal_pointer (&names), FALSE);
}

int
po_cli_render (int    argc,
               char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *map = NULL;
  g_autofree char *segment = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *month = NULL;
  g_autofree char *names = target_names ();
  g_autofree char *usage = g_strdup_printf ("WORKSPACE.peakone %s --output FILE.(png|svg|pdf)", names);
  g_autofree char *lower = NULL;
  int width = 0, height = 0;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write (.png, .svg or .pdf)"), N_("FILE") },
    { "map", 0, 0, G_OPTION_ARG_STRING, &map, N_("The journey map to draw (its key)"), N_("KEY") },
    { "segment", 0, 0, G_OPTION_ARG_STRING, &segment, N_("Only this segment's accounts"), N_("SEGMENT") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, N_("Width in pixels (PNG) or points"), N_("W") },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, N_("Height in pixels (PNG) or points"), N_("H") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, N_("Paper size: a4 or a3, landscape"), N_("PAPER") },
    { "month", 0, 0, G_OPTION_ARG_STRING, &month, N_("Charts: the last month shown (default: the last complete month)"), N_("YYYY-MM") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("WORKSPACE.peakone TARGET — draw a chart or the journey map"));
  g_autoptr(PoStore) store = NULL;
  PoCliRenderRequest request = { 0 };
  const PoCliRenderTarget *target;
  GError *error = NULL;
  int value;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = po_cli_parse_options (context, &argc, &argv, 2, usage);
  if (status != PO_CLI_OK)
    return status;

  if ((target = find_target (argv[2])) == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("unknown target “%s” (one of %s)"), argv[2], names);
      return usage_error (message);
    }
  if (output == NULL)
    return usage_error (_("--output FILE is required"));
  lower = g_ascii_strdown (output, -1);
  if (!g_str_has_suffix (lower, ".png") && !g_str_has_suffix (lower, ".svg") &&
      !g_str_has_suffix (lower, ".pdf"))
    return usage_error (_("the output file must end in .png, .svg or .pdf"));
  if (paper != NULL && !g_str_equal (paper, "a4") && !g_str_equal (paper, "a3"))
    return usage_error (_("--paper must be a4 or a3"));
  if (segment != NULL && !po_enum_parse (&po_segment_enum, segment, &value))
    {
      g_autofree char *nicks = po_enum_nicks (&po_segment_enum);
      g_autofree char *message = g_strdup_printf (_("unknown segment “%s” (one of %s)"), segment, nicks);
      return usage_error (message);
    }
  if (width < 0 || height < 0 || (width > 0) != (height > 0))
    return usage_error (_("give both --width and --height, as positive numbers"));

  store = po_store_open (argv[1], PO_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    return po_cli_fail (error);

  request.store = store;
  request.workspace = argv[1];
  request.output = output;
  request.map = map;
  request.segment = segment;
  request.width = width;
  request.height = height;
  request.paper = paper;
  request.month = month;
  if (!target->render (&request, &error))
    return po_cli_fail (error);
  return PO_CLI_OK;
}

/* journey-map */

static PoJourneyMapRecord *
choose_map (const PoCliRenderRequest  *request,
            GError                   **error)
{
  g_autoptr(GPtrArray) maps = NULL;

  if (request->map != NULL)
    return po_journey_store_find_map (request->store, request->map, error);

  maps = po_journey_store_list_maps (request->store, error);
  if (maps == NULL || maps->len == 0)
    return NULL;

  /* The first map of the segment, else the first map for all segments. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < maps->len; i++)
      {
        PoJourneyMapRecord *r = g_ptr_array_index (maps, i);

        if (g_strcmp0 (r->segment, pass == 0 ? request->segment : NULL) == 0)
          return g_ptr_array_steal_index (maps, i);
      }
  return g_ptr_array_steal_index (maps, 0);
}

gboolean
po_cli_render_journey_map (const PoCliRenderRequest  *request,
                           GError                   **error)
{
  g_autoptr(PoJourneyMapRecord) record = NULL;
  g_autoptr(PoJourneyMap) map = NULL;
  g_autofree char *model = NULL;
  PoJourneyRenderOptions options;
  PoJourneyFilter filter;
  PoPaperSize paper = PO_PAPER_SIZE_CUSTOM;
  GError *local_error = NULL;
  int segment = -1;

  record = choose_map (request, &local_error);
  if (local_error != NULL)
    {
      g_propagate_prefixed_error (error, local_error, "%s: ", request->workspace);
      return FALSE;
    }

  if (record != NULL)
    {
      model = g_strdup (record->phase_model);
      map = po_journey_store_load (request->store, record->id, error);
      if (request->segment == NULL && record->segment != NULL)
        po_enum_parse (&po_segment_enum, record->segment, &segment);
    }
  else
    {
      /* Nothing installed: the default map of the workspace's model. */
      model = po_store_get_setting (request->store, "phase_model");
      if (model == NULL || po_phase_model_builtin (model) == NULL)
        {
          g_free (model);
          model = g_strdup (PO_PHASE_MODEL_POST_SALE);
        }
      map = po_journey_store_default_map (model, request->segment, error);
    }
  if (map == NULL)
    return FALSE;

  po_journey_filter_init (&filter);
  if (request->segment != NULL)
    po_enum_parse (&po_segment_enum, request->segment, &segment);
  filter.segment = segment;
  if (!po_journey_store_fill_overlay (map, request->store, model, &filter, &local_error))
    {
      g_propagate_prefixed_error (error, local_error, "%s: ", request->workspace);
      return FALSE;
    }

  if (g_strcmp0 (request->paper, "a4") == 0)
    paper = PO_PAPER_SIZE_A4_LANDSCAPE;
  else if (g_strcmp0 (request->paper, "a3") == 0)
    paper = PO_PAPER_SIZE_A3_LANDSCAPE;

  po_journey_render_options_init (&options);
  if (!po_journey_render_to_file (map, &options, request->output, paper,
                                  request->width, request->height, &local_error))
    {
      g_propagate_prefixed_error (error, local_error, "%s: ", request->output);
      return FALSE;
    }
  return TRUE;
}
