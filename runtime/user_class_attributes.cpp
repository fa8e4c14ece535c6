// User-defined classes: attribute access on instances (object.__getattribute__
// and __setattr__ with descriptors, __getattr__ hooks, __class__ and __dict__
// assignment) and on classes (type's special attributes, dunder assignment
// that refreshes the slots, type_modified).
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
#include "runtime/getset_descriptor.h"
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
#include "runtime/weakref.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/recursion_guard.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

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
  }
  if (exception && self.as<BaseException>()->dict != nullptr) {
    Value v = dict_get_str(vm, self.as<BaseException>()->dict, name);
    if (!v.is_null()) return v;
  }
  if (attr.is_null() && is_dunder_name(name)) {
    if (str_equals_ascii(name, "__class__")) return Value::from_object(t);
    bool has_dict = (static_cast<UserType*>(t)->class_flags & kClassHasDict) != 0;
    if (attributes != nullptr && has_dict && !exception && str_equals_ascii(name, "__dict__")) {
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
  if (value.is_null()) {
    // `del obj.__dict__` leaves an empty one, as in CPython.
    attributes_clear_dict(vm, holder, attributes);
    return 0;
  }
  if (!is_dict(vm, value)) {
    raise_type_error(vm,
                     "__dict__ must be set to a dictionary, not a '" + type_name(vm, value) + "'");
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
  if (is_dunder_name(name) && (cls == vm.types().object ||
                               (is_user_class(cls) && layout_of_user(cls) == vm.types().object))) {
    Value fallback = object_compare_dunder(vm, name);  // object.__eq__ / object.__ne__
    if (!fallback.is_null()) return fallback;
  }
  if (!raise_missing) return Value::null();
  return raise(
      vm, vm.types().attribute_error,
      "type object '" + type_name_of_type(cls) + "' has no attribute '" + str_to_utf8(name) + "'");
}

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

}  // namespace

// Distinct from instance_getattr: the interpreter's fast path assumes the
// Instance layout for that one.
Value user_exception_getattr(VM& vm, Value self, Str* name) {
  return getattr_with_hook(vm, self, name);
}

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

// ---- the __dict__, __weakref__ and __class__ descriptors

namespace {

// instance.__dict__ of a class with object's layout.
Value instance_dict_get(VM& vm, Value self) {
  Attributes* attributes = attributes_of(self.object());
  bool has_dict = (static_cast<UserType*>(type_of(vm, self))->class_flags & kClassHasDict) != 0;
  if (attributes == nullptr || !has_dict) {
    return raise_attribute_error(vm, self, vm.intern("__dict__"));
  }
  return attribute_dict_new(vm, self);
}

int instance_dict_set(VM& vm, Value self, Value value) {
  Attributes* attributes = attributes_of(self.object());
  if (attributes == nullptr) {
    raise_attribute_error(vm, self, vm.intern("__dict__"));
    return -1;
  }
  return assign_dict(vm, self.object(), attributes, value);
}

// instance.__weakref__: the first weak reference to the instance (the
// shared basic ref when there is one), or None.
Value instance_weakref_get(VM& vm, Value self) {
  auto& registry = weakref_state(vm).registry;
  auto it = registry.find(self.object());
  if (it == registry.end()) return vm.none();
  for (WeakRef* ref : it->second) {
    if (!ref->referent.is_null() && ref->owner == nullptr) return Value::from_object(ref);
  }
  return vm.none();
}

}  // namespace

void add_instance_descriptors(VM& vm, UserType* cls, bool add_dict, bool add_weakref) {
  if (add_dict && dict_get_str(vm, cls->dict, vm.intern("__dict__")).is_null()) {
    add_getset(vm, cls, "__dict__", instance_dict_get, instance_dict_set);
  }
  if (add_weakref && dict_get_str(vm, cls->dict, vm.intern("__weakref__")).is_null()) {
    add_getset(vm, cls, "__weakref__", instance_weakref_get, nullptr);
  }
}

// object.__class__ = value
int assign_object_class(VM& vm, Value self, Value value) {
  if (!is_user_class(type_of(vm, self))) {
    raise_type_error(vm,
                     "__class__ assignment only supported for mutable types or ModuleType "
                     "subclasses");
    return -1;
  }
  return assign_class(vm, self, value);
}

}  // namespace pyvm::runtime
