// int: small-int fast paths, GMP-backed big integers, and the int type's slots
// (arithmetic, comparison with ints and floats, hashing, conversions, int()).
#include "runtime/int.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/bytes.h"
#include "runtime/bytes_like.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/number_dunders.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/slot_wrappers.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

// CPython 3.11's default sys.get_int_max_str_digits().
constexpr int64_t kMaxStrDigits = 4300;
// Results above this many bits raise MemoryError instead of asking GMP (which
// aborts the process when it cannot allocate).
constexpr uint64_t kMaxResultBits = uint64_t{1} << 34;

// An owned GMP integer for temporaries.
class Mpz {
 public:
  Mpz() { mpz_init(value_); }
  ~Mpz() { mpz_clear(value_); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  mpz_ptr get() { return value_; }
  mpz_ptr operator->() { return value_; }  // for GMP macros such as mpz_sgn
  operator mpz_ptr() { return value_; }    // NOLINT: lets Mpz pass as mpz_t

 private:
  mpz_t value_;
};

// Results of at most this many limbs keep them inside the BigInt object:
// no GMP allocation, and nothing for the finalizer to free. GMP only ever
// reads a BigInt's value once it is built (it is never a destination), so it
// never tries to reallocate those limbs.
constexpr size_t kInlineLimbs = 4;

mp_limb_t* inline_limbs(BigInt* b) { return reinterpret_cast<mp_limb_t*>(b + 1); }

void finalize_big_int(Object* self) {
  BigInt* b = static_cast<BigInt*>(self);
  if (b->value->_mp_d != nullptr && b->value->_mp_d != inline_limbs(b)) mpz_clear(b->value);
}

// A new BigInt holding `size` limbs (sign in `negative`) inline; the caller
// writes the limbs. Precondition: 0 < size <= kInlineLimbs.
BigInt* big_int_inline(VM& vm, size_t size, bool negative) {
  BigInt* b = vm.allocate<BigInt>(vm.types().int_, size * sizeof(mp_limb_t));
  b->value->_mp_alloc = static_cast<int>(size);
  b->value->_mp_size = negative ? -static_cast<int>(size) : static_cast<int>(size);
  b->value->_mp_d = inline_limbs(b);
  return b;
}

// A BigInt from the value of `z` with inline limbs. Precondition: z is beyond
// the small range and mpz_size(z) <= kInlineLimbs.
Value big_int_inline_copy(VM& vm, mpz_srcptr z) {
  size_t n = mpz_size(z);
  BigInt* b = big_int_inline(vm, n, mpz_sgn(z) < 0);
  std::memcpy(inline_limbs(b), mpz_limbs_read(z), n * sizeof(mp_limb_t));
  return Value::from_object(b);
}

// A BigInt holding the magnitude `m` (beyond the small range) with a sign.
Value big_int_from_magnitude(VM& vm, unsigned __int128 m, bool negative) {
  static_assert(sizeof(mp_limb_t) == 8, "64-bit limbs");
  auto hi = static_cast<mp_limb_t>(m >> 64);
  BigInt* b = big_int_inline(vm, hi != 0 ? 2 : 1, negative);
  inline_limbs(b)[0] = static_cast<mp_limb_t>(m);
  if (hi != 0) inline_limbs(b)[1] = hi;
  return Value::from_object(b);
}

void trace_nothing(Object*, Tracer&) {}

// The value of `v` when it is in the small range (small ints, bools, and
// heap ints of subclasses that hold small values).
bool small_value(VM& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.small_int();
    return true;
  }
  Type* t = v.object()->type;
  if (t == vm.types().bool_) {
    *out = v.as<Bool>()->value;
    return true;
  }
  if (t == vm.types().int_) return false;  // canonical: never small
  const mpz_t& z = v.as<BigInt>()->value;
  if (!mpz_fits_slong_p(z)) return false;
  long s = mpz_get_si(z);
  if (!Value::fits_small_int(s)) return false;
  *out = s;
  return true;
}

// The limbs of a big int live in GMP's malloc'd memory, outside the heap:
// they count towards the next minor collection, or a loop making huge ints
// would grow without ever collecting the dead ones.
void note_limbs(VM& vm, BigInt* b) {
  vm.heap().note_external_allocation(b, mpz_size(b->value) * sizeof(mp_limb_t));
}

// Steals the contents of `z` into a new int (canonicalising).
Value int_from_mpz_move(VM& vm, mpz_ptr z) {
  if (mpz_fits_slong_p(z)) {
    long s = mpz_get_si(z);
    if (Value::fits_small_int(s)) return Value::from_small_int(s);
  }
  if (mpz_size(z) <= kInlineLimbs) return big_int_inline_copy(vm, z);
  BigInt* b = vm.allocate<BigInt>(vm.types().int_);
  mpz_init(b->value);
  mpz_swap(b->value, z);
  note_limbs(vm, b);
  return Value::from_object(b);
}

Value raise_str_digits_limit(VM& vm) {
  return raise_value_error(vm,
                           "Exceeds the limit (4300 digits) for integer string conversion; use "
                           "sys.set_int_max_str_digits() to increase the limit");
}

// -1, 0, 1 from a comparison result, or 2 for unordered (NaN).
Value compare_result(VM& vm, int c, CompareOp op) {
  if (c == 2) return vm.bool_value(op == CompareOp::kNe);
  switch (op) {
    case CompareOp::kLt:
      return vm.bool_value(c < 0);
    case CompareOp::kLe:
      return vm.bool_value(c <= 0);
    case CompareOp::kEq:
      return vm.bool_value(c == 0);
    case CompareOp::kNe:
      return vm.bool_value(c != 0);
    case CompareOp::kGt:
      return vm.bool_value(c > 0);
    case CompareOp::kGe:
      return vm.bool_value(c >= 0);
  }
  return vm.not_implemented();
}

// Rounds a positive integer `q` (at least `drop` + 1 bits, whose lowest bit is
// a sticky bit when inexact) by dropping `drop` >= 2 low bits, half to even.
uint64_t round_drop(uint64_t q, int drop) {
  uint64_t mask = (uint64_t{1} << drop) - 1;
  uint64_t rem = q & mask;
  uint64_t half = uint64_t{1} << (drop - 1);
  q >>= drop;
  if (rem > half || (rem == half && (q & 1) != 0)) ++q;
  return q;
}

