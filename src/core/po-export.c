/* po-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export of the §7 document (DESIGN.md §7, §9). json-glib builds and
 * escapes one account's node at a time, which is written and dropped
 * before the next: memory stays bounded by the largest account. Key order
 * is the order of the §7 example; arrays are sorted by id or date, so an
 * export of an import of an export is byte-identical.
 */

#define G_LOG_DOMAIN "po-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "po-export.h"
#include "po-import-private.h"
#include "po-settings.h"

#define INDENT 2

/* Writing */

static gboolean
write_text (GOutputStream  *out,
            const char     *text,
            gsize           len,
            GCancellable   *cancellable,
            GError        **error)
{
  return g_output_stream_write_all (out, text, len, NULL, cancellable, error);
}

/* Shortest text that reads back as the same double: json-glib writes
 * 17 significant digits (0.8 as 0.80000000000000004). */
static void
append_shortest (GString *s,
                 double   d)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, d);
      if (g_ascii_strtod (buf, NULL) == d)
        break;
    }
  g_string_append (s, buf);
}

/* Copies json-glib's pretty output, indented by @indent more spaces after
 * each line break, with doubles shortened. Line breaks and numbers never
 * occur inside json-glib's strings (it escapes control characters). */
static void
append_generated (GString    *s,
                  const char *text,
                  guint       indent)
{
  gboolean in_string = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (in_string)
        {
          g_string_append_c (s, *p);
          if (*p == '\\' && p[1] != '\0')
            g_string_append_c (s, *++p);
          else if (*p == '"')
            in_string = FALSE;
        }
      else if (*p == '"')
        {
          in_string = TRUE;
          g_string_append_c (s, *p);
        }
      else if (*p == '{' && p[strspn (p + 1, " ") + 1] == '}')
        {
          /* json-glib writes an empty object as "{  }". */
          p += strspn (p + 1, " ") + 1;
          g_string_append (s, "{}");
        }
      else if (*p == '\n')
        {
          g_string_append_c (s, '\n');
          for (guint i = 0; i < indent; i++)
            g_string_append_c (s, ' ');
        }
      else if (*p == '-' || g_ascii_isdigit (*p))
        {
          const char *start = p;
          gboolean fraction = FALSE;

          while (p[1] != '\0' && strchr ("0123456789.eE+-", p[1]) != NULL)
            {
              p++;
              fraction |= *p == '.' || *p == 'e' || *p == 'E';
            }
          if (fraction)
            append_shortest (s, g_ascii_strtod (start, NULL));
          else
            g_string_append_len (s, start, p - start + 1);
        }
      else
        g_string_append_c (s, *p);
    }
}

gboolean
_po_export_write_node (GOutputStream  *out,
                       JsonNode       *node,
                       guint           indent,
                       GCancellable   *cancellable,
                       GError        **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  g_autoptr(GString) s = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, INDENT);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  s = g_string_sized_new (strlen (text) + strlen (text) / 8);
  append_generated (s, text, indent);
  return write_text (out, s->str, s->len, cancellable, error);
}

/* Building */

void
_po_export_add_string (JsonBuilder *b,
                       const char  *name,
                       const char  *value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_string_value (b, value != NULL ? value : "");
}

void
_po_export_add_int (JsonBuilder *b,
                    const char  *name,
                    gint64       value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

/* Whole numbers as integers: 5 %, emotion 1. */
void
_po_export_add_number (JsonBuilder *b,
                       const char  *name,
                       double       value)
{
  json_builder_set_member_name (b, name);
  if (value == floor (value) && fabs (value) < 1e15)
    json_builder_add_int_value (b, (gint64) value);
  else
    json_builder_add_double_value (b, value);
}

static void
add_day (JsonBuilder *b,
         const char  *name,
         PoDay        day)
{
  char buf[PO_DATE_BUF_SIZE];

  json_builder_set_member_name (b, name);
  if (day == PO_DAY_NONE)
    {
      json_builder_add_null_value (b);
      return;
    }
  po_day_format_buf (day, buf);
  json_builder_add_string_value (b, buf);
}

void
_po_export_add_enum (JsonBuilder      *b,
                     const char       *name,
                     const PoEnumType *type,
                     int               value)
{
  _po_export_add_string (b, name, po_enum_nick (type, value));
}

static const char *
key_of (GPtrArray *records,
        gint64     id)
{
  /* PoEntity and PoContact both start with id, account_id, key. */
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      PoEntity *e = records->pdata[i];

      if (e->id == id)
        return e->key;
    }
  return NULL;
}

