/* po-demo-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo generator simulates one account at a time into a PoDemoAccount
 * (po-demo-story.c: lives, subscription lines, contacts, tracks;
 * po-demo-activity.c: billing, health, NPS, touchpoints, tasks, plans),
 * then po-demo.c writes it with prepared statements. Randomness comes from
 * one GRand seeded with the options only, and the generator uses no libm
 * transcendental functions, so the same seed gives the same workspace.
 */

#pragma once

#include "po-demo.h"
#include "po-phase-model.h"

G_BEGIN_DECLS

#define PO_DEMO_INF ((PoDay) G_MAXUINT32)

typedef enum
{
  PO_DEMO_ONBOARDING,
  PO_DEMO_ADOPTION,
  PO_DEMO_RETENTION,
  PO_DEMO_EXPANSION,
  PO_DEMO_RENEWAL,
  PO_DEMO_ADVOCACY,
} PoDemoPhase;

typedef enum
{
  PO_DEMO_FATE_STEADY,
  PO_DEMO_FATE_GROWER,
  PO_DEMO_FATE_CHURN,         /* category in churn_category */
} PoDemoFate;

/* Stories the driver casts on purpose so that every demo, even a small
 * one, shows each churn category, a reactivation, a regression and a skip. */
typedef enum
{
  PO_DEMO_CAST_NONE,
  PO_DEMO_CAST_AVOIDABLE,
  PO_DEMO_CAST_UNINTENTIONAL,
  PO_DEMO_CAST_STRUCTURAL,
  PO_DEMO_CAST_REACTIVATION,
  PO_DEMO_CAST_CHAMPION,
  PO_DEMO_CAST_SKIP,
  PO_DEMO_N_CASTS,
} PoDemoCast;

typedef enum
{
  PO_DEMO_EVENT_UPGRADE,
  PO_DEMO_EVENT_CHAMPION_LEFT,
  PO_DEMO_EVENT_BUDGET_CUT,
  PO_DEMO_EVENT_RELEASE,
  PO_DEMO_EVENT_REORGANISATION,
  PO_DEMO_EVENT_RENEWAL,
} PoDemoEventKind;

typedef struct
{
  PoDay            on;
  PoDemoEventKind  kind;
} PoDemoEvent;

typedef struct
{
  PoDay start;
  PoDay end;                  /* exclusive; PO_DAY_NONE = still active */
} PoDemoLife;

typedef struct
{
  const char *item;
  gint64      mrr_cents;
  PoDay       start_on;
  PoDay       end_on;
  int         entity;         /* index into entities, -1 for none */
} PoDemoLine;

typedef struct
{
  const char *key;
  const char *name;
  const char *label;          /* "Zentrale", "Österreich"… */
} PoDemoEntity;

typedef struct
{
  const char    *key;
  const char    *name;
  PoContactRole  role;
  PoDay          joined_on;   /* not stored: NPS only asks present contacts */
  PoDay          left_on;
} PoDemoContact;

typedef struct
{
  PoDay        on;
  PoDemoPhase  phase;
  const char  *reason;
} PoDemoTransition;

typedef struct
{
  PoDemoPhase  phase;
  const char  *code;
  PoDay        done_on;
} PoDemoCriterion;

typedef struct
{
  const char *key;
  const char *name;
  int         entity;
  GArray     *transitions;    /* PoDemoTransition */
  GArray     *criteria;       /* PoDemoCriterion */
  guint32     done_mask;      /* criteria already recorded, by builtin index */
} PoDemoTrack;

typedef struct
{
  PoDay             on;
  PoTouchpointKind  kind;
  const char       *note;
  guint             seq;
} PoDemoTouchpoint;

typedef struct
{
  PoDay  on;
  int    contact;
  int    score;
} PoDemoNps;

typedef struct
{
  PoDay          on;
  PoBillingKind  kind;
  gint64         amount_cents;
  guint          seq;
} PoDemoBilling;

typedef struct
{
  PoDay  on;
  PoDay  recovered_on;        /* PO_DAY_NONE: never (churn, or still open) */
  int    steps;
} PoDemoFailure;

typedef struct
{
  const char    *title;
  PoDay          due_on;
  PoDay          created_on;
  PoDay          done_on;
  PoTaskStatus   status;
  const char    *origin;
  int            playbook_step;
} PoDemoTask;

typedef struct
{
  PoPlanAction  action;
  const char   *item;
  int           from_month;
  int           to_month;
  double        probability;
  const char   *trigger;
} PoDemoPlanStep;

typedef struct
{
  PoDay   on;
  guint8  value[PO_N_COMPONENTS];
} PoDemoWeek;

