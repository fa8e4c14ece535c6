// Direct links: a side trace whose final exit does the restorer's work
// itself, so the dispatcher enters the loop trace it links to at once,
// without restoring the frame.
//
// The side trace boxes its final snapshot's values into the frame's slots and
// sets the frame's sp, exactly what the restorer would do at that exit (the
// loop trace then reads the frame as at any entry), stores the target in the
// Jit's `linked` word and returns. The dispatcher (jit/jit.cpp) reads and
// clears that word after every trace call: when set, it enters the target
// with the same exit buffer. The side trace returns first, rather than
// calling the target, so that its stale stack slots are not scanned as roots
// while the target runs.
//
// Invariants:
//   - Only a loop trace is a target (no function trace, no trace ending at a
//     return), in the same code object, with the root's globals and builtins
//     (the frame running the side trace has them), entry depth equal to the
//     final snapshot's depth, and inlined frames no deeper than the root's
//     (whose frame-stack room the dispatcher checks at the root's entry).
//   - The final snapshot has no sunk object and no inlined frame; its
//     constant ints are small ints. Pending work, or a computed int that is
//     no small int, takes the ordinary final exit.
#pragma once

#include "jit/trace.h"

namespace pyvm::jit {

// `target` (the compiled trace at the side trace's link unit, or null) when
// side trace `side`, of tree `root`, may call it directly; else null.
Trace* direct_link_target(const Trace& side, const Trace& root, Trace* target);

}  // namespace pyvm::jit
