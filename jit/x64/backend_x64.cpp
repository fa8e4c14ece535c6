// The x86-64 backend: IR to machine code with asmjit's Compiler, which does
// the register allocation (virtual registers, one per IR value).
//
// Layout of a compiled trace: the pre-roll, the LOOP label, the loop body,
// the PHI moves and the jump back; then one exit stub per snapshot that some
// guard uses. A stub stores the snapshot's non-constant values into the exit
// buffer (one word per entry, in entry order: int64, double bits, 0/1, or a
// Value word) and returns the snapshot index; jit/deopt.cpp does the rest.
//
// Guards jump to their snapshot's stub. With fusion on, a compare followed
// by the guard that tests it jumps on the flags directly.
#include <asmjit/x86.h>

#include <bit>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <limits>

#include "jit/alloc_helpers.h"
#include "jit/backend.h"
#include "jit/call_trace.h"
#include "jit/code_memory.h"
#include "jit/helpers.h"
#include "jit/hotcount.h"
#include "jit/layout.h"
#include "jit/residual.h"
#include "jit/side_helpers.h"
#include "jit/x64/emitter_x64.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace x64 {

class ErrorCollector : public asmjit::ErrorHandler {
 public:
  void handleError(asmjit::Error err, const char* message, asmjit::BaseEmitter*) override {
    if (error == asmjit::kErrorOk) {
      error = err;
      text = message;
    }
  }
  asmjit::Error error = asmjit::kErrorOk;
  std::string text;
};

x86::Gp X64Emitter::gp(Ref r) {
  const Ins& ins = ir_[r];
  if (ins.op == IrOp::KINT || ins.op == IrOp::KVAL) return scratch_imm64(ir_.const_bits(r));
  return regs_[static_cast<size_t>(r)].as<x86::Gp>();
}

x86::Xmm X64Emitter::xmm(Ref r) {
  if (ir_[r].op == IrOp::KNUM) {
    x86::Xmm x = scratch_xmm();
    cc_.movsd(x, cc_.newDoubleConst(asmjit::ConstPoolScope::kLocal, ir_.const_num(r)));
    return x;
  }
  return regs_[static_cast<size_t>(r)].as<x86::Xmm>();
}

Label X64Emitter::exit_label(uint16_t snap) {
  Label& l = snap_labels_[snap];
  if (!l.isValid()) {
    l = cc_.newLabel();
    used_snaps_.push_back(snap);
  }
  return l;
}

void X64Emitter::stress(uint16_t snap) {
  if (config_.stress_counter == nullptr || snap == kNoSnapshot) return;
  x86::Gp p = scratch_imm64(reinterpret_cast<uint64_t>(config_.stress_counter));
  cc_.sub(x86::qword_ptr(p), 1);
  exit_if(CondCode::kE, snap);
}

// One branch for "a tagged int or null": rotated right by one, an object
// pointer (even, non-zero) is positive, null is zero and a tagged int (odd)
// negative. A value that is never null (never_null) only has its tag bit
// tested.
void X64Emitter::guard_object_type(Ref r, uint64_t type, uint16_t snap) {
  guard_object_type(gp(r), never_null(r), type, snap);
}

void X64Emitter::guard_object_type(x86::Gp v, bool never_null, uint64_t type, uint16_t snap) {
  if (never_null) {
    cc_.test(v.r8(), 1);
    exit_if(CondCode::kNZ, snap);
  } else {
    x86::Gp rotated = scratch_gp();
    cc_.mov(rotated, v);
    cc_.ror(rotated, 1);
    cc_.test(rotated, rotated);
    exit_if(CondCode::kLE, snap);
  }
  x86::Gp t = scratch_imm64(type);
  cc_.cmp(x86::qword_ptr(v, layout::kObjectType), t);
  exit_if(CondCode::kNE, snap);
}

void X64Emitter::guard_exact_double(x86::Gp v, uint16_t snap) {
  // Exits unless -2**53 <= v <= 2**53 (converts to double exactly).
  x86::Gp t = scratch_gp();
  cc_.mov(t, v);
  cc_.add(t, scratch_imm64(static_cast<uint64_t>(kExactDoubleInt)));
  cc_.cmp(t, scratch_imm64(static_cast<uint64_t>(2 * kExactDoubleInt)));
  exit_if(CondCode::kA, snap);
}

void X64Emitter::run() {
  regs_.resize(static_cast<size_t>(ir_.size()));
  proven_non_null_.assign(static_cast<size_t>(ir_.size()), false);
  plan_registers();
  snap_labels_.resize(t_.snapshots.size());
  slots_ = cc_.newIntPtr("slots");
  exits_ = cc_.newIntPtr("exits");
  inherited_ = cc_.newIntPtr("inherited");
  asmjit::FuncNode* fn =
      cc_.addFunc(asmjit::FuncSignatureT<uint32_t, Value*, uint64_t*, const uint64_t*>(
          asmjit::CallConvId::kHost));
  fn->setArg(0, slots_);
  fn->setArg(1, exits_);
  fn->setArg(2, inherited_);
  loop_label_ = cc_.newLabel();
  for (Ref r = 1; r < ir_.size(); ++r) {
    if (!t_.live[static_cast<size_t>(r)]) continue;
    const Ins& ins = ir_[r];
    if (ir_has(ins.op, kConst) || ins.op == IrOp::NOP || ins.op == IrOp::PHI) continue;
    ++emitted_;
    Ref flags_before = flags_ref_;
    reset_scratch();
    if (ir_has(ins.op, kGuard) && ins.snap != kNoSnapshot && !t_.snapshots[ins.snap].no_stress)
      stress(ins.snap);
    emit(r, ins);
    if (flags_ref_ == flags_before)
      flags_ref_ = kNoRef;  // flags are valid only right after the compare
  }
  if (t_.loop != kNoRef) emit_loop_end();
  emit_stubs();
  // The register allocator can hand out callee-saved registers without saving
  // them (seen with rbp in traces ending in several runtime calls): the
  // prologue of a trace that calls out saves all of them. A leaf trace (fib's
  // base case, entered once per compiled call) saves only those it uses.
  if (makes_calls()) {
    fn->frame().addDirtyRegs(x86::rbx, x86::rbp, x86::r12, x86::r13, x86::r14, x86::r15);
  }
  cc_.endFunc();
}

// How many times each ref is read: as an operand, by a snapshot, or as a
// sunk object's field (what DCE counts as a use, jit/optimizer.cpp).
std::vector<uint32_t> X64Emitter::count_uses() const {
  std::vector<uint32_t> uses(static_cast<size_t>(ir_.size()), 0);
  for (Ref r = 1; r < ir_.size(); ++r) {
    if (!t_.live[static_cast<size_t>(r)]) continue;
    const Ins& ins = ir_[r];
    ++uses[static_cast<size_t>(ins.a)];
    ++uses[static_cast<size_t>(ins.b)];
    if (ins.op == IrOp::LIST_STORE) ++uses[static_cast<size_t>(ins.imm)];
  }
  for (size_t s = 0; s < t_.snapshots.size(); ++s) {
    const Snapshot& snap = t_.snapshots[static_cast<uint16_t>(s)];
    const SnapEntry* entries = t_.snapshots.entries(snap);
    for (uint32_t k = 0; k < snap.count; ++k) ++uses[static_cast<size_t>(entries[k].ref)];
  }
  for (const std::vector<Ref>& extras : t_.sunk_extras) {
    for (Ref x : extras) ++uses[static_cast<size_t>(x)];
  }
  return uses;
}

