// The native `time` module: the clocks (time, monotonic, perf_counter,
// process_time, thread_time and their _ns forms) and sleep(), with CPython
// 3.11's argument checks and error messages.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates the module and registers it in sys.modules.
void create_time_module(VM& vm);

}  // namespace pyvm::runtime
