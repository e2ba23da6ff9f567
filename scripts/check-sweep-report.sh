#!/usr/bin/env bash
# Checks a sweep report (sweep-report.html) in headless Chromium: the page must load with the
# network blocked, and its slider must show each swept value's own fan chart and key figures.
# Not part of `mvn -B verify` (which needs only a JDK). Needs chromium (Debian: apt-get install
# chromium) or CHROMIUM=/path/to/chrome.
#
#   scripts/check-sweep-report.sh out/leicestershire-2021-mtfs-sweep/sweep-report.html
set -euo pipefail
REPORT="${1:?usage: $0 path/to/sweep-report.html}"
BROWSER="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"
if [ -z "$BROWSER" ]; then
  echo "check-sweep-report: no Chromium found; install it (apt-get install chromium) or set CHROMIUM" >&2
  exit 2
fi
ABS="$(cd "$(dirname "$REPORT")" && pwd)/$(basename "$REPORT")"

# 1. Self-contained: nothing loaded from elsewhere (no src= or href= to another host or file).
if grep -Eo '(src|href)="[^"#][^"]*"' "$ABS" | grep -Ev '="[^"/:]+\.(png|svg|csv)"' | grep -q .; then
  echo "FAIL: the report refers to other resources:" >&2
  grep -Eo '(src|href)="[^"#][^"]*"' "$ABS" | grep -Ev '="[^"/:]+\.(png|svg|csv)"' >&2
  exit 1
fi

# 2. The slider: the page's own self-test (#selftest) moves it through every value, with every
#    host name unresolvable so any fetch from the network would fail.
DOM="$("$BROWSER" --headless=new --no-sandbox --disable-gpu --host-resolver-rules="MAP * ~NOTFOUND" \
  --virtual-time-budget=10000 --dump-dom "file://$ABS#selftest" 2>/dev/null)"
RESULT="$(printf '%s' "$DOM" | sed -n 's:.*<pre id="selftest">\([^<]*\)</pre>.*:\1:p')"
if [[ "$RESULT" == "SELFTEST PASS"* ]]; then
  echo "PASS: $RESULT ($REPORT)"
else
  echo "FAIL: ${RESULT:-the self-test did not run (script error?)} ($REPORT)" >&2
  exit 1
fi
