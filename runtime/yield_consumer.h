// Yields taken by their consumer without suspending the generator: while
// `sum()` resumes an exact generator, it registers a YieldConsumer on the VM;
// a YIELD_VALUE executed in that generator's own frame whose value is a
// small int whose sum with the running total is a small int adds it to the
// total and goes on with the body as if `next()` had resumed it at once
// (None is the value sent). The JIT records the same thing as a residual call
// (jit/generators.h), so the loop of `sum(x % 7 for x in ...)` or of a
// filtering generator consumed by `sum` stays in one trace.
//
// Invariants:
//   - Only the consumer's own generator, only in its own frame (not a
//     generator it resumes, not `yield from` delegates), only small ints: the
//     addition runs no Python code, so nothing can observe that the generator
//     did not suspend between the items.
//   - Registrations nest (a generator body calling `sum` on another
//     generator): each one restores the previous on return, exceptions
//     included.
#pragma once

#include <cstdint>

#include "runtime/value.h"
#include "vm/vm.h"

namespace pyvm::runtime {

struct Generator;

struct YieldConsumer {
  Generator* gen;           // whose own yields are taken
  int64_t total;            // sum's running total, a small int
  YieldConsumer* previous;  // the registration this one hides
};

// YIELD_VALUE of `value` in a frame of `gen`: true when the consumer took it.
[[nodiscard]] inline bool consume_yield(vm::VM& vm, Generator* gen, Value value) {
  YieldConsumer* c = vm.yield_consumer;
  if (c == nullptr || c->gen != gen || gen == nullptr || !value.is_small_int()) return false;
  int64_t r = c->total + value.small_int();  // both fit in 63 bits: no overflow
  if (!Value::fits_small_int(r)) return false;
  c->total = r;
  return true;
}

}  // namespace pyvm::runtime
