// Runtime entry points for compiled traces (see jit/helpers.h).
#include "jit/helpers.h"

#include <cmath>

#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/instance.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "vm/vm.h"

namespace pyvm::jit {

uint64_t helper_box_float(vm::VM* vm, double value) { return runtime::float_new(*vm, value).raw(); }

void helper_slot_store(vm::VM* vm, runtime::Object* instance, int64_t index, uint64_t value) {
  runtime::Attributes* a = &static_cast<runtime::Instance*>(instance)->attributes;
  vm->store(instance, &a->slots[index], Value::from_raw(value));
}

// Up to this many items an old list that receives a young item is remembered
// whole: tracing a short list at the next minor collection costs less than
// keeping its remembered index range (a hash-table update per store). Not
// more: an old list's items are mostly old objects scattered over the heap,
// and the minor collection reads where each one lives (8 keeps churn.py's
// rows of 40 remembered by range: their whole tracing was 18% of its time).
constexpr int64_t kWholeRememberMaxItems = 8;

void helper_list_store(vm::VM* vm, runtime::Object* list, int64_t index, uint64_t value) {
  auto* l = static_cast<runtime::List*>(list);
  Value v = Value::from_raw(value);
  if (l->length > kWholeRememberMaxItems) return runtime::list_set_item(*vm, l, index, v);
  vm->heap().write_barrier(l, v);
  l->items[index] = v;
}

void helper_list_barrier(vm::VM* vm, runtime::Object* list, int64_t index, uint64_t value) {
  auto* l = static_cast<runtime::List*>(list);
  Value v = Value::from_raw(value);
  if (l->length > kWholeRememberMaxItems) return vm->heap().write_barrier_index(l, index, v);
  vm->heap().write_barrier(l, v);
}

void helper_list_append(vm::VM* vm, runtime::Object* list, uint64_t value) {
  runtime::list_append(*vm, static_cast<runtime::List*>(list), Value::from_raw(value));
}

uint64_t helper_call_method0(vm::VM* vm, runtime::Object* fn, runtime::Object* self) {
  Value arg = Value::from_object(self);
  return runtime::call_positional(*vm, Value::from_object(fn), &arg, 1).raw();
}

void helper_cell_store(vm::VM* vm, runtime::Object* cell, uint64_t value) {
  auto* c = static_cast<runtime::Cell*>(cell);
  vm->store(c, &c->contents, Value::from_raw(value));
}

void helper_gen_store(vm::VM* vm, runtime::Object* gen, int64_t index, uint64_t value) {
  auto* g = static_cast<runtime::Generator*>(gen);
  vm->store(g, &g->values()[index], Value::from_raw(value));
}

}  // namespace pyvm::jit
