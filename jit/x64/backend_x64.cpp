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

#include <cmath>
#include <cstddef>
#include <cstring>

#include "jit/alloc_helpers.h"
#include "jit/backend.h"
#include "jit/call_trace.h"
#include "jit/code_memory.h"
#include "jit/helpers.h"
#include "jit/hotcount.h"
#include "jit/layout.h"
#include "jit/residual.h"
#include "jit/side_helpers.h"
#include "runtime/function.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

using asmjit::Label;
namespace x86 = asmjit::x86;
using CondCode = x86::CondCode;

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

constexpr int64_t kExactDoubleInt = int64_t{1} << 53;

bool fits_i32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

class X64Emitter {
 public:
  X64Emitter(Trace& trace, const BackendConfig& config, x86::Compiler& cc)
      : t_(trace), ir_(trace.ir), config_(config), cc_(cc) {}

  void run();

 private:
  // Operands.
  x86::Gp gp(Ref r);
  x86::Xmm xmm(Ref r);
  x86::Gp def_gp(Ref r) {
    x86::Gp g = cc_.newInt64();
    regs_[static_cast<size_t>(r)] = g;
    return g;
  }
  x86::Xmm def_xmm(Ref r) {
    x86::Xmm x = cc_.newXmmSd();
    regs_[static_cast<size_t>(r)] = x;
    return x;
  }
  x86::Gp imm64(uint64_t v) {
    x86::Gp g = cc_.newInt64();
    cc_.mov(g, asmjit::Imm(static_cast<int64_t>(v)));
    return g;
  }
  // Scratch registers: reused by every IR instruction (the pool is reset
  // before each one), so a long trace does not create one virtual register per
  // constant use; asmjit's register allocator costs grow with their number.
  x86::Gp scratch_gp() {
    if (scratch_gp_used_ == scratch_gp_.size()) scratch_gp_.push_back(cc_.newInt64());
    return scratch_gp_[scratch_gp_used_++];
  }
  x86::Xmm scratch_xmm() {
    if (scratch_xmm_used_ == scratch_xmm_.size()) scratch_xmm_.push_back(cc_.newXmmSd());
    return scratch_xmm_[scratch_xmm_used_++];
  }
  x86::Gp scratch_imm64(uint64_t v) {
    x86::Gp g = scratch_gp();
    cc_.mov(g, asmjit::Imm(static_cast<int64_t>(v)));
    return g;
  }
  void reset_scratch() { scratch_gp_used_ = scratch_xmm_used_ = 0; }
  bool small_const(Ref r) const { return ir_[r].op == IrOp::KINT && fits_i32(ir_.const_int(r)); }

  // Exits.
  Label exit_label(uint16_t snap);
  void exit_if(CondCode cond, uint16_t snap) { cc_.j(cond, exit_label(snap)); }
  void stress(uint16_t snap);
  void guard_object_type(x86::Gp v, uint64_t type, uint16_t snap);
  void guard_exact_double(x86::Gp v, uint16_t snap);
  void emit_stubs();

  void emit(Ref r, const Ins& ins);
  void emit_sload(Ref r, const Ins& ins);
  void emit_int_arith(Ref r, const Ins& ins);
  void emit_shift(Ref r, const Ins& ins);
  void emit_div(Ref r, const Ins& ins);
  void emit_tdiv(Ref r, const Ins& ins);
  void emit_num_arith(Ref r, const Ins& ins);
  void emit_builtin_math(Ref r, const Ins& ins);
  void emit_compare(Ref r, const Ins& ins);
  void emit_fcompare(Ref r, const Ins& ins);
  void emit_guard_bool(const Ins& ins);
  void emit_box(Ref r, const Ins& ins);
  void emit_memory(Ref r, const Ins& ins);
  void emit_loop_end();
  void emit_side_call(Ref r, const Ins& ins);
  void emit_alloc_call(Ref r, const Ins& ins);
  void emit_residual_call(Ref r, const Ins& ins);
  bool emit_fast_compiled_call(const std::vector<Ref>& args, x86::Gp d, Label slow, Label done);
  int32_t trace_offset(const void* field) const {
    return static_cast<int32_t>(static_cast<const char*>(field) -
                                reinterpret_cast<const char*>(&t_));
  }
  void emit_tuple_call(Ref r, const Ins& ins);
  void emit_list_store_inline(x86::Gp list, x86::Gp index, x86::Gp value, asmjit::Label done);
  void emit_box_float_fast(x86::Xmm value, x86::Gp d, asmjit::Label done);
  void emit_new_instance_fast(runtime::Object* cls, x86::Gp d, asmjit::Label done);
  void emit_slot_add_fast(x86::Gp instance, x86::Gp value, runtime::Object* next,
                          asmjit::Label done);
  void emit_float_pow(Ref r, const Ins& ins, x86::Xmm a, x86::Xmm b);
  void emit_exit(const Ins& ins);
  x86::Gp link_box(Ref ref, asmjit::Label exit);

