// Runtime entry points that compiled traces call (by address) for work too
// large to inline: allocation and reference stores with the write barrier.
// They never raise and never run Python code.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::jit {

// A new float object's Value word (allocates through the GC).
uint64_t helper_box_float(vm::VM* vm, double value);
// The instance slot `index` of `instance` = value, with the write barrier.
void helper_slot_store(vm::VM* vm, runtime::Object* instance, int64_t index, uint64_t value);
// list[index] = value, with the write barrier. Precondition: 0 <= index < len.
void helper_list_store(vm::VM* vm, runtime::Object* list, int64_t index, uint64_t value);
// The write barrier half of a list store compiled inline (the item is
// already stored): called when an old, not yet remembered list received a
// young object.
void helper_list_barrier(vm::VM* vm, runtime::Object* list, int64_t index, uint64_t value);
// list.append(value) (may allocate; the write barrier through the runtime).
void helper_list_append(vm::VM* vm, runtime::Object* list, uint64_t value);
// Calls the native method `fn` with `self` alone (list.pop of a non-empty list:
// cannot fail).
uint64_t helper_call_method0(vm::VM* vm, runtime::Object* fn, runtime::Object* self);
// cell.contents = value, with the write barrier.
void helper_cell_store(vm::VM* vm, runtime::Object* cell, uint64_t value);
// A generator's saved frame value `index` = value, with the write barrier.
void helper_gen_store(vm::VM* vm, runtime::Object* gen, int64_t index, uint64_t value);

}  // namespace pyvm::jit
