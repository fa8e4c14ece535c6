// io.__getattr__ (PEP 562) for the classes the native `io` module does not
// implement itself: IncrementalNewlineDecoder (doctest needs it) and
// BufferedRWPair come from CPython's pure-Python `_pyio`, imported on first
// use and then bound in io's namespace.
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/text_stream.h"
#include "vm/import.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

constexpr const char* kFromPyio[] = {"IncrementalNewlineDecoder", "BufferedRWPair"};

bool from_pyio(VM& vm, Value name) {
  if (!is_str(vm, name)) return false;
  for (const char* n : kFromPyio) {
    if (str_equals_ascii(name.as<Str>(), n)) return true;
  }
  return false;
}

Value io_getattr(VM& vm, CallArgs args) {
  Value name = args.args[0];
  if (!from_pyio(vm, name)) {
    std::string shown = is_str(vm, name) ? str_to_utf8(name.as<Str>()) : "?";
    return raise(vm, vm.types().attribute_error, "module 'io' has no attribute '" + shown + "'");
  }
  Value pyio = vm::import_module(vm, vm.intern("_pyio"), vm.none(), 0, nullptr);
  if (pyio.is_null()) return pyio;
  Value found = get_attr(vm, pyio, name.as<Str>());
  if (found.is_null()) return found;
  Value io = dict_get_str(vm, vm.modules(), vm.intern("io"));
  if (!io.is_null() && io.is_object() && io.object()->type == vm.types().module) {
    dict_set_str(vm, io.as<Module>()->dict, name.as<Str>(), found);
  }
  return found;
}

}  // namespace

void add_io_getattr_hook(VM& vm, Module* io) {
  NativeFunction* f = native_function_new(vm, "__getattr__", io_getattr, 1, 1);
  dict_set_str(vm, io->dict, f->name, Value::from_object(f));
}

}  // namespace pyvm::runtime
