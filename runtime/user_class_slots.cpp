// User-defined classes: the type slots that dispatch to dunder methods found
// along the MRO (repr/str, hash, rich comparisons, operators with their
// reflected and in-place forms, truth, containers, iteration, call).
#include "runtime/user_class.h"

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

#include "gc/heap.h"
#include "runtime/attribute_dict.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/finalizers.h"
#include "runtime/function.h"
#include "runtime/generic_alias.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/mappingproxy.h"
#include "runtime/object_hooks.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/user_class_internal.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/recursion_guard.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

// True when `method` is object.__hash__ (not an override).
bool is_object_hash(VM& vm, Value method) {
  return method.is_object() && method.object()->type == vm.types().builtin_function &&
         method.as<NativeFunction>()->fn == object_hash_native;
}

const char* compare_dunder(CompareOp op) {
  static const char* const kNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  return kNames[static_cast<int>(op)];
}

const char* const kForward[] = {
    "__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__",  "__mul__", "__mod__",
    "__or__",  "__pow__", "__rshift__",   "__sub__",    "__truediv__", "__xor__"};

const char* const kReflected[] = {
    "__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__",  "__rmul__", "__rmod__",
    "__ror__",  "__rpow__", "__rrshift__",   "__rsub__",    "__rtruediv__", "__rxor__"};

const char* const kInplace[] = {
    "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__",  "__imul__", "__imod__",
    "__ior__",  "__ipow__", "__irshift__",   "__isub__",    "__itruediv__", "__ixor__"};

}  // namespace

// ---- slots that dispatch to dunder methods

Value slot_repr(VM& vm, Value self) {
  Value r = call1(vm, lookup(vm, type_of(vm, self), "__repr__"), self);
  if (!r.is_null() && type_of(vm, r) != vm.types().str) {
    return raise_type_error(vm, "__repr__ returned non-string (type " + type_name(vm, r) + ")");
  }
  return r;
}

Value slot_str(VM& vm, Value self) {
  Value r = call1(vm, lookup(vm, type_of(vm, self), "__str__"), self);
  if (!r.is_null() && type_of(vm, r) != vm.types().str) {
    return raise_type_error(vm, "__str__ returned non-string (type " + type_name(vm, r) + ")");
  }
  return r;
}

// object.__hash__(self): the identity hash.
Value object_hash_native(VM& vm, CallArgs args) {
  return int_from_int64(vm, identity_hash(args.args[0]));
}

int64_t slot_hash(VM& vm, Value self) {
  Type* t = type_of(vm, self);
  Value method = lookup(vm, t, "__hash__");
  if (method.is_null() || is_object_hash(vm, method)) {
    Type* layout = layout_of_user(t);
    if (layout->hash != nullptr && layout != vm.types().object) return layout->hash(vm, self);
    if (layout != vm.types().object && layout->richcompare != nullptr) {
      raise_type_error(vm, "unhashable type: '" + type_name(vm, self) + "'");
      return -1;
    }
    return identity_hash(self);
  }
  if (method == vm.none()) {
    raise_type_error(vm, "unhashable type: '" + type_name(vm, self) + "'");
    return -1;
  }
  Value r = call1(vm, method, self);
  if (r.is_null()) return -1;
  if (!is_int(vm, r)) {
    raise_type_error(vm, "__hash__ method should return an integer");
    return -1;
  }
  // As CPython: an int that fits is the hash itself (-1 becomes -2); only
  // larger ones are hashed.
  int64_t h;
  if (int_to_int64(vm, r, &h)) return h == -1 ? -2 : h;
  return hash(vm, r);
}

// Calls a comparison dunder found on the class. A property's getter gives
// the method; when it fails, CPython's slot clears the error and answers
// NotImplemented.
static Value call_compare_method(VM& vm, Value method, Value self, Value other) {
  if (method.is_object() && method.object()->type == vm.types().property) {
    Value bound = bind_attribute(vm, method, self, type_of(vm, self));
    if (bound.is_null()) {
      vm.clear_exception();
      return vm.not_implemented();
    }
    return call1(vm, bound, other);
  }
  return call2(vm, method, self, other);
}

Value slot_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  Value method = lookup(vm, type_of(vm, self), compare_dunder(op));
  if (is_object_compare(vm, method)) method = Value::null();  // object's: none of its own
  RichCompareFn inherited = layout_of_user(type_of(vm, self))->richcompare;
  if (method.is_null() && inherited != nullptr) return inherited(vm, self, other, op);
  if (method.is_null()) {
    // __ne__ defaults to the negation of __eq__, as object.__ne__ does.
    if (op == CompareOp::kNe) {
      Value eq = lookup(vm, type_of(vm, self), "__eq__");
      if (eq.is_null() || is_object_compare(vm, eq)) return vm.not_implemented();
      Value r = call_compare_method(vm, eq, self, other);
      if (r.is_null() || r == vm.not_implemented()) return r;
      int t = truth(vm, r);
      return t < 0 ? Value::null() : vm.bool_value(t == 0);
    }
    return vm.not_implemented();
  }
  return call_compare_method(vm, method, self, other);
}

