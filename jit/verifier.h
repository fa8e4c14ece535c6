// The IR verifier: structural checks of a trace's IR and snapshots, run
// after the optimisation passes in debug builds (and by the unit
// tests). A failure is a JIT bug: debug builds stop with a message.
#pragma once

#include <string>

#include "jit/trace.h"

namespace pyvm::jit {

// Empty when the IR is well formed, else a description of the first problem.
std::string verify_trace(const Trace& trace);

}  // namespace pyvm::jit
