// float: boxed doubles with CPython's repr (shortest round-trip digits),
// arithmetic (floor division and modulo following the divisor's sign, pow's
// special cases), exact comparison with ints, hashing, parsing and methods.
#include "runtime/float.h"

#include <gmp.h>

#include <algorithm>
#include <bit>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

#include "runtime/bytes.h"
#include "runtime/complex.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/format_fixed.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/number_dunders.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

// An owned GMP integer for temporaries.
class Mpz {
 public:
  Mpz() { mpz_init(value_); }
  ~Mpz() { mpz_clear(value_); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  operator mpz_ptr() { return value_; }    // NOLINT: lets Mpz pass as mpz_t
  mpz_ptr operator->() { return value_; }  // for GMP macros such as mpz_sgn

 private:
  mpz_t value_;
};

bool is_float(VM& vm, Value v) {
  return v.is_object() && is_subtype(v.object()->type, vm.types().float_);
}

// Shortest round-trip digits of a finite positive double: the digit string
// and the decimal exponent of its first digit (value = d.ddd * 10^exp).
void shortest_digits(double v, std::string* digits, int* exp) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string_view text(buf, static_cast<size_t>(res.ptr - buf));
  size_t e = text.find('e');
  digits->clear();
  for (char c : text.substr(0, e)) {
    if (c != '.') digits->push_back(c);
  }
  *exp = std::atoi(std::string(text.substr(e + 1)).c_str());
}

std::string exponent_text(int exp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
  return buf;
}

// Lays out digits (first digit at 10^exp) in positional notation.
std::string positional(const std::string& digits, int exp, bool add_dot_0) {
  int decpt = exp + 1;
  int n = static_cast<int>(digits.size());
  if (decpt <= 0) return "0." + std::string(static_cast<size_t>(-decpt), '0') + digits;
  if (decpt >= n) {
    return digits + std::string(static_cast<size_t>(decpt - n), '0') + (add_dot_0 ? ".0" : "");
  }
  return digits.substr(0, static_cast<size_t>(decpt)) + "." +
         digits.substr(static_cast<size_t>(decpt));
}

std::string scientific(const std::string& digits, int exp) {
  std::string out(1, digits[0]);
  if (digits.size() > 1) out += "." + digits.substr(1);
  return out + exponent_text(exp);
}

// repr-style layout of |v| for finite v.
std::string repr_magnitude(double v, bool add_dot_0) {
  if (v == 0) return add_dot_0 ? "0.0" : "0";
  // In the positional range, to_chars's shortest fixed form has the same
  // digits: a double below 1e-4 (or 1e16) cannot have shortest digits
  // reaching 1e-4 (1e16), which round-trip to a different double.
  if (v >= 1e-4 && v < 1e16) {
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
    std::string out(buf, static_cast<size_t>(res.ptr - buf));
    if (add_dot_0 && out.find('.') == std::string::npos) out += ".0";
    return out;
  }
  std::string digits;
  int exp;
  shortest_digits(v, &digits, &exp);
  if (exp < -4 || exp >= 16) return scientific(digits, exp);
  return positional(digits, exp, add_dot_0);
}

std::string chars(double v, std::chars_format fmt, int precision) {
  // |v| < 1e309 has at most 309 integer digits; the stack buffer covers the
  // usual precisions without a heap buffer.
  constexpr int kStackPrecision = 100;
  if (precision < kStackPrecision) {
    char buf[kStackPrecision + 400];
    auto res = std::to_chars(buf, buf + sizeof buf, v, fmt, precision);
    return std::string(buf, static_cast<size_t>(res.ptr - buf));
  }
  std::string buf(static_cast<size_t>(precision) + 400, '\0');
  auto res = std::to_chars(buf.data(), buf.data() + buf.size(), v, fmt, precision);
  buf.resize(static_cast<size_t>(res.ptr - buf.data()));
  return buf;
}

// Strips trailing zeros of the fraction (and a bare '.') before any exponent.
std::string strip_fraction_zeros(std::string s) {
  size_t dot = s.find('.');
  if (dot == std::string::npos) return s;
  size_t e = s.find('e');
  std::string tail = e == std::string::npos ? "" : s.substr(e);
  std::string head = s.substr(0, e);
  while (!head.empty() && head.back() == '0') head.pop_back();
  if (!head.empty() && head.back() == '.') head.pop_back();
  return head + tail;
}

