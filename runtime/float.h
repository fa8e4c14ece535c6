// float: IEEE-754 binary64 boxed in a heap object.
// repr is the shortest string that round-trips (std::to_chars), formatted the
// way CPython's float_repr does (`1e+16`, `1.5`, `inf`, `nan`, `-0.0`).
#pragma once

#include <string>
#include <string_view>

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

// libm's pow(x, y), the result CPython gives, with a cheaper path for
// x ** 0.5: sqrt(x) when it is provably what pow returns (see float.cpp).
double float_pow_libm(double x, double y);
// The bound of that proof: sqrt's s is pow's answer when |s*s - x| <
// kSqrtIsPowFactor * s * 2^E, 2^E being s with its mantissa bits cleared
// (ulp(s) = 2^E * 2^-52), and s is not a power of two.
inline constexpr double kSqrtIsPowFactor = 0.92 * 0x1p-52;
// divmod(a, b) when either operand is a float (the other an int or float):
// a tuple, NotImplemented for other types, or null with an exception pending.
[[nodiscard]] Value float_divmod_values(VM& vm, Value a, Value b);
// round(x, ndigits) for a float x; ndigits null or None rounds to an int.
[[nodiscard]] Value float_round(VM& vm, double x, Value ndigits);
// Parses float() syntax (whitespace, sign, inf/nan, underscores); false if invalid.
bool float_parse(std::string_view text, double* out);

enum FloatFormatFlags : unsigned {
  kFloatAddDot0 = 1u << 0,  // integral results get ".0" ("1.0", not "1")
  kFloatAlt = 1u << 1,      // '#': keep the point and trailing zeros
};
// Formats v like CPython's PyOS_double_to_string: type 'r' (repr: shortest
// digits, precision ignored), 'e', 'f' or 'g' with `precision`; a leading '-'
// for negatives (including -0.0); "inf", "-inf", "nan".
std::string float_to_string(double v, char type, int precision, unsigned flags);
// The common cases of float_to_string written into `buf` (kFloatCharsBuffer
// bytes): finite v, type 'f' or 'e' with precision below 100 and no
// kFloatAlt, or type 'r' in the positional range. Returns the length, or -1
// for every other case (the caller then uses float_to_string).
inline constexpr size_t kFloatCharsBuffer = 512;
int float_to_chars(double v, char type, int precision, unsigned flags, char* buf);

void init_float_type(VM& vm);

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::Float;
}  // namespace pyvm
