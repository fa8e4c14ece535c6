// The recorder: bytecode to IR, one instruction at a time (see
// jit/recorder.h).
#include "jit/recorder.h"

#include <cstdio>

#include "jit/layout.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/inline_cache.h"
#include "runtime/iterators.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "vm/inline_cache.h"
#include "vm/opcodes.h"
#include "vm/vm.h"

namespace pyvm::jit {

using runtime::BinaryOp;
using runtime::CompareOp;

namespace {

constexpr int32_t kMaxSlots = 1024;
constexpr int64_t kExactDoubleInt = int64_t{1} << 53;

bool is_exact_float(vm::VM& vm, Value v) {
  return v.is_object() && v.object()->type == vm.types().float_;
}
bool has_type(Value v, runtime::Type* t) { return v.is_object() && v.object()->type == t; }

IrOp compare_ir(uint32_t op, bool num) {
  static constexpr IrOp kInt[] = {IrOp::LT, IrOp::LE, IrOp::EQ, IrOp::NE, IrOp::GT, IrOp::GE};
  static constexpr IrOp kNum[] = {IrOp::FLT, IrOp::FLE, IrOp::FEQ, IrOp::FNE, IrOp::FGT, IrOp::FGE};
  return num ? kNum[op] : kInt[op];
}

}  // namespace

void Recorder::start(vm::Frame* frame, int32_t header_unit, int trace_id) {
  IrConfig config;
  config.fold = options_.opt_fold;
  config.cse = options_.opt_cse;
  config.forward = options_.opt_forward;
  config.true_bits = vm_.true_value().raw();
  config.false_bits = vm_.false_value().raw();
  config.float_type = reinterpret_cast<uint64_t>(vm_.types().float_);
  trace_ = std::make_unique<Trace>(config);
  built_tuples_.clear();
  supers_.clear();
  fused_slice_ = FusedSlice{};
  frame_ = frame;
  code_ = frame->code;
  root_frame_ = frame;
  root_code_ = code_;
  base_ = 0;
  inline_frame_ = -1;
  callers_.clear();
  generator_back_targets_.clear();
  unrolled_heads_.clear();
  generator_inherited_ = false;
  abort_detail_.clear();
  pair_unit_ = -1;
  header_unit_ = header_unit;
  nlocals_ = code_->nlocalsplus;
  depth_ = static_cast<int32_t>(frame->sp - frame->stack_base());
  slots_.assign(static_cast<size_t>(nlocals_ + code_->stacksize + 1), kNoRef);
  instructions_ = 0;
  side_ = false;
  in_prefix_ = false;
  closed_ = false;
  function_mode_ = false;
  opaque_call_pending_ = false;
  snap_unit_ = -1;
  Trace& t = *trace_;
  t.id = trace_id;
  t.code = code_;
  t.header_unit = header_unit;
  t.nlocals = nlocals_;
  t.entry_depth = depth_;
  t.globals = frame->globals;
  t.builtins = frame->builtins;
  t.location = runtime::str_to_utf8(code_->filename) + ":" +
               std::to_string(runtime::code_line_for_unit(code_, header_unit));
}

void Recorder::abort(AbortReason reason) {
  abort_reason_ = reason;
  abort_unit_ = unit_;
  abort_detail_.clear();
  if (inlined()) {
    // Report the root frame's call; name the callee's instruction apart.
    for (int32_t f = inline_frame_; f >= 0;
         f = trace_->inline_frames[static_cast<size_t>(f)].parent)
      abort_unit_ = trace_->inline_frames[static_cast<size_t>(f)].call_unit;
    abort_detail_ = " in inlined " + runtime::str_to_utf8(code_->filename) + ":" +
                    std::to_string(runtime::code_line_for_unit(code_, unit_));
    prefer_call_for_long_loop();  // whatever the reason (jit/recorder_objects.cpp)
  }
  callers_.clear();
  trace_.reset();
}

bool Recorder::fail(AbortReason reason) {
  abort_reason_ = reason;
  abort_unit_ = unit_;
  return false;
}

std::unique_ptr<Trace> Recorder::take_trace() { return std::move(trace_); }

Recorder::Status Recorder::record(vm::Frame* frame, int32_t unit, uint8_t opcode, uint32_t oparg,
                                  Value* sp) {
  unit_ = unit;
  if (frame != frame_ && !enter_callee(frame)) {
    abort(AbortReason::kLeftFrame);
    return Status::kAborted;
  }
  if (side_) {
    if (instructions_ > 0 && !in_prefix_ && !inlined()) {
      Status s = side_link(unit);
      if (s != Status::kContinue) return s;
    }
  } else if (instructions_ > 0 && unit == header_unit_ && !in_prefix_ && !inlined()) {
    if (!closed_) {
      abort(AbortReason::kLeftLoop);
      return Status::kAborted;
    }
    return Status::kDone;
  }
  if (base_ + nlocals_ + code_->stacksize > kMaxSlots) {
    abort(AbortReason::kTooManySlots);
    return Status::kAborted;
  }
  if (sp - frame->stack_base() != depth_) {
    abort(AbortReason::kStackMismatch);
    return Status::kAborted;
  }
  sp_ = sp;
  ++instructions_;
  if (opcode == vm::EXTENDED_ARG) {
    if (!in_prefix_) resume_unit_ = unit;
    in_prefix_ = true;
    return Status::kContinue;
  }
  if (!in_prefix_) resume_unit_ = unit;
  in_prefix_ = false;
  next_unit_ = unit + 1 + vm::kCacheUnitTable[opcode];
  if (options_.dump) note_instruction(opcode, oparg);
  if (!dispatch(opcode, oparg)) {
    AbortReason reason = abort_reason_;
    abort(reason);
    return Status::kAborted;
  }
  if (trace_->ends_at_yield || trace_->ends_at_return) return Status::kDone;
  if (trace_->ir.size() > static_cast<Ref>(options_.max_trace_ins)) {
    abort(AbortReason::kTraceTooLong);
    return Status::kAborted;
  }
  if (trace_->snapshots.size() >= options_.max_snapshots ||
      trace_->snapshots.size() >= kNoSnapshot) {
    abort(AbortReason::kTooManySnapshots);
    return Status::kAborted;
  }
  return Status::kContinue;
}

void Recorder::note_instruction(uint8_t opcode, uint32_t oparg) {
  char buf[96];
  const char* name = vm::opcode_info(opcode).name;
  std::snprintf(buf, sizeof buf, "%04d %-28s %u\n", resume_unit_, name != nullptr ? name : "?",
                oparg);
  trace_->recorded += buf;
}

bool Recorder::dispatch(uint8_t opcode, uint32_t oparg) {
  if (function_mode_ && !side_ && !inlined() && !function_backward(opcode)) return false;
  if (side_ && !inlined()) {
    if (int handled = dispatch_side(opcode, oparg); handled >= 0) return handled != 0;
  }
  if (int handled = dispatch_generic(opcode, oparg); handled >= 0) return handled != 0;
  if (int handled = dispatch_exceptions(opcode, oparg); handled >= 0) return handled != 0;
  if (int handled = dispatch_yield_from(opcode, oparg); handled >= 0) return handled != 0;
  switch (opcode) {
    case vm::NOP:
      return true;
    case vm::LOAD_FAST:
      return rec_load_fast(oparg);
    case vm::STORE_FAST:
      return rec_store_fast(oparg);
    case vm::LOAD_CONST:
      return rec_load_const(oparg);
    case vm::POP_TOP:
      return rec_pop_top(oparg);
    case vm::PUSH_NULL:
      return rec_push_null(oparg);
    case vm::COPY:
      return rec_copy(oparg);
    case vm::SWAP:
      return rec_swap(oparg);
    case vm::BINARY_OP:
      return rec_binary_op(oparg);
    case vm::COMPARE_OP:
      return rec_compare_op(oparg);
    case vm::IS_OP:
      return rec_is_op(oparg);
    case vm::UNARY_NEGATIVE:
      return rec_unary_negative(oparg);
    case vm::UNARY_NOT:
      return rec_unary_not(oparg);
    case vm::UNARY_INVERT:
      return rec_unary_invert(oparg);
    case vm::POP_JUMP_FORWARD_IF_FALSE:
    case vm::POP_JUMP_FORWARD_IF_TRUE:
    case vm::POP_JUMP_BACKWARD_IF_FALSE:
    case vm::POP_JUMP_BACKWARD_IF_TRUE:
    case vm::POP_JUMP_FORWARD_IF_NONE:
    case vm::POP_JUMP_FORWARD_IF_NOT_NONE:
    case vm::POP_JUMP_BACKWARD_IF_NONE:
    case vm::POP_JUMP_BACKWARD_IF_NOT_NONE:
      return rec_pop_jump(opcode, oparg);
    case vm::JUMP_FORWARD:
      return true;
    case vm::JUMP_IF_FALSE_OR_POP:
    case vm::JUMP_IF_TRUE_OR_POP:
      return rec_jump_or_pop(opcode);
    case vm::JUMP_BACKWARD:
      return rec_jump_backward(oparg);
    case vm::FOR_ITER:
      return rec_for_iter(oparg);
    case vm::LOAD_GLOBAL:
      return rec_load_global(oparg);
    case vm::BINARY_SUBSCR:
      return rec_binary_subscr(oparg);
    case vm::STORE_SUBSCR:
      return rec_store_subscr(oparg);
    case vm::UNPACK_SEQUENCE:
      return rec_unpack_sequence(oparg);
    case vm::BUILD_TUPLE:
      return rec_build_tuple(oparg);
    case vm::LOAD_ATTR:
      return rec_load_attr(oparg);
    case vm::STORE_ATTR:
      return rec_store_attr(oparg);
    case vm::RESUME:
      return true;
    case vm::COPY_FREE_VARS:
      return rec_copy_free_vars(oparg);
    case vm::LOAD_DEREF:
      return rec_load_deref(oparg);
    case vm::STORE_DEREF:
      return rec_store_deref(oparg);
    case vm::LOAD_METHOD:
      return rec_load_method(oparg);
    case vm::PRECALL:
      return rec_precall(oparg);
    case vm::CALL:
      return rec_call(oparg);
    case vm::RETURN_VALUE:
      return rec_return_value(oparg);
    case vm::KW_NAMES:
    case vm::CALL_FUNCTION_EX:
      return fail(AbortReason::kUnsupportedCall);
    case vm::GET_ITER:
      return rec_inline_get_iter();  // jit/recorder_objects.cpp
    case vm::YIELD_VALUE:
      return in_generator() ? rec_yield_value() : rec_root_yield();
    case vm::RETURN_GENERATOR:
      return fail(AbortReason::kLeftFrame);
    default:
      return fail(AbortReason::kUnsupportedOpcode);
  }
}

// ---------------------------------------------------------------------------
// Slots, snapshots and emission.

Ref Recorder::slot(int32_t s) {
  Ref& r = slot_ref(s);
  if (r != kNoRef) return r;
  // An inlined frame starts with every slot null (or set by the recorder).
  if (inlined()) return in_generator() ? generator_slot(s) : ir().kval(0);
  Value v = actual_slot(s);
  IrType type = IrType::kVal;
  if (v.is_small_int()) {
    type = IrType::kInt;
  } else if (is_exact_float(vm_, v)) {
    type = IrType::kNum;
  }
  Ref loaded =
      ir().emit(IrOp::SLOAD, type, kNoRef, kNoRef, s, type == IrType::kVal ? kNoSnapshot : snap());
  slots_[static_cast<size_t>(s)] = loaded;
  return loaded;
}

uint16_t Recorder::snap() {
  if (snap_unit_ == unit_ && snap_ != kNoSnapshot) return snap_;
  snap_ = snap_at(resume_unit_, depth_);
  snap_unit_ = unit_;
  return snap_;
}

uint16_t Recorder::snap_at(int32_t pc, int32_t depth) {
  const std::vector<SnapEntry>& entries = snapshot_entries(depth);
  return trace_->snapshots.add(pc, depth, entries, ir().size(), inline_frame_);
}

Ref Recorder::emit(IrOp op, IrType type, Ref a, Ref b, int32_t imm) {
  return ir().emit(op, type, a, b, imm, kNoSnapshot);
}

Ref Recorder::guard(IrOp op, Ref a, Ref b, int32_t imm, IrType type) {
  return ir().emit(op, type, a, b, imm, snap());
}

Recorder::Kind Recorder::kind_of(Ref r, Value actual) const {
  switch (trace_->ir[r].type) {
    case IrType::kInt:
      return Kind::kInt;
    case IrType::kNum:
      return Kind::kNum;
    case IrType::kBool:
      return Kind::kBool;
    default:
      break;
  }
  if (actual.is_small_int()) return Kind::kInt;
  if (is_exact_float(vm_, actual)) return Kind::kNum;
  return Kind::kOther;
}

Ref Recorder::to_int(Ref r) {
  if (ir()[r].type == IrType::kInt) return r;
  return guard(IrOp::UNBOXINT, r, kNoRef, 0, IrType::kInt);
}

Ref Recorder::to_num(Ref r, Kind kind) {
  if (ir()[r].type == IrType::kNum) return r;
  if (kind == Kind::kInt) return emit(IrOp::CONV, IrType::kNum, to_int(r));
  return guard(IrOp::UNBOXNUM, r, kNoRef, 0, IrType::kNum);
}

Ref Recorder::to_val(Ref r) {
  switch (ir()[r].type) {
    case IrType::kInt:
      return guard(IrOp::BOXINT, r, kNoRef, 0, IrType::kVal);
    case IrType::kNum:
      return emit(IrOp::BOXNUM, IrType::kVal, r);
    case IrType::kBool:
      return emit(IrOp::BOXBOOL, IrType::kVal, r);
    default:
      return r;
  }
}

Ref Recorder::guard_type(Ref r, runtime::Type* type) {
  if (ir()[r].op == IrOp::KVAL) return r;  // a constant: its type was checked when recorded
  guard(IrOp::GUARD_TYPE, r, kobj(type));
  return r;
}

void Recorder::guard_dict_keys(runtime::Dict* d) {
  Ref version = emit(IrOp::FLOADK, IrType::kInt, kobj(d), kNoRef, layout::kDictKeysVersion);
  guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, version, kversion(d->keys_version)));
}

