/* floor-sqlite-insert.c — the insert floor of "import": the rows of a
 * workspace inserted with prepared statements into an empty database of
 * the same schema, in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <sqlite3.h>
#include <glib/gstdio.h>

#include "bench-util.h"

typedef struct
{
  char      *insert_sql;
  int        n_columns;
  GPtrArray *rows;   /* of sqlite3_value** copies */
} Table;

static void
table_free (Table *t)
{
  for (guint i = 0; i < t->rows->len; i++)
    {
      sqlite3_value **row = t->rows->pdata[i];
      for (int c = 0; c < t->n_columns; c++)
        sqlite3_value_free (row[c]);
      g_free (row);
    }
  g_ptr_array_unref (t->rows);
  g_free (t->insert_sql);
  g_free (t);
}

int
main (int   argc,
      char *argv[])
{
  sqlite3 *src, *dst;
  sqlite3_stmt *stmt;
  GPtrArray *tables = g_ptr_array_new_with_free_func ((GDestroyNotify) table_free);
  GString *schema = g_string_new (NULL);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  gint64 start;

  if (argc != 2)
    {
      fprintf (stderr, "usage: floor-sqlite-insert WORKSPACE.peakone\n");
      return 2;
    }
  if (sqlite3_open_v2 (argv[1], &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    return 1;

  /* Read everything first: only the inserting is timed. */
  sqlite3_prepare_v2 (src, "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      g_autofree char *select = g_strdup_printf ("SELECT * FROM \"%s\"", name);
      sqlite3_stmt *rows;
      Table *t = g_new0 (Table, 1);
      GString *insert = g_string_new (NULL);

      g_string_append_printf (schema, "%s;\n", sqlite3_column_text (stmt, 1));
      sqlite3_prepare_v2 (src, select, -1, &rows, NULL);
      t->n_columns = sqlite3_column_count (rows);
      t->rows = g_ptr_array_new ();
      g_string_append_printf (insert, "INSERT INTO \"%s\" VALUES (", name);
      for (int c = 0; c < t->n_columns; c++)
        g_string_append (insert, c ? ", ?" : "?");
      g_string_append (insert, ")");
      t->insert_sql = g_string_free (insert, FALSE);
      while (sqlite3_step (rows) == SQLITE_ROW)
        {
          sqlite3_value **row = g_new (sqlite3_value *, t->n_columns);
          for (int c = 0; c < t->n_columns; c++)
            row[c] = sqlite3_value_dup (sqlite3_column_value (rows, c));
          g_ptr_array_add (t->rows, row);
        }
      sqlite3_finalize (rows);
      g_ptr_array_add (tables, t);
    }
  sqlite3_finalize (stmt);
  sqlite3_prepare_v2 (src, "SELECT sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (schema, "%s;\n", sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (src);

  dir = g_dir_make_tmp ("po-floor-XXXXXX", NULL);
  path = g_build_filename (dir, "floor.sqlite", NULL);
  sqlite3_open (path, &dst);
  sqlite3_exec (dst, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF", NULL, NULL, NULL);
  if (sqlite3_exec (dst, schema->str, NULL, NULL, NULL) != SQLITE_OK)
    {
      fprintf (stderr, "schema: %s\n", sqlite3_errmsg (dst));
      return 1;
    }

  start = bench_now ();
  sqlite3_exec (dst, "BEGIN", NULL, NULL, NULL);
  for (guint i = 0; i < tables->len; i++)
    {
      Table *t = tables->pdata[i];

      sqlite3_prepare_v2 (dst, t->insert_sql, -1, &stmt, NULL);
      for (guint r = 0; r < t->rows->len; r++)
        {
          sqlite3_value **row = t->rows->pdata[r];
          for (int c = 0; c < t->n_columns; c++)
            sqlite3_bind_value (stmt, c + 1, row[c]);
          if (sqlite3_step (stmt) != SQLITE_DONE)
            {
              fprintf (stderr, "insert: %s\n", sqlite3_errmsg (dst));
              return 1;
            }
          sqlite3_reset (stmt);
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_exec (dst, "COMMIT", NULL, NULL, NULL);
  bench_report ("sqlite-insert", start);

  sqlite3_close (dst);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_unlink (path);
  g_rmdir (dir);
  g_ptr_array_unref (tables);
  g_string_free (schema, TRUE);
  return 0;
}
