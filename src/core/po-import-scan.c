/* po-import-scan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small state machine over the raw bytes, run before json-glib sees
 * them. json-glib's parser recurses once per nesting level and keeps
 * every string it reads, so limits are enforced here first: nesting
 * depth, string length, and strict JSON lexemes (no comments, no bare
 * words), which also keeps this scanner's view of the document identical
 * to the parser's. On the way it records the root object's members (so
 * the header can be read before the accounts stream past) and the order
 * of the arrays that are not inside another array (so the streaming
 * handler knows which array an element belongs to).
 *
 * The same lexing serves _po_import_locate(), which finds the line and
 * column of a JSON path for error messages, only when something failed.
 */

#define G_LOG_DOMAIN "po-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "po-import-private.h"

#define MAX_NUMBER_LENGTH 64

typedef struct
{
  const char      *data;
  gsize            len;
  gsize            max_string;
  guint64          line;
  gsize            line_start;
  PoImportProblem *problem;
  int              code;          /* PoImportError of the failure */
} Lexer;

/* Line and column (1-based, in characters) of @at on the current line. */
static void
lex_position (Lexer *lx,
              gsize  at,
              guint *line,
              guint *column)
{
  guint c = 1;

  for (gsize i = lx->line_start; i < at && i < lx->len; i++)
    if (((guchar) lx->data[i] & 0xC0) != 0x80)
      c++;
  *line = (guint) MIN (lx->line, G_MAXUINT);
  *column = c;
}

static gboolean
lex_fail (Lexer      *lx,
          gsize       at,
          const char *message)
{
  if (lx->problem != NULL)
    {
      lex_position (lx, at, &lx->problem->line, &lx->problem->column);
      g_free (lx->problem->message);
      lx->problem->message = g_strdup (message);
    }
  return FALSE;
}

static inline gsize
skip_space (Lexer *lx,
            gsize  i)
{
  while (i < lx->len)
    {
      char c = lx->data[i];

      if (c == '\n')
        {
          lx->line++;
          lx->line_start = i + 1;
        }
      else if (c != ' ' && c != '\t' && c != '\r')
        break;
      i++;
    }
  return i;
}

static inline int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* @i is at the opening quote; returns the index after the closing one, or
 * 0 on error. *escaped tells whether the string holds a backslash. */
static gsize
lex_string (Lexer    *lx,
            gsize     i,
            gboolean *escaped)
{
  gsize start = i++;

  *escaped = FALSE;
  while (i < lx->len)
    {
      guchar c = (guchar) lx->data[i];

      if (c == '"')
        {
          if (i - start - 1 > lx->max_string)
            {
              lx->code = PO_IMPORT_ERROR_LIMIT;
              return lex_fail (lx, start, _("string longer than the limit")), 0;
            }
          return i + 1;
        }
      if (c < 0x20)
        return lex_fail (lx, i, _("control character inside a string")), 0;
      if (c == '\\')
        {
          *escaped = TRUE;
          if (i + 1 >= lx->len)
            break;
          switch (lx->data[i + 1])
            {
            case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
              i += 2;
              continue;
            case 'u':
              if (i + 5 < lx->len && hex_value (lx->data[i + 2]) >= 0 &&
                  hex_value (lx->data[i + 3]) >= 0 && hex_value (lx->data[i + 4]) >= 0 &&
                  hex_value (lx->data[i + 5]) >= 0)
                {
                  i += 6;
                  continue;
                }
              return lex_fail (lx, i, _("invalid \\u escape in a string")), 0;
            default:
              return lex_fail (lx, i, _("invalid escape in a string")), 0;
            }
        }
      i++;
    }
  return lex_fail (lx, start, _("string not terminated")), 0;
}

