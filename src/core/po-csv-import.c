/* po-csv-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CSV import with libcsv: records are handled as libcsv finishes them,
 * inside one transaction that is rolled back when any row is bad.
 */

#define G_LOG_DOMAIN "po-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#if HAVE_LIBCSV
#include <csv.h>
#endif

#include "po-csv-import.h"
#include "po-store-private.h"

#define MAX_ROW_ERRORS 100
#define CHUNK (64 * 1024)

static const char * const target_nicks[] = { "accounts", "subscriptions", "health" };

static const char * const field_nicks[] = {
  "account", "name", "segment", "touch", "owner", "signed_on", "renewal_on", "renewal_forecast",
  "notes", "item", "mrr_cents", "quantity", "start", "end", "on", "component", "value",
};
G_STATIC_ASSERT (G_N_ELEMENTS (field_nicks) == PO_CSV_N_FIELDS);

/* Header names a spreadsheet may use, lower case (besides the nicks). */
static const char * const field_aliases[PO_CSV_N_FIELDS] = {
  "id|account_id|customer|customer_id|kunde|kundennummer",
  "account_name|company|firma|kundenname",
  "segment",
  "touch_model",
  "csm|account_owner|betreuer",
  "signed|signed_date|start_date|vertragsbeginn",
  "renewal|renewal_date|verlängerung",
  "forecast",
  "note|comment|bemerkung",
  "plan|tier|product|produkt",
  "mrr|amount|betrag|price|preis",
  "qty|seats|menge|anzahl",
  "from|start_on|beginn",
  "to|end_on|ende",
  "date|day|datum",
  "metric|komponente",
  "score|wert",
};

static const PoCsvField account_fields[] = {
  PO_CSV_FIELD_ACCOUNT, PO_CSV_FIELD_NAME, PO_CSV_FIELD_SEGMENT, PO_CSV_FIELD_SIGNED_ON,
  PO_CSV_FIELD_TOUCH, PO_CSV_FIELD_OWNER, PO_CSV_FIELD_RENEWAL_ON, PO_CSV_FIELD_FORECAST,
  PO_CSV_FIELD_NOTES,
};
static const PoCsvField line_fields[] = {
  PO_CSV_FIELD_ACCOUNT, PO_CSV_FIELD_ITEM, PO_CSV_FIELD_MRR, PO_CSV_FIELD_START,
  PO_CSV_FIELD_QUANTITY, PO_CSV_FIELD_END,
};
static const PoCsvField health_fields[] = {
  PO_CSV_FIELD_ACCOUNT, PO_CSV_FIELD_ON, PO_CSV_FIELD_COMPONENT, PO_CSV_FIELD_VALUE,
};

const char *
po_csv_target_nick (PoCsvTarget target)
{
  g_return_val_if_fail (target < PO_CSV_N_TARGETS, NULL);
  return target_nicks[target];
}

gboolean
po_csv_target_parse (const char  *nick,
                     PoCsvTarget *target)
{
  for (guint i = 0; nick != NULL && i < PO_CSV_N_TARGETS; i++)
    if (g_str_equal (nick, target_nicks[i]))
      {
        *target = i;
        return TRUE;
      }
  return FALSE;
}

const char *
po_csv_field_nick (PoCsvField field)
{
  g_return_val_if_fail (field < PO_CSV_N_FIELDS, NULL);
  return field_nicks[field];
}

gboolean
po_csv_field_parse (const char *nick,
                    PoCsvField *field)
{
  for (guint i = 0; nick != NULL && i < PO_CSV_N_FIELDS; i++)
    if (g_str_equal (nick, field_nicks[i]))
      {
        *field = i;
        return TRUE;
      }
  return FALSE;
}

