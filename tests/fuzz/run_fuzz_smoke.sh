#!/usr/bin/env bash
# tests/fuzz/run_fuzz_smoke.sh: the fuzz_smoke ctest and scripts/test.sh's
# fuzz step. Replays the regression inputs through each target, then fuzzes
# each for SECONDS seconds from the seed corpus (tests/fuzz/make_seed_corpus.sh).
# Any crash fails the run; the crashing input is kept in
# $PYVM_FUZZ_ARTIFACTS (default: a temporary directory, printed).
# Usage: run_fuzz_smoke.sh BUILD_FUZZ_DIR SOURCE_FUZZ_DIR SECONDS [TARGET ...]
set -euo pipefail
bin=${1:?}; src=${2:?}; seconds=${3:-10}
shift 3 || shift $#
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(fuzz_marshal fuzz_verifier fuzz_run_pyc)
# The collector keeps garbage until its next collection: no leak checks.
# Last, so that it wins over a detect_leaks=1 inherited from the ASan ctest step.
export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
artifacts=${PYVM_FUZZ_ARTIFACTS:-$(mktemp -d)}
"$src/make_seed_corpus.sh" "$work/seeds" >/dev/null
regressions=()
for f in "$src"/regressions/*; do
  [[ -f $f && $f != *.md ]] && regressions+=("$f")
done
for target in "${targets[@]}"; do
  seeds="$work/seeds/marshal"
  [[ $target == fuzz_run_pyc ]] && seeds="$work/seeds/pyc"
  # Replays run each input once; deep recursion under ASan takes seconds.
  if [[ ${#regressions[@]} -gt 0 ]]; then
    "$bin/$target" -runs=0 -timeout=60 -detect_leaks=0 "${regressions[@]}" >"$work/$target.replay" 2>&1 ||
      { tail -40 "$work/$target.replay"; echo "$target: a regression input fails"; exit 1; }
  fi
  mkdir -p "$work/corpus-$target"
  # A slow input is not a crash: on a loaded CI machine one can pass the
  # timeout although the step budget bounds it, so a timeout ends the smoke
  # run without failing it (long runs keep the default and report them).
  "$bin/$target" -max_total_time="$seconds" -timeout=30 -timeout_exitcode=0 -rss_limit_mb=4096 \
    -detect_leaks=0 \
    -artifact_prefix="$artifacts/" "$work/corpus-$target" "$seeds" >"$work/$target.log" 2>&1 ||
    { tail -40 "$work/$target.log"; echo "$target: crash (input kept in $artifacts/)"; exit 1; }
  echo "$target: ok ($(grep -c . "$work/$target.log") log lines)"
done
