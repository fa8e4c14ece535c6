// The native `_signal` module (runtime/signal_module.cpp).
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates `_signal` and registers it in sys.modules.
[[nodiscard]] Value create_signal_module(VM& vm);

}  // namespace pyvm::runtime
