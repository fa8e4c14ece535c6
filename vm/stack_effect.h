// Stack effects of CPython 3.11 instructions, as the interpreter really runs
// them (not as the compiler's bookkeeping approximates them): how many values
// an instruction needs on the stack, how many of those it removes, and how
// many it leaves, on its fall-through path and on its jump path.
#pragma once

#include <cstdint>

namespace pyvm::vm {

struct StackUse {
  int64_t pops;    // values the instruction consumes (the stack must hold this many)
  int64_t pushes;  // values it leaves in their place
};

// The stack use of `op` with oparg `arg`. `jump` selects the branch-taken path
// of a conditional or unconditional jump (FOR_ITER, SEND, JUMP_IF_*_OR_POP
// differ between the two). Precondition: `op` is a valid 3.11 opcode.
StackUse stack_use(uint8_t op, uint32_t arg, bool jump);

// pushes - pops of stack_use: the net change of the stack depth.
int64_t stack_effect(uint8_t op, uint32_t arg, bool jump);

// True when execution never continues at the next instruction (returns,
// raises and unconditional jumps).
bool is_terminator(uint8_t op);

}  // namespace pyvm::vm
