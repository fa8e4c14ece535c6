#!/usr/bin/env bash
# scripts/setup.sh: installs the Debian 12 packages pyvm needs to build, test
# and benchmark. Idempotent: when every package is already installed it does
# nothing (no apt-get at all), so re-running it is cheap.
set -euo pipefail

PACKAGES=(
  cmake g++ make pkg-config               # toolchain
  libgtest-dev libgmock-dev               # unit tests
  libbenchmark-dev                        # micro-benchmarks
  libasmjit-dev                           # JIT code emission
  libgmp-dev                              # big ints
  libutf8proc-dev                         # unicode tables
  python3.11 libpython3.11-testsuite      # the oracle and its test suite
  pypy3                                   # benchmark comparison
  clang-format                            # style check
  valgrind                                # instruction counts, memcheck
  clang                                   # libFuzzer targets (tests/fuzz)
  chromium                                # dashboard screenshot test (bench/dashboard.py)
)

missing_packages() {
  local pkg
  for pkg in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q '^install ok installed$'; then
      echo "$pkg"
    fi
  done
}

as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "setup.sh: need root (or sudo) to run: $*" >&2
    exit 1
  fi
}

main() {
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "setup.sh: this script targets Debian 12 (apt-get and dpkg not found)" >&2
    exit 1
  fi
  local missing
  mapfile -t missing < <(missing_packages)
  if [[ ${#missing[@]} -eq 0 ]]; then
    echo "setup.sh: all ${#PACKAGES[@]} packages already installed"
    return 0
  fi
  echo "setup.sh: installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
  missing=()
  mapfile -t missing < <(missing_packages)
  if [[ ${#missing[@]} -ne 0 ]]; then
    echo "setup.sh: still missing after install: ${missing[*]}" >&2
    exit 1
  fi
  echo "setup.sh: done"
}

main "$@"
