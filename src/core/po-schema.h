/* po-schema.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "PeOn": PRAGMA application_id of every Peak One workspace. */
#define PO_APPLICATION_ID 0x50654f6e

/* PRAGMA user_version written by this build. */
#define PO_SCHEMA_VERSION 2

/* SQL that takes a workspace from version @to - 1 to @to (1 creates it). */
const char *po_schema_migration (guint to);

G_END_DECLS
