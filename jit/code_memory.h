// Executable memory for traces, never writable and executable at once: each
// trace's code is written into a fresh read+write mapping, which is then
// switched to read+execute (mprotect) before it is ever run, and unmapped
// when the trace is freed.
#pragma once

#include <cstddef>
#include <cstdint>

namespace pyvm::jit {

// A read+write mapping of at least `size` bytes (page-rounded into *mapped),
// or nullptr.
void* code_reserve(size_t size, size_t* mapped);
// Makes the mapping read+execute; false on failure.
bool code_seal(void* memory, size_t mapped);
void code_release(void* memory, size_t mapped);

}  // namespace pyvm::jit