// %g-style layout of |v| with `precision` significant digits.
std::string general_magnitude(double v, int precision, bool alt, bool add_dot_0) {
  if (precision == 0) precision = 1;
  std::string sci = chars(v, std::chars_format::scientific, precision - 1);
  int exp = std::atoi(sci.c_str() + sci.find('e') + 1);
  std::string out;
  // With add_dot_0 (format's empty type) fixed notation needs a digit after
  // the point, so it is used only while exp < precision - 1.
  if (exp >= -4 && exp < (add_dot_0 ? precision - 1 : precision)) {
    out = chars(v, std::chars_format::fixed, precision - 1 - exp);
  } else {
    out = sci;
  }
  if (!alt) {
    out = strip_fraction_zeros(out);
  } else if (out.find('.') == std::string::npos) {
    size_t e = out.find('e');
    out.insert(e == std::string::npos ? out.size() : e, ".");
  }
  if (add_dot_0 && out.find_first_of(".e") == std::string::npos) out += ".0";
  return out;
}

std::string alt_point(std::string s) {
  if (s.find('.') != std::string::npos) return s;
  size_t e = s.find('e');
  s.insert(e == std::string::npos ? s.size() : e, ".");
  return s;
}

}  // namespace

std::string float_to_string(double v, char type, int precision, unsigned flags) {
  bool alt = (flags & kFloatAlt) != 0;
  bool add_dot_0 = (flags & kFloatAddDot0) != 0;
  std::string sign = std::signbit(v) && !std::isnan(v) ? "-" : "";
  double m = std::fabs(v);
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return sign + "inf";
  std::string body;
  switch (type) {
    case 'r':
      body = repr_magnitude(m, add_dot_0);
      break;
    case 'e':
      body = chars(m, std::chars_format::scientific, precision);
      if (alt) body = alt_point(body);
      break;
    case 'f':
      body = chars(m, std::chars_format::fixed, precision);
      if (alt) body = alt_point(body);
      break;
    default:  // 'g'
      body = general_magnitude(m, precision, alt, add_dot_0);
      break;
  }
  return sign + body;
}

int float_to_chars(double v, char type, int precision, unsigned flags, char* buf) {
  if (!std::isfinite(v)) return -1;
  char* limit = buf + kFloatCharsBuffer - 2;  // room for a ".0"
  if (type == 'f' || type == 'e') {
    if ((flags & kFloatAlt) != 0 || precision < 0 || precision >= 100) return -1;
    int exact = type == 'f' ? fixed_to_chars_exact(v, precision, buf)
                            : sci_to_chars_exact(v, precision, buf);
    if (exact >= 0) return exact;
    auto fmt = type == 'f' ? std::chars_format::fixed : std::chars_format::scientific;
    return static_cast<int>(std::to_chars(buf, limit, v, fmt, precision).ptr - buf);
  }
  double m = std::fabs(v);
  if (type != 'r' || !(m >= 1e-4 && m < 1e16)) return -1;  // repr_magnitude's positional range
  char* end = std::to_chars(buf, limit, v, std::chars_format::fixed).ptr;
  if ((flags & kFloatAddDot0) != 0 &&
      std::memchr(buf, '.', static_cast<size_t>(end - buf)) == nullptr) {
    *end++ = '.';
    *end++ = '0';
  }
  return static_cast<int>(end - buf);
}

std::string float_repr_string(double v) { return float_to_string(v, 'r', 0, kFloatAddDot0); }

Value float_new(VM& vm, double v) {
  Float* f = vm.allocate<Float>(vm.types().float_);
  f->value = v;
  return Value::from_object(f);
}

int64_t float_hash(double v) {
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  if (std::isnan(v)) return 0;
  if (std::isinf(v)) return v > 0 ? 314159 : -314159;
  // v = mantissa * 2^exp with an integer mantissa below 2^53; modulo the
  // Mersenne prime 2^61 - 1, multiplying by 2^k is a rotation by k mod 61.
  int exp;
  double frac = std::frexp(std::fabs(v), &exp);
  uint64_t mantissa = static_cast<uint64_t>(std::ldexp(frac, 53));
  exp -= 53;
  int k = ((exp % 61) + 61) % 61;
  uint64_t h = k == 0 ? mantissa : (((mantissa << k) & kModulus) | (mantissa >> (61 - k)));
  if (h >= kModulus) h -= kModulus;
  int64_t result = v < 0 ? -static_cast<int64_t>(h) : static_cast<int64_t>(h);
  return result == -1 ? -2 : result;
}

