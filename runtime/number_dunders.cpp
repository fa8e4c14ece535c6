// Numeric dunder methods of int and float (see runtime/number_dunders.h).
// Each is one instantiation of a template keyed by the operator, so a native
// function needs no per-function data; the receiver's built-in type (int or
// float, found from args[0]) supplies the slot.
#include "runtime/number_dunders.h"

#include <cmath>
#include <string>
#include <string_view>

#include "runtime/complex.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/getset_descriptor.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// The built-in numeric type whose slots serve `self`: float or complex for
// those and their subclasses, int for everything else int-like; nullptr
// otherwise.
Type* number_base(VM& vm, Value self) {
  if (self.is_object() && is_subtype(self.object()->type, vm.types().float_)) {
    return vm.types().float_;
  }
  if (self.is_object() && is_subtype(self.object()->type, vm.types().complex)) {
    return vm.types().complex;
  }
  return is_int(vm, self) ? vm.types().int_ : nullptr;
}

Type* checked_base(VM& vm, Value self, const char* name) {
  Type* base = number_base(vm, self);
  if (base == nullptr) {
    raise_type_error(vm, std::string("descriptor '") + name +
                             "' requires a number object but received a '" + type_name(vm, self) +
                             "'");
  }
  return base;
}

template <BinaryOp kOp, bool kReflected>
Value binary_dunder(VM& vm, CallArgs args) {
  Type* base = checked_base(vm, args.args[0], "binary operator");
  if (base == nullptr) return Value::null();
  Value a = args.args[0], b = args.args[1];
  return kReflected ? base->binary(vm, kOp, b, a) : base->binary(vm, kOp, a, b);
}

template <UnaryOp kOp>
Value unary_dunder(VM& vm, CallArgs args) {
  Type* base = checked_base(vm, args.args[0], "unary operator");
  if (base == nullptr) return Value::null();
  return base->unary(vm, kOp, args.args[0]);
}

template <CompareOp kOp>
Value compare_dunder(VM& vm, CallArgs args) {
  Type* base = checked_base(vm, args.args[0], "comparison");
  if (base == nullptr) return Value::null();
  return base->richcompare(vm, args.args[0], args.args[1], kOp);
}

Value abs_dunder(VM& vm, CallArgs args) {
  Type* base = checked_base(vm, args.args[0], "__abs__");
  if (base == nullptr) return Value::null();
  if (base == vm.types().float_) return float_new(vm, std::abs(float_value(args.args[0])));
  bool negative = int_compare(vm, args.args[0], Value::from_small_int(0)) < 0;
  return base->unary(vm, negative ? UnaryOp::kNegative : UnaryOp::kPositive, args.args[0]);
}

Value bool_dunder(VM& vm, CallArgs args) {
  Type* base = checked_base(vm, args.args[0], "__bool__");
  if (base == nullptr) return Value::null();
  int t = base->truth(vm, args.args[0]);
  return t < 0 ? Value::null() : vm.bool_value(t == 1);
}

Value int_dunder(VM& vm, CallArgs args) {
  Type* base = checked_base(vm, args.args[0], "__int__");
  if (base == nullptr) return Value::null();
  if (base == vm.types().int_) return base->unary(vm, UnaryOp::kPositive, args.args[0]);
  return vm.types().int_->construct(vm, vm.types().int_, CallArgs{args.args, 1, nullptr});
}

Value float_dunder(VM& vm, CallArgs args) {
  double d;
  if (!number_to_double(vm, args.args[0], &d)) return Value::null();
  return float_new(vm, d);
}

struct BinarySpec {
  const char* name;
  const char* reflected;
  NativeFn fn;
  NativeFn reflected_fn;
  bool bitwise;
};

#define PYVM_BINARY(op, name, bitwise) \
  { "__" name "__", "__r" name "__", binary_dunder<op, false>, binary_dunder<op, true>, bitwise }
