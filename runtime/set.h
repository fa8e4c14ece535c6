// set and frozenset: open-addressing hash sets laid out like CPython's
// setobject.c (same table sizes, linear probes plus perturbation, dummy
// reuse), so that iteration order matches CPython's for the same inserts.
// Invariants:
//   - The table has mask + 1 slots, a power of two >= 8; `fill` counts active
//     plus dummy slots and stays below 3/5 of the table after every insertion.
//   - An empty slot has key null and hash 0; a dummy has key null and hash -1;
//     an active slot has a non-null key and its cached hash.
//   - A frozenset is never mutated after construction; `hash` caches its hash.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::runtime {

struct List;

struct SetEntry {
  Value key;  // null: empty (hash 0) or dummy (hash -1)
  int64_t hash;
};

struct Set : Object {
  int64_t fill;     // active + dummy slots
  int64_t used;     // active slots
  int64_t mask;     // slots - 1
  int64_t finger;   // where pop() starts looking
  int64_t hash;     // frozenset hash cache, -1 until computed
  SetEntry* table;  // a storage cell (runtime/storage.h); traced: active keys
};

Value set_new(VM& vm);
Value frozenset_new(VM& vm);
// True for set, frozenset and their subclasses.
bool is_any_set(VM& vm, Value v);
// Adds `item`; 0 on success, -1 on error (unhashable item).
[[nodiscard]] int set_add(VM& vm, Value set, Value item);
// 1 present, 0 absent, -1 error.
[[nodiscard]] int set_contains(VM& vm, Value set, Value item);
// 1 removed, 0 absent, -1 error.
[[nodiscard]] int set_discard(VM& vm, Value set, Value item);
// Adds every item of `iterable`; -1 on error.
[[nodiscard]] int set_update_from(VM& vm, Value set, Value iterable);
// Iteration by slot position; false at the end.
bool set_next(Set* set, int64_t* pos, Value* key);
// The items a set_iterator has not yet yielded: their number, each appended
// to `out` unless it is null; 0 once exhausted or when the set changed size
// (__reduce__ and __length_hint__, runtime/iterator_reduce.cpp).
int64_t set_iterator_remaining(VM& vm, Value iterator, List* out);

void init_set_types(VM& vm);

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::Set;
}  // namespace pyvm
