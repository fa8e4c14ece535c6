// Shared setup of the libFuzzer targets: one VM per fuzzing process, reused
// for every input, with stdin/stdout detached so that fuzzed programs can
// neither block on input nor flood the terminal.
#pragma once

#include <cstdio>

#include "runtime/module.h"
#include "vm/vm.h"

namespace pyvm::fuzz {

inline VM& fuzz_vm() {
  static VM* vm = [] {
    (void)std::freopen("/dev/null", "r", stdin);
    (void)std::freopen("/dev/null", "w", stdout);
    return new VM();
  }();
  return *vm;
}

}  // namespace pyvm::fuzz
