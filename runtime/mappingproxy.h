// mappingproxy: the live, read-only view of a mapping that `C.__dict__`
// returns for every class. Reads go to the wrapped mapping (so later changes
// to the class show through); item assignment and deletion raise TypeError.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

struct MappingProxy : Object {
  Value mapping;  // the class dict (or any mapping given to mappingproxy())
};

// A proxy over `mapping` (usually a class's Dict).
[[nodiscard]] Value mappingproxy_new(VM& vm, Value mapping);

void init_mappingproxy_type(VM& vm);

}  // namespace pyvm::runtime
