#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# peak-one-cli import and export: a demo workspace round-trips to
# byte-identical JSON, the export validates against the JSON Schema (when
# ajv is installed), bad input exits 1 naming file, line and JSON path and
# leaves the workspace as it was, a new workspace is not left behind, CSV
# files import with their column mapping. TAP output.
# $1 = path of peak-one-cli.

CLI=${1:?usage: test-import-export.sh PEAK-ONE-CLI}
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=$HERE/../data/import
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export PO_EXPORT_TIMESTAMP=2026-11-23T10:00:00Z
n=0
failed=0

ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=1; echo "not ok $n - $1"; }
check () { desc=$1; shift; if "$@" >/dev/null 2>&1; then ok "$desc"; else not_ok "$desc"; fi; }
status_is () {
  want=$1; desc=$2; shift 2
  "$@" >"$TMP/out" 2>"$TMP/err"; got=$?
  if [ "$got" -eq "$want" ]; then ok "$desc"; else not_ok "$desc (exit $got, want $want)"; sed 's/^/# /' "$TMP/err"; fi
}

"$CLI" demo "$TMP/demo.peakone" --accounts 25 --years 2 --seed 7 >/dev/null 2>&1
status_is 0 "export a demo workspace" "$CLI" export "$TMP/demo.peakone" "$TMP/a.json"
status_is 0 "import it into a new workspace" "$CLI" import "$TMP/a.json" "$TMP/copy.peakone"
status_is 0 "export the copy to stdout" sh -c "\"$CLI\" export \"$TMP/copy.peakone\" - > \"$TMP/b.json\""
check "round trip is byte-identical" cmp "$TMP/a.json" "$TMP/b.json"
status_is 0 "import again merges (replace)" "$CLI" import "$TMP/a.json" "$TMP/copy.peakone"
grep -q "25 accounts imported (25 replaced" "$TMP/out" && ok "replace counted" || not_ok "replace counted"
status_is 0 "--merge=skip" "$CLI" import --merge=skip "$TMP/a.json" "$TMP/copy.peakone"
grep -q "(0 replaced, 25 skipped)" "$TMP/out" && ok "skip counted" || not_ok "skip counted"
"$CLI" export "$TMP/copy.peakone" "$TMP/c.json" >/dev/null 2>&1
check "merging the same file changes nothing" cmp "$TMP/a.json" "$TMP/c.json"

# Bad input: exit 1, file:line:column: path on stderr, workspace unchanged.
status_is 1 "bad date exits 1" "$CLI" import "$DATA/bad-date.json" "$TMP/copy.peakone"
grep -q "bad-date.json:33:20: accounts\[0\].subscriptions\[0\].start: " "$TMP/err" \
  && ok "message names file, line, column and path" || not_ok "message names file, line, column and path"
"$CLI" export "$TMP/copy.peakone" "$TMP/d.json" >/dev/null 2>&1
check "workspace unchanged after a bad file" cmp "$TMP/a.json" "$TMP/d.json"
status_is 1 "float cents exit 1" "$CLI" import "$DATA/float-cents.json" "$TMP/copy.peakone"
status_is 1 "bad file into a new workspace exits 1" "$CLI" import "$DATA/bad-enum.json" "$TMP/new.peakone"
[ ! -e "$TMP/new.peakone" ] && ok "no workspace left behind" || not_ok "no workspace left behind"
status_is 1 "missing input exits 1" "$CLI" import "$TMP/nothing.json" "$TMP/new.peakone"
status_is 2 "bad --merge exits 2" "$CLI" import --merge=maybe "$DATA/valid.json" "$TMP/x.peakone"
status_is 2 "missing argument exits 2" "$CLI" export "$TMP/copy.peakone"
status_is 0 "unknown keys only warn" "$CLI" import "$DATA/unknown-keys.json" "$TMP/warn.peakone"
grep -q "warning: accounts\[0\].colour" "$TMP/err" && ok "warning printed" || not_ok "warning printed"

# CSV: accounts (semicolons, German dates), lines (decimal comma), health.
printf 'Kunde;Name;Segment;Vertragsbeginn;Owner\nacme;ACME GmbH;smb;15.01.2024;Jana\nbeta;"Beta; Ltd";enterprise;2023-05-02;Tom\n' > "$TMP/accounts.csv"
printf 'account,item,mrr,start\nacme,operator,"299,00",2024-01-15\nbeta,Executive,"2.499,00",2023-05-02\n' > "$TMP/lines.csv"
printf 'account,on,component,value\nacme,2024-02-01,usage,72\nacme,2024-02-01,support,60\n' > "$TMP/health.csv"
status_is 0 "CSV accounts" "$CLI" import "$TMP/accounts.csv" "$TMP/csv.peakone"
status_is 0 "CSV subscription lines" "$CLI" import "$TMP/lines.csv" "$TMP/csv.peakone"
status_is 0 "CSV health samples" "$CLI" import "$TMP/health.csv" "$TMP/csv.peakone"
"$CLI" export "$TMP/csv.peakone" "$TMP/csv.json" >/dev/null 2>&1
grep -q '"mrr_cents" : 249900' "$TMP/csv.json" && ok "decimal comma to cents" || not_ok "decimal comma to cents"
grep -q '"name" : "Beta; Ltd"' "$TMP/csv.json" && ok "quoted delimiter" || not_ok "quoted delimiter"
printf 'account,item,mrr,start\nacme,operator,-5,2024-01-15\nnobody,operator,1,2024-13-01\n' > "$TMP/bad.csv"
status_is 1 "bad CSV rows exit 1" "$CLI" import "$TMP/bad.csv" "$TMP/csv.peakone"
grep -q "row 3, column 1" "$TMP/err" && ok "row errors name row and column" || not_ok "row errors name row and column"
"$CLI" export "$TMP/csv.peakone" "$TMP/csv2.json" >/dev/null 2>&1
check "bad CSV changes nothing" cmp "$TMP/csv.json" "$TMP/csv2.json"

echo "1..$n"
exit $failed
