// A minimal native `os` module: file removal and the current directory.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

void create_os_module(VM& vm);

}  // namespace pyvm::runtime
