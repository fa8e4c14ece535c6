// weakref.WeakValueDictionary, weakref.WeakKeyDictionary and
// weakref.finalize: native versions of the classes of CPython's weakref.py,
// built on runtime/weakref.h.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

struct WeakrefState;

// Creates the three types and records them in `state`.
void init_weak_container_types(VM& vm, WeakrefState& state);
// Calls the finalize objects still alive whose `atexit` is true, newest
// first, as CPython's weakref module does at interpreter exit.
void run_atexit_finalizers(VM& vm);

}  // namespace pyvm::runtime
