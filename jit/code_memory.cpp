// W^X code memory in chunks with mmap/mprotect (see jit/code_memory.h).
#include "jit/code_memory.h"

#include <sys/mman.h>
#include <unistd.h>

namespace pyvm::jit {

namespace {

// 256 KiB: a few dozen traces of a typical program; a trace larger than a
// chunk gets a chunk of its own size.
constexpr size_t kChunkBytes = size_t{256} * 1024;

size_t page_size() { return static_cast<size_t>(sysconf(_SC_PAGESIZE)); }

}  // namespace

CodeArena::~CodeArena() {
  for (const Chunk& c : chunks_) munmap(c.base, c.bytes);
}

void* CodeArena::reserve(size_t size, size_t* mapped) {
  size_t page = page_size();
  size_t bytes = (size + page - 1) / page * page;
  if (bytes == 0) bytes = page;
  if (next_ == nullptr || static_cast<size_t>(end_ - next_) < bytes) {
    size_t chunk = bytes > kChunkBytes ? bytes : kChunkBytes;
    void* p = mmap(nullptr, chunk, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return nullptr;
    chunks_.push_back(Chunk{static_cast<char*>(p), chunk});
    next_ = static_cast<char*>(p);
    end_ = next_ + chunk;
  }
  void* range = next_;
  next_ += bytes;
  *mapped = bytes;
  return range;
}

bool CodeArena::seal(void* memory, size_t mapped) {
  if (mprotect(memory, mapped, PROT_READ | PROT_EXEC) != 0) return false;
  __builtin___clear_cache(static_cast<char*>(memory), static_cast<char*>(memory) + mapped);
  return true;
}

void CodeArena::unreserve(void* memory, size_t mapped) {
  if (static_cast<char*>(memory) + mapped == next_) next_ = static_cast<char*>(memory);
}

}  // namespace pyvm::jit
