// The native `operator` module (also registered as `_operator`): the function
// forms of Python's operators (add, lt, getitem, iadd, ...) with their dunder
// aliases, and the callable types itemgetter, attrgetter and methodcaller with
// CPython 3.11's reprs and messages.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates the module and registers it in sys.modules as `operator` and
// `_operator`.
void create_operator_module(VM& vm);

}  // namespace pyvm::runtime
