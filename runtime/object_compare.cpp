// object's default equality as attributes: `C.__eq__` and `C.__ne__` of a
// user class with object's layout that defines neither. Comparisons
// themselves go through the types' richcompare slots; these functions exist
// for code that fetches the dunders from such a class (CPython's collections
// source assigns `__ne__ = MutableMapping.__ne__`). Class attribute lookup
// falls back to them (runtime/user_class.cpp, class_getattribute). The
// orderings (__lt__...) are left out: functools.total_ordering compares
// them with object's by identity.
#include <string>

#include "runtime/attribute_dict.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
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

bool add_keys(VM& vm, Dict* d, Value seen, List* out) {
  int64_t pos = 0;
  Value key, value;
  while (dict_next(d, &pos, &key, &value)) {
    int present = set_contains(vm, seen, key);
    if (present < 0) return false;
    if (present > 0) continue;
    if (set_add(vm, seen, key) < 0) return false;
    list_append(vm, out, key);
  }
  return true;
}

// object.__dir__(self): the names in the instance's __dict__ and in the
// dicts of its class's MRO, unsorted (dir() sorts them); Enum's __dir__
// starts from it.
Value object_dir(VM& vm, CallArgs args) {
  Value self = args.args[0];
  List* out = list_new(vm);
  Value seen = set_new(vm);
  Value d = get_attr(vm, self, vm.intern("__dict__"));
  if (d.is_null()) {
    if (!exception_matches(vm, vm.types().attribute_error)) return d;
    vm.clear_exception();
  } else {
    d = attribute_dict_as_dict(vm, d);
    if (d.is_null()) return d;
    if (is_instance_of(vm, d, vm.types().dict) && !add_keys(vm, d.as<Dict>(), seen, out)) {
      return Value::null();
    }
  }
  Tuple* mro = type_of(vm, self)->mro;
  for (int64_t i = 0; mro != nullptr && i < mro->length; ++i) {
    if (!add_keys(vm, mro->at(i).as<Type>()->dict, seen, out)) return Value::null();
  }
  return Value::from_object(out);
}

}  // namespace

// object's __eq__, __ne__ or __dir__ as a new built-in function, or null (no
// exception) for any other name.
Value object_compare_dunder(VM& vm, Str* name) {
  NativeFn fn = nullptr;
  if (str_equals_ascii(name, "__eq__")) {
    fn = object_eq;
  } else if (str_equals_ascii(name, "__ne__")) {
    fn = object_ne;
  }
  if (str_equals_ascii(name, "__dir__")) {
    return Value::from_object(native_function_new(vm, "__dir__", object_dir, 1, 1, 0));
  }
  if (fn == nullptr) return Value::null();
  std::string text = str_to_utf8(name);
  return Value::from_object(native_function_new(vm, text.c_str(), fn, 2, 2, 0));
}

}  // namespace pyvm::runtime
