// marshal_writer: writes values in CPython's marshal format (version 4
// without references) — the inverse of vm/marshal.h for the constant types:
// None, bool, Ellipsis, int, float, complex, str, bytes, tuple, list, dict,
// set and frozenset (exact types only, as CPython). Code objects are not
// written. marshal.dumps and compile() of an AST object (whose tree goes to
// the compile service in this form) use it.
#pragma once

#include <string>

#include "runtime/object.h"

namespace pyvm::vm {

class VM;

// Appends the marshalled form of `v` to `*out`. False with ValueError
// ("unmarshallable object") pending for other objects.
[[nodiscard]] bool marshal_dump(VM& vm, Value v, std::string* out);

}  // namespace pyvm::vm
