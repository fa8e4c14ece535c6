// The eval breaker's slow path (see vm/pending_work.h).
#include "vm/pending_work.h"

#include <string.h>

#include <algorithm>

#include "runtime/code.h"
#include "runtime/exceptions.h"
#include "runtime/finalizers.h"
#include "vm/frame.h"
#include "vm/signals.h"
#include "vm/vm.h"

namespace pyvm::vm {

namespace {

// Counts one safe point against the step budget; -1 with RuntimeError
// pending once the budget is used up.
int charge_step_budget(VM& vm) {
  if (vm.step_budget == 0) return 0;
  vm.set_pending_work(true);  // come back at the next safe point
  if (vm.step_budget > 0 && --vm.step_budget > 0) return 0;
  vm.step_budget = -1;
  runtime::raise(vm, vm.types().runtime_error, "step budget exhausted");
  return -1;
}

}  // namespace

int run_pending_work(VM& vm) {
  vm.set_pending_work(false);
  runtime::run_pending_finalizers(vm);
  if (vm.has_exception()) return -1;
  if (check_signals(vm) < 0) return -1;
  if (vm.take_memory_error()) {
    runtime::raise_memory_error(vm);  // over the heap cap (VM::memory_exhausted)
    return -1;
  }
  return charge_step_budget(vm);
}

void set_step_budget(VM& vm, int64_t steps) {
  vm.step_budget = steps;
  if (steps != 0) vm.set_pending_work(true);
}

namespace {

// Zeroes the next 16 KiB of native stack below the caller. Not inlined, so
// the buffer lies where the caller's next callees will place their frames.
__attribute__((noinline)) void scrub_native_stack() {
  char buffer[16384];
  explicit_bzero(buffer, sizeof(buffer));
}

}  // namespace

void prepare_explicit_collection(VM& vm) {
  for (Frame* frame = vm.frames().top(); frame != nullptr; frame = frame->previous) {
    Value* end = frame->stack_base() + frame->code->stacksize;
    if (frame->sp >= frame->stack_base() && frame->sp < end) {
      std::fill(frame->sp, end, Value::null());
    }
  }
  scrub_native_stack();
}

}  // namespace pyvm::vm
