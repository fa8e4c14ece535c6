// getset_descriptor: the data descriptors that C++ getters and setters
// implement, as CPython's PyGetSetDef attributes: object.__class__, the
// __dict__ and __weakref__ attributes of user classes, cell.cell_contents.
// They print as `<attribute 'NAME' of 'OWNER' objects>`.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

// Reads the attribute of `object`; null with an exception pending on error.
using GetterFn = Value (*)(VM& vm, Value object);
// Writes (value non-null) or deletes (value null) the attribute; -1 on error.
// A null setter makes the attribute read-only.
using SetterFn = int (*)(VM& vm, Value object, Value value);

// Creates the getset_descriptor type (kept alive as the type of
// object.__class__) and installs object.__class__ and cell.cell_contents.
void init_getset_descriptors(VM& vm);

// A new descriptor NAME of `owner` instances, stored in owner's dict.
void add_getset(VM& vm, Type* owner, const char* name, GetterFn getter, SetterFn setter);

// True when `v` is a getset_descriptor.
[[nodiscard]] bool is_getset_descriptor(VM& vm, Value v);

}  // namespace pyvm::runtime

namespace pyvm::runtime {

// The descriptor's value for `object` (the descriptor itself when `object`
// is null or None), or its store/delete (value null); for bind_attribute and
// descriptor_set.
[[nodiscard]] Value getset_descriptor_get(VM& vm, Value descriptor, Value object);
[[nodiscard]] int getset_descriptor_set(VM& vm, Value descriptor, Value object, Value value);
// True when the getset_descriptor `descriptor` is object.__class__.
[[nodiscard]] bool getset_descriptor_is_object_class(VM& vm, Value descriptor);

}  // namespace pyvm::runtime
