// Function traces and calls of compiled functions (docs/jit.md, "Calls of
// compiled functions").
//
// A function called often whose body has no loop gets a trace recorded from
// its entry (after RESUME) to its RETURN_VALUE. The interpreter enters it at
// RESUME (jit::on_function_entry); a trace's call that the recorder does not
// inline (recursion) is a `call_compiled` residual call: the runtime pushes
// the callee's VM frame, runs the callee's function trace in it (or the
// interpreter, from the trace's exit or from the start), pops it and hands
// the result back to the calling trace.
//
// Invariants:
//   - Compiled calls nest on the C++ stack at most kMaxCompiledNesting deep.
//     Beyond that, call_compiled does nothing and the calling trace exits
//     before the CALL (`call_refused`), so the interpreter makes the call
//     with a pushed frame, as always: a deep recursion never overflows the
//     C++ stack, and the recursion limit counts VM frames as before.
//   - A callee that raises leaves its exception pending: the calling trace
//     exits to the snapshot at the CALL, and raise_at_call positions the
//     caller's frame at the CALL with its operands popped, so the
//     interpreter unwinds from there (the callee ran once; it is not called
//     again), adding the caller's traceback entry and nothing else.
#pragma once

#include <cstdint>

#include "jit/hotcount.h"
#include "jit/jit.h"
#include "jit/trace.h"
#include "vm/frame.h"

namespace pyvm::jit {

inline constexpr int kMaxCompiledNesting = 100;
// Threshold periods of calls before a function trace is recorded (then one
// more: the function is entered 2 * threshold times first, the loop
// back-edge 1 * threshold times).
inline constexpr uint16_t kFunctionPeriods = 1;
// Exit buffer of the function-trace dispatcher: traces whose exits store
// more words are not run there.
inline constexpr int32_t kFunctionExitWords = 256;

// A function trace whose calls leave to the interpreter too often (a
// quarter of at least kProfitCalls) costs more than it saves: the JIT drops
// it (the function is blacklisted; compiled calls then run the interpreter).
inline constexpr uint64_t kProfitCalls = 1000;
[[nodiscard]] inline bool function_trace_unprofitable(const Trace& t) {
  return t.entries >= kProfitCalls && t.interpreter_exits * 4 >= t.entries;
}

// The residual helper (jit/residual.h): args = the callee's function entry
// (a HotLoop*), the CALL's unit, the function, then its arguments.
uint64_t call_compiled(vm::VM* vm, const uint64_t* args, int64_t n);

// call_compiled with the residual argument buffer, as residual_call would
// call it: compiled code calls this one directly (jit/x64/backend_x64.cpp).
uint64_t call_compiled_direct(vm::VM* vm, int64_t index, int64_t n);

// Calls of compiled functions in machine code: a calling trace pushes the
// callee's frame itself and runs the callee's function trace when that
// trace's `call_fast_function` is the function called (set here once
// call_compiled found the trace fit: no inlined frames, exits of at most
// kFastExitWords words, an int or tagged result); it calls this one when the callee's
// trace exited anywhere but at a return whose result fits a small int:
// the inheriting side traces, the dispatcher or the interpreter finish the
// call as in call_compiled (the frame popped; 0 with an exception pending).
// `trace` is the trace that exited: the root, or the side trace the machine
// code ran after the root's exit `root->call_fast_side_exit` (set here once
// that exit's inheriting side trace ran and fit as the root does, at an
// exit no runtime call shares, so no exception or refusal can be pending).
uint64_t call_compiled_finish(vm::VM* vm, Trace* root, Trace* trace, vm::Frame* frame,
                              uint32_t exit, uint64_t* exit_values);
// This thread's count of nested compiled calls (kMaxCompiledNesting), which
// the machine code checks and updates too.
[[nodiscard]] int* compiled_nesting_address();
// The lowest stack pointer at which machine code entered a compiled call
// since the outermost one began (UINTPTR_MAX: none), which the machine code
// updates and, when the outermost call returns, resets after zeroing the
// native stack down to it (jit/x64/backend_x64_calls.cpp).
[[nodiscard]] uintptr_t* deepest_call_sp_address();
// How far below that stack pointer the zeroing reaches: the callee's frame
// and the frames of the runtime functions it calls.
inline constexpr uintptr_t kCallScrubMarginBytes = 2048;
// The exit buffer of one compiled call (on the calling trace's stack).
inline constexpr int32_t kFastCallExitWords = 24;

// Whether the last compiled call refused to nest deeper (cleared here).
[[nodiscard]] bool take_call_refused();

// Whether `frame` (at its RESUME) may get a function trace: a plain
// function whose code starts with RESUME and has no backward jump.
[[nodiscard]] bool function_trace_eligible(const vm::Frame* frame);
// The backward jumps in `code`'s instructions: one per loop (a `continue`
// adds one).
[[nodiscard]] int backward_jumps(const runtime::Code* code);
// The distinct targets of its backward jumps: its loops (an `if` ending a
// loop body jumps back to the header too, a second backward jump).
[[nodiscard]] int loop_headers(const runtime::Code* code);

// After an exit at a compiled call that raised: the top frame resumes at
// the CALL with the call's operands popped and the exception pending.
void raise_at_call(vm::VM& vm);

// The most words one exit of `trace` stores (its snapshots' entries and the
// fields of sunk objects).
[[nodiscard]] int32_t exit_words(const Trace& trace);

// The entry of a function trace's final snapshot that holds the result (its
// stack top), or -1 (not a trace that ends at a return).
[[nodiscard]] int32_t return_entry(const Trace& trace);
// The value a function trace's final exit returns (return_entry >= 0).
[[nodiscard]] Value function_result(vm::VM& vm, const Trace& trace, const uint64_t* exit_values);

// After the final exit `exit` of a trace that ends at its frame's return
// (return_entry >= 0), with no finalizers of cleaned-up generators waiting:
// `frame` stands at the RETURN_VALUE with the result alone on its stack. The
// RETURN_VALUE reads nothing else, so the locals are not restored.
void resume_at_return(vm::VM& vm, const Trace& trace, vm::Frame* frame, uint32_t exit,
                      const uint64_t* exit_values);

// Whether a side trace of function trace `parent` at `exit` may inherit the
// exit's values (jit/side_inherit.cpp): only when the exit leaves the
// frame's locals as the trace found them (a compiled call in the side trace
// needs them in the frame, for the callee's `f_back`).
[[nodiscard]] bool function_side_may_inherit(const Trace& parent, uint32_t exit);

// Re-arms the stress-exits counter (-X jit-stress-exits) after a trace ran
// outside the dispatchers (jit/jit.cpp).
void rearm_stress(vm::VM& vm);
// A VM of this process runs with -X jit-stress-exits: compiled calls re-arm
// its counter after the traces they run.
void note_stress_exits();

// Runs the function trace of `entry` in `frame` (pushed for the callee,
// arguments bound; jit/jit.cpp): kReturned with `*result` when the trace ran
// to its return (the frame is still pushed), kContinue when the trace cannot
// run in this frame (nothing changed), else as on_function_entry.
[[nodiscard]] BackedgeAction run_function_trace(vm::VM& vm, HotLoop& entry, vm::Frame* frame,
                                                Value* result);
// The same, after the trace `trace` already ran in `frame` and exited at
// `exit` (call_compiled's fast path).
[[nodiscard]] BackedgeAction function_trace_exit(vm::VM& vm, Trace& trace, vm::Frame* frame,
                                                 uint32_t exit, uint64_t* exit_values,
                                                 Value* result);

}  // namespace pyvm::jit