// Correctly rounded |a| / |b| for positive a, b. Sets *overflow on overflow.
double divide_positive(mpz_srcptr a, mpz_srcptr b, bool* overflow) {
  int64_t e =
      static_cast<int64_t>(mpz_sizeinbase(a, 2)) - static_cast<int64_t>(mpz_sizeinbase(b, 2));
  *overflow = false;
  if (e > 1025) {
    *overflow = true;
    return 0;
  }
  if (e < -1200) return 0.0;
  // Scale so the quotient has 56 or 57 bits, but never finer than 2^-1076
  // (two bits below the smallest subnormal), so one rounding step suffices.
  int64_t s = 56 - e;
  if (s > 1076) s = 1076;
  Mpz num, den, q, r;
  if (s >= 0) {
    mpz_mul_2exp(num, a, static_cast<mp_bitcnt_t>(s));
    mpz_set(den, b);
  } else {
    mpz_set(num, a);
    mpz_mul_2exp(den, b, static_cast<mp_bitcnt_t>(-s));
  }
  mpz_tdiv_qr(q, r, num, den);
  uint64_t qv = mpz_get_ui(q);
  if (mpz_sgn(r) != 0) qv |= 1;
  int n = qv == 0 ? 0 : 64 - __builtin_clzll(qv);
  // Keep 53 bits, or fewer when the result is subnormal (lsb >= 2^-1074).
  int drop = std::max(n - 53, static_cast<int>(s) - 1074);
  uint64_t m = round_drop(qv, drop);
  double result = std::ldexp(static_cast<double>(m), drop - static_cast<int>(s));
  if (std::isinf(result)) *overflow = true;
  return result;
}

Value int_true_divide(VM& vm, Value a, Value b) {
  Mpz x, y;
  int_to_mpz(vm, a, x);
  int_to_mpz(vm, b, y);
  if (mpz_sgn(y) == 0) return raise_zero_division(vm, "division by zero");
  bool negative = (mpz_sgn(x) < 0) != (mpz_sgn(y) < 0);
  mpz_abs(x, x);
  mpz_abs(y, y);
  bool overflow = false;
  double d = mpz_sgn(x) == 0 ? 0.0 : divide_positive(x, y, &overflow);
  if (overflow) return raise_overflow_error(vm, "integer division result too large for a float");
  return float_new(vm, negative ? -d : d);
}

// Small-int arithmetic. Returns false when the result needs the big path;
// otherwise *out is the result, or null with an exception pending.
bool small_binary(VM& vm, BinaryOp op, int64_t x, int64_t y, Value* out) {
  int64_t r;
  switch (op) {
    case BinaryOp::kAdd:
      *out = int_from_int64(vm, x + y);
      return true;
    case BinaryOp::kSub:
      *out = int_from_int64(vm, x - y);
      return true;
    case BinaryOp::kMul:
      if (__builtin_mul_overflow(x, y, &r)) return false;
      *out = int_from_int64(vm, r);
      return true;
    case BinaryOp::kFloorDiv:
      if (y == 0) {
        *out = raise_zero_division(vm, "integer division or modulo by zero");
        return true;
      }
      r = x / y;
      if (x % y != 0 && ((x < 0) != (y < 0))) --r;
      *out = int_from_int64(vm, r);
      return true;
    case BinaryOp::kMod:
      if (y == 0) {
        *out = raise_zero_division(vm, "integer modulo by zero");
        return true;
      }
      r = x % y;
      if (r != 0 && ((r < 0) != (y < 0))) r += y;
      *out = Value::from_small_int(r);
      return true;
    case BinaryOp::kAnd:
      *out = Value::from_small_int(x & y);
      return true;
    case BinaryOp::kOr:
      *out = Value::from_small_int(x | y);
      return true;
    case BinaryOp::kXor:
      *out = Value::from_small_int(x ^ y);
      return true;
    case BinaryOp::kRshift:
      if (y < 0) {
        *out = raise_value_error(vm, "negative shift count");
        return true;
      }
      *out = Value::from_small_int(y >= 63 ? (x < 0 ? -1 : 0) : (x >> y));
      return true;
    case BinaryOp::kLshift: {
      if (y < 0) {
        *out = raise_value_error(vm, "negative shift count");
        return true;
      }
      if (x == 0) {
        *out = Value::from_small_int(0);
        return true;
      }
      if (y > 62) return false;
      __int128 wide = static_cast<__int128>(x) * (static_cast<__int128>(1) << y);
      if (wide > INT64_MAX || wide < INT64_MIN) return false;
      *out = int_from_int64(vm, static_cast<int64_t>(wide));
      return true;
    }
    case BinaryOp::kPow: {
      if (y < 0) return false;
      int64_t result = 1, base = x;
      for (int64_t e = y; e != 0; e >>= 1) {
        if ((e & 1) != 0 && __builtin_mul_overflow(result, base, &result)) return false;
        if ((e >> 1) != 0 && __builtin_mul_overflow(base, base, &base)) return false;
      }
      *out = int_from_int64(vm, result);
      return true;
    }
    case BinaryOp::kTrueDiv: {
      if (y == 0) {
        *out = raise_zero_division(vm, "division by zero");
        return true;
      }
      constexpr int64_t kExact = int64_t{1} << 53;
      if (x > kExact || x < -kExact || y > kExact || y < -kExact) return false;
      *out = float_new(vm, static_cast<double>(x) / static_cast<double>(y));
      return true;
    }
    case BinaryOp::kMatMul:
      *out = vm.not_implemented();
      return true;
  }
  return false;
}

Value big_pow(VM& vm, Value a, Value b, mpz_ptr x, mpz_ptr y) {
  if (mpz_sgn(y) < 0) return float_binary(vm, BinaryOp::kPow, a, b);
  Mpz r;
  if (mpz_cmp_si(x, 1) == 0 || mpz_sgn(x) == 0 || mpz_sgn(y) == 0) {
    mpz_set_si(r, mpz_sgn(y) == 0 ? 1 : mpz_get_si(x));
    return int_from_mpz_move(vm, r);
  }
  if (mpz_cmp_si(x, -1) == 0) return Value::from_small_int(mpz_odd_p(y) ? -1 : 1);
  if (!mpz_fits_ulong_p(y)) return raise_memory_error(vm);
  unsigned long e = mpz_get_ui(y);
  uint64_t bits = mpz_sizeinbase(x, 2);
  if (bits > 1 && static_cast<double>(bits - 1) * static_cast<double>(e) > kMaxResultBits) {
    return raise_memory_error(vm);
  }
  mpz_pow_ui(r, x, e);
  return int_from_mpz_move(vm, r);
}

Value big_shift(VM& vm, BinaryOp op, mpz_ptr x, mpz_ptr y) {
  if (mpz_sgn(y) < 0) return raise_value_error(vm, "negative shift count");
  Mpz r;
  if (op == BinaryOp::kRshift) {
    if (!mpz_fits_ulong_p(y)) return Value::from_small_int(mpz_sgn(x) < 0 ? -1 : 0);
    mpz_fdiv_q_2exp(r, x, mpz_get_ui(y));
    return int_from_mpz_move(vm, r);
  }
  if (mpz_sgn(x) == 0) return Value::from_small_int(0);
  // As CPython, which shifts by whole 30-bit digits: a result digit count
  // beyond int64 is an OverflowError, a merely huge result a MemoryError.
  Mpz words;
  mpz_fdiv_q_ui(words, y, 30);
  int64_t digits = static_cast<int64_t>((mpz_sizeinbase(x, 2) + 29) / 30);
  if (!mpz_fits_slong_p(words) || mpz_get_si(words) > INT64_MAX - digits - 1) {
    return raise_overflow_error(vm, "too many digits in integer");
  }
  if (!mpz_fits_slong_p(y) || mpz_get_ui(y) > kMaxResultBits) return raise_memory_error(vm);
  mpz_mul_2exp(r, x, mpz_get_ui(y));
  return int_from_mpz_move(vm, r);
}

