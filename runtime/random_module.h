// The native `_random` module: CPython's Mersenne Twister generator type
// `_random.Random`, which Lib/random.py subclasses.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates `_random`, registers it in sys.modules and returns it (the
// importer calls this the first time `_random` is imported).
[[nodiscard]] Value create_random_module(VM& vm);

}  // namespace pyvm::runtime
