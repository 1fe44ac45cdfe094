/* po-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "po-records.h"

G_BEGIN_DECLS

#define PO_STORE_ERROR (po_store_error_quark ())

typedef enum
{
  PO_STORE_ERROR_NOT_FOUND,       /* no such file, or no such row */
  PO_STORE_ERROR_NOT_SQLITE,      /* the file is not an SQLite database */
  PO_STORE_ERROR_NOT_WORKSPACE,   /* an SQLite database, but not Peak One's */
  PO_STORE_ERROR_TOO_NEW,         /* written by a newer Peak One */
  PO_STORE_ERROR_CORRUPT,
  PO_STORE_ERROR_LOCKED,          /* open in another process */
  PO_STORE_ERROR_READ_ONLY,       /* a change was asked of a read-only workspace */
  PO_STORE_ERROR_EXISTS,
  PO_STORE_ERROR_CONSTRAINT,      /* the change breaks a rule of the schema */
  PO_STORE_ERROR_INVALID,         /* the change breaks a rule of the domain */
  PO_STORE_ERROR_FAILED,
} PoStoreError;

typedef enum
{
  PO_STORE_OPEN_DEFAULT   = 0,
  PO_STORE_OPEN_READ_ONLY = 1 << 0,
  /* A second connection of this process (a worker thread): no lock. */
  PO_STORE_OPEN_SHARED    = 1 << 1,
} PoStoreOpenFlags;

#define PO_TYPE_STORE (po_store_get_type ())

G_DECLARE_FINAL_TYPE (PoStore, po_store, PO, STORE, GObject)

GQuark      po_store_error_quark        (void);

PoStore    *po_store_open               (const char        *path,
                                         PoStoreOpenFlags   flags,
                                         GError           **error);
PoStore    *po_store_create             (const char        *path,
                                         GError           **error);
PoStore    *po_store_open_worker        (PoStore           *self,
                                         GError           **error);
const char *po_store_get_path           (PoStore           *self);
gboolean    po_store_is_read_only       (PoStore           *self);
guint       po_store_get_migrated_from  (PoStore           *self);
const char *po_store_get_backup_path    (PoStore           *self);
void        po_store_close              (PoStore           *self);

/* One user action = one transaction. Nested calls become savepoints; the
 * outermost commit emits ::changed. */
gboolean    po_store_begin              (PoStore           *self,
                                         GError           **error);
gboolean    po_store_commit             (PoStore           *self,
                                         GError           **error);
void        po_store_rollback           (PoStore           *self);
gboolean    po_store_in_transaction     (PoStore           *self);
/* FULL durability for bulk work such as imports and migrations. */
void        po_store_set_bulk_mode      (PoStore           *self,
                                         gboolean           bulk);

/* Generic create/read/update/delete over a PoRecordClass. */
gboolean    po_store_insert             (PoStore             *self,
                                         const PoRecordClass *klass,
                                         gpointer             record,
                                         GError             **error);
gboolean    po_store_update             (PoStore             *self,
                                         const PoRecordClass *klass,
                                         gconstpointer        record,
                                         GError             **error);
gboolean    po_store_delete             (PoStore             *self,
                                         const PoRecordClass *klass,
                                         gint64               id,
                                         GError             **error);
gpointer    po_store_get                (PoStore             *self,
                                         const PoRecordClass *klass,
                                         gint64               id,
                                         GError             **error);
GPtrArray  *po_store_list               (PoStore             *self,
                                         const PoRecordClass *klass,
                                         gint64               parent_id,
                                         GError             **error);
GPtrArray  *po_store_list_where         (PoStore             *self,
                                         const PoRecordClass *klass,
                                         const char          *column,
                                         const char          *value,
                                         GError             **error);
gint64      po_store_count              (PoStore             *self,
                                         const PoRecordClass *klass,
                                         GError             **error);

PoAccount  *po_store_find_account       (PoStore           *self,
                                         const char        *key,
                                         GError           **error);

/* Health samples. */
gboolean    po_store_add_health_sample    (PoStore              *self,
                                           const PoHealthSample *sample,
                                           GError              **error);
