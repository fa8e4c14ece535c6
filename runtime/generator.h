// Generators: a suspended Python frame kept on the heap.
//
// RETURN_GENERATOR at the start of a generator function moves the new frame
// into a Generator object (its localsplus and value stack are copied into
// the object) and returns it. Each resumption (next, send, throw) pushes a
// frame for the code again, copies the saved values back, pushes the sent
// value and runs the interpreter from the saved instruction until the frame
// yields (YIELD_VALUE saves the frame back into the generator) or returns.
// From native code (next(), send(), sum(gen)...) that is a nested interpreter
// run; FOR_ITER and SEND resume it in place, without leaving the dispatch
// loop (vm/generator_frames.h).
//
// Invariants:
//   - While suspended, `values[0 .. nlocalsplus + depth)` hold the frame's
//     localsplus followed by its value stack; `resume_unit` is the next
//     instruction; `yield_unit` the YIELD_VALUE it stopped at (throw() raises
//     there, so a yield inside `try` finds its handler).
//   - The generator's handled exception (sys.exc_info inside it) is saved
//     across yields in `handled_exception`, as CPython's gi_exc_state. While
//     it runs in place, the field holds its resumer's handled exception.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::runtime {

struct Code;
struct Function;

enum class GeneratorState : int64_t { kCreated, kSuspended, kRunning, kFinished };

struct Generator : Object {
  Code* code;
  Function* function;
  Dict* globals;
  Dict* builtins;
  Str* name;
  Str* qualname;
  Value handled_exception;  // null: none
  Value return_value;       // set when the frame returned
  GeneratorState state;
  int64_t resume_unit;
  int64_t yield_unit;
  int64_t depth;    // value-stack depth while suspended
  int64_t nvalues;  // capacity of values[]: nlocalsplus + stacksize
  // 1 when set by a JIT exit inside the generator's body
  // (jit/inline_generators.cpp): the saved state stops mid-body, not at a
  // yield, so the next resumption pushes no sent value (cleared when it
  // resumes). A whole word: traces guard and clear it with 8-byte accesses.
  int64_t resume_in_body;
  // Nonzero while suspended at a yield whose dropping runs code (a handler
  // covers it, or it delegates to such a generator); counted in
  // vm.suspended_cleanup_generators (runtime/generator_drop.h).
  int32_t cleanup_pending;
  // Registered with the collector's finalizers (close() when found dead).
  uint8_t finalizer_registered;
  // Targeted collections that found it still reachable (saturating).
  uint8_t survived_drop_checks;
  // While it runs in place: its resumer's outer handled exception (restored
  // when it leaves; see vm.outer_handled_exception()). Null otherwise.
  Value resumer_outer_handled;
  Value* values() { return reinterpret_cast<Value*>(this + 1); }
};

// Creates a generator from a frame's localsplus (the frame runs from
// `resume_unit` when first resumed).
Generator* generator_new(VM& vm, Code* code, Function* function, Dict* globals, Dict* builtins,
                         const Value* localsplus, int64_t resume_unit);

// Resumes with `sent` pushed (or with `thrown` raised at the yield when it is
// non-null). Returns the yielded value with *returned = false, the return
// value with *returned = true, or null with an exception pending.
[[nodiscard]] Value generator_resume(VM& vm, Generator* gen, Value sent, Value thrown,
                                     bool* returned);

// SEND's step for `yield from`/`await` over any iterator: *returned tells a
// yielded value from the delegate's return value.
[[nodiscard]] Value generator_send_to(VM& vm, Value receiver, Value sent, bool* returned);

// PEP 479: turns a pending StopIteration that escaped a generator frame into
// RuntimeError (cause and context the StopIteration).
void generator_convert_stop_iteration(VM& vm);

void init_generator_type(VM& vm);

}  // namespace pyvm::runtime
