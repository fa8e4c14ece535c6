// Inlined frames at exits: the multi-frame restorer and the snapshot
// helpers (see jit/inline_frames.h).
#include "jit/inline_frames.h"

#include <cstdlib>
#include <utility>

#include "jit/deopt.h"
#include "jit/sink.h"
#include "jit/trace.h"
#include "runtime/code.h"
#include "runtime/function.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

// More than the recorder's inline depth limit.
constexpr int kMaxChain = 16;

// The InlineFrames active at `snap`, outermost first; returns their number.
int frame_chain(const Trace& trace, const Snapshot& snap, int32_t* chain) {
  int n = 0;
  for (int32_t f = snap.frame; f >= 0 && n < kMaxChain;
       f = trace.inline_frames[static_cast<size_t>(f)].parent) {
    chain[n++] = f;
  }
  for (int i = 0, j = n - 1; i < j; ++i, --j) std::swap(chain[i], chain[j]);
  return n;
}

}  // namespace

int32_t snapshot_root_depth(const Trace& trace, const Snapshot& snap) {
  if (snap.frame < 0) return snap.depth;
  int32_t chain[kMaxChain];
  frame_chain(trace, snap, chain);
  return trace.inline_frames[static_cast<size_t>(chain[0])].caller_depth;
}

bool snapshot_slot_in_range(const Trace& trace, const Snapshot& snap, uint32_t slot) {
  auto s = static_cast<int32_t>(slot);
  if (snap.frame < 0) return s < trace.nlocals + snap.depth;
  int32_t chain[kMaxChain];
  int n = frame_chain(trace, snap, chain);
  if (s < trace.nlocals + trace.inline_frames[static_cast<size_t>(chain[0])].caller_depth) {
    return true;
  }
  for (int i = 0; i < n; ++i) {
    const InlineFrame& f = trace.inline_frames[static_cast<size_t>(chain[i])];
    int32_t depth = i + 1 < n ? trace.inline_frames[static_cast<size_t>(chain[i + 1])].caller_depth
                              : snap.depth;
    if (s >= f.base - 1 && s < f.base + f.function->code->nlocalsplus + depth) return true;
  }
  return false;
}

bool inline_frames_fit(vm::VM& vm, const Trace& trace) {
  if (trace.max_inline_depth == 0) return true;
  // The interpreter refuses a call when depth + native depth reaches the
  // limit; an exit pushes up to max_inline_depth frames one after another.
  return vm.frames().depth() + vm.native_depth() + trace.max_inline_depth - 1 <
         vm.recursion_limit();
}

void restore_inline_exit(vm::VM& vm, vm::Frame* frame, const Trace& trace, uint32_t snapshot,
                         const uint64_t* exit_values) {
  const Snapshot& snap = trace.snapshots[snapshot];
  int32_t chain[kMaxChain];
  int n = frame_chain(trace, snap, chain);
  if (n > 0 && trace.inline_frames[static_cast<size_t>(chain[0])].generator) {
    return restore_generator_exit(vm, frame, trace, snapshot, exit_values);
  }
  vm::Frame* frames[kMaxChain + 1];
  int32_t bases[kMaxChain + 1];
  frames[0] = frame;
  bases[0] = 0;
  const SnapEntry* entries = trace.snapshots.entries(snap);
  auto bits_of = [&](uint32_t k) {
    Ref ref = entries[k].ref;
    return trace.ir.is_const(ref) ? trace.ir.const_bits(ref) : exit_values[k];
  };
  // The function of each inlined frame: the recorded one, or for a closure
  // called through a variable the value in the slot below its base.
  runtime::Function* functions[kMaxChain];
  for (int i = 0; i < n; ++i) {
    const InlineFrame& info = trace.inline_frames[static_cast<size_t>(chain[i])];
    functions[i] = info.function;
    if (!info.dynamic_function) continue;
    for (uint32_t k = 0; k < snap.count; ++k) {
      if (static_cast<int32_t>(entries[k].slot) == info.base - 1) {
        functions[i] = Value::from_raw(bits_of(k)).as<runtime::Function>();
      }
    }
  }
  // Each frame resumes where its callee was called; the innermost at the
  // snapshot's pc.
  for (int i = 0; i <= n; ++i) {
    vm::Frame* f = frames[i];
    if (i > 0) {
      const InlineFrame& info = trace.inline_frames[static_cast<size_t>(chain[i - 1])];
      runtime::Function* fn = functions[i - 1];
      f = vm.frames().push(fn->code, fn->globals, fn->builtins);
      // inline_frames_fit() was checked before the trace ran.
      if (f == nullptr) std::abort();
      f->function = fn;
      f->init_frame = info.init ? 1 : 0;
      frames[i] = f;
      bases[i] = info.base;
    }
    if (i < n) {
      const InlineFrame& callee = trace.inline_frames[static_cast<size_t>(chain[i])];
      f->pc = f->first_instruction() + callee.return_unit;
      f->sp = f->stack_base() + callee.caller_depth;
      f->current_unit = callee.call_unit;
    } else {
      f->pc = f->first_instruction() + snap.pc;
      f->sp = f->stack_base() + snap.depth;
      f->current_unit = snap.pc;
    }
  }
  // The frame stack is a root, not a heap object: no write barrier. Slots
  // holding the same unboxed float get the same float object.
  auto dest = [&](uint32_t slot) {
    int i = n;
    while (i > 0 && static_cast<int32_t>(slot) < bases[i]) --i;
    return frames[i]->localsplus() + (static_cast<int32_t>(slot) - bases[i]);
  };
  auto is_function_slot = [&](uint32_t slot) {
    for (int i = 1; i <= n; ++i) {
      if (static_cast<int32_t>(slot) == bases[i] - 1) return true;
    }
    return false;
  };
  std::vector<std::pair<Ref, uint64_t>> sunk;  // objects materialised (jit/sink.h)
  for (uint32_t k = 0; k < snap.count; ++k) {
    Ref ref = entries[k].ref;
    if (is_function_slot(entries[k].slot)) continue;
    if (trace.ir[ref].op == IrOp::SUNKINST) {
      *dest(entries[k].slot) = materialize_sunk(vm, trace, snapshot, ref, exit_values, &sunk);
      continue;
    }
    uint32_t same = k;
    if (trace.ir[ref].type == IrType::kNum) {
      for (uint32_t j = 0; j < k && same == k; ++j) same = entries[j].ref == ref ? j : k;
    }
    if (same != k) {
      *dest(entries[k].slot) = *dest(entries[same].slot);
      continue;
    }
    *dest(entries[k].slot) = box_value(vm, trace.ir[ref].type, bits_of(k));
  }
}

}  // namespace pyvm::jit
