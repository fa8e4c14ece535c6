// Generator frames on the VM stack: pushing a generator's saved frame,
// saving it back at a yield, and resuming it in place from FOR_ITER or SEND.
//
// A generator keeps its locals and value stack in the Generator object while
// suspended (runtime/generator.h). To resume, its frame is pushed on the VM
// stack and the saved values are copied in; at a yield they are copied back.
// Native callers (next(), send(), throw(), sum(gen)...) run that frame as an
// entry frame in a nested `execute` (resume_generator_frame). FOR_ITER and
// SEND over a generator instead push it as an ordinary frame and keep
// dispatching, like a call: YIELD_VALUE pushes the value onto the resuming
// frame's stack, RETURN_VALUE ends the loop (or gives `yield from` its
// result), and an exception unwinds into the resuming instruction.
//
// Invariants:
//   - An in-place generator frame has is_entry == 0 and frame->generator set;
//     the frame below it is suspended at the FOR_ITER or SEND that resumed it
//     (its current_unit), whose oparg fits in one byte.
//   - While an in-place frame runs, gen->handled_exception and
//     gen->resumer_outer_handled hold the resumer's handled and outer handled
//     exceptions (vm.handled_exception() is the generator's own, and
//     vm.outer_handled_exception() the resumer's topmost one);
//     leave_generator_in_place swaps them back.
#pragma once

#include <cstdint>

#include "gc/heap.h"
#include "runtime/bytes.h"
#include "runtime/code.h"
#include "runtime/exceptions.h"
#include "runtime/generator.h"
#include "runtime/generator_drop.h"
#include "vm/frame.h"
#include "vm/recursion_guard.h"
#include "vm/vm.h"

namespace pyvm::vm {

// Pushes the frame of generator `gen` (created or suspended) with its saved
// locals and value stack, then `sent` when `push_sent`; it resumes at the
// generator's resume_unit. The caller sets is_entry and the generator's
// state. Returns nullptr with RecursionError pending when too deep.
[[gnu::always_inline]] inline Frame* push_generator_frame(VM& vm, runtime::Generator* gen,
                                                          Value sent, bool push_sent) {
  FrameStack& frames = vm.frames();
  Frame* frame = nullptr;
  runtime::Code* code = gen->code;
  if (frames.depth() + vm.native_depth() < vm.recursion_limit() && !native_stack_exhausted(vm)) {
    frame = frames.push_saved(code, gen->globals, gen->builtins, gen->values(),
                              code->nlocalsplus + gen->depth);
  }
  if (frame == nullptr) [[unlikely]] {
    runtime::raise(vm, vm.types().recursion_error, "maximum recursion depth exceeded");
    return nullptr;
  }
  frame->function = gen->function;
  frame->generator = gen;
  // After a JIT exit inside the body (jit/inline_generators.cpp) the saved
  // state stops mid-body, not at a yield: no sent value is pushed.
  if (push_sent && gen->resume_in_body == 0) *frame->sp++ = sent;
  gen->resume_in_body = 0;
  frame->pc = code->instructions() + gen->resume_unit;
  frame->current_unit = static_cast<int32_t>(gen->yield_unit);
  return frame;
}

// FOR_ITER or SEND resumes `gen` in place with `sent` pushed: the new top
// frame, or nullptr with an exception pending.
[[gnu::always_inline]] inline Frame* resume_generator_in_place(VM& vm, runtime::Generator* gen,
                                                               Value sent) {
  Frame* frame = push_generator_frame(vm, gen, sent, true);
  if (frame == nullptr) [[unlikely]] {
    // As a resumption from native code that fails: the generator is finished.
    if (gen->cleanup_pending != 0) runtime::generator_note_resuming(vm, gen);
    gen->state = runtime::GeneratorState::kFinished;
    return nullptr;
  }
  Value own = gen->handled_exception;
  vm.store(gen, &gen->handled_exception, vm.handled_exception());
  vm.store(gen, &gen->resumer_outer_handled, vm.outer_handled_exception());
  vm.set_outer_handled_exception(vm.topmost_handled_exception());
  vm.set_handled_exception(own.is_null() ? vm.none() : own);
  if (gen->cleanup_pending != 0) [[unlikely]] {
    runtime::generator_note_resuming(vm, gen);
  }
  gen->state = runtime::GeneratorState::kRunning;
  return frame;
}

// YIELD_VALUE: saves `frame` (stopped at the yield at `yield_unit`, resuming
// at `resume_unit`, its sp exact) into its generator.
[[gnu::always_inline]] inline void save_generator_frame(VM& vm, Frame* frame, int64_t resume_unit,
                                                        int32_t yield_unit) {
  runtime::Generator* gen = frame->generator;
  int32_t nlocals = frame->code->nlocalsplus;
  const Value* from = frame->localsplus();
  int64_t count = frame->sp - from;
  Value* saved = gen->values();
  for (int64_t i = 0; i < count; ++i) saved[i] = from[i];
  // The values were copied in bulk: an old generator is remembered whole.
  vm.heap().remember_if_old(gen);
  gen->depth = count - nlocals;
  gen->resume_unit = resume_unit;
  gen->yield_unit = yield_unit;
  gen->state = runtime::GeneratorState::kSuspended;
}

// Whether a suspension of `gen` must go through generator_note_suspended:
// its code has exception handlers, or the top of its saved stack is a
// generator that is itself cleanup pending.
[[gnu::always_inline]] inline bool generator_suspension_needs_note(VM& vm,
                                                                   runtime::Generator* gen) {
  const runtime::Bytes* table = gen->code->exceptiontable;
  if (table != nullptr && table->length != 0) return true;
  if (gen->depth == 0) return false;
  Value top = gen->values()[gen->code->nlocalsplus + gen->depth - 1];
  return top.is_object() && top.object()->type == vm.types().generator &&
         top.as<runtime::Generator>()->cleanup_pending != 0;
}

// The in-place frame of `gen` yielded (`suspended`), returned or raised:
// restores the resumer's handled exception.
[[gnu::always_inline]] inline void leave_generator_in_place(VM& vm, runtime::Generator* gen,
                                                            bool suspended) {
  Value own = vm.handled_exception();
  vm.set_handled_exception(gen->handled_exception);
  vm.set_outer_handled_exception(gen->resumer_outer_handled);
  vm.store(gen, &gen->handled_exception, own);
  vm.store(gen, &gen->resumer_outer_handled, Value::null());
  if (suspended && generator_suspension_needs_note(vm, gen)) {
    runtime::generator_note_suspended(vm, gen);
  }
}

}  // namespace pyvm::vm
