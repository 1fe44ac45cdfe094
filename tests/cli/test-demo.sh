#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# peak-one-cli demo: the same seed gives byte-identical content, another
# seed other content, the result passes check, bad arguments exit 2 and an
# existing output file exits 1 without being touched. TAP output.
# $1 = path of peak-one-cli.

CLI=${1:?usage: test-demo.sh PEAK-ONE-CLI}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
n=0
failed=0

ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=1; echo "not ok $n - $1"; }
check () { desc=$1; shift; if "$@" >/dev/null 2>&1; then ok "$desc"; else not_ok "$desc"; fi; }
status_is () {
  want=$1; desc=$2; shift 2
  "$@" >"$TMP/out" 2>"$TMP/err"; got=$?
  if [ "$got" -eq "$want" ]; then ok "$desc"; else not_ok "$desc (exit $got, want $want)"; fi
}

# A digest of every table's rows in a fixed order (no sqlite3 shell
# needed: python3's sqlite3 module).
dump () {
  python3 - "$1" <<'PY'
import hashlib, sqlite3, sys
db = sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True)
h = hashlib.sha256()
tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
for t in tables:
    cols = len(db.execute('SELECT * FROM "%s" LIMIT 0' % t).description)
    order = ", ".join(str(i + 1) for i in range(cols))
    h.update(t.encode())
    for row in db.execute('SELECT * FROM "%s" ORDER BY %s' % (t, order)):
        h.update(repr(row).encode())
print(h.hexdigest(), sum(db.execute('SELECT count(*) FROM "%s"' % t).fetchone()[0] for t in tables))
PY
}

have_python=yes
python3 -c 'import sqlite3' 2>/dev/null || have_python=no

echo "1..17"

A="$TMP/a.peakone"
B="$TMP/b.peakone"
C="$TMP/c.peakone"
status_is 0 "demo exits 0" "$CLI" demo "$A" --accounts 80 --years 2 --seed 9
if grep -q "a.peakone" "$TMP/out"; then ok "demo names the file it wrote"; else not_ok "demo names the file it wrote"; fi
status_is 0 "demo with the same seed exits 0" "$CLI" demo "$B" --accounts 80 --years 2 --seed 9
status_is 0 "demo with another seed exits 0" "$CLI" demo "$C" --accounts 80 --years 2 --seed 10
check "check passes on the demo" "$CLI" check "$A"

if [ "$have_python" = yes ]; then
  dump "$A" >"$TMP/a.dump"
  dump "$B" >"$TMP/b.dump"
  dump "$C" >"$TMP/c.dump"
  check "same seed, byte-identical content" cmp "$TMP/a.dump" "$TMP/b.dump"
  if cmp -s "$TMP/a.dump" "$TMP/c.dump"; then not_ok "another seed, other content"; else ok "another seed, other content"; fi
  check "the demo has accounts and health samples" python3 - "$A" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
assert db.execute("SELECT count(*) FROM accounts").fetchone()[0] == 80
assert db.execute("SELECT count(*) FROM health_samples").fetchone()[0] > 80 * 6 * 20
assert db.execute("SELECT count(DISTINCT category) FROM churn_records").fetchone()[0] == 3
assert db.execute("SELECT max(on_date) FROM health_samples").fetchone()[0] <= "2026-11-23"
PY
else
  for d in "same seed, byte-identical content" "another seed, other content" \
           "the demo has accounts and health samples"; do
    n=$((n + 1)); echo "ok $n - $d # SKIP python3 with sqlite3 is not available"
  done
fi

# Usage errors: exit 2 and nothing written.
status_is 2 "no output file is a usage error" "$CLI" demo
status_is 2 "two output files are a usage error" "$CLI" demo "$TMP/x.peakone" "$TMP/y.peakone"
status_is 2 "--accounts 0 is a usage error" "$CLI" demo "$TMP/x.peakone" --accounts 0
status_is 2 "--years 11 is a usage error" "$CLI" demo "$TMP/x.peakone" --years 11
status_is 2 "--accounts abc is a usage error" "$CLI" demo "$TMP/x.peakone" --accounts abc
status_is 2 "an unknown option is a usage error" "$CLI" demo "$TMP/x.peakone" --colour
if [ -e "$TMP/x.peakone" ]; then not_ok "usage errors write nothing"; else ok "usage errors write nothing"; fi

# An existing file: exit 1, a message naming it, the file untouched.
cp "$A" "$TMP/before"
status_is 1 "an existing output file exits 1" "$CLI" demo "$A" --accounts 5
if grep -q "a.peakone" "$TMP/err" && cmp -s "$A" "$TMP/before"; then
  ok "the message names the file, which is left alone"
else
  not_ok "the message names the file, which is left alone"
fi

exit $failed
