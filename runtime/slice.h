// slice: the object that `a[i:j:k]` builds, and CPython's clamping rules that
// turn it into concrete indices for a sequence of a given length.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::runtime {

struct Slice : Object {
  Value start;  // None when omitted
  Value stop;
  Value step;
};

// A new slice; null arguments become None.
Value slice_new(VM& vm, Value start, Value stop, Value step);
bool is_slice(VM& vm, Value v);

// Computes the indices a slice selects in a sequence of `length` items, with
// CPython's clamping. False (with TypeError/ValueError pending) on bad parts.
[[nodiscard]] bool slice_indices(VM& vm, Slice* slice, int64_t length, int64_t* start,
                                 int64_t* stop, int64_t* step, int64_t* slicelength);

void init_slice_type(VM& vm);

}  // namespace pyvm::runtime

namespace pyvm {
using runtime::Slice;
}  // namespace pyvm
