// Owned storage: the variable-size arrays of containers (list items, dict
// tables, set tables) as heap cells of their own. They are allocated like any
// object (a bump or a free-list pop) and die with their owner in the sweep, so
// containers cost no malloc/free and their memory counts in the heap.
//
// Invariants:
//   - A storage cell has exactly one owner, the container whose field points
//     at its payload. Nothing else keeps a pointer to it across an allocation
//     that may replace it.
//   - The storage type traces nothing: the owner's trace calls trace_storage
//     (which keeps the cell alive) and visits the Values inside itself, so the
//     owner's write barriers (index ranges included) stay what they were.
//   - Storage of an old owner starts old (gc::Heap::try_allocate_owned); the
//     owner copies only what it already held, so no barrier is needed.
//   - Storage that its owner replaces or drops is released at once.
#pragma once

#include <cstddef>

#include "runtime/object.h"

namespace pyvm::runtime {

// A zeroed payload of `bytes` bytes owned by `owner`; never null.
void* storage_allocate(VM& vm, const Object* owner, size_t bytes);
// Frees the storage whose payload is `payload` (null is allowed).
void storage_release(VM& vm, void* payload);
// For the owner's trace: keeps the storage of `payload` alive (null allowed).
void trace_storage(const void* payload, Tracer& tracer);

void init_storage_type(VM& vm);

}  // namespace pyvm::runtime
