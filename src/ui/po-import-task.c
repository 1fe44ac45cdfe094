/* po-import-task.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Imports and exports in a GTask thread. The thread opens its own
 * connection to the workspace, so the window's connection stays free for
 * reading; the core reports progress from the thread, and we hand the
 * latest fraction to the main loop at most once per pending update.
 */

#define G_LOG_DOMAIN "po-import-task"

#include "config.h"

#include <string.h>

#include "po-idle.h"
#include "po-import-task.h"

typedef enum
{
  JOB_IMPORT_JSON,
  JOB_IMPORT_CSV,
  JOB_EXPORT,
} JobKind;

typedef struct
{
  JobKind          kind;
  GFile           *file;
  PoImportMerge    merge;
  GBytes          *bytes;
  char            *display_name;
  PoCsvTarget      target;
  int              mapping[PO_CSV_N_FIELDS];

  PoImportResult  *result;
  GPtrArray       *row_errors;
  guint            n_rows;

  int              permille;      /* atomic */
  int              idle_pending;  /* atomic */
} Job;

struct _PoImportTask
{
  GObject        parent_instance;

  PoStore       *store;
  GCancellable  *cancellable;
  GTask         *current;         /* the running job's outer task, not owned */
  double         fraction;
};

G_DEFINE_FINAL_TYPE (PoImportTask, po_import_task, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FRACTION,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_object (&job->file);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_clear_pointer (&job->display_name, g_free);
  g_clear_pointer (&job->result, po_import_result_free);
  g_clear_pointer (&job->row_errors, g_ptr_array_unref);
  g_free (job);
}

static void
set_fraction (PoImportTask *self,
              double        fraction)
{
  if (self->fraction == fraction)
    return;
  self->fraction = fraction;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}

/* Progress */

static gboolean
report_progress_idle (gpointer data)
{
  GTask *task = data;
  PoImportTask *self = g_task_get_source_object (task);
  Job *job = g_task_get_task_data (task);

  g_atomic_int_set (&job->idle_pending, 0);
  if (self->current == task)
    set_fraction (self, g_atomic_int_get (&job->permille) / 1000.0);
  return G_SOURCE_REMOVE;
}

/* Worker thread. */
static void
on_progress (double   fraction,
             gpointer user_data)
{
  GTask *task = user_data;
  Job *job = g_task_get_task_data (task);

  g_atomic_int_set (&job->permille, (int) (CLAMP (fraction, 0.0, 1.0) * 1000));
  if (g_atomic_int_compare_and_exchange (&job->idle_pending, 0, 1))
    po_idle_add_to_context (g_task_get_context (task), report_progress_idle,
                            g_object_ref (task), g_object_unref);
}

/* The worker thread */

static gboolean
import_json (PoStore       *worker,
             GTask         *outer,
             Job           *job,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autofree char *path = g_file_get_path (job->file);
  PoImportOptions options;

  po_import_options_init (&options);
  options.merge = job->merge;
  options.progress = on_progress;
  options.progress_data = outer;
  if (path != NULL)
    return po_import_file (worker, path, &options, job->result, cancellable, error);

  {
    g_autoptr(GBytes) bytes = g_file_load_bytes (job->file, cancellable, NULL, error);
    g_autofree char *name = g_file_get_parse_name (job->file);

    return bytes != NULL &&
           po_import_bytes (worker, bytes, name, &options, job->result, cancellable, error);
  }
}

static gboolean
import_csv (PoStore       *worker,
            GTask         *outer,
            Job           *job,
            GCancellable  *cancellable,
            GError       **error)
{
  PoCsvOptions options;

  po_csv_options_init (&options);
  options.merge = job->merge;
  options.progress = on_progress;
  options.progress_data = outer;
  return po_csv_import (worker, job->bytes, job->display_name, job->target, job->mapping,
                        &options, &job->row_errors, &job->n_rows, cancellable, error);
}

static gboolean
export_json (PoStore       *worker,
             GTask         *outer,
             Job           *job,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autofree char *path = g_file_get_path (job->file);
  g_autoptr(GFileOutputStream) out = NULL;
  PoExportOptions options = { NULL, on_progress, outer };

  if (path != NULL)
    return po_export_to_file (worker, path, &options, cancellable, error);

  out = g_file_replace (job->file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                        cancellable, error);
  return out != NULL &&
         po_export_to_stream (worker, G_OUTPUT_STREAM (out), &options, cancellable, error) &&
         g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, error);
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  GTask *outer = task_data;
  PoImportTask *self = g_task_get_source_object (outer);
  Job *job = g_task_get_task_data (outer);
  g_autoptr(PoStore) worker = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;

  worker = po_store_open_worker (self->store, &error);
  if (worker != NULL)
    {
      if (job->kind != JOB_EXPORT)
        po_store_set_bulk_mode (worker, TRUE);
      switch (job->kind)
        {
        case JOB_IMPORT_JSON:
          ok = import_json (worker, outer, job, cancellable, &error);
          break;
        case JOB_IMPORT_CSV:
          ok = import_csv (worker, outer, job, cancellable, &error);
          break;
        case JOB_EXPORT:
        default:
          ok = export_json (worker, outer, job, cancellable, &error);
          break;
        }
      po_store_close (worker);
    }

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/* Back on the main thread: the views on the main connection learn of the
 * worker's commit, then the caller learns of the result. */
static void
job_done (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  PoImportTask *self = PO_IMPORT_TASK (object);
  Job *job = g_task_get_task_data (outer);
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  self->current = NULL;
  g_clear_object (&self->cancellable);
  if (ok)
    set_fraction (self, 1.0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);

  if (ok && job->kind != JOB_EXPORT)
    g_signal_emit_by_name (self->store, "changed");

  if (ok)
    g_task_return_boolean (outer, TRUE);
  else
    g_task_return_error (outer, g_steal_pointer (&error));
}

