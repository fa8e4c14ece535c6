// Native modules that let Lib/importlib bootstrap on top of pyvm's own
// import system (vm/import.h): `_imp` (built-in module queries and creation;
// no frozen modules), `_warnings` (warn, delegating to Lib/warnings.py),
// `marshal` (loads, dumps of constants) and `posix` (pyvm's native os module under its POSIX
// name). With them `import importlib.machinery` works, which inspect needs.
#pragma once

#include "runtime/object.h"

namespace pyvm::vm {

class VM;

// Each creates its module, registers it in sys.modules and returns it (the
// importer calls these the first time the module is imported).
[[nodiscard]] Value create_imp_module(VM& vm);
[[nodiscard]] Value create_warnings_module(VM& vm);
[[nodiscard]] Value create_marshal_module(VM& vm);
[[nodiscard]] Value create_posix_module(VM& vm);

// Adds the builtin __import__ to `builtins`.
void add_import_builtin(VM& vm, runtime::Dict* builtins);

}  // namespace pyvm::vm
