// The interpreter's fast path for calling a Python function with plain
// positional arguments (vm/call.cpp has the general binding rules).
//
// A CALL whose callable is a Function and whose arguments are exactly
// positional (no keywords), for a code object without *args, **kwargs or
// keyword-only parameters, binds by copying: the arguments straight from the
// caller's value stack into the new frame's locals, missing trailing
// parameters straight from the defaults tuple. Anything else, and every
// error (recursion limit, stack space, missing arguments), takes the general
// path, which raises exactly as before.
#pragma once

#include <cstddef>

#include "runtime/code.h"
#include "runtime/function.h"
#include "runtime/tuple.h"
#include "vm/frame.h"
#include "vm/recursion_guard.h"
#include "vm/vm.h"

namespace pyvm::vm {

// The new frame (the top frame now), or nullptr when the call does not fit
// the fast path; then nothing was changed and no exception is pending.
[[gnu::always_inline]] inline Frame* push_positional_frame(VM& vm, runtime::Function* function,
                                                           const Value* args, size_t nargs) {
  const runtime::Code* code = function->code;
  constexpr int32_t kNotPlain = runtime::kCoVarArgs | runtime::kCoVarKeywords;
  if ((code->flags & kNotPlain) != 0 || code->kwonlyargcount != 0) return nullptr;
  auto given = static_cast<int32_t>(nargs);
  int32_t missing = code->argcount - given;
  const Value* defaults = nullptr;
  if (missing != 0) {
    // Only trailing parameters that all have defaults.
    runtime::Tuple* d = function->defaults;
    if (missing < 0 || d == nullptr || d->length < missing) return nullptr;
    defaults = d->items() + (d->length - missing);
  }
  FrameStack& frames = vm.frames();
  if (frames.depth() + vm.native_depth() >= vm.recursion_limit() || native_stack_exhausted(vm)) {
    return nullptr;
  }
  Frame* frame = frames.push_call(function->code, function->globals, function->builtins, args,
                                  given, defaults, missing);
  if (frame != nullptr) frame->function = function;
  return frame;
}

}  // namespace pyvm::vm
