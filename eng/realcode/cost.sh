#!/usr/bin/env bash
# The cost table of docs/performance.md: `dotnet build -t:Rebuild` wall time of one real code base with no
# analyzers, with Aeos at the shipped preset, with NetAnalyzers' CA1501/CA1502, and with the two peers
# (Roslynator, Meziantou), in alternating rounds; then one build of Aeos and NetAnalyzers together with
# -p:ReportAnalyzer=true for each analyzer's own time. Ratios are the claim, not the absolute times.
#
#   bash eng/realcode/cost.sh CHECKOUTS WORK [CODEBASE] [ROUNDS]      (defaults: NLog, 5 rounds)
#
# Run it after run.sh's build step (which packs the package into WORK/feed and restores the projects).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
checkouts="$(cd "${1:?CHECKOUTS folder}" && pwd)"
work="$(cd "${2:?WORK folder}" && pwd)"
name="${3:-NLog}"
rounds="${4:-5}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0
version="$(sed -n 's:.*<AeosVersion>\(.*\)</AeosVersion>.*:\1:p' "$repo/eng/Version.props")"
project="$(grep -v '^#' "$repo/eng/realcode/codebases.tsv" | awk -F'\t' -v n="$name" '$1 == n { print $4 }')"
[ -n "$project" ] || { echo "no code base '$name' in codebases.tsv" >&2; exit 2; }
dir="$work/$name"
variants=(none aeos netanalyzers roslynator meziantou)
props=(-p:RealCodeSource="$checkouts/$name" -p:RealCodeAeosVersion="$version" -p:RestorePackagesPath="$work/packages")

build() { # variant, extra arguments...
  local variant="$1"; shift
  (cd "$dir" && dotnet build "$project" -t:Rebuild --no-restore -nodeReuse:false -tl:off "${props[@]}" \
     -p:RealCodeVariant="$variant" -p:AeosArtifactsPath="$dir/artifacts-$variant/" "$@")
}

for variant in "${variants[@]}" both; do
  (cd "$dir" && dotnet restore "$project" -nodeReuse:false -tl:off -v:q "${props[@]}" -p:RealCodeVariant="$variant") >/dev/null
  build "$variant" -v:q >/dev/null   # warm-up: disk cache, JIT of the SDK
done

times="$work/$name.cost.tsv"
: > "$times"
for round in $(seq 1 "$rounds"); do
  for variant in "${variants[@]}"; do
    start=$(date +%s.%N)
    build "$variant" -v:q >/dev/null
    end=$(date +%s.%N)
    printf '%s\t%s\t%s\n' "$round" "$variant" "$(echo "$end - $start" | bc)" >> "$times"
  done
done

echo "Rebuild wall time of $name, median of $rounds alternating rounds (load average before: $(cut -d' ' -f1-3 /proc/loadavg)):"
echo "| analyzers | median (s) | vs no analyzers |"
echo "|---|---:|---:|"
median() { awk -F'\t' -v v="$1" '$2 == v { print $3 }' "$times" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
base=$(median none)
for variant in "${variants[@]}"; do
  m=$(median "$variant")
  printf '| %s | %.2f | %+.1f %% |\n' "$variant" "$m" "$(echo "($m - $base) * 100 / $base" | bc -l)"
done

echo
echo "Per-analyzer time (one build of Aeos and NetAnalyzers together, -p:ReportAnalyzer=true):"
build both -v:d -p:ReportAnalyzer=true > "$work/$name.report-analyzer.log"
awk '/Total analyzer execution time/ { on = 1 } on' "$work/$name.report-analyzer.log" \
  | grep -E 'Total analyzer|Aeos\.Analyzers|CodeMetricsAnalyzer|NetAnalyzers, Version' | grep -v -E 'Target|Task' | sed 's/^ *//' | head -60
