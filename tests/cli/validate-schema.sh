#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# An export of a demo workspace validates against
# data/peak-one-workspace.schema.json with a real JSON Schema validator
# (ajv-cli, draft 2020-12), and a bad file does not. SKIP without ajv.
# $1 = path of peak-one-cli.

CLI=${1:?usage: validate-schema.sh PEAK-ONE-CLI}
HERE=$(cd "$(dirname "$0")" && pwd)
SCHEMA=$HERE/../../data/peak-one-workspace.schema.json
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

if ! command -v ajv >/dev/null 2>&1; then
  echo "1..1"
  echo "ok 1 # SKIP ajv (npm install -g ajv-cli ajv-formats) is not installed"
  exit 0
fi

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=1; echo "not ok $n - $1"; }
validate () { ajv validate --spec=draft2020 -c ajv-formats -s "$SCHEMA" -d "$1" >"$TMP/log" 2>&1; }

"$CLI" demo "$TMP/demo.peakone" --accounts 20 --years 2 >/dev/null 2>&1
"$CLI" export "$TMP/demo.peakone" "$TMP/export.json" >/dev/null 2>&1
if validate "$TMP/export.json"; then ok "demo export is valid"; else not_ok "demo export is valid"; sed 's/^/# /' "$TMP/log" | head -40; fi
cp "$HERE/../data/import/valid.json" "$TMP/valid.json"
if validate "$TMP/valid.json"; then ok "hand-written file is valid"; else not_ok "hand-written file is valid"; fi
cp "$HERE/../data/import/float-cents.json" "$TMP/float.json"
if validate "$TMP/float.json"; then not_ok "fractional cents are rejected"; else ok "fractional cents are rejected"; fi
cp "$HERE/../data/import/bad-enum.json" "$TMP/enum.json"
if validate "$TMP/enum.json"; then not_ok "unknown segment is rejected"; else ok "unknown segment is rejected"; fi

echo "1..$n"
exit $failed
