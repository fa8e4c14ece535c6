// The bytecode verifier: decides whether a code object loaded from a .pyc is
// safe for the interpreter and the JIT to run without further checks on the
// instruction stream.
//
// After verify_code accepts a code object (and, recursively, every code object
// among its constants), these hold:
//   - Every instruction is a 3.11 opcode with its inline CACHE units present
//     (and zero); EXTENDED_ARG chains have at most 3 prefixes and end in a real
//     instruction.
//   - Every oparg is in range for its kind: constant, name and localsplus
//     indices index their tuples, LOAD_GLOBAL uses names[arg >> 1], *_FAST
//     names a plain local slot, *_DEREF / LOAD_CLOSURE a cell or free slot,
//     MAKE_CELL a cell slot, COPY_FREE_VARS copies exactly nfree, and enum-like
//     opargs (COMPARE_OP, BINARY_OP, FORMAT_VALUE, ...) are in their ranges.
//   - KW_NAMES names a tuple of str and is followed by PRECALL n / CALL n
//     with len(kwnames) <= n; every PRECALL n is followed by CALL n.
//   - Every jump target and exception handler lands on an instruction start
//     (possibly an EXTENDED_ARG prefix) inside the code.
//   - The exception table decodes, its entries are sorted, non-overlapping,
//     inside the code, with depth <= co_stacksize.
//   - On every path, each reachable instruction is entered with the same
//     stack depth, finds all its operands on the stack, never pushes beyond
//     co_stacksize, and never falls off the end of the code. An instruction
//     covered by a handler has at least the handler's depth on the stack.
//   - The NULL pushed by PUSH_NULL, LOAD_GLOBAL (oparg & 1) or LOAD_METHOD
//     is only ever read as the slot below the callable of PRECALL / CALL /
//     CALL_FUNCTION_EX (COPY and SWAP may move it); every other operand an
//     instruction reads is a real object.
// What is NOT guaranteed (the interpreter still checks at run time): the
// types of stack values (a MAKE_FUNCTION operand being a code object, a
// closure tuple holding cells, the lasti below RERAISE being an int).
#pragma once

#include <string>

#include "runtime/code.h"

namespace pyvm::vm {

class VM;

// Verifies `code` and every code object reachable through its constants,
// setting `verified` on each. On failure returns false and stores a one-line
// reason such as "bad jump target 300 at unit 12 in function 'f'".
[[nodiscard]] bool verify_code(VM& vm, runtime::Code* code, std::string* error);

}  // namespace pyvm::vm
