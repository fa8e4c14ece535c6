// The built-in descriptor types property, staticmethod and classmethod, and
// how attribute lookup applies them.
#pragma once

#include "runtime/object.h"

namespace pyvm::runtime {

struct Property : Object {
  Value fget;  // None when absent
  Value fset;
  Value fdel;
  Value doc;
  Str* name;  // the class attribute it was assigned to (set when the class is created)
};

// staticmethod and classmethod share one layout.
struct MethodWrapper : Object {
  Value function;
};

bool is_property(VM& vm, Value v);
// property.__get__ / __set__ / __delete__ for `object` (value null: delete).
[[nodiscard]] Value property_get(VM& vm, Value property, Value object);
[[nodiscard]] int property_set(VM& vm, Value property, Value object, Value value);
// Applies staticmethod/classmethod for a lookup on `owner` (class access when
// `object` is null); returns other values unchanged. `handled` tells whether
// `attribute` was one of them.
Value unwrap_method_descriptor(VM& vm, Value attribute, Value object, Type* owner, bool* handled);
// Names the properties of a new class after the attributes holding them.
void name_properties(VM& vm, Type* cls);

void init_descriptor_types(VM& vm);

}  // namespace pyvm::runtime
