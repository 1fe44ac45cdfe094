/* po-account-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "po-account-row"

#include "config.h"

#include <string.h>

#include "po-account-row-private.h"

struct _PoAccountRow
{
  GObject           parent_instance;

  PoAccountRowData  data;
  /* Built on first use: sorting by name and searching. */
  char             *name_key;
  char             *haystack;
};

G_DEFINE_FINAL_TYPE (PoAccountRow, po_account_row, G_TYPE_OBJECT)

static const char * const empty_strv[] = { NULL };

static void
po_account_row_finalize (GObject *object)
{
  PoAccountRow *self = (PoAccountRow *) object;

  _po_account_row_data_clear (&self->data);
  g_free (self->name_key);
  g_free (self->haystack);

  G_OBJECT_CLASS (po_account_row_parent_class)->finalize (object);
}

static void
po_account_row_class_init (PoAccountRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = po_account_row_finalize;
}

static void
po_account_row_init (PoAccountRow *self)
{
}

PoAccountRow *
_po_account_row_new (PoAccountRowData *data)
{
  PoAccountRow *self = g_object_new (PO_TYPE_ACCOUNT_ROW, NULL);

  self->data = *data;
  if (self->data.key == NULL)
    self->data.key = g_strdup ("");
  if (self->data.name == NULL)
    self->data.name = g_strdup ("");
  if (self->data.owner == NULL)
    self->data.owner = g_strdup ("");
  memset (data, 0, sizeof *data);
  return self;
}

void
_po_account_row_data_copy (const PoAccountRowData *src,
                           PoAccountRowData       *dest)
{
  *dest = *src;
  dest->key = g_strdup (src->key);
  dest->name = g_strdup (src->name);
  dest->owner = g_strdup (src->owner);
  dest->phases = g_strdupv (src->phases);
  dest->tags = g_strdupv (src->tags);
}

void
_po_account_row_data_clear (PoAccountRowData *data)
{
  g_clear_pointer (&data->key, g_free);
  g_clear_pointer (&data->name, g_free);
  g_clear_pointer (&data->owner, g_free);
  g_clear_pointer (&data->phases, g_strfreev);
  g_clear_pointer (&data->tags, g_strfreev);
}

void
_po_account_row_data_clear_free (PoAccountRowData *data)
{
  _po_account_row_data_clear (data);
  g_free (data);
}

gint64
po_account_row_get_id (PoAccountRow *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), 0);
  return self->data.id;
}

const char *
po_account_row_get_key (PoAccountRow *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), NULL);
  return self->data.key;
}

const char *
po_account_row_get_name (PoAccountRow *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), NULL);
  return self->data.name;
}

PoSegment
po_account_row_get_segment (PoAccountRow *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), 0);
  return self->data.segment;
}

PoTouch
po_account_row_get_touch (PoAccountRow *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), 0);
  return self->data.touch;
}

const char *
po_account_row_get_owner (PoAccountRow *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), NULL);
  return self->data.owner;
}

PoDay
po_account_row_get_signed_on (PoAccountRow *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), PO_DAY_NONE);
  return self->data.signed_on;
}

gint64
po_account_row_get_mrr_cents (PoAccountRow *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), 0);
  return self->data.mrr_cents;
}

int
po_account_row_get_health (PoAccountRow *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), PO_HEALTH_MISSING);
  return self->data.health;
}

PoHealthBand
po_account_row_get_band (PoAccountRow *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), PO_HEALTH_BAND_NONE);
  return self->data.band;
}

gboolean
po_account_row_get_trend (PoAccountRow *self,
                          int          *trend)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), FALSE);
  if (trend != NULL)
    *trend = self->data.has_trend ? self->data.trend : 0;
  return self->data.has_trend;
}

const char * const *
po_account_row_get_phases (PoAccountRow *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), empty_strv);
  return self->data.phases != NULL ? (const char * const *) self->data.phases : empty_strv;
}

PoDay
po_account_row_get_renewal_on (PoAccountRow *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), PO_DAY_NONE);
  return self->data.renewal_on;
}

