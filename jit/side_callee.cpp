// Side traces that start inside inlined callees (see jit/side_callee.h):
// which exits qualify, and the recorder's start in the rebuilt frames.
#include "jit/side_callee.h"

#include <algorithm>
#include <string>
#include <utility>

#include "jit/recorder.h"
#include "runtime/code.h"
#include "runtime/function.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

// More than the recorder's inline depth limit.
constexpr int kMaxChain = 16;

// The InlineFrames active at snapshot `snap`, outermost first; returns their
// number, or -1 when the chain is longer than kMaxChain.
int callee_chain(const Trace& trace, const Snapshot& snap, int32_t* chain) {
  int n = 0;
  for (int32_t f = snap.frame; f >= 0; f = trace.inline_frames[static_cast<size_t>(f)].parent) {
    if (n == kMaxChain) return -1;
    chain[n++] = f;
  }
  std::reverse(chain, chain + n);
  return n;
}

}  // namespace

bool callee_side_possible(const Trace& trace, uint32_t exit) {
  if (exit >= trace.snapshots.size() || static_cast<int32_t>(exit) == trace.loop_exit) {
    return false;
  }
  const Snapshot& snap = trace.snapshots[exit];
  int32_t chain[kMaxChain];
  int n = callee_chain(trace, snap, chain);
  if (n <= 0) return false;
  for (int i = 0; i < n; ++i) {
    if (trace.inline_frames[static_cast<size_t>(chain[i])].generator) return false;
  }
  return true;
}

int32_t callee_side_call_unit(const Trace& trace, uint32_t exit) {
  int32_t chain[kMaxChain];
  int n = callee_chain(trace, trace.snapshots[exit], chain);
  return n > 0 ? trace.inline_frames[static_cast<size_t>(chain[0])].call_unit : 0;
}

// After start_side() in the root frame: the recording goes on in the
// innermost frame the restorer pushed for exit `exit` of `parent`, with the
// parent's chain of inlined frames as the side trace's own, and inherits
// the exit's values. False when the interpreter's frames do not match the
// chain (nothing to record then).
bool Recorder::start_side_in_callee(const Trace& parent, uint32_t exit) {
  const Snapshot& snap = parent.snapshots[exit];
  int32_t chain[kMaxChain];
  int n = callee_chain(parent, snap, chain);
  if (n <= 0) return false;
  // frames[0] is the root frame, frames[i] the frame of chain[i - 1].
  vm::Frame* frames[kMaxChain + 1];
  frames[n] = vm_.frames().top();
  for (int i = n; i > 0; --i) {
    const InlineFrame& info = parent.inline_frames[static_cast<size_t>(chain[i - 1])];
    if (frames[i] == nullptr || frames[i]->code != info.function->code) return false;
    frames[i - 1] = frames[i]->previous;
  }
  if (frames[0] != root_frame_) return false;
  if (depth_ != parent.inline_frames[static_cast<size_t>(chain[0])].caller_depth) return false;
  for (int i = 0; i < n; ++i) {
    InlineFrame copy = parent.inline_frames[static_cast<size_t>(chain[i])];
    copy.parent = i - 1;
    copy.depth_in_trace = i + 1;
    int32_t caller_depth = copy.caller_depth;
    callers_.push_back(CallerState{frame_, code_, nlocals_, caller_depth, base_, inline_frame_});
    trace_->inline_frames.push_back(copy);
    inline_frame_ = i;
    frame_ = frames[i + 1];
    code_ = copy.function->code;
    if (copy.dynamic_function) code_ = frame_->code;
    nlocals_ = code_->nlocalsplus;
    base_ = copy.base;
  }
  trace_->max_inline_depth = std::max(trace_->max_inline_depth, n);
  depth_ = snap.depth;
  snap_unit_ = -1;
  auto end = static_cast<size_t>(base_ + nlocals_ + code_->stacksize + 1);
  if (slots_.size() < end) slots_.resize(end, kNoRef);
  inherit_parent(parent, exit);
  if (options_.dump) {
    trace_->recorded += "---- side trace in inlined " +
                        runtime::str_to_utf8(trace_->inline_frames.back().function->qualname) +
                        " (depth " + std::to_string(n) + ")\n";
  }
  return trace_->side.inherits;
}

}  // namespace pyvm::jit
