// The VM frame stack (see vm/frame.h).
#include "vm/frame.h"

#include <sys/mman.h>

#include <algorithm>

#include "runtime/function.h"

namespace pyvm::vm {

FrameStack::FrameStack(size_t reserve_bytes) : reserve_bytes_(reserve_bytes) {
  void* memory = mmap(nullptr, reserve_bytes_, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (memory == MAP_FAILED) {
    reserve_bytes_ = 0;
    return;
  }
  base_ = static_cast<Value*>(memory);
  next_free_ = base_;
  limit_ = base_ + reserve_bytes_ / sizeof(Value);
}

FrameStack::~FrameStack() {
  if (base_ != nullptr) munmap(base_, reserve_bytes_);
}

void FrameStack::trace(runtime::Tracer& tracer) {
  // The running frame's sp is saved only before calls and raises, so the
  // whole used region is scanned conservatively: every frame header,
  // localsplus slot and value-stack slot, stale ones included (a stale word
  // pointing at a free cell is ignored; one pointing at a reused cell only
  // keeps that object alive a little longer).
  if (base_ == nullptr) return;
  Value* end = next_free_;
  if (top_frame_ != nullptr) {
    Value* top_end = top_frame_->stack_base() + top_frame_->code->stacksize;
    if (top_end > end) end = top_end;
  }
  for (Value* word = base_; word < end; ++word) tracer.visit_word(word->raw());
}

}  // namespace pyvm::vm
