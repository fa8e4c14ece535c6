// weakref.WeakValueDictionary, weakref.WeakKeyDictionary and
// weakref.finalize (and WeakSet, WeakMethod): native versions of the classes
// of CPython's weakref.py, built on runtime/weakref.h.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

struct WeakrefState;

// Creates the three types and records them in `state`.
void init_weak_container_types(VM& vm, WeakrefState& state);
// Calls the finalize objects still alive whose `atexit` is true, newest
// first, as CPython's weakref module does at interpreter exit.
void run_atexit_finalizers(VM& vm);

struct WeakRef;
// weakref.WeakSet and weakref.WeakMethod (runtime/weak_set.cpp): creates the
// types, recorded in `state`.
void init_weak_set_types(VM& vm, WeakrefState& state);
// Handles a cleared ref owned by a WeakSet or WeakMethod; false for others.
bool weak_set_owner_cleared(VM& vm, WeakRef* ref);

}  // namespace pyvm::runtime
