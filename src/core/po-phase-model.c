/* po-phase-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The two built-in phase models: the six-phase post-sale journey of seed
 * 001 and Peak One's own four phases of seed 000.
 */

#define G_LOG_DOMAIN "po-phase-model"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "po-phase-model.h"

static const PoBuiltinPhase post_sale_phases[] = {
  { "onboarding", N_("Onboarding"),
    N_("Get the customer from signed contract to the first measurable business outcome as fast as possible."),
    N_("Sales-to-CS handover and kickoff, implementation plan, data migration and integrations, user training, early adoption support, milestone validation.") },
  { "adoption", N_("Adoption"),
    N_("Drive deeper usage across features, users and use cases, from basic functionality to full utilisation."),
    N_("Feature enablement, power-user programme, usage reviews, onboarding of additional teams.") },
  { "retention", N_("Retention"),
    N_("Keep customers engaged, realising value continuously and moving towards renewal."),
    N_("Health monitoring, proactive interventions, regular check-ins and QBRs, value documentation.") },
  { "expansion", N_("Expansion"),
    N_("Grow the account through more seats, higher tiers or additional products."),
    N_("Identify and qualify opportunities, expansion pipeline, upgrade conversations, cross-sell.") },
  { "renewal", N_("Renewal"),
    N_("Keep the customer and its revenue with minimal churn or contraction."),
    N_("Renewal milestones 180/120/90/60/30 days ahead, value review, proposal, negotiation.") },
  { "advocacy", N_("Advocacy"),
    N_("Turn satisfied customers into promoters who deliver references, case studies and referrals."),
    N_("Reference programme, case studies, reviews, referral introductions, customer marketing.") },
};

static const PoBuiltinCriterion post_sale_criteria[] = {
  { "onboarding", "technical_implementation_done", N_("Technical implementation done") },
  { "onboarding", "core_users_trained", N_("Core users trained and active") },
  { "onboarding", "initial_use_case_live", N_("Initial use case live in production") },
  { "onboarding", PO_CRITERION_FIRST_VALUE, N_("First business value documented") },
  { "onboarding", "go_live_confirmed", N_("Go-live confirmed by the customer") },
  /* xgettext:no-c-format */
  { "adoption", "seats_active_70", N_("At least 70 % of purchased seats active") },
  { "adoption", "three_features_beyond_initial", N_("At least 3 features beyond the initial use case") },
  { "adoption", "regular_usage_pattern", N_("Regular usage pattern") },
  { "adoption", "additional_team_onboarded", N_("Additional team onboarded") },
  { "adoption", "power_users_identified", N_("Power users identified") },
  { "expansion", "opportunity_qualified", N_("Expansion opportunity identified and qualified") },
  { "expansion", "expansion_closed", N_("Upsell, cross-sell or seat addition closed") },
  { "renewal", "proposal_sent", N_("Renewal proposal sent") },
  { "renewal", "renewal_signed", N_("Renewal signed") },
  { "advocacy", "reference_given", N_("Reference or case study delivered") },
  { "advocacy", "referral_made", N_("Referral introduction made") },
};

static const PoBuiltinPhase peak_one_phases[] = {
  { "orientierung", N_("Orientation"),
    N_("Understanding, trust, first clarity: “I see things I did not see before.”"),
    N_("Structured dashboards, clear language without tool complexity, focus on decision questions.") },
  { "aktivierung", N_("Activation"),
    N_("Habit, operational use, daily value: Peak One becomes part of the operational routine."),
    N_("Recurring touchpoints, clear recommendations for action, simple quick wins.") },
  { "integration", N_("Integration"),
    N_("Deep anchoring, structural dependency, process integration: switching costs are high from here."),
    N_("Connection of real data, mapping of processes, multi-entity logic.") },
  { "expansion", N_("Expansion"),
    N_("Broader scope, upgrade of the level of responsibility: expansion follows reality, not sales pressure."),
    N_("Triggers: company growth, rising complexity, new roles and entities.") },
};

static const PoBuiltinCriterion peak_one_criteria[] = {
  { "orientierung", "first_dashboard_reviewed", N_("First dashboard reviewed with the customer") },
  { "orientierung", PO_CRITERION_FIRST_VALUE, N_("First business value documented") },
  { "aktivierung", "weekly_usage", N_("Used every week") },
  { "aktivierung", "quick_win_done", N_("First quick win realised") },
  { "integration", "real_data_connected", N_("Real data connected") },
  { "integration", "process_mapped", N_("Core process mapped") },
  { "expansion", "next_tier_discussed", N_("Next tier or entity discussed") },
};

