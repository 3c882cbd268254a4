#!/usr/bin/env bash
# Lighthouse (mobile) on the public portal's home page of a running instance; prints the four category scores and
# keeps the full HTML and JSON reports under target/lighthouse/.
#   scripts/lighthouse-portal.sh [base-url]     (default http://localhost:8080)
# Needs Node.js 18+ with npm and a Chromium or Chrome (CHROME_PATH, default: Debian's /usr/bin/chromium).
set -euo pipefail
base="${1:-http://localhost:8080}"
out="target/lighthouse"
mkdir -p "$out"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
npx --yes lighthouse@12.2.3 "$base/portal" \
  --form-factor=mobile --screenEmulation.mobile --throttling-method=simulate \
  --only-categories=performance,accessibility,best-practices,seo \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
  --output=json --output=html --output-path="$out/portal" --quiet
node -e '
  const r = require(process.argv[1]);
  for (const [k, c] of Object.entries(r.categories)) console.log(k.padEnd(16), Math.round(c.score * 100));
  for (const a of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"])
    console.log(a.padEnd(26), r.audits[a].displayValue);
' "$PWD/$out/portal.report.json"
