// A minimal native `os` module (runtime/os_module.h): remove/unlink, getcwd
// and the name/separator constants. Anything else is an AttributeError that
// names what is missing.
#include "runtime/os_module.h"

#include <unistd.h>

#include <cerrno>
#include <climits>
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/text_stream.h"
#include "vm/vm.h"

namespace pyvm::runtime {

namespace {

Value os_remove(VM& vm, CallArgs args) {
  Value path = args.args[0];
  if (!path.is_object() || !is_subtype(path.object()->type, vm.types().str)) {
    return raise_type_error(
        vm, "remove: path should be string, bytes or os.PathLike, not " + type_name(vm, path));
  }
  std::string text = str_to_utf8(path.as<Str>());
  if (::unlink(text.c_str()) != 0) return raise_errno_error(vm, errno, path);
  return vm.none();
}

Value os_getcwd(VM& vm, CallArgs) {
  char buffer[PATH_MAX];
  if (::getcwd(buffer, sizeof(buffer)) == nullptr)
    return raise_errno_error(vm, errno, Value::null());
  return Value::from_object(str_from_utf8(vm, buffer));
}

void set_function(VM& vm, Module* module, const char* name, NativeFn fn, int min_args,
                  int max_args) {
  NativeFunction* f = native_function_new(vm, name, fn, min_args, max_args, 0);
  dict_set_str(vm, module->dict, vm.intern(name), Value::from_object(f));
}

}  // namespace

void create_os_module(VM& vm) {
  Module* os = module_new(vm, vm.intern("os"));
  set_function(vm, os, "remove", os_remove, 1, 1);
  set_function(vm, os, "unlink", os_remove, 1, 1);
  set_function(vm, os, "getcwd", os_getcwd, 0, 0);
  dict_set_str(vm, os->dict, vm.intern("name"), Value::from_object(vm.intern("posix")));
  dict_set_str(vm, os->dict, vm.intern("sep"), Value::from_object(vm.intern("/")));
  dict_set_str(vm, os->dict, vm.intern("linesep"), Value::from_object(vm.intern("\n")));
  dict_set_str(vm, vm.modules(), os->name, Value::from_object(os));
}

}  // namespace pyvm::runtime