void Recorder::guard_dict_version(runtime::Dict* d) {
  Ref version = emit(IrOp::FLOADK, IrType::kInt, kobj(d), kNoRef, layout::kDictVersion);
  guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, version, kversion(d->version)));
}

// ---------------------------------------------------------------------------
// Locals, constants and the value stack.

bool Recorder::rec_load_fast(uint32_t oparg) {
  if (actual_slot(static_cast<int32_t>(oparg)).is_null()) return fail(AbortReason::kUnboundLocal);
  push(slot(static_cast<int32_t>(oparg)));
  return true;
}

bool Recorder::rec_store_fast(uint32_t oparg) {
  Ref v = top(1);
  pop(1);
  slot_ref(static_cast<int32_t>(oparg)) = v;
  return true;
}

bool Recorder::rec_load_const(uint32_t oparg) {
  Value v = code_->consts->at(oparg);
  if (v.is_small_int()) {
    push(ir().kint(v.small_int()));
  } else if (is_exact_float(vm_, v)) {
    push(ir().knum(runtime::float_value(v)));
  } else {
    push(ir().kval(v.raw()));
  }
  return true;
}

bool Recorder::rec_pop_top(uint32_t) {
  pop(1);
  return true;
}

bool Recorder::rec_push_null(uint32_t) {
  push(ir().kval(0));
  return true;
}