static void
start_job (PoImportTask        *self,
           Job                 *job,
           gpointer             source_tag,
           GAsyncReadyCallback  callback,
           gpointer             user_data)
{
  GTask *outer;
  g_autoptr(GTask) inner = NULL;

  self->cancellable = g_cancellable_new ();
  outer = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (outer, source_tag);
  g_task_set_task_data (outer, job, job_free);
  /* Cancelled means cancelled, even when the thread got to the end. */
  g_task_set_check_cancellable (outer, FALSE);

  self->current = outer;
  self->fraction = 0.0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);

  /* @inner's callback owns the reference to @outer. */
  inner = g_task_new (self, self->cancellable, job_done, outer);
  g_task_set_task_data (inner, outer, NULL);
  g_task_set_check_cancellable (inner, FALSE);
  g_task_run_in_thread (inner, job_thread);
}

static Job *
job_new (JobKind kind)
{
  Job *job = g_new0 (Job, 1);

  job->kind = kind;
  return job;
}

/* GObject */

static void
po_import_task_dispose (GObject *object)
{
  PoImportTask *self = (PoImportTask *) object;

  /* A running job holds a reference, so we are not running here. */
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (po_import_task_parent_class)->dispose (object);
}

static void
po_import_task_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PoImportTask *self = PO_IMPORT_TASK (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, po_import_task_get_running (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
po_import_task_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PoImportTask *self = PO_IMPORT_TASK (object);

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
po_import_task_class_init (PoImportTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = po_import_task_dispose;
  object_class->get_property = po_import_task_get_property;
  object_class->set_property = po_import_task_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PO_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
po_import_task_init (PoImportTask *self)
{
}

/* Public */

PoImportTask *
po_import_task_new (PoStore *store)
{
  g_return_val_if_fail (PO_IS_STORE (store), NULL);

  return g_object_new (PO_TYPE_IMPORT_TASK, "store", store, NULL);
}

PoStore *
po_import_task_get_store (PoImportTask *self)
{
  g_return_val_if_fail (PO_IS_IMPORT_TASK (self), NULL);
  return self->store;
}

double
po_import_task_get_fraction (PoImportTask *self)
{
  g_return_val_if_fail (PO_IS_IMPORT_TASK (self), 0.0);
  return self->fraction;
}

gboolean
po_import_task_get_running (PoImportTask *self)
{
  g_return_val_if_fail (PO_IS_IMPORT_TASK (self), FALSE);
  return self->current != NULL;
}

void
po_import_task_cancel (PoImportTask *self)
{
  g_return_if_fail (PO_IS_IMPORT_TASK (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

void
po_import_task_import_json_async (PoImportTask        *self,
                                  GFile               *file,
                                  PoImportMerge        merge,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  Job *job;

  g_return_if_fail (PO_IS_IMPORT_TASK (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!po_import_task_get_running (self));

  job = job_new (JOB_IMPORT_JSON);
  job->file = g_object_ref (file);
  job->merge = merge;
  job->result = po_import_result_new ();
  start_job (self, job, po_import_task_import_json_async, callback, user_data);
}

gboolean
po_import_task_import_json_finish (PoImportTask    *self,
                                   GAsyncResult    *result,
                                   PoImportResult **import_result,
                                   GError         **error)
{
  Job *job;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == po_import_task_import_json_async, FALSE);

  job = g_task_get_task_data (G_TASK (result));
  if (import_result != NULL)
    *import_result = g_steal_pointer (&job->result);
  return g_task_propagate_boolean (G_TASK (result), error);
}

void
po_import_task_import_csv_async (PoImportTask        *self,
                                 GBytes              *bytes,
                                 const char          *display_name,
                                 PoCsvTarget          target,
                                 const int            mapping[PO_CSV_N_FIELDS],
                                 PoImportMerge        merge,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  Job *job;

  g_return_if_fail (PO_IS_IMPORT_TASK (self));
  g_return_if_fail (bytes != NULL && mapping != NULL);
  g_return_if_fail (!po_import_task_get_running (self));

  job = job_new (JOB_IMPORT_CSV);
  job->bytes = g_bytes_ref (bytes);
  job->display_name = g_strdup (display_name);
  job->target = target;
  memcpy (job->mapping, mapping, sizeof job->mapping);
  job->merge = merge;
  start_job (self, job, po_import_task_import_csv_async, callback, user_data);
}

gboolean
po_import_task_import_csv_finish (PoImportTask  *self,
                                  GAsyncResult  *result,
                                  guint         *n_rows,
                                  GPtrArray    **row_errors,
                                  GError       **error)
{
  Job *job;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == po_import_task_import_csv_async, FALSE);

  job = g_task_get_task_data (G_TASK (result));
  if (n_rows != NULL)
    *n_rows = job->n_rows;
  if (row_errors != NULL)
    *row_errors = job->row_errors != NULL && job->row_errors->len > 0
                ? g_steal_pointer (&job->row_errors) : NULL;
  return g_task_propagate_boolean (G_TASK (result), error);
}

void
po_import_task_export_async (PoImportTask        *self,
                             GFile               *file,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  Job *job;

  g_return_if_fail (PO_IS_IMPORT_TASK (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!po_import_task_get_running (self));

  job = job_new (JOB_EXPORT);
  job->file = g_object_ref (file);
  start_job (self, job, po_import_task_export_async, callback, user_data);
}

gboolean
po_import_task_export_finish (PoImportTask  *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == po_import_task_export_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
