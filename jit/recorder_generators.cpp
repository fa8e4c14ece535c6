// The recorder's generators: FOR_ITER over a generator object is followed
// into the generator's body from its saved instruction up to the next
// YIELD_VALUE, whose value becomes the loop variable (see jit/recorder.h and
// jit/inline_frames.h).
//
// The trace guards the generator's type, code, state, resume point and
// saved stack depth; the body reads the generator's saved values lazily
// (loads from the object) and keeps them in SSA values; at the yield it
// writes the values it changed, the resume point and the depth back into
// the object (GEN_STORE with the write barrier, FSTORE for the integers), as
// the interpreter's suspension would. No frame exists in compiled code; an
// exit inside the body saves the frame into the generator object and resumes
// the caller at the FOR_ITER (jit/inline_generators.cpp).
#include <algorithm>
#include <cstddef>

#include "jit/recorder.h"
#include "runtime/code.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/yield_consumer.h"
#include "vm/opcodes.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr int32_t kGenCode = offsetof(runtime::Generator, code);
constexpr int32_t kGenState = offsetof(runtime::Generator, state);
constexpr int32_t kGenResumeUnit = offsetof(runtime::Generator, resume_unit);
constexpr int32_t kGenYieldUnit = offsetof(runtime::Generator, yield_unit);
constexpr int32_t kGenDepth = offsetof(runtime::Generator, depth);
constexpr int32_t kGenResumeInBody = offsetof(runtime::Generator, resume_in_body);
#pragma GCC diagnostic pop

constexpr size_t kMaxGeneratorDepth = 8;
constexpr std::ptrdiff_t kMaxGeneratorBackJumps = 2;

int32_t value_offset(int32_t s) { return static_cast<int32_t>(sizeof(runtime::Generator)) + 8 * s; }

bool has_handlers(const runtime::Code* code) {
  return code->exceptiontable != nullptr && code->exceptiontable->length > 0;
}

}  // namespace

bool Recorder::in_generator() const {
  return inlined() && trace_->inline_frames[static_cast<size_t>(inline_frame_)].generator;
}

// FOR_ITER whose iterator is a suspended generator. Only from the root frame
// or another inlined generator: an exit must be able to save every frame of
// the chain into its generator object.
bool Recorder::rec_for_generator(Ref it, Value actual) {
  return enter_generator(it, actual, kNoRef);  // None is sent
}

// `gen.send(x)` (CALL of generator.send, the method a LOAD_METHOD of an
// exact generator fixed): the generator's body is followed as for FOR_ITER,
// with `x` as the value sent; its yield replaces the call's operands with the
// yielded value. An exit inside the body runs the CALL again, which resumes
// the generator saved mid-body (no value pushed: resume_in_body).
bool Recorder::rec_generator_send(Value callable, Ref callable_ref, const std::vector<Ref>& args,
                                  const Value* actual_args) {
  Value send = runtime::type_lookup(vm_, vm_.types().generator, vm_.intern("send"));
  if (callable != send || !ir().is_const(callable_ref) || args.size() != 2 ||
      !actual_args[0].is_object() || actual_args[0].object()->type != vm_.types().generator) {
    return fail(AbortReason::kUnsupportedCall);
  }
  return enter_generator(args[0], actual_args[0], args[1]);
}

