// The `__import__` builtin: __import__(name, globals=None, locals=None,
// fromlist=(), level=0), the function form of the IMPORT_NAME operation
// (vm/import.h), which Lib/encodings and importlib-style code call.
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "vm/import.h"
#include "vm/vm.h"

namespace pyvm::vm {
namespace {

Value builtin_import(VM& vm, runtime::CallArgs args) {
  Value p[5];
  runtime::ArgSpec spec{"__import__", {"name", "globals", "locals", "fromlist", "level"}, 1};
  if (!runtime::bind_args(vm, args, spec, p)) return Value::null();
  if (!runtime::is_str(vm, p[0])) {
    return runtime::raise_type_error(
        vm, "__import__() argument 1 must be str, not " + runtime::type_name(vm, p[0]));
  }
  runtime::Dict* globals = nullptr;
  if (!p[1].is_null() && runtime::is_dict(vm, p[1])) globals = p[1].as<runtime::Dict>();
  int64_t level = 0;
  if (!p[4].is_null() && !runtime::index_to_int64(vm, p[4], &level)) return Value::null();
  Value fromlist = p[3].is_null() ? vm.none() : p[3];
  return import_module(vm, p[0].as<runtime::Str>(), fromlist, level, globals);
}

}  // namespace

void add_import_builtin(VM& vm, runtime::Dict* builtins) {
  runtime::NativeFunction* f = runtime::native_function_new(vm, "__import__", builtin_import, 0, -1,
                                                            runtime::kNativeKeywords);
  runtime::dict_set_str(vm, builtins, f->name, Value::from_object(f));
}

}  // namespace pyvm::vm
