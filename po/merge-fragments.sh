#!/bin/sh
# merge-fragments.sh — fold the translation fragments po/LANG-*.po into
# po/LANG.po and delete them.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: po/merge-fragments.sh [LANGUAGE]      (default: de)
#
# Engineers put the German for their new strings in po/de-<name>.po; this
# merges them with `msgcat --use-first`. A fragment's translation wins over
# an older one in de.po (its author knows the string's context); entries a
# fragment leaves untranslated or fuzzy never replace a translation. The
# header of de.po is kept. Nothing is written unless every fragment is a
# valid catalog. Run po/check-complete.sh (meson test po-complete) after.

set -eu

lang=${1:-de}
podir=$(cd "$(dirname "$0")" && pwd)
target=$podir/$lang.po

fragments=$(find "$podir" -maxdepth 1 -name "$lang-*.po" -type f | sort)
if [ -z "$fragments" ]; then
  echo "No fragments po/$lang-*.po to merge."
  exit 0
fi

if [ ! -f "$target" ]; then
  echo "po/$lang.po does not exist" >&2
  exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/po-merge.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

status=0
for f in $target $fragments; do
  if ! msgfmt --check-format --check-domain -o /dev/null "$f"; then
    echo "error: $(basename "$f") is not a valid catalog" >&2
    status=1
  fi
done
[ "$status" -eq 0 ] || exit 1

# The header entry of the target alone goes first, so it is the one kept.
awk '/^msgid ""$/ { seen = 1 } seen && /^$/ { exit } { print }' "$target" > "$tmp/header.po"

# Only translated, non-fuzzy entries of the fragments take part.
i=0
list=
for f in $fragments; do
  i=$((i + 1))
  msgattrib --force-po --translated --no-fuzzy --no-obsolete --no-wrap \
    --output-file="$tmp/fragment-$i.po" "$f"
  list="$list $tmp/fragment-$i.po"
  echo "merging $(basename "$f")"
done

# shellcheck disable=SC2086 # $list is a list of paths without spaces
msgcat --use-first --no-wrap --output-file="$tmp/merged.po" \
  "$tmp/header.po" $list "$target"
# Keep the order of the target, new messages appended, and the usual line
# wrapping: the merged translations laid out along that order.
# shellcheck disable=SC2086
msgcat --use-first --no-wrap --output-file="$tmp/order.po" "$target" $list
msgmerge --quiet --no-fuzzy-matching --output-file="$tmp/$lang.po" \
  "$tmp/merged.po" "$tmp/order.po"
msgfmt --check --statistics -o /dev/null "$tmp/$lang.po"

cp "$tmp/$lang.po" "$target"
# shellcheck disable=SC2086
rm -f $fragments
echo "Merged into po/$lang.po; deleted:" $(for f in $fragments; do basename "$f"; done)
