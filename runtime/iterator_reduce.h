// Pickling support of the built-in iterators: __reduce__, __setstate__ and
// __length_hint__ (see runtime/iterator_reduce.cpp).
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Adds the methods to the iterator types; called by init_iteration_types
// once every iterator type has its layout.
void init_iterator_reduce_methods(VM& vm);

}  // namespace pyvm::runtime
