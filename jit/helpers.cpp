// Runtime entry points for compiled traces (see jit/helpers.h).
#include "jit/helpers.h"

#include "runtime/float.h"
#include "runtime/list.h"

namespace pyvm::jit {

uint64_t helper_box_float(vm::VM* vm, double value) { return runtime::float_new(*vm, value).raw(); }

void helper_list_store(vm::VM* vm, runtime::Object* list, int64_t index, uint64_t value) {
  runtime::list_set_item(*vm, static_cast<runtime::List*>(list), index, Value::from_raw(value));
}

}  // namespace pyvm::jit
