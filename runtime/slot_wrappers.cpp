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
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

// The built-in type whose slots serve `self`.
Type* builtin_type_of(VM& vm, Value self) {
  Type* t = type_of(vm, self);
  // A user class's built-in layout, not its first base's: in class S(M, str)
  // with a plain class M, S's first base leads to object.
  if (UserType* user = as_user_type(t)) return user->layout;
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

// __eq__, __lt__...: the built-in type's rich comparison (NotImplemented
// when it does not compare with `other`).
template <CompareOp kOp>
Value wrap_compare(VM& vm, CallArgs args) {
  Type* t = builtin_type_of(vm, args.args[0]);
  return t->richcompare(vm, args.args[0], args.args[1], kOp);
}

Value wrap_iter(VM& vm, CallArgs args) {
  Type* t = builtin_type_of(vm, args.args[0]);
  return t->iter(vm, args.args[0]);
}

enum class Side { kForward, kReflected, kInplace };

// __add__ / __radd__ / __iadd__...: the built-in type's binary slot, with the
// operands swapped for the reflected form.
template <BinaryOp kOp, Side kSide>
Value wrap_binary(VM& vm, CallArgs args) {
  Type* t = builtin_type_of(vm, args.args[0]);
  Value self = args.args[0];
  Value other = args.args[1];
  if (kSide == Side::kReflected) return t->binary(vm, kOp, other, self);
  if (kSide == Side::kInplace && t->inplace != nullptr) return t->inplace(vm, kOp, self, other);
  return t->binary(vm, kOp, self, other);
}

void add_if_absent(VM& vm, Type* type, const char* name, NativeFn fn, int nargs) {
  if (!dict_get_str(vm, type->dict, vm.intern(name)).is_null()) return;
  add_method(vm, type, name, fn, nargs, nargs, kNativeMethod);
}

template <BinaryOp kOp>
void add_binary(VM& vm, Type* type, const char* forward, const char* reflected,
                const char* inplace) {
  if (type->binary == nullptr) return;
  if (forward != nullptr) add_if_absent(vm, type, forward, wrap_binary<kOp, Side::kForward>, 1);
  if (reflected != nullptr) {
    add_if_absent(vm, type, reflected, wrap_binary<kOp, Side::kReflected>, 1);
  }
  if (inplace != nullptr) add_if_absent(vm, type, inplace, wrap_binary<kOp, Side::kInplace>, 1);
}

// The operator dunders CPython's sequence, set and dict types have.
void add_operator_wrappers(VM& vm, Type* type) {
  const vm::BuiltinTypes& t = vm.types();
  bool text = type == t.str || type == t.bytes || type == t.bytearray;
  bool mutable_seq = type == t.list || type == t.bytearray;
  if (text || type == t.list || type == t.tuple) {
    add_binary<BinaryOp::kAdd>(vm, type, "__add__", nullptr, mutable_seq ? "__iadd__" : nullptr);
    add_binary<BinaryOp::kMul>(vm, type, "__mul__", "__rmul__", mutable_seq ? "__imul__" : nullptr);
  }
  if (text) add_binary<BinaryOp::kMod>(vm, type, "__mod__", "__rmod__", nullptr);
  if (type == t.set || type == t.frozenset) {
    bool set = type == t.set;
    add_binary<BinaryOp::kAnd>(vm, type, "__and__", "__rand__", set ? "__iand__" : nullptr);
    add_binary<BinaryOp::kOr>(vm, type, "__or__", "__ror__", set ? "__ior__" : nullptr);
    add_binary<BinaryOp::kXor>(vm, type, "__xor__", "__rxor__", set ? "__ixor__" : nullptr);
    add_binary<BinaryOp::kSub>(vm, type, "__sub__", "__rsub__", set ? "__isub__" : nullptr);
  }
  if (type == t.dict) add_binary<BinaryOp::kOr>(vm, type, "__or__", "__ror__", "__ior__");
}

}  // namespace

void add_slot_wrappers(VM& vm, Type* type) {
  add_operator_wrappers(vm, type);
  if (type->length != nullptr) add_if_absent(vm, type, "__len__", wrap_len, 0);
  if (type->getitem != nullptr) add_if_absent(vm, type, "__getitem__", wrap_getitem, 1);
  if (type->setitem != nullptr) {
    add_if_absent(vm, type, "__setitem__", wrap_setitem, 2);
    add_if_absent(vm, type, "__delitem__", wrap_delitem, 1);
  }
  if (type->contains != nullptr) add_if_absent(vm, type, "__contains__", wrap_contains, 1);
  if (type->iter != nullptr) add_if_absent(vm, type, "__iter__", wrap_iter, 0);
  if (type->richcompare != nullptr) {
    add_if_absent(vm, type, "__eq__", wrap_compare<CompareOp::kEq>, 1);
    add_if_absent(vm, type, "__ne__", wrap_compare<CompareOp::kNe>, 1);
    add_if_absent(vm, type, "__lt__", wrap_compare<CompareOp::kLt>, 1);
    add_if_absent(vm, type, "__le__", wrap_compare<CompareOp::kLe>, 1);
    add_if_absent(vm, type, "__gt__", wrap_compare<CompareOp::kGt>, 1);
    add_if_absent(vm, type, "__ge__", wrap_compare<CompareOp::kGe>, 1);
  }
  if (type->hash != nullptr) {
    add_if_absent(vm, type, "__hash__", wrap_hash, 0);
  } else if (dict_get_str(vm, type->dict, vm.intern("__hash__")).is_null()) {
    dict_set_str(vm, type->dict, vm.intern("__hash__"), vm.none());  // unhashable, as CPython
  }
}

}  // namespace pyvm::runtime
