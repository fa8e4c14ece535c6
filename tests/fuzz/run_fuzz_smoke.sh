#!/usr/bin/env bash
# tests/fuzz/run_fuzz_smoke.sh: the fuzz_smoke ctest. Replays the regression
# inputs through each target, then fuzzes each for SECONDS seconds from the
# seed corpus (tests/fuzz/make_seed_corpus.sh). Any crash fails the test.
# Usage: run_fuzz_smoke.sh BUILD_FUZZ_DIR SOURCE_FUZZ_DIR SECONDS
set -euo pipefail
bin=${1:?}; src=${2:?}; seconds=${3:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$src/make_seed_corpus.sh" "$work/seeds" >/dev/null
regressions=("$src"/regressions/*)
for target in fuzz_marshal fuzz_verifier fuzz_run_pyc; do
  seeds="$work/seeds/marshal"
  [[ $target == fuzz_run_pyc ]] && seeds="$work/seeds/pyc"
  if [[ -e ${regressions[0]} ]]; then
    "$bin/$target" -runs=0 "${regressions[@]}" >/dev/null 2>&1 ||
      { echo "$target: a regression input fails"; exit 1; }
  fi
  mkdir -p "$work/corpus-$target"
  "$bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
    -artifact_prefix="$work/" "$work/corpus-$target" "$seeds" >"$work/$target.log" 2>&1 ||
    { tail -40 "$work/$target.log"; echo "$target: crash"; exit 1; }
  echo "$target: ok ($(grep -c . "$work/$target.log") log lines)"
done
