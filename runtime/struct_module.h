// The native `_struct` module behind the standard library's `struct`:
// pack, unpack, calcsize, iter_unpack, pack_into, unpack_from, the Struct
// type and struct.error, with every format code and byte order of CPython.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates `_struct` and registers it in sys.modules.
[[nodiscard]] Value create_struct_module(VM& vm);

}  // namespace pyvm::runtime