bool Recorder::rec_copy(uint32_t oparg) {
  push(top(static_cast<int32_t>(oparg)));
  return true;
}

bool Recorder::rec_swap(uint32_t oparg) {
  Ref a = top(1);
  Ref b = top(static_cast<int32_t>(oparg));
  set_top(1, b);
  set_top(static_cast<int32_t>(oparg), a);
  return true;
}

// ---------------------------------------------------------------------------
// Arithmetic and comparisons.

bool Recorder::rec_binary_op(uint32_t oparg) {
  uint32_t op = oparg >= static_cast<uint32_t>(runtime::kInplaceOffset)
                    ? oparg - runtime::kInplaceOffset
                    : oparg;
  Ref a = top(2);
  Ref b = top(1);
  Kind ka = kind_of(a, actual_top(2));
  Kind kb = kind_of(b, actual_top(1));
  if (ka == Kind::kInt && kb == Kind::kInt) return rec_int_binary(op, a, b);
  bool numeric_a = ka == Kind::kInt || ka == Kind::kNum;
  bool numeric_b = kb == Kind::kInt || kb == Kind::kNum;
  if (numeric_a && numeric_b) return rec_num_binary(op, a, b);
  return rec_dunder_op(oparg, false);
}

bool Recorder::rec_int_binary(uint32_t op, Ref a, Ref b) {
  IrOp ir_op;
  IrType type = IrType::kInt;
  switch (static_cast<BinaryOp>(op)) {
    case BinaryOp::kAdd:
      ir_op = IrOp::ADDOV;
      break;
    case BinaryOp::kSub:
      ir_op = IrOp::SUBOV;
      break;
    case BinaryOp::kMul:
      ir_op = IrOp::MULOV;
      break;
    case BinaryOp::kAnd:
      ir_op = IrOp::BAND;
      break;
    case BinaryOp::kOr:
      ir_op = IrOp::BOR;
      break;
    case BinaryOp::kXor:
      ir_op = IrOp::BXOR;
      break;
    case BinaryOp::kLshift:
      ir_op = IrOp::SHLOV;
      break;
    case BinaryOp::kRshift:
      ir_op = IrOp::SAR;
      break;
    case BinaryOp::kFloorDiv:
      ir_op = IrOp::FLOORDIV;
      break;
    case BinaryOp::kMod:
      ir_op = IrOp::MOD;
      break;
    case BinaryOp::kTrueDiv:
      ir_op = IrOp::TDIV;
      type = IrType::kNum;
      break;
    default:
      return fail(AbortReason::kUnsupportedOperands);
  }
  Ref x = to_int(a);
  Ref y = to_int(b);
  Ref r = ir_has(ir_op, kGuard) ? guard(ir_op, x, y, 0, type) : emit(ir_op, type, x, y);
  pop(2);
  push(r);
  return true;
}