/* Accounts */

static gboolean
add_health (JsonBuilder  *b,
            PoStore      *store,
            gint64        account_id,
            GError      **error)
{
  sqlite3_stmt *stmt = _po_store_prepare (store,
                                          "SELECT on_date, component, value FROM health_samples "
                                          "WHERE account_id = ? ORDER BY on_date, component", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, account_id);
  json_builder_set_member_name (b, "health");
  json_builder_begin_array (b);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      json_builder_begin_object (b);
      _po_export_add_string (b, "on", (const char *) sqlite3_column_text (stmt, 0));
      _po_export_add_string (b, "component", (const char *) sqlite3_column_text (stmt, 1));
      _po_export_add_int (b, "value", sqlite3_column_int (stmt, 2));
      json_builder_end_object (b);
    }
  sqlite3_reset (stmt);
  json_builder_end_array (b);
  if (rc != SQLITE_DONE)
    return _po_store_set_error (store, error);
  return TRUE;
}

static gboolean
add_tracks (JsonBuilder  *b,
            PoStore      *store,
            gint64        account_id,
            GPtrArray    *entities,
            GError      **error)
{
  g_autoptr(GPtrArray) tracks = po_store_list_track (store, account_id, error);

  if (tracks == NULL)
    return FALSE;
  json_builder_set_member_name (b, "tracks");
  json_builder_begin_array (b);
  for (guint i = 0; i < tracks->len; i++)
    {
      PoTrack *t = tracks->pdata[i];
      g_autoptr(GPtrArray) transitions = po_store_list_transition (store, t->id, error);
      g_autoptr(GPtrArray) criteria = NULL;

      if (transitions == NULL ||
          (criteria = po_store_list_track_criterion (store, t->id, error)) == NULL)
        return FALSE;
      json_builder_begin_object (b);
      _po_export_add_string (b, "id", t->key);
      _po_export_add_string (b, "name", t->name);
      if (t->entity_id != 0 && key_of (entities, t->entity_id) != NULL)
        _po_export_add_string (b, "entity", key_of (entities, t->entity_id));
      json_builder_set_member_name (b, "transitions");
      json_builder_begin_array (b);
      for (guint j = 0; j < transitions->len; j++)
        {
          PoTransition *tr = transitions->pdata[j];

          json_builder_begin_object (b);
          add_day (b, "on", tr->on_date);
          _po_export_add_string (b, "phase", tr->phase);
          _po_export_add_string (b, "reason", tr->reason);
          if (tr->note != NULL && *tr->note != '\0')
            _po_export_add_string (b, "note", tr->note);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_set_member_name (b, "criteria");
      json_builder_begin_array (b);
      for (guint j = 0; j < criteria->len; j++)
        {
          PoTrackCriterion *c = criteria->pdata[j];

          json_builder_begin_object (b);
          _po_export_add_string (b, "phase", c->phase);
          _po_export_add_string (b, "code", c->code);
          add_day (b, "done_on", c->done_on);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return TRUE;
}

static void
add_tasks (JsonBuilder *b,
           GPtrArray   *tasks)
{
  json_builder_set_member_name (b, "tasks");
  json_builder_begin_array (b);
  for (guint i = 0; i < tasks->len; i++)
    {
      PoTask *t = tasks->pdata[i];

      json_builder_begin_object (b);
      _po_export_add_string (b, "title", t->title);
      add_day (b, "due_on", t->due_on);
      _po_export_add_enum (b, "status", &po_task_status_enum, t->status);
      /* Beyond the §7 example, only when set. */
      if (t->origin != NULL && !g_str_equal (t->origin, "manual"))
        _po_export_add_string (b, "origin", t->origin);
      if (t->playbook_step != 0)
        _po_export_add_int (b, "playbook_step", t->playbook_step);
      if (t->created_on != PO_DAY_NONE)
        add_day (b, "created_on", t->created_on);
      if (t->done_on != PO_DAY_NONE)
        add_day (b, "done_on", t->done_on);
      if (t->owner != NULL && *t->owner != '\0')
        _po_export_add_string (b, "owner", t->owner);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static JsonNode *
account_node (PoStore    *store,
              PoAccount  *a,
              GError    **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GPtrArray) touchpoints = NULL;
  g_autoptr(GPtrArray) nps = NULL;
  g_autoptr(GPtrArray) billing = NULL;
  g_autoptr(GPtrArray) churn = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(GPtrArray) plan = NULL;

  if ((tags = po_store_list_account_tag (store, a->id, error)) == NULL ||
      (entities = po_store_list_entity (store, a->id, error)) == NULL ||
      (contacts = po_store_list_contact (store, a->id, error)) == NULL ||
      (lines = po_store_list_subscription_line (store, a->id, error)) == NULL ||
      (touchpoints = po_store_list_touchpoint (store, a->id, error)) == NULL ||
      (nps = po_store_list_nps_response (store, a->id, error)) == NULL ||
      (billing = po_store_list_billing_event (store, a->id, error)) == NULL ||
      (churn = po_store_list_churn_record (store, a->id, error)) == NULL ||
      (tasks = po_store_list_task (store, a->id, error)) == NULL ||
      (plan = po_store_list_plan_step (store, a->id, error)) == NULL)
    return NULL;

  json_builder_begin_object (b);
  _po_export_add_string (b, "id", a->key);
  _po_export_add_string (b, "name", a->name);
  _po_export_add_enum (b, "segment", &po_segment_enum, a->segment);
  _po_export_add_enum (b, "touch", &po_touch_enum, a->touch);
  _po_export_add_string (b, "owner", a->owner);
  add_day (b, "signed_on", a->signed_on);
  add_day (b, "renewal_on", a->renewal_on);
  _po_export_add_enum (b, "renewal_forecast", &po_forecast_enum, a->renewal_forecast);
  json_builder_set_member_name (b, "tags");
  json_builder_begin_array (b);
  for (guint i = 0; i < tags->len; i++)
    json_builder_add_string_value (b, ((PoAccountTag *) tags->pdata[i])->tag);
  json_builder_end_array (b);
  _po_export_add_string (b, "notes", a->notes);

  json_builder_set_member_name (b, "entities");
  json_builder_begin_array (b);
  for (guint i = 0; i < entities->len; i++)
    {
      PoEntity *e = entities->pdata[i];

      json_builder_begin_object (b);
      _po_export_add_string (b, "id", e->key);
      _po_export_add_string (b, "name", e->name);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "contacts");
  json_builder_begin_array (b);
  for (guint i = 0; i < contacts->len; i++)
    {
      PoContact *c = contacts->pdata[i];

      json_builder_begin_object (b);
      _po_export_add_string (b, "id", c->key);
      _po_export_add_string (b, "name", c->name);
      _po_export_add_enum (b, "role", &po_role_enum, c->role);
      add_day (b, "left_on", c->left_on);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "subscriptions");
  json_builder_begin_array (b);
  for (guint i = 0; i < lines->len; i++)
    {
      PoSubscriptionLine *l = lines->pdata[i];

      json_builder_begin_object (b);
      _po_export_add_string (b, "item", l->item);
      _po_export_add_int (b, "mrr_cents", l->mrr_cents);
      _po_export_add_int (b, "quantity", l->quantity);
      add_day (b, "start", l->start_on);
      add_day (b, "end", l->end_on);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  if (!add_tracks (b, store, a->id, entities, error) ||
      !add_health (b, store, a->id, error))
    return NULL;

  json_builder_set_member_name (b, "touchpoints");
  json_builder_begin_array (b);
  for (guint i = 0; i < touchpoints->len; i++)
    {
      PoTouchpoint *t = touchpoints->pdata[i];

      json_builder_begin_object (b);
      add_day (b, "on", t->on_date);
      _po_export_add_enum (b, "kind", &po_touchpoint_enum, t->kind);
      _po_export_add_string (b, "note", t->note);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "nps");
  json_builder_begin_array (b);
  for (guint i = 0; i < nps->len; i++)
    {
      PoNpsResponse *r = nps->pdata[i];
      const char *contact = key_of (contacts, r->contact_id);

      json_builder_begin_object (b);
      add_day (b, "on", r->on_date);
      json_builder_set_member_name (b, "contact");
      if (contact != NULL)
        json_builder_add_string_value (b, contact);
      else
        json_builder_add_null_value (b);
      _po_export_add_int (b, "score", r->score);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "billing");
  json_builder_begin_array (b);
  for (guint i = 0; i < billing->len; i++)
    {
      PoBillingEvent *e = billing->pdata[i];

      json_builder_begin_object (b);
      add_day (b, "on", e->on_date);
      _po_export_add_enum (b, "kind", &po_billing_enum, e->kind);
      _po_export_add_int (b, "amount_cents", e->amount_cents);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "churn");
  if (churn->len == 0)
    json_builder_add_null_value (b);
  else
    {
      PoChurnRecord *c = churn->pdata[0];

      json_builder_begin_object (b);
      add_day (b, "on", c->on_date);
      _po_export_add_enum (b, "category", &po_churn_enum, c->category);
      _po_export_add_string (b, "reason", c->reason);
      _po_export_add_string (b, "note", c->note);
      json_builder_end_object (b);
    }

  add_tasks (b, tasks);

  json_builder_set_member_name (b, "plan");
  json_builder_begin_array (b);
  for (guint i = 0; i < plan->len; i++)
    {
      PoPlanStep *s = plan->pdata[i];

      json_builder_begin_object (b);
      _po_export_add_enum (b, "action", &po_plan_action_enum, s->action);
      _po_export_add_string (b, "item", s->item);
      _po_export_add_int (b, "from_month", s->from_month);
      _po_export_add_int (b, "to_month", s->to_month);
      _po_export_add_number (b, "probability", s->probability);
      _po_export_add_string (b, "trigger", s->trigger);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static int
compare_map_keys (gconstpointer a,
                  gconstpointer b)
{
  const PoJourneyMapRecord *x = *(PoJourneyMapRecord * const *) a;
  const PoJourneyMapRecord *y = *(PoJourneyMapRecord * const *) b;

  return strcmp (x->key, y->key);
}

static JsonNode *
journey_maps_node (PoStore  *store,
                   GError  **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(GPtrArray) maps = po_store_list_journey_map_record (store, 0, error);

  if (maps == NULL)
    return NULL;
  g_ptr_array_sort (maps, compare_map_keys);
  json_builder_begin_array (b);
  for (guint i = 0; i < maps->len; i++)
    {
      JsonNode *node = _po_export_journey_map (store, maps->pdata[i], error);

      if (node == NULL)
        return NULL;
      json_builder_add_value (b, node);
    }
  json_builder_end_array (b);
  return json_builder_get_root (b);
}

/* Document */

static char *
timestamp (const PoExportOptions *options)
{
  const char *env = g_getenv ("PO_EXPORT_TIMESTAMP");
  g_autoptr(GDateTime) now = NULL;

  if (options != NULL && options->exported_at != NULL)
    return g_strdup (options->exported_at);
  if (env != NULL && *env != '\0')
    return g_strdup (env);
  now = g_date_time_new_now_utc ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static gboolean
write_member (GOutputStream  *out,
              const char     *name,
              JsonNode       *node,
              gboolean        last,
              GCancellable   *cancellable,
              GError        **error)
{
  g_autofree char *head = g_strdup_printf ("  \"%s\" : ", name);

  if (node == NULL)
    return FALSE;
  return write_text (out, head, strlen (head), cancellable, error) &&
         _po_export_write_node (out, node, INDENT, cancellable, error) &&
         write_text (out, last ? "\n" : ",\n", last ? 1 : 2, cancellable, error);
}

static gboolean
write_accounts (PoStore                *store,
                GOutputStream          *out,
                const PoExportOptions  *options,
                GCancellable           *cancellable,
                GError                **error)
{
  sqlite3_stmt *stmt;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  stmt = _po_store_prepare (store, "SELECT id FROM accounts ORDER BY key", error);
  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  if (ids->len == 0)
    return write_text (out, "  \"accounts\" : [],\n", 19, cancellable, error);
  if (!write_text (out, "  \"accounts\" : [\n", 17, cancellable, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(PoAccount) account = NULL;
      g_autoptr(JsonNode) node = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      account = po_store_get_account (store, g_array_index (ids, gint64, i), error);
      if (account == NULL || (node = account_node (store, account, error)) == NULL)
        return FALSE;
      if (!write_text (out, "    ", 4, cancellable, error) ||
          !_po_export_write_node (out, node, 2 * INDENT, cancellable, error) ||
          !write_text (out, i + 1 < ids->len ? ",\n" : "\n", i + 1 < ids->len ? 2 : 1,
                       cancellable, error))
        return FALSE;
      if (options != NULL && options->progress != NULL)
        options->progress (0.05 + 0.9 * (i + 1) / ids->len, options->progress_data);
    }
  return write_text (out, "  ],\n", 5, cancellable, error);
}

gboolean
po_export_to_stream (PoStore                *store,
                     GOutputStream          *out,
                     const PoExportOptions  *options,
                     GCancellable           *cancellable,
                     GError                **error)
{
  g_autofree char *stamp = timestamp (options);
  g_autoptr(JsonNode) format = json_node_init_string (json_node_alloc (), "peak-one-workspace");
  g_autoptr(JsonNode) version = json_node_init_int (json_node_alloc (), 1);
  g_autoptr(JsonNode) exported_at = json_node_init_string (json_node_alloc (), stamp);
  g_autoptr(JsonNode) settings = NULL;
  g_autoptr(JsonNode) catalog = NULL;
  g_autoptr(JsonNode) scenarios = NULL;
  g_autoptr(JsonNode) maps = NULL;

  g_return_val_if_fail (PO_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options != NULL && options->progress != NULL)
    options->progress (0.0, options->progress_data);

  if (!write_text (out, "{\n", 2, cancellable, error) ||
      !write_member (out, "format", format, FALSE, cancellable, error) ||
      !write_member (out, "version", version, FALSE, cancellable, error) ||
      !write_member (out, "exported_at", exported_at, FALSE, cancellable, error) ||
      !write_member (out, "settings", settings = _po_export_settings_node (store, error), FALSE, cancellable, error) ||
      !write_member (out, "catalog", catalog = _po_export_catalog_node (store, error), FALSE, cancellable, error) ||
      !write_accounts (store, out, options, cancellable, error) ||
      !write_member (out, "scenarios", scenarios = _po_export_scenarios_node (store, error), FALSE, cancellable, error) ||
      !write_member (out, "journey_maps", maps = journey_maps_node (store, error), TRUE, cancellable, error) ||
      !write_text (out, "}\n", 2, cancellable, error))
    return FALSE;

  if (options != NULL && options->progress != NULL)
    options->progress (1.0, options->progress_data);
  return TRUE;
}

gboolean
po_export_to_file (PoStore                *store,
                   const char             *path,
                   const PoExportOptions  *options,
                   GCancellable           *cancellable,
                   GError                **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GOutputStream) buffered = NULL;
  g_autoptr(GCancellable) abort = NULL;

  g_return_val_if_fail (PO_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* g_file_replace() writes a temporary file, renamed over @path on a
   * successful close only. */
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (stream == NULL)
    return FALSE;
  buffered = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (stream), 256 * 1024);
  g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (buffered), FALSE);
  if (po_export_to_stream (store, buffered, options, cancellable, error) &&
      g_output_stream_close (buffered, cancellable, error) &&
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error))
    return TRUE;

  abort = g_cancellable_new ();
  g_cancellable_cancel (abort);
  g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);
  return FALSE;
}
