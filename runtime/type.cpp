// `type` and `object`, plus the bootstrap helpers every built-in type goes
// through. See runtime/type.h.
#include "runtime/type.h"

#include <cstdio>
#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/recursion_guard.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

void trace_type(Object* self, Tracer& tracer) {
  auto* type = static_cast<Type*>(self);
  tracer.visit(type->name);
  tracer.visit(type->base);
  tracer.visit(type->mro);
  tracer.visit(type->dict);
  if (is_user_class(type)) trace_user_type_fields(static_cast<UserType*>(type), tracer);
}

Value type_repr(VM& vm, Value self) {
  std::string text = "<class '" + qualified_type_name(vm, self.as<Type>()) + "'>";
  return Value::from_object(str_from_utf8(vm, text));
}

Value type_call(VM& vm, Value callable, CallArgs args) {
  Type* cls = callable.as<Type>();
  if (cls->construct == nullptr) {
    return raise_type_error(vm, "cannot create '" + type_name_of_type(cls) + "' instances");
  }
  bool type_new = cls == vm.types().type && args.npos != 1;
  if (!is_user_class(cls) && !type_new) return cls->construct(vm, cls, args);
  // CPython calls a class defined in Python, and type(name, bases, dict),
  // through tp_call, which counts one level of recursion (builtin types have
  // vectorcall, which does not).
  vm::NativeRecursionGuard guard(vm, " while calling a Python object");
  if (!guard.ok()) return Value::null();
  return cls->construct(vm, cls, args);
}

Value object_construct(VM& vm, Type* cls, CallArgs args) {
  if (args.npos != 0 || args.kwnames != nullptr) {
    return raise_type_error(vm, "object() takes no arguments");
  }
  return Value::from_object(vm.allocate(cls, sizeof(Object)));
}

Value make_mro(VM& vm, Type* type) {
  std::vector<Value> chain;
  for (Type* t = type; t != nullptr; t = t->base) chain.push_back(Value::from_object(t));
  return Value::from_object(tuple_from(vm, chain.data(), static_cast<int64_t>(chain.size())));
}

void inherit_slots(Type* type) {
  Type* base = type->base;
  if (base == nullptr) return;
#define PYVM_INHERIT(slot) \
  if (type->slot == nullptr) type->slot = base->slot;
  PYVM_INHERIT(repr)
  PYVM_INHERIT(str)
  PYVM_INHERIT(binary)
  PYVM_INHERIT(inplace)
  PYVM_INHERIT(unary)
  PYVM_INHERIT(truth)
  PYVM_INHERIT(length)
  PYVM_INHERIT(getitem)
  PYVM_INHERIT(setitem)
  PYVM_INHERIT(contains)
  PYVM_INHERIT(iter)
  PYVM_INHERIT(next)
  PYVM_INHERIT(call)
  PYVM_INHERIT(getattr)
  PYVM_INHERIT(setattr)
#undef PYVM_INHERIT
  if (type->instance_size == 0) type->instance_size = base->instance_size;
  type->flags |= base->flags & (kTypeBaseException | kTypeIntSubclass);
}

}  // namespace

int64_t identity_hash(Value v) {
  // Objects are 16-byte aligned; rotate the address so the low bits vary.
  uint64_t bits = v.raw();
  int64_t h = static_cast<int64_t>((bits >> 4) | (bits << 60));
  return h == -1 ? -2 : h;
}

void init_builtin_type(VM& vm, Type* type, const char* name, Type* base) {
  // Write barriers: interning and dict_new allocate, so `type` may already be
  // old (GC stress promotes it) when the young name and dict are stored.
  vm.store_ref(type, &type->name, vm.intern(name));
  type->base = base == type ? nullptr : base;
  vm.store_ref(type, &type->dict, dict_new(vm));
}

bool is_subtype(const Type* type, const Type* ancestor) {
  if (type == ancestor) return true;
  if (type->mro != nullptr) {  // every base of a multiple-inheritance class
    for (int64_t i = 1; i < type->mro->length; ++i) {
      if (type->mro->at(i).object() == ancestor) return true;
    }
    return false;
  }
  for (const Type* t = type; t != nullptr; t = t->base) {
    if (t == ancestor) return true;
  }
  return false;
}

Value type_getattr(VM& vm, Value self, Str* name) { return class_getattr(vm, self, name); }

void init_object_and_type_types(VM& vm) {
  Type* type = vm.types().type;
  type->trace = trace_type;
  type->repr = type_repr;
  type->call = type_call;
  type->construct = type_construct_call;
  type->getattr = type_getattr;
  type->instance_size = sizeof(Type);
  type->flags |= kTypeTypeSubclass;

  Type* object = vm.types().object;
  object->construct = object_construct;
  object->instance_size = sizeof(Object);
}

void finish_builtin_types(VM& vm) {
  // Bases come before derived types in both X-macro lists, so one pass in
  // list order inherits transitively.
#define PYVM_FINISH(field, ...)    \
  inherit_slots(vm.types().field); \
  vm.types().field->mro = make_mro(vm, vm.types().field).as<Tuple>();
  PYVM_BUILTIN_TYPES(PYVM_FINISH)
  PYVM_EXCEPTION_TYPES(PYVM_FINISH)
#undef PYVM_FINISH
}

}  // namespace pyvm::runtime
