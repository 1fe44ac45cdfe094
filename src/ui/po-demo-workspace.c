/* po-demo-workspace.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo workspace of `peak-one --demo`: generated once into the user's
 * data directory (400 accounts, five years, seed 42, ending today), in a
 * worker thread, into a temporary file that is renamed into place only
 * when complete; so a cancelled or crashed run leaves no half workspace.
 */

#define G_LOG_DOMAIN "po-demo-workspace"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include <errno.h>

#include "po-idle.h"
#include "po-demo-workspace.h"
#include "po-store.h"
#if HAVE_PO_DEMO
# include "po-demo.h"
#endif

#define DEMO_ACCOUNTS 400
#define DEMO_YEARS    5
#define DEMO_SEED     42

typedef struct
{
  char                    *path;
  PoDemoWorkspaceProgress  progress;
  gpointer                 progress_data;
  int                      permille;      /* atomic */
  int                      idle_pending;  /* atomic */
} EnsureData;

static void
ensure_data_free (gpointer data)
{
  EnsureData *ensure = data;

  g_free (ensure->path);
  g_free (ensure);
}

char *
po_demo_workspace_get_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "peak-one", "demo.peakone", NULL);
}

static void
remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static gboolean
report_progress_idle (gpointer data)
{
  GTask *task = data;
  EnsureData *ensure = g_task_get_task_data (task);

  g_atomic_int_set (&ensure->idle_pending, 0);
  if (ensure->progress != NULL && !g_task_get_completed (task))
    ensure->progress (g_atomic_int_get (&ensure->permille) / 1000.0, ensure->progress_data);
  return G_SOURCE_REMOVE;
}

/* Worker thread: remember the fraction, wake the main thread at most once
 * per pending update. */
G_GNUC_UNUSED static void
on_generate_progress (double   fraction,
                      gpointer user_data)
{
  GTask *task = user_data;
  EnsureData *ensure = g_task_get_task_data (task);

  g_atomic_int_set (&ensure->permille, (int) (CLAMP (fraction, 0.0, 1.0) * 1000));
  if (g_atomic_int_compare_and_exchange (&ensure->idle_pending, 0, 1))
    po_idle_add_to_context (g_task_get_context (task), report_progress_idle,
                            g_object_ref (task), g_object_unref);
}

static gboolean
generate (GTask         *task,
          const char    *part,
          GCancellable  *cancellable,
          GError       **error)
{
#if HAVE_PO_DEMO
  g_autoptr(PoStore) store = NULL;
  PoDemoOptions options;

  store = po_store_create (part, error);
  if (store == NULL)
    return FALSE;

  po_demo_options_init (&options);
  options.accounts = DEMO_ACCOUNTS;
  options.years = DEMO_YEARS;
  options.seed = DEMO_SEED;
  options.end_day = po_day_today ();
  if (!po_demo_generate (store, &options, cancellable, on_generate_progress, task, error))
    return FALSE;
  po_store_close (store);
  return TRUE;
#else
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
               _("This build of Peak One cannot generate the demo workspace"));
  return FALSE;
#endif
}

static void
ensure_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  EnsureData *ensure = task_data;
  g_autofree char *dir = g_path_get_dirname (ensure->path);
  g_autofree char *part = g_strconcat (ensure->path, ".part", NULL);
  g_autoptr(GError) error = NULL;

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved = errno;

      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved),
                               _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved));
      return;
    }

  remove_database (part);
  if (!generate (task, part, cancellable, &error))
    {
      remove_database (part);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_rename (part, ensure->path) != 0)
    {
      int saved = errno;

      remove_database (part);
      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved),
                               _("Cannot write “%s”: %s"), ensure->path, g_strerror (saved));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * po_demo_workspace_ensure_async:
 * @path: where the demo workspace lives, see po_demo_workspace_get_path()
 * @progress: (nullable): told the fraction done, on the main thread
 *
 * Generates the demo workspace at @path unless it exists. Cancelling
 * leaves nothing behind.
 */
void
po_demo_workspace_ensure_async (const char              *path,
                                GCancellable            *cancellable,
                                PoDemoWorkspaceProgress  progress,
                                gpointer                 progress_data,
                                GAsyncReadyCallback      callback,
                                gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  EnsureData *ensure;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, po_demo_workspace_ensure_async);
  ensure = g_new0 (EnsureData, 1);
  ensure->path = g_strdup (path);
  ensure->progress = progress;
  ensure->progress_data = progress_data;
  g_task_set_task_data (task, ensure, ensure_data_free);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  g_task_run_in_thread (task, ensure_thread);
}

gboolean
po_demo_workspace_ensure_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
