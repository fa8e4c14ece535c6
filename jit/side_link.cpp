// Direct links from a side trace's final exit into a loop trace: which
// targets qualify (the machine code is emitted by the backend's EXIT).
#include "jit/side_link.h"

namespace pyvm::jit {

namespace {

constexpr int64_t kSmallIntMax = (int64_t{1} << 62) - 1;
constexpr int64_t kSmallIntMin = -(int64_t{1} << 62);

bool final_snapshot_linkable(const Trace& side) {
  const Snapshot& snap = side.snapshots[static_cast<uint16_t>(side.loop_exit)];
  if (snap.frame >= 0 || snap.pc != side.side.link_unit) return false;
  const SnapEntry* entries = side.snapshots.entries(snap);
  for (uint32_t k = 0; k < snap.count; ++k) {
    const Ins& ins = side.ir[entries[k].ref];
    if (ins.op == IrOp::SUNKINST) return false;
    if (ins.op == IrOp::KINT && ins.type == IrType::kInt) {
      int64_t v = side.ir.const_int(entries[k].ref);
      if (v < kSmallIntMin || v > kSmallIntMax) return false;
    }
  }
  return true;
}

}  // namespace

Trace* direct_link_target(const Trace& side, const Trace& root, Trace* target) {
  if (target == nullptr || target->entry == nullptr || side.loop_exit < 0) return nullptr;
  if (side.side.link_unit < 0 || side.ends_at_return || side.ends_at_yield) return nullptr;
  if (root.function_entry || root.ends_at_return) return nullptr;
  if (target->function_entry || target->ends_at_return || target->code != side.code) {
    return nullptr;
  }
  if (target->globals != root.globals || target->builtins != root.builtins) return nullptr;
  // The dispatcher checked at the root's entry that the frame stack has room
  // for the root's inlined frames; a target needing no more room fits too.
  if (target->max_inline_depth > root.max_inline_depth) return nullptr;
  const Snapshot& snap = side.snapshots[static_cast<uint16_t>(side.loop_exit)];
  if (snap.depth != target->entry_depth) return nullptr;
  return final_snapshot_linkable(side) ? target : nullptr;
}

}  // namespace pyvm::jit
