#!/usr/bin/env bash
# Builds the four real code bases of codebases.tsv with the Aeos package packed from this repository, and reports
# per rule: diagnostics, analyzer exceptions (AD0001), a fixed-seed review sample, the fix-safety check and the
# AEOS1001/CA1502 agreement. Nothing of the code bases enters the repository: they are read where they lie.
#
#   bash eng/realcode/run.sh CHECKOUTS WORK [STEP...]
#
# CHECKOUTS holds one folder per code base, named as in codebases.tsv, with the code base's tree at the pinned
# commit (make it with checkout.sh). WORK receives the projects, logs and reports (outside the repository).
# STEPs (default: all): build, summary, sample, fixes, agree.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
checkouts="$(cd "${1:?CHECKOUTS folder}" && pwd)"
mkdir -p "${2:?WORK folder}"
work="$(cd "$2" && pwd)"
shift 2
steps="${*:-build summary sample fixes agree}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0
version="$(sed -n 's:.*<AeosVersion>\(.*\)</AeosVersion>.*:\1:p' "$repo/eng/Version.props")"
tool=(dotnet run --project "$repo/eng/realcode/Aeos.RealCode" -c Release --no-launch-profile --)

codebases() { grep -v '^#' "$repo/eng/realcode/codebases.tsv"; }

# One project folder per code base and variant, with the shared props, a NuGet.config adding the fresh package
# and a packages folder of its own (no stale copy of this version from the machine's cache).
prepare() {
  local name="$1" project="$2" dir="$work/$1"
  mkdir -p "$dir"
  cp -r "$repo/eng/realcode/projects/$project" "$repo"/eng/realcode/projects/Directory.Build.* \
     "$repo/eng/realcode/projects/metrics" "$dir/"
  cat > "$dir/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="aeos-realcode" value="$work/feed" /></packageSources></configuration>
XML
}

build() {
  local name="$1" project="$2" variant="$3"
  (cd "$work/$name" && dotnet build "$project" -nodeReuse:false -tl:off -v:q -clp:NoSummary \
     -p:RealCodeSource="$checkouts/$name" -p:RealCodeVariant="$variant" -p:RealCodeAeosVersion="$version" \
     -p:RestorePackagesPath="$work/packages" -p:AeosArtifactsPath="$work/$name/artifacts-$variant/" \
     > "$work/$name/$variant.build.log" 2>&1) \
    || { echo "$name ($variant): the build failed; see $work/$name/$variant.build.log" >&2; tail -5 "$work/$name/$variant.build.log" >&2; return 1; }
  echo "$name ($variant): $(grep -c '' "$work/$name/$variant.build.log") log lines, SARIF $work/$name/$variant.sarif"
}

verify_commit() {
  local name="$1" commit="$2" dir="$checkouts/$1"
  [ -d "$dir/src" ] || { echo "$dir: no src folder (run checkout.sh first)" >&2; exit 1; }
  if [ -f "$dir/.realcode-commit" ] && [ "$(cat "$dir/.realcode-commit")" != "$commit" ]; then
    echo "$dir is at $(cat "$dir/.realcode-commit"), the recipe pins $commit" >&2; exit 1
  fi
}

for step in $steps; do
  case "$step" in
    build)
      rm -rf "$work/feed" "$work/packages/aeos.analyzers"
      dotnet pack "$repo/src/Aeos.Analyzers.Package/Aeos.Analyzers.Package.csproj" -c Release -o "$work/feed" -nodeReuse:false -tl:off -v:q
      while IFS=$'\t' read -r name _ commit project; do
        verify_commit "$name" "$commit"
        prepare "$name" "$project"
        build "$name" "$project" aeos
        build "$name" "$project" agree
      done < <(codebases) ;;
    summary) codebases | cut -f1 | sed "s:^:$work/:;s:$:/aeos.sarif:" | xargs "${tool[@]}" summary ;;
    sample)  codebases | cut -f1 | sed "s:^:$work/:;s:$:/aeos.sarif:" | xargs "${tool[@]}" sample --seed 20261207 --per-rule 10 ;;
    fixes)   for name in Serilog FluentValidation NLog Humanizer; do "${tool[@]}" fixes "$work/$name/aeos.csc.rsp"; done ;;
    agree)   codebases | cut -f1 | sed "s:^:$work/:;s:$:/agree.sarif:" | xargs "${tool[@]}" agree ;;
    *) echo "unknown step '$step' (build, summary, sample, fixes, agree)" >&2; exit 2 ;;
  esac
done
