// type and object: the root of the type hierarchy, and the machinery shared by
// every built-in type (naming, MRO, slot inheritance, calling a type).
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Gives a freshly allocated built-in Type its name, base and an empty dict.
void init_builtin_type(VM& vm, Type* type, const char* name, Type* base);
// Installs the slots of `object` and `type`.
void init_object_and_type_types(VM& vm);
// After every init_*_type ran: computes each MRO and copies inheritable slots
// that a type left empty from its base (never trace, finalize, hash,
// richcompare or construct, whose absence means something).
void finish_builtin_types(VM& vm);
// Looks an attribute up on a type object (class attributes along the MRO,
// then __name__/__qualname__/__mro__...).
Value type_getattr(VM& vm, Value self, Str* name);
// Identity hash shared by every object without a hash slot.
int64_t identity_hash(Value v);

}  // namespace pyvm::runtime
