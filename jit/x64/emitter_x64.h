// The x86-64 backend's emitter (jit/x64/backend_x64.cpp): one X64Emitter
// turns one trace's IR into machine code with asmjit's Compiler. Its
// methods are split by subject: the trace body, guards, arithmetic, memory
// and exits in backend_x64.cpp; calls (residual, side-trace and compiled
// calls) and the inline allocation fast paths in backend_x64_calls.cpp.
// Internal to jit/x64/.
#pragma once

#include <asmjit/x86.h>

#include <cstdint>
#include <initializer_list>
#include <vector>

#include "jit/backend.h"
#include "jit/trace.h"

namespace pyvm::jit::x64 {

using asmjit::Label;
namespace x86 = asmjit::x86;
using CondCode = x86::CondCode;

constexpr int64_t kExactDoubleInt = int64_t{1} << 53;

inline bool fits_i32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

class X64Emitter {
 public:
  X64Emitter(Trace& trace, const BackendConfig& config, x86::Compiler& cc)
      : t_(trace), ir_(trace.ir), config_(config), cc_(cc) {}

  void run();
  // Whether the trace's code calls out (any invoke node so far).
  [[nodiscard]] bool makes_calls() const;

 private:
  // Operands.
  x86::Gp gp(Ref r);
  x86::Xmm xmm(Ref r);
  // The register of value `r`, defined by the instruction being emitted: its
  // own, or a shared one when only the next instruction reads it
  // (plan_registers).
  x86::Gp def_gp(Ref r) {
    return define(r, short_gp_, [this] { return cc_.newInt64(); });
  }
  x86::Xmm def_xmm(Ref r) {
    return define(r, short_xmm_, [this] { return cc_.newXmmSd(); });
  }
  template <typename Reg, typename NewReg>
  Reg define(Ref r, Reg (&shared)[2], NewReg new_reg) {
    Reg reg;
    if (reg_plan_[static_cast<size_t>(r)] == RegPlan::kShortLived) {
      Reg& mine = shared[emitted_ & 1];
      if (!mine.isValid()) mine = new_reg();
      reg = mine;
    } else {
      reg = new_reg();
    }
    regs_[static_cast<size_t>(r)] = reg;
    return reg;
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
  // A KINT, or a KVAL word (null), that fits a compare's immediate.
  bool compare_imm(Ref r) const {
    return (ir_[r].op == IrOp::KINT || ir_[r].op == IrOp::KVAL) && fits_i32(ir_.const_int(r));
  }

  // Exits.
  Label exit_label(uint16_t snap);
  void exit_if(CondCode cond, uint16_t snap) { cc_.j(cond, exit_label(snap)); }
  void stress(uint16_t snap);
  void guard_object_type(Ref r, uint64_t type, uint16_t snap);
  void guard_object_type(x86::Gp v, bool never_null, uint64_t type, uint16_t snap);
  // Guards "v != null" make their value non-null for what follows.
  void note_non_null_guard(const Ins& ins);
  // True when `r` is never null: a list's or tuple's item (kAloadItem), or a
  // value a guard emitted before proved non-null.
  bool never_null(Ref r) const;
  void guard_exact_double(x86::Gp v, uint16_t snap);
  void emit_stubs();
  std::vector<uint32_t> count_uses() const;
  bool emits_code(Ref r) const;
  void plan_registers();
  static bool sets_fusable_flags(IrOp op);
  static bool reads_at_emission(IrOp op);
  static bool op_in(IrOp op, std::initializer_list<IrOp> ops);
  static bool is_int_arith(IrOp op);
  static bool is_num_arith(IrOp op);

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
  bool emit_direct_residual_call(const Ins& ins, const std::vector<Ref>& args, x86::Gp d);
  int32_t trace_offset(const void* field) const {
    return static_cast<int32_t>(static_cast<const char*>(field) -
                                reinterpret_cast<const char*>(&t_));
  }
  void emit_tuple_call(Ref r, const Ins& ins);
  void emit_list_store_inline(x86::Gp list, Ref index, x86::Gp value, asmjit::Label done);
  void emit_list_range_remember_inline(x86::Gp list, x86::Gp index, asmjit::Label done);
  x86::Gp emit_bump_allocate(size_t bytes, asmjit::Label slow,
                             std::initializer_list<int32_t> stored);
  void emit_note_call_sp();
  void emit_scrub_call_stack(x86::Gp nest, x86::Gp root_exits, x86::Gp side_exits);
  void emit_box_float_fast(x86::Xmm value, x86::Gp d, asmjit::Label done);
  void emit_new_instance_fast(runtime::Object* cls, x86::Gp d, asmjit::Label done);
  void emit_slot_add_fast(x86::Gp instance, x86::Gp value, runtime::Object* next,
                          asmjit::Label done);
  void emit_float_pow(Ref r, const Ins& ins, x86::Xmm a, x86::Xmm b);
  static bool has_fma();
  void emit_sqrt_if_pow(x86::Xmm a, x86::Xmm d, asmjit::Label done);
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
  std::vector<bool> proven_non_null_;  // by Ref, see note_non_null_guard
  // How each value gets its register (plan_registers).
  enum class RegPlan : uint8_t { kOwn, kFlagsOnly, kShortLived };
  std::vector<RegPlan> reg_plan_;
  size_t emitted_ = 0;  // instructions emitted so far (parity picks a shared register)
  x86::Gp short_gp_[2];
  x86::Xmm short_xmm_[2];
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

}  // namespace pyvm::jit::x64
