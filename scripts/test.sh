#!/usr/bin/env bash
# scripts/test.sh: builds pyvm and runs every test: the clang-format check,
# then ctest (unit tests and the CPython conformance suite) on a Release build
# in build/, then again on an AddressSanitizer + UBSan build in build-asan/,
# then the libFuzzer targets (clang) in build-fuzz/: each replays the
# regression inputs and fuzzes for a few seconds (tests/fuzz/README.md).
# Ends with one line `N passed, M failed` and exits non-zero on any failure.
#
# Environment:
#   PYVM_SKIP_ASAN=1       skip the sanitizer build
#   PYVM_SKIP_FUZZ=1       skip the fuzz build and its smoke runs
#   PYVM_SKIP_FORMAT=1     skip the clang-format check
#   PYVM_BUILD_DIR         Release build directory (default: build)
#   PYVM_ASAN_BUILD_DIR    sanitizer build directory (default: build-asan)
#   PYVM_FUZZ_BUILD_DIR    fuzz build directory (default: build-fuzz)
#   PYVM_FUZZ_SECONDS      fuzzing time per target (default: 15)
#   PYVM_JOBS              parallel build and test jobs (default: nproc)
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${PYVM_BUILD_DIR:-build}
ASAN_BUILD_DIR=${PYVM_ASAN_BUILD_DIR:-build-asan}
FUZZ_BUILD_DIR=${PYVM_FUZZ_BUILD_DIR:-build-fuzz}
FUZZ_SECONDS=${PYVM_FUZZ_SECONDS:-15}
JOBS=${PYVM_JOBS:-$(nproc)}
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT

total_passed=0
total_failed=0
failures=()

# Records one failed step that ran no countable tests.
step_failed() {
  total_failed=$((total_failed + 1))
  failures+=("$1")
}

check_format() {
  echo "== clang-format check"
  local f bad=()
  while read -r f; do
    if [[ -f $f ]] && ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
      bad+=("$f")
    fi
  done < <(git ls-files --cached --others --exclude-standard -- '*.h' '*.cpp' '*.cc')
  if [[ ${#bad[@]} -eq 0 ]]; then
    total_passed=$((total_passed + 1))
  else
    echo "not clang-format clean: ${bad[*]}"
    step_failed "clang-format: ${#bad[@]} files (fix with: clang-format -i FILE)"
  fi
}

# build_and_test NAME DIR CMAKE_ARGS...: configures, builds and runs ctest.
build_and_test() {
  local name=$1 dir=$2
  shift 2
  echo "== $name: configure and build in $dir/"
  if ! cmake -S "$ROOT" -B "$dir" "$@" >/dev/null; then
    step_failed "$name: cmake configure"
    return
  fi
  if ! cmake --build "$dir" -j "$JOBS"; then
    step_failed "$name: build"
    return
  fi
  echo "== $name: ctest"
  ctest --test-dir "$dir" --output-on-failure -j "$JOBS" 2>&1 | tee "$LOG"
  local status=${PIPESTATUS[0]}
  count_ctest "$name" "$status"
}

# Adds ctest's "X% tests passed, F tests failed out of T" line to the totals.
count_ctest() {
  local name=$1 status=$2 line failed total
  line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$LOG" | tail -n 1)
  if [[ -z $line ]]; then
    step_failed "$name: ctest ran no tests (exit $status)"
    return
  fi
  failed=$(sed -E 's/.* ([0-9]+) tests? failed out of.*/\1/' <<<"$line")
  total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")
  total_passed=$((total_passed + total - failed))
  total_failed=$((total_failed + failed))
  if [[ $failed -ne 0 ]]; then
    failures+=("$name: $failed of $total ctest tests")
  elif [[ $status -ne 0 ]]; then
    step_failed "$name: ctest exited $status"
  fi
}

# The libFuzzer targets need clang and only the three fuzz executables (no
# unit tests, no pyvm binary): -O1 with line tables keeps the build short and
# the reports readable. Each target replays tests/fuzz/regressions/ and then
# fuzzes FUZZ_SECONDS from the seed corpus; one pass or failure per target.
fuzz_smoke() {
  echo "== fuzz: configure and build in $FUZZ_BUILD_DIR/"
  if ! CC=clang CXX=clang++ cmake -S "$ROOT" -B "$FUZZ_BUILD_DIR" -DPYVM_FUZZ=ON \
    -DPYVM_BUILD_TESTS=OFF -DPYVM_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" >/dev/null; then
    step_failed "fuzz: cmake configure"
    return
  fi
  if ! cmake --build "$FUZZ_BUILD_DIR" -j "$JOBS" --target fuzz_marshal fuzz_verifier fuzz_run_pyc; then
    step_failed "fuzz: build"
    return
  fi
  echo "== fuzz: smoke runs (${FUZZ_SECONDS}s per target)"
  local target
  for target in fuzz_marshal fuzz_verifier fuzz_run_pyc; do
    if "$ROOT/tests/fuzz/run_fuzz_smoke.sh" "$FUZZ_BUILD_DIR/tests/fuzz" "$ROOT/tests/fuzz" \
      "$FUZZ_SECONDS" "$target"; then
      total_passed=$((total_passed + 1))
    else
      step_failed "fuzz: $target"
    fi
  done
}

main() {
  cd "$ROOT" || exit 1
  if [[ ${PYVM_SKIP_FORMAT:-0} != 1 ]]; then
    check_format
  fi
  build_and_test release "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release
  if [[ ${PYVM_SKIP_ASAN:-0} != 1 ]]; then
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
    build_and_test asan "$ASAN_BUILD_DIR" -DCMAKE_BUILD_TYPE=Debug -DPYVM_SANITIZE=ON
  fi
  if [[ ${PYVM_SKIP_FUZZ:-0} != 1 ]]; then
    fuzz_smoke
  fi
  echo "== summary"
  local f
  for f in "${failures[@]}"; do
    echo "FAILED: $f"
  done
  echo "$total_passed passed, $total_failed failed"
  [[ $total_failed -eq 0 ]]
}

main "$@"