/* Decodes the string between the quotes at [start, end). */
static char *
decode_string (const char *data,
               gsize       start,
               gsize       end,
               gboolean    escaped)
{
  GString *s;

  if (!escaped)
    return g_strndup (data + start + 1, end - start - 2);

  s = g_string_sized_new (end - start);
  for (gsize i = start + 1; i < end - 1; i++)
    {
      gunichar u;

      if (data[i] != '\\')
        {
          g_string_append_c (s, data[i]);
          continue;
        }
      i++;
      switch (data[i])
        {
        case 'b': g_string_append_c (s, '\b'); break;
        case 'f': g_string_append_c (s, '\f'); break;
        case 'n': g_string_append_c (s, '\n'); break;
        case 'r': g_string_append_c (s, '\r'); break;
        case 't': g_string_append_c (s, '\t'); break;
        case 'u':
          u = (hex_value (data[i + 1]) << 12) | (hex_value (data[i + 2]) << 8) |
              (hex_value (data[i + 3]) << 4) | hex_value (data[i + 4]);
          i += 4;
          if (u >= 0xD800 && u < 0xDC00 && i + 6 < end && data[i + 1] == '\\' && data[i + 2] == 'u')
            {
              gunichar lo = (hex_value (data[i + 3]) << 12) | (hex_value (data[i + 4]) << 8) |
                            (hex_value (data[i + 5]) << 4) | hex_value (data[i + 6]);

              if (lo >= 0xDC00 && lo < 0xE000)
                {
                  u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                  i += 6;
                }
            }
          if (u == 0 || (u >= 0xD800 && u < 0xE000))
            u = 0xFFFD;
          g_string_append_unichar (s, u);
          break;
        default:
          g_string_append_c (s, data[i]);
          break;
        }
    }
  return g_string_free (s, FALSE);
}

/* Returns the index after a number, literal or string at @i, or 0. */
static gsize
lex_scalar (Lexer *lx,
            gsize  i)
{
  gsize start = i;
  gboolean escaped;

  switch (lx->data[i])
    {
    case '"':
      return lex_string (lx, i, &escaped);
    case 't':
      if (lx->len - i >= 4 && memcmp (lx->data + i, "true", 4) == 0)
        return i + 4;
      break;
    case 'f':
      if (lx->len - i >= 5 && memcmp (lx->data + i, "false", 5) == 0)
        return i + 5;
      break;
    case 'n':
      if (lx->len - i >= 4 && memcmp (lx->data + i, "null", 4) == 0)
        return i + 4;
      break;
    default:
      if (lx->data[i] == '-')
        i++;
      if (i < lx->len && lx->data[i] == '0')
        i++;
      else if (i < lx->len && lx->data[i] >= '1' && lx->data[i] <= '9')
        while (i < lx->len && g_ascii_isdigit (lx->data[i]))
          i++;
      else
        break;
      if (i < lx->len && lx->data[i] == '.')
        {
          i++;
          if (i >= lx->len || !g_ascii_isdigit (lx->data[i]))
            break;
          while (i < lx->len && g_ascii_isdigit (lx->data[i]))
            i++;
        }
      if (i < lx->len && (lx->data[i] == 'e' || lx->data[i] == 'E'))
        {
          i++;
          if (i < lx->len && (lx->data[i] == '+' || lx->data[i] == '-'))
            i++;
          if (i >= lx->len || !g_ascii_isdigit (lx->data[i]))
            break;
          while (i < lx->len && g_ascii_isdigit (lx->data[i]))
            i++;
        }
      if (i - start > MAX_NUMBER_LENGTH)
        return lex_fail (lx, start, _("number too long")), 0;
      return i;
    }
  return lex_fail (lx, start, _("unexpected character; expected a JSON value")), 0;
}