// A read-only GMP view of the int `v`: a BigInt's own value, or a small
// value over `*limb` (no copy, no allocation).
mpz_srcptr int_view(VM& vm, Value v, mpz_ptr storage, mp_limb_t* limb) {
  int64_t s;
  if (!small_value(vm, v, &s)) return v.as<BigInt>()->value;
  *limb = s < 0 ? 0 - static_cast<uint64_t>(s) : static_cast<uint64_t>(s);
  return mpz_roinit_n(storage, limb, s < 0 ? -1 : (s == 0 ? 0 : 1));
}

// The destination of big_binary_views: one integer per thread whose limbs are
// reused from one operation to the next (results are copied out of it).
mpz_ptr scratch_mpz() {
  static thread_local Mpz scratch;
  return scratch.get();
}

// The int holding the value of the scratch integer `z`; a short result is
// copied out (the scratch keeps its limbs), a long one takes them.
Value int_from_scratch(VM& vm, mpz_ptr z) {
  if (mpz_fits_slong_p(z)) {
    long s = mpz_get_si(z);
    if (Value::fits_small_int(s)) return Value::from_small_int(s);
  }
  size_t n = mpz_size(z);
  if (n > kInlineLimbs) {
    Mpz result;
    mpz_swap(result, z);
    return int_from_mpz_move(vm, result);
  }
  mp_limb_t limbs[kInlineLimbs];
  std::memcpy(limbs, mpz_limbs_read(z), n * sizeof(mp_limb_t));
  BigInt* b = big_int_inline(vm, n, mpz_sgn(z) < 0);
  std::memcpy(inline_limbs(b), limbs, n * sizeof(mp_limb_t));
  return Value::from_object(b);
}

// How mpz_arith ended.
enum class MpzArith { kDone, kOther, kTooBig, kZeroDivision };

// r = x op y for the operators whose GMP form is one call; kOther for the
// rest (and a right shift by a negative or huge count), kTooBig for a
// product over kMaxResultBits, kZeroDivision for `//` or `%` by zero.
MpzArith mpz_arith(BinaryOp op, mpz_ptr r, mpz_srcptr x, mpz_srcptr y) {
  switch (op) {
    case BinaryOp::kAdd:
      mpz_add(r, x, y);
      return MpzArith::kDone;
    case BinaryOp::kSub:
      mpz_sub(r, x, y);
      return MpzArith::kDone;
    case BinaryOp::kMul:
      if (mpz_sizeinbase(x, 2) + mpz_sizeinbase(y, 2) > kMaxResultBits) return MpzArith::kTooBig;
      mpz_mul(r, x, y);
      return MpzArith::kDone;
    case BinaryOp::kFloorDiv:
      if (mpz_sgn(y) == 0) return MpzArith::kZeroDivision;
      mpz_fdiv_q(r, x, y);
      return MpzArith::kDone;
    case BinaryOp::kMod:
      if (mpz_sgn(y) == 0) return MpzArith::kZeroDivision;
      mpz_fdiv_r(r, x, y);
      return MpzArith::kDone;
    case BinaryOp::kAnd:
      mpz_and(r, x, y);
      return MpzArith::kDone;
    case BinaryOp::kOr:
      mpz_ior(r, x, y);
      return MpzArith::kDone;
    case BinaryOp::kXor:
      mpz_xor(r, x, y);
      return MpzArith::kDone;
    case BinaryOp::kRshift:
      if (mpz_sgn(y) < 0 || !mpz_fits_ulong_p(y)) return MpzArith::kOther;
      mpz_fdiv_q_2exp(r, x, mpz_get_ui(y));
      return MpzArith::kDone;
    default:
      return MpzArith::kOther;
  }
}

// The common operators on operands viewed in place into the scratch integer:
// no GMP allocation once the scratch has grown, none for a result of up to
// kInlineLimbs limbs. False: another operator, or an error case (division by
// zero, huge product) left to big_binary.
bool big_binary_views(VM& vm, BinaryOp op, Value a, Value b, Value* out) {
  mpz_t xs, ys;
  mp_limb_t xl, yl;
  mpz_srcptr x = int_view(vm, a, xs, &xl);
  mpz_srcptr y = int_view(vm, b, ys, &yl);
  mpz_ptr r = scratch_mpz();
  if (mpz_arith(op, r, x, y) != MpzArith::kDone) return false;
  *out = int_from_scratch(vm, r);
  return true;
}

// An int operand of at most two limbs as sign and magnitude (|v| < 2**128).
struct Word {
  bool negative;
  unsigned __int128 magnitude;
};

using U128 = unsigned __int128;
constexpr U128 kI128Limit = U128{1} << 127;  // magnitudes below it fit __int128

bool word_operand(VM& vm, Value v, Word* out) {
  if (v.is_small_int()) {
    int64_t s = v.small_int();
    out->negative = s < 0;
    out->magnitude = s < 0 ? 0 - static_cast<uint64_t>(s) : static_cast<uint64_t>(s);
    return true;
  }
  Type* t = v.object()->type;
  if (t == vm.types().bool_) {
    out->negative = false;
    out->magnitude = static_cast<uint64_t>(v.as<Bool>()->value);
    return true;
  }
  if (t != vm.types().int_) return false;  // subclasses take the general path
  mpz_srcptr z = v.as<BigInt>()->value;
  int size = z->_mp_size;
  int n = size < 0 ? -size : size;
  if (n > 2) return false;
  const mp_limb_t* d = z->_mp_d;
  out->negative = size < 0;
  out->magnitude = n == 0 ? 0 : (n == 1 ? U128{d[0]} : (U128{d[1]} << 64) | d[0]);
  return true;
}

Value int_from_word(VM& vm, bool negative, U128 magnitude) {
  if (magnitude <= static_cast<U128>(Value::kSmallIntMax)) {
    auto m = static_cast<int64_t>(magnitude);
    return Value::from_small_int(negative ? -m : m);
  }
  if (negative && magnitude == static_cast<U128>(Value::kSmallIntMax) + 1) {
    return Value::from_small_int(Value::kSmallIntMin);
  }
  return big_int_from_magnitude(vm, magnitude, negative);
}

Value int_from_i128(VM& vm, __int128 v) {
  return v < 0 ? int_from_word(vm, true, U128{0} - static_cast<U128>(v))
               : int_from_word(vm, false, static_cast<U128>(v));
}

__int128 word_signed(const Word& w) {
  return w.negative ? -static_cast<__int128>(w.magnitude) : static_cast<__int128>(w.magnitude);
}

