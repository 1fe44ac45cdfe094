/* po-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-record"

#include "config.h"

#include "po-record.h"

#define FIELD_PTR(rec, f) ((guint8 *) (rec) + (f)->offset)

gpointer
po_record_new (const PoRecordClass *klass)
{
  g_return_val_if_fail (klass != NULL, NULL);

  return g_malloc0 (klass->size);
}

void
po_record_clear (const PoRecordClass *klass,
                 gpointer             record)
{
  g_return_if_fail (klass != NULL);

  if (record == NULL)
    return;
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PoField *f = &klass->fields[i];

      if (f->type == PO_FIELD_TEXT)
        g_clear_pointer ((char **) FIELD_PTR (record, f), g_free);
    }
}

void
po_record_free (const PoRecordClass *klass,
                gpointer             record)
{
  if (record == NULL)
    return;
  po_record_clear (klass, record);
  g_free (record);
}

gpointer
po_record_copy (const PoRecordClass *klass,
                gconstpointer        record)
{
  gpointer copy;

  g_return_val_if_fail (klass != NULL, NULL);
  g_return_val_if_fail (record != NULL, NULL);

  copy = g_memdup2 (record, klass->size);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PoField *f = &klass->fields[i];

      if (f->type == PO_FIELD_TEXT)
        {
          char **p = (char **) FIELD_PTR (copy, f);
          *p = g_strdup (*p);
        }
    }
  return copy;
}

gboolean
po_record_equal (const PoRecordClass *klass,
                 gconstpointer        a,
                 gconstpointer        b)
{
  if (((const PoRecord *) a)->id != ((const PoRecord *) b)->id)
    return FALSE;
  for (guint i = 0; i < klass->n_fields; i++)
    {
      const PoField *f = &klass->fields[i];
      const guint8 *pa = FIELD_PTR (a, f);
      const guint8 *pb = FIELD_PTR (b, f);

      switch (f->type)
        {
        case PO_FIELD_TEXT:
          {
            const char *ta = *(char * const *) pa;
            const char *tb = *(char * const *) pb;

            /* A non-nullable text column stores NULL as ''. */
            if (!f->nullable)
              {
                ta = ta ? ta : "";
                tb = tb ? tb : "";
              }
            if (g_strcmp0 (ta, tb) != 0)
              return FALSE;
          }
          break;
        case PO_FIELD_INT64:
        case PO_FIELD_REF:
          if (*(const gint64 *) pa != *(const gint64 *) pb)
            return FALSE;
          break;
        case PO_FIELD_DOUBLE:
          if (*(const double *) pa != *(const double *) pb)
            return FALSE;
          break;
        case PO_FIELD_DAY:
          if (*(const PoDay *) pa != *(const PoDay *) pb)
            return FALSE;
          break;
        case PO_FIELD_INT:
        case PO_FIELD_ENUM:
        case PO_FIELD_BOOL:
        default:
          if (*(const int *) pa != *(const int *) pb)
            return FALSE;
          break;
        }
    }
  return TRUE;
}

void
po_record_set_text (char       **field,
                    const char  *value)
{
  char *old = *field;

  *field = g_strdup (value);
  g_free (old);
}
