// User-defined classes (see runtime/user_class.h).
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
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/recursion_guard.h"
#include "vm/vm.h"

namespace pyvm::runtime {

Value object_compare_dunder(VM& vm, Str* name);  // runtime/object_compare.cpp
namespace {

struct Super : Object {
  Type* start;  // search the MRO after this class
  Value object;
  Type* object_type;
};

bool is_type_layout(const Type* t) { return (t->flags & kTypeTypeSubclass) != 0; }
bool is_exception_layout(const Type* t) { return (t->flags & kTypeBaseException) != 0; }

bool is_type_value(VM& vm, Value v) {
  return v.is_object() && is_subtype(v.object()->type, vm.types().type);
}

Value lookup(VM& vm, Type* type, const char* name) {
  return type_lookup(vm, type, vm.intern(name));
}

size_t keyword_count(CallArgs args) {
  return args.kwnames == nullptr ? 0 : static_cast<size_t>(args.kwnames->length);
}

// Calls `f(first, *args, **kwargs)`.
Value call_prepending(VM& vm, Value f, Value first, CallArgs args) {
  size_t total = args.npos + keyword_count(args);
  gc::RootedValues all(vm.heap());
  all.reserve(total + 1);
  all.push_back(first);
  for (size_t i = 0; i < total; ++i) all.push_back(args.args[i]);
  return call(vm, f, CallArgs{all.data(), args.npos + 1, args.kwnames});
}

// The native function behind `v` (through staticmethod/classmethod), or null.
NativeFunction* native_of(VM& vm, Value v) {
  if (!v.is_object()) return nullptr;
  Type* t = v.object()->type;
  if (t == vm.types().staticmethod || t == vm.types().classmethod) {
    v = v.as<MethodWrapper>()->function;
    if (!v.is_object()) return nullptr;
    t = v.object()->type;
  }
  return t == vm.types().builtin_function ? v.as<NativeFunction>() : nullptr;
}

// True when `cls`'s MRO defines `name` in Python code rather than as one of
// the built-in defaults of object and type. Native methods owned by a user
// class (classes that native modules build with create_class, such as
// collections.Counter) count as definitions too.
bool overrides(VM& vm, Type* cls, const char* name) {
  Value v = lookup(vm, cls, name);
  if (v.is_null()) return false;
  NativeFunction* native = native_of(vm, v);
  if (native != nullptr && native->name != nullptr && !str_equals_ascii(native->name, name)) {
    return true;  // another built-in method assigned to the dunder (`C.__str__ = int.__repr__`)
  }
  return native == nullptr || (native->owner != nullptr && is_user_class(native->owner));
}

// The built-in base fixing a user class's instance layout (object for plain
// instances): its slots apply when no dunder overrides them.
Type* layout_of_user(const Type* t) { return static_cast<const UserType*>(t)->layout; }

// "__x__"-like names: the only ones with special meaning in attribute paths.
bool is_dunder_name(const Str* name) {
  return name->length > 4 && name->at(0) == '_' && name->at(1) == '_';
}

Value call1(VM& vm, Value f, Value a) { return call_positional(vm, f, &a, 1); }
Value call2(VM& vm, Value f, Value a, Value b) {
  Value args[2] = {a, b};
  return call_positional(vm, f, args, 2);
}

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

// True when `method` is object.__hash__ (not an override).
bool is_object_hash(VM& vm, Value method) {
  return method.is_object() && method.object()->type == vm.types().builtin_function &&
         method.as<NativeFunction>()->fn == object_hash_native;
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

const char* compare_dunder(CompareOp op) {
  static const char* const kNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  return kNames[static_cast<int>(op)];
}

Value slot_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  Value method = lookup(vm, type_of(vm, self), compare_dunder(op));
  RichCompareFn inherited = layout_of_user(type_of(vm, self))->richcompare;
  if (method.is_null() && inherited != nullptr) return inherited(vm, self, other, op);
  if (method.is_null()) {
    // __ne__ defaults to the negation of __eq__, as object.__ne__ does.
    if (op == CompareOp::kNe) {
      Value eq = lookup(vm, type_of(vm, self), "__eq__");
      if (eq.is_null()) return vm.not_implemented();
      Value r = call2(vm, eq, self, other);
      if (r.is_null() || r == vm.not_implemented()) return r;
      int t = truth(vm, r);
      return t < 0 ? Value::null() : vm.bool_value(t == 0);
    }
    return vm.not_implemented();
  }
  return call2(vm, method, self, other);
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

// ---- attributes of instances

// object.__getattribute__ for Instance and exception layouts; with
// `raise_missing` false, a missing attribute returns null without raising.
Value object_getattribute(VM& vm, Value self, Type* t, Str* name, bool raise_missing) {
  Value attr = type_lookup(vm, t, name);
  if (!attr.is_null() && descriptor_kind(vm, attr) == DescriptorKind::kData) {
    return bind_attribute(vm, attr, self, t);
  }
  bool exception = is_exception_layout(t);
  Attributes* attributes = attributes_of(self.object());
  if (attributes != nullptr) {
    Value v = attributes_get(attributes, name);
    if (!v.is_null()) return v;
  } else if (exception && self.as<BaseException>()->dict != nullptr) {
    Value v = dict_get_str(vm, self.as<BaseException>()->dict, name);
    if (!v.is_null()) return v;
  }
  if (attr.is_null() && is_dunder_name(name)) {
    if (str_equals_ascii(name, "__class__")) return Value::from_object(t);
    bool has_dict = (static_cast<UserType*>(t)->class_flags & kClassHasDict) != 0;
    if (attributes != nullptr && has_dict && str_equals_ascii(name, "__dict__")) {
      return attribute_dict_new(vm, self);
    }
  }
  if (!attr.is_null()) return bind_attribute(vm, attr, self, t);
  if (exception) {
    Value v = vm.types().base_exception->getattr(vm, self, name);
    if (!v.is_null() || raise_missing || !exception_matches(vm, vm.types().attribute_error)) {
      return v;
    }
    vm.clear_exception();
    return Value::null();
  }
  if (!raise_missing) return Value::null();
  return raise_attribute_error(vm, self, name);
}

// object.__getattribute__, then the class's __getattr__ hook.
Value getattr_with_hook(VM& vm, Value self, Str* name) {
  Type* t = type_of(vm, self);
  Value v = object_getattribute(vm, self, t, name, false);
  if (!v.is_null() || vm.has_exception()) return v;
  Value hook = lookup(vm, t, "__getattr__");
  if (hook.is_null()) return raise_attribute_error(vm, self, name);
  return call2(vm, hook, self, Value::from_object(name));
}

// Distinct from instance_getattr: the interpreter's fast path assumes the
// Instance layout for that one.
Value exception_getattr(VM& vm, Value self, Str* name) { return getattr_with_hook(vm, self, name); }
// Attributes the built-in layout computes in its getattr slot (int.real,
// float.imag, ...) come after the instance's own and the class's.
Value builtin_subclass_getattr(VM& vm, Value self, Str* name) {
  Type* t = type_of(vm, self);
  Value v = object_getattribute(vm, self, t, name, false);
  if (!v.is_null() || vm.has_exception()) return v;
  GetAttrFn layout_getattr = layout_of_user(t)->getattr;
  if (layout_getattr != nullptr) {
    v = layout_getattr(vm, self, name);
    if (!v.is_null() || !exception_matches(vm, vm.types().attribute_error)) return v;
    vm.clear_exception();
  }
  return getattr_with_hook(vm, self, name);
}

// The getattr slot of classes overriding __getattribute__.
Value slot_getattribute(VM& vm, Value self, Str* name) {
  Type* t = type_of(vm, self);
  Value r = call2(vm, lookup(vm, t, "__getattribute__"), self, Value::from_object(name));
  if (!r.is_null() || !exception_matches(vm, vm.types().attribute_error)) return r;
  Value hook = lookup(vm, t, "__getattr__");
  if (hook.is_null()) return r;
  vm.clear_exception();
  return call2(vm, hook, self, Value::from_object(name));
}

// The setattr slot of classes overriding __setattr__ or __delattr__.
int slot_setattr(VM& vm, Value self, Str* name, Value value) {
  Type* t = type_of(vm, self);
  Value method = lookup(vm, t, value.is_null() ? "__delattr__" : "__setattr__");
  if (native_of(vm, method) != nullptr) return generic_setattr(vm, self, name, value);
  Value r = value.is_null() ? call2(vm, method, self, Value::from_object(name))
                            : call3(vm, method, self, Value::from_object(name), value);
  return r.is_null() ? -1 : 0;
}

int assign_class(VM& vm, Value self, Value value) {
  if (value.is_null()) {
    raise_type_error(vm, "can't delete __class__ attribute");
    return -1;
  }
  if (!is_type_value(vm, value)) {
    raise_type_error(vm,
                     "__class__ must be set to a class, not '" + type_name(vm, value) + "' object");
    return -1;
  }
  Type* old_type = type_of(vm, self);
  Type* new_type = value.as<Type>();
  if (!is_user_class(new_type)) {
    raise_type_error(vm,
                     "__class__ assignment only supported for mutable types or ModuleType "
                     "subclasses");
    return -1;
  }
  auto* o = static_cast<UserType*>(old_type);
  auto* n = static_cast<UserType*>(new_type);
  bool same_layout = o->layout == n->layout && o->initial_shape == n->initial_shape &&
                     ((o->class_flags ^ n->class_flags) & kClassHasDict) == 0;
  if (!same_layout && !(is_exception_layout(o) && is_exception_layout(n))) {
    raise_type_error(vm, "__class__ assignment: '" + type_name_of_type(new_type) +
                             "' object layout differs from '" + type_name_of_type(old_type) + "'");
    return -1;
  }
  vm.store_ref(self.object(), &self.object()->type, new_type);
  return 0;
}

int assign_dict(VM& vm, Object* holder, Attributes* attributes, Value value) {
  if (value.is_null() || !is_dict(vm, value)) {
    raise_type_error(vm, value.is_null() ? std::string("cannot delete __dict__")
                                         : "__dict__ must be set to a dictionary, not a '" +
                                               type_name(vm, value) + "'");
    return -1;
  }
  gc::RootedValues items(vm.heap());
  int64_t pos = 0;
  Value key, item;
  while (dict_next(value.as<Dict>(), &pos, &key, &item)) {
    if (!key.is_object() || key.object()->type != vm.types().str) {
      raise(vm, vm.types().not_implemented_error,
            "pyvm supports only str keys in an instance __dict__");
      return -1;
    }
    items.push_back(key);
    items.push_back(item);
  }
  attributes_clear_dict(vm, holder, attributes);
  for (size_t i = 0; i < items.size(); i += 2) {
    attributes_set(vm, holder, attributes, vm.intern(items[i].as<Str>()), items[i + 1]);
  }
  return 0;
}

int missing_attribute(VM& vm, Value self, Str* name, bool read_only) {
  if (read_only) {
    raise(
        vm, vm.types().attribute_error,
        "'" + type_name(vm, self) + "' object attribute '" + str_to_utf8(name) + "' is read-only");
  } else {
    raise_attribute_error(vm, self, name);
  }
  return -1;
}

// ---- attributes of classes

// The attributes every class has through `type` (data descriptors of type in
// CPython); null when `name` is none of them. __dict__ is a live read-only
// mappingproxy over the class dict.
Value type_special_attribute(VM& vm, Type* cls, Str* name) {
  UserType* user = as_user_type(cls);
  if (str_equals_ascii(name, "__name__")) return Value::from_object(cls->name);
  if (str_equals_ascii(name, "__qualname__")) {
    return Value::from_object(user != nullptr ? user->qualname : cls->name);
  }
  if (str_equals_ascii(name, "__mro__")) return Value::from_object(cls->mro);
  if (str_equals_ascii(name, "__bases__")) {
    if (user != nullptr) return Value::from_object(user->bases);
    if (cls->base == nullptr) return Value::from_object(tuple_empty(vm));
    Value base = Value::from_object(cls->base);
    return Value::from_object(tuple_from(vm, &base, 1));
  }
  if (str_equals_ascii(name, "__base__")) {
    return cls->base == nullptr ? vm.none() : Value::from_object(cls->base);
  }
  if (str_equals_ascii(name, "__dict__"))
    return mappingproxy_new(vm, Value::from_object(cls->dict));
  if (str_equals_ascii(name, "__class__")) return Value::from_object(cls->type);
  if (str_equals_ascii(name, "__doc__")) {
    Value doc = dict_get_str(vm, cls->dict, name);
    return doc.is_null() ? vm.none() : bind_attribute(vm, doc, Value::null(), cls);
  }
  if (str_equals_ascii(name, "__module__")) {
    // Native types made by native modules keep their module in their dict
    // (runtime/native_type.cpp), as CPython's C types name theirs.
    Value module = dict_get_str(vm, cls->dict, name);
    return module.is_null() ? Value::from_object(vm.intern("builtins")) : module;
  }
  return Value::null();
}

// type.__getattribute__: null without an exception when missing and
// `raise_missing` is false.
Value class_getattribute(VM& vm, Value self, Str* name, bool raise_missing) {
  Type* cls = self.as<Type>();
  Type* meta = type_of(vm, self);
  Value meta_attr;
  if (is_user_class(meta)) {
    meta_attr = type_lookup(vm, meta, name);
    if (!meta_attr.is_null() && descriptor_kind(vm, meta_attr) == DescriptorKind::kData) {
      return bind_attribute(vm, meta_attr, self, meta);
    }
  }
  if (is_dunder_name(name)) {
    Value special = type_special_attribute(vm, cls, name);
    if (!special.is_null()) return special;
  }
  Value found = type_lookup(vm, cls, name);
  if (!found.is_null()) return bind_attribute(vm, found, Value::null(), cls);
  if (meta_attr.is_null()) meta_attr = type_lookup(vm, meta, name);
  if (!meta_attr.is_null()) return bind_attribute(vm, meta_attr, self, meta);
  if (is_dunder_name(name) && is_user_class(cls) && layout_of_user(cls) == vm.types().object) {
    Value fallback = object_compare_dunder(vm, name);  // object.__eq__ / object.__ne__
    if (!fallback.is_null()) return fallback;
  }
  if (!raise_missing) return Value::null();
  return raise(
      vm, vm.types().attribute_error,
      "type object '" + type_name_of_type(cls) + "' has no attribute '" + str_to_utf8(name) + "'");
}

void install_slots(VM& vm, UserType* cls);

// Re-derives the dispatch slots of `cls` and of every class below it (after a
// dunder was assigned or deleted on `cls`).
void refresh_slots(VM& vm, UserType* cls) {
  install_slots(vm, cls);
  if (cls->subclasses == nullptr) return;
  for (int64_t i = 0; i < cls->subclasses->length; ++i) {
    refresh_slots(vm, cls->subclasses->items[i].as<UserType>());
  }
}

int set_type_special(VM& vm, Type* cls, Str* name, Value value, bool* handled) {
  *handled = false;
  bool is_name = str_equals_ascii(name, "__name__");
  bool is_qualname = str_equals_ascii(name, "__qualname__");
  if (!is_name && !is_qualname) {
    if (str_equals_ascii(name, "__mro__") || str_equals_ascii(name, "__base__")) {
      *handled = true;
      raise(vm, vm.types().attribute_error, "readonly attribute");
      return -1;
    }
    // Assigning a class the bases it already has changes nothing
    // (typing.NamedTuple does it); other __bases__ assignments are refused.
    if (str_equals_ascii(name, "__bases__") && is_user_class(cls) && !value.is_null()) {
      int same = equals(vm, value, Value::from_object(as_user_type(cls)->bases));
      if (same < 0) return -1;
      if (same) {
        *handled = true;
        return 0;
      }
    }
    for (const char* ro : {"__dict__", "__bases__", "__class__"}) {
      if (!str_equals_ascii(name, ro)) continue;
      *handled = true;
      raise(vm, vm.types().attribute_error,
            "attribute '" + std::string(ro) + "' of 'type' objects is not writable");
      return -1;
    }
    return 0;
  }
  *handled = true;
  if (value.is_null() || value.is_small_int() || value.object()->type != vm.types().str) {
    raise_type_error(vm, "can only assign string to " + type_name_of_type(cls) + "." +
                             str_to_utf8(name) + ", not '" +
                             (value.is_null() ? std::string("NoneType") : type_name(vm, value)) +
                             "'");
    return -1;
  }
  auto* user = static_cast<UserType*>(cls);
  if (is_name) {
    vm.store_ref(cls, &cls->name, value.as<Str>());
  } else {
    vm.store_ref(cls, &user->qualname, value.as<Str>());
  }
  return 0;
}

Value class_getitem(VM& vm, Value self, Value key) {
  Type* cls = self.as<Type>();
  if (cls == vm.types().type) return generic_alias_new(vm, self, key);  // type[int]
  Value hook = type_lookup(vm, cls, vm.intern("__class_getitem__"));
  if (hook.is_null()) {
    return raise_type_error(vm, "type '" + type_name_of_type(cls) + "' is not subscriptable");
  }
  Value bound = bind_attribute(vm, hook, Value::null(), cls);
  if (bound.is_null()) return bound;
  return call_positional(vm, bound, &key, 1);
}

}  // namespace

Value generic_getattribute(VM& vm, Value self, Str* name) {
  Type* t = type_of(vm, self);
  if (!is_user_class(t)) return get_attr(vm, self, name);
  if (is_type_layout(t)) return class_getattribute(vm, self, name, true);
  return object_getattribute(vm, self, t, name, true);
}

Value instance_getattr(VM& vm, Value self, Str* name) { return getattr_with_hook(vm, self, name); }

int generic_setattr(VM& vm, Value self, Str* name, Value value) {
  Type* t = type_of(vm, self);
  if (!is_user_class(t)) return set_attr(vm, self, name, value);
  if (is_type_layout(t)) return class_setattr(vm, self, name, value);
  Value attr = type_lookup(vm, t, name);
  if (!attr.is_null() && descriptor_kind(vm, attr) == DescriptorKind::kData) {
    return descriptor_set(vm, attr, self, value);
  }
  if (is_dunder_name(name) && str_equals_ascii(name, "__class__")) {
    return assign_class(vm, self, value);
  }
  if (is_exception_layout(t)) return vm.types().base_exception->setattr(vm, self, name, value);
  if ((static_cast<UserType*>(t)->class_flags & kClassHasDict) == 0) {
    return missing_attribute(vm, self, name, !attr.is_null());
  }
  Object* holder = self.object();
  Attributes* attributes = attributes_of(holder);
  if (attributes == nullptr) {
    raise(vm, vm.types().not_implemented_error,
          "pyvm does not support attributes on instances of subclasses of '" +
              type_name_of_type(static_cast<UserType*>(t)->layout) + "'");
    return -1;
  }
  if (is_dunder_name(name) && str_equals_ascii(name, "__dict__")) {
    return assign_dict(vm, holder, attributes, value);
  }
  name = vm.intern(name);
  if (!value.is_null()) {
    attributes_set(vm, holder, attributes, name, value);
    return 0;
  }
  if (attributes_delete(vm, holder, attributes, name) == 1) return 0;
  return missing_attribute(vm, self, name, false);
}

Value class_getattr(VM& vm, Value self, Str* name) {
  Value v = class_getattribute(vm, self, name, false);
  if (!v.is_null() || vm.has_exception()) return v;
  Type* meta = type_of(vm, self);
  Value hook = is_user_class(meta) ? lookup(vm, meta, "__getattr__") : Value::null();
  if (!hook.is_null()) return call2(vm, hook, self, Value::from_object(name));
  return class_getattribute(vm, self, name, true);
}

int class_setattr(VM& vm, Value self, Str* name, Value value) {
  Type* cls = self.as<Type>();
  if (!is_user_class(cls)) {
    raise_type_error(vm, "cannot set '" + str_to_utf8(name) + "' attribute of immutable type '" +
                             type_name_of_type(cls) + "'");
    return -1;
  }
  Type* meta = type_of(vm, self);
  if (is_user_class(meta)) {
    Value meta_attr = type_lookup(vm, meta, name);
    if (!meta_attr.is_null() && descriptor_kind(vm, meta_attr) == DescriptorKind::kData) {
      return descriptor_set(vm, meta_attr, self, value);
    }
  }
  bool dunder = is_dunder_name(name);
  if (dunder) {
    bool handled = false;
    int r = set_type_special(vm, cls, name, value, &handled);
    if (handled) return r;
  }
  if (value.is_null()) {
    int removed = dict_del(vm, cls->dict, Value::from_object(name));
    if (removed == 0) {
      raise(vm, vm.types().attribute_error,
            "type object '" + type_name_of_type(cls) + "' has no attribute '" + str_to_utf8(name) +
                "'");
    }
    if (removed <= 0) return -1;
  } else {
    dict_set_str(vm, cls->dict, vm.intern(name), value);
  }
  type_modified(vm, cls);
  if (dunder) refresh_slots(vm, static_cast<UserType*>(cls));
  return 0;
}

void type_modified(VM& vm, Type* type) {
  type->version = vm.next_type_version++;
  UserType* user = as_user_type(type);
  if (user == nullptr || user->subclasses == nullptr) return;
  for (int64_t i = 0; i < user->subclasses->length; ++i) {
    type_modified(vm, user->subclasses->items[i].as<Type>());
  }
}

namespace {

Value instance_repr(VM& vm, Value self) {
  char address[32];
  std::snprintf(address, sizeof(address), "%p", static_cast<void*>(self.object()));
  return Value::from_object(str_from_utf8(
      vm, "<" + qualified_type_name(vm, type_of(vm, self)) + " object at " + address + ">"));
}

// ---- construction: object.__new__, object.__init__ and type.__call__

Value object_new(VM& vm, CallArgs args);
Value object_init(VM& vm, CallArgs args);

bool is_native(VM& vm, Value v, NativeFn fn) {
  NativeFunction* native = native_of(vm, v);
  return native != nullptr && native->fn == fn;
}

bool has_arguments(CallArgs args) { return args.npos > 0 || keyword_count(args) > 0; }

// A fresh instance of `cls` in its layout; `args` are the constructor's
// arguments (an exception keeps them as its args).
Value allocate_instance(VM& vm, Type* cls, CallArgs args) {
  UserType* user = as_user_type(cls);
  if (user == nullptr || is_type_layout(cls)) {
    if (cls == vm.types().object) return Value::from_object(vm.allocate(cls, sizeof(Object)));
    std::string name = type_name_of_type(cls);
    std::string real = user != nullptr ? "type" : name;
    return raise_type_error(vm,
                            "object.__new__(" + name + ") is not safe, use " + real + ".__new__()");
  }
  if (is_exception_layout(cls)) {
    return exception_new(vm, cls, tuple_from(vm, args.args, static_cast<int64_t>(args.npos)));
  }
  if (!check_not_abstract(vm, cls)) return Value::null();
  if (user->layout != vm.types().object) {
    return raise_type_error(vm, "object.__new__(" + type_name_of_type(cls) + ") is not safe, use " +
                                    type_name_of_type(user->layout) + ".__new__()");
  }
  return Value::from_object(instance_new(vm, cls, user->initial_shape));
}

// type.__call__(cls, *args, **kwargs): __new__, then __init__ of the result's
// type when the result is an instance of cls. The construct slot of every
// user class (metaclasses included).
Value user_construct(VM& vm, Type* cls, CallArgs args) {
  UserType* user = as_user_type(cls);
  bool default_new = user != nullptr ? (user->class_flags & kClassObjectNew) != 0
                                     : is_native(vm, lookup(vm, cls, "__new__"), object_new);
  Value self;
  if (default_new) {
    bool default_init = user != nullptr ? (user->class_flags & kClassObjectInit) != 0
                                        : is_native(vm, lookup(vm, cls, "__init__"), object_init);
    if (has_arguments(args) && default_init) {
      return raise_type_error(vm, type_name_of_type(cls) + "() takes no arguments");
    }
    self = allocate_instance(vm, cls, args);
  } else {
    Value new_method = lookup(vm, cls, "__new__");
    bool unused = false;
    Value f = unwrap_method_descriptor(vm, new_method, Value::null(), cls, &unused);
    self = call_prepending(vm, f, Value::from_object(cls), args);
    if (self.is_null() || !is_instance_of(vm, self, cls)) return self;
  }
  if (self.is_null()) return self;
  note_new_instance(vm, self);  // __del__ (runtime/finalizers.h)
  UserType* self_type = as_user_type(type_of(vm, self));
  if (self_type != nullptr && (self_type->class_flags & kClassObjectInit) != 0) return self;
  Value init = lookup(vm, type_of(vm, self), "__init__");
  if (init.is_null() || is_native(vm, init, object_init)) return self;
  Value r = call_prepending(vm, init, self, args);
  if (r.is_null()) return r;
  if (r != vm.none()) {
    return raise_type_error(vm, "__init__() should return None, not '" + type_name(vm, r) + "'");
  }
  return self;
}

// object.__new__(cls, *args, **kwargs)
Value object_new(VM& vm, CallArgs args) {
  if (args.npos == 0) return raise_type_error(vm, "object.__new__(): not enough arguments");
  Value cls = args.args[0];
  if (!is_type_value(vm, cls)) {
    return raise_type_error(
        vm, "object.__new__(X): X is not a type object (" + type_name(vm, cls) + ")");
  }
  Type* t = cls.as<Type>();
  CallArgs rest{args.args + 1, args.npos - 1, args.kwnames};
  if (has_arguments(rest)) {
    if (!is_native(vm, lookup(vm, t, "__new__"), object_new)) {
      return raise_type_error(
          vm, "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (is_native(vm, lookup(vm, t, "__init__"), object_init)) {
      return raise_type_error(vm, type_name_of_type(t) + "() takes no arguments");
    }
  }
  return allocate_instance(vm, t, rest);
}

// object.__init__(self, *args, **kwargs)
Value object_init(VM& vm, CallArgs args) {
  if (args.npos > 1 || keyword_count(args) > 0) {
    Type* t = type_of(vm, args.args[0]);
    if (!is_native(vm, lookup(vm, t, "__init__"), object_init)) {
      return raise_type_error(
          vm, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    if (is_native(vm, lookup(vm, t, "__new__"), object_new)) {
      return raise_type_error(vm, type_name_of_type(t) +
                                      ".__init__() takes exactly one argument (the instance "
                                      "to initialize)");
    }
  }
  return vm.none();
}

Value object_init_subclass(VM& vm, CallArgs args) {
  if (keyword_count(args) > 0) {
    Type* cls = args.args[0].as<Type>();
    UserType* user = as_user_type(cls);
    std::string name = str_to_utf8(user != nullptr ? user->qualname : cls->name);
    return raise_type_error(vm, name + ".__init_subclass__() takes no keyword arguments");
  }
  return vm.none();
}

Value object_getattribute_native(VM& vm, CallArgs args) {
  Value name = args.args[1];
  if (!name.is_object() || name.object()->type != vm.types().str) {
    return raise_type_error(vm, "attribute name must be string, not '" + type_name(vm, name) + "'");
  }
  return generic_getattribute(vm, args.args[0], name.as<Str>());
}

Value object_setattr_native(VM& vm, CallArgs args) {
  Value name = args.args[1];
  if (!name.is_object() || name.object()->type != vm.types().str) {
    return raise_type_error(vm, "attribute name must be string, not '" + type_name(vm, name) + "'");
  }
  Value value = args.npos > 2 ? args.args[2] : Value::null();
  if (generic_setattr(vm, args.args[0], name.as<Str>(), value) < 0) return Value::null();
  return vm.none();
}

Dict* keywords_to_dict(VM& vm, CallArgs args) {
  size_t n = keyword_count(args);
  if (n == 0) return nullptr;
  Dict* d = dict_new(vm);
  for (size_t i = 0; i < n; ++i) {
    dict_set_str(vm, d, args.kwnames->at(static_cast<int64_t>(i)).as<Str>(),
                 args.args[args.npos + i]);
  }
  return d;
}

Type* winning_metaclass(VM& vm, Type* meta, Tuple* bases);

// As CPython does, type.__new__(meta, name, bases, ns, **kw) whose bases
// have a more derived metaclass with its own __new__ hands the call to that
// __new__ (`type(name, (SomeEnum,), ns, boundary=...)` in enum.py). Sets
// *result to its result (null when not delegated); false on error.
bool delegate_to_winning_new(VM& vm, Type* meta, CallArgs args, Value* result) {
  *result = Value::null();
  Type* winner = winning_metaclass(vm, meta, args.args[2].as<Tuple>());
  if (winner == nullptr) return false;
  if (winner == meta) return true;
  Str* name = vm.intern("__new__");
  Value own = type_lookup(vm, winner, name);
  if (own.is_null() || own == type_lookup(vm, vm.types().type, name)) return true;
  Value fn = bind_attribute(vm, own, Value::null(), winner);
  if (fn.is_null()) return false;
  gc::RootedValues values(vm.heap());
  size_t total = args.npos + keyword_count(args);
  for (size_t i = 0; i < total; ++i) values.push_back(args.args[i]);
  values[0] = Value::from_object(winner);
  *result = call(vm, fn, CallArgs{values.data(), args.npos, args.kwnames});
  return !result->is_null();
}

// type.__new__(metaclass, name, bases, namespace, **kwargs)
Value type_new(VM& vm, CallArgs args) {
  if (args.npos == 0 || !is_type_value(vm, args.args[0])) {
    return raise_type_error(vm, "type.__new__(X): X is not a type object");
  }
  Type* meta = args.args[0].as<Type>();
  if (args.npos == 2 && meta == vm.types().type && keyword_count(args) == 0) {
    return Value::from_object(type_of(vm, args.args[1]));
  }
  if (args.npos != 4) {
    return raise_type_error(vm, "type.__new__() takes exactly 3 arguments (" +
                                    std::to_string(args.npos - 1) + " given)");
  }
  static const char* const kWanted[] = {"str", "tuple", "dict"};
  Type* const types[] = {vm.types().str, vm.types().tuple, vm.types().dict};
  for (int i = 0; i < 3; ++i) {
    Value v = args.args[i + 1];
    if (!is_instance_of(vm, v, types[i])) {
      return raise_type_error(vm, "type.__new__() argument " + std::to_string(i + 1) + " must be " +
                                      kWanted[i] + ", not " + type_name(vm, v));
    }
  }
  Value delegated;
  if (!delegate_to_winning_new(vm, meta, args, &delegated)) return Value::null();
  if (!delegated.is_null()) return delegated;
  return create_class(vm, meta, args.args[1].as<Str>(), args.args[2].as<Tuple>(),
                      args.args[3].as<Dict>(), keywords_to_dict(vm, args));
}

Value type_init(VM& vm, CallArgs args) {
  if (args.npos != 2 && args.npos != 4) {
    return raise_type_error(vm, "type.__init__() takes 1 or 3 arguments");
  }
  return vm.none();
}

Value type_call_native(VM& vm, CallArgs args) {
  Value cls = args.args[0];
  if (!is_type_value(vm, cls)) {
    return raise_type_error(vm, "descriptor '__call__' requires a 'type' object but received a '" +
                                    type_name(vm, cls) + "'");
  }
  // The construction protocol itself, not the metaclass's call slot (which
  // is what usually calls here, through super().__call__).
  Type* t = cls.as<Type>();
  if (t->construct == nullptr) {
    return raise_type_error(vm, "cannot create '" + type_name_of_type(t) + "' instances");
  }
  return t->construct(vm, t, CallArgs{args.args + 1, args.npos - 1, args.kwnames});
}

Value type_prepare(VM& vm, CallArgs) { return Value::from_object(dict_new(vm)); }

Value type_instancecheck(VM& vm, CallArgs args) {
  return vm.bool_value(is_instance_of(vm, args.args[1], args.args[0].as<Type>()));
}

Value type_subclasscheck(VM& vm, CallArgs args) {
  if (!is_type_value(vm, args.args[1])) {
    return raise_type_error(vm, "issubclass() arg 1 must be a class");
  }
  return vm.bool_value(is_subtype(args.args[1].as<Type>(), args.args[0].as<Type>()));
}

Value type_subclasses(VM& vm, CallArgs args) {
  UserType* user = as_user_type(args.args[0].as<Type>());
  List* out = list_new(vm);
  if (user == nullptr || user->subclasses == nullptr) return Value::from_object(out);
  for (int64_t i = 0; i < user->subclasses->length; ++i) {
    list_append(vm, out, user->subclasses->items[i]);
  }
  return Value::from_object(out);
}

Value type_mro(VM& vm, CallArgs args) {
  Tuple* mro = args.args[0].as<Type>()->mro;
  return Value::from_object(list_from(vm, mro->items(), mro->length));
}

// ---- C3 linearization

bool c3_merge(std::vector<std::vector<Type*>>& seqs, std::vector<Type*>* out) {
  for (;;) {
    bool any = false;
    for (auto& s : seqs) any = any || !s.empty();
    if (!any) return true;
    Type* candidate = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      Type* head = s.front();
      bool in_tail = false;
      for (auto& other : seqs) {
        for (size_t i = 1; i < other.size(); ++i) in_tail = in_tail || other[i] == head;
      }
      if (!in_tail) {
        candidate = head;
        break;
      }
    }
    if (candidate == nullptr) return false;
    out->push_back(candidate);
    for (auto& s : seqs) {
      if (!s.empty() && s.front() == candidate) s.erase(s.begin());
    }
  }
}

Value compute_mro(VM& vm, Type* cls, Tuple* bases) {
  std::vector<std::vector<Type*>> seqs;
  std::vector<Type*> base_list;
  for (int64_t i = 0; i < bases->length; ++i) {
    Type* b = bases->at(i).as<Type>();
    std::vector<Type*> mro;
    for (int64_t j = 0; j < b->mro->length; ++j) mro.push_back(b->mro->at(j).as<Type>());
    seqs.push_back(mro);
    base_list.push_back(b);
  }
  seqs.push_back(base_list);
  std::vector<Type*> out{cls};
  if (!c3_merge(seqs, &out)) {
    // Like CPython, name the distinct heads of the sequences left unmerged.
    std::string names;
    std::vector<Type*> heads;
    for (auto& s : seqs) {
      if (s.empty() || std::find(heads.begin(), heads.end(), s.front()) != heads.end()) continue;
      names += (heads.empty() ? "" : ", ") + type_name_of_type(s.front());
      heads.push_back(s.front());
    }
    return raise_type_error(vm,
                            "Cannot create a consistent method resolution\norder (MRO) for "
                            "bases " +
                                names);
  }
  std::vector<Value> values;
  for (Type* t : out) values.push_back(Value::from_object(t));
  return Value::from_object(tuple_from(vm, values.data(), static_cast<int64_t>(values.size())));
}

// Points each slot of `cls` at the dunder dispatcher when a class of its MRO
// defines the dunder in Python; otherwise keeps the built-in layout's slot.
void install_slots(VM& vm, UserType* cls) {
  Type* layout = cls->layout;
  bool instance_layout = layout == vm.types().object;
  auto has = [&](const char* name) { return overrides(vm, cls, name); };
  cls->repr = has("__repr__") ? slot_repr : instance_layout ? instance_repr : layout->repr;
  // int and float print with their repr: a __repr__ override shows in str() too.
  bool str_is_repr = layout->str == layout->repr && has("__repr__");
  cls->str = has("__str__") ? slot_str : str_is_repr ? nullptr : layout->str;
  cls->hash = slot_hash;
  cls->richcompare = slot_richcompare;
  cls->binary = slot_binary;
  cls->inplace = slot_inplace;
  cls->unary = slot_unary;
  cls->truth = slot_truth;
  cls->length = has("__len__") ? slot_length : layout->length;
  cls->getitem = has("__getitem__") ? slot_getitem : layout->getitem;
  cls->setitem = has("__setitem__") || has("__delitem__") ? slot_setitem : layout->setitem;
  cls->contains = has("__contains__") ? slot_contains : layout->contains;
  cls->iter = has("__iter__") ? slot_iter : layout->iter;
  cls->next = has("__next__") ? slot_next : layout->next;
  cls->call = has("__call__") ? slot_call : layout->call;
  if (has("__getattribute__")) {
    cls->getattr = slot_getattribute;
  } else {
    cls->getattr = is_type_layout(cls)        ? class_getattr
                   : is_exception_layout(cls) ? exception_getattr
                   : instance_layout          ? instance_getattr
                                              : builtin_subclass_getattr;
  }
  bool custom_set = has("__setattr__") || has("__delattr__");
  cls->setattr = custom_set ? slot_setattr : is_type_layout(cls) ? class_setattr : generic_setattr;
  cls->construct = user_construct;
  cls->class_flags &= ~(kClassObjectNew | kClassObjectInit);
  if (is_native(vm, lookup(vm, cls, "__new__"), object_new)) cls->class_flags |= kClassObjectNew;
  if (is_native(vm, lookup(vm, cls, "__init__"), object_init)) cls->class_flags |= kClassObjectInit;
}

// The most derived metaclass among `meta` and the metaclasses of `bases`.
Type* winning_metaclass(VM& vm, Type* meta, Tuple* bases) {
  Type* winner = meta;
  for (int64_t i = 0; i < bases->length; ++i) {
    Type* base_meta = type_of(vm, bases->at(i));
    if (is_subtype(winner, base_meta)) continue;
    if (is_subtype(base_meta, winner)) {
      winner = base_meta;
      continue;
    }
    raise_type_error(vm,
                     "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                     "subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

// The built-in base fixing the instance layout of a class with `base`.
Type* layout_of(VM& vm, Type* base) {
  if (UserType* user = as_user_type(base)) return user->layout;
  if (is_exception_layout(base)) return base;
  if (is_subtype(base, vm.types().type)) return vm.types().type;
  return base;
}

// What a class's bases decide about its instances.
struct BaseLayout {
  Type* layout = nullptr;     // the built-in layout base
  UserType* slots = nullptr;  // the base whose __slots__ entries instances carry
  bool has_dict = false;      // some base gives instances a __dict__
};

bool merge_layouts(VM& vm, Tuple* bases, BaseLayout* out) {
  out->layout = vm.types().object;
  for (int64_t i = 0; i < bases->length; ++i) {
    Type* base = bases->at(i).as<Type>();
    Type* layout = layout_of(vm, base);
    bool compatible = is_subtype(out->layout, layout) ||
                      (is_exception_layout(layout) && is_exception_layout(out->layout));
    if (is_subtype(layout, out->layout)) {
      out->layout = layout;
    } else if (!compatible) {
      raise_type_error(vm, "multiple bases have instance lay-out conflict");
      return false;
    }
    UserType* user = as_user_type(base);
    if (user == nullptr) continue;
    out->has_dict = out->has_dict || (user->class_flags & kClassHasDict) != 0;
    if (user->initial_shape->fixed == 0) continue;
    if (out->slots != nullptr && out->slots->initial_shape != user->initial_shape) {
      raise_type_error(vm, "multiple bases have instance lay-out conflict");
      return false;
    }
    out->slots = user;
  }
  return true;
}

// "__x" inside class C names "_C__x" (as the compiler mangles private names).
Str* mangle(VM& vm, Str* cls_name, Str* name) {
  std::string n = str_to_utf8(name);
  if (n.size() < 3 || n.compare(0, 2, "__") != 0 || n.compare(n.size() - 2, 2, "__") == 0) {
    return vm.intern(name);
  }
  std::string c = str_to_utf8(cls_name);
  size_t start = c.find_first_not_of('_');
  if (start == std::string::npos) return vm.intern(name);
  return vm.intern("_" + c.substr(start) + n);
}

// Reads `__slots__` from the namespace: the entry names (mangled), and
// whether '__dict__' is among them. False with an exception on error.
bool read_slots(VM& vm, Str* cls_name, Value spec, Dict* ns, std::vector<Str*>* names,
                bool* wants_dict) {
  gc::RootedValues items(vm.heap());
  if (spec.is_object() && spec.object()->type == vm.types().str) {
    items.push_back(spec);
  } else {
    Value it = get_iter(vm, spec);
    if (it.is_null()) return false;
    for (Value v = iter_next(vm, it); !v.is_null(); v = iter_next(vm, it)) items.push_back(v);
    if (vm.has_exception()) return false;
  }
  for (Value v : items) {
    if (!v.is_object() || v.object()->type != vm.types().str) {
      raise_type_error(vm, "__slots__ items must be strings, not '" + type_name(vm, v) + "'");
      return false;
    }
    Str* name = v.as<Str>();
    if (str_equals_ascii(name, "__dict__")) {
      *wants_dict = true;
      continue;
    }
    if (str_equals_ascii(name, "__weakref__")) continue;
    if (!dict_get_str(vm, ns, name).is_null()) {
      raise(vm, vm.types().value_error,
            "'" + str_to_utf8(name) + "' in __slots__ conflicts with class variable");
      return false;
    }
    names->push_back(mangle(vm, cls_name, name));
  }
  return true;
}

// Copies the class body's namespace into the class dict: __qualname__ and
// __classcell__ are taken out, __new__ becomes a staticmethod and
// __init_subclass__ / __class_getitem__ classmethods (as CPython does).
bool fill_class_dict(VM& vm, UserType* cls, Dict* ns, Dict* dict) {
  int64_t pos = 0;
  Value key, value;
  while (dict_next(ns, &pos, &key, &value)) {
    if (!key.is_object() || key.object()->type != vm.types().str) {
      if (dict_set(vm, dict, key, value) < 0) return false;
      continue;
    }
    Str* name = key.as<Str>();
    if (str_equals_ascii(name, "__classcell__")) continue;
    if (str_equals_ascii(name, "__qualname__")) {
      if (!value.is_object() || value.object()->type != vm.types().str) {
        raise_type_error(vm, "type __qualname__ must be a str, not " + type_name(vm, value));
        return false;
      }
      vm.store_ref(cls, &cls->qualname, value.as<Str>());
      continue;
    }
    bool is_function = value.is_object() && value.object()->type == vm.types().function;
    Type* wrapper = nullptr;
    if (is_function && str_equals_ascii(name, "__new__")) wrapper = vm.types().staticmethod;
    if (is_function && (str_equals_ascii(name, "__init_subclass__") ||
                        str_equals_ascii(name, "__class_getitem__"))) {
      wrapper = vm.types().classmethod;
    }
    if (wrapper != nullptr) {
      auto* w = static_cast<MethodWrapper*>(vm.allocate(wrapper, sizeof(MethodWrapper)));
      vm.store(w, &w->function, value);
      value = Value::from_object(w);
    }
    dict_set_str(vm, dict, vm.intern(name), value);
  }
  return true;
}

// An instance of a user subclass of a fixed-size built-in type: the built-in
// layout, then the Attributes.
void trace_builtin_subclass(Object* self, Tracer& tracer) {
  static_cast<UserType*>(self->type)->layout->trace(self, tracer);
  trace_attributes(attributes_of(self), tracer);
}

// Built-in layouts that user subclasses extend with Attributes: fixed-size,
// and allocated with the subclass's instance size.
bool has_attribute_tail(VM& vm, const Type* layout) {
  const auto& t = vm.types();
  return layout == t.list || layout == t.dict || layout == t.set || layout == t.frozenset ||
         layout == t.int_ || layout == t.float_ || (layout->flags & kTypeAttributeTail) != 0;
}

// Built-in layouts with inline variable-size data whose user subclasses keep
// their Attributes after that data (see kAttributesAfterData).
bool has_variable_attribute_tail(VM& vm, const Type* layout) {
  return layout == vm.types().str || layout == vm.types().tuple || layout == vm.types().bytes;
}

size_t align_to_word(size_t bytes) { return (bytes + 7) & ~size_t{7}; }

// Gives the class its layout fields: instance size, tracing, __slots__
// descriptors and the initial shape of its instances.
bool set_layout(VM& vm, UserType* cls, const BaseLayout& bases, Dict* ns) {
  Type* layout = bases.layout;
  vm.store_ref(cls, &cls->layout, layout);
  std::vector<Str*> names;
  bool wants_dict = false;
  Value spec = dict_get_str(vm, ns, vm.intern("__slots__"));
  if (!spec.is_null() && !read_slots(vm, cls->name, spec, ns, &names, &wants_dict)) return false;
  bool instance_layout = layout == vm.types().object;
  bool builtin_layout = has_attribute_tail(vm, layout);
  bool variable_layout = has_variable_attribute_tail(vm, layout);
  if (!names.empty() && !instance_layout && !builtin_layout && !variable_layout) {
    raise(vm, vm.types().not_implemented_error,
          "pyvm does not support non-empty __slots__ in subclasses of '" +
              type_name_of_type(layout) + "'");
    return false;
  }
  if (spec.is_null() || wants_dict || bases.has_dict) cls->class_flags |= kClassHasDict;
  Shape* base_shape = bases.slots != nullptr ? bases.slots->initial_shape : root_shape(vm);
  Shape* initial = names.empty() ? base_shape
                                 : slots_shape(vm, bases.slots != nullptr ? base_shape : nullptr,
                                               names.data(), static_cast<int64_t>(names.size()));
  vm.store_ref(cls, &cls->initial_shape, initial);
  for (size_t i = 0; i < names.size(); ++i) {
    int64_t index = base_shape->fixed + static_cast<int64_t>(i);
    MemberDescriptor* member = member_descriptor_new(vm, names[i], cls, index);
    dict_set_str(vm, cls->dict, names[i], Value::from_object(member));
  }
  if (is_exception_layout(layout)) {
    cls->flags |= kTypeBaseException;
  } else if (layout == vm.types().type) {
    cls->flags |= kTypeTypeSubclass;
  }
  cls->flags |= layout->flags & (kTypeIntSubclass | kTypeStrSubclass | kTypeTupleSubclass |
                                 kTypeListSubclass | kTypeDictSubclass);
  if (instance_layout) {
    cls->attributes_offset = sizeof(Object);  // Instance::attributes follows the header
    cls->instance_size = sizeof(Instance);
    cls->trace = trace_instance;  // slots in the object or an owned storage cell: no finalizer
  } else if (builtin_layout) {
    cls->attributes_offset = layout->instance_size;
    cls->instance_size = layout->instance_size + sizeof(Attributes);
    cls->trace = trace_builtin_subclass;
    cls->finalize = layout->finalize;  // the Attributes own only a storage cell
    cls->trace_range = layout->trace_range;
  } else if (variable_layout) {
    cls->attributes_offset = kAttributesAfterData;  // placed by place_attribute_tail
    cls->instance_size = layout->instance_size;
    cls->trace = trace_builtin_subclass;
    cls->finalize = layout->finalize;
  } else {
    cls->instance_size = layout->instance_size;
    cls->trace = layout->trace;
    cls->finalize = layout->finalize;
    cls->trace_range = layout->trace_range;
  }
  return true;
}

void register_subclass(VM& vm, Tuple* bases, UserType* cls) {
  for (int64_t i = 0; i < bases->length; ++i) {
    UserType* base = as_user_type(bases->at(i).as<Type>());
    if (base == nullptr) continue;
    if (base->subclasses == nullptr) vm.store_ref(base, &base->subclasses, list_new(vm));
    list_append(vm, base->subclasses, Value::from_object(cls));
  }
}

// Calls __set_name__(cls, name) on every class attribute whose type has one.
bool call_set_names(VM& vm, UserType* cls) {
  gc::RootedValues items(vm.heap());
  int64_t pos = 0;
  Value key, value;
  while (dict_next(cls->dict, &pos, &key, &value)) {
    bool native_descriptor =
        value.is_object() && (value.object()->type->flags & kTypeNativeDescriptor) != 0;
    if (!value.is_object() || (!is_user_class(value.object()->type) && !native_descriptor)) {
      continue;
    }
    items.push_back(key);
    items.push_back(value);
  }
  Str* set_name = vm.intern("__set_name__");
  for (size_t i = 0; i < items.size(); i += 2) {
    Value hook = type_lookup(vm, type_of(vm, items[i + 1]), set_name);
    if (hook.is_null()) continue;
    if (call3(vm, hook, items[i + 1], Value::from_object(cls), items[i]).is_null()) {
      // As CPython 3.11 does: a RuntimeError naming the attribute, caused by
      // the original exception.
      Value cause = vm.take_exception();
      std::string message = "Error calling __set_name__ on '" + type_name(vm, items[i + 1]) +
                            "' instance '" + str_to_utf8(items[i].as<Str>()) + "' in '" +
                            type_name_of_type(cls) + "'";
      Value text = Value::from_object(str_from_utf8(vm, message));
      Value error = exception_new(vm, vm.types().runtime_error, tuple_from(vm, &text, 1));
      auto* exc = error.as<BaseException>();
      vm.store(exc, &exc->cause, cause);
      exc->suppress_context = 1;
      vm.set_exception(error);
      return false;
    }
  }
  return true;
}

// super(cls, cls).__init_subclass__(**kwargs)
bool call_init_subclass(VM& vm, UserType* cls, Dict* kwargs) {
  Str* name = vm.intern("__init_subclass__");
  Value hook;
  for (int64_t i = 1; i < cls->mro->length && hook.is_null(); ++i) {
    Dict* d = cls->mro->at(i).as<Type>()->dict;
    if (d != nullptr) hook = dict_get_str(vm, d, name);
  }
  if (hook.is_null()) return true;
  Value bound = bind_attribute(vm, hook, Value::null(), cls);
  if (bound.is_null()) return false;
  gc::RootedValues values(vm.heap());
  std::vector<Value> keys;
  int64_t pos = 0;
  Value key, value;
  while (kwargs != nullptr && dict_next(kwargs, &pos, &key, &value)) {
    keys.push_back(key);
    values.push_back(value);
  }
  Tuple* kwnames =
      keys.empty() ? nullptr : tuple_from(vm, keys.data(), static_cast<int64_t>(keys.size()));
  return !call(vm, bound, CallArgs{values.data(), 0, kwnames}).is_null();
}

bool check_bases(VM& vm, Tuple* bases) {
  for (int64_t i = 0; i < bases->length; ++i) {
    Value b = bases->at(i);
    if (!is_type_value(vm, b)) {
      raise_type_error(vm, "bases must be types");
      return false;
    }
    Type* bt = b.as<Type>();
    if ((bt->flags & kTypeAcceptsSubclasses) == 0) {
      raise_type_error(vm, "type '" + type_name_of_type(bt) + "' is not an acceptable base type");
      return false;
    }
  }
  return true;
}

void set_class_cell(VM& vm, Dict* ns, Value cls) {
  Value cell = dict_get_str(vm, ns, vm.intern("__classcell__"));
  if (cell.is_object() && cell.object()->type == vm.types().cell) {
    vm.store(cell.object(), &cell.as<Cell>()->contents, cls);
  }
}

// ---- __build_class__ and super

// The class namespace from metaclass.__prepare__(name, bases, **kwargs).
Value prepare_namespace(VM& vm, Value meta, Value name, Tuple* bases, CallArgs kw) {
  if (meta == Value::from_object(vm.types().type)) return Value::from_object(dict_new(vm));
  Value prepare = get_attr(vm, meta, vm.intern("__prepare__"));
  if (prepare.is_null()) {
    if (!exception_matches(vm, vm.types().attribute_error)) return prepare;
    vm.clear_exception();
    return Value::from_object(dict_new(vm));
  }
  gc::RootedValues all(vm.heap());
  all.push_back(name);
  all.push_back(Value::from_object(bases));
  for (size_t i = 0; i < keyword_count(kw); ++i) all.push_back(kw.args[i]);
  Value ns = call(vm, prepare, CallArgs{all.data(), 2, kw.kwnames});
  if (ns.is_null()) return ns;
  if (!ns.is_object() || !is_subtype(ns.object()->type, vm.types().dict)) {
    return raise(vm, vm.types().not_implemented_error,
                 "pyvm supports only a dict as the class namespace returned by __prepare__ "
                 "(got '" +
                     type_name(vm, ns) + "')");
  }
  return ns;
}

// The bases a class statement really derives from: each base that is not a
// class and has __mro_entries__ (list[int], ...) is replaced by the tuple it
// returns for the original bases. Null with an exception on error.
Tuple* resolve_mro_entries(VM& vm, Tuple* bases) {
  gc::RootedValues resolved(vm.heap());
  bool changed = false;
  for (int64_t i = 0; i < bases->length; ++i) {
    Value base = bases->at(i);
    Value hook =
        is_type_value(vm, base) ? Value::null() : get_attr(vm, base, vm.intern("__mro_entries__"));
    if (hook.is_null()) {
      if (vm.has_exception() && !exception_matches(vm, vm.types().attribute_error)) return nullptr;
      vm.clear_exception();
      resolved.push_back(base);
      continue;
    }
    Value original = Value::from_object(bases);
    Value entries = call_positional(vm, hook, &original, 1);
    if (entries.is_null()) return nullptr;
    if (!entries.is_object() || entries.object()->type != vm.types().tuple) {
      raise_type_error(vm, "__mro_entries__ must return a tuple");
      return nullptr;
    }
    for (int64_t k = 0; k < entries.as<Tuple>()->length; ++k) {
      resolved.push_back(entries.as<Tuple>()->at(k));
    }
    changed = true;
  }
  if (!changed) return bases;
  return tuple_from(vm, resolved.data(), static_cast<int64_t>(resolved.size()));
}

// __build_class__(func, name, *bases, metaclass=..., **kwargs)
Value builtin_build_class(VM& vm, CallArgs args) {
  if (args.npos < 2) return raise_type_error(vm, "__build_class__: not enough arguments");
  Value body = args.args[0];
  Value name = args.args[1];
  if (!body.is_object() || body.object()->type != vm.types().function) {
    return raise_type_error(vm, "__build_class__: func must be a function");
  }
  if (!name.is_object() || name.object()->type != vm.types().str) {
    return raise_type_error(vm, "__build_class__: name is not a string");
  }
  Tuple* original_bases = tuple_from(vm, args.args + 2, static_cast<int64_t>(args.npos - 2));
  Tuple* bases = resolve_mro_entries(vm, original_bases);
  if (bases == nullptr) return Value::null();
  Value meta;
  gc::RootedValues kw_values(vm.heap());
  std::vector<Value> kw_names;
  for (size_t i = 0; i < keyword_count(args); ++i) {
    Value key = args.kwnames->at(static_cast<int64_t>(i));
    Value value = args.args[args.npos + i];
    if (str_equals_ascii(key.as<Str>(), "metaclass")) {
      meta = value;
    } else {
      kw_names.push_back(key);
      kw_values.push_back(value);
    }
  }
  Tuple* kwnames = kw_names.empty()
                       ? nullptr
                       : tuple_from(vm, kw_names.data(), static_cast<int64_t>(kw_names.size()));
  if (meta.is_null()) {
    meta = bases->length == 0 ? Value::from_object(vm.types().type)
                              : Value::from_object(type_of(vm, bases->at(0)));
  }
  if (is_type_value(vm, meta)) {
    Type* winner = winning_metaclass(vm, meta.as<Type>(), bases);
    if (winner == nullptr) return Value::null();
    meta = Value::from_object(winner);
  }
  Value ns = prepare_namespace(vm, meta, name, bases, CallArgs{kw_values.data(), 0, kwnames});
  if (ns.is_null()) return ns;
  if (bases != original_bases) {
    dict_set_str(vm, ns.as<Dict>(), vm.intern("__orig_bases__"),
                 Value::from_object(original_bases));
  }
  Value cell = vm::run_class_body(vm, body.as<Function>(), ns.as<Dict>());
  if (cell.is_null()) return cell;
  gc::RootedValues all(vm.heap());
  all.push_back(name);
  all.push_back(Value::from_object(bases));
  all.push_back(ns);
  for (Value v : kw_values) all.push_back(v);
  Value cls = call(vm, meta, CallArgs{all.data(), 3, kwnames});
  if (cls.is_null()) return cls;
  if (cell.is_object() && cell.object()->type == vm.types().cell &&
      cell.as<Cell>()->contents.is_null()) {
    vm.store(cell.object(), &cell.as<Cell>()->contents, cls);
  }
  return cls;
}

// The type whose MRO super() searches: `object` itself when it is a class
// derived from `start` (super() in a classmethod or __new__), else its type.
Type* super_object_type(VM& vm, Type* start, Value object) {
  if (is_type_value(vm, object) && is_subtype(object.as<Type>(), start)) return object.as<Type>();
  return type_of(vm, object);
}

Value super_construct(VM& vm, Type*, CallArgs args) {
  Type* start = nullptr;
  Value object;
  if (args.npos == 0) {
    vm::Frame* frame = vm.frames().top();
    if (frame == nullptr || frame->code->argcount == 0) {
      return raise(vm, vm.types().runtime_error, "super(): no arguments");
    }
    object = frame->localsplus()[0];
    if (object.is_object() && object.object()->type == vm.types().cell) {
      object = object.as<Cell>()->contents;
    }
    Tuple* names = frame->code->localsplusnames;
    for (int64_t i = 0; i < names->length; ++i) {
      if (!str_equals_ascii(names->at(i).as<Str>(), "__class__")) continue;
      Value c = frame->localsplus()[i];
      if (c.is_object() && c.object()->type == vm.types().cell) c = c.as<Cell>()->contents;
      if (is_type_value(vm, c)) start = c.as<Type>();
    }
    if (start == nullptr)
      return raise(vm, vm.types().runtime_error, "super(): __class__ cell not found");
  } else if (args.npos == 2 && is_type_value(vm, args.args[0])) {
    start = args.args[0].as<Type>();
    object = args.args[1];
  } else {
    return raise_type_error(vm, "super() argument 1 must be a type");
  }
  if (object.is_null()) return raise(vm, vm.types().runtime_error, "super(): arg[0] deleted");
  Type* object_type = super_object_type(vm, start, object);
  if (!is_subtype(object_type, start)) {
    return raise_type_error(vm, "super(type, obj): obj must be an instance or subtype of type");
  }
  auto* s = vm.allocate<Super>(vm.types().super);
  vm.store_ref(s, &s->start, start);
  vm.store(s, &s->object, object);
  vm.store_ref(s, &s->object_type, object_type);
  return Value::from_object(s);
}

Value super_getattr(VM& vm, Value self, Str* name) {
  auto* s = self.as<Super>();
  Tuple* mro = s->object_type->mro;
  int64_t i = 0;
  while (i < mro->length && mro->at(i).as<Type>() != s->start) ++i;
  for (++i; i < mro->length; ++i) {
    Type* t = mro->at(i).as<Type>();
    Value v = t->dict == nullptr ? Value::null() : dict_get_str(vm, t->dict, name);
    if (!v.is_null()) {
      bool class_access = s->object == Value::from_object(s->object_type);
      return bind_attribute(vm, v, class_access ? Value::null() : s->object, s->object_type);
    }
  }
  if (str_equals_ascii(name, "__class__")) return Value::from_object(vm.types().super);
  if (s->object != Value::from_object(s->object_type)) {
    Value fallback = object_compare_dunder(vm, name);  // super().__eq__ reaching object
    if (!fallback.is_null()) return Value::from_object(method_new(vm, fallback, s->object));
  }
  return raise(vm, vm.types().attribute_error,
               "'super' object has no attribute '" + str_to_utf8(name) + "'");
}

void trace_super(Object* self, Tracer& tracer) {
  auto* s = static_cast<Super*>(self);
  tracer.visit(s->start);
  tracer.visit(s->object);
  tracer.visit(s->object_type);
}

// BaseException.__new__(cls, *args): keeps the arguments as args.
Value exception_new_native(VM& vm, CallArgs args) {
  if (args.npos == 0 || !is_type_value(vm, args.args[0]) ||
      !is_exception_layout(args.args[0].as<Type>())) {
    return raise_type_error(vm, "BaseException.__new__(X): X is not a subtype of BaseException");
  }
  return exception_new(vm, args.args[0].as<Type>(),
                       tuple_from(vm, args.args + 1, static_cast<int64_t>(args.npos - 1)));
}

Value exception_init(VM& vm, CallArgs args) {
  auto* exc = args.args[0].as<BaseException>();
  vm.store_ref(exc, &exc->args, tuple_from(vm, args.args + 1, static_cast<int64_t>(args.npos - 1)));
  return vm.none();
}

// ---- subclasses of built-in types

void add_wrapped(VM& vm, Type* type, Type* wrapper, const char* name, NativeFn fn, int min_args,
                 int max_args);

// Built-in types whose instances are filled by __init__ (their __new__ makes
// an empty one), and whose allocation honours the subclass's instance size
// (so the Attributes fit after the built-in layout).
bool is_init_filled(VM& vm, const Type* layout) {
  return layout == vm.types().list || layout == vm.types().dict || layout == vm.types().set ||
         layout == vm.types().bytearray;
}

// list.__new__, tuple.__new__, str.__new__, ...: the built-in layout's
// constructor applied to `cls` (the class passed first).
Value builtin_new(VM& vm, CallArgs args) {
  if (args.npos == 0 || !is_type_value(vm, args.args[0])) {
    return raise_type_error(vm, "__new__(X): X is not a type object");
  }
  Type* cls = args.args[0].as<Type>();
  Type* layout = layout_of(vm, cls);
  CallArgs rest{args.args + 1, args.npos - 1, args.kwnames};
  if (is_init_filled(vm, layout)) rest = CallArgs{nullptr, 0, nullptr};
  UserType* user = as_user_type(cls);
  Value made = layout->construct(vm, cls, rest);
  if (made.is_null() || user == nullptr) return made;
  if (!made.is_object() || made.object()->type != cls) {
    return raise(vm, vm.types().not_implemented_error,
                 "pyvm does not support creating instances of subclasses of '" +
                     type_name_of_type(layout) + "' yet");
  }
  if (Attributes* attributes = attributes_of(made.object())) {
    attributes_init(vm, made.object(), attributes, user->initial_shape);
  }
  return made;
}

// Calls the built-in method `name` of `type` on `self`.
Value call_builtin_method(VM& vm, Type* type, const char* name, Value self, CallArgs args) {
  Value method = lookup(vm, type, name);
  if (method.is_null()) return raise_attribute_error(vm, self, vm.intern(name));
  return call_prepending(vm, method, self, args);
}

// list.__init__(self, iterable=()) / set.__init__: clear, then extend/update.
Value refill_init(VM& vm, CallArgs args, Type* type, const char* fill) {
  if (args.npos > 2 || keyword_count(args) > 0) {
    return raise_type_error(vm, type_name_of_type(type) + " expected at most 1 argument, got " +
                                    std::to_string(args.npos - 1));
  }
  CallArgs none{nullptr, 0, nullptr};
  if (call_builtin_method(vm, type, "clear", args.args[0], none).is_null()) return Value::null();
  if (args.npos == 1) return vm.none();
  CallArgs one{args.args + 1, 1, nullptr};
  if (call_builtin_method(vm, type, fill, args.args[0], one).is_null()) return Value::null();
  return vm.none();
}

Value list_init(VM& vm, CallArgs args) { return refill_init(vm, args, vm.types().list, "extend"); }
Value set_init(VM& vm, CallArgs args) { return refill_init(vm, args, vm.types().set, "update"); }

// dict.__init__(self, *args, **kwargs): update.
Value dict_init(VM& vm, CallArgs args) {
  CallArgs rest{args.args + 1, args.npos - 1, args.kwnames};
  if (call_builtin_method(vm, vm.types().dict, "update", args.args[0], rest).is_null()) {
    return Value::null();
  }
  return vm.none();
}

void add_builtin_constructors(VM& vm) {
  const auto& t = vm.types();
  Str* new_name = vm.intern("__new__");
  Str* init_name = vm.intern("__init__");
  for (Type* type : {t.list, t.dict, t.set, t.frozenset, t.tuple, t.str, t.bytes, t.int_, t.float_,
                     t.staticmethod, t.classmethod, t.generic_alias, t.bytearray}) {
    if (dict_get_str(vm, type->dict, new_name).is_null()) {
      add_wrapped(vm, type, t.staticmethod, "__new__", builtin_new, 0, -1);
    }
  }
  struct {
    Type* type;
    NativeFn fn;
  } const kInits[] = {{t.list, list_init}, {t.dict, dict_init}, {t.set, set_init}};
  for (const auto& spec : kInits) {
    if (dict_get_str(vm, spec.type->dict, init_name).is_null()) {
      add_method(vm, spec.type, "__init__", spec.fn, 0, -1, kNativeKeywords);
    }
  }
}

// ---- builtins: isinstance, issubclass, vars

Value builtin_isinstance(VM& vm, CallArgs args) {
  int r = object_isinstance(vm, args.args[0], args.args[1]);
  return r < 0 ? Value::null() : vm.bool_value(r == 1);
}

Value builtin_issubclass(VM& vm, CallArgs args) {
  int r = object_issubclass(vm, args.args[0], args.args[1]);
  return r < 0 ? Value::null() : vm.bool_value(r == 1);
}

Value builtin_delattr(VM& vm, CallArgs args) {
  Value name = args.args[1];
  if (!name.is_object() || name.object()->type != vm.types().str) {
    return raise_type_error(vm, "attribute name must be string, not '" + type_name(vm, name) + "'");
  }
  if (set_attr(vm, args.args[0], name.as<Str>(), Value::null()) < 0) return Value::null();
  return vm.none();
}

Value builtin_vars(VM& vm, CallArgs args) {
  if (args.npos == 0) {
    Value locals = dict_get_str(vm, vm.builtins(), vm.intern("locals"));
    if (locals.is_null()) {
      return raise(vm, vm.types().not_implemented_error, "pyvm does not support vars() yet");
    }
    return call_positional(vm, locals, nullptr, 0);
  }
  Value d = get_attr(vm, args.args[0], vm.intern("__dict__"));
  if (d.is_null() && exception_matches(vm, vm.types().attribute_error)) {
    vm.clear_exception();
    return raise_type_error(vm, "vars() argument must have __dict__ attribute");
  }
  return d;
}

// Adds `fn` to `type`'s dict wrapped in `wrapper` (staticmethod/classmethod).
void add_wrapped(VM& vm, Type* type, Type* wrapper, const char* name, NativeFn fn, int min_args,
                 int max_args) {
  NativeFunction* f =
      native_function_new(vm, name, fn, min_args, max_args, kNativeMethod | kNativeKeywords);
  vm.store_ref(f, &f->owner, type);
  auto* w = static_cast<MethodWrapper*>(vm.allocate(wrapper, sizeof(MethodWrapper)));
  vm.store(w, &w->function, Value::from_object(f));
  dict_set_str(vm, type->dict, f->name, Value::from_object(w));
}

// The built-in type whose slots serve `self` (its layout for user classes).
Type* builtin_type_of(VM& vm, Value self) {
  Type* t = type_of(vm, self);
  return is_user_class(t) ? layout_of_user(t) : t;
}

// object.__repr__ / object.__str__: the built-in behaviour below any Python
// override, so `super().__repr__()` works in every class.
Value object_repr_native(VM& vm, CallArgs args) {
  Type* t = builtin_type_of(vm, args.args[0]);
  if (t != vm.types().object && t->repr != nullptr) return t->repr(vm, args.args[0]);
  return instance_repr(vm, args.args[0]);
}

Value object_str_native(VM& vm, CallArgs args) {
  Type* t = builtin_type_of(vm, args.args[0]);
  // int, bool, float and complex have no __str__ of their own in CPython:
  // object.__str__ is repr (enum's IntEnum.__str__ relies on it).
  const auto& types = vm.types();
  bool repr_is_str = t == types.int_ || t == types.bool_ || t == types.float_ || t == types.complex;
  if (t->str != nullptr && !repr_is_str) return t->str(vm, args.args[0]);
  return repr(vm, args.args[0]);
}

void init_object_methods(VM& vm) {
  Type* object = vm.types().object;
  object->flags |= kTypeAcceptsSubclasses;
  add_wrapped(vm, object, vm.types().staticmethod, "__new__", object_new, 0, -1);
  add_method(vm, object, "__init__", object_init, 0, -1, kNativeKeywords);
  add_wrapped(vm, object, vm.types().classmethod, "__init_subclass__", object_init_subclass, 0, 0);
  add_method(vm, object, "__getattribute__", object_getattribute_native, 1, 1);
  add_method(vm, object, "__repr__", object_repr_native, 0, 0);
  add_method(vm, object, "__str__", object_str_native, 0, 0);
  // Each built-in type with a repr of its own gets its own __repr__ (same
  // behaviour as object's, which dispatches on the layout), so that
  // `dict.__repr__ is not list.__repr__` (pprint's dispatch table keys on it).
#define PYVM_OWN_REPR(field, name)                                                 \
  if (vm.types().field != object && vm.types().field->repr != nullptr &&           \
      dict_get_str(vm, vm.types().field->dict, vm.intern("__repr__")).is_null()) { \
    add_method(vm, vm.types().field, "__repr__", object_repr_native, 0, 0);        \
  }
  PYVM_BUILTIN_TYPES(PYVM_OWN_REPR)
#undef PYVM_OWN_REPR
  add_method(vm, object, "__setattr__", object_setattr_native, 2, 2);
  add_method(vm, object, "__delattr__", object_setattr_native, 1, 1);
  add_method(vm, object, "__hash__", object_hash_native, 0, 0);
  // Instances of built-in types read a __doc__ (pyvm keeps no docstrings).
  dict_set_str(vm, object->dict, vm.intern("__doc__"), vm.none());
}

// type.__text_signature__ (a data descriptor of the metaclass, so classes
// do not inherit it): "()" for object, which inspect.signature reports for
// classes without __init__ or __new__ of their own; None for other classes
// (pyvm keeps no signatures of built-in types).
Value type_text_signature(VM& vm, CallArgs args) {
  if (args.args[0] == Value::from_object(vm.types().object)) {
    return Value::from_object(vm.intern("()"));
  }
  return vm.none();
}

// type.__flags__: the CPython Py_TPFLAGS_* bits that describe a class the
// way pyvm knows it (ready, heap type, base type, abstract, the fast
// subclass bits); inspect.isabstract tests Py_TPFLAGS_IS_ABSTRACT.
Value type_flags(VM& vm, CallArgs args) {
  if (!args.args[0].is_object() || !is_subtype(args.args[0].object()->type, vm.types().type)) {
    return raise_type_error(vm, "descriptor '__flags__' requires a 'type' object");
  }
  Type* t = args.args[0].as<Type>();
  int64_t flags = int64_t{1} << 12;  // ready
  if (is_user_class(t)) flags |= int64_t{1} << 9;
  if (is_user_class(t) || (t->flags & kTypeAcceptsSubclasses) != 0) flags |= int64_t{1} << 10;
  Value abstract = dict_get_str(vm, t->dict, vm.intern("__abstractmethods__"));
  if (!abstract.is_null()) {
    int set = truth(vm, abstract);
    if (set < 0) return Value::null();
    if (set) flags |= int64_t{1} << 20;
  }
  const auto& types = vm.types();
  const struct {
    Type* base;
    int bit;
  } kSubclassBits[] = {{types.int_, 24},           {types.list, 25}, {types.tuple, 26},
                       {types.bytes, 27},          {types.str, 28},  {types.dict, 29},
                       {types.base_exception, 30}, {types.type, 31}};
  for (const auto& b : kSubclassBits) {
    if (is_subtype(t, b.base)) flags |= int64_t{1} << b.bit;
  }
  return int_from_int64(vm, flags);
}

void add_type_property(VM& vm, const char* name, NativeFn getter_fn) {
  NativeFunction* getter = native_function_new(vm, name, getter_fn, 1, 1);
  Value fget = Value::from_object(getter);
  Value prop = call_positional(vm, Value::from_object(vm.types().property), &fget, 1);
  if (prop.is_null()) {
    vm.clear_exception();
    return;
  }
  dict_set_str(vm, vm.types().type->dict, vm.intern(name), prop);
}

}  // namespace

void add_type_descriptors(VM& vm) {
  add_type_property(vm, "__text_signature__", type_text_signature);
  add_type_property(vm, "__flags__", type_flags);
}

namespace {

void init_type_methods(VM& vm) {
  Type* type = vm.types().type;
  type->flags |= kTypeAcceptsSubclasses;
  type->getattr = class_getattr;
  type->setattr = class_setattr;
  type->getitem = class_getitem;
  add_wrapped(vm, type, vm.types().staticmethod, "__new__", type_new, 0, -1);
  add_method(vm, type, "__init__", type_init, 0, -1, kNativeKeywords);
  add_method(vm, type, "__call__", type_call_native, 0, -1, kNativeKeywords);
  add_wrapped(vm, type, vm.types().classmethod, "__prepare__", type_prepare, 0, -1);
  add_method(vm, type, "__instancecheck__", type_instancecheck, 1, 1);
  add_method(vm, type, "__subclasscheck__", type_subclasscheck, 1, 1);
  add_method(vm, type, "__subclasses__", type_subclasses, 0, 0);
  add_method(vm, type, "mro", type_mro, 0, 0);
}

}  // namespace

size_t attribute_tail_bytes(const Type* cls, size_t data_bytes) {
  if (!is_user_class(cls)) return 0;
  if (static_cast<const UserType*>(cls)->attributes_offset != kAttributesAfterData) return 0;
  return align_to_word(data_bytes) - data_bytes + sizeof(Attributes);
}

void place_attribute_tail(VM& vm, Object* object, size_t header_bytes, size_t data_bytes) {
  if (attribute_tail_bytes(object->type, data_bytes) == 0) return;
  object->aux = static_cast<uint32_t>(header_bytes + align_to_word(data_bytes));
  // Initialised here too, for constructors that bypass builtin_new
  // (namedtuple's __new__ calls tuple's construct slot directly).
  auto* cls = static_cast<UserType*>(object->type);
  attributes_init(vm, object, attributes_of(object), cls->initial_shape);
}

void trace_user_type_fields(UserType* type, Tracer& tracer) {
  tracer.visit(type->initial_shape);
  tracer.visit(type->qualname);
  tracer.visit(type->bases);
  tracer.visit(type->layout);
  tracer.visit(type->subclasses);
}

Value create_class(VM& vm, Type* metaclass, Str* name, Tuple* bases, Dict* ns, Dict* kwargs) {
  if (bases->length == 0) {
    Value object = Value::from_object(vm.types().object);
    bases = tuple_from(vm, &object, 1);
  }
  Type* meta = winning_metaclass(vm, metaclass, bases);
  if (meta == nullptr || !check_bases(vm, bases)) return Value::null();
  BaseLayout layout;
  if (!merge_layouts(vm, bases, &layout)) return Value::null();
  auto* cls = static_cast<UserType*>(vm.allocate(meta, sizeof(UserType)));
  vm.store_ref(cls, &cls->name, vm.intern(name));
  vm.store_ref(cls, &cls->qualname, cls->name);
  vm.store_ref(cls, &cls->base, bases->at(0).as<Type>());
  vm.store_ref(cls, &cls->bases, bases);
  vm.store_ref(cls, &cls->dict, dict_new(vm));
  cls->flags = kTypeUserClass | kTypeAcceptsSubclasses;
  if (!fill_class_dict(vm, cls, ns, cls->dict)) return Value::null();
  Str* module_key = vm.intern("__module__");
  vm::Frame* caller = vm.frames().top();
  if (dict_get_str(vm, cls->dict, module_key).is_null() && caller != nullptr) {
    // type(name, bases, ns) without __module__: the calling code's module.
    Value module = dict_get_str(vm, caller->globals, vm.intern("__name__"));
    if (!module.is_null()) dict_set_str(vm, cls->dict, module_key, module);
  }
  Str* doc_key = vm.intern("__doc__");  // a class without a docstring has __doc__ None
  if (dict_get_str(vm, cls->dict, doc_key).is_null())
    dict_set_str(vm, cls->dict, doc_key, vm.none());
  Value mro = compute_mro(vm, cls, bases);
  if (mro.is_null()) return mro;
  vm.store_ref(cls, &cls->mro, mro.as<Tuple>());
  if (!set_layout(vm, cls, layout, ns)) return Value::null();
  bool eq_without_hash = !dict_get_str(vm, cls->dict, vm.intern("__eq__")).is_null() &&
                         dict_get_str(vm, cls->dict, vm.intern("__hash__")).is_null();
  if (eq_without_hash) dict_set_str(vm, cls->dict, vm.intern("__hash__"), vm.none());
  install_slots(vm, cls);
  register_subclass(vm, bases, cls);
  name_properties(vm, cls);
  type_modified(vm, cls);
  Value result = Value::from_object(cls);
  set_class_cell(vm, ns, result);
  if (!call_set_names(vm, cls) || !call_init_subclass(vm, cls, kwargs)) return Value::null();
  return result;
}

Value type_construct_call(VM& vm, Type* cls, CallArgs args) {
  if (cls == vm.types().type && args.npos == 1 && keyword_count(args) == 0) {
    return Value::from_object(type_of(vm, args.args[0]));
  }
  if (cls == vm.types().type && args.npos != 3) {
    return raise_type_error(vm, "type() takes 1 or 3 arguments");
  }
  return user_construct(vm, cls, args);
}

void add_class_builtins(VM& vm, Dict* builtins) {
  NativeFunction* build =
      native_function_new(vm, "__build_class__", builtin_build_class, 2, -1, kNativeKeywords);
  dict_set_str(vm, builtins, build->name, Value::from_object(build));
  dict_set_str(vm, builtins, vm.types().super->name, Value::from_object(vm.types().super));
  // These replace the simpler isinstance/issubclass of runtime/builtins.cpp.
  struct {
    const char* name;
    NativeFn fn;
    int min_args;
    int max_args;
  } const kFunctions[] = {{"isinstance", builtin_isinstance, 2, 2},
                          {"issubclass", builtin_issubclass, 2, 2},
                          {"vars", builtin_vars, 0, 1},
                          {"delattr", builtin_delattr, 2, 2}};
  for (const auto& spec : kFunctions) {
    NativeFunction* f = native_function_new(vm, spec.name, spec.fn, spec.min_args, spec.max_args);
    dict_set_str(vm, builtins, f->name, Value::from_object(f));
  }
}

void init_class_types(VM& vm) {
  Type* super = vm.types().super;
  super->instance_size = sizeof(Super);
  super->trace = trace_super;
  super->construct = super_construct;
  super->getattr = super_getattr;
  init_object_methods(vm);
  init_type_methods(vm);
  add_builtin_constructors(vm);
  init_attribute_dict_type(vm);
  init_mappingproxy_type(vm);
  init_generic_alias_types(vm);
  add_method(vm, vm.types().base_exception, "__init__", exception_init, 0, -1);
  add_wrapped(vm, vm.types().base_exception, vm.types().staticmethod, "__new__",
              exception_new_native, 0, -1);
}

}  // namespace pyvm::runtime
