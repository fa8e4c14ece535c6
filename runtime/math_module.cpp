// The native `math` module (see runtime/math_module.h).
//
// Real arguments are converted like CPython's PyFloat_AsDouble (float, int,
// then __float__ / __index__); integer arguments like PyNumber_Index. Exact
// integer functions (isqrt, factorial, gcd, lcm, comb, perm) use GMP.
#include "runtime/math_module.h"

#include <gmp.h>

#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gc/heap.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kE = 2.718281828459045235360287471352662498;

Value domain_error(VM& vm) { return raise_value_error(vm, "math domain error"); }
Value range_error(VM& vm) { return raise_overflow_error(vm, "math range error"); }

// An mpz_t that clears itself.
class Mpz {
 public:
  Mpz() { mpz_init(value_); }
  ~Mpz() { mpz_clear(value_); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  mpz_ptr get() { return value_; }

 private:
  mpz_t value_;
};

// Calls the special method `name` of v's type with v; null (no exception)
// when the type has no such method.
Value call_special(VM& vm, Value v, const char* name, bool* found) {
  Value method = type_lookup(vm, type_of(vm, v), vm.intern(name));
  *found = !method.is_null();
  if (!*found) return Value::null();
  return call_positional(vm, method, &v, 1);
}

bool is_float_value(VM& vm, Value v) { return is_instance_of(vm, v, vm.types().float_); }

// PyFloat_AsDouble: float, int, __float__, __index__.
[[nodiscard]] bool to_double(VM& vm, Value v, double* out) {
  if (is_int(vm, v) || is_float_value(vm, v)) return number_to_double(vm, v, out);
  for (const char* name : {"__float__", "__index__"}) {
    bool found;
    Value r = call_special(vm, v, name, &found);
    if (!found) continue;
    if (r.is_null()) return false;
    return number_to_double(vm, r, out);
  }
  return number_to_double(vm, v, out);  // raises "must be real number"
}

// An int (bool normalised to int) from an int or an object with __index__.
[[nodiscard]] Value to_index(VM& vm, Value v) {
  if (is_int(vm, v)) {
    if (v.is_object() && v.object()->type == vm.types().bool_) {
      return Value::from_small_int(v.as<Bool>()->value);
    }
    return v;
  }
  bool found;
  Value r = call_special(vm, v, "__index__", &found);
  if (!found) {
    return raise_type_error(
        vm, "'" + type_name(vm, v) + "' object cannot be interpreted as an integer");
  }
  if (!r.is_null() && !is_int(vm, r)) {
    return raise_type_error(vm, "__index__ returned non-int (type " + type_name(vm, r) + ")");
  }
  return r;
}

Value mpz_value(VM& vm, Mpz& z) { return int_from_mpz(vm, z.get()); }

int int_sign(VM& vm, Value v) { return int_compare(vm, v, Value::from_small_int(0)); }

// An integral double (finite) as an int.
Value integral_double_to_int(VM& vm, double d) {
  if (std::isinf(d)) return raise_overflow_error(vm, "cannot convert float infinity to integer");
  if (std::isnan(d)) return raise_value_error(vm, "cannot convert float NaN to integer");
  if (std::fabs(d) < 9.0e18) return int_from_int64(vm, static_cast<int64_t>(d));
  Mpz z;
  mpz_set_d(z.get(), d);
  return mpz_value(vm, z);
}

// errno-based error check after a libm call (CPython's is_error).
bool check_errno(VM& vm, double r) {
  if (errno == EDOM) {
    domain_error(vm);
    return false;
  }
  if (errno == ERANGE && std::fabs(r) >= 1.5) {
    range_error(vm);
    return false;
  }
  return true;
}

// f(x) with CPython's math_1 error rules.
Value apply_unary(VM& vm, double x, double (*f)(double), bool can_overflow) {
  errno = 0;
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error(vm);
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
  if (std::isfinite(r) && errno != 0 && !check_errno(vm, r)) return Value::null();
  return float_new(vm, r);
}

bool is_nonpositive_integer(double x) { return x <= 0 && std::floor(x) == x; }

// Gamma and log-gamma as CPython computes them (not libm's): a Lanczos
// approximation with g = 6.0246800407767296 and 13 terms, so results match
// CPython bit for bit.
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[13] = {23531376880.410759688572007674451636754734846804940,
                                    42919803642.649098768957899047001988850926355848959,
                                    35711959237.355668049440185451547166705960488635843,
                                    17921034426.037209699919755754458931112671403265390,
                                    6039542586.3520280050642916443072979210699388420708,
                                    1439720407.3117216736632230727949123939715485786772,
                                    248874557.86205415651146038641322942321632125127801,
                                    31426415.585400194380614231628318205362874684987640,
                                    2876370.6289353724412254090516208496135991145378768,
                                    186056.26539522349504029498971604569928220784236328,
                                    8071.6720023658162106380029022722506138218516325024,
                                    210.82427775157934587250973392071336271166969580291,
                                    2.5066282746310002701649081771338373386264310793408};
constexpr double kLanczosDen[13] = {0.0,        39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                    45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                    1925.0,     66.0,       1.0};

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = 12; i >= 0; --i) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < 13; ++i) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

