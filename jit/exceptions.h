// Exceptions raised and caught inside a trace: the residual helpers a trace
// calls when the recorded iteration raised in a residual call (a missing dict
// key, `int('x')`) and the handler is in the trace's own frame, or raised an
// exception instance (`raise E(...)`, in the trace's frame or an inlined
// callee) and a handler in that frame or an outer one of the trace caught it
// (jit/recorder_exceptions.cpp holds the recorder's half).
//
// A residual call on the raising path is the "caught" variant of its helper
// (`call_caught`, `item_caught`, `binop_caught`): it runs the plain
// helper with `residual_keep_exception` set, so a raising operation leaves
// its exception pending in the VM, and returns `raised_sentinel()` instead
// of 0. The trace guards the sentinel (an operation that succeeded exits
// after the instruction, its result pushed), then `exc_caught` does what the
// interpreter's unwinder does for the frame (the context chained, one
// traceback entry) and hands the exception over; `exc_push_info` and
// `exc_pop` are PUSH_EXC_INFO's and POP_EXCEPT's swaps of the handled
// exception.
//
// Invariants:
//   - The sentinel is the address of a static C++ word, never a heap object
//     and never a value any operation returns; it lives only between the
//     caught call and its guard.
//   - `exc_caught` and `exc_push_info` return 0 without any effect when they
//     cannot do what the interpreter would (generators waiting for cleanup,
//     no handled-exception state): the trace exits before the instruction
//     and the interpreter re-runs it.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::jit {

// Set while a caught variant runs: the residual helpers leave the exception
// of a failed operation pending instead of clearing it.
extern thread_local bool residual_keep_exception;

// The word a caught variant returns when its operation raised.
uint64_t raised_sentinel();

// Residual helpers (jit/residual.h's signature).
uint64_t r_call_caught(vm::VM* vm, const uint64_t* args, int64_t n);
uint64_t r_item_caught(vm::VM* vm, const uint64_t* args, int64_t n);
uint64_t r_binop_caught(vm::VM* vm, const uint64_t* args, int64_t n);
// code, unit (raw), globals -> the pending exception, taken.
uint64_t r_exc_caught(vm::VM* vm, const uint64_t* args, int64_t n);
// exc -> the previously handled exception (exc becomes the handled one).
uint64_t r_exc_push_info(vm::VM* vm, const uint64_t* args, int64_t n);
// prev -> None (prev becomes the handled exception again).
uint64_t r_exc_pop(vm::VM* vm, const uint64_t* args, int64_t n);
// RAISE_VARARGS of an exception instance caught in the trace, possibly in
// an outer frame (jit/recorder_exceptions.cpp): exc, then one (code, unit,
// globals) triple per frame the exception passes, innermost first. Does what
// the raise and the unwinder do (the context chained, one traceback entry
// per frame) and returns exc; 0 without any effect when the unwinder would
// have generators to close (the trace exits at the raise).
uint64_t r_exc_unwind(vm::VM* vm, const uint64_t* args, int64_t n);

// Exception instances made and used in traces (jit/recorder_exc_objects.cpp
// says when the recorder emits them; none runs Python code):
// cls, args... -> a new instance of the user exception class `cls` whose
// args are the call's arguments (BaseException.__new__).
uint64_t r_exc_new(vm::VM* vm, const uint64_t* args, int64_t n);
// exc, args... -> None: BaseException.__init__ (exc.args = the arguments).
uint64_t r_exc_init(vm::VM* vm, const uint64_t* args, int64_t n);
// exc, name -> the value of `name` in the exception's attribute dict, or 0
// (not there: the interpreter looks it up further).
uint64_t r_exc_getattr(vm::VM* vm, const uint64_t* args, int64_t n);
// exc -> exc.args, or 0 when the exception's dict holds an "args" entry
// (which the exception's getattr would answer first).
uint64_t r_exc_args(vm::VM* vm, const uint64_t* args, int64_t n);
// exc, name, value -> None: the class's setattr, which stores into the
// exception's attribute dict for a name no class attribute describes.
uint64_t r_exc_setattr(vm::VM* vm, const uint64_t* args, int64_t n);

}  // namespace pyvm::jit
