// None, NotImplemented and Ellipsis: the types of the VM's singleton objects.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

void init_singleton_types(VM& vm);

}  // namespace pyvm::runtime