// sin(pi * x), accurate for large x.
double sin_pi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = static_cast<int>(std::round(2.0 * y));
  double r;
  switch (n) {
    case 0:
      r = std::sin(kPi * y);
      break;
    case 1:
      r = std::cos(kPi * (y - 0.5));
      break;
    case 2:
      r = std::sin(kPi * (1.0 - y));
      break;
    case 3:
      r = -std::cos(kPi * (y - 1.5));
      break;
    default:
      r = std::sin(kPi * (y - 2.0));
      break;
  }
  return std::copysign(1.0, x) * r;
}

// Multiplies (or divides) r by y**(a - 0.5), split in two for large a.
double scale_by_power(double r, double y, double a, bool divide) {
  if (a < 140.0) {
    double p = std::pow(y, a - 0.5);
    return divide ? r / p : r * p;
  }
  double half = std::pow(y, a / 2.0 - 0.25);
  return divide ? r / half / half : r * half * half;
}

// Finite x, not zero nor a negative integer.
double gamma_fn(double x) {
  if (x == std::floor(x) && x > 0 && x <= 23) {
    double f = 1.0;
    for (int i = 2; i < static_cast<int>(x); ++i) f *= i;
    return f;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return 1.0 / x;
  if (absx > 200.0) return x < 0 ? 0.0 / sin_pi(x) : HUGE_VAL;
  double y = absx + kLanczosGMinusHalf;
  double z;
  if (absx > kLanczosGMinusHalf) {
    z = (y - absx) - kLanczosGMinusHalf;
  } else {
    z = (y - kLanczosGMinusHalf) - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0) {
    r = -kPi / sin_pi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    return scale_by_power(r, y, absx, true);
  }
  r = lanczos_sum(absx) / std::exp(y);
  r += z * r;
  return scale_by_power(r, y, absx, false);
}

// Finite x, not zero nor a negative integer.
double lgamma_fn(double x) {
  if (x == std::floor(x) && x <= 2) return 0.0;
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0) {
    constexpr double kLogPi = 1.144729885849400174143427351353058711647;
    r = kLogPi - std::log(std::fabs(sin_pi(absx))) - std::log(absx) - r;
  }
  return r;
}

Value apply_gamma(VM& vm, double x, bool log) {
  if (std::isnan(x)) return float_new(vm, x);
  if (std::isinf(x)) {
    if (log) return float_new(vm, HUGE_VAL);
    if (x < 0) return domain_error(vm);
    return float_new(vm, x);
  }
  if (is_nonpositive_integer(x)) return domain_error(vm);
  double r = log ? lgamma_fn(x) : gamma_fn(x);
  if (std::isinf(r)) return range_error(vm);
  return float_new(vm, r);
}

struct Unary {
  const char* name;
  double (*fn)(double);
  bool can_overflow;
};

double fabs_fn(double x) { return std::fabs(x); }

constexpr Unary kUnary[] = {
    {"acos", ::acos, false},   {"acosh", ::acosh, false}, {"asin", ::asin, false},
    {"asinh", ::asinh, false}, {"atan", ::atan, false},   {"atanh", ::atanh, false},
    {"cos", ::cos, false},     {"cosh", ::cosh, true},    {"erf", ::erf, false},
    {"erfc", ::erfc, false},   {"exp", ::exp, true},      {"expm1", ::expm1, true},
    {"fabs", fabs_fn, false},  {"sin", ::sin, false},     {"sinh", ::sinh, true},
    {"sqrt", ::sqrt, false},   {"tan", ::tan, false},     {"tanh", ::tanh, false},
    {"log1p", ::log1p, false}, {"gamma", nullptr, false}, {"lgamma", nullptr, false},
    {"cbrt", ::cbrt, false},   {"exp2", ::exp2, true},
};

[[nodiscard]] bool check_one_arg(VM& vm, const char* name, CallArgs args) {
  if (args.npos == 1) return true;
  raise_type_error(vm, std::string("math.") + name + "() takes exactly one argument (" +
                           std::to_string(args.npos) + " given)");
  return false;
}

