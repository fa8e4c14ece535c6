// Types that native modules create while the VM starts (the standard streams,
// struct sequences), outside the fixed list of built-in types in vm/vm.h.
// Such a type lives as long as something references it: its instances (an
// object's type is traced), or the module attribute holding it.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// A new type `module.name` deriving from `base`, with an empty dict, its
// __module__ and its MRO set. The caller fills in the instance size and
// slots (or copies them from `base` with native_type_copy_slots).
Type* native_type_new(VM& vm, const char* name, Type* base, const char* module);
// Copies the flags, instance size and every slot of `from` into `to`.
void native_type_copy_slots(Type* to, const Type* from);

}  // namespace pyvm::runtime