bool Recorder::enter_generator(Ref it, Value actual, Ref sent) {
  auto* gen = actual.as<runtime::Generator>();
  runtime::Code* code = gen->code;
  // Saved mid-body by an exit: followed only from a side trace's first
  // instruction, the FOR_ITER the exit resumes (jit/side_generator.h).
  bool in_body = gen->resume_in_body != 0;
  if (in_body && !(side_ && !inlined() && resume_unit_ == header_unit_ && back_targets_.empty() &&
                   sent == kNoRef)) {
    return fail(AbortReason::kUnsupportedIterator);
  }
  if ((inlined() && !in_generator()) || gen->state != runtime::GeneratorState::kSuspended ||
      gen->cleanup_pending != 0 || gen->function == nullptr || gen->function->code != code ||
      has_handlers(code) || code->ncells > 0 || code->nfree > 0) {
    return fail(AbortReason::kUnsupportedIterator);
  }
  if (callers_.size() >= kMaxGeneratorDepth) return fail(AbortReason::kInlineTooDeep);
  int activations = code_ == code ? 1 : 0;
  for (const CallerState& c : callers_) activations += c.code == code ? 1 : 0;
  if (activations > 0) return fail(AbortReason::kRecursiveCall);

  // A side trace that inherits its parent's exit inside this generator
  // runs before any restore: the object still holds its state from before
  // the parent's entry, and the parent's values are the inherited slots.
  bool inherited = in_body && generator_inherited_;
  generator_inherited_ = false;
  int32_t frame_base = base_ + nlocals_ + code_->stacksize + 1;  // one slot for the generator
  Ref g = inherited ? slots_[static_cast<size_t>(frame_base - 1)] : kNoRef;
  if (g == kNoRef) {
    inherited = false;
    g = to_val(it);
    guard_generator_state(g, gen);
  }

  InlineFrame frame;
  frame.function = gen->function;
  kobj(gen->function);  // a constant of the trace: the JIT's roots keep it
  frame.parent = inline_frame_;
  frame.base = frame_base;
  frame.call_unit = unit_;
  frame.return_unit = resume_unit_;  // the caller runs the FOR_ITER again
  frame.caller_depth = depth_;
  frame.depth_in_trace = static_cast<int32_t>(callers_.size()) + 1;
  frame.generator = true;
  frame.generator_depth = static_cast<int32_t>(gen->depth);
  frame.generator_in_body = in_body;
  callers_.push_back(CallerState{frame_, code_, nlocals_, depth_, base_, inline_frame_});
  trace_->inline_frames.push_back(frame);

  inline_frame_ = static_cast<int32_t>(trace_->inline_frames.size() - 1);
  frame_ = nullptr;  // set when the interpreter has pushed it (enter_callee)
  code_ = code;
  nlocals_ = code->nlocalsplus;
  depth_ = frame.generator_depth + (in_body ? 0 : 1);
  base_ = frame.base;
  snap_unit_ = -1;
  auto end = static_cast<size_t>(base_ + nlocals_ + code->stacksize + 1);
  if (slots_.size() < end) slots_.resize(end, kNoRef);
  if (!inherited) {
    std::fill(slots_.begin() + base_ - 1, slots_.begin() + static_cast<std::ptrdiff_t>(end),
              kNoRef);
  }
  slot_ref(-1) = g;
  if (!in_body) {
    slot_ref(nlocals_ + frame.generator_depth) =
        sent != kNoRef ? sent : ir().kval(vm_.none().raw());
  }
  if (options_.dump) {
    trace_->recorded += "---- resume generator " + runtime::str_to_utf8(gen->qualname) +
                        " (depth " + std::to_string(frame.depth_in_trace) + ")\n";
  }
  return true;
}

// The guards of a generator followed into its body: its exact type, code,
// state, resume point and saved depth.
void Recorder::guard_generator_state(Ref g, const runtime::Generator* gen) {
  guard_type(g, vm_.types().generator);
  Ref gcode = emit(IrOp::FLOADK, IrType::kVal, g, kNoRef, kGenCode);
  guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, gcode, kobj(gen->code)));
  Ref state = emit(IrOp::FLOAD, IrType::kInt, g, kNoRef, kGenState);
  guard(IrOp::GUARD_TRUE,
        emit(IrOp::EQ, IrType::kBool, state,
             ir().kint(static_cast<int64_t>(runtime::GeneratorState::kSuspended))));
  Ref resume = emit(IrOp::FLOAD, IrType::kInt, g, kNoRef, kGenResumeUnit);
  guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, resume, ir().kint(gen->resume_unit)));
  Ref depth = emit(IrOp::FLOAD, IrType::kInt, g, kNoRef, kGenDepth);
  guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, depth, ir().kint(gen->depth)));
  // Saved mid-body: only a side trace of an exit inside it sees that (every
  // other path to a trace entry resumes the generator in the interpreter
  // first, which clears the flag), so only such a trace checks it.
  if (gen->resume_in_body != 0) {
    Ref body = emit(IrOp::FLOAD, IrType::kInt, g, kNoRef, kGenResumeInBody);
    guard(IrOp::GUARD_TRUE, emit(IrOp::EQ, IrType::kBool, body, ir().kint(gen->resume_in_body)));
  }
}

