// A chunked bump allocator behind the Heap API (see gc/heap.h). Objects live
// until the Heap is destroyed; the collector of issue 3 replaces this policy.
#include "gc/heap.h"

#include <cstdlib>

namespace pyvm::gc {
namespace {

constexpr size_t kChunkSize = size_t{4} << 20;
constexpr size_t kAlignment = 16;

size_t align_up(size_t n) { return (n + kAlignment - 1) & ~(kAlignment - 1); }

}  // namespace

Heap::Heap() = default;

Heap::~Heap() {
  // Objects allocated later may be referenced by earlier ones, but finalizers
  // only release outside memory and never follow references, so order is free.
  for (runtime::Object* object : objects_) {
    if (object->type != nullptr && object->type->finalize != nullptr) {
      object->type->finalize(object);
    }
  }
  for (Chunk& chunk : chunks_) std::free(chunk.base);
}

char* Heap::bump(size_t bytes) {
  if (chunks_.empty() || chunks_.back().size - chunks_.back().used < bytes) {
    size_t size = bytes > kChunkSize ? bytes : kChunkSize;
    // calloc hands out fresh zero pages for large blocks without touching
    // them, and its 16-byte alignment is the heap's.
    void* base = std::calloc(1, size);
    if (base == nullptr) return nullptr;
    chunks_.push_back(Chunk{static_cast<char*>(base), size, 0});
  }
  Chunk& chunk = chunks_.back();
  char* result = chunk.base + chunk.used;
  chunk.used += bytes;
  return result;
}

runtime::Object* Heap::try_allocate(size_t bytes, runtime::Type* type) {
  size_t size = align_up(bytes < sizeof(runtime::Object) ? sizeof(runtime::Object) : bytes);
  char* memory = bump(size);
  if (memory == nullptr) return nullptr;
  auto* object = reinterpret_cast<runtime::Object*>(memory);
  object->type = type;
  bytes_allocated_ += size;
  if (bootstrapping_ || (type != nullptr && type->finalize != nullptr)) {
    objects_.push_back(object);
  }
  return object;
}

}  // namespace pyvm::gc
