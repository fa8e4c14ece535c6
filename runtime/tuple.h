// tuple: immutable sequences with their items inline after the header.
// Invariant: `length` never changes after creation and every item is non-null
// once the creator has filled it (items start as null).
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::runtime {

struct Tuple : Object {
  int64_t length;
  int64_t hash_cache_unused;  // keeps items 16-byte aligned
  Value* items() { return reinterpret_cast<Value*>(this + 1); }
  const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
  Value at(int64_t i) const { return items()[i]; }
};

// A new tuple of `length` null items; fill each with tuple_init_item.
Tuple* tuple_new(VM& vm, int64_t length);
Tuple* tuple_from(VM& vm, const Value* items, int64_t length);
// Stores into a tuple under construction (runs the write barrier).
void tuple_init_item(VM& vm, Tuple* t, int64_t i, Value v);
// The shared empty tuple.
Tuple* tuple_empty(VM& vm);

void init_tuple_type(VM& vm);

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::Tuple;
}  // namespace pyvm

namespace pyvm::runtime {
// True for tuple and its subclasses.
bool is_tuple(VM& vm, Value v);
// A new tuple holding every item of `iterable`; null on error.
[[nodiscard]] Value tuple_from_iterable(VM& vm, Value iterable);
}  // namespace pyvm::runtime