const BinarySpec kBinary[] = {
    PYVM_BINARY(BinaryOp::kAdd, "add", false),
    PYVM_BINARY(BinaryOp::kSub, "sub", false),
    PYVM_BINARY(BinaryOp::kMul, "mul", false),
    PYVM_BINARY(BinaryOp::kTrueDiv, "truediv", false),
    PYVM_BINARY(BinaryOp::kFloorDiv, "floordiv", false),
    PYVM_BINARY(BinaryOp::kMod, "mod", false),
    PYVM_BINARY(BinaryOp::kPow, "pow", false),
    PYVM_BINARY(BinaryOp::kAnd, "and", true),
    PYVM_BINARY(BinaryOp::kOr, "or", true),
    PYVM_BINARY(BinaryOp::kXor, "xor", true),
    PYVM_BINARY(BinaryOp::kLshift, "lshift", true),
    PYVM_BINARY(BinaryOp::kRshift, "rshift", true),
};
#undef PYVM_BINARY

// __divmod__ / __rdivmod__: divmod(self, other) / divmod(other, self).
template <bool kReflected>
Value divmod_dunder(VM& vm, CallArgs args) {
  Value divmod = dict_get_str(vm, vm.builtins(), vm.intern("divmod"));
  if (divmod.is_null()) return raise(vm, vm.types().runtime_error, "divmod is missing");
  Value self = args.args[0];
  Value other = args.args[1];
  if (!is_instance_of(vm, other, vm.types().int_) &&
      !is_instance_of(vm, other, vm.types().float_)) {
    return vm.not_implemented();
  }
  if (is_instance_of(vm, other, vm.types().float_) &&
      !is_instance_of(vm, self, vm.types().float_)) {
    return vm.not_implemented();
  }
  Value pair[2] = {kReflected ? other : self, kReflected ? self : other};
  return call_positional(vm, divmod, pair, 2);
}

// __getnewargs__: (v,) with v the plain int or float value.
Value getnewargs_dunder(VM& vm, CallArgs args) {
  Value plain = is_instance_of(vm, args.args[0], vm.types().float_)
                    ? float_dunder(vm, args)
                    : unary_dunder<UnaryOp::kPositive>(vm, args);
  if (plain.is_null()) return plain;
  return Value::from_object(tuple_from(vm, &plain, 1));
}

// int.real / int.numerator, int.imag, int.denominator; float.real, float.imag
// (the types' getattr computes them first; these data descriptors make dir()
// list them and serve subclasses).
Value number_real(VM& vm, Value self) {
  Value arg[1] = {self};
  CallArgs args{arg, 1, nullptr};
  if (is_instance_of(vm, self, vm.types().float_)) return float_dunder(vm, args);
  return unary_dunder<UnaryOp::kPositive>(vm, args);
}
Value number_imag(VM& vm, Value self) {
  if (is_instance_of(vm, self, vm.types().float_)) return float_new(vm, 0.0);
  return Value::from_small_int(0);
}
Value number_denominator(VM&, Value) { return Value::from_small_int(1); }

void add_absent(VM& vm, Type* type, const char* name, NativeFn fn, int nargs) {
  if (!dict_get_str(vm, type->dict, vm.intern(name)).is_null()) return;
  add_method(vm, type, name, fn, nargs, nargs, kNativeMethod);
}

void add_compare_dunders(VM& vm, Type* type) {
  add_absent(vm, type, "__eq__", compare_dunder<CompareOp::kEq>, 1);
  add_absent(vm, type, "__ne__", compare_dunder<CompareOp::kNe>, 1);
  add_absent(vm, type, "__lt__", compare_dunder<CompareOp::kLt>, 1);
  add_absent(vm, type, "__le__", compare_dunder<CompareOp::kLe>, 1);
  add_absent(vm, type, "__gt__", compare_dunder<CompareOp::kGt>, 1);
  add_absent(vm, type, "__ge__", compare_dunder<CompareOp::kGe>, 1);
}

// complex.__complex__: a plain complex of the same value.
Value complex_dunder(VM& vm, CallArgs args) {
  if (checked_base(vm, args.args[0], "__complex__") == nullptr) return Value::null();
  auto* c = args.args[0].as<Complex>();
  return complex_new(vm, c->real, c->imag);
}