static const PoBuiltinModel builtin_models[] = {
  { PO_PHASE_MODEL_POST_SALE, N_("Post-sale journey"),
    post_sale_phases, G_N_ELEMENTS (post_sale_phases),
    post_sale_criteria, G_N_ELEMENTS (post_sale_criteria) },
  { PO_PHASE_MODEL_PEAK_ONE, N_("Peak One journey"),
    peak_one_phases, G_N_ELEMENTS (peak_one_phases),
    peak_one_criteria, G_N_ELEMENTS (peak_one_criteria) },
};

const int po_renewal_milestones[5] = { 180, 120, 90, 60, 30 };

const PoBuiltinModel *
po_phase_model_builtin (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (builtin_models); i++)
    if (g_strcmp0 (builtin_models[i].code, code) == 0)
      return &builtin_models[i];
  return NULL;
}

const PoBuiltinModel *
po_phase_model_builtin_nth (guint n)
{
  g_return_val_if_fail (n < G_N_ELEMENTS (builtin_models), NULL);
  return &builtin_models[n];
}

guint
po_phase_model_n_builtin (void)
{
  return G_N_ELEMENTS (builtin_models);
}

static const PoRange onboarding_days[PO_N_SEGMENTS] = { { 60, 180 }, { 30, 60 }, { 7, 30 }, { 1, 7 } };
static const PoRange adoption_months[PO_N_SEGMENTS] = { { 12, 24 }, { 6, 12 }, { 3, 6 }, { 1, 3 } };
static const PoRange renewal_lead_days[PO_N_SEGMENTS] = { { 120, 180 }, { 60, 90 }, { 30, 60 }, { 14, 30 } };
static const int expansion_opens[PO_N_SEGMENTS] = { 6, 6, 6, 0 };
static const int advocacy_opens[PO_N_SEGMENTS] = { 12, 12, 12, 6 };

PoRange
po_segment_onboarding_days (PoSegment segment)
{
  g_return_val_if_fail (segment < PO_N_SEGMENTS, onboarding_days[0]);
  return onboarding_days[segment];
}

PoRange
po_segment_adoption_months (PoSegment segment)
{
  g_return_val_if_fail (segment < PO_N_SEGMENTS, adoption_months[0]);
  return adoption_months[segment];
}

PoRange
po_segment_renewal_lead_days (PoSegment segment)
{
  g_return_val_if_fail (segment < PO_N_SEGMENTS, renewal_lead_days[0]);
  return renewal_lead_days[segment];
}

int
po_segment_expansion_opens_months (PoSegment segment)
{
  g_return_val_if_fail (segment < PO_N_SEGMENTS, 6);
  return expansion_opens[segment];
}

int
po_segment_advocacy_opens_months (PoSegment segment)
{
  g_return_val_if_fail (segment < PO_N_SEGMENTS, 12);
  return advocacy_opens[segment];
}

char *
po_segment_phase_duration_text (PoSegment   segment,
                                const char *phase)
{
  PoRange r;

  g_return_val_if_fail (segment < PO_N_SEGMENTS, NULL);

  if (g_strcmp0 (phase, "onboarding") == 0)
    {
      r = onboarding_days[segment];
      /* Translators: a duration range, e.g. "60–180 days" */
      return g_strdup_printf (_("%d–%d days"), r.min, r.max);
    }
  if (g_strcmp0 (phase, "adoption") == 0)
    {
      r = adoption_months[segment];
      /* Translators: a duration range, e.g. "12–24 months" */
      return g_strdup_printf (_("%d–%d months"), r.min, r.max);
    }
  if (g_strcmp0 (phase, "renewal") == 0)
    {
      r = renewal_lead_days[segment];
      /* Translators: renewal lead time, e.g. "120–180 days ahead" */
      return g_strdup_printf (_("%d–%d days ahead"), r.min, r.max);
    }
  if (g_strcmp0 (phase, "expansion") == 0)
    {
      if (expansion_opens[segment] == 0)
        return g_strdup (_("continuous"));
      /* Translators: when a phase opens, e.g. "from month 6" */
      return g_strdup_printf (_("from month %d"), expansion_opens[segment]);
    }
  if (g_strcmp0 (phase, "advocacy") == 0)
    {
      if (segment == PO_SEGMENT_PRODUCT_LED)
        return g_strdup (_("earlier"));
      return g_strdup_printf (_("from month %d"), advocacy_opens[segment]);
    }
  if (g_strcmp0 (phase, "retention") == 0)
    return g_strdup (_("ongoing"));
  return NULL;
}
