// Runtime entry points that side traces call (by address): the allocations
// that carry a loop nest from one loop to the next (a range object, a fresh
// iterator). Like jit/helpers.h they never raise and never run Python code.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::jit {

// range(start, stop) for two small ints: the new range's Value word.
uint64_t helper_new_range(vm::VM* vm, int64_t start, int64_t stop);
// iter(object) for an exact list, range, dict, set, frozenset or dict view
// (the recorder guards the type; none runs Python code).
uint64_t helper_iter_new(vm::VM* vm, uint64_t object);

}  // namespace pyvm::jit
