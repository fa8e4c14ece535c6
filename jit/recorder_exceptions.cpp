// The recorder's half of exceptions raised and caught inside a trace (see
// jit/exceptions.h): a residual call that raised while recording, in the
// trace's own frame, with a handler there. The exception table is followed
// at record time: the value stack drops to the handler's depth, the lasti
// word and the exception are pushed, and the handler's PUSH_EXC_INFO,
// CHECK_EXC_MATCH (decided at record time on the exception's guarded exact
// type), POP_EXCEPT and DELETE_FAST are recorded like any instruction.
//
// Invariants:
//   - Only a residual call that is the last IR instruction and whose result
//     is the top of the stack is turned into its caught variant; what else
//     raises (an inlined callee, RAISE_VARARGS, a guard) aborts as before.
//   - The raising path's guard resumes after the instruction with the
//     result pushed (the operation succeeded: no handler runs); the caught
//     helpers' own exits resume before it, with no effect.
#include "jit/exceptions.h"
#include "jit/layout.h"
#include "jit/recorder.h"
#include "runtime/code.h"
#include "runtime/exceptions.h"
#include "runtime/tuple.h"
#include "runtime/user_class.h"
#include "vm/opcodes.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

// The caught variant of a residual helper, or kCount when it has none.
Residual caught_variant(int32_t index) {
  switch (static_cast<Residual>(index)) {
    case Residual::call:
    case Residual::call_str:
      return Residual::call_caught;
    case Residual::get_item:
      return Residual::item_caught;
    case Residual::binary_op:
      return Residual::binop_caught;
    default:
      return Residual::kCount;
  }
}

// A class deriving from BaseException whose metaclass is `type` (a
// subclass check on it runs no Python code).
bool plain_exception_class(vm::VM& vm, Value t) {
  if (!t.is_object() || t.object()->type != vm.types().type) return false;
  return (t.as<runtime::Type>()->flags & runtime::kTypeBaseException) != 0;
}

}  // namespace

// A copy of snapshot `s` that the stress-exits mode never forces.
uint16_t Recorder::unstressed_copy(uint16_t s) {
  const Snapshot orig = trace_->snapshots[s];
  const SnapEntry* e = trace_->snapshots.entries(orig);
  std::vector<SnapEntry> entries(e, e + orig.count);
  uint16_t copy = trace_->snapshots.add(orig.pc, orig.depth, entries, orig.position, orig.frame);
  trace_->snapshots.set_no_stress(copy);
  return copy;
}

bool Recorder::record_raise(vm::Frame* frame, int32_t unit) {
  if (trace_ != nullptr && raise_.trace_id == trace_->id && raise_.instruction == instructions_) {
    raise_.trace_id = -1;
    if (frame != frame_ || unit != unit_ || vm_.suspended_cleanup_generators != 0) return false;
    return raise_unwind(unit);
  }
  if (trace_ == nullptr || inlined() || frame != frame_ || function_mode_ || unit != unit_ ||
      depth_ < 1 || vm_.suspended_cleanup_generators != 0) {
    return false;
  }
  Ref last = ir().size() - 1;
  const Ins& call = ir()[last];
  if (call.op != IrOp::CALLR || top(1) != last) return false;
  Residual caught = caught_variant(call.imm);
  if (caught == Residual::kCount) return false;
  auto handler = runtime::find_exception_handler(code_, unit);
  if (!handler || handler->depth > depth_ - 1) return false;
  uint16_t before = unstressed_copy(call.snap);
  ir().at(last).imm = static_cast<int32_t>(caught);
  // The operation succeeded after all: resume after it with its result.
  // Both exits are valid only when taken for real (the sentinel, or the
  // pending exception, would leak into the interpreter): never stressed.
  Ref raised = emit(IrOp::EQ, IrType::kBool, last, ir().kval(raised_sentinel(), IrType::kPtr));
  uint16_t after = snap_at(next_unit_, depth_);
  trace_->snapshots.set_no_stress(after);
  ir().emit(IrOp::GUARD_TRUE, IrType::kVoid, raised, kNoRef, 0, after);
  // What the unwinder does for this frame: context, traceback entry, handler.
  Ref args = emit(IrOp::CARG, IrType::kPtr, kobj(code_), ir().kint(unit));
  args = emit(IrOp::CARG, IrType::kPtr, args, kobj(frame_->globals));
  Ref exc = ir().emit(IrOp::CALLR, IrType::kVal, args, kNoRef,
                      static_cast<int32_t>(Residual::exc_caught), before);
  pop(depth_ - handler->depth);
  if (handler->lasti) push(ir().kint(unit));
  push(exc);
  snap_unit_ = -1;  // the stack changed within the instruction
  return true;
}

// A constant, or a tuple this trace built from constants
// (`except (KeyError, IndexError)`): its value is the one seen now.
bool Recorder::constant_value(Ref r) const {
  if (trace_->ir[r].op == IrOp::KVAL) return true;
  auto built = built_tuples_.find(r);
  if (built == built_tuples_.end()) return false;
  for (Ref item : built->second) {
    if (trace_->ir[item].op != IrOp::KVAL) return false;
  }
  return true;
}

int Recorder::dispatch_exceptions(uint8_t opcode, uint32_t oparg) {
  switch (opcode) {
    case vm::PUSH_EXC_INFO:
      return rec_push_exc_info() ? 1 : 0;
    case vm::POP_EXCEPT:
      return rec_pop_except() ? 1 : 0;
    case vm::CHECK_EXC_MATCH:
      return rec_check_exc_match() ? 1 : 0;
    case vm::DELETE_FAST:
      return rec_delete_fast(oparg) ? 1 : 0;
    case vm::RAISE_VARARGS:
      return rec_raise(oparg) ? 1 : 0;
    default:
      return -1;
  }
}