bool Recorder::rec_num_binary(uint32_t op, Ref a, Ref b) {
  IrOp ir_op;
  switch (static_cast<BinaryOp>(op)) {
    case BinaryOp::kAdd:
      ir_op = IrOp::FADD;
      break;
    case BinaryOp::kSub:
      ir_op = IrOp::FSUB;
      break;
    case BinaryOp::kMul:
      ir_op = IrOp::FMUL;
      break;
    case BinaryOp::kTrueDiv:
      ir_op = IrOp::FDIV;
      break;
    case BinaryOp::kPow:
      ir_op = IrOp::FPOW;
      break;
    default:
      return fail(AbortReason::kUnsupportedOperands);
  }
  Ref x = to_num(a, kind_of(a, actual_top(2)));
  Ref y = to_num(b, kind_of(b, actual_top(1)));
  Ref r =
      ir_has(ir_op, kGuard) ? guard(ir_op, x, y, 0, IrType::kNum) : emit(ir_op, IrType::kNum, x, y);
  pop(2);
  push(r);
  return true;
}

bool Recorder::rec_compare_op(uint32_t oparg) {
  if (oparg > static_cast<uint32_t>(CompareOp::kGe)) return fail(AbortReason::kUnsupportedOperands);
  Ref a = top(2);
  Ref b = top(1);
  Kind ka = kind_of(a, actual_top(2));
  Kind kb = kind_of(b, actual_top(1));
  Ref r;
  if (ka == Kind::kInt && kb == Kind::kInt) {
    r = emit(compare_ir(oparg, false), IrType::kBool, to_int(a), to_int(b));
  } else if ((ka == Kind::kNum || ka == Kind::kInt) && (kb == Kind::kNum || kb == Kind::kInt)) {
    // An int compared with a float converts exactly only within 2**53: allow
    // it for constants in that range.
    for (Ref x : {a, b}) {
      Kind k = x == a ? ka : kb;
      if (k != Kind::kInt) continue;
      Ref xi = to_int(x);
      if (!ir().is_const(xi) || ir().const_int(xi) > kExactDoubleInt ||
          ir().const_int(xi) < -kExactDoubleInt) {
        return fail(AbortReason::kUnsupportedOperands);
      }
    }
    r = emit(compare_ir(oparg, true), IrType::kBool, to_num(a, ka), to_num(b, kb));
  } else {
    return rec_dunder_op(oparg, true);
  }
  pop(2);
  push(r);
  return true;
}