bool X64Emitter::op_in(IrOp op, std::initializer_list<IrOp> ops) {
  for (IrOp o : ops) {
    if (o == op) return true;
  }
  return false;
}

bool X64Emitter::emits_code(Ref r) const {
  const Ins& ins = ir_[r];
  return t_.live[static_cast<size_t>(r)] && !ir_has(ins.op, kConst) && ins.op != IrOp::NOP &&
         ins.op != IrOp::PHI;
}

// Which values need a virtual register of their own; asmjit's allocator
// costs grow with the number of virtual registers times the number of
// instructions, so the two common short lives get none:
//   - a compare whose one use is the guard emitted right after it sets only
//     the flags, which the guard branches on (fusion);
//   - a value whose one use is the instruction emitted right after it (a
//     field load feeding a compare, an unbox feeding arithmetic) lives in
//     one of two registers shared by all such values, alternating by
//     emission order, so the next instruction's own short-lived result never
//     takes the register it reads.
void X64Emitter::plan_registers() {
  reg_plan_.assign(static_cast<size_t>(ir_.size()), RegPlan::kOwn);
  std::vector<uint32_t> uses = count_uses();
  bool fuse = config_.fuse && config_.stress_counter == nullptr;
  Ref previous = kNoRef;
  for (Ref r = 1; r < ir_.size(); ++r) {
    if (!emits_code(r)) continue;
    const Ins& ins = ir_[r];
    if (previous != kNoRef && uses[static_cast<size_t>(previous)] == 1) {
      bool guard = ins.op == IrOp::GUARD_TRUE || ins.op == IrOp::GUARD_FALSE;
      auto& plan = reg_plan_[static_cast<size_t>(previous)];
      if (fuse && guard && ins.a == previous && sets_fusable_flags(ir_[previous].op)) {
        plan = RegPlan::kFlagsOnly;
      } else if (reads_at_emission(ins.op) &&
                 (ins.a == previous || ins.b == previous ||
                  (ins.op == IrOp::LIST_STORE && ins.imm == previous))) {
        plan = RegPlan::kShortLived;
      }
    }
    previous = r;
  }
}

// Ops whose code reads their operands' registers where they are emitted
// (not, like CARG, later at a call).
bool X64Emitter::reads_at_emission(IrOp op) {
  switch (op) {
    case IrOp::FLOAD:
    case IrOp::FLOADK:
    case IrOp::ALOAD:
    case IrOp::FSTORE:
    case IrOp::GUARD_TRUE:
    case IrOp::GUARD_FALSE:
    case IrOp::GUARD_TYPE:
    case IrOp::BOXINT:
    case IrOp::UNBOXINT:
    case IrOp::UNBOXNUM:
    case IrOp::BOXNUM:
    case IrOp::SLOT_STORE:
    case IrOp::LIST_STORE:
    case IrOp::EQ:
    case IrOp::NE:
    case IrOp::FEQ:
    case IrOp::FNE:
      return true;
    default:
      return is_int_arith(op) || is_num_arith(op) || sets_fusable_flags(op);
  }
}

bool X64Emitter::is_int_arith(IrOp op) {
  return op_in(op, {IrOp::ADD, IrOp::SUB, IrOp::ADDOV, IrOp::SUBOV, IrOp::MULOV, IrOp::NEGOV,
                    IrOp::BAND, IrOp::BOR, IrOp::BXOR});
}

bool X64Emitter::is_num_arith(IrOp op) {
  return op_in(
      op, {IrOp::FADD, IrOp::FSUB, IrOp::FMUL, IrOp::FDIV, IrOp::FPOW, IrOp::FNEG, IrOp::CONV});
}

bool X64Emitter::sets_fusable_flags(IrOp op) {
  return op_in(op, {IrOp::LT, IrOp::LE, IrOp::GT, IrOp::GE, IrOp::EQ, IrOp::NE, IrOp::ULT,
                    IrOp::FLT, IrOp::FLE, IrOp::FGT, IrOp::FGE});
}

bool X64Emitter::makes_calls() const {
  for (const asmjit::BaseNode* n = cc_.firstNode(); n != nullptr; n = n->next()) {
    if (n->type() == asmjit::NodeType::kInvoke) return true;
  }
  return false;
}

void X64Emitter::emit_loop_end() {
  // PHIs: read every loop-end value before writing any loop-carried register.
  std::vector<std::pair<Ref, x86::Reg>> moves;
  reset_scratch();
  for (Ref r = t_.loop; r < ir_.size(); ++r) {
    const Ins& ins = ir_[r];
    if (ins.op != IrOp::PHI) continue;
    if (ir_[ins.a].type == IrType::kNum) {
      x86::Xmm tmp = scratch_xmm();
      cc_.movsd(tmp, xmm(ins.b));
      moves.emplace_back(ins.a, tmp);
    } else {
      x86::Gp tmp = scratch_gp();
      cc_.mov(tmp, gp(ins.b));
      moves.emplace_back(ins.a, tmp);
    }
  }
  for (auto& [left, tmp] : moves) {
    if (ir_[left].type == IrType::kNum) {
      cc_.movsd(regs_[static_cast<size_t>(left)].as<x86::Xmm>(), tmp.as<x86::Xmm>());
    } else {
      cc_.mov(regs_[static_cast<size_t>(left)].as<x86::Gp>(), tmp.as<x86::Gp>());
    }
  }
  cc_.jmp(loop_label_);
}

void X64Emitter::emit_stubs() {
  for (size_t i = 0; i < used_snaps_.size(); ++i) {
    uint16_t s = used_snaps_[i];
    cc_.bind(snap_labels_[s]);
    reset_scratch();
    const Snapshot& snap = t_.snapshots[s];
    const SnapEntry* entries = t_.snapshots.entries(snap);
    for (uint32_t k = 0; k < snap.count; ++k) {
      Ref ref = entries[k].ref;
      if (ir_.is_const(ref) || ir_[ref].op == IrOp::SUNKINST) continue;
      x86::Mem slot = x86::qword_ptr(exits_, static_cast<int32_t>(8 * k));
      if (ir_[ref].type == IrType::kNum) {
        cc_.movsd(slot, xmm(ref));
      } else {
        cc_.mov(slot, gp(ref));
      }
    }
    // The fields of the sunk objects the snapshot references (jit/sink.h).
    if (s < t_.sunk_extras.size()) {
      const std::vector<Ref>& extras = t_.sunk_extras[s];
      for (size_t j = 0; j < extras.size(); ++j) {
        Ref ref = extras[j];
        if (ir_.is_const(ref)) continue;
        x86::Mem slot = x86::qword_ptr(exits_, static_cast<int32_t>(8 * (snap.count + j)));
        if (ir_[ref].type == IrType::kNum) {
          cc_.movsd(slot, xmm(ref));
        } else {
          cc_.mov(slot, gp(ref));
        }
      }
    }
    x86::Gp ret = scratch_gp().r32();
    cc_.mov(ret, s);
    cc_.ret(ret);
  }
}

