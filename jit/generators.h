// The residual helper of yields taken by their consumer inside a trace (see
// runtime/yield_consumer.h): a loop in a generator's own body whose
// YIELD_VALUE `sum()` takes records it as `sum_yield(value)` instead of
// aborting at the yield (jit/recorder_generators.cpp holds the recorder's
// half).
//
// Invariants:
//   - The helper decides at run time, as the interpreter does: the frame the
//     trace runs in (the VM's top frame) belongs to the consumer's generator
//     and the value is a small int whose sum with the total is one. Otherwise
//     it returns 0 with no effect; the trace exits before the YIELD_VALUE and
//     the interpreter yields.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::jit {

// value -> None (taken by the consumer), or 0.
uint64_t r_sum_yield(vm::VM* vm, const uint64_t* args, int64_t n);

}  // namespace pyvm::jit
