// property, staticmethod, classmethod, member descriptors and the descriptor
// protocol of user classes (see runtime/descriptors.h).
#include "runtime/descriptors.h"

#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/getset_descriptor.h"
#include "runtime/instance.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

void trace_property(Object* self, Tracer& tracer) {
  auto* p = static_cast<Property*>(self);
  tracer.visit(p->fget);
  tracer.visit(p->fset);
  tracer.visit(p->fdel);
  tracer.visit(p->doc);
  tracer.visit(p->name);
}

void trace_wrapper(Object* self, Tracer& tracer) {
  tracer.visit(static_cast<MethodWrapper*>(self)->function);
}

Property* property_new(VM& vm, Value fget, Value fset, Value fdel, Value doc) {
  auto* p = vm.allocate<Property>(vm.types().property);
  vm.store(p, &p->fget, fget.is_null() ? vm.none() : fget);
  vm.store(p, &p->fset, fset.is_null() ? vm.none() : fset);
  vm.store(p, &p->fdel, fdel.is_null() ? vm.none() : fdel);
  vm.store(p, &p->doc, doc.is_null() ? vm.none() : doc);
  return p;
}

// property(fget=None, fset=None, fdel=None, doc=None)
Value property_construct(VM& vm, Type*, CallArgs args) {
  static const char* const kNames[] = {"fget", "fset", "fdel", "doc"};
  Value params[4];
  if (args.npos > 4) {
    return raise_type_error(
        vm, "property() takes at most 4 arguments (" + std::to_string(args.npos) + " given)");
  }
  for (size_t i = 0; i < args.npos; ++i) params[i] = args.args[i];
  int64_t nkw = args.kwnames == nullptr ? 0 : args.kwnames->length;
  for (int64_t k = 0; k < nkw; ++k) {
    Str* key = args.kwnames->at(k).as<Str>();
    int found = -1;
    for (int i = 0; i < 4; ++i) found = str_equals_ascii(key, kNames[i]) ? i : found;
    if (found < 0) {
      return raise_type_error(
          vm, "property() got an unexpected keyword argument '" + str_to_utf8(key) + "'");
    }
    params[found] = args.args[args.npos + static_cast<size_t>(k)];
  }
  return Value::from_object(property_new(vm, params[0], params[1], params[2], params[3]));
}

// x.getter(f) / x.setter(f) / x.deleter(f): a copy with one accessor replaced.
Value property_copy_with(VM& vm, CallArgs args, int which) {
  auto* p = args.args[0].as<Property>();
  Value parts[3] = {p->fget, p->fset, p->fdel};
  parts[which] = args.args[1];
  Property* copy = property_new(vm, parts[0], parts[1], parts[2], p->doc);
  vm.store_ref(copy, &copy->name, p->name);
  return Value::from_object(copy);
}

Value property_getter(VM& vm, CallArgs args) { return property_copy_with(vm, args, 0); }
Value property_setter(VM& vm, CallArgs args) { return property_copy_with(vm, args, 1); }
Value property_deleter(VM& vm, CallArgs args) { return property_copy_with(vm, args, 2); }

std::string property_name(VM& vm, Property* p) {
  (void)vm;
  return p->name == nullptr ? "?" : str_to_utf8(p->name);
}

Value wrapper_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.npos != 1 || (args.kwnames != nullptr && args.kwnames->length > 0)) {
    return raise_type_error(
        vm, type_name_of_type(cls) + " expected 1 argument, got " + std::to_string(args.npos));
  }
  auto* w = static_cast<MethodWrapper*>(vm.allocate(cls, cls->instance_size));
  vm.store(w, &w->function, args.args[0]);
  return Value::from_object(w);
}

Value wrapper_getattr(VM& vm, Value self, Str* name) {
  if (str_equals_ascii(name, "__func__")) return self.as<MethodWrapper>()->function;
  if (str_equals_ascii(name, "__class__")) return Value::from_object(type_of(vm, self));
  Value method = type_lookup(vm, type_of(vm, self), name);
  if (!method.is_null()) return bind_attribute(vm, method, self, type_of(vm, self));
  return get_attr(vm, self.as<MethodWrapper>()->function, name);
}

