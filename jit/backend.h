// The machine-code backend interface. Machine-independent code calls only
// this; the x86-64 implementation lives in jit/x64/ (asmjit), and nothing
// outside jit/x64/ includes asmjit's architecture headers.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "jit/code_memory.h"
#include "jit/trace.h"

namespace pyvm::jit {

// The backend's state kept between compiles of one Jit (the assembler's
// memory), opaque outside jit/x64/.
class BackendWorkspace {
 public:
  struct State;
  BackendWorkspace();
  ~BackendWorkspace();
  BackendWorkspace(const BackendWorkspace&) = delete;
  BackendWorkspace& operator=(const BackendWorkspace&) = delete;
  State* state() { return state_.get(); }

 private:
  std::unique_ptr<State> state_;
};

struct BackendConfig {
  vm::VM* vm = nullptr;
  // When non-null, every guard first decrements *stress_counter and exits
  // when it reaches zero (PYVM_JIT_STRESS_EXITS).
  int64_t* stress_counter = nullptr;
  bool fuse = true;  // fuse a compare with the guard that tests it
  // A side trace with `side.direct_link` stores that trace here when its final
  // exit calls it (jit/side_link.cpp); the dispatcher reads and clears it.
  Trace** linked = nullptr;
  bool dump = false;
  CodeArena* code = nullptr;  // where the machine code goes
  BackendWorkspace* workspace = nullptr;
};

// Compiles `trace` (IR after optimisation, `trace.live` filled) into
// executable memory: sets trace.entry, code_memory, code_size, code_mapping.
// Returns false (and a message) if code generation failed. With config.dump,
// *disassembly receives the machine code listing.
bool assemble_trace(Trace& trace, const BackendConfig& config, std::string* disassembly,
                    std::string* error);

// Forgets the machine code of `trace` (its CodeArena owns the memory).
void release_trace_code(Trace& trace);

}  // namespace pyvm::jit
