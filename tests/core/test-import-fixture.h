/* test-import-fixture.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small workspace that uses every table of the §7 format, shared by the
 * export and import tests.
 */

#pragma once

#include "po-export.h"
#include "po-import.h"
#include "po-store.h"

G_BEGIN_DECLS

#define IO_FIXTURE_STAMP "2026-11-23T10:00:00Z"

typedef struct
{
  char    *dir;
  PoStore *store;
} IoFixture;

void     io_fixture_setup    (IoFixture     *f,
                              gconstpointer  data);
void     io_fixture_teardown (IoFixture     *f,
                              gconstpointer  data);
void     io_fixture_fill     (PoStore       *store);
PoStore *io_fixture_new_store (IoFixture    *f,
                               const char   *name);
/* The export of @store with the fixed timestamp, as a string. */
char    *io_fixture_export   (PoStore       *store);

G_END_DECLS