Value slot_binary(VM& vm, BinaryOp op, Value a, Value b) {
  int i = static_cast<int>(op);
  Type* ta = type_of(vm, a);
  Type* tb = type_of(vm, b);
  if (is_user_class(ta)) {
    Value forward = lookup(vm, ta, kForward[i]);
    if (!forward.is_null()) {
      Value r = call2(vm, forward, a, b);
      if (r != vm.not_implemented()) return r;
    }
  }
  if (ta != tb && is_user_class(tb)) {
    Value reflected = lookup(vm, tb, kReflected[i]);
    if (!reflected.is_null()) return call2(vm, reflected, b, a);
  }
  // The built-in layout's own operator (list + list for a list subclass).
  for (Type* t : {ta, tb}) {
    if (!is_user_class(t)) continue;
    BinaryFn inherited = layout_of_user(t)->binary;
    if (inherited == nullptr) continue;
    Value r = inherited(vm, op, a, b);
    if (r != vm.not_implemented()) return r;
  }
  return vm.not_implemented();
}

Value slot_inplace(VM& vm, BinaryOp op, Value a, Value b) {
  Value method = lookup(vm, type_of(vm, a), kInplace[static_cast<int>(op)]);
  BinaryFn inherited = layout_of_user(type_of(vm, a))->inplace;
  if (method.is_null() && inherited != nullptr) return inherited(vm, op, a, b);
  if (method.is_null()) return vm.not_implemented();
  return call2(vm, method, a, b);
}

Value slot_unary(VM& vm, UnaryOp op, Value self) {
  static const char* const kNames[] = {"__neg__", "__pos__", "__invert__"};
  Value method = lookup(vm, type_of(vm, self), kNames[static_cast<int>(op)]);
  UnaryFn inherited = layout_of_user(type_of(vm, self))->unary;
  if (method.is_null() && inherited != nullptr) return inherited(vm, op, self);
  if (method.is_null()) return vm.not_implemented();
  return call1(vm, method, self);
}

int slot_truth(VM& vm, Value self) {
  Type* t = type_of(vm, self);
  Value method = lookup(vm, t, "__bool__");
  if (!method.is_null()) {
    Value r = call1(vm, method, self);
    if (r.is_null()) return -1;
    if (r != vm.true_value() && r != vm.false_value()) {
      raise_type_error(vm, "__bool__ should return bool, returned " + type_name(vm, r));
      return -1;
    }
    return r == vm.true_value();
  }
  method = lookup(vm, t, "__len__");
  if (method.is_null()) {
    Type* layout = layout_of_user(t);
    if (layout->truth != nullptr) return layout->truth(vm, self);
    if (layout->length == nullptr) return 1;
    int64_t n = layout->length(vm, self);
    return n < 0 ? -1 : n > 0;
  }
  int64_t n = length(vm, self);
  return n < 0 ? -1 : n > 0;
}

int64_t slot_length(VM& vm, Value self) {
  Value r = call1(vm, lookup(vm, type_of(vm, self), "__len__"), self);
  if (r.is_null()) return -1;
  int64_t n;
  if (!index_to_int64(vm, r, &n)) return -1;
  if (n < 0) {
    raise_value_error(vm, "__len__() should return >= 0");
    return -1;
  }
  return n;
}

Value slot_getitem(VM& vm, Value self, Value key) {
  return call2(vm, lookup(vm, type_of(vm, self), "__getitem__"), self, key);
}

int slot_setitem(VM& vm, Value self, Value key, Value value) {
  Type* t = type_of(vm, self);
  Value r;
  if (value.is_null()) {
    Value method = lookup(vm, t, "__delitem__");
    if (method.is_null()) {
      raise_attribute_error(vm, self, vm.intern("__delitem__"));
      return -1;
    }
    r = call2(vm, method, self, key);
  } else {
    Value method = lookup(vm, t, "__setitem__");
    if (method.is_null()) {
      raise_type_error(vm, "'" + type_name(vm, self) + "' object does not support item assignment");
      return -1;
    }
    Value args[3] = {self, key, value};
    r = call_positional(vm, method, args, 3);
  }
  return r.is_null() ? -1 : 0;
}

int slot_contains(VM& vm, Value self, Value item) {
  Value r = call2(vm, lookup(vm, type_of(vm, self), "__contains__"), self, item);
  if (r.is_null()) return -1;
  return truth(vm, r);
}

Value slot_iter(VM& vm, Value self) {
  Value r = call1(vm, lookup(vm, type_of(vm, self), "__iter__"), self);
  if (!r.is_null() && type_of(vm, r)->next == nullptr) {
    return raise_type_error(vm, "iter() returned non-iterator of type '" + type_name(vm, r) + "'");
  }
  return r;
}

Value slot_next(VM& vm, Value self) {
  return call1(vm, lookup(vm, type_of(vm, self), "__next__"), self);
}

Value slot_call(VM& vm, Value callable, CallArgs args) {
  vm::NativeRecursionGuard guard(vm, " while calling a Python object");  // as CPython's tp_call
  if (!guard.ok()) return Value::null();
  Value method = lookup(vm, type_of(vm, callable), "__call__");
  size_t total = args.npos + (args.kwnames == nullptr ? 0 : args.kwnames->length);
  std::vector<Value> all(total + 1);
  all[0] = callable;
  for (size_t i = 0; i < total; ++i) all[i + 1] = args.args[i];
  return call(vm, method, CallArgs{all.data(), args.npos + 1, args.kwnames});
}

Value call3(VM& vm, Value f, Value a, Value b, Value c) {
  Value args[3] = {a, b, c};
  return call_positional(vm, f, args, 3);
}

}  // namespace pyvm::runtime