template <int I>
Value math_unary(VM& vm, CallArgs args) {
  const Unary& u = kUnary[I];
  if (!check_one_arg(vm, u.name, args)) return Value::null();
  double x;
  if (!to_double(vm, args.args[0], &x)) return Value::null();
  if (u.fn == nullptr) return apply_gamma(vm, x, u.name[0] == 'l');
  return apply_unary(vm, x, u.fn, u.can_overflow);
}

// ---------------------------------------------------------------------------
// Logarithms.

// An int too large for a double as x * 2**e with 0.5 <= x < 1, x correctly
// rounded (CPython's _PyLong_Frexp).
double int_frexp(VM& vm, Value v, int64_t* e) {
  Mpz z;
  int_to_mpz(vm, v, z.get());
  mpz_abs(z.get(), z.get());
  int64_t nbits = static_cast<int64_t>(mpz_sizeinbase(z.get(), 2));
  int64_t shift = nbits > 55 ? nbits - 55 : 0;
  bool sticky = shift > 0 && mpz_scan1(z.get(), 0) < static_cast<mp_bitcnt_t>(shift);
  mpz_tdiv_q_2exp(z.get(), z.get(), static_cast<mp_bitcnt_t>(shift));
  uint64_t top = mpz_get_ui(z.get()) | (sticky ? 1u : 0u);
  int ex;
  double x = std::frexp(static_cast<double>(top), &ex);
  *e = shift + ex;
  return x;
}

// CPython's loghelper: exact for huge ints; false with an exception pending.
bool log_of(VM& vm, Value v, double (*f)(double), double* out) {
  if (is_int(vm, v)) {
    if (int_sign(vm, v) <= 0) {
      domain_error(vm);
      return false;
    }
    bool overflow;
    double x = int_to_double(vm, v, &overflow);
    if (!overflow) {
      *out = f(x);
      return true;
    }
    int64_t e;
    x = int_frexp(vm, v, &e);
    *out = f(x) + f(2.0) * static_cast<double>(e);
    return true;
  }
  double x;
  if (!to_double(vm, v, &x)) return false;
  Value r = apply_unary(vm, x, f, false);
  if (r.is_null()) return false;
  *out = float_value(r);
  return true;
}

double log_e(double x) { return std::log(x); }
double log_2(double x) { return std::log2(x); }
double log_10(double x) { return std::log10(x); }

Value math_log(VM& vm, CallArgs args) {
  if (args.npos < 1 || args.npos > 2) {
    return raise_type_error(vm, "math.log requires 1 to 2 arguments");
  }
  double num;
  if (!log_of(vm, args.args[0], log_e, &num)) return Value::null();
  if (args.npos == 1) return float_new(vm, num);
  double den;
  if (!log_of(vm, args.args[1], log_e, &den)) return Value::null();
  if (den == 0) return raise_zero_division(vm, "float division by zero");
  return float_new(vm, num / den);
}

template <int kBase>
Value math_log_base(VM& vm, CallArgs args) {
  if (!check_one_arg(vm, kBase == 2 ? "log2" : "log10", args)) return Value::null();
  double r;
  if (!log_of(vm, args.args[0], kBase == 2 ? log_2 : log_10, &r)) return Value::null();
  return float_new(vm, r);
}

// ---------------------------------------------------------------------------
// Rounding to integers.

Value round_to_int(VM& vm, CallArgs args, const char* name, const char* special,
                   double (*f)(double)) {
  if (!check_one_arg(vm, name, args)) return Value::null();
  Value v = args.args[0];
  if (v.is_object() && v.object()->type == vm.types().float_) {
    return integral_double_to_int(vm, f(float_value(v)));
  }
  if (is_int(vm, v)) return to_index(vm, v);
  bool found;
  Value r = call_special(vm, v, special, &found);
  if (found) return r;
  double x;
  if (!to_double(vm, v, &x)) return Value::null();
  return integral_double_to_int(vm, f(x));
}

double floor_fn(double x) { return std::floor(x); }
double ceil_fn(double x) { return std::ceil(x); }

Value math_floor(VM& vm, CallArgs args) {
  return round_to_int(vm, args, "floor", "__floor__", floor_fn);
}
Value math_ceil(VM& vm, CallArgs args) {
  return round_to_int(vm, args, "ceil", "__ceil__", ceil_fn);
}

