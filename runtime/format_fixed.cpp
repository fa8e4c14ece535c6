// format_fixed: exact fixed-point formatting of doubles (see format_fixed.h).
// v = m * 2**e exactly (m below 2**53); v * 10**p is m * 10**p (below 2**110,
// a 128-bit integer) shifted right by -e, rounded half to even on the bits
// shifted out.
#include "runtime/format_fixed.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace pyvm::runtime {

namespace {

using U128 = unsigned __int128;

constexpr uint64_t kPow10[] = {1,
                               10,
                               100,
                               1000,
                               10000,
                               100000,
                               1000000,
                               10000000,
                               100000000,
                               1000000000,
                               10000000000,
                               100000000000,
                               1000000000000,
                               10000000000000,
                               100000000000000,
                               1000000000000000,
                               10000000000000000,
                               100000000000000000};
constexpr int kMaxPrecision = 17;

// round(m * 10**p / 2**k), ties to even; k >= 1.
U128 scaled_round(uint64_t m, int p, int k) {
  U128 n = static_cast<U128>(m) * kPow10[p];
  if (k >= 128) return 0;  // n < 2**110: below one half
  U128 q = n >> k;
  U128 r = n & ((U128{1} << k) - 1);
  U128 half = U128{1} << (k - 1);
  if (r > half || (r == half && (q & 1) != 0)) ++q;
  return q;
}

// v's binary parts: v = m * 2**e, m below 2**53 (v finite, not negative).
void binary_parts(double a, uint64_t* m, int* e) {
  auto bits = std::bit_cast<uint64_t>(a);
  auto exp_bits = static_cast<int>(bits >> 52);
  *m = bits & ((uint64_t{1} << 52) - 1);
  if (exp_bits == 0) {
    *e = -1074;
  } else {
    *m |= uint64_t{1} << 52;
    *e = exp_bits - 1075;
  }
}

U128 pow10_128(int k) {
  U128 p = 1;
  for (int i = 0; i < k; ++i) p *= 10;
  return p;
}

int bit_width_128(U128 v) {
  auto hi = static_cast<uint64_t>(v >> 64);
  return hi != 0 ? 64 + std::bit_width(hi) : std::bit_width(static_cast<uint64_t>(v));
}

// round(q + r / den) half to even, for 0 <= r < den < 2**127.
U128 round_quotient(U128 q, U128 r, U128 den) {
  U128 twice = r << 1;
  if (twice > den || (twice == den && (q & 1) != 0)) ++q;
  return q;
}

// round(m * 2**e * 10**k) half to even into *out; false when a quantity of
// the computation would not fit 128 bits.
bool scaled_value(uint64_t m, int e, int k, U128* out) {
  if (k >= 0) {
    if (k > 22) return false;  // m * 10**22 < 2**127
    U128 n = static_cast<U128>(m) * pow10_128(k);
    if (e >= 0) {
      if (bit_width_128(n) + e > 127) return false;
      *out = n << e;
      return true;
    }
    int shift = -e;
    if (shift > 126) return false;
    *out = round_quotient(n >> shift, n & ((U128{1} << shift) - 1), U128{1} << shift);
    return true;
  }
  int j = -k;
  if (j > 19) return false;
  U128 den = pow10_128(j);
  U128 num = m;
  if (e >= 0) {
    if (std::bit_width(m) + e > 127) return false;
    num <<= e;
  } else {
    if (bit_width_128(den) - e > 126) return false;
    den <<= -e;
  }
  *out = round_quotient(num / den, num % den, den);
  return true;
}

}  // namespace

int sci_to_chars_exact(double v, int precision, char* buf) {
  if (precision < 0 || precision > kMaxPrecision || !std::isfinite(v)) return -1;
  double a = std::fabs(v);
  uint64_t digits = 0;
  int d = 0;
  if (a != 0) {
    uint64_t m;
    int e;
    binary_parts(a, &m, &e);
    d = static_cast<int>(std::floor(std::log10(a)));
    uint64_t low = kPow10[precision];
    U128 high = static_cast<U128>(low) * 10;
    bool found = false;
    for (int attempt = 0; attempt < 3 && !found; ++attempt) {
      U128 n;
      if (!scaled_value(m, e, precision - d, &n)) return -1;
      if (n >= high) {
        ++d;
      } else if (n < low) {
        --d;
      } else {
        digits = static_cast<uint64_t>(n);
        found = true;
      }
    }
    if (!found) return -1;
  }
  char* out = buf;
  if (std::signbit(v)) *out++ = '-';
  char text[20] = {};
  char* end = std::to_chars(text, text + sizeof text, digits).ptr;
  int written = static_cast<int>(end - text);
  *out++ = written > precision ? text[0] : '0';  // digits == 0 only for a zero
  if (precision > 0) {
    *out++ = '.';
    for (int i = 1; i <= precision; ++i) *out++ = i < written ? text[i] : '0';
  }
  *out++ = 'e';
  *out++ = d < 0 ? '-' : '+';
  int exponent = d < 0 ? -d : d;
  if (exponent < 10) *out++ = '0';
  out = std::to_chars(out, out + 4, exponent).ptr;
  return static_cast<int>(out - buf);
}

int fixed_to_chars_exact(double v, int precision, char* buf) {
  if (precision < 0 || precision > kMaxPrecision || !std::isfinite(v)) return -1;
  double a = std::fabs(v);
  if (a >= 9007199254740992.0) return -1;  // 2**53
  auto bits = std::bit_cast<uint64_t>(a);
  auto exp_bits = static_cast<int>(bits >> 52);
  uint64_t m = bits & ((uint64_t{1} << 52) - 1);
  int e;
  if (exp_bits == 0) {
    e = -1074;
  } else {
    m |= uint64_t{1} << 52;
    e = exp_bits - 1075;
  }
  U128 scaled;
  if (e >= 0) {
    scaled = static_cast<U128>(m << e) * kPow10[precision];  // a < 2**53: no overflow
  } else {
    scaled = scaled_round(m, precision, -e);
  }
  uint64_t pow = kPow10[precision];
  auto whole = static_cast<uint64_t>(scaled / pow);
  auto frac = static_cast<uint64_t>(scaled % pow);
  char* out = buf;
  if (std::signbit(v)) *out++ = '-';
  out = std::to_chars(out, out + 20, whole).ptr;
  if (precision > 0) {
    *out++ = '.';
    char* end = out + precision;
    for (char* p = end - 1; p >= out; --p) {
      *p = static_cast<char>('0' + frac % 10);
      frac /= 10;
    }
    out = end;
  }
  return static_cast<int>(out - buf);
}

}  // namespace pyvm::runtime
