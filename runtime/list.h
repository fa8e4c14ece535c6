// list: mutable sequences. The item array is a storage cell owned by the list
// (runtime/storage.h).
// Invariant: items[0 .. length) are non-null; capacity >= length.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::runtime {

struct List : Object {
  int64_t length;
  int64_t capacity;
  Value* items;  // traced: items[0 .. length)
};

List* list_new(VM& vm, int64_t capacity_hint = 0);
List* list_from(VM& vm, const Value* items, int64_t length);
void list_append(VM& vm, List* list, Value v);
// Appends every item of `iterable`; -1 on error.
[[nodiscard]] int list_extend(VM& vm, List* list, Value iterable);
void list_set_item(VM& vm, List* list, int64_t i, Value v);  // 0 <= i < length
// l[start:stop:step] as a new list; the bounds are already adjusted to the
// list (slice_indices), `n` items.
[[nodiscard]] Value list_get_slice(VM& vm, List* l, int64_t start, int64_t step, int64_t n);
// l[start:stop:step] = value (del when value is null), bounds adjusted as for
// list_get_slice; -1 with an exception pending.
[[nodiscard]] int list_set_slice(VM& vm, List* l, int64_t start, int64_t stop, int64_t step,
                                 int64_t n, Value value);
// Adjusts slice bounds given as small ints or None (`step` non-null only for
// three-part slices) to a sequence of `length`, as slice.indices() does.
// False when a bound is of another type or the step is zero (the general
// path raises or converts).
bool small_slice_indices(Value start, Value stop, Value step, Value none, int64_t length,
                         int64_t* out_start, int64_t* out_stop, int64_t* out_step, int64_t* n);

void init_list_type(VM& vm);

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::List;
}  // namespace pyvm

namespace pyvm::runtime {
// True for list and its subclasses.
bool is_list(VM& vm, Value v);
// A new list holding every item of `iterable`; nullptr on error.
List* list_from_iterable(VM& vm, Value iterable);
}  // namespace pyvm::runtime
