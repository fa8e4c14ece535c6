// The VM frame stack (see vm/frame.h).
#include "vm/frame.h"

#include <sys/mman.h>

#include <algorithm>

#include "runtime/function.h"
#include "vm/opcodes.h"

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

namespace {

// The end of the value-stack words of `frame`, a frame below the top one,
// that may hold live values. A frame suspended in a CALL (the interpreter's
// call of a Python function saves sp at the call's base; compiled code
// calling a compiled function sets current_unit to the CALL and leaves sp
// at or above the live values it keeps in the frame) holds nothing live above
// sp plus the call's operands: the words above are stale results and
// arguments of earlier calls, which would keep dead objects alive (a tree
// passed to an earlier call). Any other suspended instruction keeps the
// conservative end, the frame's whole value stack.
Value* suspended_stack_end(Frame* frame) {
  Value* full = frame->stack_base() + frame->code->stacksize;
  const uint16_t* first = frame->first_instruction();
  int32_t unit = frame->current_unit;
  if (unit < 0 || unit >= frame->code->unit_count()) return full;
  uint16_t word = first[unit];
  if ((word & 0xff) != CALL) return full;
  // An EXTENDED_ARG before it would widen the operand count: rare, keep it
  // conservative (a cache unit may also look like one).
  if (unit > 0 && (first[unit - 1] & 0xff) == EXTENDED_ARG) return full;
  Value* sp = frame->sp;
  if (sp < frame->stack_base() || sp > full) return full;
  Value* end = sp + (word >> 8) + 2;
  return end < full ? end : full;
}

}  // namespace

void FrameStack::trace(runtime::Tracer& tracer) {
  // The running (top) frame's sp is saved only before calls and raises, so
  // its whole value stack is scanned conservatively, stale slots included (a
  // stale word pointing at a free cell is ignored; one pointing at a reused
  // cell only keeps that object alive a little longer). Each frame below it
  // is scanned from its header to suspended_stack_end: its header and
  // localsplus always, its value stack up to what may still be live.
  if (base_ == nullptr) return;
  Value* end = next_free_;
  if (top_frame_ != nullptr) {
    Value* top_end = top_frame_->stack_base() + top_frame_->code->stacksize;
    if (top_end > end) end = top_end;
  }
  // Frames are contiguous: each one's words run from its header to the next
  // frame's header (or the end).
  Value* upper = end;
  for (Frame* frame = top_frame_; frame != nullptr; frame = frame->previous) {
    auto* start = reinterpret_cast<Value*>(frame);
    Value* stop = upper;
    if (frame != top_frame_) stop = std::min(upper, suspended_stack_end(frame));
    for (Value* word = start; word < stop; ++word) tracer.visit_word(word->raw());
    upper = start;
  }
  for (Value* word = base_; word < upper; ++word) tracer.visit_word(word->raw());
}

}  // namespace pyvm::vm
