// format_fixed: exact fixed-point and scientific text of a double ('%.Nf',
// '{:.Nf}', '%.Ne', '{:.Ne}') for the common magnitudes, in integer arithmetic instead of the
// general decimal conversion. The result is the correctly rounded decimal (ties to even on the
// exact binary value), as CPython's dtoa-based formatting gives.
#pragma once

namespace pyvm::runtime {

// Writes v with `precision` digits after the point ('-' for negatives,
// -0.0 included) into `buf` and returns the length, or -1 when v is not
// finite, |v| >= 2**53, or precision is outside 0..17 (the caller then uses
// the general conversion). `buf` needs at least 40 bytes.
int fixed_to_chars_exact(double v, int precision, char* buf);

// Writes v in scientific notation ('%.Ne': one digit, the point unless
// precision is 0, `precision` digits, 'e', the exponent's sign and at least
// two digits) into `buf` (at least 40 bytes) and returns the length, or -1
// when v is not finite, precision is outside 0..17, or the exact scaling does
// not fit 128 bits (the caller then uses the general conversion).
int sci_to_chars_exact(double v, int precision, char* buf);

}  // namespace pyvm::runtime