bool Recorder::rec_is_op(uint32_t oparg) {
  Ref a = top(2);
  Ref b = top(1);
  // Unboxed floats lost their identity: `is` on them cannot be answered.
  if (ir()[a].type == IrType::kNum || ir()[b].type == IrType::kNum) {
    return fail(AbortReason::kUnsupportedOperands);
  }
  Ref r = emit(oparg ? IrOp::NE : IrOp::EQ, IrType::kBool, to_val(a), to_val(b));
  pop(2);
  push(r);
  return true;
}

bool Recorder::rec_unary_negative(uint32_t) {
  Ref a = top(1);
  Kind k = kind_of(a, actual_top(1));
  Ref r;
  if (k == Kind::kInt) {
    r = guard(IrOp::NEGOV, to_int(a), kNoRef, 0, IrType::kInt);
  } else if (k == Kind::kNum) {
    r = emit(IrOp::FNEG, IrType::kNum, to_num(a, k));
  } else {
    return fail(AbortReason::kUnsupportedOperands);
  }
  pop(1);
  push(r);
  return true;
}

bool Recorder::rec_unary_not(uint32_t) {
  Ref a = top(1);
  Kind k = kind_of(a, actual_top(1));
  Ref r;
  if (k == Kind::kBool) {
    r = emit(IrOp::BXOR, IrType::kBool, a, ir().kint(1, IrType::kBool));
  } else if (k == Kind::kInt) {
    r = emit(IrOp::EQ, IrType::kBool, to_int(a), ir().kint(0));
  } else {
    return rec_not_other(a, actual_top(1));  // jit/recorder_objects.cpp
  }
  pop(1);
  push(r);
  return true;
}

// ---------------------------------------------------------------------------
// Control flow.

// Emits the guard that keeps a conditional jump's direction: 1 when the jump
// is taken, 0 when not, -1 to abort.
int Recorder::branch(Ref cond, Value actual, bool jump_if) {
  Kind k = kind_of(cond, actual);
  bool truth;
  Ref test;
  if (k == Kind::kBool) {
    truth = actual == vm_.true_value();
    test = cond;
  } else if (actual == vm_.true_value() || actual == vm_.false_value() || actual == vm_.none()) {
    truth = actual == vm_.true_value();
    guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, cond, ir().kval(actual.raw())));
    return truth == jump_if ? 1 : 0;
  } else if (k == Kind::kInt) {
    truth = actual.small_int() != 0;
    test = emit(IrOp::NE, IrType::kBool, to_int(cond), ir().kint(0));
  } else if (k == Kind::kNum) {
    truth = runtime::float_value(actual) != 0.0;
    test = emit(IrOp::FNE, IrType::kBool, to_num(cond, k), ir().knum(0.0));
  } else {
    test = container_truth(cond, actual, &truth);
    if (test == kNoRef) return -1;
  }
  guard(truth ? IrOp::GUARD_TRUE : IrOp::GUARD_FALSE, test);
  return truth == jump_if ? 1 : 0;
}

bool Recorder::rec_pop_jump(uint8_t opcode, uint32_t oparg) {
  bool backward = vm::opcode_info(opcode).jump == vm::JumpKind::kBackward;
  int32_t target = backward ? next_unit_ - static_cast<int32_t>(oparg)
                            : next_unit_ + static_cast<int32_t>(oparg);
  Ref cond = top(1);
  Value actual = actual_top(1);
  bool taken;
  switch (opcode) {
    case vm::POP_JUMP_FORWARD_IF_NONE:
    case vm::POP_JUMP_BACKWARD_IF_NONE:
    case vm::POP_JUMP_FORWARD_IF_NOT_NONE:
    case vm::POP_JUMP_BACKWARD_IF_NOT_NONE: {
      if (ir()[cond].type == IrType::kNum) return fail(AbortReason::kUnsupportedOperands);
      bool is_none = actual == vm_.none();
      Ref test = emit(IrOp::EQ, IrType::kBool, to_val(cond), ir().kval(vm_.none().raw()));
      guard(is_none ? IrOp::GUARD_TRUE : IrOp::GUARD_FALSE, test);
      bool want_none =
          opcode == vm::POP_JUMP_FORWARD_IF_NONE || opcode == vm::POP_JUMP_BACKWARD_IF_NONE;
      taken = is_none == want_none;
      break;
    }
    default: {
      bool jump_if =
          opcode == vm::POP_JUMP_FORWARD_IF_TRUE || opcode == vm::POP_JUMP_BACKWARD_IF_TRUE;
      int direction = branch(cond, actual, jump_if);
      if (direction < 0) return fail(AbortReason::kUnsupportedOperands);
      taken = direction == 1;
      break;
    }
  }
  pop(1);
  if (!backward) return true;
  if (inlined()) return !taken || inline_backward(target, options_.inline_while_unroll);
  if (side_) return !taken || side_backward(target);
  if (target == header_unit_) {
    if (!taken) return fail(AbortReason::kLeftLoop);
    return close_iteration(header_unit_, depth_);
  }
  return taken ? fail(AbortReason::kInnerLoop) : true;
}

