// The builtins module: built-in functions and the names of the built-in types
// and exceptions, plus the shared helpers behind format() and ascii().
#pragma once

#include "runtime/function.h"
#include "runtime/object.h"

namespace pyvm::runtime {

// Creates and fills the builtins dict (also registered as sys.modules['builtins']).
Dict* create_builtins(VM& vm);
// exit/quit, aiter/anext, breakpoint, the interactive helpers and the
// OSError aliases (runtime/builtins_extra.cpp).
void add_extra_builtins(VM& vm, Dict* builtins);

// format(v, spec): the type's formatting, with CPython's errors.
[[nodiscard]] Value format(VM& vm, Value v, Str* spec);
// ascii(v): repr(v) with non-ASCII characters escaped.
[[nodiscard]] Value ascii(VM& vm, Value v);

// object.__dir__(self) and type.__dir__(cls): the unsorted default listing
// that dir() sorts.
[[nodiscard]] Value object_dir_native(VM& vm, CallArgs args);

// Writes UTF-8 text to the process's standard output (buffered).
void write_stdout(VM& vm, Str* text);

}  // namespace pyvm::runtime
