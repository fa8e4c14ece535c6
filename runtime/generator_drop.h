// Closing suspended generators when they are dropped, as CPython's reference
// counting does (`for x in gen(): break` runs gen's finally at the break).
//
// A generator suspended at a yield covered by an exception handler (finally,
// with, except), or delegating to such a generator, is "cleanup pending". It
// is registered once with the collector's finalizers, so a collection that
// finds it dead calls close() (runtime/finalizers.h). To close it promptly,
// the interpreter, only while some generator is cleanup pending
// (vm.suspended_cleanup_generators != 0), checks the values it drops: the
// value POP_TOP discards (a `for` loop left by break/return), a local or
// name that is overwritten or deleted, the locals of a returning frame and
// the value-stack items an exception unwinds past. When one is a cleanup
// pending generator it runs a targeted collection (minor when the generator
// is young, major otherwise) and then the queued finalizers. The collector
// decides reachability, so a generator still referenced is never closed.
//
// Invariants:
//   - vm.suspended_cleanup_generators counts the generators whose
//     cleanup_pending is set; it is updated on every suspension and resumption.
//   - Targeted collections are rate limited: their total CPU time stays under
//     an eighth of the thread's CPU time (plus a small allowance); beyond
//     that, dropped generators are closed by the next ordinary collection.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

struct Generator;

// What the interpreter was doing when it dropped a value.
enum class DropSite { kPop, kStore, kFrameExit, kUnwind };

// Result of a drop check: no collection, a minor one or a major one.
enum class DropCollection : int { kNone = 0, kMinor = 1, kMajor = 2 };

// Called by generator_resume around each resumption of `gen`.
void generator_note_resuming(VM& vm, Generator* gen);
void generator_note_suspended(VM& vm, Generator* gen);

// Whether dropping `value` may close a generator (and which collection).
[[nodiscard]] DropCollection generator_drop_check(VM& vm, Value value, DropSite site);

// Stores `value` into `*slot` and checks the value it replaced.
[[nodiscard]] DropCollection generator_replace_slot(VM& vm, Value* slot, Value value);

// Checks the current binding of `name` in `mapping` (a dict), which is about
// to be overwritten or deleted.
[[nodiscard]] DropCollection generator_drop_check_name(VM& vm, Value mapping, Str* name);

// Nulls the cleanup-pending generators in [begin, end) other than `keep`
// (slots that are dying: a returning frame's locals, unwound stack items).
[[nodiscard]] DropCollection generator_release_slots(VM& vm, Value* begin, Value* end, Value keep);

// Runs the targeted collection and the finalizers it queued. The caller's
// frame must be saved (its sp exact) and hold no dropped value.
void collect_dropped_generators(VM& vm, DropCollection kind);

// The collector's finalizer for a dead cleanup-pending generator: close(),
// reporting an exception as "Exception ignored in: <generator object ...>".
void generator_finalize(VM& vm, Generator* gen);

}  // namespace pyvm::runtime