void X64Emitter::emit(Ref r, const Ins& ins) {
  switch (ins.op) {
    case IrOp::SLOAD:
      return emit_sload(r, ins);
    case IrOp::SINHERIT: {
      x86::Mem word = x86::qword_ptr(inherited_, ins.imm * 8);
      if (ins.type == IrType::kNum) return void(cc_.movsd(def_xmm(r), word));
      return void(cc_.mov(def_gp(r), word));
    }
    case IrOp::FLOAD:
    case IrOp::FLOADK:
    case IrOp::FSTORE:
    case IrOp::ALOAD:
    case IrOp::LIST_STORE:
    case IrOp::SLOT_STORE:
    case IrOp::GEN_STORE:
      return emit_memory(r, ins);
    case IrOp::GUARD_TRUE:
    case IrOp::GUARD_FALSE:
      emit_guard_bool(ins);
      return note_non_null_guard(ins);
    case IrOp::GUARD_TYPE:
      return guard_object_type(ins.a, ir_.const_bits(ins.b), ins.snap);
    case IrOp::GUARD_NOPENDING: {
      x86::Gp flag = gp(ins.a);
      cc_.cmp(x86::byte_ptr(flag), 0);
      return exit_if(CondCode::kNE, ins.snap);
    }
    case IrOp::EXIT:
      return emit_exit(ins);
    case IrOp::SHLOV:
    case IrOp::SAR:
      return emit_shift(r, ins);
    case IrOp::FLOORDIV:
    case IrOp::MOD:
      return emit_div(r, ins);
    case IrOp::TDIV:
      return emit_tdiv(r, ins);
    case IrOp::LT:
    case IrOp::LE:
    case IrOp::GT:
    case IrOp::GE:
    case IrOp::EQ:
    case IrOp::NE:
    case IrOp::ULT:
      return emit_compare(r, ins);
    case IrOp::FLT:
    case IrOp::FLE:
    case IrOp::FGT:
    case IrOp::FGE:
    case IrOp::FEQ:
    case IrOp::FNE:
      return emit_fcompare(r, ins);
    case IrOp::BOXINT:
    case IrOp::BOXNUM:
    case IrOp::BOXBOOL:
    case IrOp::UNBOXINT:
    case IrOp::UNBOXNUM:
      return emit_box(r, ins);
    case IrOp::FMIN:
    case IrOp::FMAX:
    case IrOp::IMIN:
    case IrOp::IMAX:
    case IrOp::FABS:
    case IrOp::ABSOV:
    case IrOp::FSQRT:
    case IrOp::FTOI:
    case IrOp::LIST_APPEND:
    case IrOp::CELL_STORE:
    case IrOp::LIST_POP:
      return emit_builtin_math(r, ins);
    case IrOp::NEWRANGE:
    case IrOp::ITER_NEW:
      return emit_side_call(r, ins);
    case IrOp::NEWINST:
    case IrOp::SLOT_ADD:
      return emit_alloc_call(r, ins);
    case IrOp::CALLR:
      return emit_residual_call(r, ins);
    case IrOp::NEWTUPLE:
    case IrOp::TUPLE_INIT:
      return emit_tuple_call(r, ins);
    case IrOp::LOOP:
      cc_.bind(loop_label_);
      return;
    default:
      if (is_int_arith(ins.op)) return emit_int_arith(r, ins);
      if (is_num_arith(ins.op)) return emit_num_arith(r, ins);
      return;
  }
}

void X64Emitter::emit_sload(Ref r, const Ins& ins) {
  x86::Mem slot = x86::qword_ptr(slots_, ins.imm * 8);
  if (ins.type == IrType::kNum) {
    x86::Gp v = scratch_gp();
    cc_.mov(v, slot);
    guard_object_type(v, false, ir_.config().float_type, ins.snap);
    cc_.movsd(def_xmm(r), x86::qword_ptr(v, layout::kFloatValue));
    return;
  }
  x86::Gp d = def_gp(r);
  cc_.mov(d, slot);
  if (ins.type == IrType::kInt) {
    cc_.test(d, 1);
    exit_if(CondCode::kZ, ins.snap);
    cc_.sar(d, 1);
  }
}

void X64Emitter::emit_int_arith(Ref r, const Ins& ins) {
  x86::Gp a = gp(ins.a);
  x86::Gp d = def_gp(r);
  cc_.mov(d, a);
  if (ins.op == IrOp::NEGOV) {
    cc_.neg(d);
    return exit_if(CondCode::kO, ins.snap);
  }
  bool imm = small_const(ins.b);
  asmjit::Imm k(imm ? ir_.const_int(ins.b) : 0);
  x86::Gp b = imm ? x86::Gp() : gp(ins.b);
  switch (ins.op) {
    case IrOp::ADD:
    case IrOp::ADDOV:
      imm ? cc_.add(d, k) : cc_.add(d, b);
      break;
    case IrOp::SUB:
    case IrOp::SUBOV:
      imm ? cc_.sub(d, k) : cc_.sub(d, b);
      break;
    case IrOp::MULOV:
      imm ? cc_.imul(d, d, k) : cc_.imul(d, b);
      break;
    case IrOp::BAND:
      imm ? cc_.and_(d, k) : cc_.and_(d, b);
      break;
    case IrOp::BOR:
      imm ? cc_.or_(d, k) : cc_.or_(d, b);
      break;
    case IrOp::BXOR:
      imm ? cc_.xor_(d, k) : cc_.xor_(d, b);
      break;
    default:
      break;
  }
  if (ins.op == IrOp::ADDOV || ins.op == IrOp::SUBOV || ins.op == IrOp::MULOV)
    exit_if(CondCode::kO, ins.snap);
}

