// Native modules that pyvm provides only so that the standard library
// imports: `_socket`, `select` and `_posixsubprocess` (socket, selectors and
// subprocess import them at the top, and unittest.mock imports asyncio,
// which imports all three). Their constants and exception types are real;
// every function and the socket type raise NotImplementedError naming what
// pyvm does not support (runtime/unsupported_modules.cpp).
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Each creates its module and registers it in sys.modules.
[[nodiscard]] Value create_socket_module(VM& vm);
[[nodiscard]] Value create_select_module(VM& vm);
[[nodiscard]] Value create_posixsubprocess_module(VM& vm);

}  // namespace pyvm::runtime