// x + y for words; false when the magnitude overflows 128 bits.
bool word_add(VM& vm, Word x, Word y, Value* out) {
  if (x.negative == y.negative) {
    U128 m;
    if (__builtin_add_overflow(x.magnitude, y.magnitude, &m)) return false;
    *out = int_from_word(vm, x.negative, m);
  } else if (x.magnitude >= y.magnitude) {
    *out = int_from_word(vm, x.negative, x.magnitude - y.magnitude);
  } else {
    *out = int_from_word(vm, y.negative, y.magnitude - x.magnitude);
  }
  return true;
}

// The common operators on operands of at most two limbs, in 128-bit
// arithmetic: no GMP call at all. False: another operator, an operand or
// result out of range, or an error case, all left to the GMP paths.
bool word_binary(VM& vm, BinaryOp op, Value a, Value b, Value* out) {
  Word x, y;
  if (!word_operand(vm, a, &x) || !word_operand(vm, b, &y)) return false;
  bool fit = x.magnitude < kI128Limit && y.magnitude < kI128Limit;
  switch (op) {
    case BinaryOp::kAdd:
      return word_add(vm, x, y, out);
    case BinaryOp::kSub:
      y.negative = !y.negative && y.magnitude != 0;
      return word_add(vm, x, y, out);
    case BinaryOp::kMul:
      if ((x.magnitude >> 64) != 0 || (y.magnitude >> 64) != 0) return false;
      *out = int_from_word(vm, x.negative != y.negative && x.magnitude != 0 && y.magnitude != 0,
                           x.magnitude * y.magnitude);
      return true;
    case BinaryOp::kAnd:
    case BinaryOp::kOr:
    case BinaryOp::kXor: {
      if (!x.negative && !y.negative) {  // masks of non-negative words: any magnitude
        U128 r = op == BinaryOp::kAnd  ? (x.magnitude & y.magnitude)
                 : op == BinaryOp::kOr ? (x.magnitude | y.magnitude)
                                       : (x.magnitude ^ y.magnitude);
        *out = int_from_word(vm, false, r);
        return true;
      }
      if (!fit) return false;
      __int128 p = word_signed(x), q = word_signed(y);
      __int128 r = op == BinaryOp::kAnd ? (p & q) : op == BinaryOp::kOr ? (p | q) : (p ^ q);
      *out = int_from_i128(vm, r);
      return true;
    }
    case BinaryOp::kFloorDiv:
    case BinaryOp::kMod: {
      if (!fit || y.magnitude == 0) return false;
      __int128 p = word_signed(x), q = word_signed(y);
      __int128 quotient = p / q, remainder = p % q;
      if (remainder != 0 && ((remainder < 0) != (q < 0))) {
        remainder += q;
        --quotient;
      }
      *out = int_from_i128(vm, op == BinaryOp::kFloorDiv ? quotient : remainder);
      return true;
    }
    case BinaryOp::kRshift: {
      if (!fit || y.negative) return false;
      __int128 p = word_signed(x);
      *out = int_from_i128(vm, y.magnitude >= 127 ? (p < 0 ? -1 : 0) : p >> y.magnitude);
      return true;
    }
    default:
      return false;
  }
}

Value big_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (op == BinaryOp::kTrueDiv) return int_true_divide(vm, a, b);
  Value word;
  if (word_binary(vm, op, a, b, &word)) return word;
  Value fast;
  if (big_binary_views(vm, op, a, b, &fast)) return fast;
  Mpz x, y, r;
  int_to_mpz(vm, a, x);
  int_to_mpz(vm, b, y);
  switch (mpz_arith(op, r, x, y)) {
    case MpzArith::kDone:
      return int_from_mpz_move(vm, r);
    case MpzArith::kTooBig:
      return raise_memory_error(vm);
    case MpzArith::kZeroDivision:
      return raise_zero_division(vm, op == BinaryOp::kMod ? "integer modulo by zero"
                                                          : "integer division or modulo by zero");
    case MpzArith::kOther:
      break;
  }
  switch (op) {
    case BinaryOp::kPow:
      return big_pow(vm, a, b, x, y);
    case BinaryOp::kLshift:
    case BinaryOp::kRshift:
      return big_shift(vm, op, x, y);
    default:
      return vm.not_implemented();
  }
}

// Decimal text of an int, checked against the 4300-digit limit.
bool int_to_decimal_checked(VM& vm, Value v, std::string* out) {
  int64_t s;
  if (small_value(vm, v, &s)) {
    *out = std::to_string(s);
    return true;
  }
  const mpz_t& z = v.as<BigInt>()->value;
  size_t estimate = mpz_sizeinbase(z, 10);  // exact or one too big
  if (estimate > static_cast<size_t>(kMaxStrDigits) + 1) {
    raise_str_digits_limit(vm);
    return false;
  }
  out->resize(estimate + 2);
  mpz_get_str(out->data(), 10, z);
  out->resize(std::strlen(out->c_str()));
  size_t digits = out->size() - ((*out)[0] == '-' ? 1 : 0);
  if (digits > static_cast<size_t>(kMaxStrDigits)) {
    raise_str_digits_limit(vm);
    return false;
  }
  return true;
}

Value int_repr(VM& vm, Value self) {
  if (self.is_small_int()) {  // digits written straight into the new str
    char buf[24];
    auto res = std::to_chars(buf, buf + sizeof buf, self.small_int());
    auto n = static_cast<int64_t>(res.ptr - buf);
    Str* s = str_alloc(vm, n, 0x7F);
    std::memcpy(s + 1, buf, static_cast<size_t>(n));
    return Value::from_object(s);
  }
  std::string text;
  if (!int_to_decimal_checked(vm, self, &text)) return Value::null();
  return Value::from_object(str_from_ascii(vm, text));
}

int64_t int_hash_slot(VM& vm, Value self) { return int_hash(vm, self); }

Value int_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_int(vm, a)) return vm.not_implemented();
  if (is_int(vm, b)) return compare_result(vm, int_compare(vm, a, b), op);
  if (b.is_object() && is_subtype(b.object()->type, vm.types().float_)) {
    return compare_result(vm, int_compare_double(vm, a, float_value(b)), op);
  }
  return vm.not_implemented();
}

Value int_unary(VM& vm, UnaryOp op, Value self) {
  int64_t s;
  if (small_value(vm, self, &s)) {
    switch (op) {
      case UnaryOp::kNegative:
        return int_from_int64(vm, -s);
      case UnaryOp::kPositive:
        return Value::from_small_int(s);
      case UnaryOp::kInvert:
        return Value::from_small_int(~s);
    }
  }
  Mpz r;
  int_to_mpz(vm, self, r);
  if (op == UnaryOp::kNegative) mpz_neg(r, r);
  if (op == UnaryOp::kInvert) mpz_com(r, r);
  return int_from_mpz_move(vm, r);
}

