// The `_weakref` and `weakref` modules (see runtime/weakref_module.h).
#include "runtime/weakref_module.h"

#include "runtime/dict.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/weak_containers.h"
#include "runtime/weakref.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

void add_value(VM& vm, Module* m, const char* name, Value v) {
  dict_set_str(vm, m->dict, vm.intern(name), v);
}

void add_function(VM& vm, Module* m, const char* name, NativeFn fn, int min_args, int max_args) {
  add_value(vm, m, name, Value::from_object(native_function_new(vm, name, fn, min_args, max_args)));
}

// What both modules export.
void add_core(VM& vm, Module* m, WeakrefState& state) {
  add_value(vm, m, "ref", Value::from_object(state.ref_type));
  add_value(vm, m, "ReferenceType", Value::from_object(state.ref_type));
  add_value(vm, m, "ProxyType", Value::from_object(state.proxy_type));
  add_value(vm, m, "CallableProxyType", Value::from_object(state.callable_proxy_type));
  add_function(vm, m, "proxy", weakref_proxy, 1, 2);
  add_function(vm, m, "getweakrefcount", weakref_getweakrefcount, 1, 1);
  add_function(vm, m, "getweakrefs", weakref_getweakrefs, 1, 1);
}

Module* register_module(VM& vm, const char* name) {
  Module* m = module_new(vm, vm.intern(name));
  dict_set_str(vm, vm.modules(), m->name, Value::from_object(m));
  return m;
}

}  // namespace

void create_weakref_module(VM& vm) {
  auto* state = new WeakrefState(vm.heap());
  vm.weakref_state = state;
  state->del_name = vm.intern("__del__");
  init_weakref_types(vm, *state);
  init_weak_container_types(vm, *state);

  add_core(vm, register_module(vm, "_weakref"), *state);
  Module* weakref = register_module(vm, "weakref");
  add_core(vm, weakref, *state);
  add_value(vm, weakref, "WeakValueDictionary", Value::from_object(state->value_dict_type));
  add_value(vm, weakref, "WeakKeyDictionary", Value::from_object(state->key_dict_type));
  add_value(vm, weakref, "finalize", Value::from_object(state->finalize_type));
  add_value(vm, weakref, "WeakSet", Value::from_object(state->weak_set_type));
  add_value(vm, weakref, "WeakMethod", Value::from_object(state->weak_method_type));
  add_value(vm, weakref, "ReferenceError", Value::from_object(vm.types().reference_error));
  Value proxy_types[2] = {Value::from_object(state->proxy_type),
                          Value::from_object(state->callable_proxy_type)};
  add_value(vm, weakref, "ProxyTypes", Value::from_object(tuple_from(vm, proxy_types, 2)));
}

void destroy_weakref_state(VM& vm) {
  WeakrefState* state = vm.weakref_state;
  if (state == nullptr) return;
  for (auto& entry : state->registry) {
    for (WeakRef* ref : entry.second) ref->state = nullptr;
  }
  vm.weakref_state = nullptr;
  delete state;
}

}  // namespace pyvm::runtime
