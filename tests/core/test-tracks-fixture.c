/* test-tracks-fixture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "test-tracks-fixture.h"

gint64
add_track (Workspace  *ws,
           gint64      account_id,
           const char *key,
           ...)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoTrack) t = po_track_new ();
  const char *on;
  va_list args;

  t->account_id = account_id;
  t->key = g_strdup (key);
  t->name = g_strdup (key);
  g_assert_true (po_store_insert_track (ws->store, t, &error));
  g_assert_no_error (error);

  va_start (args, key);
  while ((on = va_arg (args, const char *)) != NULL)
    {
      g_autoptr(PoTransition) tr = po_transition_new ();

      tr->track_id = t->id;
      tr->on_date = day (on);
      tr->phase = g_strdup (va_arg (args, const char *));
      tr->reason = g_strdup ("");
      tr->note = g_strdup ("");
      g_assert_true (po_store_insert_transition (ws->store, tr, &error));
      g_assert_no_error (error);
    }
  va_end (args);
  return t->id;
}

void
add_criterion (Workspace  *ws,
               gint64      track_id,
               const char *phase,
               const char *code,
               const char *done_on)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoTrackCriterion) c = po_track_criterion_new ();

  c->track_id = track_id;
  c->phase = g_strdup (phase);
  c->code = g_strdup (code);
  c->done_on = day (done_on);
  g_assert_true (po_store_insert_track_criterion (ws->store, c, &error));
  g_assert_no_error (error);
}

void
add_churn (Workspace  *ws,
           gint64      account_id,
           const char *on)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PoChurnRecord) r = po_churn_record_new ();

  r->account_id = account_id;
  r->on_date = day (on);
  r->category = PO_CHURN_AVOIDABLE;
  r->reason = g_strdup ("");
  r->note = g_strdup ("");
  g_assert_true (po_store_insert_churn_record (ws->store, r, &error));
  g_assert_no_error (error);
}
