// getset_descriptor: data descriptors backed by C++ getters and setters
// (runtime/getset_descriptor.h).
#include "runtime/getset_descriptor.h"

#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/native_type.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm::runtime {

// Defined in runtime/user_class_attributes.cpp: object.__class__ assignment.
int assign_object_class(VM& vm, Value self, Value value);

namespace {

struct GetSet : Object {
  Str* name;
  Type* owner;
  // Not heap pointers: C++ functions.
  GetterFn getter;
  SetterFn setter;
};

void trace_getset_descriptor(Object* self, Tracer& tracer) {
  auto* d = static_cast<GetSet*>(self);
  tracer.visit(d->name);
  tracer.visit(d->owner);
}

std::string attribute_text(const GetSet* d) {
  return "attribute '" + str_to_utf8(d->name) + "' of '" + type_name_of_type(d->owner) +
         "' objects";
}

// Checks that `object` is an instance of the descriptor's owner.
bool check_owner(VM& vm, const GetSet* d, Value object) {
  if (is_subtype(type_of(vm, object), d->owner)) return true;
  raise_type_error(vm, "descriptor '" + str_to_utf8(d->name) + "' for '" +
                           type_name_of_type(d->owner) + "' objects doesn't apply to a '" +
                           type_name(vm, object) + "' object");
  return false;
}

// __get__(obj, type=None): the descriptor itself for None, else the value.
Value getset_get(VM& vm, CallArgs args) {
  auto* d = args.args[0].as<GetSet>();
  Value object = args.args[1];
  if (object == vm.none()) return args.args[0];
  if (!check_owner(vm, d, object)) return Value::null();
  return d->getter(vm, object);
}

Value store(VM& vm, GetSet* d, Value object, Value value) {
  if (!check_owner(vm, d, object)) return Value::null();
  if (d->setter == nullptr) {
    return raise(vm, vm.types().attribute_error, attribute_text(d) + " is not writable");
  }
  return d->setter(vm, object, value) < 0 ? Value::null() : vm.none();
}

Value getset_set(VM& vm, CallArgs args) {
  return store(vm, args.args[0].as<GetSet>(), args.args[1], args.args[2]);
}

Value getset_delete(VM& vm, CallArgs args) {
  return store(vm, args.args[0].as<GetSet>(), args.args[1], Value::null());
}

Value getset_getattr(VM& vm, Value self, Str* name) {
  auto* d = self.as<GetSet>();
  if (str_equals_ascii(name, "__name__") || str_equals_ascii(name, "__qualname__")) {
    if (str_equals_ascii(name, "__name__")) return Value::from_object(d->name);
    return Value::from_object(
        str_from_utf8(vm, type_name_of_type(d->owner) + "." + str_to_utf8(d->name)));
  }
  if (str_equals_ascii(name, "__objclass__")) return Value::from_object(d->owner);
  if (str_equals_ascii(name, "__doc__")) return vm.none();
  if (str_equals_ascii(name, "__class__")) return Value::from_object(self.object()->type);
  Value found = type_lookup(vm, self.object()->type, name);
  if (found.is_null()) return raise_attribute_error(vm, self, name);
  return bind_attribute(vm, found, self, self.object()->type);
}

Value getset_repr(VM& vm, Value self) {
  return Value::from_object(str_from_utf8(vm, "<" + attribute_text(self.as<GetSet>()) + ">"));
}

// object.__class__
Value object_class_get(VM& vm, Value object) { return Value::from_object(type_of(vm, object)); }

Value cell_contents_get(VM& vm, Value cell) {
  Value contents = cell.as<Cell>()->contents;
  if (contents.is_null()) return raise(vm, vm.types().value_error, "Cell is empty");
  return contents;
}

int cell_contents_set(VM& vm, Value cell, Value value) {
  vm.store(cell.object(), &cell.as<Cell>()->contents, value);
  return 0;
}

void install(VM& vm, Type* descriptor_type, Type* owner, const char* name, GetterFn getter,
             SetterFn setter) {
  auto* d = static_cast<GetSet*>(vm.allocate(descriptor_type, sizeof(GetSet)));
  vm.store_ref(d, &d->name, vm.intern(name));
  vm.store_ref(d, &d->owner, owner);
  d->getter = getter;
  d->setter = setter;
  dict_set_str(vm, owner->dict, d->name, Value::from_object(d));
}

// The getset_descriptor type, created with object.__class__ (whose type
// keeps it) on first use: classes made while the VM starts need it.
Type* getset_type(VM& vm) {
  Value cls = dict_get_str(vm, vm.types().object->dict, vm.intern("__class__"));
  if (!cls.is_null() && cls.object()->type->trace == trace_getset_descriptor) {
    return cls.object()->type;
  }
  Type* t = native_type_new(vm, "getset_descriptor", vm.types().object, "builtins");
  t->instance_size = sizeof(GetSet);
  t->trace = trace_getset_descriptor;
  t->getattr = getset_getattr;
  t->repr = getset_repr;
  t->flags |= kTypeNativeDescriptor;
  add_method(vm, t, "__get__", getset_get, 1, 2);
  add_method(vm, t, "__set__", getset_set, 2, 2);
  add_method(vm, t, "__delete__", getset_delete, 1, 1);
  install(vm, t, vm.types().object, "__class__", object_class_get, assign_object_class);
  return t;
}

}  // namespace

bool is_getset_descriptor(VM&, Value v) {
  return v.is_object() && v.object()->type->trace == trace_getset_descriptor;
}

void add_getset(VM& vm, Type* owner, const char* name, GetterFn getter, SetterFn setter) {
  install(vm, getset_type(vm), owner, name, getter, setter);
}

Value getset_descriptor_get(VM& vm, Value descriptor, Value object) {
  auto* d = descriptor.as<GetSet>();
  if (object.is_null()) return descriptor;  // looked up on the class
  if (!check_owner(vm, d, object)) return Value::null();
  return d->getter(vm, object);
}

int getset_descriptor_set(VM& vm, Value descriptor, Value object, Value value) {
  return store(vm, descriptor.as<GetSet>(), object, value).is_null() ? -1 : 0;
}

bool getset_descriptor_is_object_class(VM& vm, Value descriptor) {
  return descriptor.as<GetSet>()->getter == object_class_get &&
         descriptor.as<GetSet>()->owner == vm.types().object;
}

void init_getset_descriptors(VM& vm) {
  install(vm, getset_type(vm), vm.types().cell, "cell_contents", cell_contents_get,
          cell_contents_set);
  for (Type* view : {vm.types().dict_keys, vm.types().dict_values, vm.types().dict_items}) {
    install(vm, getset_type(vm), view, "mapping", dict_view_mapping, nullptr);
  }
}

}  // namespace pyvm::runtime
