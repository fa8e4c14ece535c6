// Direct links: a side trace whose final exit calls the loop trace it links
// to from machine code, instead of returning to the dispatcher, which would
// restore the frame and enter that trace from C++.
//
// The side trace boxes its final snapshot's values into the frame's slots and
// sets the frame's sp, exactly what the restorer would do at that exit (the
// loop trace then reads the frame as at any entry), calls the target with its
// own exit buffer, stores the target in the Jit's `linked` word and returns
// the target's exit. The dispatchers (jit/jit.cpp) read and clear that word
// after every trace call: when set, the exit they got is the target's.
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
