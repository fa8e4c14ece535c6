// import: finding, compiling and running Python modules and packages from
// source files on sys.path, with CPython 3.11's `__import__` semantics
// (absolute and relative imports, fromlist handling, submodule binding,
// circular imports through sys.modules) and `from m import *`.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/object.h"

namespace pyvm::vm {

class VM;

// Compiles `source` to `pyc` with CPython (PYVM_PYTHON, default python3.11);
// the code's filename is the absolute path of the source. A syntax error is
// printed on stderr the way CPython prints it. Returns false when
// compilation failed.
bool compile_with_cpython(const std::string& source, const std::string& pyc);

// Fills sys.path at startup: the directory of the main script (symlinks
// resolved, as CPython), then the entries of PYTHONPATH, then CPython 3.11's
// standard library directory (PYVM_STDLIB, default /usr/lib/python3.11) when
// it exists.
void init_sys_path(VM& vm, const std::string& main_file);

// The IMPORT_NAME operation: `__import__(name, globals, None, fromlist,
// level)`. Returns the module to bind (the top-level package for `import
// a.b` without fromlist), or null with an exception pending.
[[nodiscard]] Value import_module(VM& vm, runtime::Str* name, Value fromlist, int64_t level,
                                  runtime::Dict* importer_globals);

// The IMPORT_FROM operation: `module.name`, falling back to the submodule
// sys.modules['module.name']; ImportError naming the module otherwise.
[[nodiscard]] Value import_from_module(VM& vm, Value module, runtime::Str* name);

// The IMPORT_STAR operation: binds the public names of `module` (its
// `__all__`, or every name not starting with '_') in `locals` (a mapping).
// Returns 0, or -1 with an exception pending.
[[nodiscard]] int import_star(VM& vm, Value module, Value locals);

// Adds the `__import__` builtin (vm/import_builtin.cpp) to `builtins`.
void add_import_builtin(VM& vm, runtime::Dict* builtins);

}  // namespace pyvm::vm