bool Recorder::close_iteration(int32_t pc, int32_t depth) {
  if (depth != trace_->entry_depth) return fail(AbortReason::kStackMismatch);
  // The back-edge is a safe point: pending work (finalizers, signals) exits.
  Ref flag = ir().kval(reinterpret_cast<uint64_t>(vm_.pending_work_flag()), IrType::kPtr);
  ir().emit(IrOp::GUARD_NOPENDING, IrType::kVoid, flag, kNoRef, 0, snap_at(pc, depth));
  closed_ = true;
  return true;
}

bool Recorder::rec_jump_backward(uint32_t oparg) {
  int32_t target = next_unit_ - static_cast<int32_t>(oparg);
  if (inlined()) return inline_backward(target, options_.inline_unroll);
  if (target != header_unit_) return fail(AbortReason::kInnerLoop);
  return close_iteration(header_unit_, depth_);
}

bool Recorder::rec_for_iter(uint32_t) {
  Ref it = top(1);
  Value actual = actual_top(1);
  if (has_type(actual, vm_.types().range_iterator)) {
    if (actual.as<runtime::RangeIterator>()->remaining <= 0) return rec_inline_exhausted();
    return rec_for_range(it);
  }
  if (has_type(actual, vm_.types().list_iterator)) {
    auto* li = actual.as<runtime::ListIterator>();
    if (li->list == nullptr || li->index >= li->list->length) return rec_inline_exhausted();
    return rec_for_list(it);
  }
  if (has_type(actual, vm_.types().enumerate)) return rec_for_enumerate(it, actual);
  if (has_type(actual, vm_.types().generator)) return rec_for_generator(it, actual);
  if (is_container_iterator(actual)) return rec_for_container(it, actual);
  return fail(AbortReason::kUnsupportedIterator);
}

bool Recorder::rec_for_range(Ref it) {
  guard_type(it, vm_.types().range_iterator);
  Ref remaining = emit(IrOp::FLOAD, IrType::kInt, it, kNoRef, layout::kRangeIterRemaining);
  guard(IrOp::GUARD_TRUE, emit(IrOp::GT, IrType::kBool, remaining, ir().kint(0)));
  Ref next = emit(IrOp::FLOAD, IrType::kInt, it, kNoRef, layout::kRangeIterNext);
  Ref step = emit(IrOp::FLOADK, IrType::kInt, it, kNoRef, layout::kRangeIterStep);
  // The interpreter leaves `next` alone after the last item; nothing reads it
  // once `remaining` is 0, so the trace always steps (with wrap-around).
  emit(IrOp::FSTORE, IrType::kVoid, it, emit(IrOp::SUB, IrType::kInt, remaining, ir().kint(1)),
       layout::kRangeIterRemaining);
  emit(IrOp::FSTORE, IrType::kVoid, it, emit(IrOp::ADD, IrType::kInt, next, step),
       layout::kRangeIterNext);
  push(next);
  return true;
}

bool Recorder::rec_for_list(Ref it) {
  guard_type(it, vm_.types().list_iterator);
  Ref list = emit(IrOp::FLOAD, IrType::kVal, it, kNoRef, layout::kListIterList);
  guard(IrOp::GUARD_TRUE, emit(IrOp::NE, IrType::kBool, list, ir().kval(0)));
  Ref index = emit(IrOp::FLOAD, IrType::kInt, it, kNoRef, layout::kListIterIndex);
  Ref length = emit(IrOp::FLOAD, IrType::kInt, list, kNoRef, layout::kListLength);
  guard(IrOp::GUARD_TRUE, emit(IrOp::LT, IrType::kBool, index, length));
  Ref items = emit(IrOp::FLOAD, IrType::kPtr, list, kNoRef, layout::kListItems);
  Ref item = emit(IrOp::ALOAD, IrType::kVal, items, index, kAloadItem);
  emit(IrOp::FSTORE, IrType::kVoid, it, emit(IrOp::ADD, IrType::kInt, index, ir().kint(1)),
       layout::kListIterIndex);
  push(item);
  return true;
}

// ---------------------------------------------------------------------------
// Globals, subscripts and attributes.

