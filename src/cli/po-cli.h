/* po-cli.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "po-settings.h"
#include "po-store.h"

G_BEGIN_DECLS

/* Exit statuses of peak-one-cli (DESIGN.md §8). */
#define PO_CLI_OK         0
#define PO_CLI_BAD_INPUT  1
#define PO_CLI_USAGE      2

/* Each command parses its own options (argv[0] is the command name) and
 * returns an exit status. */
typedef int (*PoCliRun) (int argc, char **argv);

int  po_cli_parse_options (GOptionContext  *context,
                           int             *argc,
                           char          ***argv,
                           int              n_positional,
                           const char      *usage);
int  po_cli_fail          (GError          *error);
int  po_cli_parse_query   (GOptionContext  *context,
                           int             *argc,
                           char          ***argv,
                           const char      *usage,
                           char           **required,
                           const char      *missing,
                           char           **format,
                           gboolean        *json);
PoStore *po_cli_open_workspace (const char  *path,
                                PoSettings  *settings,
                                GError     **error);

int  po_cli_check   (int argc, char **argv);
int  po_cli_demo    (int argc, char **argv);
int  po_cli_metrics (int argc, char **argv);
int  po_cli_health  (int argc, char **argv);
int  po_cli_plan    (int argc, char **argv);
int  po_cli_render  (int argc, char **argv);
int  po_cli_report  (int argc, char **argv);
int  po_cli_import  (int argc, char **argv);
int  po_cli_export  (int argc, char **argv);
gboolean po_cli_parse_format (const char *format, gboolean *json);

G_END_DECLS