typedef struct
{
  GStringChunk     *strings;

  const char       *key;
  const char       *name;
  const char       *base_name;    /* the name without its legal form */
  const char       *industry;     /* a tag */
  PoSegment         segment;
  PoTouch           touch;
  const char       *owner;
  PoDay             signed_on;
  PoDay             renewal_on;
  PoForecast        forecast;
  int               score;        /* health score on the end day, -1 none */

  PoDemoLife        lives[2];
  guint             n_lives;

  PoDemoFate        fate;
  PoChurnCategory   churn_category;
  PoDay             churn_on;     /* first life's end, PO_DAY_NONE if none */
  const char       *churn_reason;
  const char       *churn_note;
  PoDay             decline_from; /* avoidable churn: health falls from here */
  PoDay             decline_until;/* …until this churn day (maybe after the end) */
  gboolean          pending_failure; /* unintentional churn after the end day */
  gboolean          reactivate;
  gboolean          stall_onboarding;
  gboolean          silent;       /* no touchpoint in the last weeks */
  gboolean          open_failure; /* a failed payment still open at the end */
  double            quality;      /* the health level the account tends to */

  GArray           *lines;        /* PoDemoLine */
  GArray           *entities;     /* PoDemoEntity */
  GArray           *contacts;     /* PoDemoContact */
  GArray           *tracks;       /* PoDemoTrack */
  GArray           *events;       /* PoDemoEvent, sorted by day */
  GArray           *failures;     /* PoDemoFailure */
  GArray           *spikes;       /* PoDay: support ticket spikes */
  GArray           *weeks;        /* PoDemoWeek */
  GArray           *touchpoints;  /* PoDemoTouchpoint */
  GArray           *nps;          /* PoDemoNps */
  GArray           *billing;      /* PoDemoBilling */
  GArray           *tasks;        /* PoDemoTask */
  GArray           *plan;         /* PoDemoPlanStep */
} PoDemoAccount;

typedef struct
{
  GRand        *rand;
  PoDay         start_day;    /* first possible signing day */
  PoDay         end_day;      /* the demo's today */
  GHashTable   *keys;         /* account keys in use */
  PoDay         releases[PO_DEMO_MAX_YEARS * 2];
  guint         n_releases;
  GHashTable   *playbooks;    /* "rule:position" -> title, owned strings */
} PoDemoSim;

typedef char PoDemoDateText[PO_DATE_BUF_SIZE];

typedef struct
{
  PoStore        *store;
  PoDay           end_day;
  PoDay           date_base;
  guint           n_dates;
  PoDemoDateText *dates;          /* every day the demo writes, formatted */
  GArray         *ids;            /* scratch: the account's contact ids */
  GArray         *entity_ids;     /* scratch: its entity ids */
  guint           new_by_tier[5]; /* accounts signed in the last year */
  char           *health_batch_sql;
} PoDemoWriter;

/* Random helpers: integers in [lo, hi], inclusive. */
static inline int
po_demo_range (GRand *rand,
               int    lo,
               int    hi)
{
  return hi <= lo ? lo : g_rand_int_range (rand, lo, hi + 1);
}

static inline gboolean
po_demo_chance (GRand  *rand,
                double  p)
{
  return g_rand_double (rand) < p;
}

/* Approximately standard normal (Irwin–Hall of four uniforms): plain
 * arithmetic, identical on every machine, unlike log/cos. */
static inline double
po_demo_normal (GRand *rand)
{
  double s = g_rand_double (rand) + g_rand_double (rand) +
             g_rand_double (rand) + g_rand_double (rand);

  return (s - 2.0) * 1.7320508075688772;
}

static inline const char *
po_demo_pick (GRand              *rand,
              const char * const *items,
              guint               n_items)
{
  return items[g_rand_int_range (rand, 0, (gint32) n_items)];
}

#define PO_DEMO_PICK(rand, array) po_demo_pick ((rand), (array), G_N_ELEMENTS (array))

const char   *_po_demo_phase_code       (PoDemoPhase      phase);

/* po-demo-names.c */
void          _po_demo_company_name     (PoDemoSim       *sim,
                                         PoDemoAccount   *account);
const char   *_po_demo_person_name      (PoDemoSim       *sim,
                                         PoDemoAccount   *account);
void          _po_demo_add_entity       (PoDemoSim       *sim,
                                         PoDemoAccount   *account);
const char   *_po_demo_department       (PoDemoSim       *sim,
                                         PoDemoAccount   *account,
                                         guint            track_index,
                                         const char     **key);
const char   *_po_demo_touchpoint_note  (PoDemoSim       *sim,
                                         PoDemoAccount   *account,
                                         PoTouchpointKind kind,
                                         PoDay            on);
const char   *_po_demo_owner            (PoDemoSim       *sim,
                                         PoSegment        segment);

/* po-demo-story.c */
PoDemoAccount *_po_demo_account_new     (void);
void           _po_demo_account_reset   (PoDemoAccount   *account);
void           _po_demo_account_free    (PoDemoAccount   *account);
void           _po_demo_plan_story      (PoDemoSim       *sim,
                                         PoDemoAccount   *account,
                                         int              cast);
gint64         _po_demo_mrr_on          (PoDemoAccount   *account,
                                         PoDay            day);
gboolean       _po_demo_active_on       (PoDemoAccount   *account,
                                         PoDay            day);
PoDay          _po_demo_life_end        (PoDemoSim       *sim,
                                         const PoDemoLife *life);

/* po-demo-tracks.c */
void           _po_demo_plan_tracks     (PoDemoSim       *sim,
                                         PoDemoAccount   *account,
                                         int              cast);

/* po-demo-activity.c */
void           _po_demo_simulate_activity (PoDemoSim     *sim,
                                           PoDemoAccount *account);

/* po-demo-write.c */
void           _po_demo_writer_init     (PoDemoWriter    *writer,
                                         PoStore         *store,
                                         PoDay            first_day,
                                         PoDay            end_day);
void           _po_demo_writer_clear    (PoDemoWriter    *writer);
gboolean       _po_demo_write_account   (PoDemoWriter    *writer,
                                         PoDemoAccount   *account,
                                         GError         **error);
gboolean       _po_demo_write_scenarios (PoDemoWriter    *writer,
                                         PoDemoSim       *sim,
                                         GError         **error);

/* po-demo-followups.c */
void           _po_demo_plan_followups  (PoDemoSim       *sim,
                                         PoDemoAccount   *account);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoDemoAccount, _po_demo_account_free)

G_END_DECLS