PoForecast
po_account_row_get_forecast (PoAccountRow *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), PO_FORECAST_UNKNOWN);
  return self->data.forecast;
}

guint
po_account_row_get_open_tasks (PoAccountRow *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), 0);
  return self->data.open_tasks;
}

guint
po_account_row_get_overdue_tasks (PoAccountRow *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), 0);
  return self->data.overdue_tasks;
}

const char * const *
po_account_row_get_tags (PoAccountRow *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), empty_strv);
  return self->data.tags != NULL ? (const char * const *) self->data.tags : empty_strv;
}

PoDay
po_account_row_get_churned_on (PoAccountRow *self)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), PO_DAY_NONE);
  return self->data.churned_on;
}

gboolean
po_account_row_has_phase (PoAccountRow *self,
                          const char   *phase)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), FALSE);
  return self->data.phases != NULL && phase != NULL &&
         g_strv_contains ((const char * const *) self->data.phases, phase);
}

gboolean
po_account_row_has_tag (PoAccountRow *self,
                        const char   *tag)
{
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (self), FALSE);
  return self->data.tags != NULL && tag != NULL &&
         g_strv_contains ((const char * const *) self->data.tags, tag);
}

static gboolean
strv_equal (char **a,
            char **b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || a[0] == NULL) && (b == NULL || b[0] == NULL);
  return g_strv_equal ((const char * const *) a, (const char * const *) b);
}

gboolean
po_account_row_equal (PoAccountRow *a,
                      PoAccountRow *b)
{
  const PoAccountRowData *x, *y;

  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (a) && PO_IS_ACCOUNT_ROW (b), FALSE);

  x = &a->data;
  y = &b->data;
  return x->id == y->id &&
         x->segment == y->segment &&
         x->touch == y->touch &&
         x->signed_on == y->signed_on &&
         x->mrr_cents == y->mrr_cents &&
         x->health == y->health &&
         x->band == y->band &&
         x->has_trend == y->has_trend &&
         x->trend == y->trend &&
         x->phase_rank == y->phase_rank &&
         x->renewal_on == y->renewal_on &&
         x->forecast == y->forecast &&
         x->open_tasks == y->open_tasks &&
         x->overdue_tasks == y->overdue_tasks &&
         x->churned_on == y->churned_on &&
         g_strcmp0 (x->key, y->key) == 0 &&
         g_strcmp0 (x->name, y->name) == 0 &&
         g_strcmp0 (x->owner, y->owner) == 0 &&
         strv_equal (x->phases, y->phases) &&
         strv_equal (x->tags, y->tags);
}

static const char *
get_name_key (PoAccountRow *self)
{
  if (self->name_key == NULL)
    self->name_key = g_utf8_collate_key (self->data.name, -1);
  return self->name_key;
}

static int
compare_int64 (gint64 a,
               gint64 b)
{
  return a < b ? -1 : a > b;
}

int
po_account_row_compare (PoAccountRow    *a,
                        PoAccountRow    *b,
                        PoAccountColumn  column)
{
  const PoAccountRowData *x, *y;
  int r = 0;

  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (a) && PO_IS_ACCOUNT_ROW (b), 0);

  x = &a->data;
  y = &b->data;
  switch (column)
    {
    case PO_ACCOUNT_COLUMN_NAME:
      break;
    case PO_ACCOUNT_COLUMN_SEGMENT:
      r = compare_int64 (x->segment, y->segment);
      break;
    case PO_ACCOUNT_COLUMN_TOUCH:
      r = compare_int64 (x->touch, y->touch);
      break;
    case PO_ACCOUNT_COLUMN_OWNER:
      r = g_utf8_collate (x->owner, y->owner);
      break;
    case PO_ACCOUNT_COLUMN_MRR:
      r = compare_int64 (x->mrr_cents, y->mrr_cents);
      break;
    case PO_ACCOUNT_COLUMN_HEALTH:
      r = compare_int64 (x->health, y->health);
      break;
    case PO_ACCOUNT_COLUMN_TREND:
      r = compare_int64 (x->has_trend, y->has_trend);
      if (r == 0)
        r = compare_int64 (x->trend, y->trend);
      break;
    case PO_ACCOUNT_COLUMN_PHASES:
      r = compare_int64 (x->phase_rank, y->phase_rank);
      break;
    case PO_ACCOUNT_COLUMN_RENEWAL:
      r = compare_int64 (x->renewal_on, y->renewal_on);
      break;
    case PO_ACCOUNT_COLUMN_FORECAST:
      r = compare_int64 (x->forecast, y->forecast);
      break;
    case PO_ACCOUNT_COLUMN_OPEN_TASKS:
      r = compare_int64 (x->open_tasks, y->open_tasks);
      break;
    case PO_N_ACCOUNT_COLUMNS:
    default:
      g_return_val_if_reached (0);
    }
  if (r == 0)
    r = strcmp (get_name_key (a), get_name_key (b));
  if (r == 0)
    r = compare_int64 (x->id, y->id);
  return r;
}