// LOAD_GLOBAL. The globals' keys version is guarded: while it holds, a
// global keeps its entry and, while the dict's values are quasi-constant
// (runtime/dict.h), its value, which is then a constant. In a dict whose
// values became mutable (a module-level loop rebinding counters) the value
// is loaded from its entry; a function, class, module or builtin function
// loaded there is guarded by identity and becomes a constant, any other
// value stays a loaded one, so rebinding it makes no trace exit. A name that
// is not a global is a builtin: the builtins' version is guarded too, and
// it is a constant.
bool Recorder::rec_load_global(uint32_t oparg) {
  auto* name = code_->names->at(oparg >> 1).as<runtime::Str>();
  runtime::Dict* globals = frame_->globals;
  int64_t entry = runtime::dict_entry_of_str(vm_, globals, name);
  guard_dict_keys(globals);
  Value v;
  Ref loaded = kNoRef;
  if (entry < 0) {
    v = runtime::dict_get_str(vm_, frame_->builtins, name);
    if (v.is_null()) return fail(AbortReason::kUnsupportedGlobal);
    guard_dict_version(frame_->builtins);
  } else {
    v = globals->entries[entry].value;
    if (runtime::dict_values_mutable(globals)) {
      loaded = load_global_entry(globals, entry);
      if (loaded == kNoRef) return fail(AbortReason::kUnsupportedGlobal);
      if (stable_global(v)) {
        guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, loaded, ir().kval(v.raw())));
        loaded = kNoRef;
      }
    }
  }
  if (oparg & 1) push(ir().kval(0));
  if (loaded != kNoRef) {
    push(loaded);
    return true;
  }
  if (v.is_small_int()) {
    push(ir().kint(v.small_int()));
  } else if (is_exact_float(vm_, v)) {
    push(ir().knum(runtime::float_value(v)));
  } else {
    push(ir().kval(v.raw()));
  }
  return true;
}

// The value at entry `entry` of globals dict `d` (whose keys version is
// guarded): the entries pointer is fixed under that guard, the value is not.
Ref Recorder::load_global_entry(runtime::Dict* d, int64_t entry) {
  int64_t offset = entry * layout::kDictEntrySize + layout::kDictEntryValue;
  if (offset > INT32_MAX) return kNoRef;
  Ref entries = emit(IrOp::FLOADK, IrType::kPtr, kobj(d), kNoRef, layout::kDictEntries);
  return emit(IrOp::FLOAD, IrType::kVal, entries, kNoRef, static_cast<int32_t>(offset));
}

// A global the program is unlikely to rebind: a function, class, module or
// native function (read as a constant once guarded by identity).
bool Recorder::stable_global(Value v) const {
  if (!v.is_object()) return false;
  const auto& ty = vm_.types();
  runtime::Type* t = v.object()->type;
  return t == ty.function || t == ty.module || t == ty.builtin_function || t == ty.type ||
         runtime::is_subtype(t, ty.type);
}

// The position `key` (a small int, `actual` when recorded, in range) names
// in a sequence of `length` items, after the guards that keep it in range: a
// negative index counts from the end (its sign is guarded unless constant).
Ref Recorder::sequence_index(Ref key, int64_t actual, Ref length) {
  Ref index = to_int(key);
  if (actual < 0) {
    if (!ir().is_const(index))
      guard(IrOp::GUARD_TRUE, emit(IrOp::LT, IrType::kBool, index, ir().kint(0)));
    index = emit(IrOp::ADD, IrType::kInt, index, length);
  }
  guard(IrOp::GUARD_TRUE, emit(IrOp::ULT, IrType::kBool, index, length));
  return index;
}

bool Recorder::rec_binary_subscr(uint32_t) {
  Ref container = top(2);
  Ref key = top(1);
  Value c = actual_top(2);
  Value k = actual_top(1);
  if (kind_of(key, k) != Kind::kInt || !k.is_small_int())
    return fail(AbortReason::kUnsupportedOperands);
  int64_t i = k.small_int();
  Ref length;
  Ref items;
  if (has_type(c, vm_.types().list)) {
    int64_t n = c.as<runtime::List>()->length;
    if (i < -n || i >= n) return fail(AbortReason::kUnsupportedOperands);
    guard_type(container, vm_.types().list);
    length = emit(IrOp::FLOAD, IrType::kInt, container, kNoRef, layout::kListLength);
    Ref index = sequence_index(key, i, length);
    items = emit(IrOp::FLOAD, IrType::kPtr, container, kNoRef, layout::kListItems);
    Ref item = emit(IrOp::ALOAD, IrType::kVal, items, index, kAloadItem);
    pop(2);
    push(item);
    return true;
  }
  if (has_type(c, vm_.types().tuple)) {
    int64_t n = c.as<runtime::Tuple>()->length;
    if (i < -n || i >= n) return fail(AbortReason::kUnsupportedOperands);
    guard_type(container, vm_.types().tuple);
    length = emit(IrOp::FLOADK, IrType::kInt, container, kNoRef, layout::kTupleLength);
    Ref index = sequence_index(key, i, length);
    items = emit(IrOp::ADD, IrType::kPtr, container, ir().kint(layout::kTupleItems));
    Ref item = emit(IrOp::ALOAD, IrType::kVal, items, index, kAloadItem);
    pop(2);
    push(item);
    return true;
  }
  return fail(AbortReason::kUnsupportedOperands);
}

