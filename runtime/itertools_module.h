// The native `itertools` module: CPython 3.11's iterator building blocks
// (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
// filterfalse, groupby, islice, pairwise, starmap, tee, zip_longest and the
// combinatoric iterators product, permutations, combinations and
// combinations_with_replacement). Every iterator is lazy and pulls from its
// sources only when asked for an item.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::runtime {

// The one instance layout of all itertools iterators: a few traced Values
// whose meaning each type documents beside its constructor, and a few plain
// integers. Unused slots stay null.
struct IterState : Object {
  static constexpr int kSlots = 6;
  Value slot[kSlots];
  int64_t n[4];
};

// Traces every slot of an IterState.
void iter_state_trace(Object* self, Tracer& tracer);
// A new iterator of `type` with all slots null.
IterState* iter_state_new(VM& vm, Type* type);
// Stores `v` in slot `i` with the write barrier.
void iter_state_set(VM& vm, IterState* s, int i, Value v);
// An iterator type `itertools.name` using the IterState layout, iterating
// itself and advancing with `next`.
Type* iter_state_type_new(VM& vm, const char* name, NextFn next, ConstructFn construct);

// Adds product, permutations, combinations and
// combinations_with_replacement to the module dict (itertools_combinatorics.cpp).
void add_itertools_combinatorics(VM& vm, Dict* module_dict);
// Adds tee and _tee (itertools_tee.cpp).
void add_itertools_tee(VM& vm, Dict* module_dict);

// Creates the module and registers it in sys.modules.
void create_itertools_module(VM& vm);

}  // namespace pyvm::runtime