const PoCsvField *
po_csv_target_fields (PoCsvTarget  target,
                      guint       *n_fields,
                      guint       *n_required)
{
  switch (target)
    {
    case PO_CSV_TARGET_SUBSCRIPTIONS:
      *n_fields = G_N_ELEMENTS (line_fields);
      *n_required = 4;
      return line_fields;
    case PO_CSV_TARGET_HEALTH:
      *n_fields = G_N_ELEMENTS (health_fields);
      *n_required = 4;
      return health_fields;
    case PO_CSV_TARGET_ACCOUNTS:
    case PO_CSV_N_TARGETS:
    default:
      *n_fields = G_N_ELEMENTS (account_fields);
      *n_required = 4;
      return account_fields;
    }
}

/* Values */

gboolean
po_csv_parse_day (const char *text,
                  PoDay      *day)
{
  int d, m, y;
  char tail;

  if (text == NULL)
    return FALSE;
  if (po_day_parse (text, day))
    return TRUE;
  if (strlen (text) == 10 && text[2] == '.' && text[5] == '.' &&
      sscanf (text, "%2d.%2d.%4d%c", &d, &m, &y, &tail) == 3 &&
      y >= 1 && g_date_valid_dmy (d, m, y))
    {
      *day = po_day_from_ymd (y, m, d);
      return TRUE;
    }
  return FALSE;
}

static gboolean
all_digits (const char *s,
            gsize       n)
{
  if (n == 0)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

gboolean
po_csv_parse_cents (const char *text,
                    gint64     *cents)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  g_autofree char *s = NULL;
  const char *dec = NULL, *p;
  char thousands = 0;
  gsize int_len, frac_len = 0;
  guint64 value;

  if (text == NULL)
    return FALSE;
  s = g_strstrip (g_strdup (text));
  if (g_str_has_suffix (s, "€") || g_str_has_suffix (s, "EUR"))
    s[strlen (s) - (g_str_has_suffix (s, "€") ? strlen ("€") : 3)] = '\0';
  g_strstrip (s);
  if (*s == '\0' || *s == '-')
    return FALSE;

  /* The decimal separator is the last '.' or ',' followed by one or two
   * digits only; the other one groups thousands. */
  p = strrchr (s, ',') > strrchr (s, '.') ? strrchr (s, ',') : strrchr (s, '.');
  if (p != NULL && (strlen (p + 1) == 1 || strlen (p + 1) == 2) && all_digits (p + 1, strlen (p + 1)))
    {
      dec = p;
      frac_len = strlen (p + 1);
      thousands = *p == ',' ? '.' : ',';
    }
  int_len = dec != NULL ? (gsize) (dec - s) : strlen (s);

  for (gsize i = 0; i < int_len; i++)
    {
      if (g_ascii_isdigit (s[i]))
        g_string_append_c (digits, s[i]);
      else if ((s[i] == '.' || s[i] == ',' || s[i] == ' ') && (thousands == 0 || s[i] == thousands || s[i] == ' '))
        {
          /* A group separator: three digits follow, up to the next one. */
          gsize run = 0;

          thousands = s[i] == ' ' ? thousands : s[i];
          while (i + 1 + run < int_len && g_ascii_isdigit (s[i + 1 + run]))
            run++;
          if (run != 3 || digits->len == 0)
            return FALSE;
        }
      else
        return FALSE;
    }
  if (digits->len == 0 || digits->len > 15)
    return FALSE;
  value = g_ascii_strtoull (digits->str, NULL, 10) * 100;
  if (frac_len == 1)
    value += (guint64) (dec[1] - '0') * 10;
  else if (frac_len == 2)
    value += (guint64) (dec[1] - '0') * 10 + (guint64) (dec[2] - '0');
  *cents = (gint64) value;
  return TRUE;
}

/* Parsing */

typedef void (*RowFunc) (GPtrArray *fields,
                         guint      row,
                         gpointer   user_data);

typedef struct
{
  GPtrArray *fields;
  guint      row;
  RowFunc    func;
  gpointer   user_data;
  gboolean   stop;
} Reader;

