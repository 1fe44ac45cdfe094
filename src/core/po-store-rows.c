/* po-store-rows.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows of a workspace: create/read/update/delete of every record type
 * through its PoRecordClass, the health samples and the settings. The
 * connection, its transactions and the opening rules are in po-store.c.
 */

#define G_LOG_DOMAIN "po-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "po-store-private.h"

/* Generic records */

#define FIELD_PTR(rec, f) ((guint8 *) (rec) + (f)->offset)

static void
bind_field (sqlite3_stmt  *stmt,
            int            index,
            const PoField *f,
            gconstpointer  record)
{
  const guint8 *p = (const guint8 *) record + f->offset;

  switch (f->type)
    {
    case PO_FIELD_TEXT:
      {
        const char *text = *(char * const *) p;

        if (text == NULL && f->nullable)
          sqlite3_bind_null (stmt, index);
        else
          sqlite3_bind_text (stmt, index, text ? text : "", -1, SQLITE_TRANSIENT);
      }
      break;
    case PO_FIELD_INT64:
      sqlite3_bind_int64 (stmt, index, *(const gint64 *) p);
      break;
    case PO_FIELD_REF:
      if (*(const gint64 *) p == 0)
        sqlite3_bind_null (stmt, index);
      else
        sqlite3_bind_int64 (stmt, index, *(const gint64 *) p);
      break;
    case PO_FIELD_DOUBLE:
      sqlite3_bind_double (stmt, index, *(const double *) p);
      break;
    case PO_FIELD_DAY:
      _po_store_bind_day (stmt, index, *(const PoDay *) p);
      break;
    case PO_FIELD_ENUM:
      {
        int value = *(const int *) p;

        if (value >= 0 && (guint) value < f->enum_type->n_values)
          sqlite3_bind_text (stmt, index, f->enum_type->values[value].nick, -1, SQLITE_STATIC);
        else
          sqlite3_bind_null (stmt, index);
      }
      break;
    case PO_FIELD_BOOL:
      sqlite3_bind_int (stmt, index, *(const int *) p ? 1 : 0);
      break;
    case PO_FIELD_INT:
    default:
      sqlite3_bind_int (stmt, index, *(const int *) p);
      break;
    }
}

static void
read_field (sqlite3_stmt  *stmt,
            int            index,
            const PoField *f,
            gpointer       record)
{
  guint8 *p = FIELD_PTR (record, f);

  switch (f->type)
    {
    case PO_FIELD_TEXT:
      *(char **) p = sqlite3_column_type (stmt, index) == SQLITE_NULL
                     ? NULL : g_strdup ((const char *) sqlite3_column_text (stmt, index));
      break;
    case PO_FIELD_INT64:
    case PO_FIELD_REF:
      *(gint64 *) p = sqlite3_column_int64 (stmt, index);
      break;
    case PO_FIELD_DOUBLE:
      *(double *) p = sqlite3_column_double (stmt, index);
      break;
    case PO_FIELD_DAY:
      *(PoDay *) p = _po_store_column_day (stmt, index);
      break;
    case PO_FIELD_ENUM:
      {
        int value = 0;

        po_enum_parse (f->enum_type, (const char *) sqlite3_column_text (stmt, index), &value);
        *(int *) p = value;
      }
      break;
    case PO_FIELD_BOOL:
    case PO_FIELD_INT:
    default:
      *(int *) p = sqlite3_column_int (stmt, index);
      break;
    }
}

static void
append_columns (GString             *sql,
                const PoRecordClass *klass,
                const char          *separator,
                const char          *suffix)
{
  for (guint i = 0; i < klass->n_fields; i++)
    g_string_append_printf (sql, "%s\"%s\"%s", i ? separator : "",
                            klass->fields[i].column, suffix);
}

