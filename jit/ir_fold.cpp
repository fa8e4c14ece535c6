// FOLD: constant folding and algebraic simplification, applied to each
// instruction as it is emitted (see jit/ir.h). Every rule preserves the exact
// Python result, overflow included: an operation whose constant result would
// overflow is left for the machine code, whose guard then exits.
#include <cmath>

#include "jit/ir.h"

namespace pyvm::jit {

namespace {

constexpr int64_t kSmallIntMax = (int64_t{1} << 62) - 1;
constexpr int64_t kSmallIntMin = -(int64_t{1} << 62);

bool is_kint(const IrBuffer& ir, Ref r) { return r != kNoRef && ir[r].op == IrOp::KINT; }
bool is_knum(const IrBuffer& ir, Ref r) { return r != kNoRef && ir[r].op == IrOp::KNUM; }
bool is_kint_value(const IrBuffer& ir, Ref r, int64_t v) {
  return is_kint(ir, r) && ir.const_int(r) == v;
}

Ref kbool(IrBuffer& ir, bool b) { return ir.kint(b ? 1 : 0, IrType::kBool); }

int64_t floor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

int64_t floor_mod(int64_t a, int64_t b) {
  int64_t m = a % b;
  if (m != 0 && ((m < 0) != (b < 0))) m += b;
  return m;
}

// Both operands constant ints: the folded constant, or kNoRef.
Ref fold_int_pair(IrBuffer& ir, const Ins& ins) {
  int64_t x = ir.const_int(ins.a);
  int64_t y = ir.const_int(ins.b);
  int64_t r = 0;
  switch (ins.op) {
    case IrOp::ADD:
      return ir.kint(static_cast<int64_t>(static_cast<uint64_t>(x) + static_cast<uint64_t>(y)));
    case IrOp::SUB:
      return ir.kint(static_cast<int64_t>(static_cast<uint64_t>(x) - static_cast<uint64_t>(y)));
    case IrOp::ADDOV:
      return __builtin_add_overflow(x, y, &r) ? kNoRef : ir.kint(r);
    case IrOp::SUBOV:
      return __builtin_sub_overflow(x, y, &r) ? kNoRef : ir.kint(r);
    case IrOp::MULOV:
      return __builtin_mul_overflow(x, y, &r) ? kNoRef : ir.kint(r);
    case IrOp::BAND:
      return ir.kint(x & y);
    case IrOp::BOR:
      return ir.kint(x | y);
    case IrOp::BXOR:
      return ir.kint(x ^ y);
    case IrOp::SHLOV:
      if (y < 0 || y > 62) return kNoRef;
      r = static_cast<int64_t>(static_cast<uint64_t>(x) << y);
      return (r >> y) == x ? ir.kint(r) : kNoRef;
    case IrOp::SAR:
      return y < 0 ? kNoRef : ir.kint(x >> (y > 63 ? 63 : y));
    case IrOp::FLOORDIV:
      return y <= 0 ? kNoRef : ir.kint(floor_div(x, y));
    case IrOp::MOD:
      return y <= 0 ? kNoRef : ir.kint(floor_mod(x, y));
    case IrOp::LT:
      return kbool(ir, x < y);
    case IrOp::LE:
      return kbool(ir, x <= y);
    case IrOp::GT:
      return kbool(ir, x > y);
    case IrOp::GE:
      return kbool(ir, x >= y);
    case IrOp::EQ:
      return kbool(ir, x == y);
    case IrOp::NE:
      return kbool(ir, x != y);
    case IrOp::ULT:
      return kbool(ir, static_cast<uint64_t>(x) < static_cast<uint64_t>(y));
    default:
      return kNoRef;
  }
}

Ref fold_num_pair(IrBuffer& ir, const Ins& ins) {
  double x = ir.const_num(ins.a);
  double y = ir.const_num(ins.b);
  switch (ins.op) {
    case IrOp::FADD:
      return ir.knum(x + y);
    case IrOp::FSUB:
      return ir.knum(x - y);
    case IrOp::FMUL:
      return ir.knum(x * y);
    case IrOp::FDIV:
      return y == 0.0 ? kNoRef : ir.knum(x / y);
    case IrOp::FLT:
      return kbool(ir, x < y);
    case IrOp::FLE:
      return kbool(ir, x <= y);
    case IrOp::FGT:
      return kbool(ir, x > y);
    case IrOp::FGE:
      return kbool(ir, x >= y);
    case IrOp::FEQ:
      return kbool(ir, x == y);
    case IrOp::FNE:
      return kbool(ir, x != y);
    default:
      return kNoRef;
  }
}

// Algebraic identities with one constant operand (ints only: for floats
// x + 0.0 is not x when x is -0.0).
Ref fold_identity(IrBuffer& ir, const Ins& ins) {
  switch (ins.op) {
    case IrOp::ADD:
    case IrOp::ADDOV:
    case IrOp::BOR:
    case IrOp::BXOR:
      if (is_kint_value(ir, ins.b, 0)) return ins.a;
      if (is_kint_value(ir, ins.a, 0)) return ins.b;
      break;
    case IrOp::SUB:
    case IrOp::SUBOV:
    case IrOp::SHLOV:
    case IrOp::SAR:
      if (is_kint_value(ir, ins.b, 0)) return ins.a;
      break;
    case IrOp::MULOV:
      if (is_kint_value(ir, ins.b, 1)) return ins.a;
      if (is_kint_value(ir, ins.a, 1)) return ins.b;
      break;
    case IrOp::BAND:
      if (is_kint_value(ir, ins.b, -1)) return ins.a;
      if (ins.a == ins.b) return ins.a;
      break;
    default:
      break;
  }
  return kNoRef;
}

Ref fold_unary(IrBuffer& ir, const Ins& ins) {
  switch (ins.op) {
    case IrOp::GUARD_TRUE:
      if (is_kint(ir, ins.a) && ir.const_int(ins.a) != 0) return kbool(ir, true);
      break;
    case IrOp::GUARD_FALSE:
      if (is_kint(ir, ins.a) && ir.const_int(ins.a) == 0) return kbool(ir, true);
      break;
    case IrOp::CONV:
      if (is_kint(ir, ins.a)) return ir.knum(static_cast<double>(ir.const_int(ins.a)));
      break;
    case IrOp::FNEG:
      if (is_knum(ir, ins.a)) return ir.knum(-ir.const_num(ins.a));
      break;
    case IrOp::NEGOV:
      if (is_kint(ir, ins.a) && ir.const_int(ins.a) != INT64_MIN)
        return ir.kint(-ir.const_int(ins.a));
      break;
    case IrOp::BOXINT:
      if (is_kint(ir, ins.a)) {
        int64_t v = ir.const_int(ins.a);
        if (v >= kSmallIntMin && v <= kSmallIntMax)
          return ir.kval((static_cast<uint64_t>(v) << 1) | 1u);
      }
      break;
    case IrOp::BOXBOOL:
      if (is_kint(ir, ins.a) && ir.config().true_bits != 0) {
        return ir.kval(ir.const_int(ins.a) != 0 ? ir.config().true_bits : ir.config().false_bits);
      }
      break;
    case IrOp::UNBOXINT:
      if (ir[ins.a].op == IrOp::KVAL && (ir.const_bits(ins.a) & 1)) {
        return ir.kint(static_cast<int64_t>(ir.const_bits(ins.a)) >> 1);
      }
      if (ir[ins.a].op == IrOp::BOXINT) return ir[ins.a].a;
      break;
    case IrOp::UNBOXNUM:
      if (ir[ins.a].op == IrOp::BOXNUM) return ir[ins.a].a;
      break;
    case IrOp::GUARD_TYPE:
      if (ir[ins.a].op == IrOp::BOXNUM && ir[ins.b].op == IrOp::KVAL &&
          ir.const_bits(ins.b) == ir.config().float_type) {
        return kbool(ir, true);
      }
      break;
    default:
      break;
  }
  return kNoRef;
}

}  // namespace

Ref fold_ins(IrBuffer& ir, Ins& ins) {
  if (ins.a != kNoRef && ins.b != kNoRef) {
    if (is_kint(ir, ins.a) && is_kint(ir, ins.b)) {
      Ref r = fold_int_pair(ir, ins);
      if (r != kNoRef) return r;
    }
    if (is_knum(ir, ins.a) && is_knum(ir, ins.b)) {
      Ref r = fold_num_pair(ir, ins);
      if (r != kNoRef) return r;
    }
    Ref r = fold_identity(ir, ins);
    if (r != kNoRef) return r;
  }
  // Commutative ops put a constant operand second (helps CSE and the backend).
  switch (ins.op) {
    case IrOp::ADD:
    case IrOp::ADDOV:
    case IrOp::MULOV:
    case IrOp::BAND:
    case IrOp::BOR:
    case IrOp::BXOR:
    case IrOp::FADD:
    case IrOp::FMUL:
      if (ir.is_const(ins.a) && !ir.is_const(ins.b)) std::swap(ins.a, ins.b);
      break;
    default:
      break;
  }
  return fold_unary(ir, ins);
}

}  // namespace pyvm::jit