void X64Emitter::emit_shift(Ref r, const Ins& ins) {
  x86::Gp a = gp(ins.a);
  x86::Gp d = def_gp(r);
  if (ir_[ins.b].op == IrOp::KINT) {
    int64_t c = ir_.const_int(ins.b);
    if (ins.op == IrOp::SAR) {
      // c < 0 raises ValueError in the interpreter; FOLD leaves it alone.
      cc_.mov(d, a);
      if (c < 0) return cc_.jmp(exit_label(ins.snap)), void();
      cc_.sar(d, static_cast<int>(c > 63 ? 63 : c));
      return;
    }
    if (c < 0 || c > 62) {
      cc_.mov(d, a);
      cc_.jmp(exit_label(ins.snap));
      return;
    }
    cc_.mov(d, a);
    cc_.shl(d, static_cast<int>(c));
    x86::Gp back = scratch_gp();
    cc_.mov(back, d);
    cc_.sar(back, static_cast<int>(c));
    cc_.cmp(back, a);
    return exit_if(CondCode::kNE, ins.snap);
  }
  x86::Gp b = gp(ins.b);
  x86::Gp count = scratch_gp();
  cc_.mov(count, b);
  if (ins.op == IrOp::SAR) {
    cc_.cmp(count, 0);
    exit_if(CondCode::kL, ins.snap);
    x86::Gp max = scratch_imm64(63);
    cc_.cmp(count, max);
    cc_.cmovg(count, max);
    cc_.mov(d, a);
    cc_.sar(d, count.r8());
    return;
  }
  cc_.cmp(count, 62);
  exit_if(CondCode::kA, ins.snap);  // unsigned: negative counts exit too
  cc_.mov(d, a);
  cc_.shl(d, count.r8());
  x86::Gp back = scratch_gp();
  cc_.mov(back, d);
  cc_.sar(back, count.r8());
  cc_.cmp(back, a);
  exit_if(CondCode::kNE, ins.snap);
}

void X64Emitter::emit_div(Ref r, const Ins& ins) {
  x86::Gp a = gp(ins.a);
  if (ir_[ins.b].op == IrOp::KINT) {
    int64_t c = ir_.const_int(ins.b);
    if (c <= 0) {
      def_gp(r);
      cc_.jmp(exit_label(ins.snap));
      return;
    }
    if ((c & (c - 1)) == 0) {
      // Floor division and modulo by a positive power of two.
      x86::Gp d = def_gp(r);
      cc_.mov(d, a);
      if (ins.op == IrOp::FLOORDIV) {
        cc_.sar(d, __builtin_ctzll(static_cast<uint64_t>(c)));
      } else if (fits_i32(c - 1)) {
        cc_.and_(d, c - 1);
      } else {
        cc_.and_(d, scratch_imm64(static_cast<uint64_t>(c - 1)));
      }
      return;
    }
  }
  x86::Gp b = gp(ins.b);
  if (ir_[ins.b].op != IrOp::KINT) {
    cc_.cmp(b, 0);
    exit_if(CondCode::kLE, ins.snap);
  }
  x86::Gp lo = cc_.newInt64();
  x86::Gp hi = cc_.newInt64();
  cc_.mov(lo, a);
  cc_.cqo(hi, lo);
  cc_.idiv(hi, lo, b);
  // Truncation to floor (b > 0): when the remainder is negative, the
  // quotient drops by one and the remainder gains b.
  x86::Gp t = scratch_gp();
  cc_.mov(t, hi);
  cc_.sar(t, 63);
  cc_.add(lo, t);
  cc_.and_(t, b);
  cc_.add(hi, t);
  regs_[static_cast<size_t>(r)] = ins.op == IrOp::FLOORDIV ? lo : hi;
}

void X64Emitter::emit_tdiv(Ref r, const Ins& ins) {
  x86::Gp a = gp(ins.a);
  x86::Gp b = gp(ins.b);
  guard_exact_double(a, ins.snap);
  guard_exact_double(b, ins.snap);
  cc_.test(b, b);
  exit_if(CondCode::kZ, ins.snap);
  x86::Xmm d = def_xmm(r);
  x86::Xmm y = scratch_xmm();
  cc_.xorps(d, d);
  cc_.cvtsi2sd(d, a);
  cc_.xorps(y, y);
  cc_.cvtsi2sd(y, b);
  cc_.divsd(d, y);
}

void X64Emitter::emit_num_arith(Ref r, const Ins& ins) {
  if (ins.op == IrOp::CONV) {
    x86::Gp a = gp(ins.a);
    x86::Xmm d = def_xmm(r);
    cc_.xorps(d, d);
    cc_.cvtsi2sd(d, a);
    return;
  }
  if (ins.op == IrOp::FNEG) {
    x86::Xmm a = xmm(ins.a);
    x86::Xmm mask = scratch_xmm();
    cc_.movq(mask, scratch_imm64(0x8000000000000000ull));
    x86::Xmm d = def_xmm(r);
    cc_.movsd(d, a);
    cc_.xorpd(d, mask);
    return;
  }
  x86::Xmm a = xmm(ins.a);
  x86::Xmm b = xmm(ins.b);
  if (ins.op == IrOp::FPOW) return emit_float_pow(r, ins, a, b);
  if (ins.op == IrOp::FDIV) {
    x86::Xmm zero = scratch_xmm();
    cc_.xorps(zero, zero);
    cc_.ucomisd(b, zero);
    exit_if(CondCode::kE, ins.snap);  // b == 0.0 (or NaN: the interpreter decides)
  }
  x86::Xmm d = def_xmm(r);
  cc_.movsd(d, a);
  switch (ins.op) {
    case IrOp::FADD:
      cc_.addsd(d, b);
      break;
    case IrOp::FSUB:
      cc_.subsd(d, b);
      break;
    case IrOp::FMUL:
      cc_.mulsd(d, b);
      break;
    default:
      cc_.divsd(d, b);
      break;
  }
}

bool X64Emitter::has_fma() {
  return asmjit::CpuInfo::host().hasFeature(asmjit::CpuFeatures::X86::kFMA);
}

// runtime::float_pow_libm's sqrt path inline, for `a ** 0.5` with a in
// (0, inf): d = sqrt(a) and a jump to `done` when d is not a power of two and
// |d*d - a| (one FMA) is under kSqrtIsPowFactor * d * 2^E (d's binade);
// otherwise falls through to the pow call with d clobbered.
void X64Emitter::emit_sqrt_if_pow(x86::Xmm a, x86::Xmm d, asmjit::Label done) {
  asmjit::Label call = cc_.newLabel();
  x86::Xmm t = scratch_xmm();
  x86::Xmm e = scratch_xmm();
  x86::Gp bits = scratch_gp();
  x86::Gp mantissa = scratch_gp();
  cc_.movq(t, scratch_imm64(std::bit_cast<uint64_t>(std::numeric_limits<double>::min())));
  cc_.ucomisd(a, t);
  cc_.jb(call);  // a denormal
  cc_.sqrtsd(d, a);
  cc_.movq(bits, d);
  cc_.mov(mantissa, bits);
  cc_.shl(mantissa, 12);
  cc_.jz(call);  // a power of two
  cc_.movsd(e, a);
  cc_.vfmsub231sd(e, d, d);  // e = d * d - a
  cc_.shr(bits, 52);
  cc_.shl(bits, 52);  // d's binade, 2^E
  cc_.movq(t, bits);
  cc_.mulsd(t, d);
  cc_.mov(bits,
          asmjit::Imm(static_cast<int64_t>(std::bit_cast<uint64_t>(runtime::kSqrtIsPowFactor))));
  x86::Xmm k = scratch_xmm();
  cc_.movq(k, bits);
  cc_.mulsd(t, k);
  cc_.mov(bits, asmjit::Imm(static_cast<int64_t>(0x7fffffffffffffffull)));
  cc_.movq(k, bits);
  cc_.andpd(e, k);
  cc_.ucomisd(e, t);
  cc_.jb(done);
  cc_.bind(call);
}

