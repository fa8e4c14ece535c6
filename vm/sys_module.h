// The native `sys` module: argv, path, modules, maxsize, version info,
// exit(), and the recursion limit.
#pragma once

#include <string>
#include <vector>

#include "runtime/module.h"

namespace pyvm::vm {

class VM;

runtime::Module* create_sys_module(VM& vm);
// Adds sys.excepthook and sys.__excepthook__ (vm/sys_excepthook.cpp).
void add_sys_excepthook(VM& vm, runtime::Module* sys);
// Adds sys._getframe (vm/sys_getframe.cpp).
void add_sys_getframe(VM& vm, runtime::Module* sys);
void sys_set_argv(VM& vm, const std::vector<std::string>& argv);

}  // namespace pyvm::vm
