// __del__ on user classes, and the work the VM runs at safe points and at
// exit for finalizers and weak references.
//
// An instance whose class defines __del__ when it is created is registered
// with the collector (gc::Heap::register_finalizer). A collection that finds
// it unreachable keeps it alive and queues it; the next safe point
// (vm/pending_work.h) calls its __del__ once, then a later collection frees
// it if it is still unreachable. See docs/gc.md, "Finalizers and weak
// references", for how the timing differs from CPython's reference counting.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Registers a newly created instance for __del__ if its class defines one
// (called once per instance by user-class construction).
void note_new_instance(VM& vm, Value instance);

// Runs everything the collector queued: weakref callbacks and dictionary
// cleanups first, then __del__ methods, until the queues are empty.
// Exceptions they raise are reported ("Exception ignored in: ...") and
// ignored; an exception pending on entry is kept.
void run_pending_finalizers(VM& vm);

// At interpreter exit: collects and runs what is queued, calls live
// weakref.finalize objects marked atexit (newest first), then the __del__ of
// every instance still registered: those reachable from __main__'s globals
// first, in the order CPython's teardown of the module dict releases them,
// then the rest in creation order.
void finalize_at_exit(VM& vm);

}  // namespace pyvm::runtime
