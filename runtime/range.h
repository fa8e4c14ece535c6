// range: immutable arithmetic progressions, and the range iterator whose
// layout the interpreter's FOR_ITER fast path reads directly.
// Invariants:
//   - start, stop and step are ints (small or big); step is never 0.
//   - `length` is the item count when it fits int64, else -1 (len() then
//     raises OverflowError, as CPython does beyond sys.maxsize).
//   - `is_small` is 1 when start, stop, step and every item fit int64; only
//     such ranges are iterated through RangeIterator.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::runtime {

struct Range : Object {
  Value start;
  Value stop;
  Value step;
  int64_t length;  // -1: does not fit int64
  int64_t is_small;
};

// Iterates a small range: yields `next`, then next + step, `remaining` times.
struct RangeIterator : Object {
  int64_t next;
  int64_t step;
  int64_t remaining;
};

// A new range; raises ValueError when step is 0, TypeError for non-ints.
[[nodiscard]] Value range_new(VM& vm, Value start, Value stop, Value step);
Value range_new_small(VM& vm, int64_t start, int64_t stop, int64_t step);

void init_range_type(VM& vm);

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::Range;
using runtime::RangeIterator;
}  // namespace pyvm
