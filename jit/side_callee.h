// Side traces that start inside inlined callees: an exit whose snapshot
// names inlined frames (a guard that failed in a callee the trace followed)
// gets a side trace like any other exit.
//
// The exit restorer rebuilt one interpreter frame per inlined call
// (jit/inline_frames.h); the side trace's recorder starts in the innermost
// of them with the parent's frame chain as its own inlined frames (the same
// InlineFrame records and virtual slots), follows the callee to its return
// into the caller, and goes on in the root frame to a loop header with a
// trace (jit/side_recorder.cpp) or, for a function trace, to the return.
// Such a side trace always inherits (jit/side_inherit.cpp): when it runs,
// the dispatcher skips the restorer, so no frame is pushed, and the side
// trace reads every value of the callee frames from the parent's exit
// buffer; its own exits inside them rebuild the frames from its snapshots.
//
// Invariants:
//   - The snapshot's frames are plain calls, dunders or __init__ frames (no
//     inlined generator, whose exit saves a generator instead of pushing a
//     frame), and the tree's root is a loop trace (Jit::maybe_start_side:
//     a function trace's callee exits count against it).
//   - The side trace's first InlineFrames are copies of the parent's chain,
//     outermost first, with the same bases; its max_inline_depth covers them,
//     and the dispatcher checks that the frame stack has room for them
//     before it enters the side trace.
#pragma once

#include <cstdint>

#include "jit/trace.h"

namespace pyvm::jit {

// Whether a side trace may start at exit `exit` of `trace`, an exit inside
// inlined frames (Snapshot::frame >= 0).
bool callee_side_possible(const Trace& trace, uint32_t exit);
// The root-code unit of the call that leads into the snapshot's frames.
int32_t callee_side_call_unit(const Trace& trace, uint32_t exit);

}  // namespace pyvm::jit