// FPOW: libm's pow called straight from the trace, for the operands on which
// CPython's float ** returns pow's result unchanged (a > 0 and finite, b
// finite, a finite result); the others exit and the interpreter special-cases
// or raises. A constant finite exponent needs no check.
// With FMA, `a ** 0.5` tries sqrt first (emit_sqrt_if_pow) and calls pow
// only when that is not provably pow's answer; without, it calls
// runtime::float_pow_libm, which does the same in C++.
void X64Emitter::emit_float_pow(Ref r, const Ins& ins, x86::Xmm a, x86::Xmm b) {
  constexpr uint64_t kInfBits = 0x7ff0000000000000ull;
  x86::Xmm limit = scratch_xmm();
  cc_.xorps(limit, limit);
  cc_.ucomisd(a, limit);
  exit_if(CondCode::kBE, ins.snap);  // a <= 0, or NaN
  cc_.movq(limit, scratch_imm64(kInfBits));
  cc_.ucomisd(a, limit);
  exit_if(CondCode::kE, ins.snap);  // a == inf
  if (!ir_.is_const(ins.b) || !std::isfinite(ir_.const_num(ins.b))) {
    x86::Xmm t = scratch_xmm();
    cc_.movsd(t, b);
    cc_.subsd(t, b);
    cc_.ucomisd(t, t);
    exit_if(CondCode::kP, ins.snap);  // b - b is NaN: b is infinite or NaN
  }
  x86::Xmm d = def_xmm(r);
  asmjit::Label done = cc_.newLabel();
  bool half = ir_.is_const(ins.b) && ir_.const_num(ins.b) == 0.5;
  bool inline_sqrt = half && has_fma();
  if (inline_sqrt) emit_sqrt_if_pow(a, d, done);
  asmjit::InvokeNode* call;
  auto* pow_fn = half && !inline_sqrt ? &runtime::float_pow_libm
                                      : static_cast<double (*)(double, double)>(&std::pow);
  cc_.invoke(&call, reinterpret_cast<uint64_t>(pow_fn),
             asmjit::FuncSignatureT<double, double, double>(asmjit::CallConvId::kHost));
  call->setArg(0, a);
  call->setArg(1, b);
  call->setRet(0, d);
  cc_.bind(done);
  x86::Xmm inf = scratch_xmm();
  cc_.movq(inf, scratch_imm64(kInfBits));
  cc_.ucomisd(d, inf);
  exit_if(CondCode::kE, ins.snap);  // overflow: the interpreter raises
}

// The builtins the recorder turns into native ops (jit/recorder_calls.cpp).
void X64Emitter::emit_builtin_math(Ref r, const Ins& ins) {
  switch (ins.op) {
    case IrOp::FMIN:
    case IrOp::FMAX: {
      // MINSD d, s is `d < s ? d : s` (s when unordered or both zero): with
      // d = b, s = a that is Python's `b if b < a else a`, NaNs included.
      x86::Xmm a = xmm(ins.a);
      x86::Xmm b = xmm(ins.b);
      x86::Xmm d = def_xmm(r);
      cc_.movsd(d, b);
      ins.op == IrOp::FMIN ? cc_.minsd(d, a) : cc_.maxsd(d, a);
      return;
    }
    case IrOp::IMIN:
    case IrOp::IMAX: {
      x86::Gp a = gp(ins.a);
      x86::Gp b = gp(ins.b);
      x86::Gp d = def_gp(r);
      cc_.mov(d, a);
      cc_.cmp(b, a);
      ins.op == IrOp::IMIN ? cc_.cmovl(d, b) : cc_.cmovg(d, b);
      return;
    }
    case IrOp::FABS: {
      x86::Xmm a = xmm(ins.a);
      x86::Xmm mask = scratch_xmm();
      cc_.movq(mask, scratch_imm64(0x7fffffffffffffffull));
      x86::Xmm d = def_xmm(r);
      cc_.movsd(d, a);
      cc_.andpd(d, mask);
      return;
    }
    case IrOp::ABSOV: {
      x86::Gp a = gp(ins.a);
      x86::Gp d = def_gp(r);
      cc_.mov(d, a);
      cc_.neg(d);
      exit_if(CondCode::kO, ins.snap);  // INT64_MIN
      cc_.cmovs(d, a);                  // -a < 0: a was positive
      return;
    }
    case IrOp::FSQRT: {
      x86::Xmm a = xmm(ins.a);
      x86::Xmm zero = scratch_xmm();
      cc_.xorps(zero, zero);
      cc_.ucomisd(a, zero);
      exit_if(CondCode::kB, ins.snap);  // a < 0 or NaN: the interpreter decides
      x86::Xmm d = def_xmm(r);
      cc_.sqrtsd(d, a);
      return;
    }
    case IrOp::LIST_APPEND:
    case IrOp::CELL_STORE: {
      x86::Gp vm = scratch_imm64(reinterpret_cast<uint64_t>(config_.vm));
      x86::Gp list = gp(ins.a);
      x86::Gp value = gp(ins.b);
      asmjit::InvokeNode* call;
      cc_.invoke(&call,
                 ins.op == IrOp::LIST_APPEND ? reinterpret_cast<uint64_t>(&helper_list_append)
                                             : reinterpret_cast<uint64_t>(&helper_cell_store),
                 asmjit::FuncSignatureT<void, void*, void*, uint64_t>(asmjit::CallConvId::kHost));
      call->setArg(0, vm);
      call->setArg(1, list);
      call->setArg(2, value);
      return;
    }
    case IrOp::LIST_POP: {
      x86::Gp vm = scratch_imm64(reinterpret_cast<uint64_t>(config_.vm));
      x86::Gp fn = gp(ins.b);
      x86::Gp list = gp(ins.a);
      x86::Gp d = def_gp(r);
      asmjit::InvokeNode* call;
      cc_.invoke(&call, reinterpret_cast<uint64_t>(&helper_call_method0),
                 asmjit::FuncSignatureT<uint64_t, void*, void*, void*>(asmjit::CallConvId::kHost));
      call->setArg(0, vm);
      call->setArg(1, fn);
      call->setArg(2, list);
      call->setRet(0, d);
      return;
    }
    default: {  // FTOI
      x86::Xmm a = xmm(ins.a);
      x86::Gp d = def_gp(r);
      cc_.cvttsd2si(d, a);
      x86::Gp bad = scratch_imm64(0x8000000000000000ull);
      cc_.cmp(d, bad);
      exit_if(CondCode::kE, ins.snap);  // NaN, infinite or out of range
      return;
    }
  }
}

