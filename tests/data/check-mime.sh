#!/bin/sh
# check-mime.sh — the shared-mime-info package builds a MIME database that
# maps *.peakone to the workspace type, a subclass of SQLite, and recognises
# a workspace by its SQLite application_id.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/data/check-mime.sh PATH/TO/io.github.peakone.PeakOne.xml

set -u

xml=$1
type=application/x-peak-one-workspace

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mime-check.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

mkdir -p "$tmp/mime/packages"
cp "$xml" "$tmp/mime/packages/" || exit 1

status=0
if ! update-mime-database -V "$tmp/mime" > "$tmp/log" 2>&1; then
  echo "update-mime-database failed:"
  status=1
fi
# It warns (and still succeeds) about elements it does not know.
if grep -i -E 'warning|error|unknown' "$tmp/log"; then
  status=1
fi
if ! grep -q -x "[0-9]*:$type:\*\.peakone" "$tmp/mime/globs2"; then
  echo "globs2 does not map *.peakone to $type:"
  cat "$tmp/mime/globs2"
  status=1
fi
if ! grep -q -x "$type application/vnd.sqlite3" "$tmp/mime/subclasses"; then
  echo "$type is not a subclass of application/vnd.sqlite3"
  status=1
fi
# Content sniffing: an SQLite header with application_id "PeOn" at offset
# 68 is a workspace even without the extension; plain SQLite is not.
sqlite_header () {
  printf 'SQLite format 3\000'
  head -c 52 /dev/zero
  printf '%s' "$1"
  head -c 28 /dev/zero
}
content_type () {
  XDG_DATA_HOME="$tmp" XDG_DATA_DIRS=/usr/local/share:/usr/share GIO_USE_VFS=local \
    gio info -a standard::content-type "$1" 2>/dev/null |
    sed -n 's/^ *standard::content-type: //p'
}
if command -v gio > /dev/null; then
  sqlite_header PeOn > "$tmp/renamed-workspace"
  sqlite_header "$(printf '\000\000\000\000')" > "$tmp/plain-database"
  cp "$tmp/plain-database" "$tmp/named.peakone"
  for case in "renamed-workspace $type" "named.peakone $type" \
              "plain-database application/vnd.sqlite3"; do
    set -- $case
    got=$(content_type "$tmp/$1")
    if [ "$got" != "$2" ]; then
      echo "$1: content type \"$got\", expected \"$2\""
      status=1
    fi
  done
fi

if ! grep -q '<comment xml:lang="de">' "$xml"; then
  echo "the German comment is missing (translations not merged?)"
  status=1
fi

exit $status
