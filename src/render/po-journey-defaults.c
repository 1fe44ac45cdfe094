/* po-journey-defaults.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-journey-defaults"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "po-journey-defaults.h"

/* The default journey maps of the two built-in phase models, so a new
 * workspace opens on a meaningful map: `post-sale` from seed 001 (the
 * six-phase post-sale journey) and `peak-one` from seed 000 (the Peak One
 * product philosophy).  Text is English source text, translated when the
 * map is built. */

enum
{
  LANE_GOAL,
  LANE_ACTIONS,
  LANE_TOUCHPOINTS,
  LANE_MECHANICS,
  LANE_SIGNALS,
  LANE_EMOTION,
  LANE_PAIN_POINTS,
  LANE_OPPORTUNITIES,
  LANE_OWNER,
  N_LANES
};

enum
{
  SEGMENT_ANY,
  SEGMENT_ENTERPRISE,
  SEGMENT_MID_MARKET,
  SEGMENT_SMB,
  SEGMENT_PRODUCT_LED,
  N_SEGMENTS
};

typedef struct
{
  const char        *code;
  const char        *title;
  PoJourneyLaneKind  kind;
} LaneDefaults;

typedef struct
{
  const char *code;
  const char *title;
  const char *duration[N_SEGMENTS];
  double      emotion;
  const char *cells[N_LANES];
} PhaseDefaults;

typedef struct
{
  const char          *code;
  const char          *title;
  const char          *subtitle;
  const PhaseDefaults *phases;
  guint                n_phases;
} ModelDefaults;

static const LaneDefaults lanes[N_LANES] = {
  { "goal", N_("Customer goal"), PO_JOURNEY_LANE_TEXT },
  { "actions", N_("Customer actions"), PO_JOURNEY_LANE_TEXT },
  { "touchpoints", N_("Touchpoints"), PO_JOURNEY_LANE_TEXT },
  { "mechanics", N_("Our mechanics"), PO_JOURNEY_LANE_TEXT },
  { "signals", N_("Signals & metrics"), PO_JOURNEY_LANE_TEXT },
  { "emotion", N_("Emotion"), PO_JOURNEY_LANE_EMOTION },
  { "pain_points", N_("Pain points"), PO_JOURNEY_LANE_TEXT },
  { "opportunities", N_("Opportunities"), PO_JOURNEY_LANE_TEXT },
  { "owner", N_("Owner"), PO_JOURNEY_LANE_TEXT },
};

static const char * const segment_codes[] = {
  "enterprise", "mid_market", "smb", "product_led", NULL
};

static const char * const segment_titles[N_SEGMENTS] = {
  N_("All segments"), N_("Enterprise"), N_("Mid-market"), N_("SMB"), N_("Product-led"),
};

