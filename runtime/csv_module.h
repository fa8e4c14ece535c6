// The native `_csv` module (runtime/csv_module.cpp).
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates `_csv` and registers it in sys.modules.
[[nodiscard]] Value create_csv_module(VM& vm);

}  // namespace pyvm::runtime
