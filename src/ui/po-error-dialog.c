/* po-error-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Human messages for the ways opening a workspace can fail (DESIGN.md §1
 * "Storage"): each names the file, says what happened and that the file
 * was left as it was.
 */

#define G_LOG_DOMAIN "po-error-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "po-error-dialog.h"
#include "po-store.h"

/**
 * po_error_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @heading: a short summary, in title case
 * @body: what happened and what to do
 *
 * Returns: (transfer floating): an #AdwMessageDialog with a Close button
 */
GtkWidget *
po_error_dialog_new (GtkWindow  *parent,
                     const char *heading,
                     const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  return dialog;
}

/**
 * po_error_dialog_new_for_open:
 * @parent: (nullable): the window the workspace was to open in
 * @path: the file
 * @error: why po_store_open() failed
 *
 * For %PO_STORE_ERROR_LOCKED the dialog also offers
 * %PO_ERROR_DIALOG_RESPONSE_READ_ONLY.
 *
 * Returns: (transfer floating): an #AdwMessageDialog
 */
GtkWidget *
po_error_dialog_new_for_open (GtkWindow    *parent,
                              const char   *path,
                              const GError *error)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *body = NULL;
  const char *heading = _("Cannot Open Workspace");
  gboolean offer_read_only = FALSE;
  GtkWidget *dialog;

  if (error->domain != PO_STORE_ERROR)
    body = g_strdup (error->message);
  else switch ((PoStoreError) error->code)
    {
    case PO_STORE_ERROR_NOT_FOUND:
      heading = _("Workspace Not Found");
      body = g_strdup_printf (_("“%s” does not exist. It may have been moved, renamed or deleted."),
                              name);
      break;

    case PO_STORE_ERROR_NOT_SQLITE:
    case PO_STORE_ERROR_NOT_WORKSPACE:
      heading = _("Not a Peak One Workspace");
      body = g_strdup_printf (_("“%s” is not a Peak One workspace file. Workspaces "
                                "are files ending in .peakone. The file was not changed."),
                              name);
      break;

    case PO_STORE_ERROR_TOO_NEW:
      heading = _("Workspace Too New");
      body = g_strdup_printf (_("“%s” was saved by a newer version of Peak One. "
                                "Please update Peak One to open it. The file was not changed."),
                              name);
      break;

    case PO_STORE_ERROR_CORRUPT:
      heading = _("Workspace Damaged");
      body = g_strdup_printf (_("“%s” is damaged or incomplete and cannot be read. "
                                "The file was not changed; if you have a backup copy, "
                                "open that instead."), name);
      break;

    case PO_STORE_ERROR_LOCKED:
      heading = _("Workspace In Use");
      body = g_strdup_printf (_("“%s” is open in another Peak One window or process. "
                                "Close it there to make changes here, or open it "
                                "read-only to look at it."), name);
      offer_read_only = TRUE;
      break;

    case PO_STORE_ERROR_READ_ONLY:
      heading = _("Workspace Cannot Be Upgraded");
      body = g_strdup_printf (_("“%s” was saved by an older version of Peak One and must "
                                "be upgraded, but the file is read-only. Make it writable "
                                "or open a writable copy."), name);
      break;

    case PO_STORE_ERROR_EXISTS:
    case PO_STORE_ERROR_CONSTRAINT:
    case PO_STORE_ERROR_INVALID:
    case PO_STORE_ERROR_FAILED:
    default:
      body = g_strdup (error->message);
      break;
    }

  dialog = po_error_dialog_new (parent, heading, body);
  if (offer_read_only)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog),
                                       PO_ERROR_DIALOG_RESPONSE_READ_ONLY,
                                       _("Open _Read-Only"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog),
                                                  PO_ERROR_DIALOG_RESPONSE_READ_ONLY,
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog),
                                               PO_ERROR_DIALOG_RESPONSE_READ_ONLY);
    }
  return dialog;
}