Value math_trunc(VM& vm, CallArgs args) {
  if (!check_one_arg(vm, "trunc", args)) return Value::null();
  Value v = args.args[0];
  // Exact floats and ints directly; subclasses may override __trunc__.
  Type* type = type_of(vm, v);
  if (type == vm.types().float_) return integral_double_to_int(vm, std::trunc(float_value(v)));
  if (type == vm.types().int_ || type == vm.types().bool_) return to_index(vm, v);
  bool found;
  Value r = call_special(vm, v, "__trunc__", &found);
  if (found) return r;
  return raise_type_error(vm, "type " + type_name(vm, v) + " doesn't define __trunc__ method");
}

// ---------------------------------------------------------------------------
// Two-argument float functions.

[[nodiscard]] bool two_doubles(VM& vm, const char* name, CallArgs args, double* x, double* y) {
  if (args.npos != 2) {
    raise_type_error(vm,
                     std::string(name) + " expected 2 arguments, got " + std::to_string(args.npos));
    return false;
  }
  return to_double(vm, args.args[0], x) && to_double(vm, args.args[1], y);
}

Value math_atan2(VM& vm, CallArgs args) {
  double x, y;
  if (!two_doubles(vm, "atan2", args, &y, &x)) return Value::null();
  return float_new(vm, std::atan2(y, x));
}

Value math_copysign(VM& vm, CallArgs args) {
  double x, y;
  if (!two_doubles(vm, "copysign", args, &x, &y)) return Value::null();
  return float_new(vm, std::copysign(x, y));
}

