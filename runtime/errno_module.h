// The native `errno` module (runtime/errno_module.cpp).
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates `errno` and registers it in sys.modules.
[[nodiscard]] Value create_errno_module(VM& vm);

}  // namespace pyvm::runtime