void trace_member(Object* self, Tracer& tracer) {
  auto* m = static_cast<MemberDescriptor*>(self);
  tracer.visit(m->name);
  tracer.visit(m->owner);
}

Value member_repr(VM& vm, Value self) {
  auto* m = self.as<MemberDescriptor>();
  return Value::from_object(str_from_utf8(vm, "<member '" + str_to_utf8(m->name) + "' of '" +
                                                  type_name_of_type(m->owner) + "' objects>"));
}

Value member_getattr(VM& vm, Value self, Str* name) {
  auto* m = self.as<MemberDescriptor>();
  if (str_equals_ascii(name, "__name__")) return Value::from_object(m->name);
  if (str_equals_ascii(name, "__objclass__")) return Value::from_object(m->owner);
  Value found = type_lookup(vm, vm.types().member_descriptor, name);
  if (found.is_null()) return raise_attribute_error(vm, self, name);
  return bind_attribute(vm, found, self, vm.types().member_descriptor);
}

// True when `f` has a true __isabstractmethod__ (errors count as false).
bool is_abstract_accessor(VM& vm, Value f) {
  if (f == vm.none()) return false;
  Value flag = get_attr(vm, f, vm.intern("__isabstractmethod__"));
  if (flag.is_null()) {
    vm.clear_exception();
    return false;
  }
  int t = truth(vm, flag);
  if (t < 0) vm.clear_exception();
  return t > 0;
}

// property's fget/fset/fdel, __doc__ (fget's when none was given) and
// __isabstractmethod__ (true when an accessor is abstract).
Value property_getattr(VM& vm, Value self, Str* name) {
  auto* p = self.as<Property>();
  if (str_equals_ascii(name, "fget")) return p->fget;
  if (str_equals_ascii(name, "fset")) return p->fset;
  if (str_equals_ascii(name, "fdel")) return p->fdel;
  if (str_equals_ascii(name, "__doc__")) {
    if (p->doc != vm.none() || p->fget == vm.none()) return p->doc;
    Value doc = get_attr(vm, p->fget, name);
    if (doc.is_null()) vm.clear_exception();
    return doc.is_null() ? vm.none() : doc;
  }
  if (str_equals_ascii(name, "__isabstractmethod__")) {
    return vm.bool_value(is_abstract_accessor(vm, p->fget) || is_abstract_accessor(vm, p->fset) ||
                         is_abstract_accessor(vm, p->fdel));
  }
  Type* type = type_of(vm, self);
  Value found = type_lookup(vm, type, name);
  if (found.is_null()) return raise_attribute_error(vm, self, name);
  return bind_attribute(vm, found, self, type);
}

// The attributes a member descriptor applies to, or nullptr with a TypeError.
Attributes* member_target(VM& vm, MemberDescriptor* m, Value object) {
  if (!is_instance_of(vm, object, m->owner)) {
    raise_type_error(vm, "descriptor '" + str_to_utf8(m->name) + "' for '" +
                             type_name_of_type(m->owner) + "' objects doesn't apply to a '" +
                             type_name(vm, object) + "' object");
    return nullptr;
  }
  return attributes_of(object.object());
}

Value call_special(VM& vm, Value method, Value a, Value b, Value c, size_t nargs) {
  Value args[3] = {a, b, c};
  return call_positional(vm, method, args, nargs);
}

// __get__(obj, type=None) / __set__(obj, value) / __delete__(obj) of the
// built-in data descriptors, callable explicitly.
Value data_descriptor_get(VM& vm, CallArgs args) {
  Value self = args.args[0];
  Value object = args.args[1];
  if (object == vm.none()) {
    if (args.npos < 3 || args.args[2] == vm.none()) {
      return raise_type_error(vm, "__get__(None, None) is invalid");
    }
    return self;
  }
  if (type_of(vm, self) == vm.types().property) return property_get(vm, self, object);
  return member_get(vm, self, object);
}

Value data_descriptor_set(VM& vm, CallArgs args) {
  Value value = args.npos > 2 ? args.args[2] : Value::null();
  if (descriptor_set(vm, args.args[0], args.args[1], value) < 0) return Value::null();
  return vm.none();
}