int int_truth(VM& vm, Value self) {
  int64_t s;
  if (small_value(vm, self, &s)) return s != 0 ? 1 : 0;
  return mpz_sgn(self.as<BigInt>()->value) != 0 ? 1 : 0;
}

}  // namespace

// ---------------------------------------------------------------------------
// Conversions.

bool is_int(VM& vm, Value v) {
  if (v.is_small_int()) return true;
  if (!v.is_object()) return false;
  Type* t = v.object()->type;
  return t == vm.types().int_ || t == vm.types().bool_ || is_subtype(t, vm.types().int_);
}

Value int_from_int64(VM& vm, int64_t v) {
  if (Value::fits_small_int(v)) return Value::from_small_int(v);
  uint64_t magnitude = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  return big_int_from_magnitude(vm, magnitude, v < 0);
}

Value int_from_uint64(VM& vm, uint64_t v) {
  if (v <= static_cast<uint64_t>(Value::kSmallIntMax)) {
    return Value::from_small_int(static_cast<int64_t>(v));
  }
  return big_int_from_magnitude(vm, v, false);
}

Value int_from_mpz(VM& vm, const mpz_t v) {
  if (mpz_fits_slong_p(v)) {
    long s = mpz_get_si(v);
    if (Value::fits_small_int(s)) return Value::from_small_int(s);
  }
  if (mpz_size(v) <= kInlineLimbs) return big_int_inline_copy(vm, v);
  BigInt* b = vm.allocate<BigInt>(vm.types().int_);
  mpz_init_set(b->value, v);
  note_limbs(vm, b);
  return Value::from_object(b);
}

Value int_from_digits15(VM& vm, const uint16_t* digits, int64_t count, bool negative) {
  Mpz z;
  for (int64_t i = count - 1; i >= 0; --i) {
    mpz_mul_2exp(z, z, 15);
    mpz_add_ui(z, z, digits[i]);
  }
  if (negative) mpz_neg(z, z);
  return int_from_mpz_move(vm, z);
}

bool int_to_int64(VM& vm, Value v, int64_t* out) {
  if (small_value(vm, v, out)) return true;
  const mpz_t& z = v.as<BigInt>()->value;
  if (!mpz_fits_slong_p(z)) return false;
  *out = mpz_get_si(z);
  return true;
}

void int_to_mpz(VM& vm, Value v, mpz_t out) {
  int64_t s;
  if (small_value(vm, v, &s)) {
    mpz_set_si(out, s);
  } else {
    mpz_set(out, v.as<BigInt>()->value);
  }
}

std::string int_to_decimal(VM& vm, Value v) {
  int64_t s;
  if (small_value(vm, v, &s)) return std::to_string(s);
  const mpz_t& z = v.as<BigInt>()->value;
  std::string out(mpz_sizeinbase(z, 10) + 2, '\0');
  mpz_get_str(out.data(), 10, z);
  out.resize(std::strlen(out.c_str()));
  return out;
}

Value int_to_str(VM& vm, Value v) { return int_repr(vm, v); }

std::string int_to_base_string(VM& vm, Value v, int base, bool with_prefix) {
  Mpz z;
  int_to_mpz(vm, v, z);
  bool negative = mpz_sgn(z) < 0;
  mpz_abs(z, z);
  std::string digits(mpz_sizeinbase(z, base) + 2, '\0');
  mpz_get_str(digits.data(), base, z);
  digits.resize(std::strlen(digits.c_str()));
  std::string out = negative ? "-" : "";
  if (with_prefix) out += base == 16 ? "0x" : base == 8 ? "0o" : base == 2 ? "0b" : "";
  return out + digits;
}

int64_t int_hash(VM& vm, Value v) {
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  int64_t s;
  int64_t h;
  if (small_value(vm, v, &s)) {
    uint64_t m = static_cast<uint64_t>(s < 0 ? -s : s) % kModulus;
    h = s < 0 ? -static_cast<int64_t>(m) : static_cast<int64_t>(m);
  } else {
    const mpz_t& z = v.as<BigInt>()->value;
    uint64_t m = mpz_tdiv_ui(z, kModulus);  // remainder of |z|
    h = mpz_sgn(z) < 0 ? -static_cast<int64_t>(m) : static_cast<int64_t>(m);
  }
  return h == -1 ? -2 : h;
}

int int_compare(VM& vm, Value a, Value b) {
  int64_t x, y;
  bool xs = small_value(vm, a, &x), ys = small_value(vm, b, &y);
  if (xs && ys) return x < y ? -1 : x > y ? 1 : 0;
  mpz_t ps, qs;
  mp_limb_t pl, ql;
  int c = mpz_cmp(int_view(vm, a, ps, &pl), int_view(vm, b, qs, &ql));
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

int int_compare_double(VM& vm, Value i, double d) {
  if (std::isnan(d)) return 2;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  int64_t s;
  constexpr int64_t kExact = int64_t{1} << 53;
  if (small_value(vm, i, &s) && s <= kExact && s >= -kExact) {
    double x = static_cast<double>(s);
    return x < d ? -1 : x > d ? 1 : 0;
  }
  // Compare against the integral part exactly, then let the fraction decide.
  double whole = std::trunc(d);
  Mpz p, q;
  int_to_mpz(vm, i, p);
  mpz_set_d(q, whole);
  int c = mpz_cmp(p, q);
  if (c != 0) return c < 0 ? -1 : 1;
  double frac = d - whole;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

double int_to_double(VM& vm, Value v, bool* overflow) {
  *overflow = false;
  int64_t s;
  if (small_value(vm, v, &s)) return static_cast<double>(s);
  Mpz z;
  int_to_mpz(vm, v, z);
  bool negative = mpz_sgn(z) < 0;
  mpz_abs(z, z);
  int64_t n = static_cast<int64_t>(mpz_sizeinbase(z, 2));
  if (n <= 64) {
    double small = static_cast<double>(mpz_get_ui(z));  // the hardware rounds to nearest even
    return negative ? -small : small;
  }
  if (n > 1024) {
    *overflow = true;
    return 0;
  }
  // Keep the top 55 bits with a sticky bit, then round once to 53.
  Mpz top;
  mpz_fdiv_q_2exp(top, z, static_cast<mp_bitcnt_t>(n - 55));
  uint64_t q = mpz_get_ui(top);
  if (mpz_scan1(z, 0) < static_cast<mp_bitcnt_t>(n - 55)) q |= 1;
  double d = std::ldexp(static_cast<double>(round_drop(q, 2)), static_cast<int>(n - 53));
  if (std::isinf(d)) {
    *overflow = true;
    return 0;
  }
  return negative ? -d : d;
}

Value int_binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (!is_int(vm, a) || !is_int(vm, b)) return vm.not_implemented();
  int64_t x, y;
  if (small_value(vm, a, &x) && small_value(vm, b, &y)) {
    Value out;
    if (small_binary(vm, op, x, y, &out)) return out;
  }
  return big_binary(vm, op, a, b);
}

Value int_pow_mod(VM& vm, Value a, Value b, Value m) {
  if (!is_int(vm, a) || !is_int(vm, b) || !is_int(vm, m)) {
    return raise_type_error(vm, "pow() 3rd argument not allowed unless all arguments are integers");
  }
  Mpz x, e, n, r;
  int_to_mpz(vm, a, x);
  int_to_mpz(vm, b, e);
  int_to_mpz(vm, m, n);
  if (mpz_sgn(n) == 0) return raise_value_error(vm, "pow() 3rd argument cannot be 0");
  bool negative_mod = mpz_sgn(n) < 0;
  mpz_abs(n, n);
  if (mpz_sgn(e) < 0) {
    if (mpz_invert(x, x, n) == 0) {
      return raise_value_error(vm, "base is not invertible for the given modulus");
    }
    mpz_neg(e, e);
  }
  mpz_powm(r, x, e, n);  // in [0, n)
  if (negative_mod && mpz_sgn(r) != 0) mpz_sub(r, r, n);
  return int_from_mpz_move(vm, r);
}

Value int_round(VM& vm, Value x, Value ndigits) {
  if (ndigits.is_null() || ndigits == vm.none()) return int_unary(vm, UnaryOp::kPositive, x);
  int64_t nd;
  if (!index_to_int64(vm, ndigits, &nd)) return Value::null();
  if (nd >= 0) return int_unary(vm, UnaryOp::kPositive, x);
  Mpz z, pow10, q, r;
  int_to_mpz(vm, x, z);
  if (nd < -100000000) return Value::from_small_int(0);
  mpz_ui_pow_ui(pow10, 10, static_cast<unsigned long>(-nd));
  // Round half to even to a multiple of 10**-nd.
  mpz_fdiv_qr(q, r, z, pow10);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, pow10);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, pow10);
  return int_from_mpz_move(vm, q);
}