bool number_to_double(VM& vm, Value v, double* out) {
  if (is_int(vm, v)) {
    bool overflow;
    *out = int_to_double(vm, v, &overflow);
    if (overflow) {
      raise_overflow_error(vm, "int too large to convert to float");
      return false;
    }
    return true;
  }
  if (is_float(vm, v)) {
    *out = float_value(v);
    return true;
  }
  raise_type_error(vm, "must be real number, not " + type_name(vm, v));
  return false;
}

// ---------------------------------------------------------------------------
// Arithmetic.

// x ** 0.5 without the pow call when the answer is certain. s = sqrt(x) is
// correctly rounded; e = s*s - x (one FMA, nearly exact) measures how far s
// is from the true root t: |s - t| ~ |e| / 2s. When |e| < 0.92 * s * ulp(s),
// s is within 0.46 ulp(s) of t, so every other double is at least 0.54 ulp
// from t (s not a power of two: its neighbours are a whole ulp away, in its
// binade). glibc's pow (since 2.28) errs by at most its exp step's 0.511 ulp
// plus |y log x| times its log's relative error (under 1.5 * 2^-68), which
// for y = 0.5 (|y log x| < 355) adds under 0.015 ulp: at most 0.527 ulp, so
// it returns s too. About 92% of square roots take this path (200 million
// random doubles: pow and sqrt first differ at |e| = 0.98 * s * ulp(s)).
double float_pow_libm(double x, double y) {
  if (y == 0.5 && x >= std::numeric_limits<double>::min() &&
      x <= std::numeric_limits<double>::max()) {
    double s = std::sqrt(x);
    uint64_t bits = std::bit_cast<uint64_t>(s);
    if ((bits << 12) != 0) {
      double binade = std::bit_cast<double>(bits & 0xfff0000000000000ull);
      double e = std::fma(s, s, -x);
      if (std::fabs(e) < kSqrtIsPowFactor * s * binade) return s;
    }
  }
  return std::pow(x, y);
}

namespace {

// Python's divmod for doubles (wx != 0): the remainder takes the divisor's sign.
void float_divmod(double vx, double wx, double* floordiv, double* mod) {
  double m = std::fmod(vx, wx);
  double div = (vx - m) / wx;
  if (m != 0) {
    if ((wx < 0) != (m < 0)) {
      m += wx;
      div -= 1.0;
    }
  } else {
    m = std::copysign(0.0, wx);
  }
  double fd;
  if (div != 0) {
    fd = std::floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = std::copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *mod = m;
}

bool is_odd_integer(double w) { return std::fmod(std::fabs(w), 2.0) == 1.0; }

Value float_pow(VM& vm, double iv, double iw) {
  if (iw == 0) return float_new(vm, 1.0);
  if (std::isnan(iv)) return float_new(vm, iv);
  if (std::isnan(iw)) return float_new(vm, iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    double a = std::fabs(iv);
    if (a == 1.0) return float_new(vm, 1.0);
    return float_new(vm, (a > 1.0) == (iw > 0) ? HUGE_VAL : 0.0);
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iv > 0) return float_new(vm, iw > 0 ? iv : 0.0);
    return float_new(vm, iw > 0 ? (odd ? iv : -iv) : (odd ? -0.0 : 0.0));
  }
  if (iv == 0) {
    if (iw < 0) return raise_zero_division(vm, "0.0 cannot be raised to a negative power");
    return float_new(vm, is_odd_integer(iw) ? iv : 0.0);
  }
  if (iv < 0 && iw != std::floor(iw)) {
    return complex_binary(vm, BinaryOp::kPow, complex_new(vm, iv, 0), complex_new(vm, iw, 0));
  }
  if (iv == 1.0) return float_new(vm, 1.0);
  double r = float_pow_libm(iv, iw);
  if (std::isinf(r)) return raise_overflow_error(vm, "(34, 'Numerical result out of range')");
  return float_new(vm, r);
}

// Reads an int or float operand; false (no exception) for other types.
bool operand(VM& vm, Value v, double* out, bool* failed) {
  *failed = false;
  if (is_float(vm, v)) {
    *out = float_value(v);
    return true;
  }
  if (!is_int(vm, v)) return false;
  if (!number_to_double(vm, v, out)) *failed = true;
  return true;
}

}  // namespace

