// Residual calls: the runtime functions a trace calls for operations on
// exact built-in types that the recorder does not compile to native ops
// (str concatenation and formatting, str/bytes/dict methods, subscripts,
// slices, containment, f-string parts, tuple and list building).
//
// Every residual helper has one signature, `uint64_t fn(vm::VM*, const
// uint64_t* args, int64_t n)`: `args` is an array of `n` words on the native
// stack (Value words, or raw int64 immediates where the helper says so). The
// result is a Value word; 0 means "not done here". Compiled code stores the
// arguments into a per-thread buffer and calls `residual_call`, which copies
// them onto its own stack frame before anything can allocate.
//
// Invariants (the contract that lets a trace call them):
//   - A helper that returns 0 has had no observable effect: no object the
//     program can reach was changed, no Python code ran, and the pending
//     exception (if the operation raised) was cleared. The trace then exits
//     to the snapshot taken BEFORE the instruction, and the interpreter
//     re-runs the instruction, raising the same exception with the right
//     traceback.
//   - No helper runs Python code: the recorder guards the operands' exact
//     built-in types, and each helper checks at run time the contents that
//     could reach user code (tuple items formatted by `%`, items compared by
//     `in`, method arguments) and returns 0 when any is not "plain" (an
//     exact int, float, str, bytes, bool or None, or a tuple of plain
//     values).
//   - Values a helper returns are held by the trace in registers or spill
//     slots, which the collector's conservative stack scan finds.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::jit {

using ResidualFn = uint64_t (*)(vm::VM* vm, const uint64_t* args, int64_t n);

// What the recorder may assume of a helper's result (no guard needed).
enum class ResidualResult : uint8_t { kAny, kStr, kBool, kNone, kTuple, kList, kSlice, kFunction };

// X(name, result). Arguments in the comments.
#define PYVM_JIT_RESIDUALS(X)                                                                \
  X(binary_op, kAny)          /* a, b, op (raw BINARY_OP oparg, in-place forms included) */  \
  X(str_binary_op, kStr)      /* str a, b, op: +, * or % of a str (result a str) */          \
  X(int_binary_op, kAny)      /* a, b, op: ints of either form (else 0), an int result */    \
  X(compare, kBool)           /* a, b, op (raw COMPARE_OP oparg) -> True/False */            \
  X(contains, kBool)          /* item, container -> True/False (`item in container`) */      \
  X(get_item, kAny)           /* container, key */                                           \
  X(set_item, kNone)          /* container, key, value */                                    \
  X(format_value, kStr)       /* value, conversion (raw), spec (a str or 0) */               \
  X(build_string, kStr)       /* n strs */                                                   \
  X(build_slice, kSlice)      /* start, stop[, step] */                                      \
  X(slice_get, kList)         /* list, start, stop, step (or 0): l[start:stop:step] */       \
  X(slice_set, kNone)         /* list, start, stop, step (or 0), list/tuple value */         \
  X(str_slice, kStr)          /* str, start, stop, step (or 0): s[start:stop:step] */        \
  X(build_tuple, kTuple)      /* n values */                                                 \
  X(build_list, kList)        /* n values */                                                 \
  X(call, kAny)               /* callable (a native function or a type), n - 1 arguments */  \
  X(call_str, kStr)           /* the same, for callables known to return a str */            \
  X(call_caught, kAny)        /* call; raising, to a handler (jit/exceptions.h) */           \
  X(item_caught, kAny)        /* get_item, the same */                                       \
  X(binop_caught, kAny)       /* binary_op, the same */                                      \
  X(exc_caught, kAny)         /* code, unit (raw), globals: the pending exception */         \
  X(exc_push_info, kAny)      /* exc -> the handled exception before it */                   \
  X(exc_pop, kNone)           /* prev: handled again (POP_EXCEPT) */                         \
  X(exc_unwind, kAny)         /* exc, (code, unit, globals) per frame: raised, caught */     \
  X(exc_new, kAny)            /* a user exception class, its n - 1 call arguments */         \
  X(exc_init, kNone)          /* exc, n - 1 arguments: BaseException.__init__ */             \
  X(exc_getattr, kAny)        /* exc, name: the attribute in the exception's dict, or 0 */   \
  X(exc_args, kTuple)         /* exc: its args (0 when its dict holds "args") */             \
  X(exc_setattr, kNone)       /* exc, name, value: stored in the exception's dict */         \
  X(iter_next, kAny)          /* a dict, dict-view or set iterator: its next item */         \
  X(super_new, kAny)          /* start class, object: super(start, object) */                \
  X(sum_yield, kNone)         /* value: taken by sum() (jit/generators.h) */                 \
  X(call_compiled, kAny)      /* a Python function's call (jit/call_trace.h): runs Python */ \
  X(make_function, kFunction) /* code, globals[, closure tuple]: MAKE_FUNCTION 0 or 8 */

enum class Residual : uint8_t {
#define PYVM_JIT_RESIDUAL_ENUM(name, result) name,
  PYVM_JIT_RESIDUALS(PYVM_JIT_RESIDUAL_ENUM)
#undef PYVM_JIT_RESIDUAL_ENUM
      kCount
};

// At most this many arguments per residual call (the recorder aborts above).
inline constexpr int64_t kMaxResidualArgs = 32;
// The argument array compiled code fills before calling residual_call.
uint64_t* residual_arg_buffer();
// Copies the `n` arguments from the argument buffer onto the native stack
// (where the collector's conservative scan finds them) and runs helper
// `index`: the one entry point compiled code calls.
uint64_t residual_call(vm::VM* vm, int64_t index, int64_t n);

// The same for calls of 1 to kDirectResidualArgs words, passed in registers
// (no argument buffer); each copies its words onto its own stack frame
// before running helper `index`. call_compiled is never called this way.
inline constexpr size_t kDirectResidualArgs = 3;
uint64_t residual_call1(vm::VM* vm, int64_t index, uint64_t a0);
uint64_t residual_call2(vm::VM* vm, int64_t index, uint64_t a0, uint64_t a1);
uint64_t residual_call3(vm::VM* vm, int64_t index, uint64_t a0, uint64_t a1, uint64_t a2);
// A `call` (or `call_str`) residual of a method for which
// is_receiver_only_method holds, with the receiver alone (`ch.isdigit()`):
// its C++ function at once when the receiver has the method's type, else
// what `call` does.
uint64_t residual_receiver_call(vm::VM* vm, uint64_t method, uint64_t receiver);
// An unbound native method of str, bytes, int or float taking no argument
// but its receiver (str.isdigit, str.upper, int.bit_length...).
bool is_receiver_only_method(vm::VM& vm, Value callable);

ResidualFn residual_fn(int32_t index);
const char* residual_name(int32_t index);
ResidualResult residual_result(int32_t index);

// An exact int, float, str, bytes, bool or None (no Python code can run when
// the runtime hashes, compares, formats or converts it).
bool is_plain_value(vm::VM& vm, Value v);
// A plain value or a tuple of plain values.
bool is_plain_or_tuple(vm::VM& vm, Value v);
// An argument a residual call may pass to a native function: plain, a list
// or tuple of plain values, a set, a dict, or a slice of plain values.
bool residual_arg_ok(vm::VM& vm, Value v);

}  // namespace pyvm::jit
