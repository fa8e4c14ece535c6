// Loop traces entered at a for loop's first iteration (docs/jit.md, "Loop
// entry"): GET_ITER followed by the loop's FOR_ITER leaves the frame exactly
// as a back-edge to that FOR_ITER does (the iterator on the stack), so a
// loop with a trace runs it from its first iteration instead of
// interpreting one iteration per loop execution first. Short loops in
// functions called often (nqueens' `ok`) spend most of their time in that
// first iteration otherwise.
//
// Invariants:
//   - Only a loop that already has a trace is entered here: recording still
//     starts at back-edges only, and counters count back-edges only.
//   - A loop whose first iterations leave its trace inside an inlined callee
//     (an exit that rebuilds frames, costlier than interpreting the
//     iteration) in more than 1/kEarlyCalleeShare of kEarlyProbe runs is not
//     entered here again (raytrace's `closest`: its first object's `hit`
//     takes another path).
//   - The trace runs only when every local slot it loads without first
//     storing it is bound in the frame: at a back-edge the body's locals are
//     bound from the previous iteration, before the first one they may not be.
#pragma once

#include <cstdint>

#include "jit/hotcount.h"
#include "jit/trace.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace pyvm::jit {

inline constexpr uint32_t kEarlyProbe = 128;
inline constexpr uint32_t kEarlyCalleeShare = 8;

// Counts a first-iteration run of `loop`'s trace that ended with `left_in_callee`
// (the top frame is an inlined callee's), and stops such runs when too many do.
void note_early_run(HotLoop& loop, bool left_in_callee);

// Whether `iterator` (the loop's, on the stack) is a list, tuple or range
// iterator with nothing left: the loop would not run, and entering its
// trace only to exit at the FOR_ITER costs more than the interpreter's jump.
[[nodiscard]] bool iterator_empty(vm::VM& vm, Value iterator);

// Whether `trace` (the root trace of `loop`) may run in `frame` at the
// loop's first iteration: every slot it loads is bound. The slots are
// computed once per trace and kept in `loop`.
[[nodiscard]] bool loop_entry_slots_bound(HotLoop& loop, const Trace& trace, vm::Frame* frame);

}  // namespace pyvm::jit
