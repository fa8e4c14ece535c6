// The threaded-code interpreter: runs 3.11 bytecode frames on the VM stack.
//
// One loop (computed goto over the 256 opcode bytes) runs every Python frame;
// a Python-to-Python call pushes a frame and continues in the same loop, so
// Python recursion never recurses on the C++ stack. Only native code calling
// back into Python (a builtin calling a key function, say) enters the loop
// again, through call_function.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {
struct Code;
struct Function;
struct Generator;
}  // namespace pyvm::runtime

namespace pyvm::vm {

struct Frame;

// Runs module-level code with `globals` as both globals and locals.
// Returns the code's result, or null with the exception pending.
[[nodiscard]] Value run_module_code(VM& vm, runtime::Code* code, runtime::Dict* globals);

// Calls a Python function from native code (the function type's call slot).
[[nodiscard]] Value call_function(VM& vm, runtime::Function* function, runtime::CallArgs args);

// Pushes a frame for `function` and binds `args` into it. Returns nullptr with
// an exception pending on a binding error or when recursion is too deep.
Frame* push_function_frame(VM& vm, runtime::Function* function, runtime::CallArgs args);

// Runs frames starting at `entry` (already pushed, marked is_entry) until it
// returns (or, for a generator frame, yields); pops it. Null result: an
// exception is pending. With `raise_pending`, execution starts by raising the
// pending exception at the frame's current_unit (generator.throw()).
// `traceback_added`: with raise_pending, the entry frame's traceback entry
// is already there and the exception's context is not chained again (a
// compiled call that raised, jit/call_trace.h).
[[nodiscard]] Value execute(VM& vm, Frame* entry, bool raise_pending = false,
                            bool traceback_added = false);

// Runs a class body function with `ns` as its locals mapping. Returns the
// body's result (the __class__ cell, or None), or null with an exception.
[[nodiscard]] Value run_class_body(VM& vm, runtime::Function* body, runtime::Dict* ns);

// Pushes a frame for a suspended generator, restores its saved state, and
// runs it until it yields or returns (see runtime/generator.h).
[[nodiscard]] Value resume_generator_frame(VM& vm, runtime::Generator* gen, Value sent,
                                           bool raise_pending);

}  // namespace pyvm::vm
