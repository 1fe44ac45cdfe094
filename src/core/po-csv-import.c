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

#include "po-csv-import-private.h"

#define CHUNK (64 * 1024)

static const char * const target_nicks[] = { "accounts", "subscriptions", "health" };

const char * const _po_csv_field_nicks[PO_CSV_N_FIELDS] = {
  "account", "name", "segment", "touch", "owner", "signed_on", "renewal_on", "renewal_forecast",
  "notes", "item", "mrr_cents", "quantity", "start", "end", "on", "component", "value",
};
G_STATIC_ASSERT (G_N_ELEMENTS (_po_csv_field_nicks) == PO_CSV_N_FIELDS);

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
  return _po_csv_field_nicks[field];
}

gboolean
po_csv_field_parse (const char *nick,
                    PoCsvField *field)
{
  for (guint i = 0; nick != NULL && i < PO_CSV_N_FIELDS; i++)
    if (g_str_equal (nick, _po_csv_field_nicks[i]))
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

#if HAVE_LIBCSV
static void
on_field (void   *data,
          size_t  len,
          void   *user_data)
{
  PoCsvReader *r = user_data;

  g_ptr_array_add (r->fields, g_strndup (data ? data : "", len));
}

static void
on_row (int   terminator,
        void *user_data)
{
  PoCsvReader *r = user_data;

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

gboolean
_po_csv_read (GBytes        *bytes,
          char           delimiter,
          PoCsvReader        *r,
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
  PoCsvReader       *reader;
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
  PoCsvReader reader = { 0 };
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
  if (!_po_csv_read (bytes, preview->delimiter, &reader, NULL, NULL, NULL, error))
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
  if (g_str_equal (lower, _po_csv_field_nicks[field]))
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

