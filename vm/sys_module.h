// The native `sys` module: argv, path, modules, maxsize, version info,
// exit(), and the recursion limit.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/module.h"

namespace pyvm::vm {

class VM;

runtime::Module* create_sys_module(VM& vm);
void sys_set_argv(VM& vm, const std::vector<std::string>& argv);
// object.__sizeof__(v): CPython 3.11's size of the built-in objects pyvm
// knows (sys.getsizeof without the GC header), else the pyvm layout's size.
[[nodiscard]] int64_t object_sizeof(VM& vm, runtime::Value v);

}  // namespace pyvm::vm