#if HAVE_LIBCSV
static void
on_field (void   *data,
          size_t  len,
          void   *user_data)
{
  Reader *r = user_data;

  g_ptr_array_add (r->fields, g_strndup (data ? data : "", len));
}

static void
on_row (int   terminator,
        void *user_data)
{
  Reader *r = user_data;

  r->row++;
  if (!r->stop)
    r->func (r->fields, r->row, r->user_data);
  g_ptr_array_set_size (r->fields, 0);
}
#endif

static char
detect_delimiter (const char *data,
                  gsize       len)
{
  guint commas = 0, semicolons = 0;
  gboolean quoted = FALSE;

  for (gsize i = 0; i < len && (quoted || data[i] != '\n'); i++)
    {
      if (data[i] == '"')
        quoted = !quoted;
      else if (!quoted && data[i] == ',')
        commas++;
      else if (!quoted && data[i] == ';')
        semicolons++;
    }
  return semicolons > commas ? ';' : ',';
}

static gboolean
read_csv (GBytes        *bytes,
          char           delimiter,
          Reader        *r,
          GCancellable  *cancellable,
          PoProgressFunc progress,
          gpointer       progress_data,
          GError       **error)
{
#if HAVE_LIBCSV
  struct csv_parser parser;
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  gboolean ok = TRUE;

  if (csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
    {
      g_set_error_literal (error, PO_IMPORT_ERROR, PO_IMPORT_ERROR_LIMIT, _("Out of memory"));
      return FALSE;
    }
  csv_set_delim (&parser, (unsigned char) delimiter);
  r->fields = g_ptr_array_new_with_free_func (g_free);
  for (gsize done = 0; done < len && !r->stop; done += MIN (CHUNK, len - done))
    {
      gsize n = MIN (CHUNK, len - done);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          ok = FALSE;
          break;
        }
      if (csv_parse (&parser, data + done, n, on_field, on_row, r) != n)
        {
          g_set_error (error, PO_IMPORT_ERROR, PO_IMPORT_ERROR_SYNTAX, _("row %u: %s"),
                       r->row + 1, csv_strerror (csv_error (&parser)));
          ok = FALSE;
          break;
        }
      if (progress != NULL)
        progress ((double) (done + n) / len, progress_data);
    }
  if (ok && !r->stop && csv_fini (&parser, on_field, on_row, r) != 0)
    {
      g_set_error (error, PO_IMPORT_ERROR, PO_IMPORT_ERROR_SYNTAX, _("row %u: %s"),
                   r->row + 1, csv_strerror (csv_error (&parser)));
      ok = FALSE;
    }
  csv_free (&parser);
  g_clear_pointer (&r->fields, g_ptr_array_unref);
  return ok;
#else
  g_set_error_literal (error, PO_IMPORT_ERROR, PO_IMPORT_ERROR_FORMAT,
                       _("This build of Peak One cannot read CSV files (libcsv missing)"));
  return FALSE;
#endif
}

/* Preview */

static gboolean
looks_like_data (const char *text)
{
  PoDay day;
  gint64 cents;

  return po_csv_parse_day (text, &day) || po_csv_parse_cents (text, &cents);
}

static void
collect_preview (GPtrArray *fields,
                 guint      row,
                 gpointer   user_data)
{
  PoCsvPreview *preview = user_data;
  char **copy = g_new0 (char *, fields->len + 1);

  for (guint i = 0; i < fields->len; i++)
    copy[i] = g_strdup (fields->pdata[i]);
  preview->n_columns = MAX (preview->n_columns, fields->len);
  g_ptr_array_add (preview->rows, copy);
}

typedef struct
{
  PoCsvPreview *preview;
  guint         max_rows;
  Reader       *reader;
} PreviewRead;

static void
preview_row (GPtrArray *fields,
             guint      row,
             gpointer   user_data)
{
  PreviewRead *pr = user_data;

  collect_preview (fields, row, pr->preview);
  if (pr->preview->rows->len > pr->max_rows)
    pr->reader->stop = TRUE;
}

