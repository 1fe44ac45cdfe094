#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the import fuzz target with clang, address and undefined
# behaviour sanitizers in its own build directory and runs it for SECONDS
# (default 60) on a copy of the seed corpus. Fails on any crash.
#   tests/fuzz/run-fuzz.sh [SECONDS]

set -e
SECONDS_TO_RUN=${1:-60}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=$SRC/_build-fuzz
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [ ! -d "$BUILD" ]; then
  # Coverage instrumentation for the libraries too, not only the target.
  CC=clang meson setup "$BUILD" "$SRC" -Dfuzzing=true -Dgui=disabled -Db_lundef=false \
    -Db_sanitize=address,undefined -Dc_args=-fsanitize=fuzzer-no-link >/dev/null
fi
ninja -C "$BUILD" tests/fuzz/fuzz-import >/dev/null
cp -r "$SRC/tests/fuzz/corpus" "$WORK/corpus"
cd "$WORK"
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=0 \
  "$BUILD/tests/fuzz/fuzz-import" -max_total_time="$SECONDS_TO_RUN" -max_len=65536 \
  -timeout=20 -rss_limit_mb=2048 "$WORK/corpus"
echo "fuzz-import: no crash in $SECONDS_TO_RUN s"
