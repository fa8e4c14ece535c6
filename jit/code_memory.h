// Executable memory for traces, never writable and executable at once.
//
// A CodeArena (one per Jit) hands out page-aligned ranges of large
// read+write chunks: a trace's code is written into pages no earlier trace
// used, which `seal` then switches to read+execute before the code ever runs.
// Sealed pages are never written again. The chunks are mapped once rather
// than one mapping per trace: per trace, compiling then costs one mprotect
// and no mmap. Chunks are unmapped when the arena is destroyed, with the Jit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace pyvm::jit {

class CodeArena {
 public:
  CodeArena() = default;
  ~CodeArena();
  CodeArena(const CodeArena&) = delete;
  CodeArena& operator=(const CodeArena&) = delete;

  // A read+write range of at least `size` bytes (page-rounded into
  // *mapped) in pages never handed out before, or nullptr.
  void* reserve(size_t size, size_t* mapped);
  // Makes a reserved range read+execute; false on failure.
  static bool seal(void* memory, size_t mapped);
  // Takes back the range the last `reserve` returned (its code was not
  // sealed), so the next trace reuses its pages.
  void unreserve(void* memory, size_t mapped);

 private:
  struct Chunk {
    char* base;
    size_t bytes;
  };
  std::vector<Chunk> chunks_;
  char* next_ = nullptr;  // the unused rest of the newest chunk
  char* end_ = nullptr;
};

}  // namespace pyvm::jit