static const PhaseDefaults post_sale_phases[] = {
  {
    "onboarding", N_("Onboarding"),
    { N_("Days 0–90"), N_("60–180 days"), N_("30–60 days"), N_("7–30 days"), N_("1–7 days") },
    0.0,
    {
      N_("Go live fast and reach the first measurable business result"),
      N_("Kickoff with the team\nConfigure, migrate data, connect integrations\nTrain core users"),
      N_("Sales-to-CS handover\nKickoff meeting\nTrainings and in-app onboarding flows"),
      N_("Implementation plan with milestones\nGuided setup and automated nudges\nSuccess criteria agreed up front"),
      N_("Days to first login\nTime to first value\nSetup completion, training attendance"),
      N_("Hopeful, but stretched"),
      N_("Customer lacks bandwidth\nIntegration delays pile up\nNo clear success criteria"),
      N_("Front-load value realisation\nAutomate setup steps\nGo-live confirmed by the customer"),
      N_("Implementation team\nCSM"),
    },
  },
  {
    "adoption", N_("Adoption"),
    { N_("Months 3–12"), N_("12–24 months"), N_("6–12 months"), N_("3–6 months"), N_("1–3 months") },
    -1.0,
    {
      N_("Use the product across more users, features and use cases"),
      N_("Rolls out to more teams\nAdopts features beyond the first use case\nBuilds routines"),
      N_("Feature campaigns, advanced training\nRegular business reviews\nUser community"),
      N_("In-app prompts and tooltips\nBest practices shared\nProactive enablement outreach"),
      /* xgettext:no-c-format */
      N_("Daily and weekly active users\nFeature adoption breadth\n≥ 70 % of purchased seats active"),
      N_("Change fatigue"),
      N_("Resistance to change\nNo internal champion\nCompeting tools and workflows"),
      N_("Identify power users\nExpand into new use cases\nOnboard additional teams"),
      N_("CSM\nProduct (in-app guidance)"),
    },
  },
  {
    "retention", N_("Retention"),
    { N_("Ongoing"), N_("Ongoing"), N_("Ongoing"), N_("Ongoing"), N_("Ongoing") },
    1.0,
    {
      N_("Keep realising value, stay engaged on the way to renewal"),
      N_("Uses the product steadily\nRaises issues early\nShares results internally"),
      N_("Quarterly business reviews\nProactive check-ins\nSupport tickets"),
      N_("Continuous health monitoring\nEarly-warning signals and playbooks\nValue and ROI documented"),
      N_("Health score trend\nUsage consistency\nTicket sentiment, NPS"),
      N_("Confident, routine"),
      N_("Silent disengagement\nChampion leaves\nBudget cuts, competitor demos"),
      N_("Intervene early on risk signals\nRelationships with several stakeholders\nShare the documented ROI"),
      N_("CSM\nSupport"),
    },
  },
  {
    "expansion", N_("Expansion"),
    { N_("Month 6+"), N_("From month 6"), N_("From month 6"), N_("From month 6"), N_("Continuous") },
    1.0,
    {
      N_("Grow with the product as the business grows"),
      N_("Adds seats, teams or entities\nUpgrades the tier\nAsks for more capabilities"),
      N_("Expansion conversation\nProposal and negotiation\nIn-app upgrade prompts"),
      N_("Trigger-based opportunity identification\nWhitespace mapping\nSelf-serve upgrade paths"),
      /* xgettext:no-c-format */
      N_("Usage near tier limits\nNew teams show interest\nExpansion MRR, NRR > 100 %"),
      N_("Ambitious"),
      N_("Feels pushy without a real trigger\nUnclear handover to sales\nBudget cycle mismatch"),
      N_("Bundle with the renewal\nExtra entities and add-ons\nBusiness case from proven value"),
      N_("CSM with account executive"),
    },
  },
  {
    "renewal", N_("Renewal"),
    { N_("30–180 days before renewal"), N_("120–180 days before renewal"), N_("60–90 days before renewal"),
      N_("30–60 days before renewal"), N_("14–30 days before renewal") },
    0.0,
    {
      N_("Continue with confidence and minimal friction"),
      N_("Reviews value and budget\nAligns stakeholders\nSigns the renewal"),
      N_("Internal preparation at 180 days\nConversation at 120, proposal at 90\nNegotiation at 60, signed by 30"),
      N_("Renewal forecast: commit, likely, at risk\nValue and ROI summary\nMulti-year incentives"),
      N_("Days to renewal\nForecast confidence\nDecision-maker engagement"),
      N_("Weighing the value"),
      N_("Starting late (< 30 days)\nPrice objections\nProcurement delays"),
      N_("Start 90–180 days ahead\nMulti-year terms, annual prepayment\nPlan the next phase together"),
      N_("CSM or renewal manager"),
    },
  },
  {
    "advocacy", N_("Advocacy"),
    { N_("Month 12+"), N_("From month 12"), N_("From month 12"), N_("From month 12"), N_("Earlier, in the product") },
    2.0,
    {
      N_("Share the success and recommend the product"),
      N_("Gives references and reviews\nSpeaks at events\nRefers peers"),
      N_("Reference programme\nCase studies, review campaigns\nCustomer advisory board"),
      N_("Identify advocate candidates\nDocument success early\nReferral incentives"),
      N_("NPS promoters (9–10)\nReviews and referrals\nReference activity"),
      N_("Proud to recommend"),
      N_("Legal or procurement blocks it\nSuccess not quantified\nWeak executive relationship"),
      N_("Co-create case studies\nReferral pipeline\nSeats on the advisory board"),
      N_("Customer marketing\nCSM"),
    },
  },
};

