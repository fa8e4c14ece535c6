// The abstract object protocol (see runtime/ops.h): every generic operation
// dispatches through the Type slots of its operands, with CPython's rules for
// reflected operands, NotImplemented and comparison fallbacks.
#include "runtime/ops.h"

#include <cstdio>
#include <string>

#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/generic_alias.h"
#include "runtime/getset_descriptor.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/user_class.h"
#include "vm/recursion_guard.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

const char* compare_symbol(CompareOp op) {
  static const char* const kSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
  return kSymbols[static_cast<int>(op)];
}

CompareOp swapped(CompareOp op) {
  static const CompareOp kSwapped[] = {CompareOp::kGt, CompareOp::kGe, CompareOp::kEq,
                                       CompareOp::kNe, CompareOp::kLt, CompareOp::kLe};
  return kSwapped[static_cast<int>(op)];
}

bool has_richcompare(const Type* type) {
  for (const Type* t = type; t != nullptr; t = t->base) {
    if (t->richcompare != nullptr) return true;
  }
  return false;
}

Value compare_small_ints(VM& vm, int64_t a, int64_t b, CompareOp op) {
  bool result = false;
  switch (op) {
    case CompareOp::kLt:
      result = a < b;
      break;
    case CompareOp::kLe:
      result = a <= b;
      break;
    case CompareOp::kEq:
      result = a == b;
      break;
    case CompareOp::kNe:
      result = a != b;
      break;
    case CompareOp::kGt:
      result = a > b;
      break;
    case CompareOp::kGe:
      result = a >= b;
      break;
  }
  return vm.bool_value(result);
}

Value default_repr(VM& vm, Value v) {
  char address[32];
  std::snprintf(address, sizeof(address), "%p", static_cast<void*>(v.object()));
  return Value::from_object(str_from_utf8(
      vm, "<" + qualified_type_name(vm, type_of(vm, v)) + " object at " + address + ">"));
}

// Calls `slot` on (a, b) and reports whether it produced an answer.
Value try_binary(VM& vm, BinaryFn slot, BinaryOp op, Value a, Value b) {
  if (slot == nullptr) return vm.not_implemented();
  return slot(vm, op, a, b);
}

Value generic_getattr(VM& vm, Value object, Str* name) {
  Type* type = type_of(vm, object);
  Value found = type_lookup(vm, type, name);
  if (found.is_null()) return raise_attribute_error(vm, object, name);
  return bind_attribute(vm, found, object, type);
}

}  // namespace

Type* type_of(VM& vm, Value v) {
  if (v.is_small_int()) return vm.types().int_;
  return v.object()->type;
}

std::string type_name_of_type(const Type* type) {
  if (type->name == nullptr) return "?";
  std::string name = str_to_utf8(type->name);
  if (!is_user_class(type) || type->dict == nullptr ||
      (static_cast<const UserType*>(type)->class_flags & kClassDottedName) == 0) {
    return name;
  }
  int64_t pos = 0;
  Value key, value;
  while (dict_next(type->dict, &pos, &key, &value)) {
    if (key.is_object() && key.object()->type == type->name->type &&
        str_equals_ascii(key.as<Str>(), "__module__") && value.is_object() &&
        value.object()->type == type->name->type) {
      return str_to_utf8(value.as<Str>()) + "." + name;
    }
  }
  return name;
}

std::string type_name(VM& vm, Value v) { return type_name_of_type(type_of(vm, v)); }

bool is_instance_of(VM& vm, Value v, Type* type) { return is_subtype(type_of(vm, v), type); }

Value repr(VM& vm, Value v) {
  Type* type = type_of(vm, v);
  if (type->repr == nullptr) return default_repr(vm, v);
  vm::NativeRecursionGuard guard(vm, " while getting the repr of an object");
  if (!guard.ok()) return Value::null();
  return type->repr(vm, v);
}

Value str(VM& vm, Value v) {
  Type* type = type_of(vm, v);
  if (type == vm.types().str) return v;
  if (type->str == nullptr) return repr(vm, v);
  vm::NativeRecursionGuard guard(vm, " while getting the str of an object");
  if (!guard.ok()) return Value::null();
  return type->str(vm, v);
}

int64_t hash(VM& vm, Value v) {
  if (v.is_small_int()) return int_hash(vm, v);
  Type* type = v.object()->type;
  if (type->hash != nullptr) {
    // CPython does not limit the depth of hashing; only the C++ stack does.
    if (!vm::check_native_stack(vm, " while calculating hash")) return -1;
    return type->hash(vm, v);
  }
  // A type that defines equality without hashing is unhashable (CPython sets
  // __hash__ to None in that case); everything else hashes by identity.
  if (has_richcompare(type)) {
    raise_type_error(vm, "unhashable type: '" + type_name_of_type(type) + "'");
    return -1;
  }
  return identity_hash(v);
}

