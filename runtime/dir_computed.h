// The attributes that pyvm computes in a built-in type's getattr slot instead
// of keeping a descriptor in the type's dict (range.start, an exception's
// args, a generator's gi_frame...), so that dir() of an instance lists them
// as CPython's does.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

struct Dict;

// Adds to the ordered name set `names` (keys mapped to None) the computed
// attribute names of built-in instance `obj` that it really has (each is
// looked up first). False with an exception pending on error.
[[nodiscard]] bool merge_computed_names(VM& vm, Value obj, Dict* names);

}  // namespace pyvm::runtime