// function.__get__(instance, owner=None): the function itself for a None
// instance, else a method bound to it.
Value function_get(VM& vm, CallArgs args) {
  Value instance = args.args[1];
  Value owner = args.npos > 2 ? args.args[2] : vm.none();
  if (instance == vm.none()) {
    if (owner == vm.none()) return raise_type_error(vm, "__get__(None, None) is invalid");
    return args.args[0];
  }
  return Value::from_object(method_new(vm, args.args[0], instance));
}

// staticmethod.__get__(instance, owner=None): the wrapped callable.
Value staticmethod_get(VM&, CallArgs args) { return args.args[0].as<MethodWrapper>()->function; }

// classmethod.__get__(instance, owner=None): the callable bound to `owner`,
// or to type(instance) when no owner is given.
Value classmethod_get(VM& vm, CallArgs args) {
  Value owner = args.npos > 2 ? args.args[2] : vm.none();
  if (owner == vm.none()) owner = Value::from_object(type_of(vm, args.args[1]));
  return Value::from_object(method_new(vm, args.args[0].as<MethodWrapper>()->function, owner));
}

}  // namespace

MemberDescriptor* member_descriptor_new(VM& vm, Str* name, Type* owner, int64_t index) {
  auto* m = vm.allocate<MemberDescriptor>(vm.types().member_descriptor);
  vm.store_ref(m, &m->name, name);
  vm.store_ref(m, &m->owner, owner);
  m->index = index;
  return m;
}

Value member_get(VM& vm, Value member, Value object) {
  auto* m = member.as<MemberDescriptor>();
  Attributes* attributes = member_target(vm, m, object);
  if (attributes == nullptr) return Value::null();
  Value v = attributes->slots[m->index];
  if (v.is_null()) return raise_attribute_error(vm, object, m->name);
  return v;
}

int member_set(VM& vm, Value member, Value object, Value value) {
  auto* m = member.as<MemberDescriptor>();
  Attributes* attributes = member_target(vm, m, object);
  if (attributes == nullptr) return -1;
  if (value.is_null() && attributes->slots[m->index].is_null()) {
    raise(vm, vm.types().attribute_error, str_to_utf8(m->name));
    return -1;
  }
  vm.store(object.object(), &attributes->slots[m->index], value);
  return 0;
}

DescriptorKind descriptor_kind(VM& vm, Value attribute) {
  if (!attribute.is_object()) return DescriptorKind::kNone;
  Type* t = attribute.object()->type;
  const auto& types = vm.types();
  if (t == types.property || t == types.member_descriptor) return DescriptorKind::kData;
  if ((t->flags & kTypeNativeDescriptor) != 0 && is_getset_descriptor(vm, attribute)) {
    return DescriptorKind::kData;
  }
  if (t == types.function || t == types.builtin_function || is_subtype(t, types.staticmethod) ||
      is_subtype(t, types.classmethod)) {
    return DescriptorKind::kNonData;
  }
  if ((t->flags & kTypeUserClass) == 0) return DescriptorKind::kNone;
  if (!type_lookup(vm, t, vm.intern("__set__")).is_null() ||
      !type_lookup(vm, t, vm.intern("__delete__")).is_null()) {
    return DescriptorKind::kData;
  }
  if (!type_lookup(vm, t, vm.intern("__get__")).is_null()) return DescriptorKind::kNonData;
  return DescriptorKind::kNone;
}

int descriptor_set(VM& vm, Value descriptor, Value object, Value value) {
  Type* t = type_of(vm, descriptor);
  if (t == vm.types().property) return property_set(vm, descriptor, object, value);
  if (t == vm.types().member_descriptor) return member_set(vm, descriptor, object, value);
  if (is_getset_descriptor(vm, descriptor)) {
    return getset_descriptor_set(vm, descriptor, object, value);
  }
  const char* dunder = value.is_null() ? "__delete__" : "__set__";
  Value method = type_lookup(vm, t, vm.intern(dunder));
  if (method.is_null()) {
    raise(vm, vm.types().attribute_error, dunder);
    return -1;
  }
  Value r = call_special(vm, method, descriptor, object, value, value.is_null() ? 2 : 3);
  return r.is_null() ? -1 : 0;
}

