#!/usr/bin/env bash
# Renders the evidence bundle's HTML report in headless Chromium (Debian's `chromium` package) and keeps a
# screenshot, to look at the page as a person would. Usage: bash eng/report-screenshot.sh [artifacts folder] [png]
# Default: the legacy sample's bundle (build it first, e.g. `dotnet build samples/Legacy/Legacy.sln`), docs/evidence-report.png.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
artifacts="${1:-$repo/samples/Legacy/artifacts}"
png="${2:-$repo/docs/evidence-report.png}"
page="$artifacts/reports/index.html"
[ -f "$page" ] || { echo "no report at $page: build a project that uses Aeos.Analyzers first" >&2; exit 1; }
if ! command -v chromium >/dev/null; then
  echo "chromium is not installed: apt-get install -y chromium" >&2
  exit 1
fi
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1600 \
  --screenshot="$png" "file://$(cd "$(dirname "$page")" && pwd)/index.html" 2>/dev/null
echo "screenshot of $page: $png"
