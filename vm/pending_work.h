// The eval breaker's slow path: work that must wait for a safe point between
// two instructions (finalizers and weakref callbacks queued by a collection;
// SIGINT, vm/signals.h; the fuzzers' step budget). VM::has_pending_work() is the flag; the
// interpreter tests it at back-edges, function entry and after native calls
// and calls run_pending_work when it is set.
#pragma once

#include <cstdint>

#include "runtime/function.h"

namespace pyvm::vm {

class VM;

// Clears the flag and runs the pending work. Returns -1 with an exception
// pending when the work raised one that must propagate into the running
// frame; 0 otherwise (exceptions raised by __del__ methods and weakref
// callbacks are reported on stderr and ignored, as in CPython).
[[nodiscard]] int run_pending_work(VM& vm);

// Called by gc.collect() just before it collects, so that values popped or
// passed earlier do not keep garbage alive through the conservative scans:
// nulls the stale slots above each frame's saved value-stack top, and zeroes
// the native stack below the caller, where the collector's own frames will
// lie. Only valid where every frame has saved its state (a call made by an
// instruction, as gc.collect() is).
void prepare_explicit_collection(VM& vm);

// True when the native function `fn` runs as the direct callee of a CALL
// instruction in the main module's outermost interpreter loop: the bottom
// frame is the __main__ module's, no other frame was entered from native code,
// and the top frame's current instruction is a CALL of `fn`. Then no native
// frame holds a Value the precise roots miss (the interpreter saved its state
// into the frames; the loaders above it keep nothing but the frames' code and
// globals), and gc.collect() may skip the conservative scan of the native
// stack, whose stale words would otherwise keep dead objects alive.
// Compiled traces never call gc.collect(), so a running trace cannot be the
// caller.
[[nodiscard]] bool native_stack_holds_no_values(VM& vm, runtime::NativeFn fn);

// Limits the run to about `steps` safe points (vm.step_budget); 0 removes the
// limit. Used by the fuzz targets to stop endless loops.
void set_step_budget(VM& vm, int64_t steps);

}  // namespace pyvm::vm