static char *
select_sql (const PoRecordClass *klass,
            const char          *where)
{
  GString *sql = g_string_new ("SELECT id, ");

  append_columns (sql, klass, ", ", "");
  g_string_append_printf (sql, " FROM %s", klass->table);
  if (where != NULL)
    g_string_append_printf (sql, " WHERE %s", where);
  if (klass->order_by != NULL)
    g_string_append_printf (sql, " ORDER BY %s", klass->order_by);
  return g_string_free (sql, FALSE);
}

static gpointer
read_record (const PoRecordClass *klass,
             sqlite3_stmt        *stmt)
{
  gpointer record = po_record_new (klass);

  ((PoRecord *) record)->id = sqlite3_column_int64 (stmt, 0);
  for (guint i = 0; i < klass->n_fields; i++)
    read_field (stmt, i + 1, &klass->fields[i], record);
  return record;
}

/* Runs @stmt to completion. Inside a transaction a failing statement undoes
 * only itself (SQLite's statement journal); outside one it becomes its own
 * committed transaction, so that every change is one transaction. */
static gboolean
step_change (PoStore       *self,
             sqlite3_stmt  *stmt,
             GError       **error)
{
  gboolean own = !po_store_in_transaction (self);
  int rc;

  if (own && !po_store_begin (self, error))
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      _po_store_set_error (self, error);
      sqlite3_reset (stmt);
      if (own)
        po_store_rollback (self);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return own ? po_store_commit (self, error) : TRUE;
}

gboolean
po_store_insert (PoStore             *self,
                 const PoRecordClass *klass,
                 gpointer             record,
                 GError             **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PO_IS_STORE (self), FALSE);
  g_return_val_if_fail (klass != NULL && record != NULL, FALSE);

  if (!_po_store_check_writable (self, error))
    return FALSE;

  /* id 0 lets SQLite choose; a given id is kept (undo re-inserts rows). */
  g_string_append_printf (sql, "INSERT INTO %s (id, ", klass->table);
  append_columns (sql, klass, ", ", "");
  g_string_append (sql, ") VALUES (?");
  for (guint i = 0; i < klass->n_fields; i++)
    g_string_append (sql, ", ?");
  g_string_append (sql, ")");

  stmt = _po_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  if (((PoRecord *) record)->id > 0)
    sqlite3_bind_int64 (stmt, 1, ((PoRecord *) record)->id);
  else
    sqlite3_bind_null (stmt, 1);
  for (guint i = 0; i < klass->n_fields; i++)
    bind_field (stmt, i + 2, &klass->fields[i], record);

  if (!step_change (self, stmt, error))
    return FALSE;
  ((PoRecord *) record)->id = sqlite3_last_insert_rowid (_po_store_get_db (self));
  return TRUE;
}

static gboolean
check_one_row (PoStore              *self,
               const PoRecordClass  *klass,
               gint64                id,
               GError              **error)
{
  if (sqlite3_changes (_po_store_get_db (self)) == 1)
    return TRUE;
  g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_FOUND,
               "%s: no row %" G_GINT64_FORMAT " in %s", po_store_get_path (self), id, klass->table);
  return FALSE;
}

/* Runs @stmt, which changes the row @id of @klass, in a transaction that
 * holds only if it changed that one row. */
static gboolean
change_one_row (PoStore              *self,
                const PoRecordClass  *klass,
                sqlite3_stmt         *stmt,
                gint64                id,
                GError              **error)
{
  if (!po_store_begin (self, error))
    return FALSE;
  if (!step_change (self, stmt, error) || !check_one_row (self, klass, id, error))
    {
      po_store_rollback (self);
      return FALSE;
    }
  return po_store_commit (self, error);
}