// complex.__getnewargs__: (real, imag).
Value complex_getnewargs(VM& vm, CallArgs args) {
  if (checked_base(vm, args.args[0], "__getnewargs__") == nullptr) return Value::null();
  auto* c = args.args[0].as<Complex>();
  Value parts[2] = {float_new(vm, c->real), Value::null()};
  parts[1] = float_new(vm, c->imag);  // parts[0] is a native stack root meanwhile
  return Value::from_object(tuple_from(vm, parts, 2));
}

Value complex_real(VM& vm, Value self) { return float_new(vm, self.as<Complex>()->real); }
Value complex_imag(VM& vm, Value self) { return float_new(vm, self.as<Complex>()->imag); }
// complex.real and .imag are read-only members in CPython, whose message this is.
int complex_part_set(VM& vm, Value, Value) {
  raise(vm, vm.types().attribute_error, "readonly attribute");
  return -1;
}

}  // namespace

void add_number_dunders(VM& vm, Type* type, bool bitwise) {
  for (const BinarySpec& spec : kBinary) {
    if (spec.bitwise && !bitwise) continue;
    add_absent(vm, type, spec.name, spec.fn, 1);
    add_absent(vm, type, spec.reflected, spec.reflected_fn, 1);
  }
  add_compare_dunders(vm, type);
  add_absent(vm, type, "__neg__", unary_dunder<UnaryOp::kNegative>, 0);
  add_absent(vm, type, "__pos__", unary_dunder<UnaryOp::kPositive>, 0);
  if (bitwise) add_absent(vm, type, "__invert__", unary_dunder<UnaryOp::kInvert>, 0);
  add_absent(vm, type, "__abs__", abs_dunder, 0);
  add_absent(vm, type, "__bool__", bool_dunder, 0);
  add_absent(vm, type, "__int__", int_dunder, 0);
  add_absent(vm, type, "__float__", float_dunder, 0);
  if (bitwise) add_absent(vm, type, "__index__", unary_dunder<UnaryOp::kPositive>, 0);
  add_absent(vm, type, "__divmod__", divmod_dunder<false>, 1);
  add_absent(vm, type, "__rdivmod__", divmod_dunder<true>, 1);
  add_absent(vm, type, "__getnewargs__", getnewargs_dunder, 0);
  if (bitwise) {
    add_absent(vm, type, "__ceil__", unary_dunder<UnaryOp::kPositive>, 0);
    add_absent(vm, type, "__floor__", unary_dunder<UnaryOp::kPositive>, 0);
    add_absent(vm, type, "__trunc__", unary_dunder<UnaryOp::kPositive>, 0);
  }
}

void add_complex_dunders(VM& vm, Type* type) {
  for (const BinarySpec& spec : kBinary) {
    if (spec.bitwise || std::string_view(spec.name) == "__floordiv__" ||
        std::string_view(spec.name) == "__mod__") {
      continue;  // complex has no floor division or modulo since 3.10
    }
    add_absent(vm, type, spec.name, spec.fn, 1);
    add_absent(vm, type, spec.reflected, spec.reflected_fn, 1);
  }
  add_compare_dunders(vm, type);
  add_absent(vm, type, "__neg__", unary_dunder<UnaryOp::kNegative>, 0);
  add_absent(vm, type, "__pos__", unary_dunder<UnaryOp::kPositive>, 0);
  add_absent(vm, type, "__bool__", bool_dunder, 0);
  add_absent(vm, type, "__complex__", complex_dunder, 0);
  add_absent(vm, type, "__getnewargs__", complex_getnewargs, 0);
}

void add_number_getsets(VM& vm) {
  add_getset(vm, vm.types().complex, "real", complex_real, complex_part_set);
  add_getset(vm, vm.types().complex, "imag", complex_imag, complex_part_set);
  for (Type* type : {vm.types().int_, vm.types().float_}) {
    add_getset(vm, type, "real", number_real, nullptr);
    add_getset(vm, type, "imag", number_imag, nullptr);
  }
  add_getset(vm, vm.types().int_, "numerator", number_real, nullptr);
  add_getset(vm, vm.types().int_, "denominator", number_denominator, nullptr);
}

}  // namespace pyvm::runtime
