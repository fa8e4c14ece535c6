// The builtins compile(), exec() and eval(): argument rules and namespaces as
// in CPython 3.11, with the compiling done by vm/compile_service.h.
#pragma once

#include "runtime/code.h"
#include "runtime/object.h"

namespace pyvm::vm {

class VM;

// Adds compile, exec and eval to `builtins` and installs SyntaxError's slots.
void add_exec_builtins(VM& vm, runtime::Dict* builtins);

// Runs `code` as exec() does: a new entry frame with `globals`, the builtins
// named by globals['__builtins__'], and `locals` (any mapping) as the name
// namespace of module-style code. Returns the code's result, or null with an
// exception pending.
[[nodiscard]] Value run_code_in_namespace(VM& vm, runtime::Code* code, runtime::Dict* globals,
                                          Value locals);

}  // namespace pyvm::vm