/* Filter */

void
po_account_filter_init (PoAccountFilter *filter)
{
  memset (filter, 0, sizeof *filter);
  filter->segment = -1;
  filter->band = -1;
}

void
po_account_filter_clear (PoAccountFilter *filter)
{
  g_clear_pointer (&filter->phase, g_free);
  g_clear_pointer (&filter->owner, g_free);
  g_clear_pointer (&filter->tag, g_free);
  g_clear_pointer (&filter->search, g_free);
  po_account_filter_init (filter);
}

void
po_account_filter_set_search (PoAccountFilter *filter,
                              const char      *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_clear_pointer (&filter->search, g_free);
  if (*stripped != '\0')
    filter->search = g_utf8_casefold (stripped, -1);
}

gboolean
po_account_filter_is_empty (const PoAccountFilter *filter)
{
  return filter->segment < 0 && filter->band < 0 && filter->phase == NULL &&
         filter->owner == NULL && filter->tag == NULL && filter->search == NULL;
}

static const char *
get_haystack (PoAccountRow *self)
{
  if (self->haystack == NULL)
    {
      g_autoptr(GString) s = g_string_new (self->data.name);
      g_autofree char *tags = NULL;

      g_string_append_c (s, '\n');
      g_string_append (s, self->data.key);
      g_string_append_c (s, '\n');
      g_string_append (s, self->data.owner);
      if (self->data.tags != NULL)
        {
          tags = g_strjoinv ("\n", self->data.tags);
          g_string_append_c (s, '\n');
          g_string_append (s, tags);
        }
      self->haystack = g_utf8_casefold (s->str, s->len);
    }
  return self->haystack;
}

static gboolean
search_matches (const char   *search,
                PoAccountRow *row)
{
  const char *haystack = get_haystack (row);
  const char *p = search;

  /* Every space-separated word must occur somewhere. */
  while (*p != '\0')
    {
      const char *end = strchr (p, ' ');
      gsize len = end != NULL ? (gsize) (end - p) : strlen (p);

      if (len > 0)
        {
          g_autofree char *word = g_strndup (p, len);

          if (strstr (haystack, word) == NULL)
            return FALSE;
        }
      if (end == NULL)
        break;
      p = end + 1;
    }
  return TRUE;
}

gboolean
po_account_filter_matches (const PoAccountFilter *filter,
                           PoAccountRow          *row)
{
  g_return_val_if_fail (filter != NULL, FALSE);
  g_return_val_if_fail (PO_IS_ACCOUNT_ROW (row), FALSE);

  if (filter->segment >= 0 && (int) row->data.segment != filter->segment)
    return FALSE;
  if (filter->band >= 0 && (int) row->data.band != filter->band)
    return FALSE;
  if (filter->phase != NULL && !po_account_row_has_phase (row, filter->phase))
    return FALSE;
  if (filter->owner != NULL && g_strcmp0 (row->data.owner, filter->owner) != 0)
    return FALSE;
  if (filter->tag != NULL && !po_account_row_has_tag (row, filter->tag))
    return FALSE;
  if (filter->search != NULL && !search_matches (filter->search, row))
    return FALSE;
  return TRUE;
}
