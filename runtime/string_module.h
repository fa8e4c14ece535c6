// The native `_string` module (str.format template parsing helpers used by
// Lib/string.py's Formatter).
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates `_string`, registers it in sys.modules and returns it (the
// importer calls this the first time `_string` is imported).
[[nodiscard]] Value create_string_module(VM& vm);

}  // namespace pyvm::runtime
