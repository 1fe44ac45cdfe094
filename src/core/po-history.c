/* po-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Undo and redo for every edit, through SQLite's session extension: while
 * a user action runs, a session records every row it changes (including
 * rows removed by ON DELETE CASCADE); undo applies the inverted changeset,
 * redo the changeset itself. So no edit needs its own hand-written inverse.
 */

#define G_LOG_DOMAIN "po-history"

#include "config.h"

#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include <glib/gi18n-lib.h>

#include "po-history.h"
#include "po-store-private.h"

#define MAX_STEPS 200

typedef struct
{
  char   *label;
  void   *changeset;
  int     size;
} Step;

struct _PoHistory
{
  GObject           parent_instance;

  PoStore          *store;
  sqlite3_session  *session;
  char             *pending_label;
  GQueue            undo;   /* of Step, newest first */
  GQueue            redo;
};

G_DEFINE_FINAL_TYPE (PoHistory, po_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
step_free (gpointer data)
{
  Step *step = data;

  g_free (step->label);
  sqlite3_free (step->changeset);
  g_free (step);
}

static void
notify_state (PoHistory *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
po_history_finalize (GObject *object)
{
  PoHistory *self = (PoHistory *) object;

  g_clear_pointer (&self->session, sqlite3session_delete);
  g_queue_clear_full (&self->undo, step_free);
  g_queue_clear_full (&self->redo, step_free);
  g_clear_pointer (&self->pending_label, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (po_history_parent_class)->finalize (object);
}

static void
po_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PoHistory *self = PO_HISTORY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, po_history_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, po_history_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_history_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PoHistory *self = PO_HISTORY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_history_class_init (PoHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = po_history_finalize;
  object_class->get_property = po_history_get_property;
  object_class->set_property = po_history_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PO_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
po_history_init (PoHistory *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
}

PoHistory *
po_history_new (PoStore *store)
{
  g_return_val_if_fail (PO_IS_STORE (store), NULL);

  return g_object_new (PO_TYPE_HISTORY, "store", store, NULL);
}

PoStore *
po_history_get_store (PoHistory *self)
{
  g_return_val_if_fail (PO_IS_HISTORY (self), NULL);
  return self->store;
}

static gboolean
session_error (PoHistory  *self,
               int         rc,
               GError    **error)
{
  g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_FAILED,
               _("Cannot record the change for undo: %s"), sqlite3_errstr (rc));
  return FALSE;
}

gboolean
po_history_begin (PoHistory   *self,
                  const char  *label,
                  GError     **error)
{
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (PO_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (label != NULL, FALSE);
  g_return_val_if_fail (self->session == NULL, FALSE);

  if (!po_store_begin (self->store, error))
    return FALSE;

  db = _po_store_get_db (self->store);
  rc = sqlite3session_create (db, "main", &self->session);
  if (rc == SQLITE_OK)
    rc = sqlite3session_attach (self->session, NULL);
  if (rc != SQLITE_OK)
    {
      g_clear_pointer (&self->session, sqlite3session_delete);
      po_store_rollback (self->store);
      return session_error (self, rc, error);
    }
  g_free (self->pending_label);
  self->pending_label = g_strdup (label);
  return TRUE;
}

gboolean
po_history_commit (PoHistory  *self,
                   GError    **error)
{
  void *changeset = NULL;
  int size = 0;
  int rc;

  g_return_val_if_fail (PO_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->session != NULL, FALSE);

  rc = sqlite3session_changeset (self->session, &size, &changeset);
  g_clear_pointer (&self->session, sqlite3session_delete);
  if (rc != SQLITE_OK)
    {
      po_store_rollback (self->store);
      return session_error (self, rc, error);
    }
  if (!po_store_commit (self->store, error))
    {
      sqlite3_free (changeset);
      return FALSE;
    }

  if (size == 0)
    {
      sqlite3_free (changeset);
      return TRUE;
    }

  {
    Step *step = g_new0 (Step, 1);

    step->label = g_steal_pointer (&self->pending_label);
    step->changeset = changeset;
    step->size = size;
    g_queue_push_head (&self->undo, step);
    while (g_queue_get_length (&self->undo) > MAX_STEPS)
      step_free (g_queue_pop_tail (&self->undo));
    g_queue_clear_full (&self->redo, step_free);
  }
  notify_state (self);
  return TRUE;
}

void
po_history_rollback (PoHistory *self)
{
  g_return_if_fail (PO_IS_HISTORY (self));
  g_return_if_fail (self->session != NULL);

  g_clear_pointer (&self->session, sqlite3session_delete);
  g_clear_pointer (&self->pending_label, g_free);
  po_store_rollback (self->store);
}

gboolean
po_history_can_undo (PoHistory *self)
{
  g_return_val_if_fail (PO_IS_HISTORY (self), FALSE);
  return !g_queue_is_empty (&self->undo);
}

gboolean
po_history_can_redo (PoHistory *self)
{
  g_return_val_if_fail (PO_IS_HISTORY (self), FALSE);
  return !g_queue_is_empty (&self->redo);
}

const char *
po_history_get_undo_label (PoHistory *self)
{
  Step *step;

  g_return_val_if_fail (PO_IS_HISTORY (self), NULL);
  step = g_queue_peek_head (&self->undo);
  return step ? step->label : NULL;
}

const char *
po_history_get_redo_label (PoHistory *self)
{
  Step *step;

  g_return_val_if_fail (PO_IS_HISTORY (self), NULL);
  step = g_queue_peek_head (&self->redo);
  return step ? step->label : NULL;
}

/* A row that is already gone (removed by a cascade earlier in the same
 * changeset) needs no deleting; anything else means the data changed
 * behind the history's back, and the whole step is refused. */
static int
on_conflict (void                 *data,
             int                   conflict,
             sqlite3_changeset_iter *iter)
{
  const char *table = NULL;
  int n_columns = 0, op = 0, indirect = 0;

  sqlite3changeset_op (iter, &table, &n_columns, &op, &indirect);
  if (conflict == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE)
    return SQLITE_CHANGESET_OMIT;
  return SQLITE_CHANGESET_ABORT;
}

static gboolean
apply (PoHistory  *self,
       void       *changeset,
       int         size,
       gboolean    invert,
       GError    **error)
{
  sqlite3 *db = _po_store_get_db (self->store);
  void *inverted = NULL;
  int inverted_size = 0;
  int rc;

  if (invert)
    {
      rc = sqlite3changeset_invert (size, changeset, &inverted_size, &inverted);
      if (rc != SQLITE_OK)
        return session_error (self, rc, error);
      changeset = inverted;
      size = inverted_size;
    }

  if (!po_store_begin (self->store, error))
    {
      sqlite3_free (inverted);
      return FALSE;
    }
  rc = sqlite3changeset_apply (db, size, changeset, NULL, on_conflict, self);
  sqlite3_free (inverted);
  if (rc != SQLITE_OK)
    {
      po_store_rollback (self->store);
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_CONSTRAINT,
                   _("The change cannot be undone or redone because the data changed since: %s"),
                   sqlite3_errstr (rc));
      return FALSE;
    }
  return po_store_commit (self->store, error);
}

gboolean
po_history_undo (PoHistory  *self,
                 GError    **error)
{
  Step *step;

  g_return_val_if_fail (PO_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->session == NULL, FALSE);

  step = g_queue_peek_head (&self->undo);
  if (step == NULL)
    return TRUE;
  if (!apply (self, step->changeset, step->size, TRUE, error))
    return FALSE;
  g_queue_push_head (&self->redo, g_queue_pop_head (&self->undo));
  notify_state (self);
  return TRUE;
}

gboolean
po_history_redo (PoHistory  *self,
                 GError    **error)
{
  Step *step;

  g_return_val_if_fail (PO_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->session == NULL, FALSE);

  step = g_queue_peek_head (&self->redo);
  if (step == NULL)
    return TRUE;
  if (!apply (self, step->changeset, step->size, FALSE, error))
    return FALSE;
  g_queue_push_head (&self->undo, g_queue_pop_head (&self->redo));
  notify_state (self);
  return TRUE;
}

void
po_history_clear (PoHistory *self)
{
  g_return_if_fail (PO_IS_HISTORY (self));

  g_queue_clear_full (&self->undo, step_free);
  g_queue_clear_full (&self->redo, step_free);
  notify_state (self);
}
