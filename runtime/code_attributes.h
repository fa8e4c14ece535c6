// The read-only co_* attributes of code objects (co_name, co_filename,
// co_varnames, ...), as CPython 3.11 exposes them.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Installs the getattr slot of the code type.
void init_code_attributes(VM& vm);

}  // namespace pyvm::runtime
