/* floor-json-parse.c — the parse floor of "import": json-glib parsing the
 * export file while consuming every account as it is finished, the way
 * DESIGN.md §9 describes, so the document never exists as a whole tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <json-glib/json-glib.h>

#include "bench-util.h"

static guint n_accounts;

static void
on_array_element (JsonParser *parser,
                  JsonArray  *array,
                  int         index,
                  gpointer    data)
{
  guint length = json_array_get_length (array);
  JsonNode *node;

  if (length == 0)
    return;
  node = json_array_get_element (array, length - 1);
  if (JSON_NODE_HOLDS_OBJECT (node) &&
      json_object_has_member (json_node_get_object (node), "signed_on"))
    {
      n_accounts++;
      json_array_remove_element (array, length - 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  gint64 start;

  if (argc != 2)
    {
      fprintf (stderr, "usage: floor-json-parse EXPORT.json\n");
      return 2;
    }
  g_signal_connect (parser, "array-element", G_CALLBACK (on_array_element), NULL);

  start = bench_now ();
  if (!json_parser_load_from_mapped_file (parser, argv[1], &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  bench_report ("json-parse", start);
  fprintf (stderr, "%u accounts\n", n_accounts);
  return 0;
}
