// The native `gc` module: collect(), enable(), disable(), isenabled(),
// get_count() and get_stats(), backed by gc::Heap.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates the module and registers it in sys.modules.
void create_gc_module(VM& vm);

}  // namespace pyvm::runtime
