// The VM-facing API of the tracing JIT. The VM owns one Jit (vm.jit, null
// when the JIT is off); the interpreter calls in at three points:
//
//   - on_backedge: a loop back-edge counter reached vm.jit_threshold. The JIT
//     runs the loop's trace (kResumed: the frame was rewritten, reload it),
//     starts recording (kRecord: switch to the recording dispatch table),
//     both (kResumedRecord: a hot exit starts a side trace), or does nothing
//     (kContinue).
//   - record_instruction: in recording mode, before each instruction runs;
//     false means recording stopped (trace compiled or aborted): switch back.
//   - abort_recording: an exception or a return left the recorded frame.
//   - on_function_entry: a RESUME counter reached the threshold (function
//     traces, jit/call_trace.h); call_is_opaque: while recording, the CALL
//     about to run calls a compiled function (run it unrecorded).
//
// Invariants:
//   - At most one recording is active per VM; nested interpreter activations
//     never record while an outer one does.
//   - A trace runs only between instructions of its own frame, at its loop
//     header, and returns with the frame fully restored (jit/deopt.h).
#pragma once

#include <cstdint>

#include "jit/abort.h"
#include "jit/options.h"
#include "runtime/value.h"

namespace pyvm::vm {
class VM;
struct Frame;
}  // namespace pyvm::vm

namespace pyvm::jit {

class Jit;

// kResumedRecord: the frame was rewritten (an exit of a trace) and recording
// of a side trace starts at its pc: reload it and switch to recording.
// kResumedRaise: the top frame was rewritten to stand at a CALL whose
// compiled callee raised (jit/call_trace.h): the exception is pending there,
// the caller's traceback entry is still to be added. kReturned: only inside
// the JIT (a function trace ran to its return).
enum class BackedgeAction : uint8_t {
  kContinue,
  kRecord,
  kResumed,
  kResumedRecord,
  kResumedRaise,
  kReturned
};

[[nodiscard]] Jit* create_jit(vm::VM& vm, const JitOptions& options);
void destroy_jit(Jit* jit);

// `jump_unit`: the back-edge instruction (its counter); `header_unit`: the
// loop header it jumps to. The frame's pc/sp are saved.
[[nodiscard]] BackedgeAction on_backedge(vm::VM& vm, vm::Frame* frame, int32_t jump_unit,
                                         int32_t header_unit);
// A for loop's GET_ITER ran and its FOR_ITER at `header_unit` is next (the
// back-edge `jump_unit`'s counter is at the threshold): the loop's trace, if
// it has one that may run here, runs from the first iteration
// (jit/loop_entry.h); else kContinue. The frame's pc/sp are saved.
[[nodiscard]] BackedgeAction on_loop_entry(vm::VM& vm, vm::Frame* frame, int32_t jump_unit,
                                           int32_t header_unit);
[[nodiscard]] bool record_instruction(vm::VM& vm, vm::Frame* frame, int32_t unit, uint8_t opcode,
                                      uint32_t oparg, Value* sp);
void abort_recording(vm::VM& vm, AbortReason reason);
// While recording: the instruction at `unit` of `frame` raised. True when the
// recording follows the exception into its handler in the same frame
// (jit/exceptions.h); false when it aborted.
[[nodiscard]] bool record_raise(vm::VM& vm, vm::Frame* frame, int32_t unit);
// RESUME (oparg 0) of `frame` reached the JIT threshold: run the function's
// trace, start recording one, or nothing (jit/call_trace.h). `resume_unit`
// is the RESUME's unit (its counter); the frame's pc/sp are saved.
[[nodiscard]] BackedgeAction on_function_entry(vm::VM& vm, vm::Frame* frame, int32_t resume_unit);
// While recording: whether the CALL about to run was recorded as a call of a
// compiled function, whose callee the interpreter then runs in a nested
// activation without recording it.
[[nodiscard]] bool call_is_opaque(vm::VM& vm);
// The next interpreter activation starts in recording mode (a side trace
// whose recording starts inside a compiled call).
void start_recording_activation(vm::VM& vm);
// Whether a nested interpreter activation starting now runs a callee the
// recording follows (a dunder that BINARY_OP / COMPARE_OP calls from native
// code): it then records too.
[[nodiscard]] bool recording_callee(vm::VM& vm);

// -X jit-stats: statistics on stderr (does nothing unless enabled).
void print_stats(vm::VM& vm);

// Trace counts for tests and tools (all zero when the JIT is off).
struct JitCounters {
  uint64_t traces = 0;        // root and side traces compiled
  uint64_t side_traces = 0;   // side traces compiled
  uint64_t side_entries = 0;  // exits that went straight into a side trace
  uint64_t links = 0;         // side traces that ran the trace they link to
};
[[nodiscard]] JitCounters counters(vm::VM& vm);

}  // namespace pyvm::jit
