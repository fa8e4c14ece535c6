// The generic exit restorer: turns a failing guard's snapshot and the values
// the exit stub saved into an interpreter frame state.
//
// Invariants:
//   - After restore_exit the frame is exactly what the interpreter would hold
//     had it executed the trace's instructions itself up to the snapshot's
//     pc: every slot the snapshot names holds its boxed value, pc points at
//     the instruction to run next, sp at the snapshot's stack depth.
//   - Boxing allocates through the GC; the values not yet written into the
//     frame stay in the caller's exit buffer on the native stack, which the
//     collector scans conservatively.
#pragma once

#include <cstdint>

#include "jit/trace.h"
#include "vm/frame.h"

namespace pyvm::jit {

void restore_exit(vm::VM& vm, vm::Frame* frame, const Trace& trace, uint32_t snapshot,
                  const uint64_t* exit_values);

// The boxed Value of an IR value of `type` whose machine word is `bits`.
Value box_value(vm::VM& vm, IrType type, uint64_t bits);

}  // namespace pyvm::jit