void
_po_import_position (const char *data,
                     gsize       len,
                     gsize       offset,
                     guint      *line,
                     guint      *column)
{
  guint l = 1, c = 1;

  for (gsize i = 0; i < offset && i < len; i++)
    {
      if (data[i] == '\n')
        {
          l++;
          c = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        c++;
    }
  *line = l;
  *column = c;
}

static void
member_free (gpointer data)
{
  PoScanMember *m = data;

  g_free (m->name);
  g_free (m);
}

void
_po_import_scan_clear (PoScan *scan)
{
  g_clear_pointer (&scan->members, g_ptr_array_unref);
  g_clear_pointer (&scan->outer_arrays, g_ptr_array_unref);
}

typedef enum
{
  EXPECT_VALUE,          /* a value (root, after a colon, in an array after a comma) */
  EXPECT_VALUE_OR_END,   /* first element of an array */
  EXPECT_KEY,            /* after a comma in an object */
  EXPECT_KEY_OR_END,     /* first member of an object */
  EXPECT_COLON,
  EXPECT_COMMA_OR_END,
  EXPECT_EOF,
} State;

static gboolean
scan_document (Lexer  *lx,
               guint   max_depth,
               PoScan *scan)
{
  const char *data = lx->data;
  gsize len = lx->len;
  g_autofree char *frames = g_malloc (max_depth + 1);
  /* Object keys from the root down to the innermost open array-free chain. */
  g_autoptr(GString) outer_path = g_string_new (NULL);
  g_autofree gsize *outer_len = g_new0 (gsize, max_depth + 2);
  PoScanMember *member = NULL;
  guint depth = 0, arrays_open = 0;
  State state = EXPECT_VALUE;
  gsize i = 0;

  memset (scan, 0, sizeof *scan);
  scan->members = g_ptr_array_new_with_free_func (member_free);
  scan->outer_arrays = g_ptr_array_new_with_free_func (g_free);

  for (;;)
    {
      char c;

      i = skip_space (lx, i);
      if (i >= len)
        break;
      c = data[i];

      switch (state)
        {
        case EXPECT_KEY:
        case EXPECT_KEY_OR_END:
          if (c == '}' && state == EXPECT_KEY_OR_END)
            goto close;
          if (c != '"')
            return lex_fail (lx, i, _("expected a quoted member name"));
          {
            gboolean escaped;
            gsize end = lex_string (lx, i, &escaped);

            if (end == 0)
              return FALSE;
            if (depth == 1)
              {
                member = g_new0 (PoScanMember, 1);
                member->name = decode_string (data, i, end, escaped);
                lex_position (lx, i, &member->line, &member->column);
                for (guint m = 0; m < scan->members->len; m++)
                  if (g_str_equal (((PoScanMember *) scan->members->pdata[m])->name, member->name))
                    {
                      g_autofree char *msg = g_strdup_printf (_("duplicate member “%s”"), member->name);
                      member_free (member);
                      return lex_fail (lx, i, msg);
                    }
                g_ptr_array_add (scan->members, member);
              }
            if (arrays_open == 0)
              {
                g_autofree char *key = decode_string (data, i, end, escaped);

                g_string_truncate (outer_path, outer_len[depth]);
                g_string_append_printf (outer_path, "%s%s", depth > 1 ? "." : "", key);
              }
            i = end;
            state = EXPECT_COLON;
          }
          continue;

        case EXPECT_COLON:
          if (c != ':')
            return lex_fail (lx, i, _("expected “:” after the member name"));
          i++;
          state = EXPECT_VALUE;
          continue;

        case EXPECT_COMMA_OR_END:
          if (c == ',')
            {
              i++;
              state = frames[depth - 1] == '{' ? EXPECT_KEY : EXPECT_VALUE;
              continue;
            }
          if ((c == '}' && frames[depth - 1] == '{') || (c == ']' && frames[depth - 1] == '['))
            goto close;
          return lex_fail (lx, i, frames[depth - 1] == '{' ? _("expected “,” or “}”")
                                                             : _("expected “,” or “]”"));

        case EXPECT_EOF:
          return lex_fail (lx, i, _("unexpected data after the end of the document"));

        case EXPECT_VALUE_OR_END:
          if (c == ']')
            goto close;
          G_GNUC_FALLTHROUGH;
        case EXPECT_VALUE:
        default:
          if (depth == 1 && member != NULL)
            {
              member->start = i;
              member->kind = (c == '{' || c == '[' || c == '"') ? c : 'v';
            }
          if (c == '{' || c == '[')
            {
              if (depth >= max_depth)
                {
                  g_autofree char *msg =
                    g_strdup_printf (_("nested deeper than the limit of %u levels"), max_depth);
                  lx->code = PO_IMPORT_ERROR_LIMIT;
                  return lex_fail (lx, i, msg);
                }
              if (depth == 0)
                scan->root_is_object = c == '{';
              if (c == '[')
                {
                  if (arrays_open == 0)
                    g_ptr_array_add (scan->outer_arrays, g_strdup (outer_path->str));
                  arrays_open++;
                }
              frames[depth++] = c;
              outer_len[depth] = outer_path->len;
              i++;
              state = c == '{' ? EXPECT_KEY_OR_END : EXPECT_VALUE_OR_END;
              continue;
            }
          {
            gsize end = lex_scalar (lx, i);

            if (end == 0)
              return FALSE;
            i = end;
            if (depth == 1 && member != NULL)
              {
                member->end = i;
                member = NULL;
              }
            state = depth == 0 ? EXPECT_EOF : EXPECT_COMMA_OR_END;
          }
          continue;
        }

    close:
      if (frames[depth - 1] == '[')
        arrays_open--;
      depth--;
      i++;
      if (arrays_open == 0)
        g_string_truncate (outer_path, outer_len[depth]);
      if (depth == 1 && member != NULL)
        {
          member->end = i;
          member = NULL;
        }
      state = depth == 0 ? EXPECT_EOF : EXPECT_COMMA_OR_END;
    }

  if (state != EXPECT_EOF)
    return lex_fail (lx, len, _("unexpected end of the document"));
  scan->n_lines = lx->line;
  return TRUE;
}

gboolean
_po_import_scan (const char       *data,
                 gsize             len,
                 guint             max_depth,
                 gsize             max_string_length,
                 PoScan           *scan,
                 PoImportProblem  *problem,
                 int              *code)
{
  Lexer lx = { data, len, max_string_length, 1, 0, problem, PO_IMPORT_ERROR_SYNTAX };

  if (!scan_document (&lx, max_depth, scan))
    {
      *code = lx.code;
      return FALSE;
    }
  return TRUE;
}

/* Locating paths */

typedef struct
{
  Lexer       lx;
  GHashTable *wanted;
  GHashTable *prefixes;
  GString    *path;
  guint       found;
} Locator;

static gsize
skip_value (Locator *lo,
            gsize    i)
{
  Lexer *lx = &lo->lx;
  guint depth = 0;

  do
    {
      char c;

      i = skip_space (lx, i);
      if (i >= lx->len)
        return lx->len;
      c = lx->data[i];
      if (c == '{' || c == '[')
        {
          depth++;
          i++;
        }
      else if (c == '}' || c == ']')
        {
          depth--;
          i++;
        }
      else if (c == ',' || c == ':')
        i++;
      else
        {
          gsize end = lex_scalar (lx, i);

          if (end == 0)
            return lx->len;
          i = end;
        }
    }
  while (depth > 0);
  return i;
}

static gsize
locate_value (Locator *lo,
              gsize    i)
{
  Lexer *lx = &lo->lx;
  PoImportProblem *p;
  gsize base = lo->path->len;

  i = skip_space (lx, i);
  if (i >= lx->len)
    return i;

  p = g_hash_table_lookup (lo->wanted, lo->path->str);
  if (p != NULL && p->line == 0)
    {
      lex_position (lx, i, &p->line, &p->column);
      if (++lo->found == g_hash_table_size (lo->wanted))
        return lx->len;
    }
  if (!g_hash_table_contains (lo->prefixes, lo->path->str))
    return skip_value (lo, i);

  if (lx->data[i] == '{')
    {
      i++;
      for (;;)
        {
          gboolean escaped;
          gsize end;
          g_autofree char *key = NULL;

          i = skip_space (lx, i);
          if (i >= lx->len || lx->data[i] == '}')
            return i + 1;
          if (lx->data[i] == ',')
            {
              i++;
              continue;
            }
          end = lex_string (lx, i, &escaped);
          if (end == 0)
            return lx->len;
          key = decode_string (lx->data, i, end, escaped);
          i = skip_space (lx, end);
          if (i < lx->len && lx->data[i] == ':')
            i++;
          g_string_append_printf (lo->path, "%s%s", base > 0 ? "." : "", key);
          i = locate_value (lo, i);
          g_string_truncate (lo->path, base);
          if (i >= lx->len)
            return i;
        }
    }
  if (lx->data[i] == '[')
    {
      guint index = 0;

      i++;
      for (;;)
        {
          i = skip_space (lx, i);
          if (i >= lx->len || lx->data[i] == ']')
            return i + 1;
          if (lx->data[i] == ',')
            {
              i++;
              continue;
            }
          g_string_append_printf (lo->path, "[%u]", index++);
          i = locate_value (lo, i);
          g_string_truncate (lo->path, base);
          if (i >= lx->len)
            return i;
        }
    }
  return skip_value (lo, i);
}

void
_po_import_locate (const char *data,
                   gsize       len,
                   GHashTable *wanted)
{
  Locator lo = { { data, len, G_MAXSIZE, 1, 0, NULL, 0 }, wanted, NULL, NULL, 0 };
  GHashTableIter iter;
  const char *path;

  if (g_hash_table_size (wanted) == 0)
    return;

  /* Only descend into values on the way to a wanted path. */
  lo.prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, wanted);
  while (g_hash_table_iter_next (&iter, (gpointer *) &path, NULL))
    for (gsize n = 0; path[n] != '\0'; n++)
      if (path[n] == '.' || path[n] == '[')
        g_hash_table_add (lo.prefixes, g_strndup (path, n));
  g_hash_table_add (lo.prefixes, g_strdup (""));

  lo.path = g_string_new (NULL);
  locate_value (&lo, 0);
  g_string_free (lo.path, TRUE);
  g_hash_table_unref (lo.prefixes);
}
