/* po-store-copy.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Save a Copy": a consistent snapshot of an open workspace, written with
 * VACUUM INTO (which also works on read-only connections) into a temporary
 * file beside the destination, synced, then renamed over it. The
 * destination is therefore either untouched or a complete workspace.
 */

#define G_LOG_DOMAIN "po-store-copy"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "po-store-copy.h"
#include "po-store-private.h"

static gboolean
sync_file (const char  *path,
           GError     **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  int saved;

  if (fd >= 0 && fsync (fd) == 0)
    {
      close (fd);
      return TRUE;
    }
  saved = errno;
  if (fd >= 0)
    close (fd);
  g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_FAILED,
               _("Cannot write “%s”: %s"), path, g_strerror (saved));
  return FALSE;
}

/**
 * po_store_copy_to:
 * @self: an open workspace
 * @dest_path: where to write the copy; replaced if it exists
 * @error: return location for a #GError
 *
 * Writes a compacted copy of the workspace, including changes still in the
 * write-ahead log, to @dest_path. The workspace itself stays open and
 * unchanged.
 */
gboolean
po_store_copy_to (PoStore     *self,
                  const char  *dest_path,
                  GError     **error)
{
  g_autofree char *dest = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *tmp = NULL;
  sqlite3_stmt *stmt;
  int fd;
  int rc;

  g_return_val_if_fail (PO_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  dest = g_canonicalize_filename (dest_path, NULL);
  if (g_strcmp0 (dest, po_store_get_path (self)) == 0)
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_INVALID,
                   _("A workspace cannot be copied onto itself"));
      return FALSE;
    }
  if (po_store_in_transaction (self))
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_FAILED,
                   _("The workspace cannot be copied while a change is in progress"));
      return FALSE;
    }

  /* VACUUM INTO accepts an existing empty file, so mkstemp reserves the
   * name safely in the destination's directory (same file system). */
  dir = g_path_get_dirname (dest);
  tmp = g_build_filename (dir, ".peak-one-copy-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_FAILED,
                   _("Cannot write to “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  stmt = _po_store_prepare (self, "VACUUM INTO ?", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_text (stmt, 1, tmp, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      _po_store_set_error (self, error);
      goto failed;
    }

  if (!sync_file (tmp, error))
    goto failed;
  if (g_rename (tmp, dest) != 0)
    {
      int saved = errno;

      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_FAILED,
                   _("Cannot write “%s”: %s"), dest, g_strerror (saved));
      goto failed;
    }
  return TRUE;

failed:
  g_unlink (tmp);
  return FALSE;
}