bool Recorder::rec_push_exc_info() {
  if (vm_.handled_exception().is_null()) return fail(AbortReason::kUnsupportedOpcode);
  Ref exc = to_val(top(1));
  Ref prev = residual(Residual::exc_push_info, {exc});
  set_top(1, prev);
  push(exc);
  return true;
}

bool Recorder::rec_pop_except() {
  residual(Residual::exc_pop, {to_val(top(1))});
  pop(1);
  return true;
}

bool Recorder::rec_check_exc_match() {
  Ref type = top(1);
  Ref exc = top(2);
  Value t = actual_top(1);
  Value e = actual_top(2);
  if (!constant_value(type) || ir()[exc].type != IrType::kVal || !e.is_object()) {
    return fail(AbortReason::kUnsupportedOperands);
  }
  bool plain = plain_exception_class(vm_, t);
  if (!plain && t.is_object() && t.object()->type == vm_.types().tuple) {
    auto* tuple = t.as<runtime::Tuple>();
    plain = true;
    for (int64_t i = 0; i < tuple->length; ++i) plain &= plain_exception_class(vm_, tuple->at(i));
  }
  if (!plain) return fail(AbortReason::kUnsupportedOperands);
  // The exception's exact type and its version (its MRO) fix the answer.
  runtime::Type* et = e.object()->type;
  guard_type(exc, et);
  Ref version = emit(IrOp::FLOADK, IrType::kInt, kobj(et), kNoRef, layout::kTypeVersion);
  guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, version, kversion(et->version)));
  bool match = false;
  if (t.object()->type == vm_.types().tuple) {
    auto* tuple = t.as<runtime::Tuple>();
    for (int64_t i = 0; i < tuple->length; ++i)
      match |= runtime::is_subtype(et, tuple->at(i).as<runtime::Type>());
  } else {
    match = runtime::is_subtype(et, t.as<runtime::Type>());
  }
  pop(1);
  push(ir().kint(match ? 1 : 0, IrType::kBool));
  return true;
}

bool Recorder::rec_delete_fast(uint32_t oparg) {
  if (actual_slot(static_cast<int32_t>(oparg)).is_null()) return fail(AbortReason::kUnboundLocal);
  slot_ref(static_cast<int32_t>(oparg)) = ir().kval(0);
  return true;
}

// A built-in exception class (no Python __init__ or __new__ can run when it
// is called with plain arguments): a residual call may create its instance.
bool Recorder::builtin_exception_class(Value v) const {
  if (!v.is_object() || v.object()->type != vm_.types().type) return false;
  auto* t = v.as<runtime::Type>();
  return (t->flags & runtime::kTypeBaseException) != 0 && runtime::as_user_type(t) == nullptr;
}

// RAISE_VARARGS with one operand, an exception instance: its exact type is
// guarded (the interpreter raises any instance as it is), the snapshot
// before the raise is kept for the unwinding's helper, and the interpreter's
// error path then calls record_raise, which follows the exception to its
// handler (raise_unwind).
bool Recorder::rec_raise(uint32_t oparg) {
  if (oparg != 1 || in_generator() || function_mode_) return fail(AbortReason::kUnsupportedOpcode);
  Value e = actual_top(1);
  if (!e.is_object() || (e.object()->type->flags & runtime::kTypeBaseException) == 0) {
    return fail(AbortReason::kUnsupportedOperands);
  }
  Ref exc = to_val(top(1));
  guard_type(exc, e.object()->type);
  raise_.snapshot = unstressed_copy(snap());
  raise_.exc = exc;
  raise_.trace_id = trace_->id;
  raise_.instruction = instructions_;
  pop(1);
  return true;
}

// The exception raised at `unit` goes to the first handler of this frame or,
// through plain inlined calls, of a caller; false (abort) when none of the
// trace's frames handles it. One helper call does the raise and the
// traceback entries; the recorder's frame state becomes the handler's, as
// the interpreter's unwinder is about to make it.
bool Recorder::raise_unwind(int32_t unit) {
  std::vector<Ref> args{raise_.exc};
  int32_t at = unit;
  for (;;) {
    args.push_back(kobj(code_));
    args.push_back(ir().kint(at));
    args.push_back(kobj(frame_->globals));
    if (static_cast<int64_t>(args.size()) > kMaxResidualArgs) return false;
    if (runtime::find_exception_handler(code_, at)) break;
    if (!inlined()) return false;
    const InlineFrame& f = trace_->inline_frames[static_cast<size_t>(inline_frame_)];
    // A dunder or __init__ frame was called from native code, which sees
    // the exception first; a generator finishes when it raises.
    if (f.dunder || f.init || f.generator) return false;
    at = f.call_unit;
    leave_inline_frame();
    if (frame_ == nullptr) return false;
    if (options_.dump) trace_->recorded += "---- unwind\n";
  }
  auto handler = runtime::find_exception_handler(code_, at);
  if (handler->depth > depth_) return false;
  Ref list = kNoRef;
  for (Ref a : args) list = list == kNoRef ? a : emit(IrOp::CARG, IrType::kPtr, list, a);
  Ref exc = ir().emit(IrOp::CALLR, IrType::kVal, list, kNoRef,
                      static_cast<int32_t>(Residual::exc_unwind), raise_.snapshot);
  pop(depth_ - handler->depth);
  if (handler->lasti) push(ir().kint(at));
  push(exc);
  snap_unit_ = -1;  // the frame and its stack changed within the instruction
  return true;
}

}  // namespace pyvm::jit
