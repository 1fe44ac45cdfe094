#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# peak-one-cli metrics and health: JSON shape and key order, stability,
# text format, exit codes. TAP output. $1 = path of peak-one-cli.

CLI=${1:?usage: test-metrics.sh PEAK-ONE-CLI}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
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

echo "1..20"

# Metrics: JSON parses, has exactly the keys of DESIGN.md §8 in order.
status_is 0 "metrics exits 0" "$CLI" metrics "$WS" --month 2024-06
cp "$TMP/out" "$TMP/m1.json"
check "metrics output is JSON" python3 -m json.tool "$TMP/m1.json"
check "metrics keys in order" python3 - "$TMP/m1.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]), object_pairs_hook=lambda p: p)
keys = [k for k, _ in d]
assert keys == ["month", "mrr_cents", "active_accounts", "movements", "nrr_12m", "grr_12m", "nre",
                "logo_churn_rate", "gross_mrr_churn_rate", "quick_ratio", "arpa_cents", "clv_cents",
                "nps_12m", "health"], keys
d = dict(d)
assert [k for k, _ in d["movements"]] == ["new", "expansion", "contraction", "churn", "reactivation"]
assert [k for k, _ in d["health"]] == ["green", "yellow", "red", "none"]
assert d["month"] == "2024-06"
assert isinstance(d["mrr_cents"], int) and isinstance(d["active_accounts"], int)
for k in ("nrr_12m", "grr_12m", "nre", "logo_churn_rate", "gross_mrr_churn_rate", "quick_ratio", "nps_12m"):
    assert d[k] is None or isinstance(d[k], (int, float)), k
for k in ("arpa_cents", "clv_cents"):
    assert d[k] is None or isinstance(d[k], int), k
h = dict(d["health"])
assert sum(h.values()) == d["active_accounts"], (h, d["active_accounts"])
if d["grr_12m"] is not None:
    assert d["grr_12m"] <= 1.0
PY
"$CLI" metrics "$WS" --month 2024-06 >"$TMP/m2.json" 2>/dev/null
check "metrics output is stable across runs" cmp "$TMP/m1.json" "$TMP/m2.json"
check "metrics before the first line: nulls, not zeros" python3 - "$CLI" "$WS" <<'PY'
import json, subprocess, sys
d = json.loads(subprocess.check_output([sys.argv[1], "metrics", sys.argv[2], "--month", "1990-01"]))
assert d["mrr_cents"] == 0 and d["active_accounts"] == 0
assert d["arpa_cents"] is None and d["nrr_12m"] is None and d["quick_ratio"] is None
assert d["logo_churn_rate"] is None and d["clv_cents"] is None
PY
status_is 0 "metrics --format text exits 0" "$CLI" metrics "$WS" --month 2024-06 --format text
check "metrics text names MRR" grep -q "^MRR " "$TMP/out"
check "metrics text has one line per figure" test "$(wc -l <"$TMP/out")" -eq 21

# Health: JSON shape, sorted ids, components.
status_is 0 "health exits 0" "$CLI" health "$WS" --on 2024-06-30
cp "$TMP/out" "$TMP/h1.json"
check "health output is JSON with the documented keys" python3 - "$TMP/h1.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]), object_pairs_hook=lambda p: p)
assert [k for k, _ in d] == ["on", "accounts"]
d = dict(d)
assert d["on"] == "2024-06-30"
ids = []
for a in d["accounts"]:
    assert [k for k, _ in a] == ["id", "score", "band", "trend", "components"]
    a = dict(a)
    ids.append(a["id"])
    comps = a["components"]
    assert [k for k, _ in comps] == ["usage", "support", "nps", "growth", "billing", "executive"]
    assert (a["score"] is None) == (a["band"] is None)
    if a["score"] is not None:
        assert 0 <= a["score"] <= 100
        assert a["band"] == ("red" if a["score"] < 40 else "yellow" if a["score"] < 70 else "green")
    if a["score"] is None:
        assert all(v is None for _, v in comps) and a["trend"] is None
assert ids == sorted(ids) and len(ids) > 0
PY
"$CLI" health "$WS" --on 2024-06-30 >"$TMP/h2.json" 2>/dev/null
check "health output is stable across runs" cmp "$TMP/h1.json" "$TMP/h2.json"
status_is 0 "health --format text exits 0" "$CLI" health "$WS" --on 2024-06-30 --format text
check "health text has a header row" grep -q "Account" "$TMP/out"

# Bad input: exit 1 naming the argument; usage errors: exit 2.
status_is 1 "bad month exits 1" "$CLI" metrics "$WS" --month 2024-13
check "bad month message names the argument" grep -q -- "--month" "$TMP/err"
status_is 1 "bad date exits 1" "$CLI" health "$WS" --on 2024-02-30
check "bad date message names the argument" grep -q -- "--on" "$TMP/err"
status_is 2 "missing --month exits 2" "$CLI" metrics "$WS"
status_is 2 "missing workspace exits 2" "$CLI" health --on 2024-06-30
status_is 1 "missing file exits 1" "$CLI" metrics "$TMP/nope.peakone" --month 2024-06

exit $failed
