/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "peak-one"

#include "config.h"

#include <glib/gi18n.h>

#include "po-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PoApplication) app = NULL;

  po_application_start_time = g_get_monotonic_time ();

  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = po_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