Value float_binary(VM& vm, BinaryOp op, Value a, Value b) {
  double x, y;
  bool failed;
  if (!operand(vm, a, &x, &failed)) return vm.not_implemented();
  if (failed) return Value::null();
  if (!operand(vm, b, &y, &failed)) return vm.not_implemented();
  if (failed) return Value::null();
  double q, r;
  switch (op) {
    case BinaryOp::kAdd:
      return float_new(vm, x + y);
    case BinaryOp::kSub:
      return float_new(vm, x - y);
    case BinaryOp::kMul:
      return float_new(vm, x * y);
    case BinaryOp::kTrueDiv:
      if (y == 0) return raise_zero_division(vm, "float division by zero");
      return float_new(vm, x / y);
    case BinaryOp::kFloorDiv:
      if (y == 0) return raise_zero_division(vm, "float floor division by zero");
      float_divmod(x, y, &q, &r);
      return float_new(vm, q);
    case BinaryOp::kMod:
      if (y == 0) return raise_zero_division(vm, "float modulo");
      float_divmod(x, y, &q, &r);
      return float_new(vm, r);
    case BinaryOp::kPow:
      return float_pow(vm, x, y);
    default:
      return vm.not_implemented();
  }
}

Value float_divmod_values(VM& vm, Value a, Value b) {
  double x, y;
  bool failed;
  if (!operand(vm, a, &x, &failed)) return vm.not_implemented();
  if (failed) return Value::null();
  if (!operand(vm, b, &y, &failed)) return vm.not_implemented();
  if (failed) return Value::null();
  if (y == 0) return raise_zero_division(vm, "float divmod()");
  double q, r;
  float_divmod(x, y, &q, &r);
  Value items[2] = {float_new(vm, q), Value::null()};
  items[1] = float_new(vm, r);
  return Value::from_object(tuple_from(vm, items, 2));
}

// ---------------------------------------------------------------------------
// Rounding.

namespace {

// Rounds the exact rational num/den (den > 0) to the nearest integer, half to even.
void round_half_even(mpz_ptr out, mpz_ptr num, mpz_ptr den) {
  Mpz r;
  mpz_fdiv_qr(out, r, num, den);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, den);
  if (c > 0 || (c == 0 && mpz_odd_p(out))) mpz_add_ui(out, out, 1);
}

// x = num / den exactly (den a power of two).
void exact_ratio(double x, mpz_ptr num, mpz_ptr den) {
  int exp;
  double frac = std::frexp(x, &exp);
  mpz_set_d(num, std::ldexp(frac, 53));
  exp -= 53;
  mpz_set_ui(den, 1);
  if (exp >= 0) {
    mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(exp));
  } else {
    mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-exp));
  }
}

Value float_to_int_value(VM& vm, double d) {
  if (std::isinf(d)) return raise_overflow_error(vm, "cannot convert float infinity to integer");
  if (std::isnan(d)) return raise_value_error(vm, "cannot convert float NaN to integer");
  Mpz z;
  mpz_set_d(z, d);
  return int_from_mpz(vm, z);
}

}  // namespace

Value float_round(VM& vm, double x, Value ndigits) {
  if (ndigits.is_null() || ndigits == vm.none()) return float_to_int_value(vm, std::nearbyint(x));
  int64_t nd;
  if (!index_to_int64(vm, ndigits, &nd)) return Value::null();
  if (!std::isfinite(x) || x == 0 || nd > 330) return float_new(vm, x);
  if (nd < -330) return float_new(vm, 0.0 * x);
  Mpz num, den, pow10, n;
  exact_ratio(x, num, den);
  mpz_ui_pow_ui(pow10, 10, static_cast<unsigned long>(nd < 0 ? -nd : nd));
  if (nd >= 0) {
    mpz_mul(num, num, pow10);
  } else {
    mpz_mul(den, den, pow10);
  }
  round_half_even(n, num, den);
  if (mpz_sgn(n) == 0) return float_new(vm, 0.0 * x);
  double result;
  if (nd >= 0) {
    Value q = int_binary(vm, BinaryOp::kTrueDiv, int_from_mpz(vm, n), int_from_mpz(vm, pow10));
    if (q.is_null()) return q;
    result = float_value(q);
  } else {
    mpz_mul(n, n, pow10);
    bool overflow;
    result = int_to_double(vm, int_from_mpz(vm, n), &overflow);
    if (overflow) return raise_overflow_error(vm, "rounded value too large to represent");
  }
  return float_new(vm, result);
}

