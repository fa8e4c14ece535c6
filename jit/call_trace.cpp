// Calls of compiled functions and the runtime half of function traces (see
// jit/call_trace.h).
#include "jit/call_trace.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "jit/deopt.h"
#include "jit/residual.h"
#include "runtime/code.h"
#include "runtime/function.h"
#include "vm/call.h"
#include "vm/interpreter.h"
#include "vm/interpreter_support.h"
#include "vm/opcodes.h"
#include "vm/vm.h"

namespace pyvm::jit {

namespace {

// Compiled calls active on this thread's C++ stack, and whether the last one
// refused to nest deeper.
thread_local int g_nesting = 0;
thread_local uintptr_t g_deepest_call_sp = UINTPTR_MAX;
thread_local bool g_refused = false;

// The exit buffers of call_compiled's fast path: small, because each
// nested compiled call has its own on the native stack (two buffers of
// kFunctionExitWords, 4 KB apart per nesting, cost a fifth of fib's time in
// cache misses). Traces whose exits store more go through the dispatcher.
constexpr int32_t kFastExitWords = kFastCallExitWords;

bool g_stress_exits = false;

// The side trace that inherits the values of `t`'s exit `exit` and may run
// now in the callee's frame, else null: not after a compiled call that
// raised or refused to nest (the dispatcher handles those), not at the
// trace's return, not with pending work.
[[gnu::always_inline]] inline Trace* inheriting_side(vm::VM& vm, const Trace& t, uint32_t exit) {
  if (static_cast<int32_t>(exit) == t.loop_exit) return nullptr;
  Trace* side = t.side.exit_side[exit];
  if (side == nullptr || !side->side.inherits || t.snapshots[exit].frame >= 0 ||
      side->max_exit_words > kFastExitWords || vm.has_exception() || g_refused ||
      vm.has_pending_work()) {
    return nullptr;
  }
  return side;
}

// The callee finishes in the interpreter after `action` (a nested activation
// whose entry frame is `frame`).
[[gnu::noinline]] Value run_interpreted(vm::VM& vm, vm::Frame* frame, BackedgeAction action) {
  frame->is_entry = 1;
  vm::Frame* top = vm.frames().top();
  if (action == BackedgeAction::kResumedRaise) {
    vm::add_traceback_entry(vm, top);
    return vm::execute(vm, top, true, true);
  }
  if (action == BackedgeAction::kResumedRecord) start_recording_activation(vm);
  return vm::execute(vm, top);
}

// After the fast path's trace `t` exited at `exit` other than its return:
// the dispatcher goes on from there, with an exit buffer of its size.
[[gnu::noinline]] Value finish_callee(vm::VM& vm, Trace& t, vm::Frame* frame, uint32_t exit,
                                      const uint64_t* fast_values) {
  uint64_t exit_values[kFunctionExitWords];
  for (int32_t k = 0; k < kFastExitWords; ++k) exit_values[k] = fast_values[k];
  Value result;
  BackedgeAction action = function_trace_exit(vm, t, frame, exit, exit_values, &result);
  if (action != BackedgeAction::kReturned) return run_interpreted(vm, frame, action);
  vm.frames().pop(frame);
  return result;
}

// The callee when the fast path does not apply: the dispatcher runs its
// function trace (when it has one that fits), else the interpreter.
[[gnu::noinline]] Value run_callee_slow(vm::VM& vm, HotLoop& entry, vm::Frame* frame) {
  BackedgeAction action = BackedgeAction::kContinue;
  Trace* t = entry.trace;
  if (t != nullptr && !vm.has_pending_work() && !function_trace_unprofitable(*t)) {
    Value result;
    action = run_function_trace(vm, entry, frame, &result);
    if (action == BackedgeAction::kReturned) {
      vm.frames().pop(frame);
      return result;
    }
  }
  return run_interpreted(vm, frame, action);
}

// The general binding (which may allocate and raise) from a copy of the
// arguments on this native stack, where the collector finds them.
[[gnu::noinline]] vm::Frame* push_general(vm::VM& vm, runtime::Function* function,
                                          const uint64_t* args, size_t nargs) {
  uint64_t copy[kMaxResidualArgs];
  for (size_t i = 0; i < nargs; ++i) copy[i] = args[i];
  return vm::push_function_frame(
      vm, function, runtime::CallArgs{reinterpret_cast<const Value*>(copy), nargs, nullptr});
}

// After the function trace `t` ran in `frame` and exited at `exit` with its
// values in `exit_values` (kFastExitWords words; `spare` is a second buffer
// of that size): the side traces that inherit its exits' values, then the
// callee's return, or the dispatcher from the last exit. Pops `frame` when
// the callee returned.
[[gnu::always_inline]] inline Value after_entry(vm::VM& vm, Trace* t, vm::Frame* frame,
                                                uint32_t exit, uint64_t* exit_values,
                                                uint64_t* spare) {
  Value* slots = frame->localsplus();
  while (Trace* side = inheriting_side(vm, *t, exit)) {
    ++t->exit_counts[exit];
    const uint64_t* inherited = exit_values;
    std::swap(exit_values, spare);
    t = side;
    ++t->entries;
    exit = t->entry(slots, exit_values, inherited);
  }
  if (g_stress_exits) rearm_stress(vm);
  if (static_cast<int32_t>(exit) != t->loop_exit || t->return_entry < 0 ||
      vm.suspended_cleanup_generators != 0) [[unlikely]] {
    return finish_callee(vm, *t, frame, exit, exit_values);
  }
  vm.frames().pop(frame);
  if (t->return_type == IrType::kInt && !t->return_is_const) [[likely]] {
    auto bits = static_cast<int64_t>(exit_values[t->return_entry]);
    if (Value::fits_small_int(bits)) return Value::from_small_int(bits);
  }
  return function_result(vm, *t, exit_values);
}

// Whether calling traces may run the function trace `t` in machine code
// (jit/x64/backend_x64.cpp) for calls of `function`: what run_callee checks
// before its fast path, and a result the machine code boxes itself (an int)
// or takes as it is (a tagged value).
void note_fast_callee(Trace& t, const vm::Frame* frame) {
  bool boxes = t.return_type == IrType::kInt || t.return_type == IrType::kVal;
  if (t.return_entry >= 0 && boxes && !t.return_is_const && t.function_entry) {
    t.call_fast_function = Value::from_object(frame->function).raw();
  }
}

// Whether the machine code of compiled calls may run the side trace that
// inherits the values of root `t`'s exit `exit` itself: it fits as a fast
// callee does, and no instruction that calls out (and could leave an
// exception pending or a refused call) exits to that snapshot.
void note_fast_side(vm::VM& vm, Trace& t, uint32_t exit) {
  Trace* side = inheriting_side(vm, t, exit);
  if (side == nullptr || side->return_entry < 0 || side->return_is_const ||
      side->max_inline_depth != 0 ||
      (side->return_type != IrType::kInt && side->return_type != IrType::kVal)) {
    return;
  }
  for (Ref r = 1; r < t.ir.size(); ++r) {
    const Ins& ins = t.ir[r];
    if (ins.snap == exit && ir_has(ins.op, kStore)) return;
  }
  t.call_fast_side_count = &t.exit_counts[exit];
  t.call_fast_side_exit = static_cast<int32_t>(exit);
  t.call_fast_side = side;
}

// Runs the callee in `frame` (pushed, arguments bound) to its return. The
// fast path: its function trace runs to its return without the dispatcher,
// through the side traces that inherit its exits' values.
[[gnu::always_inline]] inline Value run_callee(vm::VM& vm, HotLoop& entry, vm::Frame* frame) {
  Trace* t = entry.trace;
  if (t == nullptr || vm.has_pending_work() || function_trace_unprofitable(*t) ||
      t->globals != frame->globals || t->builtins != frame->builtins || t->max_inline_depth != 0 ||
      t->max_exit_words > kFastExitWords) {
    return run_callee_slow(vm, entry, frame);
  }
  if (t->call_fast_function == 0) [[unlikely]]
    note_fast_callee(*t, frame);
  uint64_t buffers[2][kFastExitWords];
  ++t->entries;
  uint32_t exit = t->entry(frame->localsplus(), buffers[0], nullptr);
  return after_entry(vm, t, frame, exit, buffers[0], buffers[1]);
}

}  // namespace

uint64_t call_compiled(vm::VM* vm, const uint64_t* args, int64_t n) {
  int nesting = g_nesting;
  if (nesting >= kMaxCompiledNesting) [[unlikely]] {
    g_refused = true;
    return 0;
  }
  // `args` may be the residual argument buffer, which the next compiled call
  // reuses: everything is read from it before any allocation or call.
  auto* entry = reinterpret_cast<HotLoop*>(args[0]);
  auto* function = Value::from_raw(args[2]).as<runtime::Function>();
  auto nflush = static_cast<int64_t>(args[3]);
  // The caller (the trace's frame) is at the CALL while the callee runs, its
  // locals as the interpreter would have them (the frame stack is a root:
  // no write barrier).
  vm::Frame* caller = vm->frames().top();
  caller->current_unit = static_cast<int32_t>(args[1]);
  const uint64_t* call_args = args + 4;
  if (nflush != 0) [[unlikely]] {
    for (int64_t k = 0; k < nflush; ++k) {
      caller->localsplus()[args[4 + 2 * k]] = Value::from_raw(args[5 + 2 * k]);
    }
    call_args += 2 * nflush;
  }
  auto nargs = static_cast<size_t>(args + n - call_args);
  vm::Frame* frame =
      vm::push_positional_frame(*vm, function, reinterpret_cast<const Value*>(call_args), nargs);
  if (frame == nullptr) [[unlikely]] {
    frame = push_general(*vm, function, call_args, nargs);
    if (frame == nullptr) return 0;  // RecursionError or a binding error pending
  }
  g_nesting = nesting + 1;
  Value result = run_callee(*vm, *entry, frame);
  g_nesting = nesting;
  return result.raw();
}

uint64_t call_compiled_finish(vm::VM* vm, Trace* root, Trace* trace, vm::Frame* frame,
                              uint32_t exit, uint64_t* exit_values) {
  if (trace == root && root->call_fast_side == nullptr) note_fast_side(*vm, *root, exit);
  uint64_t spare[kFastExitWords];
  int nesting = g_nesting;
  g_nesting = nesting + 1;
  Value result = after_entry(*vm, trace, frame, exit, exit_values, spare);
  g_nesting = nesting;
  if (function_trace_unprofitable(*root)) root->call_fast_function = 0;
  return result.raw();
}

int* compiled_nesting_address() { return &g_nesting; }

uintptr_t* deepest_call_sp_address() { return &g_deepest_call_sp; }

void note_stress_exits() { g_stress_exits = true; }

bool function_side_may_inherit(const Trace& parent, uint32_t exit) {
  const Snapshot& snap = parent.snapshots[exit];
  const SnapEntry* entries = parent.snapshots.entries(snap);
  for (uint32_t k = 0; k < snap.count; ++k) {
    if (static_cast<int32_t>(entries[k].slot) < parent.nlocals) return false;
  }
  return true;
}

uint64_t call_compiled_direct(vm::VM* vm, int64_t /*index*/, int64_t n) {
  return call_compiled(vm, residual_arg_buffer(), n);
}

bool take_call_refused() {
  bool refused = g_refused;
  g_refused = false;
  return refused;
}

bool function_trace_eligible(const vm::Frame* frame) {
  const runtime::Code* code = frame->code;
  constexpr uint32_t kNotPlain = runtime::kCoGenerator | runtime::kCoCoroutine |
                                 runtime::kCoIterableCoroutine | runtime::kCoAsyncGenerator;
  if (frame->function == nullptr || frame->generator != nullptr ||
      !frame->locals_mapping.is_null() || (code->flags & kNotPlain) != 0) {
    return false;
  }
  if (code->unit_count() == 0 || (code->instructions()[0] & 0xff) != vm::RESUME) return false;
  return backward_jumps(code) == 0;
}

int backward_jumps(const runtime::Code* code) {
  const uint16_t* units = code->instructions();
  auto length = static_cast<int32_t>(code->unit_count());
  int count = 0;
  for (int32_t u = 0; u < length; u += 1 + vm::kCacheUnitTable[units[u] & 0xff]) {
    if (vm::opcode_info(static_cast<uint8_t>(units[u] & 0xff)).jump == vm::JumpKind::kBackward) {
      ++count;
    }
  }
  return count;
}

int loop_headers(const runtime::Code* code) {
  const uint16_t* units = code->instructions();
  auto length = static_cast<int32_t>(code->unit_count());
  std::vector<int32_t> targets;
  uint32_t extended = 0;
  for (int32_t u = 0; u < length; u += 1 + vm::kCacheUnitTable[units[u] & 0xff]) {
    auto opcode = static_cast<uint8_t>(units[u] & 0xff);
    uint32_t oparg = extended | (units[u] >> 8);
    extended = opcode == vm::EXTENDED_ARG ? oparg << 8 : 0;
    if (vm::opcode_info(opcode).jump != vm::JumpKind::kBackward) continue;
    int32_t next = u + 1 + vm::kCacheUnitTable[opcode];
    int32_t target = next - static_cast<int32_t>(oparg);
    if (std::find(targets.begin(), targets.end(), target) == targets.end())
      targets.push_back(target);
  }
  return static_cast<int>(targets.size());
}

void raise_at_call(vm::VM& vm) {
  vm::Frame* frame = vm.frames().top();
  const uint16_t* first = frame->first_instruction();
  int32_t unit = frame->current_unit;
  uint32_t oparg = 0;
  while ((first[unit] & 0xff) == vm::EXTENDED_ARG) {
    oparg = (oparg | (first[unit] >> 8)) << 8;
    ++unit;
  }
  oparg |= first[unit] >> 8;
  frame->sp -= oparg + 2;
  frame->current_unit = unit;
  frame->pc = first + unit + 1 + vm::kCacheUnitTable[vm::CALL];
}

int32_t exit_words(const Trace& trace) {
  int32_t most = 0;
  for (size_t s = 0; s < trace.snapshots.size(); ++s) {
    auto words = static_cast<int32_t>(trace.snapshots[static_cast<uint16_t>(s)].count);
    if (s < trace.sunk_extras.size()) words += static_cast<int32_t>(trace.sunk_extras[s].size());
    if (words > most) most = words;
  }
  return most;
}

int32_t return_entry(const Trace& trace) {
  if (!trace.ends_at_return || trace.loop_exit < 0) return -1;
  const Snapshot& snap = trace.snapshots[static_cast<uint16_t>(trace.loop_exit)];
  const SnapEntry* entries = trace.snapshots.entries(snap);
  for (uint32_t k = 0; k < snap.count; ++k) {
    if (static_cast<int32_t>(entries[k].slot) != trace.nlocals) continue;
    // A sunk object is materialised by the restorer only.
    return trace.ir[entries[k].ref].op == IrOp::SUNKINST ? -1 : static_cast<int32_t>(k);
  }
  return -1;
}

Value function_result(vm::VM& vm, const Trace& trace, const uint64_t* exit_values) {
  uint64_t bits = trace.return_is_const ? trace.return_const_bits : exit_values[trace.return_entry];
  if (trace.return_type == IrType::kInt && Value::fits_small_int(static_cast<int64_t>(bits))) {
    return Value::from_small_int(static_cast<int64_t>(bits));
  }
  return box_value(vm, trace.return_type, bits);
}

void resume_at_return(vm::VM& vm, const Trace& trace, vm::Frame* frame, uint32_t exit,
                      const uint64_t* exit_values) {
  Value r = function_result(vm, trace, exit_values);
  int32_t pc = trace.snapshots[static_cast<uint16_t>(exit)].pc;
  frame->stack_base()[0] = r;
  frame->sp = frame->stack_base() + 1;
  frame->pc = frame->first_instruction() + pc;
  frame->current_unit = pc;
}

}  // namespace pyvm::jit
