// IR verification (see jit/verifier.h).
#include "jit/verifier.h"

namespace pyvm::jit {

namespace {

std::string at(const Trace& t, Ref r, const char* what) { return t.ir.dump_ins(r) + ": " + what; }

bool is_value_type(IrType type) { return type != IrType::kVoid; }

// The types an op's operands must have, where the op fixes them.
bool operand_types_ok(const IrBuffer& ir, const Ins& ins) {
  auto type = [&](Ref r) { return ir[r].type; };
  switch (ins.op) {
    case IrOp::ADDOV:
    case IrOp::SUBOV:
    case IrOp::MULOV:
    case IrOp::SHLOV:
    case IrOp::SAR:
    case IrOp::FLOORDIV:
    case IrOp::MOD:
    case IrOp::TDIV:
    case IrOp::LT:
    case IrOp::LE:
    case IrOp::GT:
    case IrOp::GE:
    case IrOp::ULT:
      return type(ins.a) == IrType::kInt && type(ins.b) == IrType::kInt;
    case IrOp::FADD:
    case IrOp::FSUB:
    case IrOp::FMUL:
    case IrOp::FDIV:
    case IrOp::FPOW:
    case IrOp::FLT:
    case IrOp::FLE:
    case IrOp::FGT:
    case IrOp::FGE:
    case IrOp::FEQ:
    case IrOp::FNE:
    case IrOp::FMIN:
    case IrOp::FMAX:
      return type(ins.a) == IrType::kNum && type(ins.b) == IrType::kNum;
    case IrOp::IMIN:
    case IrOp::IMAX:
      return type(ins.a) == IrType::kInt && type(ins.b) == IrType::kInt;
    case IrOp::ABSOV:
      return type(ins.a) == IrType::kInt;
    case IrOp::FABS:
    case IrOp::FSQRT:
    case IrOp::FTOI:
      return type(ins.a) == IrType::kNum;
    case IrOp::CONV:
    case IrOp::BOXINT:
    case IrOp::NEGOV:
      return type(ins.a) == IrType::kInt;
    case IrOp::BOXNUM:
    case IrOp::FNEG:
      return type(ins.a) == IrType::kNum;
    case IrOp::BOXBOOL:
    case IrOp::GUARD_TRUE:
    case IrOp::GUARD_FALSE:
      return type(ins.a) == IrType::kBool;
    case IrOp::UNBOXINT:
    case IrOp::UNBOXNUM:
    case IrOp::GUARD_TYPE:
      return type(ins.a) == IrType::kVal;
    case IrOp::PHI:
      return type(ins.a) == type(ins.b) && type(ins.a) == ins.type;
    case IrOp::NEWRANGE:
      return type(ins.a) == IrType::kInt && type(ins.b) == IrType::kInt;
    case IrOp::ITER_NEW:
      return type(ins.a) == IrType::kVal;
    case IrOp::LIST_APPEND:
      return type(ins.a) == IrType::kVal && type(ins.b) == IrType::kVal;
    default:
      return true;
  }
}

std::string verify_snapshot(const Trace& t, uint16_t s, Ref user) {
  if (s >= t.snapshots.size()) return at(t, user, "snapshot index out of range");
  const Snapshot& snap = t.snapshots[s];
  const SnapEntry* e = t.snapshots.entries(snap);
  for (uint32_t k = 0; k < snap.count; ++k) {
    if (e[k].ref <= 0 || e[k].ref >= user)
      return at(t, user, "snapshot names a later or missing value");
    if (!is_value_type(t.ir[e[k].ref].type) || t.ir[e[k].ref].type == IrType::kPtr) {
      return at(t, user, "snapshot names a value that cannot be boxed");
    }
    if (!snapshot_slot_in_range(t, snap, e[k].slot))
      return at(t, user, "snapshot slot above its depth");
    if (k > 0 && e[k].slot <= e[k - 1].slot) return at(t, user, "snapshot entries not sorted");
  }
  return "";
}

}  // namespace

std::string verify_trace(const Trace& t) {
  const IrBuffer& ir = t.ir;
  bool seen_loop = false;
  for (Ref r = 1; r < ir.size(); ++r) {
    const Ins& ins = ir[r];
    if (ins.op == IrOp::LOOP) {
      if (seen_loop) return at(t, r, "second LOOP");
      seen_loop = true;
    }
    if (ins.op == IrOp::PHI && !seen_loop) return at(t, r, "PHI before LOOP");
    if (ir_has(ins.op, kConst)) continue;
    // Constants have no position (jit/bounds.cpp refers to later ones).
    auto defined_before = [&](Ref x) { return x >= 0 && (x < r || ir.is_const(x)); };
    if (!defined_before(ins.a) || !defined_before(ins.b))
      return at(t, r, "operand not defined before use");
    if (ins.op != IrOp::PHI && ins.b != kNoRef && ir[ins.b].type == IrType::kVoid) {
      return at(t, r, "operand has no value");
    }
    if (!operand_types_ok(ir, ins)) return at(t, r, "operand types do not fit the op");
    if ((ins.op == IrOp::SLOT_STORE || ins.op == IrOp::GEN_STORE) &&
        ir[ins.b].type != IrType::kVal) {
      return at(t, r, "stored value is not a boxed value");
    }
    if (ins.op == IrOp::LIST_STORE &&
        (ins.imm <= 0 || ins.imm >= r || ir[ins.imm].type != IrType::kVal)) {
      return at(t, r, "stored value is not a boxed value defined before");
    }
    bool needs_snapshot =
        ir_has(ins.op, kGuard) && !(ins.op == IrOp::SLOAD && ins.type == IrType::kVal);
    if (needs_snapshot && ins.snap == kNoSnapshot) return at(t, r, "guard without snapshot");
    if (ins.snap != kNoSnapshot) {
      std::string problem = verify_snapshot(t, ins.snap, r);
      if (!problem.empty()) return problem;
    }
  }
  return "";
}

}  // namespace pyvm::jit
