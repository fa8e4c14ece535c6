// The native `unicodedata` module, created on first import: character
// properties (category, bidirectional, combining, east_asian_width, mirrored,
// decimal, digit, numeric, decomposition), names (name, lookup, with the
// aliases and named sequences), normalize and is_normalized, and
// unidata_version. Properties and names come from python3.11's Unicode 14.0
// data (runtime/unicodedata_tables.h); normalization is utf8proc's.
// `ucd_3_2_0` (the Unicode 3.2 database used by IDNA) is not provided.
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates the module and registers it in sys.modules.
[[nodiscard]] Value create_unicodedata_module(VM& vm);

// The code point named `name` (as unicodedata.lookup() reads it, aliases
// included, named sequences not), or -1: the \N{...} escapes of the
// unicode-escape codec.
[[nodiscard]] int64_t unicode_code_of_name(std::string_view name);

}  // namespace pyvm::runtime
