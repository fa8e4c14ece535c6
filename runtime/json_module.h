// The native `_json` module's string helpers, which Lib/json prefers over
// its pure-Python fallbacks: scanstring (with the C scanner's error
// messages and positions, which differ from py_scanstring's),
// encode_basestring_ascii, encode_basestring, make_encoder
// (runtime/json_encoder.cpp) and make_scanner (runtime/json_scanner.cpp).
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates `_json`, registers it in sys.modules and returns it.
[[nodiscard]] Value create_json_module(VM& vm);

}  // namespace pyvm::runtime
