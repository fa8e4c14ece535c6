// Module objects: a name and a globals dict (see runtime/module.h).
#include "runtime/module.h"

#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

void trace_module(Object* self, Tracer& tracer) {
  auto* m = static_cast<Module*>(self);
  tracer.visit(m->dict);
  tracer.visit(m->name);
}

Value module_getattr(VM& vm, Value self, Str* name) {
  auto* m = self.as<Module>();
  Value v = dict_get_str(vm, m->dict, name);
  if (!v.is_null()) return v;
  if (str_equals_ascii(name, "__dict__")) return Value::from_object(m->dict);
  Value hook = dict_get_str(vm, m->dict, vm.intern("__getattr__"));  // PEP 562
  if (!hook.is_null()) {
    Value arg = Value::from_object(name);
    return call_positional(vm, hook, &arg, 1);
  }
  return raise(
      vm, vm.types().attribute_error,
      "module '" + str_to_utf8(m->name) + "' has no attribute '" + str_to_utf8(name) + "'");
}

int module_setattr(VM& vm, Value self, Str* name, Value value) {
  auto* m = self.as<Module>();
  if (value.is_null()) {
    int removed = dict_del(vm, m->dict, Value::from_object(name));
    if (removed == 0) {
      raise(vm, vm.types().attribute_error,
            "module '" + str_to_utf8(m->name) + "' has no attribute '" + str_to_utf8(name) + "'");
      return -1;
    }
    return removed < 0 ? -1 : 0;
  }
  dict_set_str(vm, m->dict, name, value);
  return 0;
}

Value module_repr(VM& vm, Value self) {
  auto* m = self.as<Module>();
  Value file = dict_get_str(vm, m->dict, vm.intern("__file__"));
  std::string where = file.is_object() && file.object()->type == vm.types().str
                          ? "from '" + str_to_utf8(file.as<Str>()) + "'"
                          : "(built-in)";
  return Value::from_object(
      str_from_utf8(vm, "<module '" + str_to_utf8(m->name) + "' " + where + ">"));
}

}  // namespace

Module* module_new(VM& vm, Str* name) {
  auto* m = vm.allocate<Module>(vm.types().module);
  vm.store_ref(m, &m->name, name);
  vm.store_ref(m, &m->dict, dict_new(vm));
  dict_set_str(vm, m->dict, vm.intern("__name__"), Value::from_object(name));
  dict_set_str(vm, m->dict, vm.intern("__doc__"), vm.none());
  return m;
}

void init_module_type(VM& vm) {
  Type* module = vm.types().module;
  module->instance_size = sizeof(Module);
  module->trace = trace_module;
  module->getattr = module_getattr;
  module->setattr = module_setattr;
  module->repr = module_repr;
}

}  // namespace pyvm::runtime
