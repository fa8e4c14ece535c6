// sys.excepthook and sys.__excepthook__: print an exception and its
// traceback on stderr the way an uncaught exception is reported
// (Lib/threading.py and logging read them at import).
#include <cstdio>

#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "vm/sys_module.h"
#include "vm/traceback.h"
#include "vm/vm.h"

namespace pyvm::vm {
namespace {

Value sys_excepthook(VM& vm, runtime::CallArgs args) {
  Value value = args.args[1];
  if (!runtime::is_instance_of(vm, value, vm.types().base_exception)) {
    return runtime::raise_type_error(vm, "print_exception(): Exception expected for value, " +
                                             runtime::type_name(vm, value) + " found");
  }
  std::fflush(stdout);
  print_exception(vm, value, stderr);
  return vm.none();
}

}  // namespace

void add_sys_excepthook(VM& vm, runtime::Module* sys) {
  runtime::NativeFunction* f = runtime::native_function_new(vm, "excepthook", sys_excepthook, 3, 3);
  runtime::dict_set_str(vm, sys->dict, vm.intern("excepthook"), Value::from_object(f));
  runtime::dict_set_str(vm, sys->dict, vm.intern("__excepthook__"), Value::from_object(f));
}

}  // namespace pyvm::vm
