/* po-report-language.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report is written in the language the user picks, not the one of
 * the process: while it is built or a page is drawn, LANGUAGE names that
 * language (gettext then reads its catalog; "en" has none, so the English
 * source strings show), and the message catalogue cache is invalidated as
 * the GNU gettext manual describes ("Changing the language at runtime").
 *
 * glibc ignores LANGUAGE while LC_MESSAGES is the plain "C" locale, so the
 * calling thread then uses C.UTF-8 for its messages (uselocale(), per
 * thread). LANGUAGE itself is process-wide (set with the C library's
 * setenv(), not g_setenv(), which would log a debug line per switch): a recursive lock serialises
 * the report's own switches; other threads that translate a string in
 * that moment may see the report's language.
 */

#define G_LOG_DOMAIN "po-report"

#include "config.h"

#include <glib.h>
#include <libintl.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "po-report-private.h"

#ifdef __GLIBC__
extern int _nl_msg_cat_cntr;
#endif

typedef struct
{
  char     *old_language;
  gboolean  had_language;
  gboolean  switched;
  locale_t  locale;
  locale_t  old_locale;
} LanguageToken;

static GRecMutex language_lock;

static void
invalidate_catalogs (void)
{
#ifdef __GLIBC__
  ++_nl_msg_cat_cntr;
#else
  textdomain (textdomain (NULL));
#endif
}

gpointer
_po_report_language_push (const char *language)
{
  LanguageToken *token = g_new0 (LanguageToken, 1);
  const char *current;
  const char *messages;

  g_rec_mutex_lock (&language_lock);

  current = getenv ("LANGUAGE");
  if (current != NULL && g_str_equal (current, language))
    return token;

  token->switched = TRUE;
  token->had_language = current != NULL;
  token->old_language = g_strdup (current);
  setenv ("LANGUAGE", language, 1);

  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || strcmp (messages, "C") == 0 || strcmp (messages, "POSIX") == 0)
    {
      locale_t base = duplocale (LC_GLOBAL_LOCALE);

      token->locale = base != (locale_t) 0 ? newlocale (LC_MESSAGES_MASK, "C.UTF-8", base) : (locale_t) 0;
      if (token->locale != (locale_t) 0)
        token->old_locale = uselocale (token->locale);
      else if (base != (locale_t) 0)
        freelocale (base);
    }
  invalidate_catalogs ();
  return token;
}

void
_po_report_language_pop (gpointer data)
{
  LanguageToken *token = data;

  if (token->switched)
    {
      if (token->had_language)
        setenv ("LANGUAGE", token->old_language, 1);
      else
        unsetenv ("LANGUAGE");
      if (token->locale != (locale_t) 0)
        {
          uselocale (token->old_locale);
          freelocale (token->locale);
        }
      invalidate_catalogs ();
    }
  g_free (token->old_language);
  g_free (token);
  g_rec_mutex_unlock (&language_lock);
}
