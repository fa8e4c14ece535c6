// format: the format-spec mini-language of format(value, spec) and f-strings
// for the built-in int, bool, float, complex and str types:
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// with CPython 3.11's layout rules and error messages.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Each returns a str, or null with ValueError/OverflowError pending.
[[nodiscard]] Value format_int(VM& vm, Value v, Str* spec);
[[nodiscard]] Value format_float(VM& vm, double v, Str* spec);
[[nodiscard]] Value format_complex(VM& vm, double real, double imag, Str* spec);
[[nodiscard]] Value format_str(VM& vm, Str* s, Str* spec);
// Dispatches on the type of `v`; NotImplemented for types it does not know.
[[nodiscard]] Value format_builtin(VM& vm, Value v, Str* spec);

}  // namespace pyvm::runtime
