#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# peak-one-cli report: the data room PDF of a demo workspace opens in
# pdfinfo with its page count and A4 pages (one landscape), has an outline
# with every section, carries the month's figures exactly as `metrics
# --format json` prints them (English and German number formats), German
# section titles with --lang de (catalog compiled from po/ when msgfmt is
# there); bad arguments exit 2, a missing workspace or a bad month 1.
# TAP output. $1 = path of peak-one-cli.

CLI=${1:?usage: test-report.sh PEAK-ONE-CLI}
SRCDIR=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
n=0
failed=0

ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=1; echo "not ok $n - $1"; }
skip () { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }
status_is () {
  want=$1; desc=$2; shift 2
  "$@" >"$TMP/out" 2>"$TMP/err"; got=$?
  if [ "$got" -eq "$want" ]; then ok "$desc"; else not_ok "$desc (exit $got, want $want): $(cat "$TMP/err")"; fi
}
has_text () {
  # $1 text file, $2 description, $3 fixed string
  if grep -qF -- "$3" "$1"; then ok "$2"; else not_ok "$2: “$3” not found"; fi
}

WS="$TMP/ws.peakone"
MONTH=2026-10
status_is 0 "demo workspace" "$CLI" demo "$WS" --accounts 60 --years 2 --seed 3
status_is 0 "metrics json" "$CLI" metrics "$WS" --month $MONTH --format json
cp "$TMP/out" "$TMP/metrics.json"

# prints "key<TAB>text" for the KPIs of the summary, formatted for $2
cat >"$TMP/figures.py" <<'EOF'
import json, sys
from decimal import Decimal, ROUND_HALF_UP
m = json.load(open(sys.argv[1]))
lang = sys.argv[2]
dec, sep = (",", ".") if lang == "de" else (".", ",")
def group(units):
    s = str(units)
    out = ""
    while len(s) > 3:
        out = sep + s[-3:] + out
        s = s[:-3]
    return s + out
def fixed(value, places):
    q = Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    whole, _, frac = str(abs(q)).partition(".")
    return sign + group(int(whole)) + (dec + frac if places else "")
def money(cents):
    amount = fixed(Decimal(cents) / 100, 2)
    return amount + " €" if lang == "de" else "€" + amount
def percent(v):
    return fixed(v * 100, 1) + (" %" if lang == "de" else "%")
for key, f in (("mrr_cents", money), ("nre", percent), ("grr_12m", percent),
               ("logo_churn_rate", percent), ("arpa_cents", money), ("clv_cents", money),
               ("quick_ratio", lambda v: fixed(v, 2))):
    if m[key] is not None:
        print(key + "\t" + f(m[key]))
EOF

status_is 0 "report in English" "$CLI" report "$WS" --output "$TMP/en.pdf" --month $MONTH --lang en
status_is 0 "report with the default month" "$CLI" report "$WS" --output "$TMP/default.pdf"

