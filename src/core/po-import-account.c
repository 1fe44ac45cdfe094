/* po-import-account.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One `accounts[]` element of DESIGN.md §7: validated and written as it
 * arrives from the streaming parser, inside the import's transaction.
 */

#define G_LOG_DOMAIN "po-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "po-import-private.h"

#define MAX_QUANTITY 1000000
#define MAX_MONTHS   1200

typedef struct
{
  PoImportContext *ctx;
  gint64           account_id;
  GHashTable      *entities;    /* key → GINT64 id (boxed) */
  GHashTable      *contacts;
  GHashTable      *tracks;
  gint64           track_id;      /* of the track whose children are read */
  sqlite3_stmt    *insert_sample;
  int              plan_position;
} Account;

typedef gboolean (*ElementFunc) (Account    *a,
                                 JsonObject *object);

static gint64 *
boxed_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

/* Runs @func over the objects of the array @member, each with its path. */
static gboolean
each_element (Account     *a,
              JsonObject  *parent,
              const char  *member,
              ElementFunc  func)
{
  PoImportContext *ctx = a->ctx;
  JsonArray *array;
  gsize base;
  guint n;

  if (!_po_import_get_array (ctx, parent, member, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  base = _po_import_push_key (ctx, member);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      gsize len = _po_import_push_index (ctx, i);
      JsonObject *object = _po_import_object (ctx, json_array_get_element (array, i), NULL);

      if (object == NULL || !func (a, object))
        return FALSE;
      _po_import_pop (ctx, len);
    }
  _po_import_pop (ctx, base);
  return TRUE;
}

static gboolean
insert (Account             *a,
        const PoRecordClass *klass,
        gpointer             record,
        const char          *what)
{
  if (!po_store_insert (a->ctx->store, klass, record, NULL))
    return _po_import_fail_sqlite (a->ctx, NULL, what);
  a->ctx->result->n_rows++;
  return TRUE;
}

/* Checks that @key (the member "id") is new in @seen and records @id. */
static gboolean
claim_key (Account    *a,
           GHashTable *seen,
           const char *key)
{
  if (g_hash_table_contains (seen, key))
    return _po_import_fail (a->ctx, PO_IMPORT_ERROR_DUPLICATE, "id",
                            _("duplicate id “%s”"), key);
  return TRUE;
}

static gboolean
entity_element (Account    *a,
                JsonObject *o)
{
  static const char * const known[] = { "id", "name", NULL };
  PoEntity row = { 0 };
  const char *key = NULL, *name = "";

  _po_import_check_keys (a->ctx, o, known);
  if (!_po_import_get_string (a->ctx, o, "id", TRUE, &key) ||
      !_po_import_get_string (a->ctx, o, "name", FALSE, &name) ||
      !claim_key (a, a->entities, key))
    return FALSE;
  row.account_id = a->account_id;
  row.key = (char *) key;
  row.name = (char *) name;
  if (!insert (a, &po_entity_class, &row, _("entity")))
    return FALSE;
  g_hash_table_insert (a->entities, g_strdup (key), boxed_id (row.id));
  return TRUE;
}

static gboolean
contact_element (Account    *a,
                 JsonObject *o)
{
  static const char * const known[] = { "id", "name", "role", "left_on", NULL };
  PoContact row = { 0 };
  const char *key = NULL, *name = "";
  int role = PO_ROLE_USER;

  _po_import_check_keys (a->ctx, o, known);
  if (!_po_import_get_string (a->ctx, o, "id", TRUE, &key) ||
      !_po_import_get_string (a->ctx, o, "name", FALSE, &name) ||
      !_po_import_get_enum (a->ctx, o, "role", FALSE, &po_role_enum, &role) ||
      !_po_import_get_day (a->ctx, o, "left_on", FALSE, &row.left_on) ||
      !claim_key (a, a->contacts, key))
    return FALSE;
  row.account_id = a->account_id;
  row.key = (char *) key;
  row.name = (char *) name;
  row.role = role;
  if (!insert (a, &po_contact_class, &row, _("contact")))
    return FALSE;
  g_hash_table_insert (a->contacts, g_strdup (key), boxed_id (row.id));
  return TRUE;
}

static gboolean
subscription_element (Account    *a,
                      JsonObject *o)
{
  static const char * const known[] = { "item", "mrr_cents", "quantity", "start", "end", NULL };
  PoSubscriptionLine row = { 0 };
  const char *item = NULL;

  row.quantity = 1;
  _po_import_check_keys (a->ctx, o, known);
  if (!_po_import_get_string (a->ctx, o, "item", TRUE, &item) ||
      !_po_import_get_cents (a->ctx, o, "mrr_cents", TRUE, &row.mrr_cents) ||
      !_po_import_get_int (a->ctx, o, "quantity", FALSE, 1, MAX_QUANTITY, &row.quantity) ||
      !_po_import_get_day (a->ctx, o, "start", TRUE, &row.start_on) ||
      !_po_import_get_day (a->ctx, o, "end", FALSE, &row.end_on))
    return FALSE;
  if (row.end_on != PO_DAY_NONE && row.end_on < row.start_on)
    return _po_import_fail (a->ctx, PO_IMPORT_ERROR_INVALID, "end",
                            _("ends before its start"));
  _po_import_ref_item (a->ctx, "item", item, -1);
  row.account_id = a->account_id;
  row.item = (char *) item;
  return insert (a, &po_subscription_line_class, &row, _("subscription line"));
}

static gboolean
transition_element (Account    *a,
                    JsonObject *o)
{
  static const char * const known[] = { "on", "phase", "reason", "note", NULL };
  PoTransition row = { 0 };
  const char *phase = NULL, *reason = "", *note = "";

  _po_import_check_keys (a->ctx, o, known);
  if (!_po_import_get_day (a->ctx, o, "on", TRUE, &row.on_date) ||
      !_po_import_get_string (a->ctx, o, "phase", TRUE, &phase) ||
      !_po_import_get_string (a->ctx, o, "reason", FALSE, &reason) ||
      !_po_import_get_string (a->ctx, o, "note", FALSE, &note))
    return FALSE;
  if (!g_hash_table_contains (a->ctx->phases, phase))
    return _po_import_fail (a->ctx, PO_IMPORT_ERROR_REFERENCE, "phase",
                            _("“%s” is not a phase of the phase model “%s”"),
                            phase, a->ctx->phase_model);
  row.track_id = a->track_id;
  row.phase = (char *) phase;
  row.reason = (char *) reason;
  row.note = (char *) note;
  return insert (a, &po_transition_class, &row, _("transition"));
}

static gboolean
criterion_element (Account    *a,
                   JsonObject *o)
{
  static const char * const known[] = { "phase", "code", "done_on", NULL };
  PoTrackCriterion row = { 0 };
  const char *phase = NULL, *code = NULL;
  g_autofree char *pair = NULL;

  _po_import_check_keys (a->ctx, o, known);
  if (!_po_import_get_string (a->ctx, o, "phase", TRUE, &phase) ||
      !_po_import_get_string (a->ctx, o, "code", TRUE, &code) ||
      !_po_import_get_day (a->ctx, o, "done_on", FALSE, &row.done_on))
    return FALSE;
  if (!g_hash_table_contains (a->ctx->phases, phase))
    return _po_import_fail (a->ctx, PO_IMPORT_ERROR_REFERENCE, "phase",
                            _("“%s” is not a phase of the phase model “%s”"),
                            phase, a->ctx->phase_model);
  pair = g_strconcat (phase, "\037", code, NULL);
  if (!g_hash_table_contains (a->ctx->criteria, pair))
    return _po_import_fail (a->ctx, PO_IMPORT_ERROR_REFERENCE, "code",
                            _("“%s” is not an exit criterion of the phase “%s”"), code, phase);
  row.track_id = a->track_id;
  row.phase = (char *) phase;
  row.code = (char *) code;
  return insert (a, &po_track_criterion_class, &row, _("exit criterion"));
}

static gboolean
track_element (Account    *a,
               JsonObject *o)
{
  static const char * const known[] = { "id", "name", "entity", "transitions", "criteria", NULL };
  PoTrack row = { 0 };
  const char *key = NULL, *name = "", *entity = NULL;

  _po_import_check_keys (a->ctx, o, known);
  if (!_po_import_get_string (a->ctx, o, "id", TRUE, &key) ||
      !_po_import_get_string (a->ctx, o, "name", FALSE, &name) ||
      !_po_import_get_string (a->ctx, o, "entity", FALSE, &entity) ||
      !claim_key (a, a->tracks, key))
    return FALSE;
  if (entity != NULL)
    {
      gint64 *id = g_hash_table_lookup (a->entities, entity);

      if (id == NULL)
        return _po_import_fail (a->ctx, PO_IMPORT_ERROR_REFERENCE, "entity",
                                _("no entity “%s” in this account"), entity);
      row.entity_id = *id;
    }
  row.account_id = a->account_id;
  row.key = (char *) key;
  row.name = (char *) name;
  if (!insert (a, &po_track_class, &row, _("track")))
    return FALSE;
  g_hash_table_insert (a->tracks, g_strdup (key), boxed_id (row.id));
  a->track_id = row.id;
  return each_element (a, o, "transitions", transition_element) &&
         each_element (a, o, "criteria", criterion_element);
}

static gboolean
health_element (Account    *a,
                JsonObject *o)
{
  static const char * const known[] = { "on", "component", "value", NULL };
  PoImportContext *ctx = a->ctx;
  const char *on = NULL;
  PoDay day;
  int component = 0, value = 0;
  sqlite3_stmt *stmt;

  _po_import_check_keys (ctx, o, known);
  if (!_po_import_get_string (ctx, o, "on", TRUE, &on) ||
      !_po_import_get_enum (ctx, o, "component", TRUE, &po_component_enum, &component) ||
      !_po_import_get_int (ctx, o, "value", TRUE, 0, 100, &value))
    return FALSE;
  if (!po_day_parse (on, &day))
    return _po_import_fail (ctx, PO_IMPORT_ERROR_INVALID, "on",
                            _("“%s” is not a date that exists (expected YYYY-MM-DD)"), on);

  /* Prepared (and looked up in the store's cache) once per account. */
  if (a->insert_sample == NULL)
    a->insert_sample = _po_store_prepare (ctx->store,
                                          "INSERT INTO health_samples (account_id, component, on_date, value) "
                                          "VALUES (?, ?, ?, ?)", NULL);
  if ((stmt = a->insert_sample) == NULL)
    return _po_import_fail_sqlite (ctx, NULL, _("health sample"));
  sqlite3_bind_int64 (stmt, 1, a->account_id);
  sqlite3_bind_text (stmt, 2, po_enum_nick (&po_component_enum, component), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, on, 10, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, value);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      if ((sqlite3_extended_errcode (_po_store_get_db (ctx->store)) & 0xff) == SQLITE_CONSTRAINT)
        _po_import_fail (ctx, PO_IMPORT_ERROR_DUPLICATE, NULL,
                         _("a second “%s” sample on %s"), po_enum_nick (&po_component_enum, component), on);
      else
        _po_import_fail_sqlite (ctx, NULL, _("health sample"));
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  ctx->result->n_rows++;
  return TRUE;
}

static gboolean
touchpoint_element (Account    *a,
                    JsonObject *o)
{
  static const char * const known[] = { "on", "kind", "note", NULL };
  PoTouchpoint row = { 0 };
  const char *note = "";
  int kind = 0;

  _po_import_check_keys (a->ctx, o, known);
  if (!_po_import_get_day (a->ctx, o, "on", TRUE, &row.on_date) ||
      !_po_import_get_enum (a->ctx, o, "kind", TRUE, &po_touchpoint_enum, &kind) ||
      !_po_import_get_string (a->ctx, o, "note", FALSE, &note))
    return FALSE;
  row.account_id = a->account_id;
  row.kind = kind;
  row.note = (char *) note;
  return insert (a, &po_touchpoint_class, &row, _("touchpoint"));
}

static gboolean
nps_element (Account    *a,
             JsonObject *o)
{
  static const char * const known[] = { "on", "contact", "score", NULL };
  PoNpsResponse row = { 0 };
  const char *contact = NULL;

  _po_import_check_keys (a->ctx, o, known);
  if (!_po_import_get_day (a->ctx, o, "on", TRUE, &row.on_date) ||
      !_po_import_get_string (a->ctx, o, "contact", FALSE, &contact) ||
      !_po_import_get_int (a->ctx, o, "score", TRUE, 0, 10, &row.score))
    return FALSE;
  if (contact != NULL)
    {
      gint64 *id = g_hash_table_lookup (a->contacts, contact);

      if (id == NULL)
        return _po_import_fail (a->ctx, PO_IMPORT_ERROR_REFERENCE, "contact",
                                _("no contact “%s” in this account"), contact);
      row.contact_id = *id;
    }
  row.account_id = a->account_id;
  return insert (a, &po_nps_response_class, &row, _("NPS response"));
}

static gboolean
billing_element (Account    *a,
                 JsonObject *o)
{
  static const char * const known[] = { "on", "kind", "amount_cents", NULL };
  PoBillingEvent row = { 0 };
  int kind = 0;

  _po_import_check_keys (a->ctx, o, known);
  if (!_po_import_get_day (a->ctx, o, "on", TRUE, &row.on_date) ||
      !_po_import_get_enum (a->ctx, o, "kind", TRUE, &po_billing_enum, &kind) ||
      !_po_import_get_cents (a->ctx, o, "amount_cents", FALSE, &row.amount_cents))
    return FALSE;
  row.account_id = a->account_id;
  row.kind = kind;
  return insert (a, &po_billing_event_class, &row, _("billing event"));
}

static gboolean
task_element (Account    *a,
              JsonObject *o)
{
  static const char * const known[] = {
    "title", "due_on", "status", "origin", "playbook_step", "created_on", "done_on", "owner", NULL
  };
  PoTask row = { 0 };
  const char *title = NULL, *origin = "manual", *owner = "";
  int status = PO_TASK_OPEN;

  _po_import_check_keys (a->ctx, o, known);
  if (!_po_import_get_string (a->ctx, o, "title", TRUE, &title) ||
      !_po_import_get_day (a->ctx, o, "due_on", FALSE, &row.due_on) ||
      !_po_import_get_enum (a->ctx, o, "status", FALSE, &po_task_status_enum, &status) ||
      !_po_import_get_string (a->ctx, o, "origin", FALSE, &origin) ||
      !_po_import_get_int (a->ctx, o, "playbook_step", FALSE, 0, 1000, &row.playbook_step) ||
      !_po_import_get_day (a->ctx, o, "created_on", FALSE, &row.created_on) ||
      !_po_import_get_day (a->ctx, o, "done_on", FALSE, &row.done_on) ||
      !_po_import_get_string (a->ctx, o, "owner", FALSE, &owner))
    return FALSE;
  row.account_id = a->account_id;
  row.title = (char *) title;
  row.status = status;
  row.origin = (char *) origin;
  row.owner = (char *) owner;
  return insert (a, &po_task_class, &row, _("task"));
}

static gboolean
plan_element (Account    *a,
              JsonObject *o)
{
  static const char * const known[] = {
    "action", "item", "from_month", "to_month", "probability", "trigger", NULL
  };
  PoPlanStep row = { 0 };
  const char *item = NULL, *trigger = "";
  int action = 0;

  _po_import_check_keys (a->ctx, o, known);
  if (!_po_import_get_enum (a->ctx, o, "action", TRUE, &po_plan_action_enum, &action) ||
      !_po_import_get_string (a->ctx, o, "item", TRUE, &item) ||
      !_po_import_get_int (a->ctx, o, "from_month", TRUE, 0, MAX_MONTHS, &row.from_month))
    return FALSE;
  row.to_month = row.from_month;
  if (!_po_import_get_int (a->ctx, o, "to_month", FALSE, 0, MAX_MONTHS, &row.to_month) ||
      !_po_import_get_number (a->ctx, o, "probability", TRUE, 0.0, 1.0, &row.probability) ||
      !_po_import_get_string (a->ctx, o, "trigger", FALSE, &trigger))
    return FALSE;
  if (row.to_month < row.from_month)
    return _po_import_fail (a->ctx, PO_IMPORT_ERROR_INVALID, "to_month",
                            _("ends before its start (from_month %d)"), row.from_month);
  _po_import_ref_item (a->ctx, "item", item, action == PO_ACTION_UPGRADE ? PO_ITEM_TIER : PO_ITEM_ADDON);
  row.account_id = a->account_id;
  row.position = a->plan_position++;
  row.action = action;
  row.item = (char *) item;
  row.trigger = (char *) trigger;
  return insert (a, &po_plan_step_class, &row, _("plan step"));
}

static gboolean
import_churn (Account    *a,
              JsonObject *account)
{
  static const char * const known[] = { "on", "category", "reason", "note", NULL };
  JsonNode *node = json_object_get_member (account, "churn");
  PoChurnRecord row = { 0 };
  const char *reason = "", *note = "";
  int category = 0;
  JsonObject *o;
  gsize base;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if ((o = _po_import_object (a->ctx, node, "churn")) == NULL)
    return FALSE;
  base = _po_import_push_key (a->ctx, "churn");
  _po_import_check_keys (a->ctx, o, known);
  if (!_po_import_get_day (a->ctx, o, "on", TRUE, &row.on_date) ||
      !_po_import_get_enum (a->ctx, o, "category", TRUE, &po_churn_enum, &category) ||
      !_po_import_get_string (a->ctx, o, "reason", FALSE, &reason) ||
      !_po_import_get_string (a->ctx, o, "note", FALSE, &note))
    return FALSE;
  row.account_id = a->account_id;
  row.category = category;
  row.reason = (char *) reason;
  row.note = (char *) note;
  if (!insert (a, &po_churn_record_class, &row, _("churn record")))
    return FALSE;
  _po_import_pop (a->ctx, base);
  return TRUE;
}

static gboolean
import_tags (Account    *a,
             JsonObject *account)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *tags;
  gsize base;

  if (!_po_import_get_array (a->ctx, account, "tags", &tags))
    return FALSE;
  if (tags == NULL)
    return TRUE;
  base = _po_import_push_key (a->ctx, "tags");
  for (guint i = 0; i < json_array_get_length (tags); i++)
    {
      JsonNode *node = json_array_get_element (tags, i);
      PoAccountTag row = { 0 };
      gsize len = _po_import_push_index (a->ctx, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
          *json_node_get_string (node) == '\0')
        return _po_import_fail (a->ctx, PO_IMPORT_ERROR_INVALID, NULL,
                                _("must be a non-empty string"));
      row.tag = (char *) json_node_get_string (node);
      if (!g_hash_table_add (seen, row.tag))
        return _po_import_fail (a->ctx, PO_IMPORT_ERROR_DUPLICATE, NULL,
                                _("duplicate tag “%s”"), row.tag);
      row.account_id = a->account_id;
      if (!insert (a, &po_account_tag_class, &row, _("tag")))
        return FALSE;
      _po_import_pop (a->ctx, len);
    }
  _po_import_pop (a->ctx, base);
  return TRUE;
}

