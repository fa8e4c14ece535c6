// Parts of `sys` that CPython's test support code reads: the trace and
// profile hooks (pyvm runs none: gettrace()/getprofile() are None and only
// None may be installed), the thread switch interval (kept, unused: pyvm
// runs one thread at a time), and the int/str conversion digit limit, which
// is fixed at CPython's default of 4300 (runtime/int.cpp); displayhook,
// which PRINT_EXPR calls.
#include <string>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/native_args.h"
#include "runtime/ops.h"
#include "vm/interpreter_support.h"
#include "vm/vm.h"

namespace pyvm::vm {
namespace {

constexpr int64_t kMaxStrDigits = 4300;
double switch_interval = 0.005;

Value sys_none(VM& vm, runtime::CallArgs) { return vm.none(); }

Value set_hook(VM& vm, runtime::CallArgs args, const char* what) {
  if (args.args[0] == vm.none()) return vm.none();
  return runtime::raise(vm, vm.types().not_implemented_error,
                        std::string("pyvm does not support ") + what + " functions");
}

Value sys_settrace(VM& vm, runtime::CallArgs args) { return set_hook(vm, args, "trace"); }
Value sys_setprofile(VM& vm, runtime::CallArgs args) { return set_hook(vm, args, "profile"); }

Value sys_get_int_max_str_digits(VM&, runtime::CallArgs) {
  return Value::from_small_int(kMaxStrDigits);
}

Value sys_set_int_max_str_digits(VM& vm, runtime::CallArgs args) {
  int64_t n;
  if (!runtime::index_to_int64(vm, args.args[0], &n)) return Value::null();
  if (n != 0 && n < 640) {
    return runtime::raise(vm, vm.types().value_error, "maxdigits must be 0 or larger than 640");
  }
  if (n == kMaxStrDigits) return vm.none();
  return runtime::raise(vm, vm.types().not_implemented_error,
                        "pyvm: the int/str conversion limit is fixed at 4300 digits");
}

Value sys_getswitchinterval(VM& vm, runtime::CallArgs) {
  return runtime::float_new(vm, switch_interval);
}

Value sys_setswitchinterval(VM& vm, runtime::CallArgs args) {
  double v;
  if (!runtime::number_to_double(vm, args.args[0], &v)) return Value::null();
  if (!(v > 0)) {
    return runtime::raise(vm, vm.types().value_error, "switch interval must be strictly positive");
  }
  switch_interval = v;
  return vm.none();
}

// sys.displayhook(value): prints repr(value) to sys.stdout and keeps it as
// builtins._ (None is not shown).
Value sys_displayhook(VM& vm, runtime::CallArgs args) {
  Value value = args.args[0];
  if (value == vm.none()) return vm.none();
  runtime::Dict* builtins = vm.builtins();
  runtime::dict_set_str(vm, builtins, vm.intern("_"), vm.none());
  Value text = runtime::repr(vm, value);
  if (text.is_null()) return text;
  Value out = runtime::module_attribute(vm, "sys", "stdout");
  if (out.is_null()) return out;
  if (out == vm.none()) {
    return runtime::raise(vm, vm.types().runtime_error, "lost sys.stdout");
  }
  Value write = runtime::get_attr(vm, out, vm.intern("write"));
  if (write.is_null()) return write;
  if (runtime::call_positional(vm, write, &text, 1).is_null()) return Value::null();
  Value newline = Value::from_object(vm.intern("\n"));
  if (runtime::call_positional(vm, write, &newline, 1).is_null()) return Value::null();
  runtime::dict_set_str(vm, builtins, vm.intern("_"), value);
  return vm.none();
}

}  // namespace

Value print_expr(VM& vm, Value value) {
  Value hook = runtime::module_attribute(vm, "sys", "displayhook");
  if (hook.is_null()) {
    vm.clear_exception();
    return runtime::raise(vm, vm.types().runtime_error, "lost sys.displayhook");
  }
  return runtime::call_positional(vm, hook, &value, 1);
}

void add_sys_extras(VM& vm, runtime::Module* sys) {
  struct {
    const char* name;
    runtime::NativeFn fn;
    int min, max;
  } functions[] = {
      {"gettrace", sys_none, 0, 0},
      {"settrace", sys_settrace, 1, 1},
      {"getprofile", sys_none, 0, 0},
      {"setprofile", sys_setprofile, 1, 1},
      {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, 0},
      {"set_int_max_str_digits", sys_set_int_max_str_digits, 1, 1},
      {"getswitchinterval", sys_getswitchinterval, 0, 0},
      {"setswitchinterval", sys_setswitchinterval, 1, 1},
      {"displayhook", sys_displayhook, 1, 1},
  };
  for (const auto& f : functions) {
    runtime::NativeFunction* native = runtime::native_function_new(vm, f.name, f.fn, f.min, f.max);
    if (!runtime::dict_get_str(vm, sys->dict, native->name).is_null()) continue;  // already there
    runtime::dict_set_str(vm, sys->dict, native->name, Value::from_object(native));
  }
  Value hook = runtime::dict_get_str(vm, sys->dict, vm.intern("displayhook"));
  runtime::dict_set_str(vm, sys->dict, vm.intern("__displayhook__"), hook);
}

}  // namespace pyvm::vm
