// object's default equality as attributes: `C.__eq__` and `C.__ne__` of a
// user class with object's layout that defines neither. Comparisons
// themselves go through the types' richcompare slots; these functions exist
// for code that fetches the dunders from such a class (CPython's collections
// source assigns `__ne__ = MutableMapping.__ne__`). Class attribute lookup
// falls back to them (runtime/user_class.cpp, class_getattribute). The
// orderings (__lt__...) are left out: functools.total_ordering compares
// them with object's by identity.
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

}  // namespace

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
