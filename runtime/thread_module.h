// The native `_thread` module for a VM that runs one thread: lock and RLock
// objects (acquire/release/locked, context managers), get_ident,
// allocate_lock and the constants that dataclasses, reprlib and
// importlib._bootstrap use. Starting a thread raises NotImplementedError.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates `_thread`, registers it in sys.modules and returns it (the importer
// calls this the first time `_thread` is imported).
[[nodiscard]] Value create_thread_module(VM& vm);

}  // namespace pyvm::runtime
