/* test-ui-fixture.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "po-application.h"
#include "po-window.h"

G_BEGIN_DECLS

typedef struct
{
  char *dir;
  char *path;
} Fixture;

extern PoApplication *app;

/* Iterates the main loop until @cond holds, a bounded number of times
 * (a short timeout wakes the loop when nothing else does). */
#define WAIT_FOR(cond)                                                  \
  G_STMT_START {                                                        \
    guint wake_ = g_timeout_add (5, wake_up, NULL);                     \
    for (guint i_ = 0; i_ < 2000 && !(cond); i_++)                      \
      g_main_context_iteration (NULL, TRUE);                            \
    g_source_remove (wake_);                                            \
    g_assert_true (cond);                                               \
  } G_STMT_END

PoApplication *ui_test_init   (int    *argc,
                               char ***argv);
void           ui_test_finish (void);

/* Main loop */
gboolean          wake_up             (gpointer           data);
void              settle              (void);

/* Widget tree */
GtkWidget        *find_named          (GtkWidget         *root,
                                       const char        *name);
const char       *label_text          (GtkWidget         *root,
                                       const char        *name);
gboolean          label_is            (GtkWidget         *root,
                                       const char        *name,
                                       const char        *text);
GtkWidget        *find_type           (GtkWidget         *root,
                                       GType              type);
GtkStack         *find_main_stack     (GtkWidget         *root);
AdwMessageDialog *find_message_dialog (void);

/* A temporary folder with f->path inside, not yet created */
void              fixture_setup       (Fixture           *f,
                                       gconstpointer      data);
void              fixture_teardown    (Fixture           *f,
                                       gconstpointer      data);

/* Workspaces */
void              add_account         (PoStore           *store,
                                       const char        *key,
                                       PoSegment          segment,
                                       gint64             mrr_cents,
                                       PoDay              end_on);
void              add_track           (PoStore           *store,
                                       const char        *account_key,
                                       const char        *key,
                                       const char       **phases);
void              create_workspace    (const char        *path);
PoWindow         *open_window         (const char        *path,
                                       PoStoreOpenFlags   flags);

G_END_DECLS