PoCsvPreview *
po_csv_preview (GBytes   *bytes,
                guint     max_rows,
                GError  **error)
{
  g_autoptr(PoCsvPreview) preview = g_new0 (PoCsvPreview, 1);
  Reader reader = { 0 };
  PreviewRead pr = { NULL, max_rows, &reader };
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  const char *end;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (data != NULL && !g_utf8_validate_len (data, len, &end))
    {
      g_autofree char *offset = g_strdup_printf ("%" G_GSIZE_FORMAT, (gsize) (end - data));

      g_set_error (error, PO_IMPORT_ERROR, PO_IMPORT_ERROR_ENCODING,
                   _("not valid UTF-8 at byte offset %s"), offset);
      return NULL;
    }
  preview->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  preview->delimiter = detect_delimiter (data ? data : "", len);
  pr.preview = preview;
  reader.func = preview_row;
  reader.user_data = &pr;
  if (!read_csv (bytes, preview->delimiter, &reader, NULL, NULL, NULL, error))
    return NULL;

  /* A header row holds no dates or amounts. */
  if (preview->rows->len > 0)
    {
      char **first = preview->rows->pdata[0];

      preview->has_header = TRUE;
      for (guint i = 0; first[i] != NULL; i++)
        if (looks_like_data (first[i]))
          preview->has_header = FALSE;
      if (preview->has_header)
        {
          preview->header = g_ptr_array_steal_index (preview->rows, 0);
        }
    }
  if (preview->rows->len > max_rows)
    g_ptr_array_set_size (preview->rows, max_rows);
  return g_steal_pointer (&preview);
}

void
po_csv_preview_free (PoCsvPreview *preview)
{
  if (preview == NULL)
    return;
  g_strfreev (preview->header);
  g_clear_pointer (&preview->rows, g_ptr_array_unref);
  g_free (preview);
}

static gboolean
name_matches (const char *header,
              PoCsvField  field)
{
  g_autofree char *lower = g_utf8_strdown (header, -1);
  g_auto(GStrv) aliases = g_strsplit (field_aliases[field], "|", -1);

  g_strstrip (lower);
  if (g_str_equal (lower, field_nicks[field]))
    return TRUE;
  return g_strv_contains ((const char * const *) aliases, lower);
}

void
po_csv_guess_mapping (const PoCsvPreview *preview,
                      PoCsvTarget         target,
                      int                 mapping[PO_CSV_N_FIELDS])
{
  guint n_fields, n_required;
  const PoCsvField *fields = po_csv_target_fields (target, &n_fields, &n_required);

  for (guint f = 0; f < PO_CSV_N_FIELDS; f++)
    mapping[f] = -1;
  if (preview->header == NULL)
    {
      /* Without a header: the fields in their documented order. */
      for (guint i = 0; i < n_fields && i < preview->n_columns; i++)
        mapping[fields[i]] = (int) i;
      return;
    }
  for (guint i = 0; i < n_fields; i++)
    for (guint c = 0; preview->header[c] != NULL; c++)
      if (name_matches (preview->header[c], fields[i]))
        {
          mapping[fields[i]] = (int) c;
          break;
        }
}

PoCsvTarget
po_csv_guess_target (const PoCsvPreview *preview)
{
  int mapping[PO_CSV_N_FIELDS];

  if (preview->header == NULL)
    return PO_CSV_TARGET_ACCOUNTS;
  po_csv_guess_mapping (preview, PO_CSV_TARGET_HEALTH, mapping);
  if (mapping[PO_CSV_FIELD_COMPONENT] >= 0)
    return PO_CSV_TARGET_HEALTH;
  po_csv_guess_mapping (preview, PO_CSV_TARGET_SUBSCRIPTIONS, mapping);
  if (mapping[PO_CSV_FIELD_ITEM] >= 0 && mapping[PO_CSV_FIELD_MRR] >= 0)
    return PO_CSV_TARGET_SUBSCRIPTIONS;
  return PO_CSV_TARGET_ACCOUNTS;
}