static gint64
existing_account (PoImportContext *ctx,
                  const char      *key)
{
  sqlite3_stmt *stmt = _po_store_prepare (ctx->store, "SELECT id FROM accounts WHERE key = ?", NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id;
}

static gboolean
import_fields (Account    *a,
               JsonObject *o,
               PoAccount  *row)
{
  PoImportContext *ctx = a->ctx;
  const char *name = NULL, *owner = "", *notes = "";
  int segment = 0, touch = -1, forecast = PO_FORECAST_UNKNOWN;

  if (!_po_import_get_string (ctx, o, "name", TRUE, &name) ||
      !_po_import_get_enum (ctx, o, "segment", TRUE, &po_segment_enum, &segment) ||
      !_po_import_get_enum (ctx, o, "touch", FALSE, &po_touch_enum, &touch) ||
      !_po_import_get_string (ctx, o, "owner", FALSE, &owner) ||
      !_po_import_get_day (ctx, o, "signed_on", TRUE, &row->signed_on) ||
      !_po_import_get_day (ctx, o, "renewal_on", FALSE, &row->renewal_on) ||
      !_po_import_get_enum (ctx, o, "renewal_forecast", FALSE, &po_forecast_enum, &forecast) ||
      !_po_import_get_string (ctx, o, "notes", FALSE, &notes))
    return FALSE;
  row->name = (char *) name;
  row->segment = segment;
  row->touch = touch >= 0 ? touch : (int) po_touch_default_for_segment (segment);
  row->owner = (char *) owner;
  row->renewal_forecast = forecast;
  row->notes = (char *) notes;
  return TRUE;
}

gboolean
_po_import_account (PoImportContext *ctx,
                    JsonNode        *node,
                    guint            index)
{
  static const char * const known[] = {
    "id", "name", "segment", "touch", "owner", "signed_on", "renewal_on", "renewal_forecast",
    "tags", "notes", "entities", "contacts", "subscriptions", "tracks", "health", "touchpoints",
    "nps", "billing", "churn", "tasks", "plan", NULL
  };
  Account a = { ctx, 0, NULL, NULL, NULL, 0, NULL, 0 };
  PoAccount row = { 0 };
  JsonObject *o;
  const char *key = NULL;
  const char *first;
  gint64 existing;
  gboolean skip = FALSE, ok = FALSE;
  g_autofree char *temp_key = NULL;
  gsize base = _po_import_push_key (ctx, "accounts");

  _po_import_push_index (ctx, index);
  if ((o = _po_import_object (ctx, node, NULL)) == NULL)
    return FALSE;
  _po_import_check_keys (ctx, o, known);
  if (!_po_import_get_string (ctx, o, "id", TRUE, &key))
    return FALSE;
  if ((first = g_hash_table_lookup (ctx->account_ids, key)) != NULL)
    return _po_import_fail (ctx, PO_IMPORT_ERROR_DUPLICATE, "id",
                            _("duplicate account id “%s” (first used at %s)"), key, first);
  g_hash_table_insert (ctx->account_ids, g_strdup (key), g_strdup (ctx->path->str));

  existing = ctx->fresh ? 0 : existing_account (ctx, key);
  if (existing != 0 && ctx->options->merge == PO_IMPORT_MERGE_SKIP)
    {
      /* Validated like any other, in a savepoint rolled back afterwards. */
      skip = TRUE;
      temp_key = g_strdup_printf ("%s\037skip", key);
      if (!po_store_begin (ctx->store, NULL))
        return _po_import_fail_sqlite (ctx, NULL, _("account"));
    }
  else if (existing != 0)
    {
      if (!po_store_delete_account (ctx->store, existing, NULL))
        return _po_import_fail_sqlite (ctx, NULL, _("account"));
      ctx->result->n_replaced++;
    }

  row.key = skip ? temp_key : (char *) key;
  a.entities = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  a.contacts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  a.tracks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (import_fields (&a, o, &row) &&
      insert (&a, &po_account_class, &row, _("account")))
    {
      a.account_id = row.id;
      ok = import_tags (&a, o) &&
           each_element (&a, o, "entities", entity_element) &&
           each_element (&a, o, "contacts", contact_element) &&
           each_element (&a, o, "subscriptions", subscription_element) &&
           each_element (&a, o, "tracks", track_element) &&
           each_element (&a, o, "health", health_element) &&
           each_element (&a, o, "touchpoints", touchpoint_element) &&
           each_element (&a, o, "nps", nps_element) &&
           each_element (&a, o, "billing", billing_element) &&
           import_churn (&a, o) &&
           each_element (&a, o, "tasks", task_element) &&
           each_element (&a, o, "plan", plan_element);
    }

  g_hash_table_unref (a.entities);
  g_hash_table_unref (a.contacts);
  g_hash_table_unref (a.tracks);
  if (skip)
    {
      po_store_rollback (ctx->store);
      if (ok)
        ctx->result->n_skipped++;
    }
  else if (ok)
    ctx->result->n_accounts++;
  if (ok)
    _po_import_pop (ctx, base);
  return ok;
}
