// float: IEEE-754 binary64 boxed in a heap object.
// repr is the shortest string that round-trips (std::to_chars), formatted the
// way CPython's float_repr does (`1e+16`, `1.5`, `inf`, `nan`, `-0.0`).
#pragma once

#include <string>

#include "runtime/object.h"

namespace pyvm::runtime {

struct Float : Object {
  double value;
};

Value float_new(VM& vm, double v);
inline double float_value(Value v) { return v.as<Float>()->value; }
std::string float_repr_string(double v);
int64_t float_hash(double v);  // CPython's hash; equal to the int hash for integral values
// Converts int or float to double; raises TypeError/OverflowError, returning false.
[[nodiscard]] bool number_to_double(VM& vm, Value v, double* out);

Value float_binary(VM& vm, BinaryOp op, Value a, Value b);

void init_float_type(VM& vm);

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::Float;
}  // namespace pyvm