gboolean    po_store_delete_health_sample (PoStore              *self,
                                           const PoHealthSample *sample,
                                           GError              **error);
GArray     *po_store_list_health_samples  (PoStore              *self,
                                           gint64                account_id,
                                           GError              **error);
gint64      po_store_count_health_samples (PoStore              *self,
                                           GError              **error);

/* Settings (key/value, see po-settings.h for the typed view). */
char       *po_store_get_setting        (PoStore           *self,
                                         const char        *key);
gboolean    po_store_set_setting        (PoStore           *self,
                                         const char        *key,
                                         const char        *value,
                                         GError           **error);

/* PRAGMA integrity_check and foreign_key_check; @report gets one line per
 * problem. */
gboolean    po_store_check              (PoStore           *self,
                                         GString           *report,
                                         GError           **error);

/* Typed wrappers: po_store_insert_account (store, account, error), … */
#define PO_STORE_RECORD_API(TypeName, name)                                          \
  static inline gboolean po_store_insert_##name (PoStore *s, TypeName *r, GError **e) \
  { return po_store_insert (s, &po_##name##_class, r, e); }                          \
  static inline gboolean po_store_update_##name (PoStore *s, const TypeName *r,      \
                                                 GError **e)                          \
  { return po_store_update (s, &po_##name##_class, r, e); }                          \
  static inline gboolean po_store_delete_##name (PoStore *s, gint64 id, GError **e)  \
  { return po_store_delete (s, &po_##name##_class, id, e); }                         \
  static inline TypeName *po_store_get_##name (PoStore *s, gint64 id, GError **e)    \
  { return po_store_get (s, &po_##name##_class, id, e); }                            \
  static inline GPtrArray *po_store_list_##name (PoStore *s, gint64 parent,          \
                                                 GError **e)                          \
  { return po_store_list (s, &po_##name##_class, parent, e); }

PO_STORE_RECORD_API (PoAccount, account)
PO_STORE_RECORD_API (PoAccountTag, account_tag)
PO_STORE_RECORD_API (PoEntity, entity)
PO_STORE_RECORD_API (PoContact, contact)
PO_STORE_RECORD_API (PoSubscriptionLine, subscription_line)
PO_STORE_RECORD_API (PoTrack, track)
PO_STORE_RECORD_API (PoTransition, transition)
PO_STORE_RECORD_API (PoTrackCriterion, track_criterion)
PO_STORE_RECORD_API (PoTouchpoint, touchpoint)
PO_STORE_RECORD_API (PoNpsResponse, nps_response)
PO_STORE_RECORD_API (PoBillingEvent, billing_event)
PO_STORE_RECORD_API (PoChurnRecord, churn_record)
PO_STORE_RECORD_API (PoTask, task)
PO_STORE_RECORD_API (PoCatalogItem, catalog_item)
PO_STORE_RECORD_API (PoPlanStep, plan_step)
PO_STORE_RECORD_API (PoScenarioRecord, scenario_record)
PO_STORE_RECORD_API (PoScenarioRate, scenario_rate)
PO_STORE_RECORD_API (PoScenarioStep, scenario_step)
PO_STORE_RECORD_API (PoPhaseModel, phase_model)
PO_STORE_RECORD_API (PoPhase, phase)
PO_STORE_RECORD_API (PoExitCriterion, exit_criterion)
PO_STORE_RECORD_API (PoJourneyMapRecord, journey_map_record)
PO_STORE_RECORD_API (PoJourneyLaneRecord, journey_lane)
PO_STORE_RECORD_API (PoJourneyCell, journey_cell)
PO_STORE_RECORD_API (PoJourneyEmotion, journey_emotion)
PO_STORE_RECORD_API (PoJourneyPersonaRecord, journey_persona)
PO_STORE_RECORD_API (PoJourneyStage, journey_stage)
PO_STORE_RECORD_API (PoSignalRule, signal_rule)
PO_STORE_RECORD_API (PoPlaybookStep, playbook_step)

G_END_DECLS
