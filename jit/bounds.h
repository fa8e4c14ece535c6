// Bounds-check widening: a trace that reads or writes several constant
// indices of one sequence (a[0], a[1], ... a[6]) checks each index against
// the same loaded length. The first such check is made to test the largest
// index instead, and the others go away.
//
// Why it is sound: a trace is one path, so every guard of the recorded IR
// runs whenever the trace gets past the first one; the checks share one SSA
// length, so they all compare against the same value. If the widened check
// fails, a later check would have failed too, and exiting at the first one
// (with its own snapshot, before any of the work in between) lets the
// interpreter redo that work and raise or branch as it would have.
//
// Invariants:
//   - Runs on the recorded IR, before loop peeling (the peeled copy inherits
//     the widened form) and on side traces alike.
//   - Only guards GUARD_TRUE(ULT(KINT k, length)) with k >= 0 take part, and
//     the first one's ULT is rewritten only when that guard is its only use.
//   - A removed guard becomes a NOP without operands or snapshot; its ULT is
//     then dead (DCE).
//   - The rewritten ULT may name a constant defined later in the buffer:
//     constants have no position (the verifier allows it).
#pragma once

namespace pyvm::jit {

struct Trace;

// Returns the number of bounds checks removed.
int widen_bounds_checks(Trace& t);

}  // namespace pyvm::jit