void
po_csv_options_init (PoCsvOptions *options)
{
  memset (options, 0, sizeof *options);
  options->has_header = -1;
  options->merge = PO_IMPORT_MERGE_REPLACE;
}

void
po_csv_row_error_free (PoCsvRowError *error)
{
  if (error == NULL)
    return;
  g_free (error->message);
  g_free (error);
}

/* Import */

typedef struct
{
  PoStore             *store;
  PoCsvTarget          target;
  const int           *mapping;
  const PoCsvOptions  *options;
  gboolean             skip_header;
  GPtrArray           *errors;
  guint                n_errors;
  guint                n_rows;
  GHashTable          *accounts;   /* key → account row id */
  GHashTable          *items;      /* code and lower-case name → code */
} Rows;

static const char *
cell (Rows       *r,
      GPtrArray  *fields,
      PoCsvField  field)
{
  int column = r->mapping[field];
  const char *text;

  if (column < 0 || (guint) column >= fields->len)
    return NULL;
  text = fields->pdata[column];
  while (*text == ' ')
    text++;
  return *text != '\0' ? text : NULL;
}

static gboolean
row_error (Rows       *r,
           guint       row,
           PoCsvField  field,
           const char *format,
           ...) G_GNUC_PRINTF (4, 5);

static gboolean
row_error (Rows       *r,
           guint       row,
           PoCsvField  field,
           const char *format,
           ...)
{
  PoCsvRowError *e;
  va_list args;

  r->n_errors++;
  if (r->errors->len >= MAX_ROW_ERRORS)
    return FALSE;
  e = g_new0 (PoCsvRowError, 1);
  e->row = row;
  e->column = field < PO_CSV_N_FIELDS && r->mapping[field] >= 0 ? (guint) r->mapping[field] + 1 : 0;
  va_start (args, format);
  e->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (r->errors, e);
  return FALSE;
}

static gboolean
required (Rows        *r,
          GPtrArray   *fields,
          guint        row,
          PoCsvField   field,
          const char **value)
{
  *value = cell (r, fields, field);
  if (*value == NULL)
    return row_error (r, row, field, _("%s is missing"), field_nicks[field]);
  return TRUE;
}

static gboolean
enum_cell (Rows             *r,
           GPtrArray        *fields,
           guint             row,
           PoCsvField        field,
           const PoEnumType *type,
           int              *value)
{
  const char *text = cell (r, fields, field);
  g_autofree char *nick = NULL;

  if (text == NULL)
    return TRUE;
  nick = g_utf8_strdown (text, -1);
  g_strdelimit (nick, " -", '_');
  if (po_enum_parse (type, nick, value))
    return TRUE;
  for (guint i = 0; i < type->n_values; i++)
    if (g_utf8_collate (text, po_enum_label (type, i)) == 0)
      {
        *value = (int) i;
        return TRUE;
      }
  {
    g_autofree char *allowed = po_enum_nicks (type);

    return row_error (r, row, field, _("“%s” is not a valid %s; allowed: %s"), text, type->name, allowed);
  }
}

static gboolean
day_cell (Rows       *r,
          GPtrArray  *fields,
          guint       row,
          PoCsvField  field,
          gboolean    needed,
          PoDay      *day)
{
  const char *text = cell (r, fields, field);

  if (text == NULL)
    return needed ? row_error (r, row, field, _("%s is missing"), field_nicks[field]) : TRUE;
  if (!po_csv_parse_day (text, day))
    return row_error (r, row, field, _("“%s” is not a date (YYYY-MM-DD or DD.MM.YYYY)"), text);
  return TRUE;
}

