// The native `sys` module: argv, path, modules, maxsize, version info,
// exit(), and the recursion limit.
#pragma once

#include <string>
#include <vector>

#include "runtime/module.h"

namespace pyvm::vm {

class VM;

runtime::Module* create_sys_module(VM& vm);
void sys_set_argv(VM& vm, const std::vector<std::string>& argv);

}  // namespace pyvm::vm