// ---------------------------------------------------------------------------
// Parsing int literals.

namespace {

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// The digits of `text` after sign and prefix, underscores removed, or false
// when the syntax is invalid. `text` has no surrounding whitespace.
bool strip_int_syntax(std::string_view text, int* base, std::string* digits, bool* negative) {
  size_t i = 0;
  *negative = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) *negative = text[i++] == '-';
  bool had_prefix = false;
  if (i + 1 < text.size() && text[i] == '0') {
    char p = static_cast<char>(text[i + 1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb != 0 && (*base == 0 || *base == pb)) {
      *base = pb;
      i += 2;
      had_prefix = true;
    }
  }
  bool base0_decimal = *base == 0;
  if (*base == 0) *base = 10;
  bool prev_underscore = !had_prefix;  // a leading '_' is allowed only after a prefix
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '_') {
      if (prev_underscore) return false;
      prev_underscore = true;
      continue;
    }
    if (digit_value(c) >= *base) return false;
    digits->push_back(c);
    prev_underscore = false;
  }
  if (digits->empty() || prev_underscore) return false;
  if (base0_decimal && (*digits)[0] == '0' && digits->find_first_not_of('0') != std::string::npos) {
    return false;  // "012" is not a valid literal with base 0
  }
  return true;
}

// 1: parsed into z; 0: invalid literal; -1: digit limit exceeded (raised).
int parse_int_text(VM& vm, std::string_view text, int base, mpz_ptr z) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  std::string digits;
  bool negative;
  if (!strip_int_syntax(text, &base, &digits, &negative)) return 0;
  if ((base & (base - 1)) != 0 && digits.size() > static_cast<size_t>(kMaxStrDigits)) {
    raise_value_error(vm,
                      "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                          std::to_string(digits.size()) +
                          " digits; use sys.set_int_max_str_digits() to increase the limit");
    return -1;
  }
  mpz_set_str(z, digits.c_str(), base);
  if (negative) mpz_neg(z, z);
  return 1;
}

Value raise_invalid_literal(VM& vm, int base, std::string literal_repr) {
  return raise_value_error(
      vm, "invalid literal for int() with base " + std::to_string(base) + ": " + literal_repr);
}

// repr(s) truncated to 200 code points, as CPython's "%.200R".
std::string truncated_repr(VM& vm, Str* s) {
  std::string r = str_to_utf8(str_repr(vm, s));
  size_t count = 0;
  for (size_t i = 0; i < r.size(); ++i) {
    if ((static_cast<unsigned char>(r[i]) & 0xC0) != 0x80 && count++ == 200) return r.substr(0, i);
  }
  return r;
}

std::string bytes_repr_text(VM& vm, Value b) {
  Value r = repr(vm, b);
  if (r.is_null()) {
    vm.clear_exception();
    return "b''";
  }
  return str_to_utf8(r.as<Str>());
}

}  // namespace

Value int_from_string(VM& vm, std::string_view text, int base) {
  Mpz z;
  int rc = parse_int_text(vm, text, base, z);
  if (rc < 0) return Value::null();
  if (rc == 0) return raise_invalid_literal(vm, base, truncated_repr(vm, str_from_utf8(vm, text)));
  return int_from_mpz_move(vm, z);
}

// ---------------------------------------------------------------------------
// int(), methods, and the type.

