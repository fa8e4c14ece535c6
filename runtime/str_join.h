// Concatenation of many strs at once, sized once: str.join and the
// interpreter's BUILD_STRING (f-strings) share it.
#pragma once

#include <cstdint>

#include "runtime/object.h"
#include "runtime/str.h"

namespace pyvm::runtime {

// parts[0] + sep + parts[1] + ... + parts[n - 1]; `sep` may be null (no
// separator). Precondition: every part is a str (of any subclass). The result
// is an exact str with the representation str_from_codepoints would choose
// (the shared one-character str for a single Latin-1 character).
Str* str_join_array(VM& vm, const Str* sep, const Value* parts, int64_t n);

}  // namespace pyvm::runtime
