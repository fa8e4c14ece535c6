// The builtins that CPython's `site` module and its async support add:
// exit/quit (raise SystemExit), aiter/anext, breakpoint, the interactive
// helpers help/copyright/credits/license (NotImplementedError naming them),
// the IOError/EnvironmentError aliases of OSError and the builtins module's
// own __package__/__spec__/__loader__.
#include <cstdlib>
#include <string>

#include "runtime/builtins.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm::runtime {
namespace {

// exit(code=None) / quit(code=None): raise SystemExit(code).
Value builtin_exit(VM& vm, CallArgs args) {
  Value code = args.npos > 0 ? args.args[0] : vm.none();
  return raise_value(vm, exception_new(vm, vm.types().system_exit, tuple_from(vm, &code, 1)));
}

// Calls the special method `name` of `object`'s type, or raises TypeError
// "'int' object is not an async <what>".
Value call_special(VM& vm, Value object, const char* name, const char* what) {
  Value method = type_lookup(vm, type_of(vm, object), vm.intern(name));
  if (method.is_null()) {
    if (vm.has_exception()) return method;
    return raise_type_error(vm, "'" + type_name(vm, object) + "' object is not an async " + what);
  }
  return call_positional(vm, method, &object, 1);
}

// aiter(async_iterable): its __aiter__().
Value builtin_aiter(VM& vm, CallArgs args) {
  Value it = call_special(vm, args.args[0], "__aiter__", "iterable");
  if (it.is_null()) return it;
  if (type_lookup(vm, type_of(vm, it), vm.intern("__anext__")).is_null()) {
    return raise_type_error(
        vm, "aiter() returned not an async iterator of type '" + type_name(vm, it) + "'");
  }
  return it;
}

// anext(async_iterator): its __anext__() awaitable. The two-argument form
// needs an awaitable wrapper that pyvm does not have yet.
Value builtin_anext(VM& vm, CallArgs args) {
  if (args.npos > 1) {
    return raise(vm, vm.types().not_implemented_error,
                 "anext() with a default value is not supported by pyvm yet");
  }
  return call_special(vm, args.args[0], "__anext__", "iterator");
}

// breakpoint(): nothing when PYTHONBREAKPOINT=0 (as CPython), else pyvm has
// no debugger to enter.
Value builtin_breakpoint(VM& vm, CallArgs) {
  const char* hook = std::getenv("PYTHONBREAKPOINT");
  if (hook != nullptr && std::string(hook) == "0") return vm.none();
  return raise(vm, vm.types().not_implemented_error,
               "breakpoint(): pyvm has no debugger (set PYTHONBREAKPOINT=0 to ignore it)");
}

Value interactive_only(VM& vm, const char* name) {
  return raise(
      vm, vm.types().not_implemented_error,
      std::string(name) + "() is for the interactive interpreter; pyvm does not provide it");
}

Value builtin_help(VM& vm, CallArgs) { return interactive_only(vm, "help"); }
Value builtin_copyright(VM& vm, CallArgs) { return interactive_only(vm, "copyright"); }
Value builtin_credits(VM& vm, CallArgs) { return interactive_only(vm, "credits"); }
Value builtin_license(VM& vm, CallArgs) { return interactive_only(vm, "license"); }

struct ExtraBuiltin {
  const char* name;
  NativeFn fn;
  int min_args;
  int max_args;
};

constexpr ExtraBuiltin kExtraBuiltins[] = {
    {"exit", builtin_exit, 0, 1},
    {"quit", builtin_exit, 0, 1},
    {"aiter", builtin_aiter, 1, 1},
    {"anext", builtin_anext, 1, 2},
    {"breakpoint", builtin_breakpoint, 0, -1},
    {"help", builtin_help, 0, -1},
    {"copyright", builtin_copyright, 0, 0},
    {"credits", builtin_credits, 0, 0},
    {"license", builtin_license, 0, 0},
};

}  // namespace

void add_extra_builtins(VM& vm, Dict* builtins) {
  for (const ExtraBuiltin& spec : kExtraBuiltins) {
    NativeFunction* f = native_function_new(vm, spec.name, spec.fn, spec.min_args, spec.max_args,
                                            spec.max_args < 0 ? uint32_t{kNativeKeywords} : 0u);
    dict_set_str(vm, builtins, f->name, Value::from_object(f));
  }
  Value os_error = Value::from_object(vm.types().os_error);
  dict_set_str(vm, builtins, vm.intern("IOError"), os_error);
  dict_set_str(vm, builtins, vm.intern("EnvironmentError"), os_error);
  dict_set_str(vm, builtins, vm.intern("__package__"), Value::from_object(vm.intern("")));
  if (dict_get_str(vm, builtins, vm.intern("__spec__")).is_null()) {
    dict_set_str(vm, builtins, vm.intern("__spec__"), vm.none());
  }
  if (dict_get_str(vm, builtins, vm.intern("__loader__")).is_null()) {
    dict_set_str(vm, builtins, vm.intern("__loader__"), vm.none());
  }
}

}  // namespace pyvm::runtime