// ---------------------------------------------------------------------------
// Parsing.

namespace {

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool equals_lower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((s[i] | 0x20) != lower[i]) return false;
  }
  return true;
}

// Copies a run of digits with single underscores between digits; false if
// the run is empty or misplaces an underscore.
bool take_digits(std::string_view s, size_t* i, std::string* out) {
  size_t start = out->size();
  while (*i < s.size()) {
    char c = s[*i];
    if (is_digit(c)) {
      out->push_back(c);
    } else if (c == '_' && out->size() > start && *i + 1 < s.size() && is_digit(s[*i + 1])) {
      // an underscore between two digits
    } else {
      break;
    }
    ++*i;
  }
  return out->size() > start;
}

}  // namespace

bool float_parse(std::string_view text, double* out) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  bool negative = false;
  std::string_view body = text;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  if (equals_lower(body, "inf") || equals_lower(body, "infinity")) {
    *out = negative ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (equals_lower(body, "nan")) {
    *out = negative ? -NAN : NAN;
    return true;
  }
  std::string clean;
  size_t i = 0;
  bool int_part = take_digits(body, &i, &clean);
  bool frac_part = false;
  if (i < body.size() && body[i] == '.') {
    clean.push_back('.');
    ++i;
    frac_part = take_digits(body, &i, &clean);
  }
  if (!int_part && !frac_part) return false;
  if (i < body.size() && (body[i] | 0x20) == 'e') {
    clean.push_back('e');
    ++i;
    if (i < body.size() && (body[i] == '+' || body[i] == '-')) clean.push_back(body[i++]);
    if (!take_digits(body, &i, &clean)) return false;
  }
  if (i != body.size()) return false;
  double v = std::strtod(clean.c_str(), nullptr);
  *out = negative ? -v : v;
  return true;
}

// ---------------------------------------------------------------------------
// Slots, methods and the type.

namespace {

void trace_float(Object*, Tracer&) {}  // a Float holds no references

Value float_repr_slot(VM& vm, Value self) {
  double v = float_value(self);
  char buf[kFloatCharsBuffer];
  int n = float_to_chars(v, 'r', 0, kFloatAddDot0, buf);  // written straight into the str
  if (n < 0) return Value::from_object(str_from_ascii(vm, float_repr_string(v)));
  Str* s = str_alloc(vm, n, 0x7F);
  std::memcpy(s + 1, buf, static_cast<size_t>(n));
  return Value::from_object(s);
}

int64_t float_hash_slot(VM& vm, Value self) { return float_hash(float_value(self)); }

Value compare_double_result(VM& vm, int c, CompareOp op) {
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

int compare_doubles(double x, double y) {
  if (std::isnan(x) || std::isnan(y)) return 2;
  return x < y ? -1 : x > y ? 1 : 0;
}

Value float_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_float(vm, a)) return vm.not_implemented();
  double x = float_value(a);
  if (is_float(vm, b)) return compare_double_result(vm, compare_doubles(x, float_value(b)), op);
  if (is_int(vm, b)) {
    int c = int_compare_double(vm, b, x);
    return compare_double_result(vm, c == 2 ? 2 : -c, op);
  }
  return vm.not_implemented();
}

Value float_unary(VM& vm, UnaryOp op, Value self) {
  double x = float_value(self);
  switch (op) {
    case UnaryOp::kNegative:
      return float_new(vm, -x);
    case UnaryOp::kPositive:
      return float_new(vm, x);
    case UnaryOp::kInvert:
      break;
  }
  return raise_type_error(vm, "bad operand type for unary ~: '" + type_name(vm, self) + "'");
}

int float_truth(VM& vm, Value self) { return float_value(self) != 0 ? 1 : 0; }

