#!/usr/bin/env bash
# The main job: pack Aeos.Analyzers from source, build the sample against the fresh package, and show
# what a user sees: the diagnostics, the summary line, the failing gate and the evidence folder.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
packages="$repo/samples/.packages"   # a packages folder of the sample's own: no stale copy of this version
build_flags=(-nodeReuse:false -tl:off)

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "1/4 Pack Aeos.Analyzers into artifacts/packages"
dotnet pack src/Aeos.Analyzers.Package/Aeos.Analyzers.Package.csproj -c Release "${build_flags[@]}"

step "2/4 Build samples/Aeos.Samples.sln against it: diagnostics and the Aeos summary line"
rm -rf samples/artifacts   # the evidence bundle of earlier runs: show this run's
rm -rf "$packages/aeos.analyzers"
dotnet restore samples/Aeos.Samples.sln --packages "$packages" --force "${build_flags[@]}"
dotnet build samples/Aeos.Samples.sln --no-restore "${build_flags[@]}"

step "3/4 The gate: the same build with warnings as errors must fail"
# Its evidence goes to a folder of its own, so that samples/artifacts keeps the report of the normal build.
gate_artifacts="$(mktemp -d)"
set +e
dotnet build samples/Aeos.Samples.sln --no-restore -p:TreatWarningsAsErrors=true -p:AeosArtifactsPath="$gate_artifacts/" "${build_flags[@]}"
gate=$?
set -e
rm -rf "$gate_artifacts"
if [ "$gate" -eq 0 ]; then
  echo "UNEXPECTED: the gate passed although the sample has a violation" >&2
  exit 1
fi
echo "-> the gate failed the build as expected (dotnet build exit code $gate)"

step "4/4 The evidence bundle of the normal build (step 2): samples/artifacts"
(cd samples/artifacts && find . -type f | sort)
echo
echo "Aeos results in the SARIF log:"
grep -o '"ruleId": *"AEOS[0-9]*"' samples/artifacts/evidence/Aeos.Sample.sarif | sort | uniq -c
echo
echo "reports/inventory.yaml:"
cat samples/artifacts/reports/inventory.yaml
echo
echo "The last line of progress/progress.log.jsonl:"
tail -n 1 samples/artifacts/progress/progress.log.jsonl
echo
echo "The report to open in a browser: samples/artifacts/reports/index.html (the same as Markdown: reports/summary.md)"
