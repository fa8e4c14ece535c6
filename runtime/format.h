// format: the format-spec mini-language of format(value, spec) and f-strings
// for the built-in int, bool, float, complex and str types:
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// with CPython 3.11's layout rules and error messages.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Each returns a str, or null with ValueError/OverflowError pending. Error
// messages name `type_name`, the formatted object's own type (a subclass's or
// bool's name, as CPython's do).
[[nodiscard]] Value format_int(VM& vm, Value v, Str* spec, const char* type_name = "int");
[[nodiscard]] Value format_float(VM& vm, double v, Str* spec, const char* type_name = "float");
[[nodiscard]] Value format_complex(VM& vm, double real, double imag, Str* spec,
                                   const char* type_name = "complex");
[[nodiscard]] Value format_str(VM& vm, Str* s, Str* spec, const char* type_name = "str");
// True for an exact int, float or str: format_exact_span handles them.
[[nodiscard]] bool is_exact_formattable(VM& vm, Value v);
// format(v, s[start:end]) for such a `v` and a non-empty spec, read in place
// (str.format's fields: no spec str is made).
[[nodiscard]] Value format_exact_span(VM& vm, Value v, const Str* s, int64_t start, int64_t end);
// Dispatches on the type of `v`; NotImplemented for types it does not know.
[[nodiscard]] Value format_builtin(VM& vm, Value v, Str* spec);

}  // namespace pyvm::runtime
