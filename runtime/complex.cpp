// complex: arithmetic (Smith's division, CPython's power algorithms), equality
// with ints and floats, repr, hash, complex() and the real/imag attributes.
#include "runtime/complex.h"

#include <cmath>
#include <string>
#include <string_view>

#include "runtime/bytes.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/number_dunders.h"
#include "runtime/ops.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

struct C {
  double re;
  double im;
};

bool is_complex(VM& vm, Value v) {
  return v.is_object() && is_subtype(v.object()->type, vm.types().complex);
}

C complex_of(Value v) { return C{v.as<Complex>()->real, v.as<Complex>()->imag}; }

// Reads an int, float or complex operand. Returns 0 for other types (no
// exception), -1 on error (int too large), 1 on success.
int operand(VM& vm, Value v, C* out) {
  if (is_complex(vm, v)) {
    *out = complex_of(v);
    return 1;
  }
  bool numeric =
      is_int(vm, v) || (v.is_object() && is_subtype(v.object()->type, vm.types().float_));
  if (!numeric) return 0;
  out->im = 0.0;
  return number_to_double(vm, v, &out->re) ? 1 : -1;
}

C mul(C a, C b) { return C{a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// Smith's algorithm; false when dividing by zero.
bool quot(C a, C b, C* out) {
  double abs_re = std::fabs(b.re), abs_im = std::fabs(b.im);
  if (abs_re >= abs_im) {
    if (abs_re == 0) return false;
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    *out = C{(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  } else if (abs_im >= abs_re) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    *out = C{(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  } else {
    *out = C{NAN, NAN};  // at least one of b's parts is NaN
  }
  return true;
}

C pow_unsigned(C x, long n) {
  C r{1.0, 0.0}, p = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if ((n & mask) != 0) r = mul(r, p);
    p = mul(p, p);
  }
  return r;
}

// False when the power is a division by zero.
bool pow_general(C a, C b, C* out) {
  if (b.re == 0 && b.im == 0) {
    *out = C{1.0, 0.0};
    return true;
  }
  if (a.re == 0 && a.im == 0) {
    *out = C{0.0, 0.0};
    return !(b.im != 0 || b.re < 0);
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  *out = C{len * std::cos(phase), len * std::sin(phase)};
  return true;
}

Value complex_pow(VM& vm, C a, C b) {
  C r;
  bool ok;
  if (b.im == 0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    long n = static_cast<long>(b.re);
    if (n >= 0) {
      r = pow_unsigned(a, n);
      ok = true;
    } else {
      ok = quot(C{1.0, 0.0}, pow_unsigned(a, -n), &r);
    }
  } else {
    ok = pow_general(a, b, &r);
  }
  if (!ok) return raise_zero_division(vm, "0.0 to a negative or complex power");
  if (std::isinf(r.re) || std::isinf(r.im)) {
    return raise_overflow_error(vm, "complex exponentiation");
  }
  return complex_new(vm, r.re, r.im);
}

}  // namespace

Value complex_new(VM& vm, double real, double imag) {
  Complex* c = vm.allocate<Complex>(vm.types().complex);
  c->real = real;
  c->imag = imag;
  return Value::from_object(c);
}

Value complex_binary(VM& vm, BinaryOp op, Value a, Value b) {
  C x, y;
  int rc = operand(vm, a, &x);
  if (rc <= 0) return rc == 0 ? vm.not_implemented() : Value::null();
  rc = operand(vm, b, &y);
  if (rc <= 0) return rc == 0 ? vm.not_implemented() : Value::null();
  C r;
  switch (op) {
    case BinaryOp::kAdd:
      return complex_new(vm, x.re + y.re, x.im + y.im);
    case BinaryOp::kSub:
      return complex_new(vm, x.re - y.re, x.im - y.im);
    case BinaryOp::kMul:
      r = mul(x, y);
      return complex_new(vm, r.re, r.im);
    case BinaryOp::kTrueDiv:
      if (!quot(x, y, &r)) return raise_zero_division(vm, "complex division by zero");
      return complex_new(vm, r.re, r.im);
    case BinaryOp::kPow:
      return complex_pow(vm, x, y);
    default:
      return vm.not_implemented();
  }
}

Value complex_abs(VM& vm, Value z) {
  C c = complex_of(z);
  double r = std::hypot(c.re, c.im);
  if (std::isinf(r) && std::isfinite(c.re) && std::isfinite(c.im)) {
    return raise_overflow_error(vm, "absolute value too large");
  }
  return float_new(vm, r);
}

namespace {

void trace_complex(Object*, Tracer&) {}  // a Complex holds no references

std::string complex_repr_text(C c) {
  std::string im = float_to_string(c.im, 'r', 0, 0);
  if (im[0] != '-') im = "+" + im;
  if (c.re == 0 && !std::signbit(c.re)) return im.substr(im[0] == '+' ? 1 : 0) + "j";
  return "(" + float_to_string(c.re, 'r', 0, 0) + im + "j)";
}

Value complex_repr(VM& vm, Value self) {
  return Value::from_object(str_from_ascii(vm, complex_repr_text(complex_of(self))));
}

int64_t complex_hash(VM& vm, Value self) {
  C c = complex_of(self);
  uint64_t h =
      static_cast<uint64_t>(float_hash(c.re)) + 1000003u * static_cast<uint64_t>(float_hash(c.im));
  int64_t r = static_cast<int64_t>(h);
  return r == -1 ? -2 : r;
}

Value complex_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (op != CompareOp::kEq && op != CompareOp::kNe) return vm.not_implemented();
  if (!is_complex(vm, a)) return vm.not_implemented();
  C x = complex_of(a);
  bool equal;
  if (is_int(vm, b)) {
    equal = x.im == 0 && int_compare_double(vm, b, x.re) == 0;
  } else if (b.is_object() && is_subtype(b.object()->type, vm.types().float_)) {
    equal = x.im == 0 && x.re == float_value(b);
  } else if (is_complex(vm, b)) {
    C y = complex_of(b);
    equal = x.re == y.re && x.im == y.im;
  } else {
    return vm.not_implemented();
  }
  return vm.bool_value(equal == (op == CompareOp::kEq));
}

Value complex_unary(VM& vm, UnaryOp op, Value self) {
  C c = complex_of(self);
  switch (op) {
    case UnaryOp::kNegative:
      return complex_new(vm, -c.re, -c.im);
    case UnaryOp::kPositive:
      return complex_new(vm, c.re, c.im);
    case UnaryOp::kInvert:
      break;
  }
  return raise_type_error(vm, "bad operand type for unary ~: 'complex'");
}

int complex_truth(VM& vm, Value self) {
  C c = complex_of(self);
  return c.re != 0 || c.im != 0 ? 1 : 0;
}

bool has_space(std::string_view s) {
  for (char c : s) {
    if (c == ' ' || (c >= '\t' && c <= '\r')) return true;
  }
  return false;
}

std::string_view strip(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || (s.front() >= '\t' && s.front() <= '\r'))) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || (s.back() >= '\t' && s.back() <= '\r'))) {
    s.remove_suffix(1);
  }
  return s;
}