namespace {

bool is_type(VM& vm, Value v, Type* t) { return v.is_object() && v.object()->type == t; }

// int(s) of a short ASCII decimal str ("12", " -7 "): its value without
// GMP, or false when anything else must decide (the general parser).
bool small_decimal(const Str* s, int64_t* out) {
  if (s->is_ascii == 0 || s->kind != 1 || s->length > 40) return false;
  const uint8_t* p = s->data1();
  const uint8_t* end = p + s->length;
  while (p < end && is_space(static_cast<char>(*p))) ++p;
  while (end > p && is_space(static_cast<char>(end[-1]))) --end;
  bool negative = p < end && *p == '-';
  if (p < end && (*p == '-' || *p == '+')) ++p;
  if (p == end || end - p > 18) return false;
  int64_t v = 0;
  for (; p < end; ++p) {
    if (*p < '0' || *p > '9') return false;
    v = v * 10 + (*p - '0');
  }
  *out = negative ? -v : v;
  return true;
}

Value int_from_str_or_bytes(VM& vm, Value x, int base) {
  int64_t small;
  if (base == 10 && is_instance_of(vm, x, vm.types().str) && small_decimal(x.as<Str>(), &small)) {
    return int_from_int64(vm, small);
  }
  Mpz z;
  int rc;
  if (is_instance_of(vm, x, vm.types().str)) {
    rc = parse_int_text(vm, str_numeric_text(x.as<Str>()), base, z);
    if (rc == 0) return raise_invalid_literal(vm, base, truncated_repr(vm, x.as<Str>()));
  } else {
    std::string storage;
    std::string_view text;
    if (!bytes_like_view(vm, x, &storage, &text)) return Value::null();  // bytes or bytearray
    rc = parse_int_text(vm, text, base, z);
    if (rc == 0 && !is_instance_of(vm, x, vm.types().bytes)) {
      x = Value::from_object(bytes_new(vm, text));  // CPython shows a bytearray as bytes
    }
    if (rc == 0) return raise_invalid_literal(vm, base, bytes_repr_text(vm, x));
  }
  if (rc < 0) return Value::null();
  return int_from_mpz_move(vm, z);
}

Value float_to_int(VM& vm, double d) {
  if (std::isinf(d)) return raise_overflow_error(vm, "cannot convert float infinity to integer");
  if (std::isnan(d)) return raise_value_error(vm, "cannot convert float NaN to integer");
  double t = std::trunc(d);
  if (std::fabs(t) < 4e18) return int_from_int64(vm, static_cast<int64_t>(t));
  Mpz z;
  mpz_set_d(z, t);
  return int_from_mpz_move(vm, z);
}

// Whether x's class (a subclass of `base`) defines its own `name`, which a
// conversion calls as CPython's number slots do.
bool overrides_conversion(VM& vm, Value x, Type* base, const char* name) {
  Type* t = type_of(vm, x);
  if (t == base || !is_user_class(t)) return false;
  Value method = type_lookup(vm, t, vm.intern(name));
  return !method.is_null() && method != vm.none() &&
         method != type_lookup(vm, base, vm.intern(name));
}

// int(x) for a non-string x: ints, floats, then __int__, __index__, __trunc__.
Value int_from_object(VM& vm, Value x) {
  if (is_int(vm, x) && !overrides_conversion(vm, x, vm.types().int_, "__int__")) {
    return int_unary(vm, UnaryOp::kPositive, x);
  }
  if (is_instance_of(vm, x, vm.types().float_)) return float_to_int(vm, float_value(x));
  if (is_instance_of(vm, x, vm.types().str) || is_instance_of(vm, x, vm.types().bytes)) {
    return int_from_str_or_bytes(vm, x, 10);
  }
  for (const char* name : {"__int__", "__index__", "__trunc__"}) {
    Value method = type_lookup(vm, type_of(vm, x), vm.intern(name));
    if (method.is_null() || method == vm.none()) continue;
    Value r = call_positional(vm, method, &x, 1);
    if (r.is_null()) return r;
    if (!is_int(vm, r)) {
      return raise_type_error(
          vm, std::string(name) + " returned non-int (type " + type_name(vm, r) + ")");
    }
    return int_unary(vm, UnaryOp::kPositive, r);
  }
  return raise_type_error(vm,
                          "int() argument must be a string, a bytes-like object or a real "
                          "number, not '" +
                              type_name(vm, x) + "'");
}

// int(x, base=...) as a plain int (the value of int(x) for any cls).
Value int_construct_plain(VM& vm, CallArgs args) {
  Value x, base_arg;
  size_t nkw = args.kwnames == nullptr ? 0 : static_cast<size_t>(args.kwnames->length);
  if (args.npos > 2) {
    return raise_type_error(
        vm, "int() takes at most 2 arguments (" + std::to_string(args.npos + nkw) + " given)");
  }
  if (args.npos >= 1) x = args.args[0];
  if (args.npos == 2) base_arg = args.args[1];
  for (size_t k = 0; k < nkw; ++k) {
    Str* name = args.kwnames->at(static_cast<int64_t>(k)).as<Str>();
    if (!str_equals_ascii(name, "base") || !base_arg.is_null()) {
      if (str_equals_ascii(name, "base")) {
        return raise_type_error(vm, "argument for int() given by name ('base') and position (2)");
      }
      return raise_type_error(
          vm, "'" + str_to_utf8(name) + "' is an invalid keyword argument for int()");
    }
    base_arg = args.args[args.npos + k];
  }
  if (base_arg.is_null()) return x.is_null() ? Value::from_small_int(0) : int_from_object(vm, x);
  if (x.is_null()) return raise_type_error(vm, "int() missing string argument");
  int64_t base;
  if (!index_to_int64(vm, base_arg, &base)) {
    if (!vm.has_exception()) return Value::null();
    if (!exception_matches(vm, vm.types().overflow_error)) return Value::null();
    vm.clear_exception();
    base = -1;
  }
  if (base != 0 && (base < 2 || base > 36)) {
    return raise_value_error(vm, "int() base must be >= 2 and <= 36, or 0");
  }
  if (!is_instance_of(vm, x, vm.types().str) && !is_instance_of(vm, x, vm.types().bytes) &&
      !is_instance_of(vm, x, vm.types().bytearray)) {
    return raise_type_error(vm, "int() can't convert non-string with explicit base");
  }
  return int_from_str_or_bytes(vm, x, static_cast<int>(base));
}

// An instance of a subclass of int holding `v`: the BigInt layout (whatever
// the value's size: such an instance is never a small int) followed by the
// subclass's Attributes, which the caller (builtin_new) initialises.
Value int_subclass_instance(VM& vm, Type* cls, Value v) {
  auto* b = static_cast<BigInt*>(vm.allocate(cls, cls->instance_size));  // `v` stays on the stack
  mpz_init(b->value);
  int_to_mpz(vm, v, b->value);
  note_limbs(vm, b);
  return Value::from_object(b);
}

Value int_construct(VM& vm, Type* cls, CallArgs args) {
  Value v = int_construct_plain(vm, args);
  if (v.is_null() || cls == vm.types().int_) return v;
  return int_subclass_instance(vm, cls, v);
}

Value int_method_bit_length(VM& vm, CallArgs args) {
  Mpz z;
  int_to_mpz(vm, args.args[0], z);
  if (mpz_sgn(z) == 0) return Value::from_small_int(0);
  return Value::from_small_int(static_cast<int64_t>(mpz_sizeinbase(z, 2)));
}

Value int_method_bit_count(VM& vm, CallArgs args) {
  Mpz z;
  int_to_mpz(vm, args.args[0], z);
  mpz_abs(z, z);
  return Value::from_small_int(static_cast<int64_t>(mpz_popcount(z)));
}

Value int_method_conjugate(VM& vm, CallArgs args) {
  return int_unary(vm, UnaryOp::kPositive, args.args[0]);
}

// Reads byteorder ('big' or 'little'); -1 on error, else 1 for little.
int read_byteorder(VM& vm, Value v) {
  if (v.is_null()) return 0;
  if (!is_instance_of(vm, v, vm.types().str)) {
    raise_type_error(vm, "to_bytes() argument 'byteorder' must be str, not " + type_name(vm, v));
    return -1;
  }
  if (str_equals_ascii(v.as<Str>(), "big")) return 0;
  if (str_equals_ascii(v.as<Str>(), "little")) return 1;
  raise_value_error(vm, "byteorder must be either 'little' or 'big'");
  return -1;
}

Value int_method_to_bytes(VM& vm, CallArgs args) {
  Value out[3];
  if (!parse_args(vm, args, 1, "to_bytes", {"length", "byteorder", "signed"}, 0, out)) {
    return Value::null();
  }
  int64_t length = 1;
  if (!out[0].is_null() && !index_to_int64(vm, out[0], &length)) return Value::null();
  if (length < 0) return raise_value_error(vm, "length argument must be non-negative");
  int little = read_byteorder(vm, out[1]);
  if (little < 0) return Value::null();
  int is_signed = out[2].is_null() ? 0 : truth(vm, out[2]);
  if (is_signed < 0) return Value::null();
  Mpz z;
  int_to_mpz(vm, args.args[0], z);
  if (mpz_sgn(z) < 0 && is_signed == 0) {
    return raise_overflow_error(vm, "can't convert negative int to unsigned");
  }
  // The range: [0, 2^(8*length)) unsigned, [-2^(8*length-1), 2^(8*length-1)) signed.
  Mpz limit;
  bool fits;
  if (is_signed != 0) {
    if (length == 0) {
      fits = mpz_sgn(z) == 0;
    } else {
      mpz_setbit(limit, static_cast<mp_bitcnt_t>(8 * length - 1));
      fits = mpz_cmpabs(z, limit) < 0 || (mpz_sgn(z) < 0 && mpz_cmpabs(z, limit) == 0);
    }
  } else {
    mpz_setbit(limit, static_cast<mp_bitcnt_t>(8 * length));
    fits = mpz_cmp(z, limit) < 0;
  }
  if (!fits) return raise_overflow_error(vm, "int too big to convert");
  if (mpz_sgn(z) < 0) {
    mpz_set_ui(limit, 0);
    mpz_setbit(limit, static_cast<mp_bitcnt_t>(8 * length));
    mpz_add(z, z, limit);
  }
  std::string bytes(static_cast<size_t>(length), '\0');
  size_t count = 0;
  if (length > 0) mpz_export(bytes.data(), &count, -1, 1, 0, 0, z);
  // mpz_export wrote `count` little-endian bytes; the rest are already zero.
  if (little == 0) std::reverse(bytes.begin(), bytes.end());
  return Value::from_object(bytes_new(vm, bytes));
}

Value int_from_bytes_fn(VM& vm, CallArgs args) {
  Value out[3];
  if (!parse_args(vm, args, 0, "from_bytes", {"bytes", "byteorder", "signed"}, 1, out)) {
    return Value::null();
  }
  std::string storage;
  std::string_view data;
  if (!bytes_like_view(vm, out[0], &storage, &data)) {
    if (vm.has_exception()) return Value::null();
    Value converted = call_positional(vm, Value::from_object(vm.types().bytes), &out[0], 1);
    if (converted.is_null()) return converted;
    storage = std::string(converted.as<Bytes>()->view());
    data = storage;
  }
  int little = read_byteorder(vm, out[1]);
  if (little < 0) return Value::null();
  int is_signed = out[2].is_null() ? 0 : truth(vm, out[2]);
  if (is_signed < 0) return Value::null();
  Mpz z;
  if (!data.empty()) mpz_import(z, data.size(), little != 0 ? -1 : 1, 1, 0, 0, data.data());
  if (is_signed != 0 && !data.empty()) {
    unsigned char top = static_cast<unsigned char>(little != 0 ? data.back() : data.front());
    if ((top & 0x80) != 0) {
      Mpz limit;
      mpz_setbit(limit, static_cast<mp_bitcnt_t>(8 * data.size()));
      mpz_sub(z, z, limit);
    }
  }
  return int_from_mpz_move(vm, z);
}

Value bool_from_bytes_fn(VM& vm, CallArgs args) {
  Value r = int_from_bytes_fn(vm, args);
  if (r.is_null()) return r;
  return vm.bool_value(int_compare(vm, r, Value::from_small_int(0)) != 0);
}

Value int_method_as_integer_ratio(VM& vm, CallArgs args) {
  Value items[2] = {int_unary(vm, UnaryOp::kPositive, args.args[0]), Value::from_small_int(1)};
  return Value::from_object(tuple_from(vm, items, 2));
}

Value int_method_round(VM& vm, CallArgs args) {
  return int_round(vm, args.args[0], args.npos > 1 ? args.args[1] : Value::null());
}

Value int_getattr(VM& vm, Value self, Str* name) {
  if (str_equals_ascii(name, "real") || str_equals_ascii(name, "numerator")) {
    return int_unary(vm, UnaryOp::kPositive, self);
  }
  if (str_equals_ascii(name, "imag")) return Value::from_small_int(0);
  if (str_equals_ascii(name, "denominator")) return Value::from_small_int(1);
  Value found = type_lookup(vm, type_of(vm, self), name);
  if (found.is_null()) return raise_attribute_error(vm, self, name);
  if (is_type(vm, found, vm.types().builtin_function) &&
      (found.as<NativeFunction>()->flags & kNativeMethod) != 0) {
    return Value::from_object(method_new(vm, found, self));
  }
  return found;
}

}  // namespace

