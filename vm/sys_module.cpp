// The native `sys` module (see vm/sys_module.h).
#include "vm/sys_module.h"

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace pyvm::vm {

using runtime::CallArgs;

namespace {

Value sys_exit(VM& vm, CallArgs args) {
  runtime::Tuple* exit_args = runtime::tuple_from(vm, args.args, static_cast<int64_t>(args.npos));
  return runtime::raise_value(vm, runtime::exception_new(vm, vm.types().system_exit, exit_args));
}

Value sys_getrecursionlimit(VM& vm, CallArgs) {
  return Value::from_small_int(vm.recursion_limit());
}

Value sys_setrecursionlimit(VM& vm, CallArgs args) {
  int64_t limit;
  if (!runtime::index_to_int64(vm, args.args[0], &limit)) return Value::null();
  if (limit < 1)
    return runtime::raise_value_error(vm, "recursion limit must be greater or equal than 1");
  if (limit > (int64_t{1} << 30)) {
    return runtime::raise_overflow_error(vm, "Python int too large to convert to C int");
  }
  if (limit <= vm.frames().depth()) {
    return runtime::raise(vm, vm.types().recursion_error,
                          "cannot set the recursion limit to " + std::to_string(limit) +
                              " at the recursion depth " + std::to_string(vm.frames().depth()) +
                              ": the limit is too low");
  }
  vm.set_recursion_limit(static_cast<int>(limit));
  return vm.none();
}

void set(VM& vm, runtime::Module* sys, const char* name, Value v) {
  runtime::dict_set_str(vm, sys->dict, vm.intern(name), v);
}

void add_function(VM& vm, runtime::Module* sys, const char* name, runtime::NativeFn fn, int min,
                  int max) {
  set(vm, sys, name, Value::from_object(runtime::native_function_new(vm, name, fn, min, max)));
}

}  // namespace

runtime::Module* create_sys_module(VM& vm) {
  runtime::Module* sys = runtime::module_new(vm, vm.intern("sys"));
  set(vm, sys, "argv", Value::from_object(runtime::list_new(vm)));
  set(vm, sys, "path", Value::from_object(runtime::list_new(vm)));
  set(vm, sys, "modules", Value::from_object(vm.modules()));
  set(vm, sys, "maxsize", runtime::int_from_int64(vm, INT64_MAX));
  set(vm, sys, "byteorder", Value::from_object(vm.intern("little")));
  set(vm, sys, "platform", Value::from_object(vm.intern("linux")));
  set(vm, sys, "version",
      Value::from_object(vm.intern("3.11.7 (pyvm, a VM for CPython 3.11 bytecode)")));
  Value version_info[] = {Value::from_small_int(3), Value::from_small_int(11),
                          Value::from_small_int(7), Value::from_object(vm.intern("final")),
                          Value::from_small_int(0)};
  set(vm, sys, "version_info", Value::from_object(runtime::tuple_from(vm, version_info, 5)));
  add_function(vm, sys, "exit", sys_exit, 0, 1);
  add_function(vm, sys, "getrecursionlimit", sys_getrecursionlimit, 0, 0);
  add_function(vm, sys, "setrecursionlimit", sys_setrecursionlimit, 1, 1);
  runtime::dict_set_str(vm, vm.modules(), sys->name, Value::from_object(sys));
  return sys;
}

void sys_set_argv(VM& vm, const std::vector<std::string>& argv) {
  runtime::List* list = runtime::list_new(vm);
  for (const std::string& arg : argv) {
    runtime::list_append(vm, list, Value::from_object(runtime::str_from_utf8(vm, arg)));
  }
  runtime::dict_set_str(vm, vm.sys_module()->dict, vm.intern("argv"), Value::from_object(list));
}

}  // namespace pyvm::vm
