#!/bin/sh
# check-potfiles.sh — po/POTFILES.in lists exactly the files that exist and
# every file with translatable strings.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: po/check-potfiles.sh [SOURCE_ROOT]
#
# A source file with _(), N_(), C_(), NC_() or ngettext() (.c) or with
# translatable="yes" (.ui), or a translatable data file, that is missing from
# POTFILES.in would never reach the translators. Prints TAP.

set -u

srcdir=${1:-$(cd "$(dirname "$0")/.." && pwd)}
potfiles=$srcdir/po/POTFILES.in

echo "1..1"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/po-potfiles.XXXXXX") || {
  echo "not ok 1 - POTFILES.in up to date # cannot create a temporary directory"
  exit 1
}
trap 'rm -rf "$tmp"' EXIT INT TERM

cd "$srcdir" || exit 1

# The listed files: no comments, no blank lines.
sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$potfiles" | sort -u > "$tmp/listed"

# The files that need to be listed.
{
  find src -name '*.c' -type f 2>/dev/null |
    xargs -r grep -l -E '(^|[^A-Za-z0-9_])(N?C?_|g_dngettext|g_dpgettext2|ngettext)[[:space:]]*\(' 2>/dev/null
  find src data -name '*.ui' -type f 2>/dev/null |
    xargs -r grep -l 'translatable="yes"' 2>/dev/null
  find data -maxdepth 1 -type f \( -name '*.desktop.in' -o -name '*.metainfo.xml.in' \
    -o -name '*.gschema.xml' -o -name '*.mime.xml.in' \) 2>/dev/null
} | sed 's|^\./||' | sort -u > "$tmp/needed"

: > "$tmp/msg"
while read -r f; do
  [ -f "$f" ] || echo "listed but missing: $f" >> "$tmp/msg"
done < "$tmp/listed"
comm -13 "$tmp/listed" "$tmp/needed" | sed 's/^/not listed: /' >> "$tmp/msg"

if [ -s "$tmp/msg" ]; then
  echo "not ok 1 - POTFILES.in up to date"
  sed 's/^/# /' "$tmp/msg"
  echo "# Fix po/POTFILES.in (one path per line, relative to the source root)."
  exit 1
fi

echo "ok 1 - POTFILES.in up to date ($(wc -l < "$tmp/listed") files)"