static gint64
account_id (Rows       *r,
            const char *key)
{
  gpointer id = g_hash_table_lookup (r->accounts, key);
  g_autoptr(PoAccount) account = NULL;

  if (id != NULL)
    return GPOINTER_TO_SIZE (id);
  account = po_store_find_account (r->store, key, NULL);
  if (account == NULL)
    return 0;
  g_hash_table_insert (r->accounts, g_strdup (key), GSIZE_TO_POINTER (account->id));
  return account->id;
}

static void
account_row (Rows      *r,
             GPtrArray *fields,
             guint      row)
{
  PoAccount a = { 0 };
  const char *key, *name;
  int segment = 0, touch = -1, forecast = PO_FORECAST_UNKNOWN;
  gint64 existing;
  gboolean ok;

  ok = required (r, fields, row, PO_CSV_FIELD_ACCOUNT, &key);
  ok = required (r, fields, row, PO_CSV_FIELD_NAME, &name) && ok;
  ok = (cell (r, fields, PO_CSV_FIELD_SEGMENT) != NULL ||
        row_error (r, row, PO_CSV_FIELD_SEGMENT, _("%s is missing"), "segment")) && ok;
  ok = enum_cell (r, fields, row, PO_CSV_FIELD_SEGMENT, &po_segment_enum, &segment) && ok;
  ok = enum_cell (r, fields, row, PO_CSV_FIELD_TOUCH, &po_touch_enum, &touch) && ok;
  ok = enum_cell (r, fields, row, PO_CSV_FIELD_FORECAST, &po_forecast_enum, &forecast) && ok;
  ok = day_cell (r, fields, row, PO_CSV_FIELD_SIGNED_ON, TRUE, &a.signed_on) && ok;
  ok = day_cell (r, fields, row, PO_CSV_FIELD_RENEWAL_ON, FALSE, &a.renewal_on) && ok;
  if (!ok)
    return;

  existing = account_id (r, key);
  if (existing != 0 && r->options->merge == PO_IMPORT_MERGE_SKIP)
    return;
  a.id = existing;
  a.key = (char *) key;
  a.name = (char *) name;
  a.segment = segment;
  a.touch = touch >= 0 ? touch : (int) po_touch_default_for_segment (segment);
  a.owner = (char *) (cell (r, fields, PO_CSV_FIELD_OWNER) ? cell (r, fields, PO_CSV_FIELD_OWNER) : "");
  a.renewal_forecast = forecast;
  a.notes = (char *) (cell (r, fields, PO_CSV_FIELD_NOTES) ? cell (r, fields, PO_CSV_FIELD_NOTES) : "");
  if (existing != 0 ? !po_store_update_account (r->store, &a, NULL)
                    : !po_store_insert_account (r->store, &a, NULL))
    {
      row_error (r, row, PO_CSV_N_FIELDS, _("cannot be written: %s"),
                 sqlite3_errmsg (_po_store_get_db (r->store)));
      return;
    }
  g_hash_table_insert (r->accounts, g_strdup (key), GSIZE_TO_POINTER (a.id));
  r->n_rows++;
}

