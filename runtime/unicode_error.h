// UnicodeEncodeError and UnicodeDecodeError: the encoding, object, start, end
// and reason attributes parsed from the constructor's arguments, CPython
// 3.11's str() ("'ascii' codec can't encode character '\xe9' in position 0:
// ordinal not in range(128)"), and constructors the codecs use.
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/object.h"

namespace pyvm::runtime {

// Installs the construct and str slots on UnicodeEncodeError and
// UnicodeDecodeError.
void init_unicode_error_types(VM& vm);

// A new UnicodeEncodeError(encoding, object, start, end, reason).
[[nodiscard]] Value unicode_encode_error_new(VM& vm, std::string_view encoding, Value object,
                                             int64_t start, int64_t end, std::string_view reason);
// A new UnicodeDecodeError(encoding, object (bytes), start, end, reason).
[[nodiscard]] Value unicode_decode_error_new(VM& vm, std::string_view encoding, Value object,
                                             int64_t start, int64_t end, std::string_view reason);

// The attribute `name` ("start", "object"...) of a Unicode error, or null
// (no exception) when missing.
Value unicode_error_attribute(VM& vm, Value exception, const char* name);

}  // namespace pyvm::runtime