Value user_descriptor_get(VM& vm, Value attribute, Value object, Type* owner) {
  Value get = type_lookup(vm, type_of(vm, attribute), vm.intern("__get__"));
  if (get.is_null()) return attribute;
  return call_special(vm, get, attribute, object.is_null() ? vm.none() : object,
                      Value::from_object(owner), 3);
}

bool is_property(VM& vm, Value v) {
  return v.is_object() && v.object()->type == vm.types().property;
}

Value property_get(VM& vm, Value property, Value object) {
  auto* p = property.as<Property>();
  if (p->fget == vm.none()) {
    return raise(vm, vm.types().attribute_error,
                 "property '" + property_name(vm, p) + "' of '" + type_name(vm, object) +
                     "' object has no getter");
  }
  return call_positional(vm, p->fget, &object, 1);
}

int property_set(VM& vm, Value property, Value object, Value value) {
  auto* p = property.as<Property>();
  Value accessor = value.is_null() ? p->fdel : p->fset;
  if (accessor == vm.none()) {
    raise(vm, vm.types().attribute_error,
          "property '" + property_name(vm, p) + "' of '" + type_name(vm, object) +
              "' object has no " + (value.is_null() ? "deleter" : "setter"));
    return -1;
  }
  Value args[2] = {object, value};
  Value r = call_positional(vm, accessor, args, value.is_null() ? 1 : 2);
  return r.is_null() ? -1 : 0;
}

Value unwrap_method_descriptor(VM& vm, Value attribute, Value object, Type* owner, bool* handled) {
  *handled = false;
  if (!attribute.is_object()) return attribute;
  Type* t = attribute.object()->type;
  if (is_subtype(t, vm.types().staticmethod)) {
    *handled = true;
    return attribute.as<MethodWrapper>()->function;
  }
  if (is_subtype(t, vm.types().classmethod)) {
    *handled = true;
    return Value::from_object(
        method_new(vm, attribute.as<MethodWrapper>()->function, Value::from_object(owner)));
  }
  (void)object;
  return attribute;
}

void name_properties(VM& vm, Type* cls) {
  int64_t pos = 0;
  Value key, value;
  while (dict_next(cls->dict, &pos, &key, &value)) {
    if (is_property(vm, value))
      vm.store_ref(value.object(), &value.as<Property>()->name, key.as<Str>());
  }
}

void init_descriptor_types(VM& vm) {
  Type* property = vm.types().property;
  property->instance_size = sizeof(Property);
  property->trace = trace_property;
  property->construct = property_construct;
  property->getattr = property_getattr;
  property->flags |= kTypeAcceptsSubclasses;
  add_method(vm, property, "getter", property_getter, 1, 1);
  add_method(vm, property, "setter", property_setter, 1, 1);
  add_method(vm, property, "deleter", property_deleter, 1, 1);
  Type* member = vm.types().member_descriptor;
  member->instance_size = sizeof(MemberDescriptor);
  member->trace = trace_member;
  member->repr = member_repr;
  member->getattr = member_getattr;
  for (Type* t : {property, member}) {
    add_method(vm, t, "__get__", data_descriptor_get, 1, 2);
    add_method(vm, t, "__set__", data_descriptor_set, 2, 2);
    add_method(vm, t, "__delete__", data_descriptor_set, 1, 1);
  }
  add_method(vm, vm.types().function, "__get__", function_get, 1, 2);
  add_method(vm, vm.types().staticmethod, "__get__", staticmethod_get, 1, 2);
  add_method(vm, vm.types().classmethod, "__get__", classmethod_get, 1, 2);
  for (Type* t : {vm.types().staticmethod, vm.types().classmethod}) {
    t->instance_size = sizeof(MethodWrapper);
    t->trace = trace_wrapper;
    t->construct = wrapper_construct;
    t->getattr = wrapper_getattr;
    t->flags |= kTypeAcceptsSubclasses;
  }
}

}  // namespace pyvm::runtime