if command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
  pdfinfo "$TMP/en.pdf" >"$TMP/info" 2>&1
  pages=$(sed -n 's/^Pages: *//p' "$TMP/info")
  pdftotext -layout "$TMP/en.pdf" "$TMP/en.txt"
  footer=$(sed -n 's/.*Page [0-9]* of \([0-9]*\).*/\1/p' "$TMP/en.txt" | sort -u)
  if [ -n "$pages" ] && [ "$pages" -ge 8 ] && [ "$pages" = "$footer" ]; then
    ok "pdfinfo opens it: $pages pages, as the footers say"
  else
    not_ok "pdfinfo opens it with the footers' page count (pdfinfo $pages, footers $footer)"
  fi
  pdfinfo -f 1 -l "$pages" "$TMP/en.pdf" >"$TMP/sizes" 2>&1
  portrait=$(grep -c "size: *595.276 x 841.89 pts (A4)" "$TMP/sizes")
  landscape=$(grep -c "size: *841.89 x 595.276 pts (A4)" "$TMP/sizes")
  if [ "$landscape" -eq 1 ] && [ $((portrait + landscape)) -eq "$pages" ]; then
    ok "A4 pages, the journey map landscape"
  else
    not_ok "A4 pages, the journey map landscape (portrait $portrait, landscape $landscape of $pages)"
  fi
  has_text "$TMP/info" "PDF title" "Title:           Data room report — ws — October 2026"
  has_text "$TMP/info" "PDF author" "Author:          Peak One"
  if grep -q "^CreationDate: .*20" "$TMP/info"; then ok "PDF creation date"; else not_ok "PDF creation date"; fi

  if command -v pdftohtml >/dev/null 2>&1; then
    pdftohtml -xml -i -stdout "$TMP/en.pdf" >"$TMP/en.xml" 2>/dev/null
    for title in "Contents" "Key figures" "Customer journey map" "Retention cohorts" \
                 "Upgrade-trigger definitions" "NRE scenarios" "Metric definitions"; do
      if grep -q "<item page=\"[0-9]*\">$title</item>" "$TMP/en.xml"; then
        ok "outline has “$title”"
      else
        not_ok "outline has “$title”"
      fi
    done
  else
    skip "outline" "pdftohtml not found"
  fi

  # the figures of `metrics --format json`, formatted for the language
  python3 "$TMP/figures.py" "$TMP/metrics.json" en >"$TMP/figures.en"
  while IFS="	" read -r key text; do
    has_text "$TMP/en.txt" "English $key is $text" "$text"
  done <"$TMP/figures.en"
  has_text "$TMP/en.txt" "English section title" "Key figures"

  # German: compile the catalog from the sources (de.po and its fragments)
  if command -v msgfmt >/dev/null 2>&1 && command -v msgcat >/dev/null 2>&1 && [ -f "$SRCDIR/po/de.po" ]; then
    mkdir -p "$TMP/locale/de/LC_MESSAGES"
    # shellcheck disable=SC2046
    msgcat --use-first $(ls "$SRCDIR"/po/de-*.po 2>/dev/null) "$SRCDIR/po/de.po" 2>/dev/null |
      msgfmt -o "$TMP/locale/de/LC_MESSAGES/peak-one.mo" - 2>/dev/null
    status_is 0 "report in German" env PEAK_ONE_LOCALEDIR="$TMP/locale" "$CLI" report "$WS" \
      --output "$TMP/de.pdf" --month $MONTH --lang de
    pdftotext -layout "$TMP/de.pdf" "$TMP/de.txt"
    python3 "$TMP/figures.py" "$TMP/metrics.json" de >"$TMP/figures.de"
    while IFS="	" read -r key text; do
      has_text "$TMP/de.txt" "German $key is $text" "$text"
    done <"$TMP/figures.de"
    has_text "$TMP/de.txt" "German title “Kennzahlen”" "Kennzahlen"
    has_text "$TMP/de.txt" "German title “Kohorten”" "Kohorten"
    has_text "$TMP/de.txt" "German month" "Oktober 2026"
  else
    skip "German report" "msgfmt not found"
  fi
else
  skip "PDF checks" "poppler-utils not found"
fi

status_is 2 "no --output" "$CLI" report "$WS"
status_is 2 "not a .pdf" "$CLI" report "$WS" --output "$TMP/x.png"
status_is 2 "unknown language" "$CLI" report "$WS" --output "$TMP/x.pdf" --lang fr
status_is 2 "no workspace" "$CLI" report --output "$TMP/x.pdf"
status_is 2 "unknown option" "$CLI" report "$WS" --output "$TMP/x.pdf" --colour
status_is 1 "bad --month is bad input" "$CLI" report "$WS" --output "$TMP/x.pdf" --month 2026-13
if grep -q "ws.peakone" "$TMP/err" && grep -q -- "--month" "$TMP/err"; then
  ok "the message names the file and --month"
else
  not_ok "the message names the file and --month: $(cat "$TMP/err")"
fi
status_is 1 "missing workspace" "$CLI" report "$TMP/none.peakone" --output "$TMP/x.pdf"
if grep -q "none.peakone" "$TMP/err"; then ok "the message names the file"; else not_ok "the message names the file"; fi

echo "1..$n"
exit $failed
