// Instances of user classes, with their attributes in slots described by
// shared shapes (hidden classes).
//
// A Shape is an immutable list of attribute names; adding an attribute moves
// an instance to the child shape for that name (a transition shared by every
// instance that adds the same attributes in the same order). So instances
// built alike share one shape, and an attribute load is "find the name's index
// in the shape, load slots[index]": with a shape guard the JIT turns it into
// one fixed-offset load.
//
// A class with __slots__ gives its instances a private initial shape: a chain
// from a fresh root holding the slot names, whose `fixed` count says how many
// leading slots belong to __slots__ entries. Those slots may hold null (the
// entry is unset), and their member descriptors (runtime/descriptors.h) read
// them at a fixed index. Attributes added later (when the class also has a
// __dict__) extend the chain as usual.
//
// Invariants:
//   - `shape->count` == the number of used slots; slots[fixed .. count) are
//     non-null, slots[0 .. fixed) may be null (unset __slots__ entries).
//   - Shape keys are interned strings: lookups compare pointers.
//   - Deleting an attribute moves the instance to a shape rebuilt without it
//     (rare: a fresh path from the root).
//   - `shape->count` <= `capacity`; `slots` is either the in-object area
//     (capacity == inline_capacity) or a storage cell owned by the object.
#pragma once

#include <cstdint>

#include "runtime/object.h"

namespace pyvm::runtime {

struct Shape : Object {
  Shape* parent;      // nullptr for the root shape
  Str* key;           // the attribute this transition added; nullptr at the root
  int64_t index;      // slot of `key`
  int64_t count;      // attributes in this shape
  Dict* transitions;  // key -> child Shape, created on first use
  int64_t fixed;      // leading __slots__ entries (inherited by children)
};

// An object's attribute storage: its shape and the slots it describes. It is
// the body of an Instance, and the tail of an instance of a user subclass of
// a fixed-size built-in type (list, dict, set, ...), placed after the
// built-in layout (see attributes_of in runtime/user_class.h).
//
// Slots live in the object itself while they fit: an Instance is allocated
// with `inline_capacity` Values right after its Attributes (sized from the
// most attributes its class's instances needed so far, UserType::
// inline_slots). More attributes move every slot to an owned storage cell
// (runtime/storage.h) that dies with the object, so instances need no
// finalizer. `slots` points at whichever holds them.
struct Attributes {
  Shape* shape;
  Value* slots;              // inline_slots(this), an owned storage cell, or null
  uint32_t capacity;         // Values at `slots`
  uint32_t inline_capacity;  // Values in the object after the Attributes
};

struct Instance : Object {
  Attributes attributes;  // at offset sizeof(Object) (UserType::attributes_offset)
  // Followed by attributes.inline_capacity in-object slots.
};
static_assert(sizeof(Instance) == sizeof(Object) + sizeof(Attributes));

// The in-object slots that follow `attributes` (meaningful when
// inline_capacity > 0).
inline Value* inline_slots(Attributes* attributes) {
  return reinterpret_cast<Value*>(attributes + 1);
}

// The empty shape every new instance starts with (one per VM).
Shape* root_shape(VM& vm);
// Slot index of `name` (interned) in `shape`, or -1.
int64_t shape_lookup(const Shape* shape, const Str* name);
// The initial shape of a class with __slots__: a fresh chain holding `base`'s
// fixed entries (if any) followed by `names`, all fixed.
Shape* slots_shape(VM& vm, Shape* base, Str* const* names, int64_t count);
// The names of `shape`'s slots in slot order.
void shape_keys(const Shape* shape, Str** out);

// Operations on the attributes stored in `holder` (the object whose write
// barrier covers them). Null from attributes_get: absent.
void attributes_init(VM& vm, Object* holder, Attributes* attributes, Shape* initial);
Value attributes_get(const Attributes* attributes, Str* name);
void attributes_set(VM& vm, Object* holder, Attributes* attributes, Str* name, Value value);
// 1 removed, 0 absent (or a __slots__ entry).
int attributes_delete(VM& vm, Object* holder, Attributes* attributes, Str* name);
// A new dict with the attributes, leaving out __slots__ entries (for __dict__
// and vars()).
Dict* attributes_dict_copy(VM& vm, const Attributes* attributes);
// Removes every attribute that is not a __slots__ entry (for `__dict__ = d`).
void attributes_clear_dict(VM& vm, Object* holder, Attributes* attributes);
void trace_attributes(const Attributes* attributes, Tracer& tracer);

// A new instance of `cls` starting at `initial` (the class's initial shape),
// with in-object room for as many attributes as the class's instances used.
Instance* instance_new(VM& vm, Type* cls, Shape* initial);
inline Value instance_get(Instance* instance, Str* name) {
  return attributes_get(&instance->attributes, name);
}
inline void instance_set(VM& vm, Instance* instance, Str* name, Value value) {
  attributes_set(vm, instance, &instance->attributes, name, value);
}

void init_instance_types(VM& vm);

}  // namespace pyvm::runtime