static const PhaseDefaults peak_one_phases[] = {
  {
    "orientierung", N_("Orientation"),
    { N_("First weeks"), N_("First weeks"), N_("First weeks"), N_("First weeks"), N_("First weeks") },
    1.0,
    {
      N_("Understanding\nTrust\nFirst clarity"),
      N_("Explores the dashboards\nAsks: what am I actually looking at?"),
      N_("First login\nGuided walkthrough\nFirst dashboard review"),
      N_("Structured dashboards\nClear language, no tool complexity\nFocus on decision questions"),
      N_("First dashboards viewed\nDecision questions answered\nReturns in the first week"),
      N_("“I see things I didn’t see before”"),
      N_("Tool complexity\nUnclear what matters"),
      N_("A decision-relevant insight in the first session"),
      N_("Onboarding\nFounder"),
    },
  },
  {
    "aktivierung", N_("Activation"),
    { N_("First months"), N_("First months"), N_("First months"), N_("First months"), N_("First months") },
    0.0,
    {
      N_("Habit\nOperational use\nDaily value"),
      N_("Uses it in the weekly routine\nActs on recommendations"),
      N_("Recurring touchpoints\nReviews based on the data"),
      N_("Recurring touchpoints\nClear recommendations for action\nSimple quick wins"),
      N_("Weekly active use\nRecommendations acted on\nQuick wins realised"),
      N_("Effort before routine"),
      N_("Falls back to old spreadsheets\nNo time for a new routine"),
      N_("Quick wins in the first weeks\nPart of the operating rhythm"),
      N_("Customer success"),
    },
  },
  {
    "integration", N_("Integration"),
    { N_("Months 6–12"), N_("Months 6–12"), N_("Months 6–12"), N_("Months 6–12"), N_("Months 6–12") },
    -1.0,
    {
      N_("Deep anchoring\nStructural dependency\nProcess integration"),
      N_("Connects real data\nMaps its processes\nAdds entities"),
      N_("Data connection sessions\nProcess workshops"),
      N_("Connection of real data\nProcesses mapped in the product\nMulti-entity logic"),
      N_("Data sources connected\nProcesses mapped\nEntities set up"),
      N_("Effort: connecting real data"),
      N_("Data quality and access\nEffort of mapping processes"),
      N_("High switching costs from here on\nData continuity keeps customers"),
      N_("Customer success\nSolutions"),
    },
  },
  {
    "expansion", N_("Expansion"),
    { N_("Months 12–24+"), N_("Months 12–24+"), N_("Months 12–24+"), N_("Months 12–24+"), N_("Months 12–24+") },
    2.0,
    {
      N_("Wider scope\nUpgrade of the level of responsibility"),
      N_("Adds entities, roles and modules\nMoves up a tier"),
      N_("Growth conversations\nAdvisory sessions"),
      N_("Tier upgrades: Operator, Manager, Executive, Board\nAdditional entities, new modules\nAdvisory layer"),
      /* xgettext:no-c-format */
      N_("Company growth, rising complexity\nNew roles and entities\nNRE > 120 %"),
      N_("“I need more of this”"),
      N_("Expansion pushed by sales pressure instead of reality"),
      N_("Forecast and board logic\nGrow with the company, not with discounts"),
      N_("Account management\nFounder"),
    },
  },
};

static const ModelDefaults models[] = {
  {
    "post-sale", N_("Post-sale customer journey"),
    N_("Onboarding to advocacy: iterative, not linear"),
    post_sale_phases, G_N_ELEMENTS (post_sale_phases),
  },
  {
    "peak-one", N_("Peak One customer journey"),
    N_("Growth happens after the sale, not before"),
    peak_one_phases, G_N_ELEMENTS (peak_one_phases),
  },
};

static const char * const model_codes[] = { "post-sale", "peak-one", NULL };

G_DEFINE_QUARK (po-journey-defaults-error-quark, po_journey_defaults_error)

static const ModelDefaults *
find_model (const char  *model,
            GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (models); i++)
    if (g_strcmp0 (models[i].code, model) == 0)
      return &models[i];

  g_set_error (error, PO_JOURNEY_DEFAULTS_ERROR, PO_JOURNEY_DEFAULTS_ERROR_UNKNOWN_MODEL,
               _("Unknown phase model “%s”"), model != NULL ? model : "");
  return NULL;
}

