#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# peak-one-cli render WORKSPACE journey-map: PNG, SVG and PDF (A4/A3
# landscape), the map chooser, a read-only workspace left untouched, and
# the exit statuses. TAP output. $1 = path of peak-one-cli.

CLI=${1:?usage: test-render-journey.sh PEAK-ONE-CLI}
TMP=$(mktemp -d)
trap 'chmod -R u+w "$TMP"; rm -rf "$TMP"' EXIT
WS="$TMP/ws.peakone"
n=0

ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); echo "not ok $n - $1"; }
check () { desc=$1; shift; if "$@" >"$TMP/check.out" 2>&1; then ok "$desc"; else not_ok "$desc"; sed 's/^/# /' "$TMP/check.out"; fi; }
status_is () {
  want=$1; desc=$2; shift 2
  "$@" >"$TMP/out" 2>"$TMP/err"; got=$?
  if [ "$got" -eq "$want" ]; then ok "$desc"; else not_ok "$desc (exit $got, want $want)"; sed 's/^/# /' "$TMP/err"; fi
}
png_size () {
  python3 - "$1" "$2" "$3" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG signature"
assert data[12:16] == b"IHDR"
w, h = struct.unpack(">II", data[16:24])
print(w, h)
if sys.argv[2] != "any":
    assert (w, h) == (int(sys.argv[2]), int(sys.argv[3])), (w, h)
else:
    assert w >= 600 and h >= 400, (w, h)
PY
}
maps_in () { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT count(*) FROM journey_maps').fetchone()[0])" "$1"; }

if ! "$CLI" demo "$WS" --accounts 40 --years 2 --seed 11 >/dev/null 2>"$TMP/demo.err"; then
  echo "1..0 # SKIP peak-one-cli demo is not available: $(head -n 1 "$TMP/demo.err")"
  exit 0
fi
# The defaults are not installed by render: start from a workspace without maps.
python3 -c "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); db.execute('PRAGMA foreign_keys=ON'); db.execute('DELETE FROM journey_maps'); db.commit()" "$WS"
sha_before=$(sha256sum "$WS" | cut -d' ' -f1)

echo "1..22"

status_is 0 "png exits 0" "$CLI" render "$WS" journey-map --output "$TMP/map.png"
check "png has the PNG signature and a size" png_size "$TMP/map.png" any
status_is 0 "png at a given size" "$CLI" render "$WS" journey-map --output "$TMP/small.png" --width 800 --height 600
check "png is 800 × 600" png_size "$TMP/small.png" 800 600
if command -v file >/dev/null; then
  check "file(1) calls it a PNG" sh -c "file '$TMP/map.png' | grep -q 'PNG image data'"
else
  ok "file(1) calls it a PNG # SKIP no file(1)"
fi

status_is 0 "pdf on A4 exits 0" "$CLI" render "$WS" journey-map --output "$TMP/map.pdf" --paper a4
if command -v pdfinfo >/dev/null && command -v pdftotext >/dev/null; then
  check "pdf page is A4 landscape" sh -c "pdfinfo '$TMP/map.pdf' | grep -Eq 'Page size: +842 x 595 pts'"
  check "pdf has one page" sh -c "pdfinfo '$TMP/map.pdf' | grep -Eq '^Pages: +1$'"
  check "pdf text names the phases" sh -c "pdftotext '$TMP/map.pdf' - | tr -s ' \n' '  ' | grep -q Onboarding && pdftotext '$TMP/map.pdf' - | grep -q Advocacy && pdftotext '$TMP/map.pdf' - | grep -q Renewal"
  status_is 0 "pdf on A3 exits 0" "$CLI" render "$WS" journey-map --output "$TMP/a3.pdf" --paper a3
  check "pdf page is A3 landscape" sh -c "pdfinfo '$TMP/a3.pdf' | grep -Eq 'Page size: +1191 x 842 pts'"
else
  for d in "pdf page is A4 landscape" "pdf has one page" "pdf text names the phases" "pdf on A3 exits 0" "pdf page is A3 landscape"; do
    ok "$d # SKIP no poppler-utils"
  done
fi

status_is 0 "svg exits 0" "$CLI" render "$WS" journey-map --output "$TMP/map.svg" --segment enterprise
check "svg is well-formed XML" xmllint --noout "$TMP/map.svg"

check "render installs no map" test "$(maps_in "$WS")" -eq 0
check "the workspace file is unchanged" test "$(sha256sum "$WS" | cut -d' ' -f1)" = "$sha_before"

# With maps in the workspace, --map picks one by key.
python3 - "$WS" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("INSERT INTO journey_maps (key, title, phase_model, position) VALUES ('board', 'Board journey', 'peak-one', 0)")
mid = db.execute("SELECT id FROM journey_maps WHERE key = 'board'").fetchone()[0]
db.execute("INSERT INTO journey_lanes (map_id, position, code, title) VALUES (?, 0, 'goal', 'Goal')", (mid,))
db.execute("INSERT INTO journey_cells (map_id, lane, phase, text) VALUES (?, 'goal', 'integration', 'Connect the real data')", (mid,))
db.commit()
PY
status_is 0 "--map board exits 0" "$CLI" render "$WS" journey-map --map board --output "$TMP/board.pdf"
if command -v pdftotext >/dev/null; then
  check "the chosen map is drawn" sh -c "pdftotext '$TMP/board.pdf' - | grep -q 'Board journey' && pdftotext '$TMP/board.pdf' - | grep -q 'Connect the real data'"
else
  ok "the chosen map is drawn # SKIP no pdftotext"
fi
status_is 1 "an unknown map is bad input" "$CLI" render "$WS" journey-map --map nope --output "$TMP/x.png"

status_is 2 "an unknown target is a usage error" "$CLI" render "$WS" no-such-chart --output "$TMP/x.png"
status_is 1 "a missing workspace is bad input" "$CLI" render "$TMP/missing.peakone" journey-map --output "$TMP/x.png"
status_is 2 "an unknown output type is a usage error" "$CLI" render "$WS" journey-map --output "$TMP/x.gif"
status_is 2 "a width without a height is a usage error" "$CLI" render "$WS" journey-map --output "$TMP/x.png" --width 300
