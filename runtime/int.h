// int: arbitrary-precision integers. Values in the small range travel unboxed
// in a Value (runtime/value.h); larger ones are BigInt heap objects wrapping a
// GMP integer. bool is an int subtype whose two instances are Bool objects.
// Invariants:
//   - Canonical form: every result that fits the small range is returned as a
//     small int, so a BigInt never holds a small-range value.
//   - A BigInt owns its GMP limbs. Up to four limbs live inside the object
//     itself (value->_mp_d points just past the header; nothing to free);
//     longer ones are GMP-allocated and released by the finalizer. A
//     BigInt's value is never a GMP destination once built.
//   - Operands of at most two limbs take 128-bit arithmetic; other common
//     operators read their operands in place and compute into a reused
//     per-thread scratch integer, so short results allocate no GMP memory.
//   - Semantics are Python's: floor division and modulo round toward -inf,
//     `**` with a negative exponent gives a float, shifts by a negative count
//     raise ValueError, division by zero raises ZeroDivisionError.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>

#include "runtime/object.h"

namespace pyvm::runtime {

struct BigInt : Object {
  mpz_t value;  // limbs live outside the heap (GMP's allocator); freed by the finalizer
};

struct Bool : Object {
  int64_t value;  // 0 or 1
};

// True for int, bool and (later) their subclasses.
bool is_int(VM& vm, Value v);
Value int_from_int64(VM& vm, int64_t v);
Value int_from_uint64(VM& vm, uint64_t v);
Value int_from_mpz(VM& vm, const mpz_t v);  // copies; canonicalises
// Builds an int from marshal's base-2^15 digits, least significant first.
Value int_from_digits15(VM& vm, const uint16_t* digits, int64_t count, bool negative);
// Parses Python int literal syntax for int(s, base): returns null with
// ValueError pending on bad input.
[[nodiscard]] Value int_from_string(VM& vm, std::string_view text, int base);
// Converts to int64; returns false if `v` is an int too large (no exception).
bool int_to_int64(VM& vm, Value v, int64_t* out);
// Writes v into `out` (initialised by the caller). Precondition: is_int(v).
void int_to_mpz(VM& vm, Value v, mpz_t out);
std::string int_to_decimal(VM& vm, Value v);
int64_t int_hash(VM& vm, Value v);  // CPython's hash: modulo 2^61 - 1, never -1
// -1, 0, 1 comparing two ints.
int int_compare(VM& vm, Value a, Value b);
double int_to_double(VM& vm, Value v, bool* overflow);
// Compares an int with a double exactly: -1, 0, 1, or 2 when `d` is NaN.
int int_compare_double(VM& vm, Value i, double d);
// str(v): decimal text as a str; raises ValueError past 4300 digits.
[[nodiscard]] Value int_to_str(VM& vm, Value v);
// "-0x1f"-style text in base 2, 8, 16 (or any base <= 36 without a prefix).
std::string int_to_base_string(VM& vm, Value v, int base, bool with_prefix);
// pow(a, b, m) for ints (negative b: modular inverse), CPython's errors.
[[nodiscard]] Value int_pow_mod(VM& vm, Value a, Value b, Value m);
// round(x, ndigits) for an int x; ndigits may be null or None.
[[nodiscard]] Value int_round(VM& vm, Value x, Value ndigits);

// The int type's binary slot (also used by the interpreter's slow path).
Value int_binary(VM& vm, BinaryOp op, Value a, Value b);

void init_int_type(VM& vm);
void init_bool_type(VM& vm);

}  // namespace pyvm::runtime