Value raise_bad_float_string(VM& vm, Value s) {
  Value r = repr(vm, s);
  if (r.is_null()) return r;
  return raise_value_error(vm, "could not convert string to float: " + str_to_utf8(r.as<Str>()));
}

Value float_from_object(VM& vm, Value x) {
  double d;
  // A subclass's own __float__ runs, as CPython's nb_float slot.
  Type* t = type_of(vm, x);
  bool own_float = false;
  if (t != vm.types().float_ && t != vm.types().int_ && is_user_class(t)) {
    Value method = type_lookup(vm, t, vm.intern("__float__"));
    Type* base = is_float(vm, x) ? vm.types().float_ : vm.types().int_;
    own_float = !method.is_null() && method != vm.none() &&
                method != type_lookup(vm, base, vm.intern("__float__"));
  }
  if (is_float(vm, x) && !own_float) return float_new(vm, float_value(x));
  if (is_int(vm, x) && !own_float)
    return number_to_double(vm, x, &d) ? float_new(vm, d) : Value::null();
  bool is_str = is_instance_of(vm, x, vm.types().str);
  if (is_str || is_instance_of(vm, x, vm.types().bytes)) {
    std::string text = is_str ? str_numeric_text(x.as<Str>()) : std::string(x.as<Bytes>()->view());
    if (!float_parse(text, &d)) return raise_bad_float_string(vm, x);
    return float_new(vm, d);
  }
  for (const char* name : {"__float__", "__index__"}) {
    Value method = type_lookup(vm, type_of(vm, x), vm.intern(name));
    if (method.is_null() || method == vm.none()) continue;
    Value r = call_positional(vm, method, &x, 1);
    if (r.is_null()) return r;
    if (is_float(vm, r)) return float_new(vm, float_value(r));
    if (is_int(vm, r) && name[2] == 'i') {
      return number_to_double(vm, r, &d) ? float_new(vm, d) : Value::null();
    }
    return raise_type_error(
        vm, type_name(vm, x) + "." + name + " returned non-float (type " + type_name(vm, r) + ")");
  }
  return raise_type_error(
      vm, "float() argument must be a string or a real number, not '" + type_name(vm, x) + "'");
}

// float(x) as a plain float (the value of float(x) for any cls).
Value float_construct_plain(VM& vm, CallArgs args) {
  if (args.kwnames != nullptr && args.kwnames->length > 0) {
    return raise_type_error(vm, "float() takes no keyword arguments");
  }
  if (args.npos > 1) {
    return raise_type_error(vm,
                            "float expected at most 1 argument, got " + std::to_string(args.npos));
  }
  if (args.npos == 0) return float_new(vm, 0.0);
  return float_from_object(vm, args.args[0]);
}

// An instance of a subclass of float: the Float layout followed by the
// subclass's Attributes, which the caller (builtin_new) initialises.
Value float_construct(VM& vm, Type* cls, CallArgs args) {
  Value v = float_construct_plain(vm, args);
  if (v.is_null() || cls == vm.types().float_) return v;
  auto* f = static_cast<Float*>(vm.allocate(cls, cls->instance_size));
  f->value = float_value(v);
  return Value::from_object(f);
}

double self_value(CallArgs args) { return float_value(args.args[0]); }

Value float_is_integer(VM& vm, CallArgs args) {
  double x = self_value(args);
  return vm.bool_value(std::isfinite(x) && std::floor(x) == x);
}

Value float_conjugate(VM& vm, CallArgs args) { return float_new(vm, self_value(args)); }

// float.__abs__ (abs() of a float subclass instance finds it).
Value float_abs_method(VM& vm, CallArgs args) { return float_new(vm, std::fabs(self_value(args))); }

