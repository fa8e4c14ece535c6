// Side traces of exits inside inlined generators: a guard that failed in a
// generator body the trace followed from FOR_ITER (an unrolled inner loop
// that ran a different number of times, a branch of the body).
//
// The exit restorer saves each generator of the chain mid-body
// (`Generator::resume_in_body`) and resumes the root frame at the outermost
// FOR_ITER (jit/inline_generators.cpp); no interpreter frame is pushed. The
// side trace starts there, in the root frame, without inheriting: its first
// instruction is that FOR_ITER, which follows the generator into its body
// again from the saved state (the recorder guards `resume_in_body` and sends
// no value, jit/recorder_generators.cpp), records the rest of the body, the
// yield, and the caller's loop body up to a loop header with a trace.
//
// Invariants:
//   - Every frame of the snapshot's chain is an inlined generator, the
//     outermost one resumed by a FOR_ITER of the root frame (not by `send`),
//     and the tree's root is a loop trace.
//   - The side trace inherits nothing: the dispatcher runs it after the full
//     restore, from the frame and the generator objects.
#pragma once

#include <cstdint>

#include "jit/trace.h"

namespace pyvm::jit {

// Whether a side trace may start at exit `exit` of `trace`, an exit inside
// inlined generators.
bool generator_side_possible(const Trace& trace, uint32_t exit);
// The root-code unit where that side trace starts: the outermost FOR_ITER.
int32_t generator_side_start_unit(const Trace& trace, uint32_t exit);

}  // namespace pyvm::jit
