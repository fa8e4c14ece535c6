// Slot wrappers: Python-visible dunder methods (__len__, __getitem__,
// __setitem__, __delitem__, __contains__, __hash__, __iter__, __eq__, __lt__...)
// for built-in types whose behaviour
// lives in C++ Type slots, so `[].__len__()` and `list.__getitem__(l, 0)` work.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Adds a wrapper for each non-null container slot of `type` whose dunder name
// is not already in its dict. Call at the end of the type's init function.
void add_slot_wrappers(VM& vm, Type* type);

}  // namespace pyvm::runtime
