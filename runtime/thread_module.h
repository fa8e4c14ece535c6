// The native `_thread` module for a VM that runs one thread: lock and RLock
// types with CPython's method set and errors, get_ident, and the names
// Lib/threading.py reads at import. start_new_thread raises RuntimeError
// (pyvm has no threads); acquiring a held lock blocks only for a finite
// timeout (then fails) and otherwise raises RuntimeError rather than hang.
// Also the `atexit` module: register/unregister, and the callbacks run at
// exit in reverse order of registration.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

[[nodiscard]] Value create_thread_module(VM& vm);
[[nodiscard]] Value create_atexit_module(VM& vm);
// Runs and clears the atexit callbacks (last registered first), reporting
// each one's exception as CPython does; called once at exit.
void run_atexit_callbacks(VM& vm);

}  // namespace pyvm::runtime
