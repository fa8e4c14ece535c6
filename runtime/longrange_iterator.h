// longrange_iterator: iteration over ranges whose items do not all fit
// int64 (start, stop and step of any size), as CPython's type of that name.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// An iterator yielding start, start + step, ... while before `stop`.
[[nodiscard]] Value longrange_iterator_new(VM& vm, Value start, Value stop, Value step);
// Fills in the slots of vm.types().longrange_iterator.
void init_longrange_iterator_type(VM& vm);

}  // namespace pyvm::runtime
