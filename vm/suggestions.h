// The "Did you mean" suggestions that the uncaught-exception printer adds to
// AttributeError and NameError lines, as CPython 3.11's does.
#pragma once

#include <string>

#include "runtime/value.h"

namespace pyvm::vm {

class VM;

// The suggested name for `exception` (an AttributeError with `name` and `obj`,
// or a NameError with `name` and a traceback), or "" when there is none. Never
// leaves an exception pending.
[[nodiscard]] std::string offer_suggestion(VM& vm, runtime::Value exception);

}  // namespace pyvm::vm