// A slot of an inlined generator frame not written yet: the generator's
// saved value (a local is checked bound: a path not recorded may delete it).
Ref Recorder::generator_slot(int32_t s) {
  const InlineFrame& f = trace_->inline_frames[static_cast<size_t>(inline_frame_)];
  if (s < 0 || s >= nlocals_ + f.generator_depth) return ir().kval(0);
  Ref v = emit(IrOp::FLOAD, IrType::kVal, slot_ref(-1), kNoRef, value_offset(s));
  if (s < nlocals_) guard(IrOp::GUARD_TRUE, emit(IrOp::NE, IrType::kBool, v, ir().kval(0)));
  slot_ref(s) = v;
  return v;
}

// A backward jump inside a generator's body: its loop around the yield,
// followed at most twice per resumption (a filter skips an item without
// yielding); coming round more often is an inner loop.
bool Recorder::generator_backward(int32_t target) {
  if (!in_generator()) return fail(AbortReason::kInnerLoop);
  auto key = std::make_pair(inline_frame_, target);
  if (std::count(generator_back_targets_.begin(), generator_back_targets_.end(), key) >=
      kMaxGeneratorBackJumps) {
    return fail(AbortReason::kInnerLoop);
  }
  generator_back_targets_.push_back(key);
  return true;
}

// YIELD_VALUE in an inlined generator: the suspension is stores into the
// generator object; the value goes to the caller's FOR_ITER.
bool Recorder::rec_yield_value() {
  Ref g = slot_ref(-1);
  Ref value = top(1);
  // Box first (guards precede stores): every value the body changed, below
  // the yielded one.
  std::vector<std::pair<int32_t, Ref>> stores;
  for (int32_t s = 0; s < nlocals_ + depth_ - 1; ++s) {
    Ref r = slot_ref(s);
    if (r == kNoRef) continue;
    const Ins& ins = ir()[r];
    if (ins.op == IrOp::FLOAD && ins.a == g && ins.imm == value_offset(s)) continue;
    if (ins.type == IrType::kVal && ir().is_const(r) && ir().const_bits(r) == 0) {
      return fail(AbortReason::kUnboundLocal);
    }
    stores.emplace_back(s, to_val(r));
  }
  pop(1);
  for (const auto& [s, v] : stores) emit(IrOp::GEN_STORE, IrType::kVoid, g, v, s);
  emit(IrOp::FSTORE, IrType::kVoid, g, ir().kint(next_unit_), kGenResumeUnit);
  emit(IrOp::FSTORE, IrType::kVoid, g, ir().kint(unit_), kGenYieldUnit);
  emit(IrOp::FSTORE, IrType::kVoid, g, ir().kint(depth_), kGenDepth);
  if (trace_->inline_frames[static_cast<size_t>(inline_frame_)].generator_in_body) {
    emit(IrOp::FSTORE, IrType::kVoid, g, ir().kint(0), kGenResumeInBody);
  }

  int32_t call_unit = trace_->inline_frames[static_cast<size_t>(inline_frame_)].call_unit;
  leave_inline_frame();
  // Resumed by `send`: the yielded value is the CALL's result.
  uint16_t word = code_->instructions()[call_unit];
  if ((word & 0xff) == vm::CALL) pop(static_cast<int32_t>(word >> 8) + 2);
  push(value);
  if (options_.dump) trace_->recorded += "---- yield\n";
  return true;
}

}  // namespace pyvm::jit

