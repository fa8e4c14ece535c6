// The native `os` module (runtime/os_module.cpp, os_files.cpp, os_stat.cpp).
#pragma once

#include <string>

#include "runtime/module.h"
#include "runtime/object.h"

namespace pyvm::runtime {

void create_os_module(VM& vm);

// Adds the file-system and descriptor functions (runtime/os_files.cpp).
void add_os_files(VM& vm, Module* os);

// The text of a path argument: a str or an os.PathLike returning one.
// Raises CPython's TypeError naming `function` (or ValueError for an
// embedded NUL) and returns false otherwise.
[[nodiscard]] bool os_path_argument(VM& vm, Value path, const char* function, std::string* out);

}  // namespace pyvm::runtime