void init_int_type(VM& vm) {
  Type* t = vm.types().int_;
  t->instance_size = sizeof(BigInt);
  t->flags |= kTypeAcceptsSubclasses;  // not inherited: bool stays final
  t->trace = trace_nothing;            // a BigInt holds no references; its limbs are malloc'd
  t->flags |= kTypeNoReferences;
  t->finalize = finalize_big_int;
  t->repr = int_repr;
  t->str = int_repr;
  t->hash = int_hash_slot;
  t->richcompare = int_richcompare;
  t->binary = int_binary;
  t->unary = int_unary;
  t->truth = int_truth;
  t->construct = int_construct;
  t->getattr = int_getattr;
  add_method(vm, t, "bit_length", int_method_bit_length, 0, 0, kNativeMethod);
  add_method(vm, t, "bit_count", int_method_bit_count, 0, 0, kNativeMethod);
  add_method(vm, t, "as_integer_ratio", int_method_as_integer_ratio, 0, 0, kNativeMethod);
  add_method(vm, t, "conjugate", int_method_conjugate, 0, 0, kNativeMethod);
  add_method(vm, t, "__round__", int_method_round, 0, 1, kNativeMethod);
  add_method(vm, t, "to_bytes", int_method_to_bytes, 0, 2, kNativeMethod | kNativeKeywords);
  // A plain function in the dict, so int.from_bytes(b, ...) passes b as args[0].
  NativeFunction* from_bytes =
      native_function_new(vm, "from_bytes", int_from_bytes_fn, 1, 2, kNativeKeywords);
  dict_set_str(vm, t->dict, from_bytes->name, Value::from_object(from_bytes));
  NativeFunction* bool_from_bytes =
      native_function_new(vm, "from_bytes", bool_from_bytes_fn, 1, 2, kNativeKeywords);
  Dict* bool_dict = vm.types().bool_->dict;
  dict_set_str(vm, bool_dict, bool_from_bytes->name, Value::from_object(bool_from_bytes));
  add_number_dunders(vm, t, true);
  add_slot_wrappers(vm, t);
}

}  // namespace pyvm::runtime
