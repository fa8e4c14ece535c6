// The heap: every Python object is allocated here.
//
// This is the allocation API the rest of pyvm is written against. The current
// implementation is a simple chunked bump allocator that frees everything when
// the Heap dies (running each type's finalizer); the generational collector
// (docs/gc.md, issue 3) replaces the policy behind the same API.
//
// Invariants:
//   - allocate() returns zeroed memory of at least `bytes` bytes, 16-byte
//     aligned, with the header's type set. It never returns nullptr: when
//     memory cannot be had it returns nullptr only through try_allocate.
//   - Every store of a reference into a heap object calls write_barrier first
//     (the generational collector relies on it to find old-to-young pointers).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "runtime/object.h"

namespace pyvm::gc {

class Heap {
 public:
  Heap();
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Allocates a zeroed object of `bytes` bytes (header included) of `type`.
  // Returns nullptr when the memory cannot be had; the caller raises MemoryError.
  [[nodiscard]] runtime::Object* try_allocate(size_t bytes, runtime::Type* type);

  // Records that `holder` now references `value`. Must be called on every
  // reference store into a heap object.
  void write_barrier(runtime::Object* holder, Value value) {
    (void)holder;
    (void)value;
  }

  // Until this is called every object is remembered for finalization at
  // teardown, because during VM bootstrap objects are allocated before their
  // type's finalizer is installed.
  void end_bootstrap() { bootstrapping_ = false; }

  size_t bytes_allocated() const { return bytes_allocated_; }
  size_t object_count() const { return objects_.size(); }

 private:
  struct Chunk {
    char* base;
    size_t size;
    size_t used;
  };
  char* bump(size_t bytes);

  std::vector<Chunk> chunks_;
  std::vector<runtime::Object*> objects_;  // every object, for finalization at teardown
  size_t bytes_allocated_ = 0;
  bool bootstrapping_ = true;
};

}  // namespace pyvm::gc
