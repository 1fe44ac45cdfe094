/* po-record.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "po-date.h"
#include "po-enums.h"

G_BEGIN_DECLS

/* A record is a plain C struct whose first member is `gint64 id` (the
 * table's INTEGER PRIMARY KEY). Its PoRecordClass describes the columns, so
 * one generic implementation serves create/read/update/delete for every
 * table (see po-store.h) instead of eighteen hand-written copies. */
typedef enum
{
  PO_FIELD_INT64,   /* gint64 */
  PO_FIELD_REF,     /* gint64 foreign key; 0 is SQL NULL */
  PO_FIELD_INT,     /* int */
  PO_FIELD_DOUBLE,  /* double */
  PO_FIELD_TEXT,    /* char *, owned; NULL is SQL NULL */
  PO_FIELD_DAY,     /* PoDay stored as ISO text; PO_DAY_NONE is SQL NULL */
  PO_FIELD_ENUM,    /* int stored as the enum's nick */
  PO_FIELD_BOOL,    /* gboolean stored as 0/1 */
} PoFieldType;

typedef struct
{
  const char       *column;
  PoFieldType       type;
  gsize             offset;
  const PoEnumType *enum_type;
  gboolean          nullable;   /* PO_FIELD_TEXT: NULL is SQL NULL, else '' */
} PoField;

typedef struct
{
  const char    *table;
  gsize          size;
  const PoField *fields;
  guint          n_fields;
  const char    *parent_column;   /* listing by owner, e.g. "account_id" */
  const char    *order_by;        /* stable order of lists */
  GDestroyNotify free_func;
} PoRecordClass;

typedef struct
{
  gint64 id;
} PoRecord;

gpointer po_record_new   (const PoRecordClass *klass);
void     po_record_clear (const PoRecordClass *klass,
                          gpointer             record);
void     po_record_free  (const PoRecordClass *klass,
                          gpointer             record);
gpointer po_record_copy  (const PoRecordClass *klass,
                          gconstpointer        record);
gboolean po_record_equal (const PoRecordClass *klass,
                          gconstpointer        a,
                          gconstpointer        b);
void     po_record_set_text (char       **field,
                             const char  *value);

G_END_DECLS
