#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# peak-one-cli plan: JSON shape and key order per month, months 1..N,
# stability, text format, read-only files, exit codes. TAP output.
# $1 = path of peak-one-cli.

CLI=${1:?usage: test-plan.sh PEAK-ONE-CLI}
TMP=$(mktemp -d)
trap 'chmod -R u+w "$TMP"; rm -rf "$TMP"' EXIT
WS="$TMP/ws.peakone"
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

if ! "$CLI" demo "$WS" --accounts 40 --years 3 --seed 7 >/dev/null 2>"$TMP/demo.err"; then
  echo "1..0 # SKIP peak-one-cli demo is not available: $(head -n 1 "$TMP/demo.err")"
  exit 0
fi

# Two scenarios of our own, written with Python's sqlite3: "Tiny" (every
# account churns in month 1, nobody joins) and "Calm" (no churn, no path).
python3 - "$WS" <<'PY' || { echo "1..0 # SKIP cannot add scenarios with python3 sqlite3"; exit 0; }
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("PRAGMA foreign_keys = ON")
db.execute("INSERT INTO scenarios (name, start_month, months) VALUES ('Tiny', '2026-11', 3)")
sid = db.execute("SELECT id FROM scenarios WHERE name = 'Tiny'").fetchone()[0]
db.execute("INSERT INTO scenario_rates (scenario_id, kind, item, value) VALUES (?, 'churn', 'default', 1.0)", (sid,))
db.execute("INSERT INTO scenarios (name, start_month, months) VALUES ('Calm', '2026-11', 14)")
db.commit()
PY

echo "1..16"

status_is 0 "plan exits 0" "$CLI" plan "$WS" --scenario "Churn 8 %"
cp "$TMP/out" "$TMP/p1.json"
check "plan output is JSON" python3 -m json.tool "$TMP/p1.json"
check "plan keys in order, months 1..N" python3 - "$TMP/p1.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]), object_pairs_hook=lambda p: p)
assert [k for k, _ in d] == ["scenario", "months"], d
d = dict(d)
assert d["scenario"] == "Churn 8 %"
months = d["months"]
assert len(months) == 36, len(months)
for i, m in enumerate(months):
    assert [k for k, _ in m] == ["month", "mrr_cents", "accounts", "arpa_cents", "nre"], m
    m = dict(m)
    assert m["month"] == i + 1
    assert isinstance(m["mrr_cents"], int)
    assert isinstance(m["accounts"], (int, float))
    assert m["arpa_cents"] is None or isinstance(m["arpa_cents"], int)
    if i + 1 < 12:
        assert m["nre"] is None, m
    else:
        assert m["nre"] is None or isinstance(m["nre"], (int, float))
PY
"$CLI" plan "$WS" --scenario "Churn 8 %" >"$TMP/p2.json" 2>/dev/null
check "plan output is stable across runs" cmp "$TMP/p1.json" "$TMP/p2.json"
"$CLI" plan "$WS" --scenario "Churn 8 %" --format json >"$TMP/p3.json" 2>/dev/null
check "--format json is the default" cmp "$TMP/p1.json" "$TMP/p3.json"

check "lower churn gives more MRR in every month" python3 - "$CLI" "$WS" <<'PY'
import json, subprocess, sys
a = json.loads(subprocess.check_output([sys.argv[1], "plan", sys.argv[2], "--scenario", "Churn 8 %"]))
b = json.loads(subprocess.check_output([sys.argv[1], "plan", sys.argv[2], "--scenario", "Churn 7 %"]))
for x, y in zip(a["months"], b["months"]):
    assert y["mrr_cents"] > x["mrr_cents"], (x, y)
PY

check "everyone churns: zeros and nulls" python3 - "$CLI" "$WS" <<'PY'
import json, subprocess, sys
d = json.loads(subprocess.check_output([sys.argv[1], "plan", sys.argv[2], "--scenario", "Tiny"]))
assert [m["month"] for m in d["months"]] == [1, 2, 3]
for m in d["months"]:
    assert m["mrr_cents"] == 0 and m["accounts"] == 0, m
    assert m["arpa_cents"] is None and m["nre"] is None, m
PY

check "no churn: accounts stay, NRE defined from month 12" python3 - "$CLI" "$WS" <<'PY'
import json, subprocess, sys
cli, ws = sys.argv[1], sys.argv[2]
d = json.loads(subprocess.check_output([cli, "plan", ws, "--scenario", "Calm"]))
start = json.loads(subprocess.check_output([cli, "metrics", ws, "--month", "2026-11"]))
months = d["months"]
assert len(months) == 14
for m in months:
    assert abs(m["accounts"] - start["active_accounts"]) < 1e-9, (m, start["active_accounts"])
    assert m["mrr_cents"] >= start["mrr_cents"]
    assert m["arpa_cents"] == int(m["mrr_cents"] / m["accounts"] + 0.5) or abs(m["arpa_cents"] * m["accounts"] - m["mrr_cents"]) <= m["accounts"]
assert months[10]["nre"] is None and months[11]["nre"] is not None and months[11]["nre"] >= 1.0
PY

status_is 0 "text format exits 0" "$CLI" plan "$WS" --scenario "Churn 7 %" --format text
check "text format has one row per month" sh -c "[ \$(grep -c '^ *[0-9][0-9]*  [0-9][0-9][0-9][0-9]-[0-9][0-9] ' '$TMP/out') -eq 36 ]"

status_is 1 "unknown scenario exits 1" "$CLI" plan "$WS" --scenario "No such scenario"
check "the message names the file and the scenario" sh -c "grep -q 'ws.peakone' '$TMP/err' && grep -q 'No such scenario' '$TMP/err'"

status_is 2 "missing --scenario exits 2" "$CLI" plan "$WS"
status_is 2 "missing workspace exits 2" "$CLI" plan --scenario Basis
status_is 2 "bad --format exits 2" "$CLI" plan "$WS" --scenario Basis --format xml

cp "$WS" "$TMP/ro.peakone"
chmod a-w "$TMP/ro.peakone"
sum_before=$(md5sum < "$TMP/ro.peakone")
"$CLI" plan "$TMP/ro.peakone" --scenario "Churn 8 %" >"$TMP/ro.json" 2>"$TMP/ro.err"
sum_after=$(md5sum < "$TMP/ro.peakone")
if cmp -s "$TMP/ro.json" "$TMP/p1.json" && [ "$sum_before" = "$sum_after" ]; then
  ok "a read-only workspace gives the same plan and stays untouched"
else
  not_ok "a read-only workspace gives the same plan and stays untouched"
fi

exit $failed
