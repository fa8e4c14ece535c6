// Dead tuples (see jit/sink.h): a tuple BUILD_TUPLE made in the trace whose
// only uses are its own item stores disappears with them. The recorder
// forwards the items of UNPACK_SEQUENCE of such a tuple (jit/recorder_tuple.cpp),
// so `return a, b` in an inlined callee unpacked at once by the caller, or a
// pair built and unpacked in the loop body, leave no allocation behind.
#include <vector>

#include "jit/sink.h"
#include "jit/trace.h"

namespace pyvm::jit {

namespace {

// Marks in `used` the refs some snapshot entry holds.
std::vector<uint8_t> snapshot_refs(const Trace& t) {
  std::vector<uint8_t> used(static_cast<size_t>(t.ir.size()), 0);
  for (uint16_t s = 0; s < t.snapshots.size(); ++s) {
    const Snapshot& snap = t.snapshots[s];
    const SnapEntry* e = t.snapshots.entries(snap);
    for (uint32_t i = 0; i < snap.count; ++i) {
      if (e[i].ref > 0 && e[i].ref < t.ir.size()) used[static_cast<size_t>(e[i].ref)] = 1;
    }
  }
  return used;
}

}  // namespace

void drop_dead_tuples(Trace& trace) {
  IrBuffer& ir = trace.ir;
  auto n = static_cast<size_t>(ir.size());
  // 1: a NEWTUPLE with a use other than its TUPLE_INITs (or in a snapshot).
  std::vector<uint8_t> escapes = snapshot_refs(trace);
  std::vector<uint8_t> is_tuple(n, 0);
  bool any = false;
  for (Ref r = 1; r < ir.size(); ++r) {
    const Ins& ins = ir[r];
    if (ir_has(ins.op, kConst)) continue;
    if (ins.op == IrOp::NEWTUPLE) {
      is_tuple[static_cast<size_t>(r)] = 1;
      any = true;
    }
    bool own_init = ins.op == IrOp::TUPLE_INIT;
    if (ins.a != kNoRef && !own_init) escapes[static_cast<size_t>(ins.a)] = 1;
    if (ins.b != kNoRef) escapes[static_cast<size_t>(ins.b)] = 1;
    if (ins.op == IrOp::LIST_STORE) escapes[static_cast<size_t>(ins.imm)] = 1;
  }
  if (!any) return;
  for (Ref r = 1; r < ir.size(); ++r) {
    Ins& ins = ir.at(r);
    if (ir_has(ins.op, kConst)) continue;
    Ref tuple = ins.op == IrOp::NEWTUPLE ? r : ins.op == IrOp::TUPLE_INIT ? ins.a : kNoRef;
    if (tuple == kNoRef || !is_tuple[static_cast<size_t>(tuple)] ||
        escapes[static_cast<size_t>(tuple)]) {
      continue;
    }
    ins = Ins{IrOp::NOP, IrType::kVoid, kNoSnapshot, kNoRef, kNoRef, 0};
  }
}

}  // namespace pyvm::jit
