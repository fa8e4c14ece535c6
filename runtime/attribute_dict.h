// The live `__dict__` of an object whose attributes live in shapes
// (runtime/instance.h): a dict-like view whose reads see the object's current
// attributes and whose writes (d[k] = v, del d[k], update, pop, setdefault,
// popitem, clear) change them. The object keeps its shape-described slots;
// the view never holds a dict of its own between operations.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

struct AttributeDict : Object {
  Value owner;  // the object whose Attributes this views
};

// A view of `owner`'s attributes. Precondition: attributes_of(owner) != nullptr.
Value attribute_dict_new(VM& vm, Value owner);
// `v` itself, or for such a view a dict snapshot of the attributes (for
// native code that needs a real dict).
Value attribute_dict_as_dict(VM& vm, Value v);
void init_attribute_dict_type(VM& vm);

}  // namespace pyvm::runtime
