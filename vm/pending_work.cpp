// The eval breaker's slow path (see vm/pending_work.h).
#include "vm/pending_work.h"

#include <string.h>

#include <algorithm>

#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/finalizers.h"
#include "runtime/module.h"
#include "vm/frame.h"
#include "vm/opcodes.h"
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

namespace {

// The callable of the CALL instruction `frame` is executing, or null when its
// current instruction is not a CALL whose operands lie on its value stack.
Value callable_of_current_call(Frame* frame) {
  const uint16_t* instr = frame->first_instruction() + frame->current_unit;
  if ((*instr & 0xff) != CALL) return Value::null();
  Value* base = frame->sp - (*instr >> 8) - 2;
  if (base < frame->stack_base()) return Value::null();
  return base[0].is_null() ? base[1] : base[0];
}

bool is_main_module_frame(VM& vm, Frame* frame) {
  if (frame->function != nullptr || frame->globals == nullptr) return false;
  Value main = runtime::dict_get_str(vm, vm.modules(), vm.intern("__main__"));
  if (main.is_null() || !main.is_object() || main.object()->type != vm.types().module) return false;
  return main.as<runtime::Module>()->dict == frame->globals;
}

}  // namespace

bool native_stack_holds_no_values(VM& vm, runtime::NativeFn fn) {
  Frame* top = vm.frames().top();
  if (top == nullptr) return false;
  Frame* bottom = top;
  for (Frame* frame = top; frame != nullptr; frame = frame->previous) {
    if (frame->is_entry && frame->previous != nullptr) return false;
    bottom = frame;
  }
  if (!bottom->is_entry || !is_main_module_frame(vm, bottom)) return false;
  Value callable = callable_of_current_call(top);
  if (!callable.is_object() || callable.object()->type != vm.types().builtin_function) return false;
  return callable.as<runtime::NativeFunction>()->fn == fn;
}

}  // namespace pyvm::vm
