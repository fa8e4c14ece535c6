// Runtime entry points for the allocations traces make themselves: new
// instances of plain user classes (`C(args)` in a trace, jit/recorder_alloc.cpp)
// and the attribute stores that add a slot to an instance (`self.x = x` in an
// inlined __init__). They never raise and never run Python code.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::jit {

// A new instance of the plain user class `cls` (its layout is object's, its
// __new__ object.__new__) at the class's initial shape; its Value word.
uint64_t helper_new_instance(vm::VM* vm, runtime::Object* cls);
// What compiled code needs to build a new instance of `cls` inline, as
// helper_new_instance would (the GC's allocation fast path: a zeroed young
// cell of the size class's region, then the type word and the attribute
// header; the slots stay null). Only for classes whose slot count is
// known (`inline_slots` learned from earlier instances) and whose
// instances are small and have no finalizer; otherwise false, and the
// trace calls helper_new_instance.
struct InstanceFastLayout {
  uint64_t bytes = 0;           // the cell's size class is the one of `bytes`
  uint64_t shape = 0;           // the class's initial shape
  uint32_t capacity = 0;        // in-object slots (capacity == inline_capacity)
  int32_t shape_offset = 0;     // of Attributes::shape in the instance
  int32_t slots_offset = 0;     // of Attributes::slots (points at the first in-object slot)
  int32_t capacity_offset = 0;  // of Attributes::capacity, followed by inline_capacity
  int32_t first_slot_offset = 0;
};
[[nodiscard]] bool instance_fast_layout(vm::VM* vm, runtime::Object* cls, InstanceFastLayout* out);
// What compiled code needs to add an attribute inline, as helper_slot_add
// does when the instance has room and the barrier has nothing to do: the
// new shape's slot index (in-object or storage: through Attributes::slots)
// and the offsets of the attribute header's fields. False for an index
// beyond a 32-bit displacement.
struct SlotAddFastLayout {
  int32_t index = 0;
  int32_t shape_offset = 0;
  int32_t slots_offset = 0;
  int32_t capacity_offset = 0;
};
[[nodiscard]] bool slot_add_fast_layout(runtime::Object* next, SlotAddFastLayout* out);
// Adds the attribute that moves `instance` to `next` (a child of its current
// shape, which the trace guarded) with `value`, with the write barrier; grows
// the slot storage when the in-object slots are full.
void helper_slot_add(vm::VM* vm, runtime::Object* instance, uint64_t value, runtime::Object* next);

// A new tuple of `length` (> 0) null items, filled at once by
// helper_tuple_init (BUILD_TUPLE in a trace); its Value word.
uint64_t helper_new_tuple(vm::VM* vm, int64_t length);
// Item `index` of a tuple that helper_new_tuple made = value (write barrier).
void helper_tuple_init(vm::VM* vm, runtime::Object* tuple, int64_t index, uint64_t value);

}  // namespace pyvm::jit