gboolean
po_store_update (PoStore             *self,
                 const PoRecordClass *klass,
                 gconstpointer        record,
                 GError             **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (PO_IS_STORE (self), FALSE);
  g_return_val_if_fail (klass != NULL && record != NULL, FALSE);

  if (!_po_store_check_writable (self, error))
    return FALSE;

  id = ((const PoRecord *) record)->id;
  g_string_append_printf (sql, "UPDATE %s SET ", klass->table);
  append_columns (sql, klass, ", ", " = ?");
  g_string_append (sql, " WHERE id = ?");

  stmt = _po_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < klass->n_fields; i++)
    bind_field (stmt, i + 1, &klass->fields[i], record);
  sqlite3_bind_int64 (stmt, klass->n_fields + 1, id);

  return change_one_row (self, klass, stmt, id, error);
}

gboolean
po_store_delete (PoStore             *self,
                 const PoRecordClass *klass,
                 gint64               id,
                 GError             **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PO_IS_STORE (self), FALSE);
  g_return_val_if_fail (klass != NULL, FALSE);

  if (!_po_store_check_writable (self, error))
    return FALSE;

  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", klass->table);
  stmt = _po_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);

  return change_one_row (self, klass, stmt, id, error);
}

gpointer
po_store_get (PoStore             *self,
              const PoRecordClass *klass,
              gint64               id,
              GError             **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gpointer record = NULL;
  int rc;

  g_return_val_if_fail (PO_IS_STORE (self), NULL);
  g_return_val_if_fail (klass != NULL, NULL);

  sql = select_sql (klass, "id = ?");
  stmt = _po_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = read_record (klass, stmt);
  else if (rc == SQLITE_DONE)
    g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_FOUND,
                 "%s: no row %" G_GINT64_FORMAT " in %s", po_store_get_path (self), id, klass->table);
  else
    _po_store_set_error (self, error);
  sqlite3_reset (stmt);
  return record;
}

static GPtrArray *
collect (PoStore             *self,
         const PoRecordClass *klass,
         sqlite3_stmt        *stmt,
         GError             **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (klass->free_func);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (records, read_record (klass, stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _po_store_set_error (self, error);
      return NULL;
    }
  return g_steal_pointer (&records);
}

/* All rows of a table, or those of one owner (@parent_id > 0) for tables
 * that have one. */
GPtrArray *
po_store_list (PoStore             *self,
               const PoRecordClass *klass,
               gint64               parent_id,
               GError             **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *where = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PO_IS_STORE (self), NULL);
  g_return_val_if_fail (klass != NULL, NULL);

  if (parent_id > 0 && klass->parent_column != NULL)
    where = g_strdup_printf ("\"%s\" = ?", klass->parent_column);
  sql = select_sql (klass, where);
  stmt = _po_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  if (where != NULL)
    sqlite3_bind_int64 (stmt, 1, parent_id);
  return collect (self, klass, stmt, error);
}

/* Rows whose @column (one of the class's own columns) equals @value. */
GPtrArray *
po_store_list_where (PoStore             *self,
                     const PoRecordClass *klass,
                     const char          *column,
                     const char          *value,
                     GError             **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *where = NULL;
  sqlite3_stmt *stmt;
  gboolean known = FALSE;

  g_return_val_if_fail (PO_IS_STORE (self), NULL);
  g_return_val_if_fail (klass != NULL && column != NULL, NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    known |= g_str_equal (klass->fields[i].column, column);
  g_return_val_if_fail (known, NULL);

  where = g_strdup_printf ("\"%s\" = ?", column);
  sql = select_sql (klass, where);
  stmt = _po_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  return collect (self, klass, stmt, error);
}

static gint64
count_rows (PoStore     *self,
            const char  *table,
            GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3_stmt *stmt = _po_store_prepare (self, sql, error);
  gint64 n = -1;

  if (stmt == NULL)
    return -1;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  else
    _po_store_set_error (self, error);
  sqlite3_reset (stmt);
  return n;
}

gint64
po_store_count (PoStore             *self,
                const PoRecordClass *klass,
                GError             **error)
{
  g_return_val_if_fail (PO_IS_STORE (self), -1);
  return count_rows (self, klass->table, error);
}

PoAccount *
po_store_find_account (PoStore     *self,
                       const char  *key,
                       GError     **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (PO_IS_STORE (self), NULL);

  found = po_store_list_where (self, &po_account_class, "key", key, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, PO_STORE_ERROR, PO_STORE_ERROR_NOT_FOUND,
                   _("No account “%s”"), key);
      return NULL;
    }
  return g_ptr_array_steal_index (found, 0);
}

