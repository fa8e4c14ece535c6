// Side trace inheritance (see jit/recorder.h, jit/side_trace.h): a side trace
// starts with the values its parent's exit left in the exit buffer, typed as
// the parent's IR typed them, instead of loading them boxed from the frame.
//
// When the parent's exit jumps to a side trace that inherits, the dispatcher
// (jit/jit.cpp, Jit::run_trace) skips the exit restorer: nothing is boxed,
// and the side trace reads each slot the parent changed from the parent's
// exit buffer (SINHERIT, one load, no type guard). The frame still holds
// what it held when the parent was entered, so every slot the parent changed
// must be in every snapshot of the side trace: the recorder's slot map starts
// with the inherited refs, which are not SLOADs of their own slot, so
// snapshot_entries lists them until the side trace overwrites them.
//
// Invariants:
//   - A side trace that inherits is entered only from its parent's exit, with
//     that exit's buffer (word k = the snapshot's entry k).
//   - A snapshot with a sunk object (which only the restorer materialises)
//     or an inlined frame is not inherited: the side trace loads from the
//     frame after a full restore, as without inheritance.
#include <utility>
#include <vector>

#include "jit/recorder.h"
#include "jit/trace.h"

namespace pyvm::jit {

namespace {

// The constant `ref` of `from`, interned in `to`.
Ref copy_const(const IrBuffer& from, Ref ref, IrBuffer& to) {
  const Ins& ins = from[ref];
  switch (ins.op) {
    case IrOp::KINT:
      return to.kint(from.const_int(ref), ins.type);
    case IrOp::KNUM:
      return to.knum(from.const_num(ref));
    default:
      return to.kval(from.const_bits(ref), ins.type);
  }
}

}  // namespace

void Recorder::inherit_parent(const Trace& parent, uint32_t exit) {
  const Snapshot& snap = parent.snapshots[exit];
  if (snap.frame >= 0) return;
  const SnapEntry* entries = parent.snapshots.entries(snap);
  for (uint32_t k = 0; k < snap.count; ++k) {
    if (parent.ir[entries[k].ref].op == IrOp::SUNKINST) return;
  }
  // Entries that share a parent ref share one SINHERIT (the restorer then
  // gives two slots holding one unboxed float the same float object).
  std::vector<std::pair<Ref, Ref>> seen;
  for (uint32_t k = 0; k < snap.count; ++k) {
    Ref ref = entries[k].ref;
    Ref mine = kNoRef;
    if (parent.ir.is_const(ref)) {
      mine = copy_const(parent.ir, ref, ir());
    } else {
      for (const auto& [p, m] : seen) mine = p == ref ? m : mine;
      if (mine == kNoRef) {
        mine = emit(IrOp::SINHERIT, parent.ir[ref].type, kNoRef, kNoRef, static_cast<int32_t>(k));
        seen.emplace_back(ref, mine);
      }
    }
    slots_[static_cast<size_t>(entries[k].slot)] = mine;
  }
  trace_->side.inherits = true;
}

}  // namespace pyvm::jit
