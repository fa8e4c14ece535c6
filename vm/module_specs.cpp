// module_specs: importlib specs and loaders of file modules, made lazily
// (see vm/module_specs.h).
#include "vm/module_specs.h"

#include <string>
#include <utility>
#include <vector>

#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/import.h"
#include "vm/vm.h"

namespace pyvm::vm {
namespace {

constexpr const char* kExternal = "importlib._bootstrap_external";

// importlib counts as loaded once its package has finished running.
bool importlib_loaded(VM& vm) {
  return !runtime::dict_get_str(vm, vm.modules(), vm.intern("importlib")).is_null() &&
         vm.modules_initializing.count("importlib") == 0 &&
         !runtime::module_attribute(vm, kExternal, "spec_from_file_location").is_null();
}

// Imports importlib (and its _bootstrap_external); false with no exception
// pending when that fails.
bool import_importlib(VM& vm) {
  Value fromlist = Value::from_object(runtime::tuple_new(vm, 0));
  Value top = import_module(vm, vm.intern(kExternal), fromlist, 0, nullptr);
  if (top.is_null()) {
    vm.clear_exception();
    return false;
  }
  return importlib_loaded(vm);
}

// spec_from_file_location(name, __file__[, submodule_search_locations=
// __path__]) for `module`, stored as its __spec__ and __loader__. Failures
// leave both None.
void make_spec(VM& vm, runtime::Module* module) {
  runtime::Dict* globals = module->dict;
  Value name = runtime::dict_get_str(vm, globals, vm.intern("__name__"));
  Value file = runtime::dict_get_str(vm, globals, vm.intern("__file__"));
  Value make = runtime::module_attribute(vm, kExternal, "spec_from_file_location");
  if (name.is_null() || file.is_null() || make.is_null()) return;
  Value path = runtime::dict_get_str(vm, globals, vm.intern("__path__"));
  Value argv[3] = {name, file, path};
  runtime::Tuple* kwnames = nullptr;
  size_t npos = 2;
  if (!path.is_null()) {
    Value kw[1] = {Value::from_object(vm.intern("submodule_search_locations"))};
    kwnames = runtime::tuple_from(vm, kw, 1);
  }
  Value spec = runtime::call(vm, make, runtime::CallArgs{argv, npos, kwnames});
  if (spec.is_null() || spec == vm.none()) {
    vm.clear_exception();
    return;
  }
  Value loader = runtime::get_attr(vm, spec, vm.intern("loader"));
  if (loader.is_null()) {
    vm.clear_exception();
    return;
  }
  runtime::dict_set_str(vm, globals, vm.intern("__spec__"), spec);
  runtime::dict_set_str(vm, globals, vm.intern("__loader__"), loader);
}

// The module registered as `name` when it is still waiting for its spec.
runtime::Module* awaiting_module(VM& vm, const std::string& name) {
  Value m = runtime::dict_get_str(vm, vm.modules(), runtime::str_from_utf8(vm, name));
  if (m.is_null() || !m.is_object() || m.object()->type != vm.types().module) return nullptr;
  auto* module = m.as<runtime::Module>();
  Value spec = runtime::dict_get_str(vm, module->dict, vm.intern("__spec__"));
  return spec == vm.none() ? module : nullptr;
}

}  // namespace

void give_file_module_spec(VM& vm, runtime::Module* module) {
  if (!vm.making_module_specs && importlib_loaded(vm)) {
    make_spec(vm, module);
    return;
  }
  vm.modules_awaiting_spec.push_back(runtime::str_to_utf8(module->name));
}

void withdraw_module_spec(VM& vm, runtime::Module* module) {
  Value file = runtime::dict_get_str(vm, module->dict, vm.intern("__file__"));
  Value spec = runtime::dict_get_str(vm, module->dict, vm.intern("__spec__"));
  if (file.is_null() || spec.is_null() || spec == vm.none()) return;
  runtime::dict_set_str(vm, module->dict, vm.intern("__spec__"), vm.none());
}

void give_module_spec_after_import(VM& vm, runtime::Module* module) {
  Value file = runtime::dict_get_str(vm, module->dict, vm.intern("__file__"));
  if (file.is_null() || !importlib_loaded(vm)) return;
  make_spec(vm, module);
}

void make_awaited_module_specs(VM& vm) {
  if (vm.modules_awaiting_spec.empty() || vm.making_module_specs) return;
  if (vm.modules_initializing.count("importlib") != 0) return;
  vm.making_module_specs = true;
  Value pending = vm.take_exception();
  if (import_importlib(vm)) {
    // Modules importlib loads on the way join the list; run until it is empty.
    while (!vm.modules_awaiting_spec.empty()) {
      std::vector<std::string> names = std::move(vm.modules_awaiting_spec);
      vm.modules_awaiting_spec.clear();
      for (const std::string& name : names) {
        if (runtime::Module* module = awaiting_module(vm, name)) make_spec(vm, module);
      }
    }
  }
  if (!pending.is_null()) vm.set_exception(pending);
  vm.making_module_specs = false;
}

void note_module_loaded(VM& vm, const std::string& name) {
  if (name == "importlib") make_awaited_module_specs(vm);
}

}  // namespace pyvm::vm