Value float_as_integer_ratio(VM& vm, CallArgs args) {
  double x = self_value(args);
  if (std::isinf(x)) return raise_overflow_error(vm, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return raise_value_error(vm, "cannot convert NaN to integer ratio");
  Mpz num, den;
  if (x == 0) {
    mpz_set_ui(den, 1);
  } else {
    exact_ratio(x, num, den);
    mp_bitcnt_t tz = std::min(mpz_scan1(num, 0), mpz_scan1(den, 0));
    mpz_fdiv_q_2exp(num, num, tz);
    mpz_fdiv_q_2exp(den, den, tz);
  }
  Value items[2] = {int_from_mpz(vm, num), Value::null()};
  items[1] = int_from_mpz(vm, den);
  return Value::from_object(tuple_from(vm, items, 2));
}

Value float_hex(VM& vm, CallArgs args) {
  double x = self_value(args);
  if (!std::isfinite(x)) return Value::from_object(str_from_ascii(vm, float_repr_string(x)));
  std::string sign = std::signbit(x) ? "-" : "";
  if (x == 0) return Value::from_object(str_from_ascii(vm, sign + "0x0.0p+0"));
  int exp;
  double m = std::frexp(std::fabs(x), &exp);
  int shift = 1 - std::max(DBL_MIN_EXP - exp, 0);
  m = std::ldexp(m, shift);
  exp -= shift;
  static const char kHex[] = "0123456789abcdef";
  std::string out = sign + "0x";
  int lead = static_cast<int>(m);
  out.push_back(kHex[lead]);
  out.push_back('.');
  m -= lead;
  for (int i = 0; i < 13; ++i) {
    m *= 16;
    int d = static_cast<int>(m);
    out.push_back(kHex[d]);
    m -= d;
  }
  out += "p" + std::string(exp < 0 ? "-" : "+") + std::to_string(exp < 0 ? -exp : exp);
  return Value::from_object(str_from_ascii(vm, out));
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 0x20);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

Value raise_bad_hex(VM& vm) {
  return raise_value_error(vm, "invalid hexadecimal floating-point string");
}

// Parses "[0x]h[.h][p[+-]d]" into mantissa * 2^exp; false on bad syntax.
bool parse_hex_body(std::string_view s, mpz_ptr mantissa, int64_t* exp) {
  size_t i = 0;
  if (s.size() >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x') i = 2;
  int ndigits = 0;
  *exp = 0;
  bool seen_point = false;
  for (; i < s.size(); ++i) {
    if (s[i] == '.' && !seen_point) {
      seen_point = true;
      continue;
    }
    int d = hex_digit(s[i]);
    if (d < 0) break;
    mpz_mul_2exp(mantissa, mantissa, 4);
    mpz_add_ui(mantissa, mantissa, static_cast<unsigned long>(d));
    ++ndigits;
    if (seen_point) *exp -= 4;
  }
  if (ndigits == 0) return false;
  if (i < s.size() && (s[i] | 0x20) == 'p') {
    ++i;
    bool neg = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    if (i == s.size()) return false;
    int64_t e = 0;
    for (; i < s.size() && is_digit(s[i]); ++i)
      e = std::min<int64_t>(e * 10 + (s[i] - '0'), 1 << 30);
    *exp += neg ? -e : e;
  }
  return i == s.size();
}

// float.__getformat__(typestr): the storage format of C doubles and floats
// (IEEE 754 little-endian on every platform pyvm runs on).
Value float_getformat(VM& vm, CallArgs args) {
  Value kind = args.args[0];
  if (!is_str(vm, kind)) {
    return raise_type_error(vm, "__getformat__() argument must be str, not " + type_name(vm, kind));
  }
  Str* s = kind.as<Str>();
  if (!str_equals_ascii(s, "double") && !str_equals_ascii(s, "float")) {
    return raise(vm, vm.types().value_error,
                 "__getformat__() argument 1 must be 'double' or 'float'");
  }
  return Value::from_object(vm.intern("IEEE, little-endian"));
}

Value float_fromhex(VM& vm, CallArgs args) {
  if (args.npos != 1 || !is_instance_of(vm, args.args[0], vm.types().str)) {
    return raise_type_error(vm, "fromhex() argument must be str");
  }
  std::string text = str_to_utf8(args.args[0].as<Str>());
  std::string_view s = text;
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  double d;
  if (equals_lower(s, "inf") || equals_lower(s, "infinity") || equals_lower(s, "nan")) {
    float_parse(s, &d);
    return float_new(vm, negative ? -d : d);
  }
  Mpz mantissa;
  int64_t exp;
  if (!parse_hex_body(s, mantissa, &exp)) return raise_bad_hex(vm);
  if (mpz_sgn(mantissa) == 0) return float_new(vm, negative ? -0.0 : 0.0);
  int64_t top = static_cast<int64_t>(mpz_sizeinbase(mantissa, 2)) + exp;
  if (top > 1025)
    return raise_overflow_error(vm, "hexadecimal value too large to represent as a float");
  if (top < -1100) return float_new(vm, negative ? -0.0 : 0.0);
  Value result;
  if (exp >= 0) {
    mpz_mul_2exp(mantissa, mantissa, static_cast<mp_bitcnt_t>(exp));
    bool overflow;
    d = int_to_double(vm, int_from_mpz(vm, mantissa), &overflow);
    if (overflow) {
      return raise_overflow_error(vm, "hexadecimal value too large to represent as a float");
    }
  } else {
    Mpz den;
    mpz_setbit(den, static_cast<mp_bitcnt_t>(-exp));
    result = int_binary(vm, BinaryOp::kTrueDiv, int_from_mpz(vm, mantissa), int_from_mpz(vm, den));
    if (result.is_null()) {
      vm.clear_exception();
      return raise_overflow_error(vm, "hexadecimal value too large to represent as a float");
    }
    d = float_value(result);
  }
  return float_new(vm, negative ? -d : d);
}

Value float_round_method(VM& vm, CallArgs args) {
  return float_round(vm, self_value(args), args.npos > 1 ? args.args[1] : Value::null());
}

Value float_trunc_method(VM& vm, CallArgs args) {
  return float_to_int_value(vm, std::trunc(self_value(args)));
}
Value float_floor_method(VM& vm, CallArgs args) {
  return float_to_int_value(vm, std::floor(self_value(args)));
}
Value float_ceil_method(VM& vm, CallArgs args) {
  return float_to_int_value(vm, std::ceil(self_value(args)));
}

Value float_getattr(VM& vm, Value self, Str* name) {
  if (str_equals_ascii(name, "real")) return float_new(vm, float_value(self));
  if (str_equals_ascii(name, "imag")) return float_new(vm, 0.0);
  Value found = type_lookup(vm, type_of(vm, self), name);
  if (found.is_null()) return raise_attribute_error(vm, self, name);
  if (found.is_object() && found.object()->type == vm.types().builtin_function &&
      (found.as<NativeFunction>()->flags & kNativeMethod) != 0) {
    return Value::from_object(method_new(vm, found, self));
  }
  return found;
}

}  // namespace

void init_float_type(VM& vm) {
  Type* t = vm.types().float_;
  t->instance_size = sizeof(Float);
  t->flags |= kTypeAcceptsSubclasses;
  t->trace = trace_float;
  t->flags |= kTypeNoReferences;
  t->repr = float_repr_slot;
  t->str = float_repr_slot;
  t->hash = float_hash_slot;
  t->richcompare = float_richcompare;
  t->binary = float_binary;
  t->unary = float_unary;
  t->truth = float_truth;
  t->construct = float_construct;
  t->getattr = float_getattr;
  add_method(vm, t, "is_integer", float_is_integer, 0, 0, kNativeMethod);
  add_method(vm, t, "conjugate", float_conjugate, 0, 0, kNativeMethod);
  add_method(vm, t, "__abs__", float_abs_method, 0, 0, kNativeMethod);
  add_method(vm, t, "as_integer_ratio", float_as_integer_ratio, 0, 0, kNativeMethod);
  add_method(vm, t, "hex", float_hex, 0, 0, kNativeMethod);
  // A plain function in the dict, so float.fromhex(s) passes s as args[0].
  NativeFunction* fromhex = native_function_new(vm, "fromhex", float_fromhex, 1, 1);
  dict_set_str(vm, t->dict, fromhex->name, Value::from_object(fromhex));
  NativeFunction* getformat = native_function_new(vm, "__getformat__", float_getformat, 1, 1);
  dict_set_str(vm, t->dict, getformat->name, Value::from_object(getformat));
  add_method(vm, t, "__round__", float_round_method, 0, 1, kNativeMethod);
  add_method(vm, t, "__trunc__", float_trunc_method, 0, 0, kNativeMethod);
  add_method(vm, t, "__floor__", float_floor_method, 0, 0, kNativeMethod);
  add_method(vm, t, "__ceil__", float_ceil_method, 0, 0, kNativeMethod);
  add_number_dunders(vm, t, false);
}

}  // namespace pyvm::runtime