// Parses "1+2j", "(1-2j)", "2j", "-j", "1e5", "inf+nanj"; false if malformed.
bool parse_complex(std::string_view s, C* out) {
  s = strip(s);
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = strip(s.substr(1, s.size() - 2));
  if (s.empty() || has_space(s)) return false;
  out->re = 0.0;
  out->im = 0.0;
  if ((s.back() | 0x20) != 'j') return float_parse(s, &out->re);
  std::string_view body = s.substr(0, s.size() - 1);
  size_t split = std::string_view::npos;
  for (size_t k = body.size(); k-- > 1;) {
    if ((body[k] == '+' || body[k] == '-') && (body[k - 1] | 0x20) != 'e') {
      split = k;
      break;
    }
  }
  std::string_view imag = body;
  if (split != std::string_view::npos) {
    if (!float_parse(body.substr(0, split), &out->re)) return false;
    imag = body.substr(split);
  }
  if (imag.empty() || imag == "+" || imag == "-") {
    out->im = imag == "-" ? -1.0 : 1.0;
    return true;
  }
  return float_parse(imag, &out->im);
}

// The value of a complex() argument: 1 ok, 0 wrong type, -1 error.
int complex_arg(VM& vm, Value v, C* out, bool* was_complex) {
  *was_complex = false;
  int rc = operand(vm, v, out);
  if (rc != 0) {
    *was_complex = rc > 0 && is_complex(vm, v);
    return rc;
  }
  for (const char* name : {"__complex__", "__float__", "__index__"}) {
    Value method = type_lookup(vm, type_of(vm, v), vm.intern(name));
    if (method.is_null() || method == vm.none()) continue;
    Value r = call_positional(vm, method, &v, 1);
    if (r.is_null()) return -1;
    rc = operand(vm, r, out);
    *was_complex = rc > 0 && is_complex(vm, r);
    return rc == 0 ? (raise_type_error(vm, std::string(name) + " returned non-number"), -1) : rc;
  }
  return 0;
}

