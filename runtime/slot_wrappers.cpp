// Slot wrappers: dunder methods that call a built-in type's C++ slots. A
// wrapper runs the slot of the receiver's nearest built-in type (skipping user
// subclasses), so a user class that inherits the dunder never recurses into
// its own dunder dispatcher.
#include "runtime/slot_wrappers.h"

#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/ops.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

// The built-in type whose slots serve `self`.
Type* builtin_type_of(VM& vm, Value self) {
  Type* t = type_of(vm, self);
  while (t != nullptr && (t->flags & kTypeUserClass) != 0) t = t->base;
  return t;
}

Value wrap_len(VM& vm, CallArgs args) {
  Type* t = builtin_type_of(vm, args.args[0]);
  int64_t n = t->length(vm, args.args[0]);
  if (n < 0) return Value::null();
  return Value::from_small_int(n);
}

Value wrap_getitem(VM& vm, CallArgs args) {
  Type* t = builtin_type_of(vm, args.args[0]);
  return t->getitem(vm, args.args[0], args.args[1]);
}

Value wrap_setitem(VM& vm, CallArgs args) {
  Type* t = builtin_type_of(vm, args.args[0]);
  if (t->setitem(vm, args.args[0], args.args[1], args.args[2]) < 0) return Value::null();
  return vm.none();
}

Value wrap_delitem(VM& vm, CallArgs args) {
  Type* t = builtin_type_of(vm, args.args[0]);
  if (t->setitem(vm, args.args[0], args.args[1], Value::null()) < 0) return Value::null();
  return vm.none();
}

Value wrap_contains(VM& vm, CallArgs args) {
  Type* t = builtin_type_of(vm, args.args[0]);
  int r = t->contains(vm, args.args[0], args.args[1]);
  if (r < 0) return Value::null();
  return vm.bool_value(r != 0);
}

Value wrap_hash(VM& vm, CallArgs args) {
  Type* t = builtin_type_of(vm, args.args[0]);
  int64_t h = t->hash(vm, args.args[0]);
  if (h == -1) return Value::null();
  return int_from_int64(vm, h);
}

void add_if_absent(VM& vm, Type* type, const char* name, NativeFn fn, int nargs) {
  if (!dict_get_str(vm, type->dict, vm.intern(name)).is_null()) return;
  add_method(vm, type, name, fn, nargs, nargs, kNativeMethod);
}

}  // namespace

void add_slot_wrappers(VM& vm, Type* type) {
  if (type->length != nullptr) add_if_absent(vm, type, "__len__", wrap_len, 0);
  if (type->getitem != nullptr) add_if_absent(vm, type, "__getitem__", wrap_getitem, 1);
  if (type->setitem != nullptr) {
    add_if_absent(vm, type, "__setitem__", wrap_setitem, 2);
    add_if_absent(vm, type, "__delitem__", wrap_delitem, 1);
  }
  if (type->contains != nullptr) add_if_absent(vm, type, "__contains__", wrap_contains, 1);
  if (type->hash != nullptr) {
    add_if_absent(vm, type, "__hash__", wrap_hash, 0);
  } else if (dict_get_str(vm, type->dict, vm.intern("__hash__")).is_null()) {
    dict_set_str(vm, type->dict, vm.intern("__hash__"), vm.none());  // unhashable, as CPython
  }
}

}  // namespace pyvm::runtime
