// Module objects: a name and a globals dict (see runtime/module.h).
#include "runtime/module.h"

#include <string>

#include "runtime/collections_module.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/module_specs.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

void trace_module(Object* self, Tracer& tracer) {
  auto* m = static_cast<Module*>(self);
  tracer.visit(m->dict);
  tracer.visit(m->name);
}

// Whether reading attribute `name` of a module needs the importlib specs of
// file modules made first (vm/module_specs.h). Not `__dict__`: dataclasses
// and typing read modules' __dict__, and should not load importlib for it.
bool needs_module_specs(VM& vm, Str* name) {
  return !vm.modules_awaiting_spec.empty() &&
         (str_equals_ascii(name, "__spec__") || str_equals_ascii(name, "__loader__"));
}

Value module_getattr(VM& vm, Value self, Str* name) {
  auto* m = self.as<Module>();
  if (needs_module_specs(vm, name)) vm::make_awaited_module_specs(vm);
  Value v = dict_get_str(vm, m->dict, name);
  if (!v.is_null()) return v;
  if (str_equals_ascii(name, "__dict__")) return Value::from_object(m->dict);
  // PEP 562: a module-level __getattr__(name) answers missing attributes.
  Value hook = dict_get_str(vm, m->dict, vm.intern("__getattr__"));
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

// A module's repr: `from 'FILE'` when it has a __file__; modules made by
// calling types.ModuleType (whose __spec__ is None) show just their name;
// others are native modules, "(built-in)" (with no __spec__ entry, or the
// BuiltinImporter spec importlib gives them).
Value module_repr(VM& vm, Value self) {
  auto* m = self.as<Module>();
  Value file = dict_get_str(vm, m->dict, vm.intern("__file__"));
  std::string where;
  if (file.is_object() && file.object()->type == vm.types().str) {
    where = " from '" + str_to_utf8(file.as<Str>()) + "'";
  } else if (dict_get_str(vm, m->dict, vm.intern("__spec__")) != vm.none()) {
    where = " (built-in)";
  }
  Value name = dict_get_str(vm, m->dict, vm.intern("__name__"));
  std::string shown = is_str(vm, name) ? str_to_utf8(name.as<Str>()) : str_to_utf8(m->name);
  return Value::from_object(str_from_utf8(vm, "<module '" + shown + "'" + where + ">"));
}

// types.ModuleType(name, doc=None): a new empty module whose __package__,
// __loader__ and __spec__ are None, as CPython's module.__init__ leaves them.
Value module_construct(VM& vm, Type* cls, CallArgs args) {
  if (cls != vm.types().module) {
    return raise(vm, vm.types().not_implemented_error,
                 "pyvm: instances of subclasses of 'module' are not supported");
  }
  Value bound[2];
  ArgSpec spec{"module", {"name", "doc"}, 1, 2};
  if (!bind_args(vm, args, spec, bound)) return Value::null();
  if (!is_str(vm, bound[0])) {
    return raise_type_error(vm,
                            "module() argument 'name' must be str, not " + type_name(vm, bound[0]));
  }
  Module* m = module_new(vm, bound[0].as<Str>());
  Value doc = bound[1].is_null() ? vm.none() : bound[1];
  dict_set_str(vm, m->dict, vm.intern("__doc__"), doc);
  for (const char* key : {"__package__", "__loader__", "__spec__"}) {
    dict_set_str(vm, m->dict, vm.intern(key), vm.none());
  }
  return Value::from_object(m);
}

// module.__new__(cls, *args, **kwargs): instances of subclasses of module
// would need the module layout with instance attributes after it, which pyvm
// does not build yet.
Value module_new_method(VM& vm, CallArgs args) {
  if (args.npos == 0 || !args.args[0].is_object() ||
      args.args[0].object()->type != vm.types().type ||
      args.args[0].as<Type>() != vm.types().module) {
    return raise(vm, vm.types().not_implemented_error,
                 "pyvm does not support creating instances of subclasses of 'module' yet");
  }
  return module_construct(vm, vm.types().module,
                          CallArgs{args.args + 1, args.npos - 1, args.kwnames});
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
  module->construct = module_construct;
  // Subclasses can be defined (importlib.util does); making instances of them
  // raises NotImplementedError (module_construct).
  module->flags |= kTypeAcceptsSubclasses;
  NativeFunction* new_fn =
      native_function_new(vm, "__new__", module_new_method, 1, -1, kNativeKeywords);
  dict_set_str(vm, module->dict, vm.intern("__new__"),
               wrap_native(vm, vm.types().staticmethod, Value::from_object(new_fn)));
}

}  // namespace pyvm::runtime