/* NULL or "" means all segments. */
static gboolean
find_segment (const char  *segment,
              guint       *index,
              GError     **error)
{
  if (segment == NULL || segment[0] == '\0')
    {
      *index = SEGMENT_ANY;
      return TRUE;
    }

  for (guint i = 0; segment_codes[i] != NULL; i++)
    if (g_str_equal (segment_codes[i], segment))
      {
        *index = SEGMENT_ENTERPRISE + i;
        return TRUE;
      }

  g_set_error (error, PO_JOURNEY_DEFAULTS_ERROR, PO_JOURNEY_DEFAULTS_ERROR_UNKNOWN_SEGMENT,
               _("Unknown segment “%s”"), segment);
  return FALSE;
}

const char * const *
po_journey_defaults_get_models (void)
{
  return model_codes;
}

const char * const *
po_journey_defaults_get_segments (void)
{
  return segment_codes;
}

/* The translated expected duration of @phase in @model for @segment (NULL
 * for all segments), or NULL when any of them is unknown. */
const char *
po_journey_defaults_get_duration (const char *model,
                                  const char *phase,
                                  const char *segment)
{
  const ModelDefaults *m;
  guint s;

  g_return_val_if_fail (phase != NULL, NULL);

  if ((m = find_model (model, NULL)) == NULL || !find_segment (segment, &s, NULL))
    return NULL;

  for (guint i = 0; i < m->n_phases; i++)
    if (g_str_equal (m->phases[i].code, phase))
      return _(m->phases[i].duration[s]);

  return NULL;
}

static char *
subtitle_for (const ModelDefaults *m,
              guint                segment)
{
  /* TRANSLATORS: journey map subtitle, e.g. "Onboarding to advocacy · Enterprise" */
  return g_strdup_printf (_("%s · %s"), _(m->subtitle), _(segment_titles[segment]));
}

/* Updates the expected durations and the subtitle of a default map for
 * another segment; phases are matched by code. */
gboolean
po_journey_defaults_set_segment (PoJourneyMap  *map,
                                 const char    *model,
                                 const char    *segment,
                                 GError       **error)
{
  const ModelDefaults *m;
  g_autofree char *subtitle = NULL;
  guint s;

  g_return_val_if_fail (map != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((m = find_model (model, error)) == NULL || !find_segment (segment, &s, error))
    return FALSE;

  for (guint i = 0; i < m->n_phases; i++)
    {
      int p = po_journey_map_find_phase (map, m->phases[i].code);

      if (p >= 0)
        po_journey_map_set_phase_duration (map, p, _(m->phases[i].duration[s]));
    }

  subtitle = subtitle_for (m, s);
  po_journey_map_set_subtitle (map, subtitle);

  return TRUE;
}

/* A new map for @model ("post-sale" or "peak-one") with every lane of every
 * phase filled from the seeds, durations for @segment (NULL for all). */
PoJourneyMap *
po_journey_defaults_new (const char  *model,
                         const char  *segment,
                         GError     **error)
{
  g_autoptr(PoJourneyMap) map = NULL;
  g_autofree char *subtitle = NULL;
  const ModelDefaults *m;
  guint s;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((m = find_model (model, error)) == NULL || !find_segment (segment, &s, error))
    return NULL;

  subtitle = subtitle_for (m, s);
  map = po_journey_map_new (_(m->title));
  po_journey_map_set_subtitle (map, subtitle);

  for (guint l = 0; l < N_LANES; l++)
    po_journey_map_add_lane (map, lanes[l].code, _(lanes[l].title), lanes[l].kind);

  for (guint i = 0; i < m->n_phases; i++)
    {
      const PhaseDefaults *phase = &m->phases[i];
      guint p = po_journey_map_add_phase (map, phase->code, _(phase->title), _(phase->duration[s]));

      po_journey_map_set_emotion (map, p, phase->emotion);
      for (guint l = 0; l < N_LANES; l++)
        po_journey_map_set_cell (map, l, p, _(phase->cells[l]));
    }

  return g_steal_pointer (&map);
}