  Trace& t_;
  IrBuffer& ir_;
  const BackendConfig& config_;
  x86::Compiler& cc_;
  x86::Gp slots_;
  x86::Gp exits_;
  x86::Gp inherited_;  // a side trace's parent exit buffer (SINHERIT)
  std::vector<x86::Reg> regs_;
  std::vector<x86::Gp> scratch_gp_;
  std::vector<x86::Xmm> scratch_xmm_;
  size_t scratch_gp_used_ = 0;
  size_t scratch_xmm_used_ = 0;
  std::vector<Label> snap_labels_;
  std::vector<uint16_t> used_snaps_;
  Label loop_label_;
  // The compare whose flags are still live (fusion), and its conditions.
  Ref flags_ref_ = kNoRef;
  CondCode flags_true_ = CondCode::kE;
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

void X64Emitter::guard_object_type(x86::Gp v, uint64_t type, uint16_t snap) {
  cc_.test(v, 1);
  exit_if(CondCode::kNZ, snap);
  cc_.test(v, v);
  exit_if(CondCode::kZ, snap);
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
  // The register allocator can hand out callee-saved registers without saving
  // them (seen with rbp in traces ending in several runtime calls): the
  // prologue saves all of them.
  fn->frame().addDirtyRegs(x86::rbx, x86::rbp, x86::r12, x86::r13, x86::r14, x86::r15);
  loop_label_ = cc_.newLabel();
  for (Ref r = 1; r < ir_.size(); ++r) {
    if (!t_.live[static_cast<size_t>(r)]) continue;
    const Ins& ins = ir_[r];
    if (ir_has(ins.op, kConst) || ins.op == IrOp::NOP || ins.op == IrOp::PHI) continue;
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
  cc_.endFunc();
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
      return emit_guard_bool(ins);
    case IrOp::GUARD_TYPE:
      return guard_object_type(gp(ins.a), ir_.const_bits(ins.b), ins.snap);
    case IrOp::GUARD_NOPENDING: {
      x86::Gp flag = gp(ins.a);
      cc_.cmp(x86::byte_ptr(flag), 0);
      return exit_if(CondCode::kNE, ins.snap);
    }
    case IrOp::EXIT:
      return emit_exit(ins);
    case IrOp::ADD:
    case IrOp::SUB:
    case IrOp::ADDOV:
    case IrOp::SUBOV:
    case IrOp::MULOV:
    case IrOp::NEGOV:
    case IrOp::BAND:
    case IrOp::BOR:
    case IrOp::BXOR:
      return emit_int_arith(r, ins);
    case IrOp::SHLOV:
    case IrOp::SAR:
      return emit_shift(r, ins);
    case IrOp::FLOORDIV:
    case IrOp::MOD:
      return emit_div(r, ins);
    case IrOp::TDIV:
      return emit_tdiv(r, ins);
    case IrOp::FADD:
    case IrOp::FSUB:
    case IrOp::FMUL:
    case IrOp::FDIV:
    case IrOp::FPOW:
    case IrOp::FNEG:
    case IrOp::CONV:
      return emit_num_arith(r, ins);
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
      return;
  }
}

void X64Emitter::emit_sload(Ref r, const Ins& ins) {
  x86::Mem slot = x86::qword_ptr(slots_, ins.imm * 8);
  if (ins.type == IrType::kNum) {
    x86::Gp v = scratch_gp();
    cc_.mov(v, slot);
    guard_object_type(v, ir_.config().float_type, ins.snap);
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

// FPOW: libm's pow called straight from the trace, for the operands on which
// CPython's float ** returns pow's result unchanged (a > 0 and finite, b
// finite, a finite result); the others exit and the interpreter special-cases
// or raises. A constant finite exponent needs no check.
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
  asmjit::InvokeNode* call;
  auto* pow_fn = static_cast<double (*)(double, double)>(&std::pow);
  cc_.invoke(&call, reinterpret_cast<uint64_t>(pow_fn),
             asmjit::FuncSignatureT<double, double, double>(asmjit::CallConvId::kHost));
  call->setArg(0, a);
  call->setArg(1, b);
  call->setRet(0, d);
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

void X64Emitter::emit_compare(Ref r, const Ins& ins) {
  x86::Gp a = gp(ins.a);
  bool imm = small_const(ins.b);
  x86::Gp b = imm ? x86::Gp() : gp(ins.b);
  x86::Gp d = def_gp(r);
  cc_.mov(d, 0);
  imm ? cc_.cmp(a, asmjit::Imm(ir_.const_int(ins.b))) : cc_.cmp(a, b);
  CondCode cond;
  switch (ins.op) {
    case IrOp::LT:
      cond = CondCode::kL;
      break;
    case IrOp::LE:
      cond = CondCode::kLE;
      break;
    case IrOp::GT:
      cond = CondCode::kG;
      break;
    case IrOp::GE:
      cond = CondCode::kGE;
      break;
    case IrOp::EQ:
      cond = CondCode::kE;
      break;
    case IrOp::NE:
      cond = CondCode::kNE;
      break;
    default:
      cond = CondCode::kB;
      break;
  }
  cc_.set(cond, d.r8());
  flags_ref_ = r;
  flags_true_ = cond;
}

void X64Emitter::emit_fcompare(Ref r, const Ins& ins) {
  x86::Xmm a = xmm(ins.a);
  x86::Xmm b = xmm(ins.b);
  x86::Gp d = def_gp(r);
  cc_.mov(d, 0);
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
  cc_.set(cond, d.r8());
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
      x86::Gp vm = scratch_imm64(reinterpret_cast<uint64_t>(config_.vm));
      x86::Gp d = def_gp(r);
      asmjit::Label done = cc_.newLabel();
      emit_box_float_fast(a, d, done);
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
      x86::Gp a = gp(ins.a);
      guard_object_type(a, ir_.config().float_type, ins.snap);
      cc_.movsd(def_xmm(r), x86::qword_ptr(a, layout::kFloatValue));
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
      x86::Gp vm = scratch_imm64(reinterpret_cast<uint64_t>(config_.vm));
      x86::Gp list = gp(ins.a);
      x86::Gp index = gp(ins.b);
      x86::Gp value = gp(ins.imm);
      asmjit::Label done = cc_.newLabel();
      emit_list_store_inline(list, index, value, done);
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

// LIST_STORE inline (the trace guarded 0 <= index < len): stores the item,
// then the write barrier's test (gc::Heap::write_barrier: an old holder not
// remembered whole, and a young object stored); jumps to `done` unless the
// barrier must record the store, which the runtime call after this does.
void X64Emitter::emit_list_store_inline(x86::Gp list, x86::Gp index, x86::Gp value,
                                        asmjit::Label done) {
  x86::Gp items = scratch_gp();
  x86::Gp word = scratch_gp().r32();
  cc_.mov(items, x86::qword_ptr(list, layout::kListItems));
  cc_.mov(x86::qword_ptr(items, index, 3), value);
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

// The allocating runtime calls of side traces (jit/side_helpers.h).
void X64Emitter::emit_side_call(Ref r, const Ins& ins) {
  x86::Gp vm = scratch_imm64(reinterpret_cast<uint64_t>(config_.vm));
  asmjit::InvokeNode* call;
  x86::Gp d = def_gp(r);
  if (ins.op == IrOp::NEWRANGE) {
    x86::Gp start = gp(ins.a);
    x86::Gp stop = gp(ins.b);
    cc_.invoke(
        &call, reinterpret_cast<uint64_t>(&helper_new_range),
        asmjit::FuncSignatureT<uint64_t, void*, int64_t, int64_t>(asmjit::CallConvId::kHost));
    call->setArg(0, vm);
    call->setArg(1, start);
    call->setArg(2, stop);
  } else {
    x86::Gp object = gp(ins.a);
    cc_.invoke(&call, reinterpret_cast<uint64_t>(&helper_iter_new),
               asmjit::FuncSignatureT<uint64_t, void*, uint64_t>(asmjit::CallConvId::kHost));
    call->setArg(0, vm);
    call->setArg(1, object);
  }
  call->setRet(0, d);
}

// BOXNUM's inline fast path: gc::Heap::allocate_fast for a Float (the next
// zeroed cell of the size class's region, its type word, its value), a jump
// to `done` with the object in `d`; falls through to the runtime call when the
// region is used up (or the float type has a finalizer).
void X64Emitter::emit_box_float_fast(x86::Xmm value, x86::Gp d, asmjit::Label done) {
  vm::VM* vm = config_.vm;
  runtime::Type* type = vm->types().float_;
  if (type->finalize != nullptr) return;
  gc::Heap::FastRegionWords w = vm->heap().fast_region_words(sizeof(runtime::Float));
  x86::Gp cursor_at = scratch_imm64(reinterpret_cast<uint64_t>(w.cursor));
  x86::Gp cell = scratch_gp();
  x86::Gp room = scratch_gp();
  x86::Gp size = scratch_gp();
  asmjit::Label slow = cc_.newLabel();
  cc_.mov(cell, x86::qword_ptr(cursor_at));
  cc_.mov(room, scratch_imm64(reinterpret_cast<uint64_t>(w.limit)));
  cc_.mov(room, x86::qword_ptr(room));
  cc_.sub(room, cell);
  cc_.mov(size, scratch_imm64(reinterpret_cast<uint64_t>(w.cell_size)));
  cc_.mov(size, x86::qword_ptr(size));
  cc_.cmp(room, size);
  cc_.jb(slow);
  cc_.add(size, cell);
  cc_.mov(x86::qword_ptr(cursor_at), size);
  cc_.mov(room, scratch_imm64(reinterpret_cast<uint64_t>(type)));
  cc_.mov(x86::qword_ptr(cell, layout::kObjectType), room);
  cc_.movsd(x86::qword_ptr(cell, layout::kFloatValue), value);
  cc_.mov(d, cell);
  cc_.jmp(done);
  cc_.bind(slow);
}

// NEWINST's inline fast path (jit/alloc_helpers.h, instance_fast_layout):
// the next zeroed young cell of the size class's region, its type word and
// attribute header (initial shape, in-object slots, capacity); the slots
// stay null. No barrier: the instance is young. A jump to `done` with the
// instance in `d`; falls through to the runtime call when the region is
// used up or the class does not qualify.
void X64Emitter::emit_new_instance_fast(runtime::Object* cls, x86::Gp d, asmjit::Label done) {
  vm::VM* vm = config_.vm;
  InstanceFastLayout l;
  if (!instance_fast_layout(vm, cls, &l)) return;
  gc::Heap::FastRegionWords w = vm->heap().fast_region_words(l.bytes);
  x86::Gp cursor_at = scratch_imm64(reinterpret_cast<uint64_t>(w.cursor));
  x86::Gp cell = scratch_gp();
  x86::Gp room = scratch_gp();
  x86::Gp size = scratch_gp();
  asmjit::Label slow = cc_.newLabel();
  cc_.mov(cell, x86::qword_ptr(cursor_at));
  cc_.mov(room, scratch_imm64(reinterpret_cast<uint64_t>(w.limit)));
  cc_.mov(room, x86::qword_ptr(room));
  cc_.sub(room, cell);
  cc_.mov(size, scratch_imm64(reinterpret_cast<uint64_t>(w.cell_size)));
  cc_.mov(size, x86::qword_ptr(size));
  cc_.cmp(room, size);
  cc_.jb(slow);
  cc_.add(size, cell);
  cc_.mov(x86::qword_ptr(cursor_at), size);
  cc_.mov(room, scratch_imm64(reinterpret_cast<uint64_t>(cls)));
  cc_.mov(x86::qword_ptr(cell, layout::kObjectType), room);
  cc_.mov(room, scratch_imm64(l.shape));
  cc_.mov(x86::qword_ptr(cell, l.shape_offset), room);
  cc_.lea(room, x86::qword_ptr(cell, l.first_slot_offset));
  cc_.mov(x86::qword_ptr(cell, l.slots_offset), room);
  cc_.mov(room, scratch_imm64(uint64_t{l.capacity} | (uint64_t{l.capacity} << 32)));
  cc_.mov(x86::qword_ptr(cell, l.capacity_offset), room);
  cc_.mov(d, cell);
  cc_.jmp(done);
  cc_.bind(slow);
}

// SLOT_ADD's inline fast path (jit/alloc_helpers.h, slot_add_fast_layout):
// when the instance's slot storage has room for the new shape's slot and
// the write barrier has nothing to do (the instance is young, or old and
// already remembered whole), the value and the new shape are stored
// directly; otherwise the runtime call does it all.
void X64Emitter::emit_slot_add_fast(x86::Gp instance, x86::Gp value, runtime::Object* next,
                                    asmjit::Label done) {
  SlotAddFastLayout l;
  if (!slot_add_fast_layout(next, &l)) return;
  x86::Gp word = scratch_gp().r32();
  x86::Gp slots = scratch_gp();
  asmjit::Label slow = cc_.newLabel();
  constexpr uint32_t kOldOrRemembered = gc::kMarked | gc::kRemembered;
  cc_.mov(word, x86::dword_ptr(instance, layout::kObjectGcWord));
  cc_.and_(word, kOldOrRemembered);
  cc_.cmp(word, gc::kMarked);
  cc_.je(slow);  // old and not remembered: the barrier may have work
  cc_.cmp(x86::dword_ptr(instance, l.capacity_offset), l.index);
  cc_.jbe(slow);  // the slot storage must grow
  cc_.mov(slots, x86::qword_ptr(instance, l.slots_offset));
  cc_.mov(x86::qword_ptr(slots, l.index * 8), value);
  cc_.mov(slots, scratch_imm64(reinterpret_cast<uint64_t>(next)));
  cc_.mov(x86::qword_ptr(instance, l.shape_offset), slots);
  cc_.jmp(done);
  cc_.bind(slow);
}

// BUILD_TUPLE: the new tuple and the stores of its items (jit/alloc_helpers.h).
void X64Emitter::emit_tuple_call(Ref r, const Ins& ins) {
  x86::Gp vm = scratch_imm64(reinterpret_cast<uint64_t>(config_.vm));
  asmjit::InvokeNode* call;
  x86::Gp index = scratch_imm64(static_cast<uint64_t>(ins.imm));
  if (ins.op == IrOp::NEWTUPLE) {
    x86::Gp d = def_gp(r);
    cc_.invoke(&call, reinterpret_cast<uint64_t>(&helper_new_tuple),
               asmjit::FuncSignatureT<uint64_t, void*, int64_t>(asmjit::CallConvId::kHost));
    call->setArg(0, vm);
    call->setArg(1, index);
    call->setRet(0, d);
    return;
  }
  x86::Gp tuple = gp(ins.a);
  x86::Gp value = gp(ins.b);
  cc_.invoke(
      &call, reinterpret_cast<uint64_t>(&helper_tuple_init),
      asmjit::FuncSignatureT<void, void*, void*, int64_t, uint64_t>(asmjit::CallConvId::kHost));
  call->setArg(0, vm);
  call->setArg(1, tuple);
  call->setArg(2, index);
  call->setArg(3, value);
}

// New instances and slot-adding attribute stores (jit/alloc_helpers.h).
void X64Emitter::emit_alloc_call(Ref r, const Ins& ins) {
  x86::Gp vm = scratch_imm64(reinterpret_cast<uint64_t>(config_.vm));
  asmjit::InvokeNode* call;
  if (ins.op == IrOp::NEWINST) {
    x86::Gp d = def_gp(r);
    asmjit::Label done = cc_.newLabel();
    emit_new_instance_fast(reinterpret_cast<runtime::Object*>(ir_.const_bits(ins.a)), d, done);
    x86::Gp cls = scratch_imm64(ir_.const_bits(ins.a));
    cc_.invoke(&call, reinterpret_cast<uint64_t>(&helper_new_instance),
               asmjit::FuncSignatureT<uint64_t, void*, void*>(asmjit::CallConvId::kHost));
    call->setArg(0, vm);
    call->setArg(1, cls);
    call->setRet(0, d);
    cc_.bind(done);
    return;
  }
  x86::Gp instance = gp(ins.a);
  x86::Gp value = gp(ins.b);
  asmjit::Label done = cc_.newLabel();
  emit_slot_add_fast(instance, value, reinterpret_cast<runtime::Object*>(ir_.const_bits(ins.imm)),
                     done);
  x86::Gp next = scratch_imm64(ir_.const_bits(ins.imm));
  cc_.invoke(
      &call, reinterpret_cast<uint64_t>(&helper_slot_add),
      asmjit::FuncSignatureT<void, void*, void*, uint64_t, void*>(asmjit::CallConvId::kHost));
  call->setArg(0, vm);
  call->setArg(1, instance);
  call->setArg(2, value);
  call->setArg(3, next);
  cc_.bind(done);
}

// A residual call (jit/residual.h): the arguments go into the per-thread
// argument buffer (residual_call copies them onto the machine stack, which
// the collector scans, before anything allocates; until then every argument
// is also in a register or spill slot), the helper returns a Value word or
// 0, which exits to the instruction's snapshot.
void X64Emitter::emit_residual_call(Ref r, const Ins& ins) {
  std::vector<Ref> args;
  std::vector<Ref> pending;
  if (ins.a != kNoRef) pending.push_back(ins.a);
  while (!pending.empty()) {
    Ref x = pending.back();
    pending.pop_back();
    if (ir_[x].op == IrOp::CARG) {
      pending.push_back(ir_[x].b);
      pending.push_back(ir_[x].a);
    } else {
      args.push_back(x);
    }
  }
  x86::Gp base;
  // A compiled call first tries the callee's function trace in machine code.
  x86::Gp d = def_gp(r);
  Label slow = cc_.newLabel();
  Label done = cc_.newLabel();
  bool fast = ins.imm == static_cast<int32_t>(Residual::call_compiled) &&
              emit_fast_compiled_call(args, d, slow, done);
  if (fast) {
    cc_.bind(slow);
    reset_scratch();
  }
  if (!args.empty()) {
    base = scratch_imm64(reinterpret_cast<uint64_t>(residual_arg_buffer()));
    for (size_t k = 0; k < args.size(); ++k) {
      x86::Mem slot = x86::qword_ptr(base, static_cast<int32_t>(8 * k));
      Ref x = args[k];
      if (small_const(x)) {
        cc_.mov(slot, asmjit::Imm(ir_.const_int(x)));
      } else if (ir_[x].type == IrType::kNum) {
        cc_.movsd(slot, xmm(x));
      } else {
        cc_.mov(slot, gp(x));
      }
    }
  }
  x86::Gp vm = scratch_imm64(reinterpret_cast<uint64_t>(config_.vm));
  // A compiled call goes straight to its helper (jit/call_trace.h), with the
  // argument buffer's address in place of the residual's index.
  bool compiled_call = ins.imm == static_cast<int32_t>(Residual::call_compiled) && !args.empty();
  x86::Gp index = compiled_call ? base : scratch_imm64(static_cast<uint64_t>(ins.imm));
  x86::Gp count = scratch_imm64(args.size());
  asmjit::InvokeNode* call;
  uint64_t target = compiled_call ? reinterpret_cast<uint64_t>(&call_compiled)
                                  : reinterpret_cast<uint64_t>(&residual_call);
  cc_.invoke(&call, target,
             asmjit::FuncSignatureT<uint64_t, void*, int64_t, int64_t>(asmjit::CallConvId::kHost));
  call->setArg(0, vm);
  call->setArg(1, index);
  call->setArg(2, count);
  call->setRet(0, d);
  if (fast) cc_.bind(done);
  cc_.test(d, d);
  exit_if(CondCode::kZ, ins.snap);
}

// A call of a compiled function in machine code (jit/call_trace.h): the
// checks of call_compiled and of its fast path, the callee's frame pushed
// as push_positional_frame pushes it, the callee's function trace run in
// it, and at its return the frame popped and the result in `d` (a small
// int boxed, a tagged value as it is), then on to `done`. Other exits of
// the callee's trace go to call_compiled_finish. A check that fails jumps
// to `slow` (call_compiled) before anything changed. Returns false,
// emitting nothing, when the call site does not fit (keyword or default
// arguments, stress mode).
bool X64Emitter::emit_fast_compiled_call(const std::vector<Ref>& args, x86::Gp d, Label slow,
                                         Label done) {
  if (config_.stress_counter != nullptr || config_.vm == nullptr || args.size() < 4) return false;
  for (size_t k = 0; k < 4; ++k) {
    if (!ir_.is_const(args[k])) return false;
  }
  int64_t nflush = ir_.const_int(args[3]);
  size_t first_arg = 4 + 2 * static_cast<size_t>(nflush);
  if (nflush < 0 || args.size() < first_arg) return false;
  for (int64_t k = 0; k < nflush; ++k) {
    if (!ir_.is_const(args[4 + 2 * static_cast<size_t>(k)])) return false;
  }
  uint64_t function_bits = ir_.const_bits(args[2]);
  auto* function = Value::from_raw(function_bits).as<runtime::Function>();
  const runtime::Code* code = function->code;
  size_t nargs = args.size() - first_arg;
  constexpr uint32_t kNotPlain = runtime::kCoVarArgs | runtime::kCoVarKeywords;
  if ((code->flags & kNotPlain) != 0 || code->kwonlyargcount != 0 ||
      static_cast<size_t>(code->argcount) != nargs || code->nlocalsplus < code->argcount) {
    return false;
  }
  vm::VM& vm = *config_.vm;
  vm::FrameStack::Fields fields = vm.frames().fields();
  auto imm = [](const void* p) { return asmjit::Imm(reinterpret_cast<int64_t>(p)); };
  constexpr int32_t kHeader = static_cast<int32_t>(sizeof(vm::Frame));
  // The push below writes every header field init_header writes: a new
  // field of vm::Frame must be written here too.
  static_assert(sizeof(vm::Frame) == 11 * sizeof(Value), "vm::Frame changed: update this push");
  int32_t words = kHeader / 8 + code->nlocalsplus + code->stacksize;

  // The checks: nesting bound, the callee's trace fits, no pending work,
  // the recursion limit, the native stack, the VM stack's space.
  x86::Gp nest_p = cc_.newIntPtr("nest_p");
  x86::Gp nest = cc_.newInt32("nest");
  x86::Gp tmp = cc_.newInt64("tmp");
  cc_.mov(nest_p, imm(compiled_nesting_address()));
  cc_.mov(nest, x86::dword_ptr(nest_p));
  cc_.cmp(nest, kMaxCompiledNesting);
  cc_.jge(slow);
  x86::Gp t = cc_.newIntPtr("callee_trace");
  cc_.mov(t, asmjit::Imm(static_cast<int64_t>(ir_.const_bits(args[0]))));
  cc_.mov(t, x86::qword_ptr(t, static_cast<int32_t>(offsetof(HotLoop, trace))));
  cc_.test(t, t);
  cc_.jz(slow);
  cc_.mov(tmp, asmjit::Imm(static_cast<int64_t>(function_bits)));
  cc_.cmp(x86::qword_ptr(t, trace_offset(&t_.call_fast_function)), tmp);
  cc_.jne(slow);
  cc_.mov(tmp, imm(vm.pending_work_flag()));
  cc_.cmp(x86::byte_ptr(tmp), 0);
  cc_.jne(slow);
  x86::Gp depth = cc_.newInt32("depth");
  cc_.mov(tmp, imm(fields.depth));
  cc_.mov(depth, x86::dword_ptr(tmp));
  cc_.mov(tmp, imm(vm.native_depth_address()));
  cc_.add(depth, x86::dword_ptr(tmp));
  cc_.mov(tmp, imm(vm.recursion_limit_address()));
  cc_.cmp(depth, x86::dword_ptr(tmp));
  cc_.jge(slow);
  cc_.mov(tmp, imm(vm.native_stack_limit_address()));
  cc_.mov(tmp, x86::qword_ptr(tmp));
  cc_.cmp(x86::rsp, tmp);
  cc_.jb(slow);
  x86::Gp frame = cc_.newIntPtr("callee_frame");
  x86::Gp end = cc_.newIntPtr("frame_end");
  x86::Gp next_free = cc_.newIntPtr("next_free");
  cc_.mov(next_free, imm(fields.next_free));
  cc_.mov(frame, x86::qword_ptr(next_free));
  cc_.lea(end, x86::ptr(frame, 8 * words));
  cc_.mov(tmp, imm(fields.limit));
  cc_.cmp(end, x86::qword_ptr(tmp));
  cc_.ja(slow);

  // The push (vm::FrameStack::push_call and init_header).
  cc_.mov(x86::qword_ptr(next_free), end);
  x86::Gp prev = cc_.newIntPtr("caller_frame");
  cc_.mov(tmp, imm(fields.top));
  cc_.mov(prev, x86::qword_ptr(tmp));
  auto store_imm64 = [&](int32_t offset, uint64_t value) {
    if (value == 0) {
      cc_.mov(x86::qword_ptr(frame, offset), 0);
    } else {
      cc_.mov(tmp, asmjit::Imm(static_cast<int64_t>(value)));
      cc_.mov(x86::qword_ptr(frame, offset), tmp);
    }
  };
  auto ptr_bits = [](const void* p) { return reinterpret_cast<uint64_t>(p); };
  cc_.mov(x86::qword_ptr(frame, offsetof(vm::Frame, previous)), prev);
  store_imm64(offsetof(vm::Frame, code), ptr_bits(code));
  store_imm64(offsetof(vm::Frame, function), ptr_bits(function));
  store_imm64(offsetof(vm::Frame, globals), ptr_bits(function->globals));
  store_imm64(offsetof(vm::Frame, builtins), ptr_bits(function->builtins));
  store_imm64(offsetof(vm::Frame, locals_mapping), 0);
  store_imm64(offsetof(vm::Frame, pc), ptr_bits(code->instructions()));
  cc_.lea(tmp, x86::ptr(frame, kHeader + 8 * code->nlocalsplus));
  cc_.mov(x86::qword_ptr(frame, offsetof(vm::Frame, sp)), tmp);
  cc_.mov(x86::dword_ptr(frame, offsetof(vm::Frame, current_unit)), 0);
  cc_.mov(x86::word_ptr(frame, offsetof(vm::Frame, is_entry)), 0);
  cc_.mov(x86::word_ptr(frame, offsetof(vm::Frame, init_frame)), 0);
  store_imm64(offsetof(vm::Frame, kwnames), 0);
  store_imm64(offsetof(vm::Frame, generator), 0);
  for (size_t i = 0; i < nargs; ++i) {
    Ref x = args[first_arg + i];
    auto offset = static_cast<int32_t>(kHeader + 8 * i);
    if (ir_.is_const(x)) {
      store_imm64(offset, ir_.const_bits(x));
    } else {
      cc_.mov(x86::qword_ptr(frame, offset), gp(x));
    }
  }
  for (int32_t i = code->argcount; i < code->nlocalsplus; ++i) {
    store_imm64(kHeader + 8 * i, 0);
  }
  cc_.mov(tmp, imm(fields.top));
  cc_.mov(x86::qword_ptr(tmp), frame);
  cc_.mov(tmp, imm(fields.depth));
  cc_.add(x86::dword_ptr(tmp), 1);
  // The caller stands at the CALL, its changed locals flushed (call_compiled).
  cc_.mov(x86::dword_ptr(prev, offsetof(vm::Frame, current_unit)),
          static_cast<int32_t>(ir_.const_int(args[1])));
  for (int64_t k = 0; k < nflush; ++k) {
    auto slot = static_cast<int32_t>(ir_.const_int(args[4 + 2 * static_cast<size_t>(k)]));
    Ref x = args[5 + 2 * static_cast<size_t>(k)];
    int32_t offset = kHeader + 8 * slot;
    if (ir_.is_const(x)) {
      cc_.mov(tmp, asmjit::Imm(static_cast<int64_t>(ir_.const_bits(x))));
      cc_.mov(x86::qword_ptr(prev, offset), tmp);
    } else {
      cc_.mov(x86::qword_ptr(prev, offset), gp(x));
    }
  }

  // The callee's function trace, one nesting deeper.
  x86::Gp nest1 = cc_.newInt32("nest1");
  cc_.lea(nest1, x86::ptr(nest, 1));
  cc_.mov(x86::dword_ptr(nest_p), nest1);
  cc_.add(x86::qword_ptr(t, trace_offset(&t_.entries)), 1);
  x86::Mem buffer = cc_.newStack(8 * kFastCallExitWords, 16);
  x86::Gp values = cc_.newIntPtr("callee_exits");
  cc_.lea(values, buffer);
  x86::Gp locals = cc_.newIntPtr("callee_slots");
  cc_.lea(locals, x86::ptr(frame, kHeader));
  x86::Gp none = cc_.newIntPtr("no_inherited");
  cc_.xor_(none, none);
  x86::Gp target = cc_.newIntPtr("callee_entry");
  cc_.mov(target, x86::qword_ptr(t, trace_offset(&t_.entry)));
  x86::Gp exit = cc_.newInt32("callee_exit");
  asmjit::InvokeNode* call;
  cc_.invoke(&call, target,
             asmjit::FuncSignatureT<uint32_t, Value*, uint64_t*, const uint64_t*>(
                 asmjit::CallConvId::kHost));
  call->setArg(0, locals);
  call->setArg(1, values);
  call->setArg(2, none);
  call->setRet(0, exit);

  // At a return (unless finalizers wait): pop the frame, the result to `d`
  // (a small int boxed, a tagged value as it is), on to `done`.
  auto emit_return = [&](x86::Gp trace, x86::Gp exit_values, Label other) {
    cc_.mov(tmp, imm(&vm.suspended_cleanup_generators));
    cc_.cmp(x86::qword_ptr(tmp), 0);
    cc_.jne(other);
    x86::Gp index = cc_.newInt64("return_entry");
    cc_.movsxd(index, x86::dword_ptr(trace, trace_offset(&t_.return_entry)));
    x86::Gp result = cc_.newInt64("result");
    cc_.mov(result, x86::qword_ptr(exit_values, index, 3));
    Label boxed = cc_.newLabel();
    Label pop = cc_.newLabel();
    cc_.cmp(x86::byte_ptr(trace, trace_offset(&t_.return_type)),
            static_cast<int32_t>(IrType::kVal));
    cc_.je(boxed);
    cc_.mov(tmp, asmjit::Imm(int64_t{1} << 62));
    cc_.add(tmp, result);
    cc_.js(other);
    cc_.lea(d, x86::ptr(result, result, 0, 1));
    cc_.jmp(pop);
    cc_.bind(boxed);
    cc_.mov(d, result);
    cc_.bind(pop);
    cc_.mov(x86::dword_ptr(nest_p), nest);
    cc_.mov(x86::qword_ptr(next_free), frame);
    cc_.mov(tmp, imm(fields.top));
    cc_.mov(x86::qword_ptr(tmp), prev);
    cc_.mov(tmp, imm(fields.depth));
    cc_.sub(x86::dword_ptr(tmp), 1);
    cc_.jmp(done);
  };
  // Any other exit: call_compiled's rest (side traces, dispatcher, interpreter).
  auto emit_finish = [&](x86::Gp trace, x86::Gp trace_exit, x86::Gp exit_values) {
    cc_.mov(x86::dword_ptr(nest_p), nest);
    x86::Gp vm_reg = cc_.newIntPtr("vm");
    cc_.mov(vm_reg, imm(&vm));
    asmjit::InvokeNode* rest;
    cc_.invoke(&rest, reinterpret_cast<uint64_t>(&call_compiled_finish),
               asmjit::FuncSignatureT<uint64_t, void*, void*, void*, void*, uint32_t, void*>(
                   asmjit::CallConvId::kHost));
    rest->setArg(0, vm_reg);
    rest->setArg(1, t);
    rest->setArg(2, trace);
    rest->setArg(3, frame);
    rest->setArg(4, trace_exit);
    rest->setArg(5, exit_values);
    rest->setRet(0, d);
    cc_.jmp(done);
  };

  Label root_return = cc_.newLabel();
  Label root_finish = cc_.newLabel();
  Label side_finish = cc_.newLabel();
  cc_.cmp(exit, x86::dword_ptr(t, trace_offset(&t_.loop_exit)));
  cc_.je(root_return);
  // The exit's inheriting side trace (call_compiled_finish chose it), with
  // the root's exit buffer as its inherited values.
  cc_.cmp(exit, x86::dword_ptr(t, trace_offset(&t_.call_fast_side_exit)));
  cc_.jne(root_finish);
  cc_.mov(tmp, imm(vm.pending_work_flag()));
  cc_.cmp(x86::byte_ptr(tmp), 0);
  cc_.jne(root_finish);
  x86::Gp side = cc_.newIntPtr("callee_side");
  cc_.mov(side, x86::qword_ptr(t, trace_offset(&t_.call_fast_side)));
  cc_.mov(tmp, x86::qword_ptr(t, trace_offset(&t_.call_fast_side_count)));
  cc_.add(x86::qword_ptr(tmp), 1);
  cc_.add(x86::qword_ptr(side, trace_offset(&t_.entries)), 1);
  x86::Mem side_buffer = cc_.newStack(8 * kFastCallExitWords, 16);
  x86::Gp side_values = cc_.newIntPtr("side_exits");
  cc_.lea(side_values, side_buffer);
  x86::Gp side_target = cc_.newIntPtr("side_entry");
  cc_.mov(side_target, x86::qword_ptr(side, trace_offset(&t_.entry)));
  x86::Gp side_exit = cc_.newInt32("side_exit");
  asmjit::InvokeNode* side_call;
  cc_.invoke(&side_call, side_target,
             asmjit::FuncSignatureT<uint32_t, Value*, uint64_t*, const uint64_t*>(
                 asmjit::CallConvId::kHost));
  side_call->setArg(0, locals);
  side_call->setArg(1, side_values);
  side_call->setArg(2, values);
  side_call->setRet(0, side_exit);
  cc_.cmp(side_exit, x86::dword_ptr(side, trace_offset(&t_.loop_exit)));
  cc_.jne(side_finish);
  emit_return(side, side_values, side_finish);
  cc_.bind(side_finish);
  emit_finish(side, side_exit, side_values);
  cc_.bind(root_return);
  emit_return(t, values, root_finish);
  cc_.bind(root_finish);
  emit_finish(t, exit, values);
  return true;
}

}  // namespace

bool assemble_trace(Trace& trace, const BackendConfig& config, std::string* disassembly,
                    std::string* error) {
  asmjit::CodeHolder code;
  code.init(asmjit::Environment::host());
  ErrorCollector errors;
  code.setErrorHandler(&errors);
  asmjit::StringLogger logger;
  if (config.dump) code.setLogger(&logger);
  x86::Compiler cc(&code);
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
  void* memory = code_reserve(estimate, &mapped);
  if (memory == nullptr) {
    *error = "out of code memory";
    return false;
  }
  code.relocateToBase(reinterpret_cast<uint64_t>(memory));
  size_t size = code.codeSize();
  code.copyFlattenedData(memory, size, asmjit::CopySectionFlags::kPadSectionBuffer);
  if (errors.error != asmjit::kErrorOk || !code_seal(memory, mapped)) {
    code_release(memory, mapped);
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
  code_release(trace.code_memory, trace.code_mapping);
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
