// The recorder's call handling: LOAD_METHOD of a Python method, PRECALL,
// CALL of a Python function (followed into the callee: inlining), RETURN_VALUE
// of an inlined callee, and the multi-frame snapshot entries (see
// jit/recorder.h and jit/inline_frames.h).
#include <algorithm>

#include "jit/layout.h"
#include "jit/recorder.h"
#include "runtime/code.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/inline_cache.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/inline_cache.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

constexpr size_t kMaxInlineDepth = 8;
// How many activations of one code object the inlined frame chain (the root
// frame included) may hold before a call into it aborts the recording.
constexpr int kMaxRecursiveInline = 2;
constexpr size_t kMaxInlineFrames = 256;

constexpr uint32_t kUninlinableFlags = runtime::kCoGenerator | runtime::kCoCoroutine |
                                       runtime::kCoIterableCoroutine | runtime::kCoAsyncGenerator |
                                       runtime::kCoVarArgs | runtime::kCoVarKeywords;

bool has_type(Value v, runtime::Type* t) { return v.is_object() && v.object()->type == t; }

}  // namespace

std::vector<SnapEntry> Recorder::snapshot_entries(int32_t depth) {
  std::vector<SnapEntry> entries;
  auto add_region = [&](int32_t base, int32_t count) {
    for (int32_t s = 0; s < count; ++s) {
      Ref r = slots_[static_cast<size_t>(base + s)];
      if (r == kNoRef) continue;
      const Ins& ins = ir()[r];
      // Unchanged since the trace was entered (only root slots are loaded).
      if (base == 0 && ins.op == IrOp::SLOAD && ins.imm == s) continue;
      entries.push_back(SnapEntry{static_cast<uint32_t>(base + s), r});
    }
  };
  for (const CallerState& c : callers_) add_region(c.base, c.nlocals + c.depth);
  add_region(base_, nlocals_ + depth);
  return entries;
}

// The interpreter pushed the frame of the call the recorder just followed.
bool Recorder::enter_callee(vm::Frame* frame) {
  if (frame_ != nullptr || !inlined()) return false;
  const InlineFrame& f = trace_->inline_frames[static_cast<size_t>(inline_frame_)];
  if (frame->previous != callers_.back().frame || frame->code != code_ ||
      frame->function != f.function) {
    return false;
  }
  frame_ = frame;
  return true;
}

bool Recorder::rec_load_method(uint32_t) {
  Ref owner = top(1);
  Value o = actual_top(1);
  runtime::InlineCache* c = code_->caches == nullptr ? nullptr : &code_->caches[unit_];
  if (c == nullptr || !o.is_object() || !vm::instance_guard(c, o.object())) {
    return fail(AbortReason::kUnsupportedAttribute);
  }
  if (c->kind == runtime::CacheKind::kMethod) {
    // A Python function found on the class: the type version fixes it.
    guard_instance_layout(owner, c);
    set_top(1, ir().kval(c->value.raw()));
    push(owner);
    return true;
  }
  if (c->kind == runtime::CacheKind::kSlot) {
    guard_instance_layout(owner, c);
    Ref slots = emit(IrOp::FLOAD, IrType::kPtr, owner, kNoRef, layout::kInstanceSlots);
    Ref v = emit(IrOp::ALOAD, IrType::kVal, slots, ir().kint(c->index));
    guard(IrOp::GUARD_TRUE, emit(IrOp::NE, IrType::kBool, v, ir().kval(0)));
    set_top(1, ir().kval(0));
    push(v);
    return true;
  }
  return fail(AbortReason::kUnsupportedAttribute);
}

bool Recorder::rec_precall(uint32_t oparg) {
  auto n = static_cast<int32_t>(oparg);
  // A bound method object is unpacked here by the interpreter: not followed.
  if (actual_top(n + 2).is_null() && has_type(actual_top(n + 1), vm_.types().method)) {
    return fail(AbortReason::kUnsupportedCall);
  }
  return true;
}

bool Recorder::rec_call(uint32_t oparg) {
  if (frame_->kwnames != nullptr) return fail(AbortReason::kUnsupportedCall);
  auto n = static_cast<int32_t>(oparg);
  Ref head = top(n + 2);
  // The NULL or self slot comes from PUSH_NULL, LOAD_GLOBAL or LOAD_METHOD:
  // a constant, so whether it is null is fixed.
  if (!ir().is_const(head)) return fail(AbortReason::kUnsupportedCall);
  bool has_self = ir().const_bits(head) != 0;
  Value callable = has_self ? actual_top(n + 2) : actual_top(n + 1);
  Ref callable_ref = has_self ? head : top(n + 1);
  std::vector<Ref> args;
  for (int32_t k = has_self ? n + 1 : n; k >= 1; --k) args.push_back(top(k));
  const Value* actual_args = sp_ - args.size();
  int32_t call_depth = depth_ - n - 2;
  if (has_type(callable, vm_.types().function)) {
    return rec_inline_call(callable.as<runtime::Function>(), callable_ref, args, call_depth);
  }
  return rec_builtin_call(callable, callable_ref, args, actual_args);
}

