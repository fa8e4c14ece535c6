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
//   - A sunk object of the snapshot (which the restorer would materialise)
//     is allocated again at the side trace's start from its class and the
//     field values the exit saved after the entries (jit/sink.h).
//   - A snapshot inside inlined frames is inherited with its virtual slots
//     (the side trace's inlined frames are the parent's chain, same bases,
//     jit/side_callee.h); slots of those frames it does not list are null.
#include <utility>
#include <vector>

#include "jit/recorder.h"
#include "jit/sink.h"
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

// A sunk object of the parent's exit (its class and the fields its SUNKADDs
// gave it before the snapshot, saved in the exit buffer from word `word`
// on): allocated again at the side trace's start, the fields added in the
// same order. Only the exit referenced it, so a fresh instance is the same
// object to the program; the side trace's own sinking may sink it again.
Ref Recorder::inherit_sunk(const Trace& parent, const Snapshot& snap, Ref alloc, size_t word) {
  const SunkObject* object = nullptr;
  for (const SunkObject& s : parent.sunk) object = s.alloc == alloc ? &s : object;
  if (object == nullptr) return kNoRef;
  const IrBuffer& from = parent.ir;
  Ref instance = emit(IrOp::NEWINST, IrType::kVal, copy_const(from, from[alloc].a, ir()));
  for (Ref add : object->adds) {
    if (add >= snap.position) continue;
    Ref v = from[add].b;
    if (from[v].op == IrOp::BOXNUM || from[v].op == IrOp::BOXBOOL) v = from[v].a;
    Ref mine = from.is_const(v)
                   ? copy_const(from, v, ir())
                   : emit(IrOp::SINHERIT, from[v].type, kNoRef, kNoRef, static_cast<int32_t>(word));
    ++word;
    Ref shape = copy_const(from, static_cast<Ref>(from[add].imm), ir());
    emit(IrOp::SLOT_ADD, IrType::kVoid, instance, to_val(mine), shape);
  }
  return instance;
}

void Recorder::inherit_parent(const Trace& parent, uint32_t exit) {
  const Snapshot& snap = parent.snapshots[exit];
  const SnapEntry* entries = parent.snapshots.entries(snap);
  // The exit buffer's word of each sunk object's first field: after the
  // entries, the objects in order of first reference (jit/sink.h).
  std::vector<std::pair<Ref, size_t>> sunk_words;
  size_t word = snap.count;
  for (uint32_t k = 0; k < snap.count; ++k) {
    Ref ref = entries[k].ref;
    if (parent.ir[ref].op != IrOp::SUNKINST) continue;
    bool known = false;
    for (const auto& [r, w] : sunk_words) known = known || r == ref;
    if (known) continue;
    sunk_words.emplace_back(ref, word);
    for (const SunkObject& s : parent.sunk) {
      if (s.alloc != ref) continue;
      for (Ref add : s.adds) word += add < snap.position ? 1 : 0;
    }
  }
  // Entries that share a parent ref share one SINHERIT (the restorer then
  // gives two slots holding one unboxed float the same float object) or one
  // instance.
  std::vector<std::pair<Ref, Ref>> seen;
  for (uint32_t k = 0; k < snap.count; ++k) {
    Ref ref = entries[k].ref;
    Ref mine = kNoRef;
    if (parent.ir.is_const(ref)) {
      mine = copy_const(parent.ir, ref, ir());
    } else {
      for (const auto& [p, m] : seen) mine = p == ref ? m : mine;
      if (mine == kNoRef && parent.ir[ref].op == IrOp::SUNKINST) {
        for (const auto& [r, w] : sunk_words) {
          if (r == ref) mine = inherit_sunk(parent, snap, ref, w);
        }
        if (mine == kNoRef) return;  // no record of the object: no inheritance
        seen.emplace_back(ref, mine);
      } else if (mine == kNoRef) {
        mine = emit(IrOp::SINHERIT, parent.ir[ref].type, kNoRef, kNoRef, static_cast<int32_t>(k));
        seen.emplace_back(ref, mine);
      }
    }
    slots_[static_cast<size_t>(entries[k].slot)] = mine;
  }
  trace_->side.inherits = true;
}

}  // namespace pyvm::jit
