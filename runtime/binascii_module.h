// The native `binascii` module (runtime/binascii_module.cpp).
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates `binascii` and registers it in sys.modules.
[[nodiscard]] Value create_binascii_module(VM& vm);

}  // namespace pyvm::runtime
