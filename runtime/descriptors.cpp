// property, staticmethod and classmethod (see runtime/descriptors.h).
#include "runtime/descriptors.h"

#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
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
  auto* w = static_cast<MethodWrapper*>(vm.allocate(cls, sizeof(MethodWrapper)));
  vm.store(w, &w->function, args.args[0]);
  return Value::from_object(w);
}

Value wrapper_getattr(VM& vm, Value self, Str* name) {
  if (str_equals_ascii(name, "__func__")) return self.as<MethodWrapper>()->function;
  return get_attr(vm, self.as<MethodWrapper>()->function, name);
}

}  // namespace

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
  if (t == vm.types().staticmethod) {
    *handled = true;
    return attribute.as<MethodWrapper>()->function;
  }
  if (t == vm.types().classmethod) {
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
  property->flags |= kTypeAcceptsSubclasses;
  add_method(vm, property, "getter", property_getter, 1, 1);
  add_method(vm, property, "setter", property_setter, 1, 1);
  add_method(vm, property, "deleter", property_deleter, 1, 1);
  for (Type* t : {vm.types().staticmethod, vm.types().classmethod}) {
    t->instance_size = sizeof(MethodWrapper);
    t->trace = trace_wrapper;
    t->construct = wrapper_construct;
    t->getattr = wrapper_getattr;
  }
}

}  // namespace pyvm::runtime
