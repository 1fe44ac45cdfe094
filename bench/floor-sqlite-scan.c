/* floor-sqlite-scan.c — the floor of "metrics for all months": one
 * aggregate scan over the health samples and the subscription lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <sqlite3.h>

#include "bench-util.h"

static gint64
scan (sqlite3    *db,
      const char *sql)
{
  sqlite3_stmt *stmt;
  gint64 sum = 0;

  sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    sum += sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return sum;
}

int
main (int   argc,
      char *argv[])
{
  sqlite3 *db;
  gint64 start, sum;

  if (argc != 2)
    {
      fprintf (stderr, "usage: floor-sqlite-scan WORKSPACE.peakone\n");
      return 2;
    }
  if (sqlite3_open_v2 (argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    return 1;

  start = bench_now ();
  sum = scan (db, "SELECT sum(value) FROM health_samples GROUP BY account_id, component");
  sum += scan (db, "SELECT sum(mrr_cents) FROM subscription_lines GROUP BY account_id");
  bench_report ("sqlite-scan", start);
  fprintf (stderr, "checksum %" G_GINT64_FORMAT "\n", sum);
  sqlite3_close (db);
  return 0;
}