Value complex_from_string(VM& vm, Value s) {
  C c;
  bool is_str = is_instance_of(vm, s, vm.types().str);
  std::string text = is_str ? str_numeric_text(s.as<Str>()) : std::string(s.as<Bytes>()->view());
  if (!parse_complex(text, &c)) return raise_value_error(vm, "complex() arg is a malformed string");
  return complex_new(vm, c.re, c.im);
}

// complex(real, imag) as a plain complex (the value for any cls).
Value complex_construct_plain(VM& vm, CallArgs args) {
  Value out[2];
  if (!parse_args(vm, args, 0, "complex", {"real", "imag"}, 0, out)) return Value::null();
  Value real = out[0], imag = out[1];
  if (real.is_null()) real = Value::from_small_int(0);
  bool real_is_str = is_instance_of(vm, real, vm.types().str);
  if (real_is_str) {
    if (!imag.is_null()) {
      return raise_type_error(vm, "complex() can't take second arg if first is a string");
    }
    return complex_from_string(vm, real);
  }
  if (!imag.is_null() && is_instance_of(vm, imag, vm.types().str)) {
    return raise_type_error(vm, "complex() second arg can't be a string");
  }
  C a, b{0.0, 0.0};
  bool a_complex, b_complex = false;
  int rc = complex_arg(vm, real, &a, &a_complex);
  if (rc < 0) return Value::null();
  if (rc == 0) {
    return raise_type_error(vm, "complex() first argument must be a string or a number, not '" +
                                    type_name(vm, real) + "'");
  }
  if (imag.is_null()) return complex_new(vm, a.re, a.im);
  rc = complex_arg(vm, imag, &b, &b_complex);
  if (rc < 0) return Value::null();
  if (rc == 0) {
    return raise_type_error(
        vm, "complex() second argument must be a number, not '" + type_name(vm, imag) + "'");
  }
  double re = a.re, im = b.re;
  if (b_complex) re -= b.im;
  if (a_complex) im += a.im;
  return complex_new(vm, re, im);
}

// An instance of a subclass of complex: the Complex layout followed by the
// subclass's Attributes, which the caller (builtin_new) initialises.
Value complex_construct(VM& vm, Type* cls, CallArgs args) {
  Value v = complex_construct_plain(vm, args);
  if (v.is_null() || cls == vm.types().complex) return v;
  C c = complex_of(v);
  auto* out = static_cast<Complex*>(vm.allocate(cls, cls->instance_size));
  out->real = c.re;
  out->imag = c.im;
  return Value::from_object(out);
}

Value complex_conjugate(VM& vm, CallArgs args) {
  C c = complex_of(args.args[0]);
  return complex_new(vm, c.re, -c.im);
}

Value complex_abs_method(VM& vm, CallArgs args) { return complex_abs(vm, args.args[0]); }

Value complex_getattr(VM& vm, Value self, Str* name) {
  if (str_equals_ascii(name, "real")) return float_new(vm, complex_of(self).re);
  if (str_equals_ascii(name, "imag")) return float_new(vm, complex_of(self).im);
  Value found = type_lookup(vm, type_of(vm, self), name);
  if (found.is_null()) return raise_attribute_error(vm, self, name);
  if (found.is_object() && found.object()->type == vm.types().builtin_function &&
      (found.as<NativeFunction>()->flags & kNativeMethod) != 0) {
    return Value::from_object(method_new(vm, found, self));
  }
  return found;
}

}  // namespace

void init_complex_type(VM& vm) {
  Type* t = vm.types().complex;
  t->instance_size = sizeof(Complex);
  t->trace = trace_complex;
  t->repr = complex_repr;
  t->str = complex_repr;
  t->hash = complex_hash;
  t->richcompare = complex_richcompare;
  t->binary = complex_binary;
  t->unary = complex_unary;
  t->truth = complex_truth;
  t->construct = complex_construct;
  t->getattr = complex_getattr;
  t->flags |= kTypeAcceptsSubclasses;
  add_complex_dunders(vm, t);
  add_method(vm, t, "conjugate", complex_conjugate, 0, 0, kNativeMethod);
  add_method(vm, t, "__abs__", complex_abs_method, 0, 0, kNativeMethod);
}

}  // namespace pyvm::runtime
