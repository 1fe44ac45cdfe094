#!/bin/sh
# check-mime.sh — the shared-mime-info package builds a MIME database that
# maps *.peakone to the workspace type, a subclass of SQLite.
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
if ! grep -q '<comment xml:lang="de">' "$xml"; then
  echo "the German comment is missing (translations not merged?)"
  status=1
fi

exit $status
