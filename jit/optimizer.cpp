// Loop peeling with invariant hoisting, and DCE (see jit/optimizer.h).
#include "jit/optimizer.h"

#include <map>

#include "jit/bounds.h"

namespace pyvm::jit {

namespace {

class LoopPeeler {
 public:
  explicit LoopPeeler(Trace& trace) : t_(trace), ir_(trace.ir) {}

  // Builds the loop; false (with nothing emitted) when slot types change.
  bool run();

 private:
  void forward_unboxed();
  bool types_stable() const;
  void mark_variant();
  uint16_t copy_snapshot(uint16_t s);
  void copy_body();
  void emit_phis();

  Trace& t_;
  IrBuffer& ir_;
  Ref loop_start_ = kNoRef;
  std::vector<SnapEntry> end_map_;  // slot values at the end of the iteration
  std::vector<uint8_t> modified_;   // per slot: in end_map_
  std::vector<Ref> end_value_;      // per slot: its end_map_ ref, or kNoRef
  std::vector<uint8_t> variant_;
  std::vector<Ref> subst_;
  std::vector<int32_t> snap_copy_;
};

// A slot entered unboxed (an int or float SLOAD) whose end value is boxed
// but unboxed later in the iteration (a guard that it is a small int or a
// float) ends with that unboxed value: the same Python value, and the types
// stay stable (e.g. `k = perm[0]` then `while k:`).
void LoopPeeler::forward_unboxed() {
  for (Ref r = 1; r < ir_.size(); ++r) {
    const Ins& ins = ir_[r];
    if (ins.op != IrOp::SLOAD || (ins.type != IrType::kInt && ins.type != IrType::kNum)) continue;
    auto slot = static_cast<size_t>(ins.imm);
    Ref end = end_value_[slot];
    if (end == kNoRef || ir_[end].type != IrType::kVal) continue;
    IrOp unbox = ins.type == IrType::kInt ? IrOp::UNBOXINT : IrOp::UNBOXNUM;
    for (Ref u = end + 1; u < ir_.size(); ++u) {
      if (ir_[u].op != unbox || ir_[u].a != end) continue;
      end_value_[slot] = u;
      for (SnapEntry& e : end_map_) {
        if (e.slot == slot) e.ref = u;
      }
      break;
    }
  }
}

bool LoopPeeler::types_stable() const {
  for (Ref r = 1; r < ir_.size(); ++r) {
    const Ins& ins = ir_[r];
    if (ins.op != IrOp::SLOAD) continue;
    Ref end = end_value_[static_cast<size_t>(ins.imm)];
    if (end != kNoRef && ir_[end].type != ins.type) return false;
  }
  return true;
}

void LoopPeeler::mark_variant() {
  variant_.assign(static_cast<size_t>(loop_start_), 0);
  for (Ref r = 1; r < loop_start_; ++r) {
    const Ins& ins = ir_[r];
    bool v;
    if (ir_has(ins.op, kConst)) {
      v = false;
    } else if (ins.op == IrOp::SLOAD) {
      v = modified_[static_cast<size_t>(ins.imm)] != 0;
    } else if (ir_has(ins.op, kLoad | kStore) || ins.op == IrOp::EXIT) {
      v = true;
    } else {
      v = variant_[static_cast<size_t>(ins.a)] || variant_[static_cast<size_t>(ins.b)];
    }
    variant_[static_cast<size_t>(r)] = v ? 1 : 0;
  }
}

uint16_t LoopPeeler::copy_snapshot(uint16_t s) {
  if (snap_copy_[s] >= 0) return static_cast<uint16_t>(snap_copy_[s]);
  const Snapshot& orig = t_.snapshots[s];
  std::map<uint32_t, Ref> merged;
  auto limit = static_cast<uint32_t>(t_.nlocals + snapshot_root_depth(t_, orig));
  // Slots the previous iteration changed hold its end values (the PHIs).
  for (const SnapEntry& e : end_map_) {
    if (e.slot < limit) merged[e.slot] = e.ref;
  }
  const SnapEntry* entries = t_.snapshots.entries(orig);
  for (uint32_t k = 0; k < orig.count; ++k)
    merged[entries[k].slot] = subst_[static_cast<size_t>(entries[k].ref)];
  std::vector<SnapEntry> out;
  for (auto& [slot, ref] : merged) {
    const Ins& ins = ir_[ref];
    if (ins.op == IrOp::SLOAD && static_cast<uint32_t>(ins.imm) == slot) continue;
    out.push_back(SnapEntry{slot, ref});
  }
  // add() may reallocate the snapshot list: `orig` is not used after it.
  bool no_stress = orig.no_stress;
  uint16_t copy = t_.snapshots.add(orig.pc, orig.depth, out, ir_.size(), orig.frame);
  if (no_stress) t_.snapshots.set_no_stress(copy);
  snap_copy_[s] = copy;
  return copy;
}

void LoopPeeler::copy_body() {
  subst_.resize(static_cast<size_t>(loop_start_));
  for (Ref r = 0; r < loop_start_; ++r) subst_[static_cast<size_t>(r)] = r;
  for (Ref r = 1; r < loop_start_; ++r) {
    const Ins& ins = ir_[r];
    if (ins.op == IrOp::SLOAD && variant_[static_cast<size_t>(r)]) {
      subst_[static_cast<size_t>(r)] = end_value_[static_cast<size_t>(ins.imm)];
    }
  }
  snap_copy_.assign(t_.snapshots.size(), -1);
  ir_.set_cse_floor(loop_start_);
  for (Ref r = 1; r < loop_start_; ++r) {
    if (!variant_[static_cast<size_t>(r)]) continue;
    Ins ins = ir_[r];
    if (ins.op == IrOp::SLOAD) continue;
    Ref a = subst_[static_cast<size_t>(ins.a)];
    Ref b = subst_[static_cast<size_t>(ins.b)];
    int32_t imm = ins.op == IrOp::LIST_STORE ? subst_[static_cast<size_t>(ins.imm)] : ins.imm;
    uint16_t snap = ins.snap == kNoSnapshot ? kNoSnapshot : copy_snapshot(ins.snap);
    subst_[static_cast<size_t>(r)] = ir_.emit(ins.op, ins.type, a, b, imm, snap);
  }
  ir_.set_cse_floor(0);
}

void LoopPeeler::emit_phis() {
  std::vector<uint8_t> done(static_cast<size_t>(loop_start_), 0);
  for (const SnapEntry& e : end_map_) {
    Ref r = e.ref;
    if (r >= loop_start_ || done[static_cast<size_t>(r)] || !variant_[static_cast<size_t>(r)])
      continue;
    done[static_cast<size_t>(r)] = 1;
    Ref next = subst_[static_cast<size_t>(r)];
    if (next == r) continue;
    ir_.append(Ins{IrOp::PHI, ir_[r].type, kNoSnapshot, r, next, 0});
  }
}

bool LoopPeeler::run() {
  if (t_.snapshots.size() == 0) return false;
  const Snapshot& last = t_.snapshots[t_.snapshots.size() - 1];
  const SnapEntry* entries = t_.snapshots.entries(last);
  end_map_.assign(entries, entries + last.count);
  size_t nslots = static_cast<size_t>(t_.nlocals + last.depth) + 1;
  modified_.assign(nslots, 0);
  end_value_.assign(nslots, kNoRef);
  for (const SnapEntry& e : end_map_) {
    modified_[e.slot] = 1;
    end_value_[e.slot] = e.ref;
  }
  forward_unboxed();
  if (!types_stable()) return false;
  loop_start_ = ir_.append(Ins{IrOp::LOOP, IrType::kVoid, kNoSnapshot, kNoRef, kNoRef, 0});
  mark_variant();
  copy_body();
  emit_phis();
  t_.loop = loop_start_;
  return true;
}

void mark_live(Trace& t, bool dce) {
  IrBuffer& ir = t.ir;
  t.live.assign(static_cast<size_t>(ir.size()), dce ? 0 : 1);
  if (!dce) return;
  for (Ref r = ir.size() - 1; r > 0; --r) {
    const Ins& ins = ir[r];
    bool root = ins.snap != kNoSnapshot || ir_has(ins.op, kStore) || ins.op == IrOp::LOOP ||
                ins.op == IrOp::PHI || ins.op == IrOp::EXIT;
    if (!root && !t.live[static_cast<size_t>(r)]) continue;
    t.live[static_cast<size_t>(r)] = 1;
    t.live[static_cast<size_t>(ins.a)] = 1;
    t.live[static_cast<size_t>(ins.b)] = 1;
    if (ins.op == IrOp::LIST_STORE) t.live[static_cast<size_t>(ins.imm)] = 1;
    if (ins.snap != kNoSnapshot) {
      const Snapshot& s = t.snapshots[ins.snap];
      const SnapEntry* e = t.snapshots.entries(s);
      for (uint32_t k = 0; k < s.count; ++k) t.live[static_cast<size_t>(e[k].ref)] = 1;
      if (ins.snap < t.sunk_extras.size()) {
        for (Ref x : t.sunk_extras[ins.snap]) t.live[static_cast<size_t>(x)] = 1;
      }
    }
  }
  t.live[0] = 0;
}

void dump_ir(const Trace& t, const char* title, std::string* dump) {
  *dump += "---- TRACE ";
  *dump += std::to_string(t.id);
  *dump += " IR ";
  *dump += title;
  *dump += '\n';
  for (Ref r = 1; r < t.ir.size(); ++r) {
    bool dead = !t.live.empty() && !t.live[static_cast<size_t>(r)] && !t.ir.is_const(r);
    *dump += dead ? "  x " : "    ";
    *dump += t.ir.dump_ins(r);
    *dump += '\n';
  }
}

}  // namespace

void optimize_trace(Trace& trace, const JitOptions& options, std::string* dump) {
  if (dump != nullptr) dump_ir(trace, "(recorded, after FOLD/CSE)", dump);
  if (options.opt_bounds) widen_bounds_checks(trace);
  // A side trace never loops: it ends by linking to another trace.
  bool looped = trace.side.link_unit < 0 && !trace.ends_at_yield && !trace.ends_at_return &&
                !trace.opaque_calls && options.opt_loop && LoopPeeler(trace).run();
  if (!looped) {
    // No loop: the trace ends with an exit to the header, and the JIT runs it
    // again at once (jit/jit.cpp).
    auto last = static_cast<uint16_t>(trace.snapshots.size() - 1);
    trace.ir.append(Ins{IrOp::EXIT, IrType::kVoid, last, kNoRef, kNoRef, 0});
    trace.loop_exit = last;
  }
  if (options.opt_sink) sink_allocations(trace);
  mark_live(trace, options.opt_dce);
  if (dump != nullptr) {
    dump_ir(trace, looped ? "(loop, after DCE; x = dead)" : "(no loop, after DCE; x = dead)", dump);
  }
}

}  // namespace pyvm::jit
