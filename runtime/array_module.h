// The native `array` module (runtime/array_module.cpp).
#pragma once

#include <string_view>

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates `array` and registers it in sys.modules.
[[nodiscard]] Value create_array_module(VM& vm);
// The raw item bytes of an array.array (valid until it is next resized);
// false when `v` is not an array.
[[nodiscard]] bool array_contents(VM& vm, Value v, std::string_view* out);

}  // namespace pyvm::runtime
