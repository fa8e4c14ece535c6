// Runtime entry points for side traces (see jit/side_helpers.h).
#include "jit/side_helpers.h"

#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "vm/vm.h"

namespace pyvm::jit {

uint64_t helper_new_range(vm::VM* vm, int64_t start, int64_t stop) {
  return runtime::range_new_small(*vm, start, stop, 1).raw();
}

uint64_t helper_iter_new(vm::VM* vm, uint64_t object) {
  return runtime::get_iter(*vm, Value::from_raw(object)).raw();
}

}  // namespace pyvm::jit
