/* po-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A workspace is one SQLite file (DESIGN.md §1 "Storage"). Before SQLite
 * touches a file, its 100-byte header is read by hand: a file that is not
 * an SQLite database, belongs to another application or is newer than this
 * build is refused without ever being opened for writing.
 */

#define G_LOG_DOMAIN "po-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <string.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "po-defaults.h"
#include "po-schema.h"
#include "po-store-private.h"

struct _PoStore
{
  GObject      parent_instance;

  char        *path;
  char        *backup_path;
  sqlite3     *db;
  GHashTable  *statements;   /* SQL text -> sqlite3_stmt */
  int          lock_fd;
  guint        depth;
  guint        migrated_from;
  guint        read_only : 1;
  guint        dirty : 1;
};

G_DEFINE_FINAL_TYPE (PoStore, po_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_QUARK (po-store-error-quark, po_store_error)

#define SQLITE_HEADER "SQLite format 3"

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
po_store_finalize (GObject *object)
{
  PoStore *self = (PoStore *) object;

  po_store_close (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->backup_path, g_free);

  G_OBJECT_CLASS (po_store_parent_class)->finalize (object);
}

static void
po_store_class_init (PoStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = po_store_finalize;

  /**
   * PoStore::changed:
   *
   * Emitted after a transaction that changed the workspace was committed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
po_store_init (PoStore *self)
{
  self->lock_fd = -1;
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
}

void
po_store_close (PoStore *self)
{
  g_return_if_fail (PO_IS_STORE (self));

  g_hash_table_remove_all (self->statements);
  if (self->db != NULL)
    {
      sqlite3_close (self->db);
      self->db = NULL;
    }
  if (self->lock_fd >= 0)
    {
      close (self->lock_fd);
      self->lock_fd = -1;
    }
}

/* Errors */

static int
store_error_code (int sqlite_code)
{
  switch (sqlite_code & 0xff)
    {
    case SQLITE_CONSTRAINT:
      return PO_STORE_ERROR_CONSTRAINT;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return PO_STORE_ERROR_LOCKED;
    case SQLITE_CORRUPT:
      return PO_STORE_ERROR_CORRUPT;
    case SQLITE_NOTADB:
      return PO_STORE_ERROR_NOT_SQLITE;
    case SQLITE_READONLY:
      return PO_STORE_ERROR_READ_ONLY;
    default:
      return PO_STORE_ERROR_FAILED;
    }
}

gboolean
_po_store_set_error (PoStore  *self,
                     GError  **error)
{
  int code = sqlite3_extended_errcode (self->db);

  g_set_error (error, PO_STORE_ERROR, store_error_code (code),
               "%s: %s", self->path, sqlite3_errmsg (self->db));
  return FALSE;
}

sqlite3 *
_po_store_get_db (PoStore *self)
{
  g_return_val_if_fail (PO_IS_STORE (self), NULL);

  return self->db;
}

sqlite3_stmt *
_po_store_prepare (PoStore     *self,
                   const char  *sql,
                   GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PO_IS_STORE (self), NULL);
  g_return_val_if_fail (self->db != NULL, NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      _po_store_set_error (self, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
_po_store_exec (PoStore     *self,
                const char  *sql,
                GError     **error)
{
  char *message = NULL;

  if (sqlite3_exec (self->db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, PO_STORE_ERROR,
                   store_error_code (sqlite3_extended_errcode (self->db)),
                   "%s: %s", self->path, message ? message : sqlite3_errmsg (self->db));
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

gboolean
_po_store_check_writable (PoStore  *self,
                          GError  **error)
{
  if (!self->read_only)
    return TRUE;
  g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_READ_ONLY,
               _("“%s” is open read-only; changes cannot be saved"), self->path);
  return FALSE;
}

void
_po_store_bind_day (sqlite3_stmt *stmt,
                    int           index,
                    PoDay         day)
{
  char buf[PO_DATE_BUF_SIZE];

  if (day == PO_DAY_NONE)
    {
      sqlite3_bind_null (stmt, index);
      return;
    }
  po_day_format_buf (day, buf);
  sqlite3_bind_text (stmt, index, buf, -1, SQLITE_TRANSIENT);
}

PoDay
_po_store_column_day (sqlite3_stmt *stmt,
                      int           index)
{
  PoDay day = PO_DAY_NONE;

  if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
    return PO_DAY_NONE;
  if (!po_day_parse ((const char *) sqlite3_column_text (stmt, index), &day))
    return PO_DAY_NONE;
  return day;
}

/* Opening */

static gboolean
read_header (const char  *path,
             guint32     *application_id,
             guint32     *user_version,
             GError     **error)
{
  guint8 header[100];
  ssize_t n;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, PO_STORE_ERROR,
                   saved == ENOENT ? PO_STORE_ERROR_NOT_FOUND : PO_STORE_ERROR_FAILED,
                   _("Cannot open “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);

  if (n == 0)
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_WORKSPACE,
                   _("“%s” is empty, not a Peak One workspace"), path);
      return FALSE;
    }
  if (n < (ssize_t) sizeof header || memcmp (header, SQLITE_HEADER, sizeof SQLITE_HEADER) != 0)
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_SQLITE,
                   _("“%s” is not a Peak One workspace (not an SQLite database)"), path);
      return FALSE;
    }

  /* Big-endian fields of the database header. */
  *user_version = (guint32) header[60] << 24 | header[61] << 16 | header[62] << 8 | header[63];
  *application_id = (guint32) header[68] << 24 | header[69] << 16 | header[70] << 8 | header[71];
  return TRUE;
}

/* A file without any write permission bit is treated as read-only even for
 * root, who could write it anyway: the user marked it so. */
static gboolean
path_is_read_only (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return TRUE;
  if ((st.st_mode & 0222) == 0)
    return TRUE;
  if (g_access (path, W_OK) != 0)
    return TRUE;
  /* WAL needs to create the -wal and -shm files beside the database. */
  if (g_access (dir, W_OK) != 0)
    return TRUE;
  return FALSE;
}

static gboolean
take_lock (PoStore  *self,
           GError  **error)
{
  self->lock_fd = g_open (self->path, O_RDONLY | O_CLOEXEC, 0);
  if (self->lock_fd < 0)
    {
      int saved = errno;

      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_FAILED,
                   _("Cannot open “%s”: %s"), self->path, g_strerror (saved));
      return FALSE;
    }
  /* flock() locks are independent of SQLite's fcntl() locks, so they
   * neither disturb SQLite nor the sqlite3 shell; they only keep a second
   * Peak One from writing the same workspace. */
  if (flock (self->lock_fd, LOCK_EX | LOCK_NB) != 0)
    {
      int saved = errno;

      close (self->lock_fd);
      self->lock_fd = -1;
      if (saved == EWOULDBLOCK)
        g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_LOCKED,
                     _("“%s” is open in another Peak One window or process"), self->path);
      else
        g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_FAILED,
                     _("Cannot lock “%s”: %s"), self->path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

static gboolean
open_connection (PoStore     *self,
                 gboolean     create,
                 GError     **error)
{
  g_autofree char *uri = NULL;
  g_autofree char *escaped = NULL;
  int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
  int rc;

  escaped = g_uri_escape_string (self->path, "/", FALSE);
  if (self->read_only)
    {
      uri = g_strdup_printf ("file:%s?mode=ro", escaped);
      flags |= SQLITE_OPEN_READONLY;
    }
  else
    {
      uri = g_strdup_printf ("file:%s", escaped);
      flags |= SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    }

  rc = sqlite3_open_v2 (uri, &self->db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, PO_STORE_ERROR, store_error_code (rc),
                   _("Cannot open “%s”: %s"), self->path,
                   self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      g_clear_pointer (&self->db, sqlite3_close);
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);

  /* Journal mode is set only once the file is known to be a workspace. */
  return _po_store_exec (self, "PRAGMA foreign_keys = ON", error);
}

/* A read-only WAL database needs its -shm file; where it cannot be created,
 * the file is opened as immutable (nobody may write it meanwhile anyway). */
static gboolean
open_read_only_fallback (PoStore  *self,
                         GError  **error)
{
  g_autofree char *escaped = g_uri_escape_string (self->path, "/", FALSE);
  g_autofree char *uri = g_strdup_printf ("file:%s?immutable=1", escaped);
  int rc;

  g_clear_pointer (&self->db, sqlite3_close);
  g_hash_table_remove_all (self->statements);
  rc = sqlite3_open_v2 (uri, &self->db, SQLITE_OPEN_URI | SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, PO_STORE_ERROR, store_error_code (rc),
                   _("Cannot open “%s”: %s"), self->path, sqlite3_errstr (rc));
      g_clear_pointer (&self->db, sqlite3_close);
      return FALSE;
    }
  return _po_store_exec (self, "PRAGMA foreign_keys = ON", error);
}

static gboolean
verify_readable (PoStore  *self,
                 GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  int rc;

  stmt = _po_store_prepare (self, "SELECT count(*) FROM sqlite_schema", &local_error);
  if (stmt == NULL && self->read_only)
    {
      g_clear_error (&local_error);
      if (!open_read_only_fallback (self, error))
        return FALSE;
      stmt = _po_store_prepare (self, "SELECT count(*) FROM sqlite_schema", &local_error);
    }
  if (stmt == NULL)
    {
      g_set_error (error, PO_STORE_ERROR,
                   local_error->code == PO_STORE_ERROR_FAILED ? PO_STORE_ERROR_CORRUPT : local_error->code,
                   _("“%s” cannot be read: %s"), self->path, local_error->message);
      return FALSE;
    }
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: %s"), self->path, sqlite3_errmsg (self->db));
      return FALSE;
    }
  return TRUE;
}

