// The native `math` module: CPython 3.11's math functions and constants, with
// its argument conversions and error behaviour (ValueError "math domain
// error", OverflowError "math range error"). Transcendental functions come
// from libm, as in CPython.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates the module and registers it in sys.modules.
void create_math_module(VM& vm);

}  // namespace pyvm::runtime
