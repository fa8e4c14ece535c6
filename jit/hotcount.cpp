// Abort penalties and blacklisting (see jit/hotcount.h).
#include "jit/hotcount.h"

namespace pyvm::jit {

uint32_t HotLoops::random() {
  // xorshift64: deterministic, so runs are reproducible.
  seed_ ^= seed_ << 13;
  seed_ ^= seed_ >> 7;
  seed_ ^= seed_ << 17;
  return static_cast<uint32_t>(seed_);
}

bool HotLoops::penalise(HotLoop& loop, uint32_t blacklist_after) {
  ++loop.aborts;
  if (loop.aborts >= blacklist_after) {
    loop.blacklisted = true;
    return true;
  }
  uint32_t base = loop.penalty == 0 ? 1 : loop.penalty * 2;
  if (base > 1024) base = 1024;
  loop.penalty = base;
  loop.skip = base + (random() % (base + 1));
  return false;
}

}  // namespace pyvm::jit
