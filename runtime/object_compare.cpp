// object's default comparisons as attributes: object.__eq__ (identity),
// __ne__ (the negation of the type's equality) and the orderings __lt__...
// (NotImplemented), in object's dict as in CPython. Comparisons themselves
// go through the types' richcompare slots; these functions serve code that
// fetches the dunders (CPython's collections source assigns
// `__ne__ = MutableMapping.__ne__`; functools.total_ordering compares a
// class's with object's by identity). The user class comparison slot treats
// them as absent (is_object_compare).
#include <string>

#include "runtime/function.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// object.__eq__(self, other): True for the same object, else NotImplemented.
Value object_eq(VM& vm, CallArgs args) {
  return args.args[0] == args.args[1] ? vm.true_value() : vm.not_implemented();
}

// object.__ne__(self, other): the negation of self's own equality, or
// NotImplemented when that is NotImplemented.
Value object_ne(VM& vm, CallArgs args) {
  Value self = args.args[0];
  Value other = args.args[1];
  Type* t = type_of(vm, self);
  Value eq = t->richcompare != nullptr ? t->richcompare(vm, self, other, CompareOp::kEq)
                                       : (self == other ? vm.true_value() : vm.not_implemented());
  if (eq == vm.not_implemented() && self == other) return vm.false_value();  // identity
  if (eq.is_null() || eq == vm.not_implemented()) return eq;
  int truth_value = truth(vm, eq);
  if (truth_value < 0) return Value::null();
  return vm.bool_value(truth_value == 0);
}

// object.__lt__, __le__, __gt__, __ge__: NotImplemented (object defines no
// ordering).
Value object_order(VM& vm, CallArgs) { return vm.not_implemented(); }
Value object_lt(VM& vm, CallArgs args) { return object_order(vm, args); }
Value object_le(VM& vm, CallArgs args) { return object_order(vm, args); }
Value object_gt(VM& vm, CallArgs args) { return object_order(vm, args); }
Value object_ge(VM& vm, CallArgs args) { return object_order(vm, args); }

}  // namespace

bool is_object_compare(VM& vm, Value method) {
  if (!method.is_object() || method.object()->type != vm.types().builtin_function) return false;
  NativeFn fn = method.as<NativeFunction>()->fn;
  return fn == object_eq || fn == object_ne || fn == object_lt || fn == object_le ||
         fn == object_gt || fn == object_ge;
}

void add_object_compare_methods(VM& vm) {
  Type* object = vm.types().object;
  add_method(vm, object, "__eq__", object_eq, 1, 1);
  add_method(vm, object, "__ne__", object_ne, 1, 1);
  add_method(vm, object, "__lt__", object_lt, 1, 1);
  add_method(vm, object, "__le__", object_le, 1, 1);
  add_method(vm, object, "__gt__", object_gt, 1, 1);
  add_method(vm, object, "__ge__", object_ge, 1, 1);
}

// object's __eq__ or __ne__ as a new built-in function, or null (no
// exception) for any other name.
Value object_compare_dunder(VM& vm, Str* name) {
  NativeFn fn = nullptr;
  if (str_equals_ascii(name, "__eq__")) {
    fn = object_eq;
  } else if (str_equals_ascii(name, "__ne__")) {
    fn = object_ne;
  }
  if (fn == nullptr) return Value::null();
  std::string text = str_to_utf8(name);
  return Value::from_object(native_function_new(vm, text.c_str(), fn, 2, 2, 0));
}

}  // namespace pyvm::runtime