static char *
unused_backup_path (const char *path,
                    guint       version)
{
  g_autofree char *base = g_strdup_printf ("%s.v%u.bak", path, version);
  char *candidate = g_strdup (base);

  for (guint i = 2; g_file_test (candidate, G_FILE_TEST_EXISTS); i++)
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s.%u", base, i);
    }
  return candidate;
}

static gboolean
run_migrations (PoStore  *self,
                guint     from,
                GError  **error)
{
  for (guint to = from + 1; to <= PO_SCHEMA_VERSION; to++)
    {
      g_autofree char *pragma = g_strdup_printf ("PRAGMA user_version = %u", to);

      if (!_po_store_exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!_po_store_exec (self, po_schema_migration (to), error) ||
          !_po_store_exec (self, pragma, error))
        {
          _po_store_exec (self, "ROLLBACK", NULL);
          g_prefix_error (error, _("Upgrading the workspace to version %u failed: "), to);
          return FALSE;
        }
      if (!_po_store_exec (self, "COMMIT", error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
migrate (PoStore  *self,
         guint     from,
         GError  **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (self->read_only)
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_READ_ONLY,
                   _("“%s” was written by an older Peak One and must be upgraded, "
                     "but it is read-only"), self->path);
      return FALSE;
    }

  self->backup_path = unused_backup_path (self->path, from);
  stmt = _po_store_prepare (self, "VACUUM INTO ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, self->backup_path, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _po_store_set_error (self, error);
      g_prefix_error (error, _("Cannot write the backup before upgrading: "));
      return FALSE;
    }

  _po_store_exec (self, "PRAGMA synchronous = FULL", NULL);
  if (!run_migrations (self, from, error))
    return FALSE;
  _po_store_exec (self, "PRAGMA synchronous = NORMAL", NULL);
  _po_store_exec (self, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
  self->migrated_from = from;
  g_info ("Upgraded %s from version %u to %u (backup %s)",
          self->path, from, PO_SCHEMA_VERSION, self->backup_path);
  return TRUE;
}

static gboolean
query_int (PoStore     *self,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *stmt = _po_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return _po_store_set_error (self, error);
  return TRUE;
}

static gboolean
check_identity (const char  *path,
                guint32      application_id,
                guint32      user_version,
                GError     **error)
{
  if (application_id != PO_APPLICATION_ID)
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_WORKSPACE,
                   _("“%s” is an SQLite database, but not a Peak One workspace"), path);
      return FALSE;
    }
  if (user_version > PO_SCHEMA_VERSION)
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_TOO_NEW,
                   _("“%s” was saved by a newer version of Peak One (format %u; "
                     "this version reads up to %u). Please update Peak One."),
                   path, user_version, PO_SCHEMA_VERSION);
      return FALSE;
    }
  if (user_version == 0)
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_CORRUPT,
                   _("“%s” is an incomplete Peak One workspace"), path);
      return FALSE;
    }
  return TRUE;
}

