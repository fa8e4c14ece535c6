// types.SimpleNamespace: attribute bags with a keyword constructor, the
// `namespace(a=1)` repr and equality by attributes (the type of
// sys.implementation, which Lib/types.py picks up).
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates the SimpleNamespace class (module `types`); nullptr with an
// exception pending on failure.
Type* simple_namespace_type_new(VM& vm);

}  // namespace pyvm::runtime