// The condition under which `a op b` holds after `cmp a, b`; `swapped`:
// after `cmp b, a`.
static CondCode compare_condition(IrOp op, bool swapped) {
  switch (op) {
    case IrOp::LT:
      return swapped ? CondCode::kG : CondCode::kL;
    case IrOp::LE:
      return swapped ? CondCode::kGE : CondCode::kLE;
    case IrOp::GT:
      return swapped ? CondCode::kL : CondCode::kG;
    case IrOp::GE:
      return swapped ? CondCode::kLE : CondCode::kGE;
    case IrOp::EQ:
      return CondCode::kE;
    case IrOp::NE:
      return CondCode::kNE;
    default:  // ULT
      return swapped ? CondCode::kA : CondCode::kB;
  }
}

// An int (or Value word) compare. A small constant on either side is an
// immediate (a null test; the constant index of a bounds check, `ULT k,
// len`, compares len with k); a 64-bit constant (a shape, a class, a
// version) is read from the constant pool, with no register to allocate.
void X64Emitter::emit_compare(Ref r, const Ins& ins) {
  bool swapped = compare_imm(ins.a) && !compare_imm(ins.b);
  Ref left = swapped ? ins.b : ins.a;
  Ref right = swapped ? ins.a : ins.b;
  x86::Gp a = gp(left);
  bool imm = compare_imm(right);
  bool pooled = !imm && ir_.is_const(right);
  x86::Gp b = imm || pooled ? x86::Gp() : gp(right);
  x86::Gp d = reg_plan_[static_cast<size_t>(r)] == RegPlan::kFlagsOnly ? x86::Gp() : def_gp(r);
  if (d.isValid()) cc_.mov(d, 0);
  if (imm) {
    cc_.cmp(a, asmjit::Imm(ir_.const_int(right)));
  } else if (pooled) {
    cc_.cmp(a, cc_.newQWordConst(asmjit::ConstPoolScope::kLocal, ir_.const_bits(right)));
  } else {
    cc_.cmp(a, b);
  }
  CondCode cond = compare_condition(ins.op, swapped);
  if (d.isValid()) cc_.set(cond, d.r8());
  flags_ref_ = r;
  flags_true_ = cond;
}

void X64Emitter::emit_fcompare(Ref r, const Ins& ins) {
  x86::Xmm a = xmm(ins.a);
  x86::Xmm b = xmm(ins.b);
  x86::Gp d = reg_plan_[static_cast<size_t>(r)] == RegPlan::kFlagsOnly ? x86::Gp() : def_gp(r);
  if (d.isValid()) cc_.mov(d, 0);
  switch (ins.op) {
    case IrOp::FLT:
    case IrOp::FLE:
      cc_.ucomisd(b, a);
      break;
    default:
      cc_.ucomisd(a, b);
      break;
  }
  if (ins.op == IrOp::FEQ || ins.op == IrOp::FNE) {
    // Unordered (NaN) sets PF: equal needs ZF and not PF.
    x86::Gp p = scratch_gp();
    cc_.mov(p, 0);
    if (ins.op == IrOp::FEQ) {
      cc_.sete(d.r8());
      cc_.setnp(p.r8());
      cc_.and_(d, p);
    } else {
      cc_.setne(d.r8());
      cc_.setp(p.r8());
      cc_.or_(d, p);
    }
    return;
  }
  CondCode cond = (ins.op == IrOp::FLT || ins.op == IrOp::FGT) ? CondCode::kA : CondCode::kAE;
  if (d.isValid()) cc_.set(cond, d.r8());
  flags_ref_ = r;
  flags_true_ = cond;
}

void X64Emitter::emit_guard_bool(const Ins& ins) {
  bool want_true = ins.op == IrOp::GUARD_TRUE;
  if (config_.fuse && config_.stress_counter == nullptr && flags_ref_ == ins.a) {
    CondCode holds = want_true ? flags_true_ : x86::negateCond(flags_true_);
    exit_if(x86::negateCond(holds), ins.snap);
    return;
  }
  x86::Gp v = gp(ins.a);
  cc_.test(v, v);
  exit_if(want_true ? CondCode::kZ : CondCode::kNZ, ins.snap);
}

// Notes the value a guard "v != null" proves non-null for the instructions
// after it (a trace is one path: everything emitted later runs after it).
void X64Emitter::note_non_null_guard(const Ins& ins) {
  const Ins& cond = ir_[ins.a];
  bool tests_null = (ins.op == IrOp::GUARD_TRUE && cond.op == IrOp::NE) ||
                    (ins.op == IrOp::GUARD_FALSE && cond.op == IrOp::EQ);
  if (tests_null && ir_[cond.b].op == IrOp::KVAL && ir_.const_bits(cond.b) == 0)
    proven_non_null_[static_cast<size_t>(cond.a)] = true;
}

bool X64Emitter::never_null(Ref r) const {
  const Ins& ins = ir_[r];
  return (ins.op == IrOp::ALOAD && ins.imm == kAloadItem) ||
         proven_non_null_[static_cast<size_t>(r)];
}

void X64Emitter::emit_box(Ref r, const Ins& ins) {
  switch (ins.op) {
    case IrOp::BOXINT: {
      x86::Gp a = gp(ins.a);
      x86::Gp d = def_gp(r);
      cc_.mov(d, a);
      cc_.add(d, d);
      exit_if(CondCode::kO, ins.snap);
      cc_.or_(d, 1);
      return;
    }
    case IrOp::BOXNUM: {
      x86::Xmm a = xmm(ins.a);
      x86::Gp d = def_gp(r);
      asmjit::Label done = cc_.newLabel();
      emit_box_float_fast(a, d, done);
      x86::Gp vm = scratch_imm64(reinterpret_cast<uint64_t>(config_.vm));
      asmjit::InvokeNode* call;
      cc_.invoke(&call, reinterpret_cast<uint64_t>(&helper_box_float),
                 asmjit::FuncSignatureT<uint64_t, void*, double>(asmjit::CallConvId::kHost));
      call->setArg(0, vm);
      call->setArg(1, a);
      call->setRet(0, d);
      cc_.bind(done);
      return;
    }
    case IrOp::BOXBOOL: {
      x86::Gp a = gp(ins.a);
      x86::Gp d = imm64(ir_.config().false_bits);
      regs_[static_cast<size_t>(r)] = d;
      x86::Gp t = scratch_imm64(ir_.config().true_bits);
      cc_.test(a, a);
      cc_.cmovnz(d, t);
      return;
    }
    case IrOp::UNBOXINT: {
      x86::Gp a = gp(ins.a);
      cc_.test(a, 1);
      exit_if(CondCode::kZ, ins.snap);
      x86::Gp d = def_gp(r);
      cc_.mov(d, a);
      cc_.sar(d, 1);
      return;
    }
    default: {  // UNBOXNUM
      guard_object_type(ins.a, ir_.config().float_type, ins.snap);
      cc_.movsd(def_xmm(r), x86::qword_ptr(gp(ins.a), layout::kFloatValue));
      return;
    }
  }
}

