// Inlined Python frames: what a trace records about the calls it followed,
// so that an exit inside an inlined callee can rebuild every interpreter
// frame (the traced frame, then one frame per active inlined call).
//
// Slot numbering: the recorder keeps one flat array of virtual slots. The
// traced (root) frame owns slots [0, nlocals + stacksize); each inlined frame
// owns [base, base + nlocalsplus + stacksize) of its code, placed above its
// caller's whole region, so regions never overlap; slot base - 1 holds the
// callee's function value when it is not a constant (a closure called through
// a variable, `dynamic_function`). Snapshot entries name
// virtual slots; a snapshot taken inside a callee names its innermost
// InlineFrame (Snapshot::frame), whose `parent` chain leads to the root.
//
// Invariants:
//   - An InlineFrame's function is a constant of the trace's IR (a KVAL), so
//     the JIT's root set keeps it, its code and its dicts alive.
//   - The trace guards the callee's identity before it follows the call; a
//     function's code and defaults cannot be reassigned in pyvm, so the
//     identity fixes both.
//   - At a snapshot inside a callee, the caller's value stack holds exactly
//     `caller_depth` values (the call's callable and arguments are popped, as
//     in the interpreter while the callee runs).
#pragma once

#include <cstdint>
#include <vector>

#include "jit/ir.h"

namespace pyvm::runtime {
struct Function;
}  // namespace pyvm::runtime

namespace pyvm::vm {
class VM;
struct Frame;
}  // namespace pyvm::vm

namespace pyvm::jit {

struct Snapshot;
struct Trace;

struct InlineFrame {
  runtime::Function* function = nullptr;
  int32_t parent = -1;         // the caller's InlineFrame, or -1: the root frame
  int32_t base = 0;            // the virtual slot of the callee's localsplus[0]
  int32_t call_unit = 0;       // the CALL in the caller (its current_unit)
  int32_t return_unit = 0;     // where the caller resumes after the call
  int32_t caller_depth = 0;    // the caller's stack depth while the callee runs
  int32_t depth_in_trace = 1;  // 1 for a call from the root frame, 2 below, ...
  // A closure called through a variable: the trace guards its code and
  // globals, and virtual slot base - 1 holds the function value (`function`
  // is the one seen while recording).
  bool dynamic_function = false;
  // A binary-operator or comparison dunder (`a - b` calling type(a).__sub__),
  // or a call made inside one: the caller resumes after the BINARY_OP or
  // COMPARE_OP (return_unit) with the result pushed, as after a CALL. Such
  // frames never return NotImplemented (the recorder refuses code that names
  // it or `super`).
  bool dunder = false;
  // The __init__ of a class instantiated in the trace (`C(args)`,
  // jit/recorder_alloc.cpp): the caller's stack already holds the new
  // instance on top (it is counted in caller_depth), and the rebuilt frame
  // is marked `Frame::init_frame`, so that its RETURN_VALUE checks that the
  // result is None and pushes nothing: the caller resumes after the CALL
  // with the instance as the call's result.
  bool init = false;
  // A generator resumed by FOR_ITER (jit/recorder_generators.cpp): slot
  // base - 1 holds the generator object, the frame's initial slots are the
  // generator's saved values (`generator_depth` of them on the stack, then
  // the None sent), and the caller resumes at the FOR_ITER itself
  // (return_unit == its unit) with the generator on its stack. An exit inside
  // the body saves the frame back into the generator object instead of
  // pushing an interpreter frame (jit/inline_generators.cpp).
  bool generator = false;
  // A generator saved mid-body by an exit (`Generator::resume_in_body`),
  // resumed by a side trace of that exit: no value is sent, and the yield
  // clears the flag, as the interpreter's resumption does.
  bool generator_in_body = false;
  int32_t generator_depth = 0;
};

// The root frame's value-stack depth at `snap`.
int32_t snapshot_root_depth(const Trace& trace, const Snapshot& snap);
// Whether virtual slot `slot` is live at `snap` (below the depth of the
// frame that owns it).
bool snapshot_slot_in_range(const Trace& trace, const Snapshot& snap, uint32_t slot);
// Whether the VM can take `trace.max_inline_depth` more frames (an exit may
// rebuild that many; the recursion limit must hold as in the interpreter).
bool inline_frames_fit(vm::VM& vm, const Trace& trace);
// The exit restorer for a snapshot inside inlined frames: rebuilds the root
// frame's state and pushes one interpreter frame per inlined call.
void restore_inline_exit(vm::VM& vm, vm::Frame* frame, const Trace& trace, uint32_t snapshot,
                         const uint64_t* exit_values);
// The same for a snapshot inside inlined generators (every frame of its
// chain is one, jit/inline_generators.cpp): the root frame resumes at the
// outermost FOR_ITER, and each generator is saved as suspended mid-body.
void restore_generator_exit(vm::VM& vm, vm::Frame* frame, const Trace& trace, uint32_t snapshot,
                            const uint64_t* exit_values);
}  // namespace pyvm::jit
