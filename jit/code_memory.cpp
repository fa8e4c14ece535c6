// W^X code memory with mmap/mprotect (see jit/code_memory.h).
#include "jit/code_memory.h"

#include <sys/mman.h>
#include <unistd.h>

namespace pyvm::jit {

void* code_reserve(size_t size, size_t* mapped) {
  auto page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  size_t bytes = (size + page - 1) / page * page;
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  *mapped = bytes;
  return p;
}

bool code_seal(void* memory, size_t mapped) {
  if (mprotect(memory, mapped, PROT_READ | PROT_EXEC) != 0) return false;
  __builtin___clear_cache(static_cast<char*>(memory), static_cast<char*>(memory) + mapped);
  return true;
}

void code_release(void* memory, size_t mapped) {
  if (memory != nullptr) munmap(memory, mapped);
}

}  // namespace pyvm::jit
