// The recorder's half of function traces and calls of compiled functions
// (see jit/call_trace.h): starting a trace at a function's entry, ending it
// at the frame's RETURN_VALUE, and recording a call the recorder does not
// inline (recursion) as a `call_compiled` residual call.
#include <utility>
#include <vector>

#include "jit/call_trace.h"
#include "jit/layout.h"
#include "jit/recorder.h"
#include "runtime/code.h"
#include "runtime/function.h"
#include "vm/opcodes.h"
#include "vm/vm.h"

namespace pyvm::jit {

void Recorder::start_function(vm::Frame* frame, int32_t entry_unit, int trace_id) {
  start(frame, entry_unit, trace_id);
  function_mode_ = true;
  trace_->function_entry = true;
}

// In a function trace's own frame, a backward jump is a loop: function
// traces cover bodies without loops (on_function_entry skips those).
bool Recorder::function_backward(uint8_t opcode) {
  switch (opcode) {
    case vm::JUMP_BACKWARD:
    case vm::JUMP_BACKWARD_NO_INTERRUPT:
    case vm::POP_JUMP_BACKWARD_IF_FALSE:
    case vm::POP_JUMP_BACKWARD_IF_TRUE:
    case vm::POP_JUMP_BACKWARD_IF_NONE:
    case vm::POP_JUMP_BACKWARD_IF_NOT_NONE:
    case vm::FOR_ITER:
      return fail(AbortReason::kInnerLoop);
    default:
      return true;
  }
}

// RETURN_VALUE of the function trace's frame: the trace ends with an exit
// whose snapshot holds the result on the stack, at the RETURN_VALUE.
bool Recorder::rec_function_return() {
  if (depth_ != 1) return fail(AbortReason::kStackMismatch);
  snap_at(resume_unit_, depth_);
  trace_->ends_at_return = true;
  return true;
}

// A call the recorder does not inline but calls as a compiled function: a
// call from the trace's own frame (not an inlined one, whose frame would
// not exist for the callee's `f_back`) of a plain function that recurses
// into the recorded code, or whose own function trace makes such calls.
bool Recorder::wants_opaque_call(runtime::Function* f) const {
  if (inlined() || !function_entry_) return false;
  const runtime::Code* code = f->code;
  constexpr uint32_t kNotPlain = runtime::kCoGenerator | runtime::kCoCoroutine |
                                 runtime::kCoIterableCoroutine | runtime::kCoAsyncGenerator |
                                 runtime::kCoVarArgs | runtime::kCoVarKeywords;
  if ((code->flags & kNotPlain) != 0 || code->kwonlyargcount != 0) return false;
  if (code == root_code_) return true;
  HotLoop* entry = function_entry_(f->code);
  return entry->call_not_inline || (entry->trace != nullptr && entry->trace->opaque_calls);
}

// The call becomes `call_compiled(entry, unit, function, nflush,
// (slot, value) * nflush, args...)`: the runtime first stores the locals the
// trace changed into the trace's frame (the callee can see its caller's
// frame: sys._getframe(1).f_locals), then pushes the callee's frame and runs
// its function trace or the interpreter (jit/call_trace.cpp). The
// interpreter runs the callee without recording it (take_opaque_call).
// Python code runs inside, so nothing the trace knew about mutable state
// (dict and type versions) holds after it: CSE starts afresh, and the trace
// does not loop.
bool Recorder::rec_opaque_call(runtime::Function* f, Ref callable, const std::vector<Ref>& args,
                               int32_t call_depth) {
  // The locals that differ from what the frame holds (the frame holds what
  // it held at trace entry).
  std::vector<std::pair<int32_t, Ref>> flush;
  for (int32_t s = 0; s < nlocals_; ++s) {
    Ref r = slot_ref(s);
    if (r != kNoRef && !(ir()[r].op == IrOp::SLOAD && ir()[r].imm == s)) flush.emplace_back(s, r);
  }
  if (static_cast<int64_t>(args.size() + 2 * flush.size()) + 4 > kMaxResidualArgs) {
    return fail(AbortReason::kUnsupportedCall);
  }
  Ref fn = ir().kval(Value::from_object(f).raw());
  if (!ir().is_const(callable) && f->code->nfree > 0) {
    // A closure (one of several of its code, made by each call of the
    // enclosing function): any function of this code will do, since the
    // runtime calls the one passed.
    fn = to_val(callable);
    guard_type(fn, vm_.types().function);
    Ref fcode = emit(IrOp::FLOADK, IrType::kVal, fn, kNoRef, layout::kFunctionCode);
    guard(IrOp::GUARD_TRUE,
          emit(IrOp::EQ, IrType::kBool, fcode, ir().kval(Value::from_object(f->code).raw())));
  } else if (!ir().is_const(callable)) {
    guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, to_val(callable), fn));
  } else if (callable != fn) {
    return fail(AbortReason::kUnsupportedCall);
  }
  HotLoop* entry = function_entry_(f->code);
  std::vector<Ref> cargs{ir().kval(reinterpret_cast<uint64_t>(entry), IrType::kPtr),
                         ir().kint(unit_), fn, ir().kint(static_cast<int64_t>(flush.size()))};
  for (const auto& [s, r] : flush) {
    cargs.push_back(ir().kint(s));
    cargs.push_back(to_val(r));
  }
  for (Ref a : args) cargs.push_back(to_val(a));
  Ref result = residual(Residual::call_compiled, cargs);
  pop(depth_ - call_depth);
  push(result);
  trace_->opaque_calls = true;
  opaque_call_pending_ = true;
  ir().set_cse_floor(ir().size());
  if (options_.dump) {
    trace_->recorded += "---- call compiled " + runtime::str_to_utf8(f->qualname) + "\n";
  }
  return true;
}

}  // namespace pyvm::jit
