// Side traces of exits inside inlined generators (see jit/side_generator.h).
#include "jit/side_generator.h"

#include <algorithm>

#include "jit/inline_frames.h"
#include "jit/recorder.h"
#include "runtime/code.h"
#include "vm/opcodes.h"

namespace pyvm::jit {

namespace {

// The outermost InlineFrame of the snapshot's chain when every frame of it
// is a generator, else null.
const InlineFrame* outer_generator(const Trace& trace, const Snapshot& snap) {
  const InlineFrame* outer = nullptr;
  for (int32_t f = snap.frame; f >= 0; f = trace.inline_frames[static_cast<size_t>(f)].parent) {
    outer = &trace.inline_frames[static_cast<size_t>(f)];
    if (!outer->generator) return nullptr;
  }
  return outer;
}

}  // namespace

bool generator_side_possible(const Trace& trace, uint32_t exit) {
  if (exit >= trace.snapshots.size() || static_cast<int32_t>(exit) == trace.loop_exit ||
      trace.side.root == nullptr || trace.side.root->function_entry) {
    return false;
  }
  const Snapshot& snap = trace.snapshots[exit];
  const InlineFrame* outer = outer_generator(trace, snap);
  // One generator deep: the FOR_ITER resumes the generator of the exit.
  if (outer == nullptr || outer != &trace.inline_frames[static_cast<size_t>(snap.frame)]) {
    return false;
  }
  uint16_t word = trace.code->instructions()[outer->call_unit];
  return (word & 0xff) == vm::FOR_ITER;
}

int32_t generator_side_start_unit(const Trace& trace, uint32_t exit) {
  const InlineFrame* outer = outer_generator(trace, trace.snapshots[exit]);
  return outer == nullptr ? 0 : outer->return_unit;
}

// The slots reach past the root frame's: the generator's virtual slots,
// which enter_generator keeps as inherited when the FOR_ITER resumes it.
void Recorder::start_side_in_generator(const Trace& parent, uint32_t exit) {
  const Snapshot& snap = parent.snapshots[exit];
  const SnapEntry* entries = parent.snapshots.entries(snap);
  size_t end = slots_.size();
  for (uint32_t k = 0; k < snap.count; ++k) end = std::max<size_t>(end, entries[k].slot + 1u);
  slots_.resize(end, kNoRef);
  inherit_parent(parent, exit);
  generator_inherited_ = trace_->side.inherits;
}

}  // namespace pyvm::jit