bool Recorder::rec_inline_call(runtime::Function* f, Ref callable, const std::vector<Ref>& args,
                               int32_t call_depth) {
  runtime::Code* code = f->code;
  auto nargs = static_cast<int32_t>(args.size());
  int32_t ndefaults = f->defaults == nullptr ? 0 : static_cast<int32_t>(f->defaults->length);
  if ((code->flags & kUninlinableFlags) != 0 || code->kwonlyargcount > 0 || code->ncells > 0 ||
      code->nfree > 0 || nargs > code->argcount || nargs + ndefaults < code->argcount) {
    return fail(AbortReason::kUnsupportedCallee);
  }
  if (callers_.size() >= kMaxInlineDepth) return fail(AbortReason::kInlineTooDeep);
  int activations = code_ == code ? 1 : 0;
  for (const CallerState& c : callers_) activations += c.code == code ? 1 : 0;
  if (activations >= kMaxRecursiveInline) return fail(AbortReason::kRecursiveCall);
  if (trace_->inline_frames.size() >= kMaxInlineFrames) return fail(AbortReason::kTraceTooLong);

  // The callee's identity (and with it its code and defaults).
  Ref fn = ir().kval(Value::from_object(f).raw());
  if (!ir().is_const(callable)) {
    guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, to_val(callable), fn));
  } else if (callable != fn) {
    return fail(AbortReason::kUnsupportedCall);
  }

  pop(depth_ - call_depth);
  InlineFrame frame;
  frame.function = f;
  frame.parent = inline_frame_;
  frame.base = base_ + nlocals_ + code_->stacksize;
  frame.call_unit = unit_;
  frame.return_unit = next_unit_;
  frame.caller_depth = depth_;
  frame.depth_in_trace = static_cast<int32_t>(callers_.size()) + 1;
  callers_.push_back(CallerState{frame_, code_, nlocals_, depth_, base_, inline_frame_});
  trace_->inline_frames.push_back(frame);
  trace_->max_inline_depth = std::max(trace_->max_inline_depth, frame.depth_in_trace);

  inline_frame_ = static_cast<int32_t>(trace_->inline_frames.size() - 1);
  frame_ = nullptr;  // set when the interpreter has pushed it (enter_callee)
  code_ = code;
  nlocals_ = code->nlocalsplus;
  depth_ = 0;
  base_ = frame.base;
  snap_unit_ = -1;
  auto end = static_cast<size_t>(base_ + nlocals_ + code->stacksize + 1);
  if (slots_.size() < end) slots_.resize(end, kNoRef);
  std::fill(slots_.begin() + base_, slots_.begin() + static_cast<std::ptrdiff_t>(end), kNoRef);
  for (int32_t i = 0; i < nargs; ++i) slot_ref(i) = args[static_cast<size_t>(i)];
  for (int32_t i = nargs; i < code->argcount; ++i) {
    Value d = f->defaults->at(i - (code->argcount - ndefaults));
    Ref r;
    if (d.is_small_int()) {
      r = ir().kint(d.small_int());
    } else if (d.is_object() && d.object()->type == vm_.types().float_) {
      r = ir().knum(runtime::float_value(d));
    } else {
      r = ir().kval(d.raw());
    }
    slot_ref(i) = r;
  }
  if (options_.dump) {
    trace_->recorded += "---- inline " + runtime::str_to_utf8(f->qualname) + " (depth " +
                        std::to_string(frame.depth_in_trace) + ")\n";
  }
  return true;
}

bool Recorder::rec_return_value(uint32_t) {
  if (!inlined()) return fail(AbortReason::kLeftFrame);
  Ref result = top(1);
  for (int32_t s = 0; s < nlocals_ + code_->stacksize; ++s) slot_ref(s) = kNoRef;
  CallerState c = callers_.back();
  callers_.pop_back();
  frame_ = c.frame;
  code_ = c.code;
  nlocals_ = c.nlocals;
  depth_ = c.depth;
  base_ = c.base;
  inline_frame_ = c.inline_frame;
  snap_unit_ = -1;
  push(result);
  if (options_.dump) trace_->recorded += "---- return\n";
  return true;
}

bool Recorder::rec_builtin_call(Value, Ref, const std::vector<Ref>&, const Value*) {
  return fail(AbortReason::kUnsupportedCall);
}

}  // namespace pyvm::jit