void X64Emitter::emit_memory(Ref r, const Ins& ins) {
  switch (ins.op) {
    case IrOp::FLOAD:
    case IrOp::FLOADK: {
      x86::Gp base = gp(ins.a);
      if (ins.type == IrType::kNum) {
        cc_.movsd(def_xmm(r), x86::qword_ptr(base, ins.imm));
      } else {
        cc_.mov(def_gp(r), x86::qword_ptr(base, ins.imm));
      }
      return;
    }
    case IrOp::FSTORE: {
      x86::Gp base = gp(ins.a);
      if (small_const(ins.b)) {
        cc_.mov(x86::qword_ptr(base, ins.imm), asmjit::Imm(ir_.const_int(ins.b)));
      } else {
        cc_.mov(x86::qword_ptr(base, ins.imm), gp(ins.b));
      }
      return;
    }
    case IrOp::ALOAD: {
      x86::Gp base = gp(ins.a);
      x86::Gp d = def_gp(r);
      if (small_const(ins.b) && fits_i32(ir_.const_int(ins.b) * 8)) {
        cc_.mov(d, x86::qword_ptr(base, static_cast<int32_t>(ir_.const_int(ins.b) * 8)));
      } else {
        cc_.mov(d, x86::qword_ptr(base, gp(ins.b), 3));
      }
      return;
    }
    case IrOp::SLOT_STORE:
    case IrOp::GEN_STORE: {
      x86::Gp vm = scratch_imm64(reinterpret_cast<uint64_t>(config_.vm));
      x86::Gp instance = gp(ins.a);
      x86::Gp value = gp(ins.b);
      x86::Gp index = scratch_imm64(static_cast<uint64_t>(ins.imm));
      asmjit::InvokeNode* call;
      cc_.invoke(
          &call,
          ins.op == IrOp::SLOT_STORE ? reinterpret_cast<uint64_t>(&helper_slot_store)
                                     : reinterpret_cast<uint64_t>(&helper_gen_store),
          asmjit::FuncSignatureT<void, void*, void*, int64_t, uint64_t>(asmjit::CallConvId::kHost));
      call->setArg(0, vm);
      call->setArg(1, instance);
      call->setArg(2, index);
      call->setArg(3, value);
      return;
    }
    default: {  // LIST_STORE
      x86::Gp list = gp(ins.a);
      x86::Gp value = gp(ins.imm);
      asmjit::Label done = cc_.newLabel();
      emit_list_store_inline(list, ins.b, value, done);
      // A constant index is a displacement above; the barrier's paths need
      // it in a register.
      x86::Gp index = small_const(ins.b)
                          ? scratch_imm64(static_cast<uint64_t>(ir_.const_int(ins.b)))
                          : gp(ins.b);
      emit_list_range_remember_inline(list, index, done);
      x86::Gp vm = scratch_imm64(reinterpret_cast<uint64_t>(config_.vm));
      asmjit::InvokeNode* call;
      cc_.invoke(
          &call, reinterpret_cast<uint64_t>(&helper_list_barrier),
          asmjit::FuncSignatureT<void, void*, void*, int64_t, uint64_t>(asmjit::CallConvId::kHost));
      call->setArg(0, vm);
      call->setArg(1, list);
      call->setArg(2, index);
      call->setArg(3, value);
      cc_.bind(done);
      return;
    }
  }
}

// LIST_STORE inline (the trace guarded 0 <= index < len; a small constant
// index is a displacement): stores the item,
// then the write barrier's test (gc::Heap::write_barrier: an old holder not
// remembered whole, and a young object stored); jumps to `done` unless the
// barrier must record the store, which the runtime call after this does.
void X64Emitter::emit_list_store_inline(x86::Gp list, Ref index, x86::Gp value,
                                        asmjit::Label done) {
  x86::Gp items = scratch_gp();
  x86::Gp word = scratch_gp().r32();
  cc_.mov(items, x86::qword_ptr(list, layout::kListItems));
  if (small_const(index) && fits_i32(ir_.const_int(index) * 8)) {
    cc_.mov(x86::qword_ptr(items, static_cast<int32_t>(ir_.const_int(index) * 8)), value);
  } else {
    cc_.mov(x86::qword_ptr(items, gp(index), 3), value);
  }
  cc_.mov(word, x86::dword_ptr(list, layout::kObjectGcWord));
  constexpr uint32_t kMarked = gc::kMarked;
  constexpr uint32_t kOldOrRemembered = gc::kMarked | gc::kRemembered;
  cc_.and_(word, kOldOrRemembered);
  cc_.cmp(word, kMarked);
  cc_.jne(done);  // young, or already remembered whole
  cc_.test(value, value);
  cc_.jz(done);
  cc_.test(value.r8(), 1);
  cc_.jnz(done);  // a small int
  cc_.mov(word, x86::dword_ptr(value, layout::kObjectGcWord));
  cc_.test(word, kMarked);
  cc_.jnz(done);  // an old object
}

// The barrier's record when the list is the holder gc::Heap::remember_index
// recorded last (an old list remembered by index range, as
// helper_list_barrier records a long list): widens that range in place and
// jumps to `done`; falls through to the runtime call otherwise.
void X64Emitter::emit_list_range_remember_inline(x86::Gp list, x86::Gp index, asmjit::Label done) {
  const gc::Heap& heap = config_.vm->heap();
  asmjit::Label slow = cc_.newLabel();
  asmjit::Label begin_ok = cc_.newLabel();
  x86::Gp range = scratch_imm64(reinterpret_cast<uint64_t>(heap.last_range_holder_address()));
  cc_.cmp(list, x86::qword_ptr(range));
  cc_.jne(slow);
  cc_.mov(range, asmjit::Imm(reinterpret_cast<uint64_t>(heap.last_range_address())));
  cc_.mov(range, x86::qword_ptr(range));  // {begin, end}
  cc_.cmp(index, x86::qword_ptr(range, 0));
  cc_.jge(begin_ok);
  cc_.mov(x86::qword_ptr(range, 0), index);
  cc_.bind(begin_ok);
  x86::Gp end = scratch_gp();
  cc_.lea(end, x86::qword_ptr(index, 1));
  cc_.cmp(end, x86::qword_ptr(range, 8));
  cc_.jle(done);
  cc_.mov(x86::qword_ptr(range, 8), end);
  cc_.jmp(done);
  cc_.bind(slow);
}

}  // namespace x64

using x64::ErrorCollector;
using x64::X64Emitter;
namespace x86 = asmjit::x86;

// asmjit's code holder and compiler, kept from one compile to the next: a
// soft reset keeps their zones' memory blocks, so a compile allocates (and
// faults in) almost nothing.
struct BackendWorkspace::State {
  asmjit::CodeHolder code;
  x86::Compiler cc;
};

BackendWorkspace::BackendWorkspace() : state_(std::make_unique<State>()) {}
BackendWorkspace::~BackendWorkspace() = default;

namespace {

// Detaches the compiler and empties the code holder (keeping their memory)
// when a compile ends, before the error handler and logger it points to go.
struct WorkspaceReset {
  asmjit::CodeHolder& code;
  ~WorkspaceReset() { code.reset(asmjit::ResetPolicy::kSoft); }
};

}  // namespace