static void
line_row (Rows      *r,
          GPtrArray *fields,
          guint      row)
{
  PoSubscriptionLine l = { 0 };
  const char *key, *item, *mrr, *quantity = cell (r, fields, PO_CSV_FIELD_QUANTITY);
  g_autofree char *lower = NULL;
  gboolean ok;

  ok = required (r, fields, row, PO_CSV_FIELD_ACCOUNT, &key);
  ok = required (r, fields, row, PO_CSV_FIELD_ITEM, &item) && ok;
  ok = required (r, fields, row, PO_CSV_FIELD_MRR, &mrr) && ok;
  ok = day_cell (r, fields, row, PO_CSV_FIELD_START, TRUE, &l.start_on) && ok;
  ok = day_cell (r, fields, row, PO_CSV_FIELD_END, FALSE, &l.end_on) && ok;
  if (mrr != NULL && !po_csv_parse_cents (mrr, &l.mrr_cents))
    ok = row_error (r, row, PO_CSV_FIELD_MRR, _("“%s” is not an amount of money"), mrr);
  l.quantity = 1;
  if (quantity != NULL)
    {
      guint64 q;

      if (!g_ascii_string_to_unsigned (quantity, 10, 1, 1000000, &q, NULL))
        ok = row_error (r, row, PO_CSV_FIELD_QUANTITY, _("“%s” is not a quantity"), quantity);
      l.quantity = (int) q;
    }
  if (ok && l.end_on != PO_DAY_NONE && l.end_on < l.start_on)
    ok = row_error (r, row, PO_CSV_FIELD_END, _("ends before its start"));
  if (key != NULL && (l.account_id = account_id (r, key)) == 0)
    ok = row_error (r, row, PO_CSV_FIELD_ACCOUNT, _("no account “%s” in the workspace"), key);
  if (item != NULL)
    {
      lower = g_utf8_strdown (item, -1);
      l.item = g_hash_table_lookup (r->items, item);
      if (l.item == NULL)
        l.item = g_hash_table_lookup (r->items, lower);
      if (l.item == NULL)
        ok = row_error (r, row, PO_CSV_FIELD_ITEM, _("“%s” is not in the catalog"), item);
    }
  if (!ok)
    return;
  if (!po_store_insert_subscription_line (r->store, &l, NULL))
    {
      row_error (r, row, PO_CSV_N_FIELDS, _("cannot be written: %s"),
                 sqlite3_errmsg (_po_store_get_db (r->store)));
      return;
    }
  r->n_rows++;
}

static void
health_row (Rows      *r,
            GPtrArray *fields,
            guint      row)
{
  PoHealthSample s = { 0 };
  const char *key, *value;
  int component = 0;
  gint64 v = -1;
  sqlite3_stmt *stmt;
  gboolean ok;

  ok = required (r, fields, row, PO_CSV_FIELD_ACCOUNT, &key);
  ok = day_cell (r, fields, row, PO_CSV_FIELD_ON, TRUE, &s.on_date) && ok;
  ok = (cell (r, fields, PO_CSV_FIELD_COMPONENT) != NULL ||
        row_error (r, row, PO_CSV_FIELD_COMPONENT, _("%s is missing"), "component")) && ok;
  ok = enum_cell (r, fields, row, PO_CSV_FIELD_COMPONENT, &po_component_enum, &component) && ok;
  ok = required (r, fields, row, PO_CSV_FIELD_VALUE, &value) && ok;
  if (value != NULL && (!g_ascii_string_to_signed (value, 10, 0, 100, &v, NULL)))
    ok = row_error (r, row, PO_CSV_FIELD_VALUE, _("“%s” is not a whole number 0…100"), value);
  if (key != NULL && (s.account_id = account_id (r, key)) == 0)
    ok = row_error (r, row, PO_CSV_FIELD_ACCOUNT, _("no account “%s” in the workspace"), key);
  if (!ok)
    return;

  stmt = _po_store_prepare (r->store,
                            r->options->merge == PO_IMPORT_MERGE_SKIP
                            ? "INSERT OR IGNORE INTO health_samples (account_id, component, on_date, value) VALUES (?, ?, ?, ?)"
                            : "INSERT OR REPLACE INTO health_samples (account_id, component, on_date, value) VALUES (?, ?, ?, ?)",
                            NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, s.account_id);
  sqlite3_bind_text (stmt, 2, po_enum_nick (&po_component_enum, component), -1, SQLITE_STATIC);
  _po_store_bind_day (stmt, 3, s.on_date);
  sqlite3_bind_int (stmt, 4, (int) v);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    row_error (r, row, PO_CSV_N_FIELDS, _("cannot be written: %s"),
               sqlite3_errmsg (_po_store_get_db (r->store)));
  else
    r->n_rows++;
  sqlite3_reset (stmt);
}

