#!/bin/sh
# check-complete.sh — the German translation covers every source string.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: po/check-complete.sh [SOURCE_ROOT] [LANGUAGE]
#
# Regenerates the template from po/POTFILES.in with xgettext (C sources with
# the GLib keywords, .ui files as Glade/GtkBuilder, .desktop.in, metainfo,
# GSettings and MIME files through their ITS rules), merges po/LANGUAGE.po
# against it in a temporary directory and fails, listing every untranslated
# or fuzzy message, unless the merged catalog is complete and passes
# `msgfmt --check`. Translations in fragments po/LANGUAGE-*.po that
# po/merge-fragments.sh has not folded in yet count as present (de.po wins
# where both have one). Prints TAP. The source tree is never modified.

set -u

srcdir=${1:-$(cd "$(dirname "$0")/.." && pwd)}
lang=${2:-de}
podir=$srcdir/po
pofile=$podir/$lang.po

echo "1..1"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/po-check.XXXXXX") || {
  echo "not ok 1 - $lang.po complete # cannot create a temporary directory"
  exit 1
}
trap 'rm -rf "$tmp"' EXIT INT TERM

# Print a file as TAP diagnostics.
diag () {
  sed 's/^/# /' "$1"
}

fail () {
  echo "not ok 1 - $lang.po complete"
  for f in "$@"; do
    [ -s "$f" ] && diag "$f"
  done
  exit 1
}

if [ ! -f "$pofile" ]; then
  echo "po/$lang.po does not exist" > "$tmp/msg"
  fail "$tmp/msg"
fi

# The same keywords as Meson's i18n.gettext (preset: 'glib').
if ! xgettext \
      --directory="$srcdir" \
      --files-from="$podir/POTFILES.in" \
      --from-code=UTF-8 \
      --add-comments \
      --keyword=_ \
      --keyword=N_ \
      --keyword=C_:1c,2 \
      --keyword=NC_:1c,2 \
      --keyword=g_dcgettext:2 \
      --keyword=g_dngettext:2,3 \
      --keyword=g_dpgettext2:2c,3 \
      --keyword=ngettext:1,2 \
      --flag=N_:1:pass-c-format \
      --flag=C_:2:pass-c-format \
      --flag=NC_:2:pass-c-format \
      --flag=g_dngettext:2:pass-c-format \
      --flag=g_strdup_printf:1:c-format \
      --flag=g_string_printf:2:c-format \
      --flag=g_string_append_printf:2:c-format \
      --flag=g_error_new:3:c-format \
      --flag=g_set_error:4:c-format \
      --flag=g_markup_printf_escaped:1:c-format \
      --flag=g_printf:1:c-format \
      --flag=g_print:1:c-format \
      --flag=g_printerr:1:c-format \
      --package-name=peak-one \
      --force-po \
      --output="$tmp/template.pot" 2> "$tmp/xgettext.log"; then
  echo "xgettext failed (is every file in po/POTFILES.in present?):" > "$tmp/msg"
  fail "$tmp/msg" "$tmp/xgettext.log"
fi

if ! msgfmt --check -o /dev/null "$pofile" 2> "$tmp/msgfmt.log"; then
  echo "po/$lang.po is not a valid catalog:" > "$tmp/msg"
  fail "$tmp/msg" "$tmp/msgfmt.log"
fi

# Fragments po/LANG-*.po not merged yet (po/merge-fragments.sh) count too:
# what matters is that the translation exists in the tree.
catalog=$pofile
fragments=$(find "$podir" -maxdepth 1 -name "$lang-*.po" -type f | sort)
nfragments=0
if [ -n "$fragments" ]; then
  list=
  for f in $fragments; do
    nfragments=$((nfragments + 1))
    if ! msgfmt --check-format --check-domain -o /dev/null "$f" 2> "$tmp/msgfmt.log"; then
      echo "po/$(basename "$f") is not a valid catalog:" > "$tmp/msg"
      fail "$tmp/msg" "$tmp/msgfmt.log"
    fi
    msgattrib --force-po --translated --no-fuzzy --no-obsolete \
      --output-file="$tmp/fragment-$nfragments.po" "$f"
    list="$list $tmp/fragment-$nfragments.po"
  done
  # shellcheck disable=SC2086 # temporary paths without spaces
  if ! msgcat --use-first --output-file="$tmp/with-fragments.po" \
        "$pofile" $list 2> "$tmp/msgcat.log"; then
    echo "msgcat failed:" > "$tmp/msg"
    fail "$tmp/msg" "$tmp/msgcat.log"
  fi
  catalog=$tmp/with-fragments.po
fi

if ! msgmerge --quiet --no-fuzzy-matching --no-wrap --output-file="$tmp/$lang.po" \
      "$catalog" "$tmp/template.pot" 2> "$tmp/msgmerge.log"; then
  echo "msgmerge failed:" > "$tmp/msg"
  fail "$tmp/msg" "$tmp/msgmerge.log"
fi

# "12 translated messages, 1 fuzzy translation, 2 untranslated messages."
msgfmt --check --statistics -o /dev/null "$tmp/$lang.po" 2> "$tmp/stats"
check_status=$?
stats=$(tr '\n' ' ' < "$tmp/stats")
count () {
  printf '%s\n' "$stats" | grep -o "[0-9][0-9]* $1" | head -n 1 | cut -d ' ' -f 1
}
translated=$(count translated)
fuzzy=$(count fuzzy)
untranslated=$(count untranslated)
: "${translated:=0}" "${fuzzy:=0}" "${untranslated:=0}"

if [ "$check_status" -eq 0 ] && [ "$fuzzy" -eq 0 ] && [ "$untranslated" -eq 0 ]; then
  if [ "$nfragments" -gt 0 ]; then
    echo "ok 1 - $lang.po complete ($translated messages, $nfragments unmerged fragments)"
  else
    echo "ok 1 - $lang.po complete ($translated messages)"
  fi
  exit 0
fi

# List the offending messages with their source locations, one per line:
#   untranslated: src/ui/po-window.c:42 "Open Workspace"
list_messages () {
  kind=$1
  shift
  msgattrib "$@" --no-obsolete --no-wrap "$tmp/$lang.po" 2>/dev/null |
    awk -v kind="$kind" '
      /^#: /     { sub (/^#: /, ""); refs = (refs == "" ? $0 : refs " " $0); next }
      /^msgctxt / { ctxt = substr ($0, 9); next }
      /^msgid /  {
        id = substr ($0, 7)
        if (id != "\"\"")
          printf "%s: %s %s%s\n", kind, refs, (ctxt == "" ? "" : "[" ctxt "] "), id
        refs = ""; ctxt = ""
        next
      }
    '
}

{
  echo "po/$lang.po is incomplete: $stats"
  [ "$check_status" -eq 0 ] || echo "msgfmt --check failed"
  list_messages untranslated --untranslated
  list_messages fuzzy --only-fuzzy
  echo "Add the translations to po/$lang.po (or po/$lang-<name>.po, see docs/translating.md)."
} > "$tmp/msg"
fail "$tmp/msg"