PoStore *
po_store_open (const char        *path,
               PoStoreOpenFlags   flags,
               GError           **error)
{
  g_autoptr(PoStore) self = NULL;
  g_autofree char *wal = NULL;
  guint32 application_id, user_version;
  gint64 value;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_header (path, &application_id, &user_version, error))
    return NULL;

  /* The header is authoritative unless a write-ahead log may hold newer
   * pages; then SQLite is asked below, before anything is written. */
  wal = g_strconcat (path, "-wal", NULL);
  if (!g_file_test (wal, G_FILE_TEST_EXISTS) &&
      !check_identity (path, application_id, user_version, error))
    return NULL;

  self = g_object_new (PO_TYPE_STORE, NULL);
  self->path = g_canonicalize_filename (path, NULL);
  self->read_only = (flags & PO_STORE_OPEN_READ_ONLY) || path_is_read_only (self->path);

  if (!self->read_only && !(flags & PO_STORE_OPEN_SHARED) && !take_lock (self, error))
    return NULL;
  if (!open_connection (self, FALSE, error))
    return NULL;
  if (!verify_readable (self, error))
    return NULL;

  if (!query_int (self, "PRAGMA application_id", &value, error))
    return NULL;
  application_id = (guint32) value;
  if (!query_int (self, "PRAGMA user_version", &value, error))
    return NULL;
  user_version = (guint32) value;
  if (!check_identity (path, application_id, user_version, error))
    return NULL;

  if (!self->read_only &&
      !_po_store_exec (self, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", error))
    return NULL;
  if (user_version < PO_SCHEMA_VERSION && !migrate (self, user_version, error))
    return NULL;

  return g_steal_pointer (&self);
}

PoStore *
po_store_create (const char  *path,
                 GError     **error)
{
  g_autoptr(PoStore) self = NULL;
  g_autofree char *pragma = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_EXISTS,
                   _("“%s” already exists"), path);
      return NULL;
    }

  self = g_object_new (PO_TYPE_STORE, NULL);
  self->path = g_canonicalize_filename (path, NULL);

  if (!open_connection (self, TRUE, error))
    goto failed;
  if (!take_lock (self, error))
    goto failed;

  pragma = g_strdup_printf ("PRAGMA application_id = %d", PO_APPLICATION_ID);
  if (!_po_store_exec (self, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", error) ||
      !_po_store_exec (self, pragma, error) ||
      !run_migrations (self, 0, error))
    goto failed;

  if (!po_store_begin (self, error))
    goto failed;
  if (!_po_defaults_install (self, error))
    {
      po_store_rollback (self);
      goto failed;
    }
  if (!po_store_commit (self, error))
    goto failed;
  /* Bring the header (application id, version) into the main file. */
  _po_store_exec (self, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);

  return g_steal_pointer (&self);

failed:
  po_store_close (self);
  g_unlink (self->path);
  {
    g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (self->path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  return NULL;
}

PoStore *
po_store_open_worker (PoStore  *self,
                      GError  **error)
{
  g_return_val_if_fail (PO_IS_STORE (self), NULL);

  return po_store_open (self->path,
                        PO_STORE_OPEN_SHARED | (self->read_only ? PO_STORE_OPEN_READ_ONLY : 0),
                        error);
}

const char *
po_store_get_path (PoStore *self)
{
  g_return_val_if_fail (PO_IS_STORE (self), NULL);
  return self->path;
}

gboolean
po_store_is_read_only (PoStore *self)
{
  g_return_val_if_fail (PO_IS_STORE (self), TRUE);
  return self->read_only;
}

guint
po_store_get_migrated_from (PoStore *self)
{
  g_return_val_if_fail (PO_IS_STORE (self), 0);
  return self->migrated_from;
}

const char *
po_store_get_backup_path (PoStore *self)
{
  g_return_val_if_fail (PO_IS_STORE (self), NULL);
  return self->backup_path;
}

/* Transactions */

gboolean
po_store_begin (PoStore  *self,
                GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (PO_IS_STORE (self), FALSE);

  if (!_po_store_check_writable (self, error))
    return FALSE;
  if (self->depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE");
  else
    sql = g_strdup_printf ("SAVEPOINT po_%u", self->depth);
  if (!_po_store_exec (self, sql, error))
    return FALSE;
  self->depth++;
  return TRUE;
}

gboolean
po_store_commit (PoStore  *self,
                 GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (PO_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth == 1)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE po_%u", self->depth - 1);
  if (!_po_store_exec (self, sql, error))
    {
      po_store_rollback (self);
      return FALSE;
    }
  self->depth--;
  self->dirty = TRUE;
  if (self->depth == 0)
    {
      self->dirty = FALSE;
      g_signal_emit (self, signals[CHANGED], 0);
    }
  return TRUE;
}

void
po_store_rollback (PoStore *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (PO_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  if (self->depth == 1)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO po_%u; RELEASE po_%u", self->depth - 1, self->depth - 1);
  _po_store_exec (self, sql, NULL);
  self->depth--;
}

gboolean
po_store_in_transaction (PoStore *self)
{
  g_return_val_if_fail (PO_IS_STORE (self), FALSE);
  return self->depth > 0;
}

void
po_store_set_bulk_mode (PoStore  *self,
                        gboolean  bulk)
{
  g_return_if_fail (PO_IS_STORE (self));

  if (self->read_only)
    return;
  _po_store_exec (self, bulk ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL", NULL);
}

/* Integrity */

static gboolean
collect_check (PoStore     *self,
               const char  *sql,
               gboolean     integrity,
               GString     *report,
               GError     **error)
{
  sqlite3_stmt *stmt = _po_store_prepare (self, sql, error);
  gboolean clean = TRUE;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (integrity)
        {
          const char *line = (const char *) sqlite3_column_text (stmt, 0);

          if (g_strcmp0 (line, "ok") == 0)
            continue;
          g_string_append_printf (report, "%s\n", line);
        }
      else
        g_string_append_printf (report, "%s row %" G_GINT64_FORMAT ": dangling reference to %s\n",
                                sqlite3_column_text (stmt, 0), (gint64) sqlite3_column_int64 (stmt, 1),
                                sqlite3_column_text (stmt, 2));
      clean = FALSE;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _po_store_set_error (self, error);
  return clean;
}

gboolean
po_store_check (PoStore  *self,
                GString  *report,
                GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean integrity, keys = FALSE;

  g_return_val_if_fail (PO_IS_STORE (self), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  integrity = collect_check (self, "PRAGMA integrity_check", TRUE, report, &local_error);
  if (local_error == NULL)
    keys = collect_check (self, "PRAGMA foreign_key_check", FALSE, report, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (integrity && keys)
    return TRUE;
  g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_CORRUPT,
               _("“%s” has integrity problems"), self->path);
  return FALSE;
}
