// Bounds-check widening (see jit/bounds.h).
#include "jit/bounds.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "jit/trace.h"

namespace pyvm::jit {

namespace {

// The checks of constant indices against one length, in trace order.
struct LengthChecks {
  std::vector<Ref> guards;
  int64_t largest = 0;
};

// The constant index `guard` checks (GUARD_TRUE of ULT(KINT k, length) with
// a non-constant length), or -1.
int64_t constant_index_checked(const IrBuffer& ir, const Ins& guard, Ref* length) {
  if (guard.op != IrOp::GUARD_TRUE) return -1;
  const Ins& cond = ir[guard.a];
  if (cond.op != IrOp::ULT || ir[cond.a].op != IrOp::KINT || ir.is_const(cond.b)) return -1;
  *length = cond.b;
  int64_t k = ir.const_int(cond.a);
  return k >= 0 ? k : -1;
}

std::vector<uint32_t> count_operand_uses(const IrBuffer& ir) {
  std::vector<uint32_t> uses(static_cast<size_t>(ir.size()), 0);
  for (Ref r = 1; r < ir.size(); ++r) {
    const Ins& ins = ir[r];
    if (ir_has(ins.op, kConst)) continue;
    ++uses[static_cast<size_t>(ins.a)];
    ++uses[static_cast<size_t>(ins.b)];
    if (ins.op == IrOp::LIST_STORE) ++uses[static_cast<size_t>(ins.imm)];
  }
  return uses;
}

}  // namespace

int widen_bounds_checks(Trace& t) {
  IrBuffer& ir = t.ir;
  std::unordered_map<Ref, LengthChecks> by_length;
  std::vector<Ref> lengths;  // first-seen order, for a deterministic result
  for (Ref r = 1; r < ir.size(); ++r) {
    Ref length = kNoRef;
    int64_t k = constant_index_checked(ir, ir[r], &length);
    if (k < 0) continue;
    auto [it, inserted] = by_length.try_emplace(length);
    if (inserted) lengths.push_back(length);
    it->second.guards.push_back(r);
    it->second.largest = std::max(it->second.largest, k);
  }
  std::vector<uint32_t> uses = count_operand_uses(ir);
  int removed = 0;
  for (Ref length : lengths) {
    const LengthChecks& checks = by_length[length];
    if (checks.guards.size() < 2) continue;
    Ref first_cond = ir[checks.guards.front()].a;
    if (uses[static_cast<size_t>(first_cond)] != 1) continue;
    Ref largest = ir.kint(checks.largest);
    ir.at(first_cond).a = largest;
    for (size_t i = 1; i < checks.guards.size(); ++i) {
      ir.at(checks.guards[i]) = Ins{IrOp::NOP, IrType::kVoid, kNoSnapshot, kNoRef, kNoRef, 0};
      ++removed;
    }
  }
  return removed;
}

}  // namespace pyvm::jit
