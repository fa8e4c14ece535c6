// Hooks of `object` that the pure-Python standard library calls and that no
// built-in type overrides: object.__subclasshook__ (abc's subclass checks).
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// False with CPython's TypeError when `cls` (a user class) has a non-empty
// __abstractmethods__ (abc.ABCMeta sets it), so object.__new__ refuses it.
[[nodiscard]] bool check_not_abstract(VM& vm, Type* cls);

// Installs object.__eq__, __ne__, __lt__, __le__, __gt__, __ge__
// (runtime/object_compare.cpp).
void add_object_compare_methods(VM& vm);

// Adds the hooks to the `object` type; called once while the VM starts.
void add_object_hooks(VM& vm);

}  // namespace pyvm::runtime