/* Health samples */

/* @sql on the row of @sample, its key bound as ?1, ?2 and ?3; NULL when
 * the workspace is read-only or SQLite fails. */
static sqlite3_stmt *
prepare_sample (PoStore              *self,
                const char           *sql,
                const PoHealthSample *sample,
                GError              **error)
{
  sqlite3_stmt *stmt;

  if (!_po_store_check_writable (self, error))
    return NULL;
  stmt = _po_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, sample->account_id);
  sqlite3_bind_text (stmt, 2, po_enum_nick (&po_component_enum, sample->component), -1, SQLITE_STATIC);
  _po_store_bind_day (stmt, 3, sample->on_date);
  return stmt;
}

gboolean
po_store_add_health_sample (PoStore              *self,
                            const PoHealthSample *sample,
                            GError              **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PO_IS_STORE (self), FALSE);
  g_return_val_if_fail (sample != NULL, FALSE);
  g_return_val_if_fail (sample->component < PO_N_COMPONENTS, FALSE);

  stmt = prepare_sample (self,
                         "INSERT INTO health_samples (account_id, component, on_date, value) "
                         "VALUES (?, ?, ?, ?)", sample, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 4, sample->value);
  return step_change (self, stmt, error);
}

gboolean
po_store_delete_health_sample (PoStore              *self,
                               const PoHealthSample *sample,
                               GError              **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PO_IS_STORE (self), FALSE);
  g_return_val_if_fail (sample != NULL, FALSE);
  g_return_val_if_fail (sample->component < PO_N_COMPONENTS, FALSE);

  stmt = prepare_sample (self,
                         "DELETE FROM health_samples "
                         "WHERE account_id = ? AND component = ? AND on_date = ?", sample, error);
  return stmt != NULL && step_change (self, stmt, error);
}

/* Ordered by component, then date. */
GArray *
po_store_list_health_samples (PoStore  *self,
                              gint64    account_id,
                              GError  **error)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (PoHealthSample));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PO_IS_STORE (self), NULL);

  stmt = _po_store_prepare (self,
                            "SELECT component, on_date, value FROM health_samples "
                            "WHERE account_id = ? ORDER BY component, on_date", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, account_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PoHealthSample s = { account_id, 0, PO_DAY_NONE, 0 };
      int component = 0;

      po_enum_parse (&po_component_enum, (const char *) sqlite3_column_text (stmt, 0), &component);
      s.component = component;
      s.on_date = _po_store_column_day (stmt, 1);
      s.value = sqlite3_column_int (stmt, 2);
      g_array_append_val (samples, s);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _po_store_set_error (self, error);
      return NULL;
    }
  return g_steal_pointer (&samples);
}

gint64
po_store_count_health_samples (PoStore  *self,
                               GError  **error)
{
  g_return_val_if_fail (PO_IS_STORE (self), -1);
  return count_rows (self, "health_samples", error);
}

/* Settings */

char *
po_store_get_setting (PoStore    *self,
                      const char *key)
{
  sqlite3_stmt *stmt;
  char *value = NULL;

  g_return_val_if_fail (PO_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  stmt = _po_store_prepare (self, "SELECT value FROM settings WHERE key = ?", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

gboolean
po_store_set_setting (PoStore     *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PO_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL && value != NULL, FALSE);

  if (!_po_store_check_writable (self, error))
    return FALSE;
  stmt = _po_store_prepare (self,
                            "INSERT INTO settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  return step_change (self, stmt, error);
}
