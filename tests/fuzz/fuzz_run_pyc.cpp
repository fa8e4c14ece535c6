// libFuzzer target: load + verify + run a mutated .pyc (vm/pyc.h) with a
// step budget (vm/pending_work.h), so that endless loops end with an
// exception. Whatever the bytes, pyvm must raise or finish, never crash.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/dict.h"
#include "runtime/module.h"
#include "tests/fuzz/fuzz_common.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/pending_work.h"
#include "vm/pyc.h"

namespace {

constexpr int64_t kStepBudget = 20000;

// A fuzzed program may call time.sleep with any argument, which the step
// budget cannot interrupt: the time module is hidden (None in sys.modules,
// so importing it fails or yields None).
void hide_blocking_modules(pyvm::VM& vm) {
  pyvm::runtime::dict_set_str(vm, vm.modules(), vm.intern("time"), vm.none());
}

pyvm::runtime::Dict* fresh_globals(pyvm::VM& vm) {
  pyvm::runtime::Module* main = pyvm::runtime::module_new(vm, vm.intern("__main__"));
  pyvm::runtime::dict_set_str(vm, main->dict, vm.intern("__builtins__"),
                              pyvm::runtime::dict_get_str(vm, vm.modules(), vm.intern("builtins")));
  return main->dict;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  pyvm::VM& vm = pyvm::fuzz::fuzz_vm();
  hide_blocking_modules(vm);
  std::string error;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  pyvm::runtime::Code* code = pyvm::vm::load_pyc_bytes(vm, bytes, &error);
  if (code != nullptr) {
    pyvm::vm::set_step_budget(vm, kStepBudget);
    (void)pyvm::vm::run_module_code(vm, code, fresh_globals(vm));
    pyvm::vm::set_step_budget(vm, 0);
  }
  vm.clear_exception();
  vm.set_handled_exception(vm.none());
  vm.set_recursion_limit(1000);
  return 0;
}
