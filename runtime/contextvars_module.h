// The native `_contextvars` module that Lib/contextvars.py re-exports:
// ContextVar (get/set/reset), Token, Context (a read-only mapping of
// variables to values, entered by run()) and copy_context().
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates `_contextvars`, registers it in sys.modules and returns it (the
// importer calls this the first time `_contextvars` is imported).
[[nodiscard]] Value create_contextvars_module(VM& vm);

}  // namespace pyvm::runtime
