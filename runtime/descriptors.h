// The built-in descriptor types property, staticmethod, classmethod and
// member_descriptor (one per __slots__ entry), the descriptor protocol for
// user classes defining __get__/__set__/__delete__, and how attribute lookup
// applies them.
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

// A __slots__ entry: reads and writes slot `index` of an instance of `owner`
// (runtime/instance.h; the index is fixed because every instance of the class
// starts from the class's initial shape).
struct MemberDescriptor : Object {
  Str* name;
  Type* owner;
  int64_t index;
};

// How a class attribute takes part in attribute lookup: a data descriptor
// (defines __set__ or __delete__) wins over the instance's own attributes, a
// non-data descriptor (only __get__) loses to them, kNone is a plain value.
enum class DescriptorKind { kNone, kNonData, kData };
DescriptorKind descriptor_kind(VM& vm, Value attribute);
// __set__ / __delete__ (value null) of a data descriptor for `object`.
[[nodiscard]] int descriptor_set(VM& vm, Value descriptor, Value object, Value value);
// Calls a user-defined __get__: `object` null means class access (None is
// passed). Returns `attribute` unchanged when its type has no __get__.
[[nodiscard]] Value user_descriptor_get(VM& vm, Value attribute, Value object, Type* owner);

MemberDescriptor* member_descriptor_new(VM& vm, Str* name, Type* owner, int64_t index);
[[nodiscard]] Value member_get(VM& vm, Value member, Value object);
[[nodiscard]] int member_set(VM& vm, Value member, Value object, Value value);

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
