#!/usr/bin/env bash
# Puts each code base of codebases.tsv, at its pinned commit, into CHECKOUTS/<name> (the src folder only).
#
#   bash eng/realcode/checkout.sh CHECKOUTS [BARE_CLONES]
#
# BARE_CLONES, when given, is a folder of existing bare clones named <owner>+<name> (or <owner>+<name>/repo);
# otherwise each repository is cloned from GitHub into a temporary folder.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "${1:?CHECKOUTS folder}"
checkouts="$(cd "$1" && pwd)"
bare="${2:-}"
grep -v '^#' "$repo/eng/realcode/codebases.tsv" | while IFS=$'\t' read -r name origin commit _; do
  gitdir=""
  for candidate in "$bare/${origin/\//+}/repo" "$bare/${origin/\//+}"; do
    [ -n "$bare" ] && git --git-dir="$candidate" rev-parse -q --verify "$commit^{commit}" >/dev/null 2>&1 && { gitdir="$candidate"; break; }
  done
  if [ -z "$gitdir" ]; then
    gitdir="$(mktemp -d)/repo.git"
    git clone -q --bare "https://github.com/$origin.git" "$gitdir"
  fi
  rm -rf "${checkouts:?}/$name" && mkdir -p "$checkouts/$name"
  git --git-dir="$gitdir" archive "$commit" src | tar -x -C "$checkouts/$name"
  echo "$commit" > "$checkouts/$name/.realcode-commit"
  echo "$name: $commit ($(find "$checkouts/$name/src" -name '*.cs' | wc -l) C# files under src/)"
done
