// os.path for the native `os` module: a module __getattr__ (PEP 562) that
// imports posixpath the first time `os.path` is read and binds it as
// `os.path` and sys.modules['os.path'], as CPython's os does at import.
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "vm/import.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

Value os_getattr(VM& vm, CallArgs args) {
  Value name = args.args[0];
  if (!is_str(vm, name) || !str_equals_ascii(name.as<Str>(), "path")) {
    std::string shown = is_str(vm, name) ? str_to_utf8(name.as<Str>()) : "?";
    return raise(vm, vm.types().attribute_error, "module 'os' has no attribute '" + shown + "'");
  }
  Value path = vm::import_module(vm, vm.intern("posixpath"), vm.none(), 0, nullptr);
  if (path.is_null()) return path;
  Value os = dict_get_str(vm, vm.modules(), vm.intern("os"));
  if (!os.is_null() && os.is_object() && os.object()->type == vm.types().module) {
    dict_set_str(vm, os.as<Module>()->dict, vm.intern("path"), path);
  }
  dict_set_str(vm, vm.modules(), vm.intern("os.path"), path);
  return path;
}

}  // namespace

void add_os_path_hook(VM& vm, Module* os) {
  NativeFunction* f = native_function_new(vm, "__getattr__", os_getattr, 1, 1);
  dict_set_str(vm, os->dict, f->name, Value::from_object(f));
}

}  // namespace pyvm::runtime