bool Recorder::rec_store_subscr(uint32_t) {
  Ref value = top(3);
  Ref container = top(2);
  Ref key = top(1);
  Value c = actual_top(2);
  Value k = actual_top(1);
  if (!has_type(c, vm_.types().list) || kind_of(key, k) != Kind::kInt || !k.is_small_int()) {
    return fail(AbortReason::kUnsupportedOperands);
  }
  int64_t n = c.as<runtime::List>()->length;
  if (k.small_int() < -n || k.small_int() >= n) return fail(AbortReason::kUnsupportedOperands);
  guard_type(container, vm_.types().list);
  Ref length = emit(IrOp::FLOAD, IrType::kInt, container, kNoRef, layout::kListLength);
  Ref index = sequence_index(key, k.small_int(), length);
  Ref boxed = to_val(value);
  emit(IrOp::LIST_STORE, IrType::kVoid, container, index, boxed);
  pop(3);
  return true;
}

bool Recorder::rec_unpack_sequence(uint32_t oparg) {
  if (unpack_enumerate_pair(oparg)) return true;
  if (unpack_built_tuple(oparg)) return true;
  Ref seq = top(1);
  Value s = actual_top(1);
  auto n = static_cast<int32_t>(oparg);
  std::vector<Ref> items;
  if (has_type(s, vm_.types().tuple) && s.as<runtime::Tuple>()->length == n) {
    guard_type(seq, vm_.types().tuple);
    Ref length = emit(IrOp::FLOADK, IrType::kInt, seq, kNoRef, layout::kTupleLength);
    guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, length, ir().kint(n)));
    for (int32_t i = 0; i < n; ++i) {
      items.push_back(emit(IrOp::FLOADK, IrType::kVal, seq, kNoRef, layout::kTupleItems + 8 * i));
    }
  } else if (has_type(s, vm_.types().list) && s.as<runtime::List>()->length == n) {
    guard_type(seq, vm_.types().list);
    Ref length = emit(IrOp::FLOAD, IrType::kInt, seq, kNoRef, layout::kListLength);
    guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, length, ir().kint(n)));
    Ref ptr = emit(IrOp::FLOAD, IrType::kPtr, seq, kNoRef, layout::kListItems);
    for (int32_t i = 0; i < n; ++i)
      items.push_back(emit(IrOp::ALOAD, IrType::kVal, ptr, ir().kint(i), kAloadItem));
  } else {
    return fail(AbortReason::kUnsupportedOperands);
  }
  pop(1);
  for (int32_t i = n - 1; i >= 0; --i) push(items[static_cast<size_t>(i)]);
  return true;
}

bool Recorder::rec_load_attr(uint32_t oparg) {
  Ref owner = top(1);
  Value o = actual_top(1);
  if (has_type(o, vm_.types().module)) return rec_load_module_attr(owner, o, oparg, false);
  runtime::InlineCache scratch{};
  const runtime::InlineCache* c = attribute_cache(&scratch, o, oparg);
  if (c == nullptr || c->kind != runtime::CacheKind::kSlot || !vm::instance_guard(c, o.object())) {
    return rec_other_attr(owner, o, oparg, c, false);  // jit/recorder_objects.cpp
  }
  guard_instance_layout(owner, c);
  Ref slots = emit(IrOp::FLOAD, IrType::kPtr, owner, kNoRef, layout::kInstanceSlots);
  Ref v = emit(IrOp::ALOAD, IrType::kVal, slots, ir().kint(c->index));
  guard(IrOp::GUARD_TRUE, emit(IrOp::NE, IrType::kBool, v, ir().kval(0)));
  set_top(1, v);
  return true;
}

// The guards of an instance-slot cache entry: exact type, unchanged type
// version, the cached shape.
void Recorder::guard_instance_layout(Ref owner, const runtime::InlineCache* c) {
  guard_type(owner, static_cast<runtime::Type*>(c->owner));
  Ref version = emit(IrOp::FLOADK, IrType::kInt, kobj(c->owner), kNoRef, layout::kTypeVersion);
  guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, version, kversion(c->version)));
  Ref shape = emit(IrOp::FLOAD, IrType::kPtr, owner, kNoRef, layout::kInstanceShape);
  guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, shape,
                               ir().kval(reinterpret_cast<uint64_t>(c->shape), IrType::kPtr)));
}

bool Recorder::rec_store_attr(uint32_t oparg) {
  Ref owner = top(1);
  Ref value = top(2);
  Value o = actual_top(1);
  runtime::InlineCache scratch{};
  const runtime::InlineCache* c = store_cache(&scratch, o, oparg);
  if (c != nullptr && c->kind == runtime::CacheKind::kStoreAdd && o.is_object() &&
      vm::instance_guard(c, o.object())) {
    return rec_store_add(c);
  }
  if (o.is_object() && (o.object()->type->flags & runtime::kTypeBaseException) != 0) {
    return rec_exception_setattr(oparg);  // jit/recorder_exc_objects.cpp
  }
  if (c == nullptr || c->kind != runtime::CacheKind::kStoreSlot || !o.is_object() ||
      !vm::instance_guard(c, o.object())) {
    return fail(AbortReason::kUnsupportedAttribute);
  }
  guard_instance_layout(owner, c);
  Ref boxed = to_val(value);
  emit(IrOp::SLOT_STORE, IrType::kVoid, owner, boxed, static_cast<int32_t>(c->index));
  pop(2);
  return true;
}

}  // namespace pyvm::jit
