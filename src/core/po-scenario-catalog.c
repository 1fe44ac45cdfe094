/* po-scenario-catalog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-scenario-catalog"

#include "config.h"

#include "po-scenario.h"

struct _PoScenarioCatalog
{
  GHashTable *items;   /* code -> PoScenarioCatalogItem */
};

typedef struct
{
  PoItemKind kind;
  gint64     mrr_cents;
} PoScenarioCatalogItem;

G_DEFINE_BOXED_TYPE (PoScenarioCatalog, po_scenario_catalog,
                     po_scenario_catalog_ref, po_scenario_catalog_unref)

static void
catalog_item_free (gpointer data)
{
  g_free (data);
}

PoScenarioCatalog *
po_scenario_catalog_new (void)
{
  PoScenarioCatalog *self = g_atomic_rc_box_new0 (PoScenarioCatalog);

  self->items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, catalog_item_free);
  return self;
}

PoScenarioCatalog *
po_scenario_catalog_ref (PoScenarioCatalog *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
catalog_clear (gpointer data)
{
  PoScenarioCatalog *self = data;

  g_clear_pointer (&self->items, g_hash_table_unref);
}

void
po_scenario_catalog_unref (PoScenarioCatalog *self)
{
  g_atomic_rc_box_release_full (self, catalog_clear);
}

void
po_scenario_catalog_add (PoScenarioCatalog *self,
                         const char        *code,
                         PoItemKind         kind,
                         gint64             mrr_cents)
{
  PoScenarioCatalogItem *item;

  g_return_if_fail (self != NULL);
  g_return_if_fail (code != NULL);

  item = g_new0 (PoScenarioCatalogItem, 1);
  item->kind = kind;
  item->mrr_cents = mrr_cents;
  g_hash_table_replace (self->items, g_strdup (code), item);
}

gboolean
po_scenario_catalog_lookup (const PoScenarioCatalog *self,
                            const char              *code,
                            PoItemKind              *kind,
                            gint64                  *mrr_cents)
{
  const PoScenarioCatalogItem *item;

  g_return_val_if_fail (self != NULL, FALSE);

  if (code == NULL || !(item = g_hash_table_lookup (self->items, code)))
    return FALSE;

  if (kind != NULL)
    *kind = item->kind;
  if (mrr_cents != NULL)
    *mrr_cents = item->mrr_cents;

  return TRUE;
}
