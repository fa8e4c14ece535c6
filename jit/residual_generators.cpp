// The residual helper of yields taken by their consumer (see
// jit/generators.h).
#include "jit/generators.h"

#include "runtime/yield_consumer.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace pyvm::jit {

uint64_t r_sum_yield(vm::VM* vm, const uint64_t* args, int64_t) {
  vm::Frame* frame = vm->frames().top();
  if (frame == nullptr ||
      !runtime::consume_yield(*vm, frame->generator, Value::from_raw(args[0]))) {
    return 0;
  }
  return vm->none().raw();
}

}  // namespace pyvm::jit
