// Locals-namespace name operations (see vm/locals_mapping.h).
#include "vm/locals_mapping.h"

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/ops.h"
#include "vm/vm.h"

namespace pyvm::vm {
namespace {

bool is_exact_dict(VM& vm, Value mapping) {
  return mapping.is_object() && mapping.object()->type == vm.types().dict;
}

}  // namespace

Value locals_get(VM& vm, Value mapping, runtime::Str* name) {
  if (is_exact_dict(vm, mapping)) return runtime::dict_get_str(vm, mapping.as<Dict>(), name);
  Value v = runtime::get_item(vm, mapping, Value::from_object(name));
  if (v.is_null() && runtime::exception_matches(vm, vm.types().key_error)) vm.clear_exception();
  return v;
}

int locals_set(VM& vm, Value mapping, runtime::Str* name, Value value) {
  if (is_exact_dict(vm, mapping)) {
    runtime::dict_set_str(vm, mapping.as<Dict>(), name, value);
    return 0;
  }
  return runtime::set_item(vm, mapping, Value::from_object(name), value);
}

int locals_delete(VM& vm, Value mapping, runtime::Str* name) {
  if (is_exact_dict(vm, mapping)) {
    return runtime::dict_del(vm, mapping.as<Dict>(), Value::from_object(name));
  }
  if (runtime::del_item(vm, mapping, Value::from_object(name)) == 0) return 1;
  if (!runtime::exception_matches(vm, vm.types().key_error)) return -1;
  vm.clear_exception();
  return 0;
}

}  // namespace pyvm::vm
