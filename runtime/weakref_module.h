// The native `_weakref` and `weakref` modules: ref, proxy, getweakrefcount,
// getweakrefs, the reference and proxy types, and (weakref only)
// WeakValueDictionary, WeakKeyDictionary and finalize. WeakSet, WeakMethod
// and the subclassing of ref are not provided.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Creates the VM's weakref state (vm.weakref_state) and both modules, and
// registers them in sys.modules.
void create_weakref_module(VM& vm);
// Frees the state at VM teardown (refs swept later no longer touch it).
void destroy_weakref_state(VM& vm);

}  // namespace pyvm::runtime
