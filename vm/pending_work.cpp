// The eval breaker's slow path (see vm/pending_work.h).
#include "vm/pending_work.h"

#include <string.h>

#include <algorithm>

#include "runtime/code.h"
#include "runtime/finalizers.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace pyvm::vm {

int run_pending_work(VM& vm) {
  vm.set_pending_work(false);
  runtime::run_pending_finalizers(vm);
  return vm.has_exception() ? -1 : 0;
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
