// complex: a pair of IEEE-754 doubles boxed in a heap object, with CPython's
// arithmetic (including exact-ish integer powers), repr and hash.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

struct Complex : Object {
  double real;
  double imag;
};

Value complex_new(VM& vm, double real, double imag);
// The complex type's binary slot; accepts int, float and complex operands.
Value complex_binary(VM& vm, BinaryOp op, Value a, Value b);
// abs(z) as a float; OverflowError "absolute value too large" on overflow.
[[nodiscard]] Value complex_abs(VM& vm, Value z);

void init_complex_type(VM& vm);

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::Complex;
}  // namespace pyvm