bool assemble_trace(Trace& trace, const BackendConfig& config, std::string* disassembly,
                    std::string* error) {
  BackendWorkspace::State& ws = *config.workspace->state();
  asmjit::CodeHolder& code = ws.code;
  code.reset(asmjit::ResetPolicy::kSoft);
  code.init(asmjit::Environment::host());
  ErrorCollector errors;
  code.setErrorHandler(&errors);
  asmjit::StringLogger logger;
  if (config.dump) code.setLogger(&logger);
  WorkspaceReset reset_at_end{code};
  x86::Compiler& cc = ws.cc;
  code.attach(&cc);
  X64Emitter emitter(trace, config, cc);
  emitter.run();
  if (errors.error == asmjit::kErrorOk) cc.finalize();
  if (errors.error == asmjit::kErrorOk) code.flatten();
  if (errors.error == asmjit::kErrorOk) code.resolveUnresolvedLinks();
  if (errors.error != asmjit::kErrorOk) {
    *error = errors.text;
    return false;
  }
  size_t estimate = code.codeSize();
  size_t mapped = 0;
  void* memory = config.code->reserve(estimate, &mapped);
  if (memory == nullptr) {
    *error = "out of code memory";
    return false;
  }
  code.relocateToBase(reinterpret_cast<uint64_t>(memory));
  size_t size = code.codeSize();
  code.copyFlattenedData(memory, size, asmjit::CopySectionFlags::kPadSectionBuffer);
  if (errors.error != asmjit::kErrorOk || !CodeArena::seal(memory, mapped)) {
    config.code->unreserve(memory, mapped);
    *error = errors.error != asmjit::kErrorOk ? errors.text : "mprotect failed";
    return false;
  }
  trace.code_memory = memory;
  trace.code_mapping = mapped;
  trace.code_size = size;
  trace.entry = reinterpret_cast<TraceFn>(memory);
  if (config.dump) *disassembly = logger.data();
  return true;
}

void release_trace_code(Trace& trace) {
  trace.code_memory = nullptr;
  trace.entry = nullptr;
}

// A trace's final EXIT. A side trace with a direct link (jit/side_link.cpp)
// does the restorer's work for its final snapshot itself (every entry boxed
// into its frame slot, the frame's sp), records the loop trace it links to
// in `*config_.linked` and returns; the dispatcher then enters that trace
// with the same exit buffer. Returning first pops this trace's native stack
// frame, so its stale spill slots do not keep objects alive (conservatively
// scanned) while the loop trace runs. Pending work, an int that is no small int, and
// any other exit go to the final snapshot's stub, as without the link.
void X64Emitter::emit_exit(const Ins& ins) {
  Trace* target = t_.side.direct_link;
  if (target == nullptr || config_.linked == nullptr ||
      static_cast<int32_t>(ins.snap) != t_.loop_exit) {
    cc_.jmp(exit_label(ins.snap));
    return;
  }
  Label exit = exit_label(ins.snap);
  x86::Gp flag = scratch_imm64(reinterpret_cast<uint64_t>(config_.vm->pending_work_flag()));
  cc_.cmp(x86::byte_ptr(flag), 0);
  cc_.jne(exit);
  const Snapshot& snap = t_.snapshots[ins.snap];
  const SnapEntry* entries = t_.snapshots.entries(snap);
  // Box every value before storing any: boxing a float may collect, and the
  // frame must not hold values beyond its sp meanwhile.
  std::vector<x86::Gp> boxed(snap.count);
  for (uint32_t k = 0; k < snap.count; ++k) {
    reset_scratch();
    uint32_t same = k;
    if (ir_[entries[k].ref].type == IrType::kNum) {
      for (uint32_t j = 0; j < k && same == k; ++j) same = entries[j].ref == entries[k].ref ? j : k;
    }
    boxed[k] = same != k ? boxed[same] : link_box(entries[k].ref, exit);
  }
  for (uint32_t k = 0; k < snap.count; ++k) {
    cc_.mov(x86::qword_ptr(slots_, static_cast<int32_t>(8 * entries[k].slot)), boxed[k]);
  }
  reset_scratch();
  x86::Gp sp = scratch_gp();
  cc_.lea(sp, x86::ptr(slots_, 8 * (t_.code->nlocalsplus + snap.depth)));
  constexpr int32_t kSpOffset =
      static_cast<int32_t>(offsetof(vm::Frame, sp)) - static_cast<int32_t>(sizeof(vm::Frame));
  cc_.mov(x86::qword_ptr(slots_, kSpOffset), sp);
  x86::Gp linked = scratch_imm64(reinterpret_cast<uint64_t>(config_.linked));
  cc_.mov(x86::qword_ptr(linked), scratch_imm64(reinterpret_cast<uint64_t>(target)));
  reset_scratch();
  x86::Gp ret = cc_.newInt32("link_ret");
  cc_.mov(ret, 0);
  cc_.ret(ret);
}

// The boxed Value of snapshot ref `ref` in a fresh register, as the restorer
// would box it (jit/deopt.cpp); an int that is no small int jumps to `exit`.
x86::Gp X64Emitter::link_box(Ref ref, asmjit::Label exit) {
  const Ins& ins = ir_[ref];
  x86::Gp v = cc_.newInt64();
  if (ins.type == IrType::kNum) {
    x86::Xmm a = xmm(ref);
    x86::Gp vm = scratch_imm64(reinterpret_cast<uint64_t>(config_.vm));
    asmjit::Label done = cc_.newLabel();
    emit_box_float_fast(a, v, done);
    asmjit::InvokeNode* call;
    cc_.invoke(&call, reinterpret_cast<uint64_t>(&helper_box_float),
               asmjit::FuncSignatureT<uint64_t, void*, double>(asmjit::CallConvId::kHost));
    call->setArg(0, vm);
    call->setArg(1, a);
    call->setRet(0, v);
    cc_.bind(done);
    return v;
  }
  if (ir_.is_const(ref)) {
    uint64_t bits = ir_.const_bits(ref);
    if (ins.type == IrType::kBool) {
      bits = bits != 0 ? ir_.config().true_bits : ir_.config().false_bits;
    } else if (ins.type == IrType::kInt) {
      bits = (bits << 1) | 1;  // side_link.cpp admits only small-int constants
    }
    cc_.mov(v, asmjit::Imm(static_cast<int64_t>(bits)));
    return v;
  }
  switch (ins.type) {
    case IrType::kInt:
      cc_.mov(v, gp(ref));
      cc_.add(v, v);
      cc_.jo(exit);
      cc_.or_(v, 1);
      return v;
    case IrType::kBool: {
      x86::Gp a = gp(ref);
      cc_.mov(v, asmjit::Imm(static_cast<int64_t>(ir_.config().false_bits)));
      x86::Gp t = scratch_imm64(ir_.config().true_bits);
      cc_.test(a, a);
      cc_.cmovnz(v, t);
      return v;
    }
    default:
      cc_.mov(v, gp(ref));
      return v;
  }
}

}  // namespace pyvm::jit