Value rich_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (a.is_small_int() && b.is_small_int()) {
    return compare_small_ints(vm, a.small_int(), b.small_int(), op);
  }
  vm::NativeRecursionGuard guard(vm, " in comparison");
  if (!guard.ok()) return Value::null();
  Type* ta = type_of(vm, a);
  Type* tb = type_of(vm, b);
  bool reflected_first = ta != tb && is_subtype(tb, ta) && tb->richcompare != nullptr;
  if (reflected_first) {
    Value r = tb->richcompare(vm, b, a, swapped(op));
    if (r != vm.not_implemented()) return r;
  }
  if (ta->richcompare != nullptr) {
    Value r = ta->richcompare(vm, a, b, op);
    if (r != vm.not_implemented()) return r;
  }
  if (!reflected_first && tb->richcompare != nullptr) {
    Value r = tb->richcompare(vm, b, a, swapped(op));
    if (r != vm.not_implemented()) return r;
  }
  if (op == CompareOp::kEq) return vm.bool_value(a == b);
  if (op == CompareOp::kNe) return vm.bool_value(a != b);
  return raise_type_error(vm, std::string("'") + compare_symbol(op) +
                                  "' not supported between instances of '" + type_name_of_type(ta) +
                                  "' and '" + type_name_of_type(tb) + "'");
}

int rich_compare_bool(VM& vm, Value a, Value b, CompareOp op) {
  Value r = rich_compare(vm, a, b, op);
  if (r.is_null()) return -1;
  if (r == vm.true_value()) return 1;
  if (r == vm.false_value()) return 0;
  return truth(vm, r);
}

int equals(VM& vm, Value a, Value b) {
  if (a == b) return 1;
  // Two exact strs: str's == without the slot dispatch (`in` on tuples and
  // lists of strs).
  Type* str_type = vm.types().str;
  if (a.is_object() && b.is_object() && a.object()->type == str_type &&
      b.object()->type == str_type) {
    return str_equal(a.as<Str>(), b.as<Str>()) ? 1 : 0;
  }
  return rich_compare_bool(vm, a, b, CompareOp::kEq);
}