Value math_fmod(VM& vm, CallArgs args) {
  double x, y;
  if (!two_doubles(vm, "fmod", args, &x, &y)) return Value::null();
  if (std::isinf(y) && std::isfinite(x)) return float_new(vm, x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(vm);
  return float_new(vm, r);
}

Value math_remainder(VM& vm, CallArgs args) {
  double x, y;
  if (!two_doubles(vm, "remainder", args, &x, &y)) return Value::null();
  if (std::isnan(x)) return float_new(vm, x);
  if (std::isnan(y)) return float_new(vm, y);
  if (std::isinf(x) || y == 0) return domain_error(vm);
  if (std::isinf(y)) return float_new(vm, x);
  return float_new(vm, std::remainder(x, y));
}

Value math_pow(VM& vm, CallArgs args) {
  double x, y;
  if (!two_doubles(vm, "pow", args, &x, &y)) return Value::null();
  double r = float_pow_libm(x, y);
  if (std::isfinite(x) && std::isfinite(y) && !std::isfinite(r)) {
    if (std::isnan(r) || x == 0) return domain_error(vm);
    return range_error(vm);
  }
  return float_new(vm, r);
}

Value math_nextafter(VM& vm, CallArgs args) {
  double x, y;
  if (!two_doubles(vm, "nextafter", args, &x, &y)) return Value::null();
  return float_new(vm, std::nextafter(x, y));
}

Value math_ldexp(VM& vm, CallArgs args) {
  if (args.npos != 2) {
    return raise_type_error(vm, "ldexp expected 2 arguments, got " + std::to_string(args.npos));
  }
  double x;
  if (!to_double(vm, args.args[0], &x)) return Value::null();
  Value i = args.args[1];
  if (!is_int(vm, i)) return raise_type_error(vm, "Expected an int as second argument to ldexp.");
  int64_t exp;
  if (!int_to_int64(vm, i, &exp)) exp = int_sign(vm, i) < 0 ? INT64_MIN : INT64_MAX;
  if (x == 0 || !std::isfinite(x)) return float_new(vm, x);
  if (exp > INT_MAX) return range_error(vm);
  if (exp < INT_MIN) return float_new(vm, std::copysign(0.0, x));
  double r = std::ldexp(x, static_cast<int>(exp));
  if (std::isinf(r)) return range_error(vm);
  return float_new(vm, r);
}

// ---------------------------------------------------------------------------
// One-argument float functions with special results.

template <double (*F)(double)>
Value simple_unary(VM& vm, CallArgs args, const char* name) {
  if (!check_one_arg(vm, name, args)) return Value::null();
  double x;
  if (!to_double(vm, args.args[0], &x)) return Value::null();
  return float_new(vm, F(x));
}

double degrees_fn(double x) { return x * (180.0 / kPi); }
double radians_fn(double x) { return x * (kPi / 180.0); }
double ulp_fn(double x) {
  if (std::isnan(x)) return x;
  x = std::fabs(x);
  if (std::isinf(x)) return x;
  double next = std::nextafter(x, HUGE_VAL);
  if (std::isinf(next)) return x - std::nextafter(x, -HUGE_VAL);
  return next - x;
}

Value math_degrees(VM& vm, CallArgs args) { return simple_unary<degrees_fn>(vm, args, "degrees"); }
Value math_radians(VM& vm, CallArgs args) { return simple_unary<radians_fn>(vm, args, "radians"); }
Value math_ulp(VM& vm, CallArgs args) { return simple_unary<ulp_fn>(vm, args, "ulp"); }

template <int kKind>  // 0 isfinite, 1 isinf, 2 isnan
Value math_classify(VM& vm, CallArgs args) {
  static constexpr const char* kNames[] = {"isfinite", "isinf", "isnan"};
  if (!check_one_arg(vm, kNames[kKind], args)) return Value::null();
  double x;
  if (!to_double(vm, args.args[0], &x)) return Value::null();
  bool r = kKind == 0 ? std::isfinite(x) : kKind == 1 ? std::isinf(x) : std::isnan(x);
  return vm.bool_value(r);
}

Value math_frexp(VM& vm, CallArgs args) {
  if (!check_one_arg(vm, "frexp", args)) return Value::null();
  double x;
  if (!to_double(vm, args.args[0], &x)) return Value::null();
  int e = 0;
  double m = x;
  if (x != 0 && std::isfinite(x)) m = std::frexp(x, &e);
  Value items[2] = {float_new(vm, m), Value::from_small_int(e)};
  return Value::from_object(tuple_from(vm, items, 2));
}

Value math_modf(VM& vm, CallArgs args) {
  if (!check_one_arg(vm, "modf", args)) return Value::null();
  double x;
  if (!to_double(vm, args.args[0], &x)) return Value::null();
  double frac, whole;
  if (std::isinf(x)) {
    frac = std::copysign(0.0, x);
    whole = x;
  } else {
    frac = std::modf(x, &whole);
  }
  Value first = float_new(vm, frac);
  Value items[2] = {first, float_new(vm, whole)};
  return Value::from_object(tuple_from(vm, items, 2));
}

// ---------------------------------------------------------------------------
// Norms and sums.

// CPython's vector_norm: scaled, squared and summed without loss, then one
// differential correction.
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0 || vec.size() <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    for (double& x : vec) x /= DBL_MIN;
    return DBL_MIN * vector_norm(vec, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  auto add = [&](double hi, double lo) {
    double sum = csum + hi;
    frac2 += hi - (sum - csum);
    csum = sum;
    frac1 += lo;
  };
  for (double x : vec) {
    x *= scale;
    double sq = x * x;
    add(sq, std::fma(x, x, -sq));
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  double sq = -h * h;
  add(sq, std::fma(-h, h, -sq));
  double x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

Value math_hypot(VM& vm, CallArgs args) {
  std::vector<double> vec;
  double max = 0;
  bool found_nan = false;
  for (size_t i = 0; i < args.npos; ++i) {
    double x;
    if (!to_double(vm, args.args[i], &x)) return Value::null();
    x = std::fabs(x);
    vec.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return float_new(vm, vector_norm(vec, max, found_nan));
}

// Collects the items of an iterable; false with an exception pending.
bool collect(VM& vm, Value iterable, gc::RootedValues& out) {
  Value it = get_iter(vm, iterable);
  if (it.is_null()) return false;
  for (;;) {
    Value item = iter_next(vm, it);
    if (item.is_null()) return !vm.has_exception();
    out.push_back(item);
  }
}

Value math_dist(VM& vm, CallArgs args) {
  if (args.npos != 2) {
    return raise_type_error(vm, "dist expected 2 arguments, got " + std::to_string(args.npos));
  }
  gc::RootedValues p(vm.heap()), q(vm.heap());
  if (!collect(vm, args.args[0], p) || !collect(vm, args.args[1], q)) return Value::null();
  if (p.size() != q.size()) {
    return raise_value_error(vm, "both points must have the same number of dimensions");
  }
  std::vector<double> diffs;
  double max = 0;
  bool found_nan = false;
  for (size_t i = 0; i < p.size(); ++i) {
    double px, qx;
    if (!to_double(vm, p[i], &px) || !to_double(vm, q[i], &qx)) return Value::null();
    double x = std::fabs(px - qx);
    diffs.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return float_new(vm, vector_norm(diffs, max, found_nan));
}

// Rounds the Shewchuk partials to the correctly rounded sum.
double round_partials(const std::vector<double>& partials) {
  size_t n = partials.size();
  if (n == 0) return 0.0;
  double hi = partials[--n];
  double lo = 0;
  while (n > 0) {
    double x = hi;
    double y = partials[--n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo != 0) break;
  }
  if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
    double y = lo * 2;
    double x = hi + y;
    if (y == x - hi) hi = x;
  }
  return hi;
}

Value math_fsum(VM& vm, CallArgs args) {
  if (!check_one_arg(vm, "fsum", args)) return Value::null();
  Value it = get_iter(vm, args.args[0]);
  if (it.is_null()) return it;
  std::vector<double> partials;
  double special_sum = 0, inf_sum = 0;
  for (;;) {
    Value item = iter_next(vm, it);
    if (item.is_null()) {
      if (vm.has_exception()) return item;
      break;
    }
    double x;
    if (!to_double(vm, item, &x)) return Value::null();
    double original = x;
    size_t kept = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0) partials[kept++] = lo;
      x = hi;
    }
    partials.resize(kept);
    if (x == 0) continue;
    if (std::isfinite(x)) {
      partials.push_back(x);
      continue;
    }
    if (std::isfinite(original)) {
      return raise_overflow_error(vm, "intermediate overflow in fsum");
    }
    if (std::isinf(original)) inf_sum += original;
    special_sum += original;
    partials.clear();
  }
  if (special_sum != 0) {
    if (std::isnan(inf_sum)) return raise_value_error(vm, "-inf + inf in fsum");
    return float_new(vm, special_sum);
  }
  return float_new(vm, round_partials(partials));
}

// Keyword argument `name` of a native call, or null.
Value keyword(CallArgs args, const char* name) {
  if (args.kwnames == nullptr) return Value::null();
  for (int64_t i = 0; i < args.kwnames->length; ++i) {
    if (str_equals_ascii(args.kwnames->at(i).as<Str>(), name)) {
      return args.args[args.npos + static_cast<size_t>(i)];
    }
  }
  return Value::null();
}

// Raises for a keyword not in `allowed`; false when it raised.
bool check_keywords(VM& vm, const char* function, CallArgs args,
                    std::initializer_list<const char*> allowed) {
  if (args.kwnames == nullptr) return true;
  for (int64_t i = 0; i < args.kwnames->length; ++i) {
    Str* name = args.kwnames->at(i).as<Str>();
    bool ok = false;
    for (const char* a : allowed) ok = ok || str_equals_ascii(name, a);
    if (!ok) {
      raise_type_error(vm, "'" + str_to_utf8(name) + "' is an invalid keyword argument for " +
                               std::string(function) + "()");
      return false;
    }
  }
  return true;
}

Value math_prod(VM& vm, CallArgs args) {
  if (!check_keywords(vm, "prod", args, {"start"})) return Value::null();
  if (args.npos != 1) {
    return raise_type_error(
        vm, "prod() takes exactly 1 positional argument (" + std::to_string(args.npos) + " given)");
  }
  Value total = keyword(args, "start");
  if (total.is_null()) total = Value::from_small_int(1);
  Value it = get_iter(vm, args.args[0]);
  if (it.is_null()) return it;
  for (;;) {
    Value item = iter_next(vm, it);
    if (item.is_null()) return vm.has_exception() ? item : total;
    total = binary_op(vm, BinaryOp::kMul, total, item);
    if (total.is_null()) return total;
  }
}

Value math_isclose(VM& vm, CallArgs args) {
  if (!check_keywords(vm, "isclose", args, {"a", "b", "rel_tol", "abs_tol"})) {
    return Value::null();
  }
  if (args.npos > 2) {
    return raise_type_error(vm, "isclose() takes exactly 2 positional arguments (" +
                                    std::to_string(args.npos) + " given)");
  }
  Value a_value = args.npos > 0 ? args.args[0] : keyword(args, "a");
  Value b_value = args.npos > 1 ? args.args[1] : keyword(args, "b");
  if (a_value.is_null())
    return raise_type_error(vm, "isclose() missing required argument 'a' (pos 1)");
  if (b_value.is_null())
    return raise_type_error(vm, "isclose() missing required argument 'b' (pos 2)");
  double a, b, rel_tol = 1e-09, abs_tol = 0.0;
  if (!to_double(vm, a_value, &a) || !to_double(vm, b_value, &b)) return Value::null();
  Value rel = keyword(args, "rel_tol");
  Value abs = keyword(args, "abs_tol");
  if (!rel.is_null() && !to_double(vm, rel, &rel_tol)) return Value::null();
  if (!abs.is_null() && !to_double(vm, abs, &abs_tol)) return Value::null();
  if (rel_tol < 0 || abs_tol < 0) return raise_value_error(vm, "tolerances must be non-negative");
  if (a == b) return vm.bool_value(true);
  if (std::isinf(a) || std::isinf(b)) return vm.bool_value(false);
  double diff = std::fabs(b - a);
  return vm.bool_value(diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) ||
                       diff <= abs_tol);
}

// ---------------------------------------------------------------------------
// Exact integer functions.

Value math_isqrt(VM& vm, CallArgs args) {
  if (!check_one_arg(vm, "isqrt", args)) return Value::null();
  Value n = to_index(vm, args.args[0]);
  if (n.is_null()) return n;
  if (int_sign(vm, n) < 0) return raise_value_error(vm, "isqrt() argument must be nonnegative");
  Mpz z;
  int_to_mpz(vm, n, z.get());
  mpz_sqrt(z.get(), z.get());
  return mpz_value(vm, z);
}

Value math_factorial(VM& vm, CallArgs args) {
  if (!check_one_arg(vm, "factorial", args)) return Value::null();
  Value n = to_index(vm, args.args[0]);
  if (n.is_null()) return n;
  if (int_sign(vm, n) < 0) {
    return raise_value_error(vm, "factorial() not defined for negative values");
  }
  int64_t k;
  if (!int_to_int64(vm, n, &k)) {
    return raise_overflow_error(
        vm, "factorial() argument should not exceed " + std::to_string(INT64_MAX));
  }
  Mpz z;
  mpz_fac_ui(z.get(), static_cast<unsigned long>(k));
  return mpz_value(vm, z);
}

template <bool kLcm>
Value math_gcd_lcm(VM& vm, CallArgs args) {
  Mpz acc, item;
  mpz_set_ui(acc.get(), kLcm ? 1 : 0);
  for (size_t i = 0; i < args.npos; ++i) {
    Value v = to_index(vm, args.args[i]);
    if (v.is_null()) return v;
    int_to_mpz(vm, v, item.get());
    if (kLcm) {
      mpz_lcm(acc.get(), acc.get(), item.get());
    } else {
      mpz_gcd(acc.get(), acc.get(), item.get());
    }
  }
  return mpz_value(vm, acc);
}

// Reads n and k for comb/perm; false with an exception pending.
bool comb_args(VM& vm, Value n_arg, Value k_arg, Mpz& n, Mpz& k) {
  Value nv = to_index(vm, n_arg);
  if (nv.is_null()) return false;
  Value kv = to_index(vm, k_arg);
  if (kv.is_null()) return false;
  if (int_sign(vm, nv) < 0) {
    raise_value_error(vm, "n must be a non-negative integer");
    return false;
  }
  if (int_sign(vm, kv) < 0) {
    raise_value_error(vm, "k must be a non-negative integer");
    return false;
  }
  int_to_mpz(vm, nv, n.get());
  int_to_mpz(vm, kv, k.get());
  return true;
}

bool too_big(VM& vm, Mpz& k, const char* what) {
  if (mpz_cmp_ui(k.get(), static_cast<unsigned long>(INT64_MAX)) <= 0) return false;
  raise_overflow_error(vm, std::string(what) + " must not exceed " + std::to_string(INT64_MAX));
  return true;
}

Value math_comb(VM& vm, CallArgs args) {
  if (args.npos != 2) {
    return raise_type_error(vm, "comb expected 2 arguments, got " + std::to_string(args.npos));
  }
  Mpz n, k, r;
  if (!comb_args(vm, args.args[0], args.args[1], n, k)) return Value::null();
  if (mpz_cmp(k.get(), n.get()) > 0) return Value::from_small_int(0);
  mpz_sub(r.get(), n.get(), k.get());
  if (mpz_cmp(r.get(), k.get()) < 0) mpz_set(k.get(), r.get());
  if (too_big(vm, k, "min(n - k, k)")) return Value::null();
  mpz_bin_ui(r.get(), n.get(), mpz_get_ui(k.get()));
  return mpz_value(vm, r);
}

Value math_perm(VM& vm, CallArgs args) {
  if (args.npos < 1 || args.npos > 2) {
    const char* which = args.npos < 1 ? "at least 1 argument" : "at most 2 arguments";
    return raise_type_error(
        vm, std::string("perm expected ") + which + ", got " + std::to_string(args.npos));
  }
  if (args.npos == 1 || args.args[1] == vm.none()) {
    return math_factorial(vm, CallArgs{args.args, 1, nullptr});
  }
  Mpz n, k, r, f;
  if (!comb_args(vm, args.args[0], args.args[1], n, k)) return Value::null();
  if (mpz_cmp(k.get(), n.get()) > 0) return Value::from_small_int(0);
  if (too_big(vm, k, "k")) return Value::null();
  unsigned long kk = mpz_get_ui(k.get());
  mpz_bin_ui(r.get(), n.get(), kk);
  mpz_fac_ui(f.get(), kk);
  mpz_mul(r.get(), r.get(), f.get());
  return mpz_value(vm, r);
}

// A module function; `keywords` functions parse their own keyword arguments,
// the others reject them with CPython's "math.NAME() takes no keyword
// arguments" (plain "NAME()" for log).
struct MathFunction {
  const char* name;
  NativeFn fn;
  bool keywords;
};

constexpr MathFunction kFunctions[] = {
    {"acos", math_unary<0>, false},
    {"acosh", math_unary<1>, false},
    {"asin", math_unary<2>, false},
    {"asinh", math_unary<3>, false},
    {"atan", math_unary<4>, false},
    {"atanh", math_unary<5>, false},
    {"cos", math_unary<6>, false},
    {"cosh", math_unary<7>, false},
    {"erf", math_unary<8>, false},
    {"erfc", math_unary<9>, false},
    {"exp", math_unary<10>, false},
    {"expm1", math_unary<11>, false},
    {"fabs", math_unary<12>, false},
    {"sin", math_unary<13>, false},
    {"sinh", math_unary<14>, false},
    {"sqrt", math_unary<15>, false},
    {"tan", math_unary<16>, false},
    {"tanh", math_unary<17>, false},
    {"log1p", math_unary<18>, false},
    {"gamma", math_unary<19>, false},
    {"lgamma", math_unary<20>, false},
    {"cbrt", math_unary<21>, false},
    {"exp2", math_unary<22>, false},
    {"log", math_log, false},
    {"log2", math_log_base<2>, false},
    {"log10", math_log_base<10>, false},
    {"floor", math_floor, false},
    {"ceil", math_ceil, false},
    {"trunc", math_trunc, false},
    {"atan2", math_atan2, false},
    {"copysign", math_copysign, false},
    {"fmod", math_fmod, false},
    {"remainder", math_remainder, false},
    {"pow", math_pow, false},
    {"nextafter", math_nextafter, false},
    {"ldexp", math_ldexp, false},
    {"degrees", math_degrees, false},
    {"radians", math_radians, false},
    {"ulp", math_ulp, false},
    {"isfinite", math_classify<0>, false},
    {"isinf", math_classify<1>, false},
    {"isnan", math_classify<2>, false},
    {"frexp", math_frexp, false},
    {"modf", math_modf, false},
    {"hypot", math_hypot, false},
    {"dist", math_dist, false},
    {"fsum", math_fsum, false},
    {"prod", math_prod, true},
    {"isclose", math_isclose, true},
    {"isqrt", math_isqrt, false},
    {"factorial", math_factorial, false},
    {"gcd", math_gcd_lcm<false>, false},
    {"lcm", math_gcd_lcm<true>, false},
    {"comb", math_comb, false},
    {"perm", math_perm, false},
};

template <size_t I>
Value checked_call(VM& vm, CallArgs args) {
  const MathFunction& f = kFunctions[I];
  if (!f.keywords && args.kwnames != nullptr && args.kwnames->length > 0) {
    std::string prefix = std::string_view(f.name) == "log" ? "" : "math.";
    return raise_type_error(vm, prefix + f.name + "() takes no keyword arguments");
  }
  return f.fn(vm, args);
}

template <size_t... I>
void add_functions(VM& vm, Module* math, std::index_sequence<I...>) {
  NativeFn fns[] = {checked_call<I>...};
  for (size_t i = 0; i < sizeof...(I); ++i) {
    NativeFunction* native =
        native_function_new(vm, kFunctions[i].name, fns[i], 0, -1, kNativeKeywords);
    dict_set_str(vm, math->dict, native->name, Value::from_object(native));
  }
}

}  // namespace

void create_math_module(VM& vm) {
  Module* math = module_new(vm, vm.intern("math"));
  add_functions(vm, math, std::make_index_sequence<std::size(kFunctions)>());
  const std::pair<const char*, double> constants[] = {
      {"pi", kPi}, {"e", kE}, {"tau", 2 * kPi}, {"inf", HUGE_VAL}, {"nan", NAN}};
  for (const auto& [name, value] : constants) {
    dict_set_str(vm, math->dict, vm.intern(name), float_new(vm, value));
  }
  dict_set_str(vm, vm.modules(), math->name, Value::from_object(math));
}

}  // namespace pyvm::runtime