static void
import_row (GPtrArray *fields,
            guint      row,
            gpointer   user_data)
{
  Rows *r = user_data;

  if (row == 1 && r->skip_header)
    return;
  if (fields->len == 1 && *(const char *) fields->pdata[0] == '\0')
    return;   /* an empty line */
  switch (r->target)
    {
    case PO_CSV_TARGET_SUBSCRIPTIONS:
      line_row (r, fields, row);
      break;
    case PO_CSV_TARGET_HEALTH:
      health_row (r, fields, row);
      break;
    case PO_CSV_TARGET_ACCOUNTS:
    case PO_CSV_N_TARGETS:
    default:
      account_row (r, fields, row);
      break;
    }
}

gboolean
po_csv_import (PoStore             *store,
               GBytes              *bytes,
               const char          *display_name,
               PoCsvTarget          target,
               const int            mapping[PO_CSV_N_FIELDS],
               const PoCsvOptions  *options,
               GPtrArray          **row_errors,
               guint               *n_rows,
               GCancellable        *cancellable,
               GError             **error)
{
  PoCsvOptions defaults;
  g_autoptr(PoCsvPreview) preview = NULL;
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) po_csv_row_error_free);
  g_autoptr(GPtrArray) items = NULL;
  Rows r = { 0 };
  Reader reader = { 0 };
  guint n_fields, n_required;
  const PoCsvField *fields = po_csv_target_fields (target, &n_fields, &n_required);
  const char *name = display_name ? display_name : "<data>";
  gboolean ok = FALSE;

  g_return_val_if_fail (PO_IS_STORE (store), FALSE);
  g_return_val_if_fail (bytes != NULL && mapping != NULL, FALSE);

  if (options == NULL)
    {
      po_csv_options_init (&defaults);
      options = &defaults;
    }
  for (guint i = 0; i < n_required; i++)
    if (mapping[fields[i]] < 0)
      {
        g_set_error (error, PO_IMPORT_ERROR, PO_IMPORT_ERROR_FORMAT,
                     _("%s: no column for the required field “%s”"), name, field_nicks[fields[i]]);
        return FALSE;
      }
  if ((preview = po_csv_preview (bytes, 1, error)) == NULL)
    {
      g_prefix_error (error, "%s: ", name);
      return FALSE;
    }

  r.store = store;
  r.target = target;
  r.mapping = mapping;
  r.options = options;
  r.skip_header = options->has_header < 0 ? preview->has_header : options->has_header != 0;
  r.errors = errors;
  r.accounts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  items = po_store_list_catalog_item (store, 0, NULL);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      PoCatalogItem *item = items->pdata[i];

      g_hash_table_insert (r.items, g_utf8_strdown (item->name, -1), g_strdup (item->code));
      g_hash_table_insert (r.items, g_strdup (item->code), g_strdup (item->code));
    }
  reader.func = import_row;
  reader.user_data = &r;

  if (!po_store_begin (store, error))
    goto out;
  ok = read_csv (bytes, options->delimiter ? options->delimiter : preview->delimiter, &reader,
                 cancellable, options->progress, options->progress_data, error);
  if (ok && r.n_errors > 0)
    {
      PoCsvRowError *first = errors->pdata[0];

      g_set_error (error, PO_IMPORT_ERROR, PO_IMPORT_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "%s: %u bad row, nothing imported; row %u, column %u: %s",
                                "%s: %u bad rows, nothing imported; first: row %u, column %u: %s", r.n_errors),
                   name, r.n_errors, first->row, first->column, first->message);
      ok = FALSE;
    }
  else if (!ok)
    g_prefix_error (error, "%s: ", name);
  if (!ok)
    po_store_rollback (store);
  else if (!po_store_commit (store, error))
    ok = FALSE;
  if (ok && n_rows != NULL)
    *n_rows = r.n_rows;
  if (row_errors != NULL)
    *row_errors = g_steal_pointer (&errors);

out:
  g_hash_table_unref (r.accounts);
  g_hash_table_unref (r.items);
  return ok;
}
