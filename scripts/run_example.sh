#!/usr/bin/env bash
# scripts/run_example.sh: builds pyvm (Release) and runs the compute-heavy
# example examples/nbody.py on pyvm and on CPython 3.11, then reports whether
# both printed the same output and how long each took.
#
# Usage: scripts/run_example.sh [STEPS]
# Environment: PYVM_BUILD_DIR (default: build), PYVM_JOBS (default: nproc),
# PYVM_PYTHON (the CPython 3.11 to compare with, default: python3.11).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${PYVM_BUILD_DIR:-build}
JOBS=${PYVM_JOBS:-$(nproc)}
EXAMPLE=examples/nbody.py
PYTHON=${PYVM_PYTHON:-python3.11}

cd "$ROOT"
echo "== building pyvm (Release) in $BUILD_DIR/"
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$BUILD_DIR" --target pyvm -j "$JOBS"

OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# Runs "$@" with stdout/stderr to $OUT/$name.{out,err}; sets status and seconds.
timed_run() {
  local name=$1
  shift
  local start end
  start=$(date +%s%N)
  set +e
  "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"
  status=$?
  set -e
  end=$(date +%s%N)
  seconds=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }')
}

# The real interpreter binary (not a version-manager shim), so that the
# timings compare interpreters; compile the example ahead so that pyvm's time
# excludes compiling it (pyvm reuses a fresh __pycache__ entry).
PYTHON=$("$PYTHON" -c 'import sys; print(sys.executable)')
export PYVM_PYTHON=$PYTHON
"$PYTHON" -m py_compile "$EXAMPLE"

echo "== $EXAMPLE on pyvm"
timed_run pyvm "$BUILD_DIR/pyvm" "$EXAMPLE" "$@"
pyvm_status=$status pyvm_seconds=$seconds
cat "$OUT/pyvm.out" "$OUT/pyvm.err"

echo "== $EXAMPLE on CPython ($("$PYTHON" --version 2>&1))"
timed_run cpython "$PYTHON" "$EXAMPLE" "$@"
cpython_status=$status cpython_seconds=$seconds

echo "== result"
echo "pyvm:    ${pyvm_seconds} s (exit $pyvm_status)"
echo "CPython: ${cpython_seconds} s (exit $cpython_status)"
if [[ $pyvm_status -eq $cpython_status ]] && cmp -s "$OUT/pyvm.out" "$OUT/cpython.out"; then
  echo "outputs agree: pyvm printed exactly what CPython printed"
else
  echo "outputs DIFFER (exit codes $pyvm_status vs $cpython_status):"
  diff "$OUT/cpython.out" "$OUT/pyvm.out" | head -20 || true
  exit 1
fi
