// io.StringIO: an in-memory text stream (write, read, readline, readlines,
// seek, tell, truncate, getvalue, iteration, context manager).
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates the `_io.StringIO` type deriving from `base` (TextIOBase); the io
// module stores it.
Type* new_string_io_type(VM& vm, Type* base);

}  // namespace pyvm::runtime