int truth(VM& vm, Value v) {
  if (v == vm.true_value()) return 1;
  if (v == vm.false_value() || v == vm.none()) return 0;
  if (v.is_small_int()) return v.small_int() != 0;
  Type* type = v.object()->type;
  if (type->truth != nullptr) return type->truth(vm, v);
  if (type->length != nullptr) {
    int64_t n = type->length(vm, v);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

const char* binary_op_symbol(BinaryOp op, bool inplace) {
  static const char* const kSymbols[] = {"+", "&",  "//", "<<", "@", "*", "%",
                                         "|", "**", ">>", "-",  "/", "^"};
  static const char* const kInplace[] = {
      "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
  return (inplace ? kInplace : kSymbols)[static_cast<int>(op)];
}

Value binary_op(VM& vm, BinaryOp op, Value a, Value b) {
  Type* ta = type_of(vm, a);
  Type* tb = type_of(vm, b);
  if (ta != tb && is_subtype(tb, ta) && tb->binary != nullptr && tb->binary != ta->binary) {
    Value r = tb->binary(vm, op, a, b);
    if (r != vm.not_implemented()) return r;
    r = try_binary(vm, ta->binary, op, a, b);
    if (r != vm.not_implemented()) return r;
  } else {
    Value r = try_binary(vm, ta->binary, op, a, b);
    if (r != vm.not_implemented()) return r;
    if (tb != ta && tb->binary != ta->binary) {
      r = try_binary(vm, tb->binary, op, a, b);
      if (r != vm.not_implemented()) return r;
    }
  }
  if (op == BinaryOp::kRshift && a.is_object() && a.object()->type == vm.types().builtin_function) {
    std::string name = str_to_utf8(a.as<NativeFunction>()->name);
    if (name == "print") {
      return raise_type_error(
          vm, "unsupported operand type(s) for >>: 'builtin_function_or_method' and '" +
                  type_name_of_type(tb) +
                  "'. Did you mean \"print(<message>, file=<output_stream>)\"?");
    }
  }
  return raise_unsupported_operands(vm, binary_op_symbol(op, false), a, b);
}

Value inplace_op(VM& vm, BinaryOp op, Value a, Value b) {
  Type* ta = type_of(vm, a);
  if (ta->inplace != nullptr) {
    Value r = ta->inplace(vm, op, a, b);
    if (r != vm.not_implemented()) return r;
  }
  Value r = binary_op(vm, op, a, b);
  if (r.is_null() && exception_matches(vm, vm.types().type_error)) {
    // Re-word the message with the augmented operator, as CPython does.
    Value pending = vm.pending_exception();
    auto* exc = pending.as<BaseException>();
    if (exc->args != nullptr && exc->args->length == 1) {
      std::string text = str_to_utf8(exc->args->at(0).as<Str>());
      std::string prefix =
          std::string("unsupported operand type(s) for ") + binary_op_symbol(op, false) + ":";
      if (text.rfind(prefix, 0) == 0) {
        vm.clear_exception();
        return raise_unsupported_operands(vm, binary_op_symbol(op, true), a, b);
      }
    }
  }
  return r;
}

Value unary_op(VM& vm, UnaryOp op, Value v) {
  Type* type = type_of(vm, v);
  if (type->unary != nullptr) {
    Value r = type->unary(vm, op, v);
    if (r != vm.not_implemented()) return r;
  }
  static const char* const kNames[] = {"unary -", "unary +", "unary ~"};
  return raise_type_error(vm, std::string("bad operand type for ") + kNames[static_cast<int>(op)] +
                                  ": '" + type_name_of_type(type) + "'");
}

int64_t length(VM& vm, Value v) {
  Type* type = type_of(vm, v);
  if (type->length == nullptr) {
    raise_type_error(vm, "object of type '" + type_name_of_type(type) + "' has no len()");
    return -1;
  }
  return type->length(vm, v);
}

Value get_item(VM& vm, Value container, Value key) {
  Type* type = type_of(vm, container);
  if (type->getitem == nullptr) {
    if (type == vm.types().type) {
      return raise_type_error(
          vm, "type '" + type_name_of_type(container.as<Type>()) + "' is not subscriptable");
    }
    return raise_type_error(vm, "'" + type_name_of_type(type) + "' object is not subscriptable");
  }
  return type->getitem(vm, container, key);
}

int set_item(VM& vm, Value container, Value key, Value value) {
  Type* type = type_of(vm, container);
  if (type->setitem == nullptr) {
    raise_type_error(vm,
                     "'" + type_name_of_type(type) + "' object does not support item assignment");
    return -1;
  }
  return type->setitem(vm, container, key, value);
}

int del_item(VM& vm, Value container, Value key) {
  Type* type = type_of(vm, container);
  if (type->setitem == nullptr) {
    raise_type_error(vm, "'" + type_name_of_type(type) + "' object doesn't support item deletion");
    return -1;
  }
  return type->setitem(vm, container, key, Value::null());
}

int contains(VM& vm, Value container, Value item) {
  Type* type = type_of(vm, container);
  if (type->contains != nullptr) return type->contains(vm, container, item);
  if (type->iter == nullptr && type->getitem == nullptr) {
    raise_type_error(vm, "argument of type '" + type_name_of_type(type) + "' is not iterable");
    return -1;
  }
  Value it = get_iter(vm, container);
  if (it.is_null()) return -1;
  for (;;) {
    Value next = iter_next(vm, it);
    if (next.is_null()) return vm.has_exception() ? -1 : 0;
    int eq = equals(vm, next, item);
    if (eq != 0) return eq;
  }
}

Value get_iter(VM& vm, Value iterable) {
  Type* type = type_of(vm, iterable);
  if (type->iter == nullptr) {
    if (type->getitem != nullptr) return seq_iterator_new(vm, iterable);  // sequence protocol
    return raise_type_error(vm, "'" + type_name_of_type(type) + "' object is not iterable");
  }
  return type->iter(vm, iterable);
}

Value iter_next(VM& vm, Value iterator) {
  Type* type = type_of(vm, iterator);
  if (type->next == nullptr) {
    return raise_type_error(vm, "'" + type_name_of_type(type) + "' object is not an iterator");
  }
  Value v = type->next(vm, iterator);
  // An iterator may also signal its end with StopIteration (a generator that
  // returned a value does): for a consumer that is exhaustion too.
  if (v.is_null() && exception_matches(vm, vm.types().stop_iteration)) vm.clear_exception();
  return v;
}

Value call(VM& vm, Value callable, CallArgs args) {
  Type* type = type_of(vm, callable);
  if (type->call == nullptr) {
    return raise_type_error(vm, "'" + type_name_of_type(type) + "' object is not callable");
  }
  return type->call(vm, callable, args);
}

Value call_positional(VM& vm, Value callable, const Value* args, size_t nargs) {
  return call(vm, callable, CallArgs{args, nargs, nullptr});
}

Value get_attr(VM& vm, Value object, Str* name) {
  Type* type = type_of(vm, object);
  Value v = type->getattr != nullptr ? type->getattr(vm, object, name)
                                     : generic_getattr(vm, object, name);
  // Built-in getattr slots that return what the type lookup found unbound
  // hand back object.__class__ itself: apply it.
  if (is_getset_descriptor(vm, v) && getset_descriptor_is_object_class(vm, v) &&
      !is_subtype(type, vm.types().type)) {
    return Value::from_object(type);
  }
  // Every object has __class__ (a data descriptor of object in CPython); the
  // built-in types' own lookups need not know it.
  if (v.is_null() && str_equals_ascii(name, "__class__") &&
      exception_matches(vm, vm.types().attribute_error)) {
    vm.clear_exception();
    return Value::from_object(type);
  }
  // Likewise every object reads a __doc__ (object's own in CPython); pyvm
  // keeps no docstrings for built-in types, so that one reads as None.
  if (v.is_null() && str_equals_ascii(name, "__doc__") &&
      exception_matches(vm, vm.types().attribute_error)) {
    vm.clear_exception();
    return vm.none();
  }
  if (v.is_null()) set_attribute_error_context(vm, object, name);
  return v;
}

int set_attr(VM& vm, Value object, Str* name, Value value) {
  Type* type = type_of(vm, object);
  if (type->setattr != nullptr) return type->setattr(vm, object, name, value);
  if (type_lookup(vm, type, name).is_null()) {
    std::string attribute = str_to_utf8(name);
    // An attribute the layout computes (int.real, slice.start): read-only,
    // reported as CPython reports its getset and member descriptors.
    bool computed = type->getattr != nullptr && !type->getattr(vm, object, name).is_null();
    vm.clear_exception();
    bool member =
        type == vm.types().complex || type == vm.types().slice || type == vm.types().range;
    if (computed && member) {
      raise(vm, vm.types().attribute_error, "readonly attribute");
    } else if (computed) {
      raise(vm, vm.types().attribute_error,
            "attribute '" + attribute + "' of '" +
                type_name_of_type(type == vm.types().bool_ ? vm.types().int_ : type) +
                "' objects is not writable");
    } else {
      raise(vm, vm.types().attribute_error,
            "'" + type_name_of_type(type) + "' object has no attribute '" + attribute + "'");
    }
  } else {
    Value found = type_lookup(vm, type, name);
    if (is_getset_descriptor(vm, found)) return getset_descriptor_set(vm, found, object, value);
    raise(vm, vm.types().attribute_error,
          "'" + type_name_of_type(type) + "' object attribute '" + str_to_utf8(name) +
              "' is read-only");
  }
  return -1;
}

Value type_lookup(VM& vm, Type* type, Str* name) {
  if (type->mro != nullptr) {
    for (int64_t i = 0; i < type->mro->length; ++i) {
      auto* t = type->mro->at(i).as<Type>();
      if (t->dict == nullptr) continue;
      Value found = dict_get_str(vm, t->dict, name);
      if (!found.is_null()) return found;
    }
    return Value::null();
  }
  for (Type* t = type; t != nullptr; t = t->base) {
    if (t->dict == nullptr) continue;
    Value found = dict_get_str(vm, t->dict, name);
    if (!found.is_null()) return found;
  }
  return Value::null();
}

Value bind_attribute(VM& vm, Value found, Value object, Type* type) {
  if (!found.is_object()) return found;
  Type* kind = found.object()->type;
  if (kind == vm.types().function) {
    return object.is_null() ? found : Value::from_object(method_new(vm, found, object));
  }
  if (kind == vm.types().builtin_function) {
    auto* native = found.as<NativeFunction>();
    if (object.is_null() || (native->flags & kNativeMethod) == 0 || !native->self.is_null()) {
      return found;
    }
    NativeFunction* bound =
        native_function_new(vm, "", native->fn, native->min_args, native->max_args, native->flags);
    vm.store_ref(bound, &bound->name, native->name);
    vm.store(bound, &bound->self, object);
    vm.store_ref(bound, &bound->owner, native->owner);
    return Value::from_object(bound);
  }
  bool handled = false;
  Value unwrapped = unwrap_method_descriptor(vm, found, object, type, &handled);
  if (handled) return unwrapped;
  if (kind == vm.types().property) {
    return object.is_null() ? found : property_get(vm, found, object);
  }
  if (kind == vm.types().member_descriptor) {
    return object.is_null() ? found : member_get(vm, found, object);
  }
  if (is_getset_descriptor(vm, found)) return getset_descriptor_get(vm, found, object);
  if ((kind->flags & (kTypeUserClass | kTypeNativeDescriptor)) != 0) {
    return user_descriptor_get(vm, found, object, type);
  }
  return found;
}

namespace {

bool is_class_object(VM& vm, Value v) {
  return v.is_object() && is_subtype(v.object()->type, vm.types().type);
}

// The metaclass's __instancecheck__ / __subclasscheck__ when Python code
// overrides it (null otherwise: the built-in check applies).
Value check_hook(VM& vm, Value cls, const char* name) {
  Type* meta = type_of(vm, cls);
  if ((meta->flags & kTypeUserClass) == 0) return Value::null();
  Value hook = type_lookup(vm, meta, vm.intern(name));
  if (hook.is_null() || (hook.is_object() && hook.object()->type == vm.types().builtin_function)) {
    return Value::null();
  }
  return hook;
}

int call_check_hook(VM& vm, Value hook, Value cls, Value arg) {
  Value args[2] = {cls, arg};
  Value r = call_positional(vm, hook, args, 2);
  return r.is_null() ? -1 : truth(vm, r);
}

}  // namespace

int object_isinstance(VM& vm, Value object, Value cls) {
  Type* t = type_of(vm, object);
  if (cls.is_object() && cls.object() == t) return 1;
  if (cls.is_object() && cls.object()->type == vm.types().tuple) {
    vm::NativeRecursionGuard guard(vm, " in __instancecheck__");
    if (!guard.ok()) return -1;
    auto* items = cls.as<Tuple>();
    for (int64_t i = 0; i < items->length; ++i) {
      int r = object_isinstance(vm, object, items->at(i));
      if (r != 0) return r;
    }
    return 0;
  }
  if (int r = generic_type_check(vm, object, cls, false); r != kNotAGenericCheck) return r;
  Value hook = cls.is_object() ? check_hook(vm, cls, "__instancecheck__") : Value::null();
  if (!hook.is_null()) return call_check_hook(vm, hook, cls, object);
  if (is_class_object(vm, cls)) return is_subtype(t, cls.as<Type>()) ? 1 : 0;
  raise_type_error(vm, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}

int object_issubclass(VM& vm, Value derived, Value cls) {
  if (cls.is_object() && cls.object()->type == vm.types().tuple) {
    vm::NativeRecursionGuard guard(vm, " in __subclasscheck__");
    if (!guard.ok()) return -1;
    auto* items = cls.as<Tuple>();
    for (int64_t i = 0; i < items->length; ++i) {
      int r = object_issubclass(vm, derived, items->at(i));
      if (r != 0) return r;
    }
    return 0;
  }
  if (int r = generic_type_check(vm, derived, cls, true); r != kNotAGenericCheck) return r;
  Value hook = cls.is_object() ? check_hook(vm, cls, "__subclasscheck__") : Value::null();
  if (!hook.is_null()) return call_check_hook(vm, hook, cls, derived);
  if (!is_class_object(vm, derived)) {
    raise_type_error(vm, "issubclass() arg 1 must be a class");
    return -1;
  }
  if (!is_class_object(vm, cls)) {
    raise_type_error(vm, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  return is_subtype(derived.as<Type>(), cls.as<Type>()) ? 1 : 0;
}

std::string qualified_type_name(VM& vm, Type* type) {
  std::string name = type_name_of_type(type);
  if (type->dict == nullptr) return name;
  Value module = dict_get_str(vm, type->dict, vm.intern("__module__"));
  if (!module.is_object() || module.object()->type != vm.types().str) return name;
  std::string m = str_to_utf8(module.as<Str>());
  if (m == "builtins") return name;
  if (UserType* user = as_user_type(type)) name = str_to_utf8(user->qualname);
  return m + "." + name;
}

bool index_to_int64(VM& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.small_int();
    return true;
  }
  if (is_int(vm, v)) {
    if (int_to_int64(vm, v, out)) return true;
    raise(vm, vm.types().index_error, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  Value index = v.is_object() ? type_lookup(vm, type_of(vm, v), vm.intern("__index__")) : Value();
  if (!index.is_null() && index != vm.none()) {  // __index__ of a user class
    Value r = call_positional(vm, index, &v, 1);
    if (r.is_null()) return false;
    if (!is_int(vm, r)) {
      raise_type_error(vm, "__index__ returned non-int (type " + type_name(vm, r) + ")");
      return false;
    }
    return index_to_int64(vm, r, out);
  }
  raise_type_error(vm, "'" + type_name(vm, v) + "' object cannot be interpreted as an integer");
  return false;
}

}  // namespace pyvm::runtime
