// Whole-trace optimisation after recording: loop peeling with invariant
// hoisting (`loop`), and dead-code elimination (`dce`). FOLD and CSE already
// ran during emission (jit/ir.h). Each pass can be switched off with
// PYVM_JIT_OPT / -X jit-opt (jit/options.h) to bisect a miscompile.
//
// Loop peeling (LuaJIT's approach, see docs/jit.md): the recorded iteration
// becomes the pre-roll, and the loop body is a copy of it in which every
// instruction that depends on nothing the iteration changes is not copied at
// all: the copy refers to the pre-roll's result instead. Invariant guards,
// type checks, dict-version checks and loads of fixed fields are thereby
// hoisted out of the loop. A frame slot whose value the iteration changes
// gets a PHI joining its pre-roll value with its loop-end value; inside the
// loop, the pre-roll ref of such a value denotes the PHI.
//
// Invariants:
//   - A pre-roll instruction is "variant" when it reads memory (kLoad),
//     writes it (kStore), is an SLOAD of a slot the iteration modifies, or
//     has a variant operand. Only variant instructions are copied.
//   - If a slot's loop-end value has a different IR type from its entry
//     SLOAD, the trace gets no loop (it ends with an EXIT that re-enters).
#pragma once

#include <string>

#include "jit/options.h"
#include "jit/trace.h"

namespace pyvm::jit {

// Runs the passes and fills trace.live. With a dump, appends the IR after
// each pass.
void optimize_trace(Trace& trace, const JitOptions& options, std::string* dump);

}  // namespace pyvm::jit
