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

}  // namespace

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