namespace pyvm::jit {

// YIELD_VALUE in the loop's own frame (a loop in a generator's body that
// yields): the trace ends there with an exit that lets the interpreter
// perform the yield; the next resumption enters the trace again at the
// loop's back-edge. Only when the trace resumed a generator of its own
// (FOR_ITER over a generator): otherwise the trace saves too little to pay
// for its entry and exit.
bool Recorder::rec_root_yield() {
  if (!inlined() && rec_consumed_yield()) return true;
  if (inlined() || side_ || frame_->generator == nullptr || options_.yield_exits == 0 ||
      trace_->inline_frames.empty()) {
    return fail(AbortReason::kLeftFrame);
  }
  snap_at(resume_unit_, depth_);
  trace_->ends_at_yield = true;
  return true;
}

}  // namespace pyvm::jit

namespace pyvm::jit {

namespace {

bool is_list_iterator(vm::VM& vm, Value v) {
  return v.is_object() && v.object()->type == vm.types().list_iterator;
}

}  // namespace

// `yield from` over a list in an inlined generator body: GET_YIELD_FROM_ITER
// of an exact list (a fresh iterator, as GET_ITER), SEND of None to a list
// iterator (its next item, or its exhaustion: the loop's None result and the
// jump), JUMP_BACKWARD_NO_INTERRUPT back to the SEND (a backward jump of the
// body, counted like the loop around a yield).
int Recorder::dispatch_yield_from(uint8_t opcode, uint32_t oparg) {
  switch (opcode) {
    case vm::GET_YIELD_FROM_ITER:
      if (!in_generator()) return gen_fail(AbortReason::kUnsupportedIterator);
      return rec_get_iter() ? 1 : 0;
    case vm::SEND:
      return rec_send() ? 1 : 0;
    case vm::JUMP_BACKWARD_NO_INTERRUPT:
      if (!in_generator()) return gen_fail(AbortReason::kInnerLoop);
      return generator_backward(next_unit_ - static_cast<int32_t>(oparg)) ? 1 : 0;
    default:
      return -1;
  }
}

bool Recorder::rec_send() {
  Value receiver = actual_top(2);
  if (!in_generator() || !is_list_iterator(vm_, receiver) || actual_top(1) != vm_.none() ||
      ir()[top(2)].type != IrType::kVal) {
    return fail(AbortReason::kUnsupportedIterator);
  }
  Ref sent = top(1);
  if (!is_const_value(sent, vm_.none())) {
    guard(IrOp::GUARD_TRUE,
          emit(IrOp::EQ, IrType::kBool, to_val(sent), ir().kval(vm_.none().raw())));
  }
  auto* li = receiver.as<runtime::ListIterator>();
  snap();  // the guards below resume at the SEND with both operands
  pop(1);
  if (li->list != nullptr && li->index < li->list->length) return rec_for_list(top(1));
  // Exhausted: [iterator, None] becomes [None] (the delegate's result).
  if (!rec_for_exhausted()) return false;
  push(ir().kval(vm_.none().raw()));
  return true;
}

}  // namespace pyvm::jit

namespace pyvm::jit {

// YIELD_VALUE in the loop's own frame whose value `sum()` takes without the
// generator suspending (runtime/yield_consumer.h), as the interpreter is
// about to: the residual call `sum_yield` adds it (or declines, and the
// trace exits before the yield), and the body goes on with None sent.
bool Recorder::rec_consumed_yield() {
  const runtime::YieldConsumer* c = vm_.yield_consumer;
  Value v = actual_top(1);
  if (c == nullptr || frame_->generator == nullptr || c->gen != frame_->generator ||
      !v.is_small_int() || !Value::fits_small_int(c->total + v.small_int())) {
    return false;
  }
  residual(Residual::sum_yield, {to_val(top(1))});
  set_top(1, ir().kval(vm_.none().raw()));
  if (options_.dump) trace_->recorded += "---- yield taken by sum()\n";
  return true;
}

}  // namespace pyvm::jit
